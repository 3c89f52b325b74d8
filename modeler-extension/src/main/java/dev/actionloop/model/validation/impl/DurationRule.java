package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.DURATION;
import static dev.actionloop.model.validation.Severity.ERROR;

import dev.actionloop.model.LoopNamespace;
import dev.actionloop.model.LoopSyntax;
import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import org.camunda.bpm.model.bpmn.instance.Task;

/** {@code loop/duration}: promise-within and accept-within are ISO-8601 durations. */
final class DurationRule implements LoopRule {

  @Override
  public void check(RuleContext context) {
    for (Task task : context.model().tasks()) {
      checkDuration(
          context, task, LoopNamespace.ATTR_PROMISE_WITHIN, LoopTasks.promiseWithin(task));
      checkDuration(context, task, LoopNamespace.ATTR_ACCEPT_WITHIN, LoopTasks.acceptWithin(task));
    }
  }

  private static void checkDuration(
      RuleContext context, Task task, String attribute, String value) {
    if (value != null && !LoopSyntax.isIsoDuration(value)) {
      context.report(
          DURATION,
          ERROR,
          task.getId(),
          Labels.of(task)
              + ": loop:"
              + attribute
              + " \""
              + value
              + "\" is not an ISO-8601 duration; write e.g. P2D (2 days), PT4H (4 hours) or"
              + " P1W (1 week).");
    }
  }
}
