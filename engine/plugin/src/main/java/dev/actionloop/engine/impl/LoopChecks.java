package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import dev.actionloop.engine.LoopConflictException;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import dev.actionloop.engine.LoopNotFoundException;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.LoopStateException;
import dev.actionloop.engine.Party;
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

/**
 * What every act checks and does around its state change: load the loop, refuse the wrong state,
 * actor or input (before anything is written), save with the version check, close deadlines.
 */
final class LoopChecks {

  private static final Pattern CONDITION_ID = dev.actionloop.model.LoopSyntax.CONDITION_ID;

  private LoopChecks() {}

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

  static void save(LoopRow loop, long now) {
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

  static void close(LoopRow loop) {
    TaskControl.deleteJob(loop.promiseJobId);
    TaskControl.deleteJob(loop.acceptJobId);
    loop.promiseJobId = null;
    loop.acceptJobId = null;
  }

  static void requireState(LoopRow loop, String act, LoopState... allowed) {
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

  static void requireReason(String reason, String act) {
    if (reason == null || reason.isBlank()) {
      throw new LoopInvalidActException("a reason is needed to " + act);
    }
  }

  static Party performerParty(LoopRow loop) {
    Party stored = loop.party(LoopStore.PERFORMER);
    if (loop.isExternal()) {
      return stored;
    }
    // the task's current assignee and candidates are performers too (Camunda's own assignment)
    return Assignment.union(stored, Assignment.of(TaskControl.userTask(loop.taskId)));
  }

  static void requirePerformer(LoopRow loop, Actor actor, String act) {
    if (!actor.in(performerParty(loop)) && !actor.userId().equals(loop.promisedBy)) {
      throw new LoopForbiddenException(
          actor.userId() + " may not " + act + " task " + loop.taskId + ": not a performer of it");
    }
  }

  static void requireCustomer(LoopRow loop, Actor actor, String act) {
    if (!actor.in(loop.party(LoopStore.CUSTOMER))) {
      throw new LoopForbiddenException(
          actor.userId() + " may not " + act + " task " + loop.taskId + ": not its customer");
    }
  }

  /** Separation of duties: whoever acted as performer on this task never decides on it. */
  static void requireNotPerformer(LoopRow loop, Actor actor, String act) {
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

  static Set<String> ids(LoopRow loop) {
    Set<String> ids = new HashSet<>();
    loop.conditions.forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** The verdicts, refusing ids the pinned conditions do not have. */
  static Map<String, Boolean> known(LoopRow loop, Map<String, Boolean> verdicts) {
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
  static List<String> failingChecks(LoopRow loop) {
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
  static Map<String, Object> variables(LoopRow loop) {
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

  static void validateConditions(List<Condition> conditions) {
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

  /** The promiser becomes the user task's assignee, so Camunda's task lists show who owes it. */
  static void assignToPromiser(LoopRow loop) {
    if (!loop.isExternal() && loop.promisedBy != null) {
      TaskControl.userTask(loop.taskId).setAssignee(loop.promisedBy);
    }
  }
}
