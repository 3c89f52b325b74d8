package dev.actionloop.engine.impl;

import static dev.actionloop.engine.LoopState.ACCEPTED;
import static dev.actionloop.engine.LoopState.CANCELLED;
import static dev.actionloop.engine.LoopState.COUNTER_OFFERED;
import static dev.actionloop.engine.LoopState.DECLARED;
import static dev.actionloop.engine.LoopState.DECLINED;
import static dev.actionloop.engine.LoopState.OVERRIDDEN;
import static dev.actionloop.engine.LoopState.PROMISED;
import static dev.actionloop.engine.LoopState.RELEASED;
import static dev.actionloop.engine.LoopState.REQUESTED;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.Condition;
import dev.actionloop.engine.CounterOffer;
import dev.actionloop.engine.LoopCodes;
import dev.actionloop.engine.LoopConflictException;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import dev.actionloop.engine.LoopNotFoundException;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.LoopStateException;
import dev.actionloop.engine.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * The acts of the loop, each run inside an engine command: load, check state and actor, write the
 * new state with a version check, append the act, then change the engine. A refusal throws before
 * anything is written; a failure afterwards rolls the whole command back.
 */
final class LoopActs {

  private static final Pattern CONDITION_ID = dev.actionloop.model.LoopSyntax.CONDITION_ID;

  private final LoopConfig config;

  LoopActs(LoopConfig config) {
    this.config = config;
  }

  // ---- performer acts

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

