package dev.actionloop.engine.impl;

import dev.actionloop.engine.LoopStateException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;

/**
 * The last line of the gate, inside the activity itself: no token leaves a gated activity unless
 * its loop is closed (accepted, overridden, or left through the loop's own BPMN error). Installed
 * as a built-in end listener, which Camunda runs even when a caller asks to skip custom listeners,
 * and called from the gated behaviours' {@code signal}. Fails closed: a gated activity without a
 * loop row does not let the token go either.
 */
public final class GateBackstop implements ExecutionListener {

  private final LoopCreation creation;

  GateBackstop(LoopCreation creation) {
    this.creation = creation;
  }

  /** The end listener: the activity instance is ending, by any route. */
  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity e = (ExecutionEntity) execution;
    if (isWholeInstanceDeletion(e)) {
      return; // deleting the instance ends the work, it does not pass the gate (docs/loop.md)
    }
    check(e.getActivityInstanceId(), e.getCurrentActivityId(), "end");
  }

  /** Called before a gated behaviour lets the token go on signal/complete. */
  void checkSignal(ActivityExecution execution) {
    check(execution.getActivityInstanceId(), execution.getActivity().getId(), "signal");
  }

  private static void check(String activityInstanceId, String activityId, String how) {
    if (activityInstanceId != null && LoopSession.current().isReleased(activityInstanceId)) {
      return;
    }
    LoopRow loop =
        activityInstanceId == null ? null : LoopStore.findByActivityInstance(activityInstanceId);
    if (loop != null && loop.state.isFinal()) {
      return;
    }
    throw new LoopStateException(
        "ActionLoop: the token may not leave gated task '"
            + activityId
            + "' ("
            + how
            + "): its loop is "
            + (loop == null ? "missing" : loop.state)
            + "; only an accept by its customer, the loop's own BPMN error or an administrator's"
            + " override lets it go");
  }

  /**
   * Whether the whole process instance tree is being deleted (RuntimeService.deleteProcessInstance,
   * deployment cascade), as opposed to one activity being cancelled or moved. A called instance
   * counts only when its top-level instance is being deleted too: when an interrupting event on the
   * calling activity ends it, Camunda deletes the called instance as a whole while its caller moves
   * on, which would carry the token past the gate.
   */
  private static boolean isWholeInstanceDeletion(ExecutionEntity execution) {
    ExecutionEntity instance = execution.getProcessInstance();
    while (instance != null && instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance != null && instance.isDeleteRoot() && !instance.isPreserveScope();
  }

  void userTaskCreated(ActivityExecution execution, GateDefinition gate) {
    ExecutionEntity e = (ExecutionEntity) execution;
    TaskEntity task = null;
    for (TaskEntity t : e.getTasks()) {
      if (gate.activityId().equals(t.getTaskDefinitionKey())) {
        task = t;
      }
    }
    if (task != null) {
      creation.userTaskCreated(e, gate, task);
    }
  }

  void externalTaskCreated(ActivityExecution execution, GateDefinition gate) {
    ExecutionEntity e = (ExecutionEntity) execution;
    for (ExternalTaskEntity t : e.getExternalTasks()) {
      if (gate.activityId().equals(t.getActivityId())) {
        creation.externalTaskCreated(e, gate, t.getId());
      }
    }
  }
}
