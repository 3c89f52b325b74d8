package dev.actionloop.engine.impl;

import static dev.actionloop.engine.LoopState.ACCEPTED;
import static dev.actionloop.engine.LoopState.CANCELLED;
import static dev.actionloop.engine.LoopState.COUNTER_OFFERED;
import static dev.actionloop.engine.LoopState.DECLARED;
import static dev.actionloop.engine.LoopState.DECLINED;
import static dev.actionloop.engine.LoopState.PROMISED;
import static dev.actionloop.engine.LoopState.REQUESTED;
import static dev.actionloop.engine.impl.LoopChecks.assignToPromiser;
import static dev.actionloop.engine.impl.LoopChecks.close;
import static dev.actionloop.engine.impl.LoopChecks.ids;
import static dev.actionloop.engine.impl.LoopChecks.known;
import static dev.actionloop.engine.impl.LoopChecks.load;
import static dev.actionloop.engine.impl.LoopChecks.now;
import static dev.actionloop.engine.impl.LoopChecks.requireCustomer;
import static dev.actionloop.engine.impl.LoopChecks.requireNotPerformer;
import static dev.actionloop.engine.impl.LoopChecks.requireReason;
import static dev.actionloop.engine.impl.LoopChecks.requireState;
import static dev.actionloop.engine.impl.LoopChecks.save;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.Condition;
import dev.actionloop.engine.LoopCodes;
import dev.actionloop.engine.LoopInvalidActException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The customer's acts: answer a counter-offer, re-request after a decline, accept, reject, cancel.
 * Same shape as {@link PerformerActs}; accept and reject also enforce separation of duties.
 */
final class CustomerActs {

  void acceptCounterOffer(String taskId, String comment) {
    LoopRow loop = load(taskId);
    requireState(loop, "accept the counter-offer of", COUNTER_OFFERED);
    Actor actor = Actor.current();
    requireCustomer(loop, actor, "accept the counter-offer of");
    long now = now();
    loop.state = PROMISED;
    loop.promisedBy = loop.offerBy;
    if (loop.offerDue != null) {
      loop.promisedDue = loop.offerDue;
    }
    if (loop.offerConditions != null) {
      loop.conditions = loop.offerConditions;
      loop.conditionsVersion++;
    }
    clearOffer(loop);
    TaskControl.deleteJob(loop.promiseJobId);
    loop.promiseJobId = null;
    save(loop, now);
    ActLog.append(loop, ActType.ACCEPT_COUNTER_OFFER, actor.userId(), now, null, comment);
    assignToPromiser(loop);
  }

  void refuseCounterOffer(String taskId, String reason) {
    LoopRow loop = load(taskId);
    requireState(loop, "refuse the counter-offer of", COUNTER_OFFERED);
    Actor actor = Actor.current();
    requireCustomer(loop, actor, "refuse the counter-offer of");
    requireReason(reason, "refuse a counter-offer");
    long now = now();
    loop.state = REQUESTED;
    clearOffer(loop);
    save(loop, now);
    ActLog.append(loop, ActType.REFUSE_COUNTER_OFFER, actor.userId(), now, null, reason);
  }

  private static void clearOffer(LoopRow loop) {
    loop.offerBy = null;
    loop.offerDue = null;
    loop.offerConditions = null;
  }

  void rerequest(String taskId, String comment) {
    LoopRow loop = load(taskId);
    requireState(loop, "re-request", DECLINED);
    Actor actor = Actor.current();
    requireCustomer(loop, actor, "re-request");
    long now = now();
    loop.state = REQUESTED;
    save(loop, now);
    ActLog.append(loop, ActType.REREQUEST, actor.userId(), now, null, comment);
  }

  void accept(String taskId, Map<String, Boolean> confirmations, String comment) {
    LoopRow loop = load(taskId);
    requireState(loop, "accept", DECLARED);
    Actor actor = Actor.current();
    requireCustomer(loop, actor, "accept");
    requireNotPerformer(loop, actor, "accept");
    Map<String, Boolean> verdicts = known(loop, confirmations);
    List<String> missing = new ArrayList<>();
    for (Condition c : loop.conditions) {
      if (c.required() && !Boolean.TRUE.equals(verdicts.get(c.id()))) {
        missing.add(c.id());
      }
    }
    if (!missing.isEmpty()) {
      throw new LoopInvalidActException(
          "cannot accept task "
              + taskId
              + ": required conditions not confirmed: "
              + String.join(", ", missing));
    }
    long now = now();
    loop.state = ACCEPTED;
    loop.lastVerdicts = verdicts;
    close(loop);
    save(loop, now);
    ActLog.append(loop, ActType.ACCEPT, actor.userId(), now, verdicts, comment);
    TaskControl.complete(loop);
  }

  void reject(String taskId, String reason, Set<String> failedConditions) {
    LoopRow loop = load(taskId);
    requireState(loop, "reject", DECLARED);
    Actor actor = Actor.current();
    requireCustomer(loop, actor, "reject");
    requireNotPerformer(loop, actor, "reject");
    requireReason(reason, "reject");
    Map<String, Boolean> verdicts = new TreeMap<>();
    Set<String> ids = ids(loop);
    for (String failed : failedConditions == null ? Set.<String>of() : failedConditions) {
      if (!ids.contains(failed)) {
        throw new LoopInvalidActException("task " + taskId + " has no condition '" + failed + "'");
      }
      verdicts.put(failed, false);
    }
    long now = now();
    int rejectedRound = loop.round;
    loop.state = PROMISED;
    loop.round++;
    loop.lastVerdicts = verdicts;
    TaskControl.deleteJob(loop.acceptJobId);
    loop.acceptJobId = null;
    loop.acceptDeadline = null;
    save(loop, now);
    ActLog.append(loop, rejectedRound, ActType.REJECT, actor.userId(), now, verdicts, reason);
    TaskControl.releaseExternal(loop);
    assignToPromiser(loop);
  }

  void cancel(String taskId, String reason) {
    LoopRow loop = load(taskId);
    requireState(loop, "cancel", REQUESTED, COUNTER_OFFERED, DECLINED, PROMISED, DECLARED);
    Actor actor = Actor.current();
    requireCustomer(loop, actor, "cancel");
    requireReason(reason, "cancel");
    boolean afterDecline = loop.state == DECLINED;
    long now = now();
    loop.state = CANCELLED;
    close(loop);
    save(loop, now);
    ActLog.append(loop, ActType.CANCEL, actor.userId(), now, null, reason);
    TaskControl.throwError(loop, afterDecline ? LoopCodes.DECLINED : LoopCodes.CANCELLED, reason);
  }
}
