package dev.actionloop.assertions;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.Condition;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one loop (a gated task), read like the domain: {@code
 * assertThat(loop(taskId)).isDeclared().awaitsAcceptanceBy("alice")}. Failure messages say what was
 * expected and what is.
 */
public final class LoopAssert extends AbstractAssert<LoopAssert, Loop> {
  private final LoopSource source;

  LoopAssert(Loop actual, LoopSource source) {
    super(actual, LoopAssert.class);
    this.source = source;
  }

  // --- where the loop stands ---------------------------------------------------------------

  public LoopAssert isInState(LoopState expected) {
    isNotNull();
    if (actual.state() != expected) {
      failWithMessage("Expecting %s to be %s, but %s", task(), expected, now());
    }
    return this;
  }

  public LoopAssert isRequested() {
    return isInState(LoopState.REQUESTED);
  }

  public LoopAssert isCounterOffered() {
    return isInState(LoopState.COUNTER_OFFERED);
  }

  public LoopAssert isDeclined() {
    return isInState(LoopState.DECLINED);
  }

  public LoopAssert isPromised() {
    return isInState(LoopState.PROMISED);
  }

  public LoopAssert isDeclared() {
    return isInState(LoopState.DECLARED);
  }

  public LoopAssert isAccepted() {
    return isInState(LoopState.ACCEPTED);
  }

  public LoopAssert isCancelled() {
    return isInState(LoopState.CANCELLED);
  }

  public LoopAssert isReleased() {
    return isInState(LoopState.RELEASED);
  }

  public LoopAssert isOverridden() {
    return isInState(LoopState.OVERRIDDEN);
  }

  /** Not in a final state: the token still waits at the task. */
  public LoopAssert isOpen() {
    isNotNull();
    if (actual.state().isFinal()) {
      failWithMessage("Expecting %s to be open, but %s", task(), now());
    }
    return this;
  }

  public LoopAssert isInRound(int expected) {
    isNotNull();
    if (actual.round() != expected) {
      failWithMessage("Expecting %s to be in round %s, but %s", task(), expected, now());
    }
    return this;
  }

  // --- who it waits for -------------------------------------------------------------------

  /** Declared, and the user (or one of their groups) is its customer and did not perform it. */
  public LoopAssert awaitsAcceptanceBy(String userId) {
    isNotNull();
    String expectation = "to be DECLARED and wait for customer " + userId;
    if (actual.state() != LoopState.DECLARED) {
      failWithMessage("Expecting %s %s, but %s", task(), expectation, now());
    }
    if (!actual.customer().includes(userId, source.groupsOf(userId))) {
      failWithMessage(
          "Expecting %s %s, but %s is not its customer; the customer is %s",
          task(), expectation, userId, party(actual.customer()));
    }
    String declarer = lastActor(ActType.DECLARE);
    if (userId.equals(declarer)) {
      failWithMessage(
          "Expecting %s %s, but %s declared it and may never accept their own work",
          task(), expectation, userId);
    }
    return this;
  }

  /** Requested (nobody has promised yet), and the user is among its candidate performers. */
  public LoopAssert awaitsPromiseBy(String userId) {
    isNotNull();
    String expectation = "to be REQUESTED and wait for a promise by " + userId;
    if (actual.state() != LoopState.REQUESTED) {
      failWithMessage("Expecting %s %s, but %s", task(), expectation, now());
    }
    if (!actual.performer().includes(userId, source.groupsOf(userId))) {
      failWithMessage(
          "Expecting %s %s, but %s is not among its performers %s",
          task(), expectation, userId, party(actual.performer()));
    }
    return this;
  }

  /** Promised by this user, who now owes the declaration. */
  public LoopAssert awaitsDeclarationBy(String userId) {
    isNotNull();
    String expectation = "to be PROMISED by " + userId + " and wait for their declaration";
    if (actual.state() != LoopState.PROMISED) {
      failWithMessage("Expecting %s %s, but %s", task(), expectation, now());
    }
    if (!userId.equals(actual.promisedBy())) {
      failWithMessage(
          "Expecting %s %s, but it was promised by %s", task(), expectation, actual.promisedBy());
    }
    return this;
  }

