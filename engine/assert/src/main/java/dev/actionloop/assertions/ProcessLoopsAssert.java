package dev.actionloop.assertions;

import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopState;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on all loops of a process instance: {@code assertThat(loopsOf(pi)).allAccepted()}. */
public final class ProcessLoopsAssert extends AbstractAssert<ProcessLoopsAssert, ProcessLoops> {
  private final LoopSource source;

  ProcessLoopsAssert(ProcessLoops actual, LoopSource source) {
    super(actual, ProcessLoopsAssert.class);
    this.source = source;
  }

  /** The instance has loops, and every one of them was accepted. */
  public ProcessLoopsAssert allAccepted() {
    isNotNull();
    if (actual.loops().isEmpty()) {
      failWithMessage(
          "Expecting every loop of process instance %s to be accepted, but it has no loops",
          actual.processInstanceId());
    }
    List<String> others =
        actual.loops().stream()
            .filter(l -> l.state() != LoopState.ACCEPTED)
            .map(l -> Messages.task(l) + ": " + Messages.now(l))
            .toList();
    if (!others.isEmpty()) {
      failWithMessage(
          "Expecting every loop of process instance %s to be accepted, but %s",
          actual.processInstanceId(), String.join("; ", others));
    }
    return this;
  }

  /** Same as {@link #allAccepted()}, in camunda-bpm-assert's wording. */
  public ProcessLoopsAssert hasLoopsAccepted() {
    return allAccepted();
  }

  public ProcessLoopsAssert hasOpenLoops(int expected) {
    isNotNull();
    List<Loop> open = actual.loops().stream().filter(l -> !l.state().isFinal()).toList();
    if (open.size() != expected) {
      failWithMessage(
          "Expecting process instance %s to have %s open loop(s), but it has %s: %s",
          actual.processInstanceId(),
          expected,
          open.size(),
          open.stream().map(l -> Messages.task(l) + " " + l.state()).toList());
    }
    return this;
  }

  public ProcessLoopsAssert hasNoOpenLoops() {
    return hasOpenLoops(0);
  }

  /** The loop at this activity (the latest, if the activity ran more than once). */
  public LoopAssert loopAt(String activityId) {
    isNotNull();
    List<Loop> at = actual.loops().stream().filter(l -> activityId.equals(l.activityId())).toList();
    if (at.isEmpty()) {
      failWithMessage(
          "Expecting process instance %s to have a loop at activity '%s', but its loops are at %s",
          actual.processInstanceId(),
          activityId,
          actual.loops().stream().map(Loop::activityId).toList());
    }
    return new LoopAssert(at.get(at.size() - 1), source);
  }
}
