package dev.actionloop.assertions;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.ChainVerification;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on acts of the act log, in order: {@code
 * assertThatActs(pid).containsExactlyTypes(REQUEST, PROMISE, DECLARE, ACCEPT).chainIntact()}.
 */
public final class ActsAssert extends AbstractAssert<ActsAssert, List<Act>> {
  private final String processInstanceId;
  private final LoopSource source;
  private final String subject;

  ActsAssert(List<Act> actual, String processInstanceId, LoopSource source, String subject) {
    super(actual, ActsAssert.class);
    this.processInstanceId = processInstanceId;
    this.source = source;
    this.subject = subject;
  }

  /** Exactly these act types, in this order, nothing else. */
  public ActsAssert containsExactlyTypes(ActType... expected) {
    if (!types().equals(Arrays.asList(expected))) {
      failWithMessage(
          "Expecting the acts of %s to be exactly %s, but they are %s",
          subject, Arrays.asList(expected), transcript());
    }
    return this;
  }

  /** These act types in this order, possibly with others between them. */
  public ActsAssert containsTypesInOrder(ActType... expected) {
    Iterator<ActType> wanted = Arrays.asList(expected).iterator();
    ActType next = wanted.hasNext() ? wanted.next() : null;
    for (ActType type : types()) {
      if (next != null && type == next) {
        next = wanted.hasNext() ? wanted.next() : null;
      }
    }
    if (next != null) {
      failWithMessage(
          "Expecting the acts of %s to contain %s in this order, but %s is missing; they are %s",
          subject, Arrays.asList(expected), next, transcript());
    }
    return this;
  }

  public ActsAssert hasCount(ActType type, int expected) {
    long count = actual.stream().filter(a -> a.type() == type).count();
    if (count != expected) {
      failWithMessage(
          "Expecting %s %s act(s) in %s, but found %s; acts: %s",
          expected, type, subject, count, transcript());
    }
    return this;
  }

  /**
   * Exactly one decision (ACCEPT or REJECT) was recorded: what a race between two decisions must
   * leave behind.
   */
  public ActsAssert hasExactlyOneDecision() {
    List<Act> decisions =
        actual.stream().filter(a -> Messages.DECISIONS.contains(a.type())).toList();
    if (decisions.size() != 1) {
      failWithMessage(
          "Expecting exactly one decision (ACCEPT or REJECT) in %s, but found %s: %s",
          subject, decisions.size(), describe(decisions));
    }
    return this;
  }

  /** Every act of this type was performed by this user. */
  public ActsAssert allPerformedBy(ActType type, String userId) {
    List<Act> others =
        actual.stream().filter(a -> a.type() == type && !userId.equals(a.actor())).toList();
    if (others.isEmpty() && actual.stream().noneMatch(a -> a.type() == type)) {
      failWithMessage(
          "Expecting %s acts in %s by %s, but there is none; acts: %s",
          type, subject, userId, transcript());
    }
    if (!others.isEmpty()) {
      failWithMessage(
          "Expecting every %s act in %s to be by %s, but found %s",
          type, subject, userId, describe(others));
    }
    return this;
  }

  /** The hash chain of the whole instance verifies (the chain is per instance, not per task). */
  public ActsAssert chainIntact() {
    ChainVerification v = source.verify(processInstanceId);
    if (!v.intact()) {
      failWithMessage(
          "Expecting the act chain of process instance %s to be intact, but act #%s is broken: %s"
              + " (%s acts checked)",
          processInstanceId, v.firstBrokenSequence(), v.problem(), v.actsChecked());
    }
    return this;
  }

  private List<ActType> types() {
    return actual.stream().map(Act::type).toList();
  }

  private String transcript() {
    return describe(actual);
  }

  /** "[REQUEST, PROMISE by bob, DECLARE by bob (round 1), ...]". */
  private static String describe(List<Act> acts) {
    return acts.stream()
        .map(
            a ->
                a.type()
                    + (a.actor() == null ? "" : " by " + a.actor())
                    + (a.round() > 1 ? " (round " + a.round() + ")" : ""))
        .toList()
        .toString();
  }
}
