package dev.actionloop.assertions;

import dev.actionloop.engine.Condition;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one condition of satisfaction of a loop; {@link #and()} goes back to the loop. The
 * verdict is the one of the last declare, accept or reject.
 */
public final class ConditionAssert extends AbstractAssert<ConditionAssert, Condition> {
  private final LoopAssert loop;
  private final Boolean verdict;
  private final String task;

  ConditionAssert(LoopAssert loop, Condition actual, Boolean verdict, String task) {
    super(actual, ConditionAssert.class);
    this.loop = loop;
    this.verdict = verdict;
    this.task = task;
  }

  /** The last verdict on the condition is "met". */
  public ConditionAssert confirmed() {
    if (!Boolean.TRUE.equals(verdict)) {
      failWithMessage(
          "Expecting condition '%s' of %s to be confirmed, but %s", actual.id(), task, verdict());
    }
    return this;
  }

  /** The last verdict on the condition is "not met". */
  public ConditionAssert failed() {
    if (!Boolean.FALSE.equals(verdict)) {
      failWithMessage(
          "Expecting condition '%s' of %s to have failed, but %s", actual.id(), task, verdict());
    }
    return this;
  }

  /** Nobody has given a verdict on it yet. */
  public ConditionAssert notJudged() {
    if (verdict != null) {
      failWithMessage(
          "Expecting condition '%s' of %s not to be judged yet, but %s",
          actual.id(), task, verdict());
    }
    return this;
  }

  public ConditionAssert isRequired() {
    if (!actual.required()) {
      failWithMessage(
          "Expecting condition '%s' of %s to be required, but it is optional", actual.id(), task);
    }
    return this;
  }

  public ConditionAssert isOptional() {
    if (actual.required()) {
      failWithMessage(
          "Expecting condition '%s' of %s to be optional, but it is required", actual.id(), task);
    }
    return this;
  }

  public ConditionAssert hasText(String expected) {
    if (!expected.equals(actual.text())) {
      failWithMessage(
          "Expecting condition '%s' of %s to read \"%s\", but it reads \"%s\"",
          actual.id(), task, expected, actual.text());
    }
    return this;
  }

  /** Back to the loop, to go on asserting on it. */
  public LoopAssert and() {
    return loop;
  }

  private String verdict() {
    return verdict == null
        ? "nobody has judged it yet"
        : verdict ? "it was confirmed" : "it was judged not met";
  }
}
