package dev.actionloop.engine.impl;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.task.TaskDecorator;

/** A user task that opens a loop when it is created and keeps the token until the loop closes. */
final class GatedUserTaskBehavior extends UserTaskActivityBehavior {

  private final GateBackstop backstop;

  GatedUserTaskBehavior(TaskDecorator decorator, GateBackstop backstop) {
    super(decorator);
    this.backstop = backstop;
  }

  @Override
  public void performExecution(ActivityExecution execution) throws Exception {
    super.performExecution(execution);
    backstop.userTaskCreated(execution, GateDefinition.of(execution.getActivity()));
  }

  @Override
  public void signal(ActivityExecution execution, String signalName, Object signalData)
      throws Exception {
    backstop.checkSignal(execution);
    super.signal(execution, signalName, signalData);
  }
}
