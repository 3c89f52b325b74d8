package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.CONDITIONS_WITHOUT_CUSTOMER;
import static dev.actionloop.model.validation.RuleCodes.TASK_NOT_GATEABLE;
import static dev.actionloop.model.validation.Severity.WARNING;

import dev.actionloop.model.LoopModel;
import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * Warnings where the model promises a gate the engine will not enforce: {@code
 * loop/task-not-gateable} and {@code loop/conditions-without-customer}.
 */
final class GatingRules implements LoopRule {

  @Override
  public void check(RuleContext context) {
    LoopModel model = context.model();
    for (Task task : model.tasks()) {
      boolean hasCustomer = model.hasCustomer(task);
      if (hasCustomer && !LoopModel.isGateable(task)) {
        context.report(
            TASK_NOT_GATEABLE,
            WARNING,
            task.getId(),
            Labels.of(task)
                + " has a customer, but the engine can only hold user tasks and external tasks:"
                + " it will pass without the customer's acceptance.");
      } else if (!hasCustomer && carriesLoopData(task)) {
        context.report(
            CONDITIONS_WITHOUT_CUSTOMER,
            WARNING,
            task.getId(),
            Labels.of(task)
                + " has conditions or durations but no customer, so nothing will be gated. Put it"
                + " in a performer lane or name its customer in loop:customerLane.");
      }
    }
  }

  private static boolean carriesLoopData(Task task) {
    return LoopTasks.promiseWithin(task) != null
        || LoopTasks.acceptWithin(task) != null
        || !LoopTasks.conditions(task).isEmpty();
  }
}