  /** The promiser becomes the user task's assignee, so Camunda's task lists show who owes it. */
  private static void assignToPromiser(LoopRow loop) {
    if (!loop.isExternal() && loop.promisedBy != null) {
      TaskControl.userTask(loop.taskId).setAssignee(loop.promisedBy);
    }
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

  private static void validateConditions(List<Condition> conditions) {
    Set<String> ids = new HashSet<>();
    for (Condition c : conditions) {
      if (c == null || c.id() == null || !CONDITION_ID.matcher(c.id()).matches()) {
        throw new LoopInvalidActException(
            "condition id " + (c == null ? null : c.id()) + " is malformed");
      }
      if (!ids.add(c.id())) {
        throw new LoopInvalidActException("condition id " + c.id() + " is used twice");
      }
      if (c.text() == null || c.text().isBlank()) {
        throw new LoopInvalidActException("condition " + c.id() + " has no text");
      }
      if (c.check() != null && RestrictedEvaluation.problem(c.check()) != null) {
        throw new LoopInvalidActException(
            "condition " + c.id() + ": check " + RestrictedEvaluation.problem(c.check()));
      }
    }
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

  // ---- customer acts

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

  // ---- administrator

  void override(String taskId, String reason, boolean completeTask) {
    LoopRow loop = load(taskId);
    if (loop.state.isFinal()) {
      throw new LoopStateException("task " + taskId + " is already " + loop.state);
    }
    Actor actor = Actor.current();
    if (actor.groups().stream().noneMatch(config.adminGroups()::contains)) {
      throw new LoopForbiddenException(
          actor.userId()
              + " may not override task "
              + taskId
              + ": not in an admin group "
              + config.adminGroups());
    }
    requireReason(reason, "override");
    long now = now();
    LoopState was = loop.state;
    loop.state = OVERRIDDEN;
    close(loop);
    save(loop, now);
    ActLog.append(
        loop,
        ActType.OVERRIDE,
        actor.userId(),
        now,
        null,
        reason + " (was " + was + (completeTask ? "; task completed)" : "; token left in place)"));
    if (completeTask) {
      TaskControl.complete(loop);
    }
  }

  // ---- engine acts

  /** A deadline timer fired; records the overdue act and escalates when still due. */
  void deadline(DeadlineJobHandler.Config config) {
    LoopRow loop = LoopSession.current().loop(config.taskId());
    if (loop == null) {
      return;
    }
    boolean promise = DeadlineJobHandler.PROMISE.equals(config.kind());
    boolean stillDue =
        promise
            ? Arrays.asList(REQUESTED, COUNTER_OFFERED, DECLINED).contains(loop.state)
            : loop.state == DECLARED && loop.round == config.round();
    if (!stillDue) {
      return;
    }
    Long deadline = promise ? loop.promiseDeadline : loop.acceptDeadline;
    long now = now();
    if (deadline != null && now < deadline) {
      // run early by hand: keep the deadline where the model put it
      String jobId = TaskControl.scheduleDeadline(loop, config.kind(), deadline);
      if (promise) {
        loop.promiseJobId = jobId;
      } else {
        loop.acceptJobId = jobId;
      }
      save(loop, now);
      return;
    }
    if (promise) {
      loop.promiseJobId = null;
    } else {
      loop.acceptJobId = null;
    }
    save(loop, now);
    ActLog.append(
        loop,
        promise ? ActType.PROMISE_OVERDUE : ActType.ACCEPT_OVERDUE,
        this.config.systemActor(),
        now,
        null,
        "deadline " + Instant.ofEpochMilli(deadline == null ? now : deadline) + " passed");
    LoopLog.deadlineMissed(loop.taskId, config.kind());
    TaskControl.escalate(loop, promise ? LoopCodes.PROMISE_OVERDUE : LoopCodes.ACCEPT_OVERDUE);
  }

  // ---- checks

  static LoopRow load(String taskId) {
    if (taskId == null) {
      throw new LoopNotFoundException("no task id given");
    }
    LoopRow loop = LoopSession.current().loop(taskId);
    if (loop == null) {
      throw new LoopNotFoundException("no gated task " + taskId);
    }
    return loop;
  }

  private static void save(LoopRow loop, long now) {
    boolean saved = false;
    try {
      TaskControl.requireActive(loop);
      saved = LoopStore.update(loop, now);
    } finally {
      if (!saved) {
        LoopSession.current().forget(loop.taskId); // the row in memory is no longer the stored one
      }
    }
    if (!saved) {
      throw new LoopConflictException(
          "task " + loop.taskId + " was changed by another act at the same time; reload and retry");
    }
  }

  private static void close(LoopRow loop) {
    TaskControl.deleteJob(loop.promiseJobId);
    TaskControl.deleteJob(loop.acceptJobId);
    loop.promiseJobId = null;
    loop.acceptJobId = null;
  }

  private static void requireState(LoopRow loop, String act, LoopState... allowed) {
    if (!Arrays.asList(allowed).contains(loop.state)) {
      throw new LoopStateException(
          "cannot "
              + act
              + " task "
              + loop.taskId
              + ": its loop is "
              + loop.state
              + ", not "
              + Arrays.toString(allowed));
    }
  }

  private static void requireReason(String reason, String act) {
    if (reason == null || reason.isBlank()) {
      throw new LoopInvalidActException("a reason is needed to " + act);
    }
  }

  private static Party performerParty(LoopRow loop) {
    Party stored = loop.party(LoopStore.PERFORMER);
    if (loop.isExternal()) {
      return stored;
    }
    // the task's current assignee and candidates are performers too (Camunda's own assignment)
    Set<String> users = new HashSet<>(stored.users());
    Set<String> groups = new HashSet<>(stored.groups());
    var task = TaskControl.userTask(loop.taskId);
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return new Party(users, groups);
  }

  private static void requirePerformer(LoopRow loop, Actor actor, String act) {
    if (!actor.in(performerParty(loop)) && !actor.userId().equals(loop.promisedBy)) {
      throw new LoopForbiddenException(
          actor.userId() + " may not " + act + " task " + loop.taskId + ": not a performer of it");
    }
  }

  private static void requireCustomer(LoopRow loop, Actor actor, String act) {
    if (!actor.in(loop.party(LoopStore.CUSTOMER))) {
      throw new LoopForbiddenException(
          actor.userId() + " may not " + act + " task " + loop.taskId + ": not its customer");
    }
  }

  /** Separation of duties: whoever acted as performer on this task never decides on it. */
  private static void requireNotPerformer(LoopRow loop, Actor actor, String act) {
    if (actor.userId().equals(loop.promisedBy)
        || loop.party(LoopStore.ACTED).users().contains(actor.userId())) {
      throw new LoopForbiddenException(
          actor.userId()
              + " may not "
              + act
              + " task "
              + loop.taskId
              + ": they performed it (separation of duties)");
    }
  }

  private static Set<String> ids(LoopRow loop) {
    Set<String> ids = new HashSet<>();
    loop.conditions.forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** The verdicts, refusing ids the pinned conditions do not have. */
  private static Map<String, Boolean> known(LoopRow loop, Map<String, Boolean> verdicts) {
    Map<String, Boolean> result = new TreeMap<>();
    if (verdicts == null) {
      return result;
    }
    Set<String> ids = ids(loop);
    for (Map.Entry<String, Boolean> e : verdicts.entrySet()) {
      if (!ids.contains(e.getKey())) {
        throw new LoopInvalidActException(
            "task " + loop.taskId + " has no condition '" + e.getKey() + "'");
      }
      result.put(e.getKey(), Boolean.TRUE.equals(e.getValue()));
    }
    return result;
  }

  /** Ids of machine-checkable conditions that are not true now. */
  private static List<String> failingChecks(LoopRow loop) {
    List<String> failing = new ArrayList<>();
    Map<String, Object> variables = null;
    for (Condition c : loop.conditions) {
      if (c.check() == null) {
        continue;
      }
      if (variables == null) {
        variables = variables(loop);
      }
      Object value;
      try {
        value = RestrictedEvaluation.evaluate(c.check(), variables);
      } catch (RuntimeException e) {
        value = null;
      }
      if (!Boolean.TRUE.equals(value)) {
        failing.add(c.id());
      }
    }
    return failing;
  }

  /** Process variables seen from the task, task-local ones winning. */
  private static Map<String, Object> variables(LoopRow loop) {
    Map<String, Object> variables = new LinkedHashMap<>(TaskControl.execution(loop).getVariables());
    if (!loop.isExternal()) {
      variables.putAll(TaskControl.userTask(loop.taskId).getVariablesLocal());
    }
    return variables;
  }

  static GateDefinition gate(LoopRow loop) {
    return GateDefinition.of(TaskControl.execution(loop).getActivity());
  }

  static long now() {
    return ClockUtil.getCurrentTime().getTime();
  }
}
