package dev.actionloop.engine.impl;

import static dev.actionloop.engine.LoopState.COUNTER_OFFERED;
import static dev.actionloop.engine.LoopState.DECLARED;
import static dev.actionloop.engine.LoopState.DECLINED;
import static dev.actionloop.engine.LoopState.PROMISED;
import static dev.actionloop.engine.LoopState.RELEASED;
import static dev.actionloop.engine.LoopState.REQUESTED;
import static dev.actionloop.engine.impl.LoopChecks.assignToPromiser;
import static dev.actionloop.engine.impl.LoopChecks.close;
import static dev.actionloop.engine.impl.LoopChecks.failingChecks;
import static dev.actionloop.engine.impl.LoopChecks.gate;
import static dev.actionloop.engine.impl.LoopChecks.known;
import static dev.actionloop.engine.impl.LoopChecks.load;
import static dev.actionloop.engine.impl.LoopChecks.now;
import static dev.actionloop.engine.impl.LoopChecks.requirePerformer;
import static dev.actionloop.engine.impl.LoopChecks.requireReason;
import static dev.actionloop.engine.impl.LoopChecks.requireState;
import static dev.actionloop.engine.impl.LoopChecks.save;
import static dev.actionloop.engine.impl.LoopChecks.validateConditions;
import static dev.actionloop.engine.impl.LoopChecks.variables;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.CounterOffer;
import dev.actionloop.engine.LoopCodes;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import dev.actionloop.engine.LoopStateException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The performer's acts: promise, decline, counter-offer, declare (also through Camunda's own
 * complete), release. Each runs inside an engine command: load, check state and actor, write the
 * new state with a version check, append the act, then change the engine. A refusal throws before
 * anything is written; a failure afterwards rolls the whole command back.
 */
final class PerformerActs {

  void promise(String taskId, Instant due, String comment) {
    LoopRow loop = load(taskId);
    requireState(loop, "promise", REQUESTED);
    Actor actor = Actor.current();
    requirePerformer(loop, actor, "promise");
    long now = now();
    applyPromise(loop, actor, due);
    save(loop, now);
    loop.addActedPerformer(actor.userId());
    ActLog.append(loop, ActType.PROMISE, actor.userId(), now, null, comment(comment, due));
    assignToPromiser(loop);
  }

  /** The promise's change of state, without writing it (a declare may imply a promise). */
  private static void applyPromise(LoopRow loop, Actor actor, Instant due) {
    loop.state = PROMISED;
    loop.promisedBy = actor.userId();
    loop.promisedDue = due == null ? null : due.toEpochMilli();
    TaskControl.deleteJob(loop.promiseJobId);
    loop.promiseJobId = null;
  }

  private static String comment(String comment, Instant due) {
    if (due == null) {
      return comment;
    }
    return (comment == null ? "" : comment + " ") + "(due " + due + ")";
  }

  void decline(String taskId, String reason) {
    LoopRow loop = load(taskId);
    requireState(loop, "decline", REQUESTED);
    Actor actor = Actor.current();
    requirePerformer(loop, actor, "decline");
    requireReason(reason, "decline");
    long now = now();
    loop.state = DECLINED;
    save(loop, now);
    ActLog.append(loop, ActType.DECLINE, actor.userId(), now, null, reason);
  }

  void counterOffer(String taskId, CounterOffer offer) {
    LoopRow loop = load(taskId);
    requireState(loop, "counter-offer", REQUESTED);
    Actor actor = Actor.current();
    requirePerformer(loop, actor, "counter-offer");
    if (offer == null || (offer.due() == null && offer.conditions() == null)) {
      throw new LoopInvalidActException("a counter-offer proposes a due date and/or conditions");
    }
    if (offer.conditions() != null) {
      validateConditions(offer.conditions());
    }
    long now = now();
    loop.state = COUNTER_OFFERED;
    loop.offerBy = actor.userId();
    loop.offerDue = offer.due() == null ? null : offer.due().toEpochMilli();
    loop.offerConditions = offer.conditions() == null ? null : List.copyOf(offer.conditions());
    save(loop, now);
    loop.addActedPerformer(actor.userId());
    ActLog.append(loop, ActType.COUNTER_OFFER, actor.userId(), now, null, describe(offer));
  }

