package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.CUSTOMER_LANE_EXISTS;
import static dev.actionloop.model.validation.RuleCodes.CUSTOMER_LANE_ROLE;
import static dev.actionloop.model.validation.RuleCodes.CUSTOMER_LANE_SELF;
import static dev.actionloop.model.validation.RuleCodes.TASK_CUSTOMER;
import static dev.actionloop.model.validation.Severity.ERROR;

import dev.actionloop.model.LaneRole;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * Every task with a customer resolves to a real customer lane: {@code loop/task-customer} and the
 * three {@code loop/customer-lane-*} codes.
 */
final class CustomerLaneRules implements LoopRule {

  @Override
  public void check(RuleContext context) {
    LoopModel model = context.model();
    for (Task task : model.tasks()) {
      String named = LoopTasks.customerLane(task);
      Optional<Lane> own = model.laneOf(task);
      if (named == null) {
        checkPoolCustomer(context, model, task, own);
      } else {
        checkNamedCustomer(context, model, task, own, named);
      }
    }
  }

  private static void checkPoolCustomer(
      RuleContext context, LoopModel model, Task task, Optional<Lane> own) {
    if (own.isEmpty() || model.roleOf(own.get()).orElse(null) != LaneRole.PERFORMER) {
      return;
    }
    List<Lane> customers = model.customerLanesBeside(own.get());
    if (customers.isEmpty()) {
      context.report(
          TASK_CUSTOMER,
          ERROR,
          task.getId(),
          Labels.of(task)
              + " is in a performer lane, but its pool has no customer lane. Mark a lane as"
              + " customer or name one in loop:customerLane.");
    } else if (customers.size() > 1) {
      context.report(
          TASK_CUSTOMER,
          ERROR,
          task.getId(),
          Labels.of(task)
              + " is in a performer lane and its pool has "
              + customers.size()
              + " customer lanes; name the one it serves in loop:customerLane.");
    }
  }

  private static void checkNamedCustomer(
      RuleContext context, LoopModel model, Task task, Optional<Lane> own, String named) {
    Optional<Lane> target = model.lane(named);
    if (target.isEmpty()) {
      context.report(
          CUSTOMER_LANE_EXISTS,
          ERROR,
          task.getId(),
          Labels.of(task) + " names the customer lane \"" + named + "\", which does not exist.");
    } else if (own.isPresent() && own.get().equals(target.get())) {
      context.report(
          CUSTOMER_LANE_SELF,
          ERROR,
          task.getId(),
          Labels.of(task)
              + " names its own lane as its customer; the customer must be another lane.");
    } else if (model.roleOf(target.get()).orElse(null) != LaneRole.CUSTOMER) {
      context.report(
          CUSTOMER_LANE_ROLE,
          ERROR,
          task.getId(),
          Labels.of(task)
              + " names "
              + Labels.of(target.get())
              + " as its customer, but that lane's role is not \"customer\".");
    }
  }
}