  public LoopAssert isPromisedBy(String userId) {
    isNotNull();
    if (!userId.equals(actual.promisedBy())) {
      failWithMessage(
          "Expecting %s to be promised by %s, but %s",
          task(),
          userId,
          actual.promisedBy() == null ? "nobody has promised it" : "by " + actual.promisedBy());
    }
    return this;
  }

  public LoopAssert hasBrokenPromise() {
    isNotNull();
    if (!actual.brokenPromise()) {
      failWithMessage(
          "Expecting %s to be a broken promise (declared after %s), but it is not",
          task(), actual.promisedDue());
    }
    return this;
  }

  // --- its history ------------------------------------------------------------------------

  /** The customer rejected this task exactly {@code times} times (over all rounds). */
  public LoopAssert wasRejectedTimes(int times) {
    isNotNull();
    long rejections = taskActs().stream().filter(a -> a.type() == ActType.REJECT).count();
    if (rejections != times) {
      failWithMessage(
          "Expecting %s to have been rejected %s time(s), but it was rejected %s time(s); acts: %s",
          task(), times, rejections, types(taskActs()));
    }
    return this;
  }

  public LoopAssert wasNeverRejected() {
    return wasRejectedTimes(0);
  }

  /** Accepted, and the accept is the last decision on the task. */
  public LoopAssert thenAccepted() {
    isNotNull();
    List<Act> acts = taskActs();
    Act last = lastDecision(acts);
    if (actual.state() != LoopState.ACCEPTED || last == null || last.type() != ActType.ACCEPT) {
      failWithMessage("Expecting %s to end accepted, but %s; acts: %s", task(), now(), types(acts));
    }
    return this;
  }

  /** The acceptance was given by this user. */
  public LoopAssert wasAcceptedBy(String userId) {
    isAccepted();
    String by = lastActor(ActType.ACCEPT);
    if (!userId.equals(by)) {
      failWithMessage(
          "Expecting %s to have been accepted by %s, but %s accepted it", task(), userId, by);
    }
    return this;
  }

  /** Assertions on this task's acts only, in order. */
  public ActsAssert acts() {
    isNotNull();
    return new ActsAssert(taskActs(), actual.processInstanceId(), source, task());
  }

  // --- conditions -------------------------------------------------------------------------

  /** Assertions on one condition of satisfaction as pinned on the loop. */
  public ConditionAssert hasCondition(String conditionId) {
    isNotNull();
    Condition condition =
        actual.conditions().stream()
            .filter(c -> c.id().equals(conditionId))
            .findFirst()
            .orElse(null);
    if (condition == null) {
      failWithMessage(
          "Expecting %s to have condition '%s', but its conditions are %s",
          task(), conditionId, actual.conditions().stream().map(Condition::id).toList());
    }
    return new ConditionAssert(this, condition, actual.lastVerdicts().get(conditionId), task());
  }

  public LoopAssert hasConditionsVersion(int expected) {
    isNotNull();
    if (actual.conditionsVersion() != expected) {
      failWithMessage(
          "Expecting %s to hold conditions version %s, but it holds version %s",
          task(), expected, actual.conditionsVersion());
    }
    return this;
  }

  // --- helpers ----------------------------------------------------------------------------

  private List<Act> taskActs() {
    return source.transcript(actual.processInstanceId()).stream()
        .filter(a -> actual.taskId().equals(a.taskId()))
        .toList();
  }

  private String lastActor(ActType type) {
    String actor = null;
    for (Act act : taskActs()) {
      if (act.type() == type) {
        actor = act.actor();
      }
    }
    return actor;
  }

  private static Act lastDecision(List<Act> acts) {
    Act last = null;
    for (Act act : acts) {
      if (Messages.DECISIONS.contains(act.type())) {
        last = act;
      }
    }
    return last;
  }

  private String task() {
    return Messages.task(actual);
  }

  private String now() {
    return Messages.now(actual);
  }

  private static String party(Party party) {
    return Messages.party(party);
  }

  private static List<ActType> types(List<Act> acts) {
    return acts.stream().map(Act::type).toList();
  }
}