  private static String describe(CounterOffer offer) {
    StringBuilder s = new StringBuilder();
    if (offer.comment() != null) {
      s.append(offer.comment()).append(' ');
    }
    if (offer.due() != null) {
      s.append("(due ").append(offer.due()).append(") ");
    }
    if (offer.conditions() != null) {
      s.append("(conditions ").append(Json.conditions(offer.conditions())).append(')');
    }
    return s.toString().trim();
  }

  /**
   * Declares the work done. On a loop still REQUESTED the declare implies the promise, as Camunda's
   * own complete does: both acts are recorded, in one transaction (docs/loop.md).
   */
  void declare(String taskId, Map<String, Boolean> selfCheck, String evidence) {
    LoopRow loop = load(taskId);
    requireState(loop, "declare", REQUESTED, PROMISED);
    Actor actor = Actor.current();
    requirePerformer(loop, actor, "declare");
    doDeclare(loop, actor, selfCheck, evidence, "promised by declaring it done");
  }

  private void doDeclare(
      LoopRow loop,
      Actor actor,
      Map<String, Boolean> selfCheck,
      String evidence,
      String impliedPromiseComment) {
    Map<String, Boolean> verdicts = known(loop, selfCheck);
    List<String> failing = failingChecks(loop);
    if (!failing.isEmpty()) {
      throw new LoopInvalidActException(
          "cannot declare task "
              + loop.taskId
              + " done: conditions not met: "
              + String.join(", ", failing));
    }
    long now = now();
    boolean impliesPromise = loop.state == REQUESTED;
    if (impliesPromise) {
      applyPromise(loop, actor, null);
    }
    loop.state = DECLARED;
    loop.lastVerdicts = verdicts;
    if (loop.promisedDue != null && now > loop.promisedDue) {
      loop.brokenPromise = true;
    }
    GateDefinition gate = gate(loop);
    if (gate != null && gate.acceptWithin() != null) {
      loop.acceptDeadline = Durations.addTo(now, gate.acceptWithin());
      loop.acceptJobId =
          TaskControl.scheduleDeadline(loop, DeadlineJobHandler.ACCEPT, loop.acceptDeadline);
    }
    save(loop, now);
    loop.addActedPerformer(actor.userId());
    if (impliesPromise) {
      ActLog.append(loop, ActType.PROMISE, actor.userId(), now, null, impliedPromiseComment);
      assignToPromiser(loop);
    }
    ActLog.append(loop, ActType.DECLARE, actor.userId(), now, verdicts, evidence);
    TaskControl.holdExternal(loop);
  }

  /**
   * {@code TaskService.complete} (or form submit, or external task complete) on a gated task: the
   * variables are saved, then the caller declares the work done. A complete before any promise is a
   * promise and a declare by the same user.
   */
  void declareByComplete(String taskId, Map<String, Object> variables, Map<String, Object> local) {
    LoopRow loop = load(taskId);
    Actor actor = Actor.current();
    if (loop.state != REQUESTED && loop.state != PROMISED) {
      throw new LoopStateException(
          "task "
              + taskId
              + " is gated by ActionLoop and its loop is "
              + loop.state
              + ": completing it declares it done, which is only possible when requested or"
              + " promised; its customer accepts it through ActionLoop");
    }
    requirePerformer(loop, actor, "declare (complete)");
    TaskControl.setVariables(loop, variables, local);
    doDeclare(
        loop, actor, null, "declared by completing the task", "promised by completing the task");
  }

  void release(String taskId, String reason) {
    LoopRow loop = load(taskId);
    requireState(loop, "release", PROMISED);
    Actor actor = Actor.current();
    if (!actor.userId().equals(loop.promisedBy)) {
      throw new LoopForbiddenException(
          actor.userId()
              + " may not release task "
              + taskId
              + ": only "
              + loop.promisedBy
              + " promised it");
    }
    requireReason(reason, "release");
    long now = now();
    loop.state = RELEASED;
    close(loop);
    save(loop, now);
    ActLog.append(loop, ActType.RELEASE, actor.userId(), now, null, reason);
    TaskControl.throwError(loop, LoopCodes.RELEASED, reason);
  }
}
