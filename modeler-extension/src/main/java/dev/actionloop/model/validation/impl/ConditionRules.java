package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.CHECK_EXPRESSION;
import static dev.actionloop.model.validation.RuleCodes.CONDITIONS_MISSING;
import static dev.actionloop.model.validation.RuleCodes.CONDITION_ID;
import static dev.actionloop.model.validation.RuleCodes.CONDITION_TEXT;
import static dev.actionloop.model.validation.Severity.ERROR;

import dev.actionloop.model.LoopCondition;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.LoopSyntax;
import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * Conditions of satisfaction: present on gated tasks, with unique ids, words for the customer and
 * safe checks. Conditions have no BPMN id, so findings go on the task and name the condition.
 */
final class ConditionRules implements LoopRule {

  @Override
  public void check(RuleContext context) {
    LoopModel model = context.model();
    for (Task task : model.tasks()) {
      List<LoopCondition> conditions = LoopTasks.conditions(task);
      if (conditions.isEmpty() && model.isGated(task)) {
        context.report(
            CONDITIONS_MISSING,
            ERROR,
            task.getId(),
            Labels.of(task)
                + " has a customer but no conditions of satisfaction: add at least one"
                + " loop:condition saying what the customer will check before accepting.");
      }
      checkConditions(context, task, conditions);
    }
  }

  private static void checkConditions(
      RuleContext context, Task task, List<LoopCondition> conditions) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = new HashSet<>();
    for (int i = 0; i < conditions.size(); i++) {
      LoopCondition condition = conditions.get(i);
      String id = condition.getId();
      String name = id == null || id.isBlank() ? "number " + (i + 1) : "\"" + id + "\"";
      if (id == null || id.isBlank()) {
        report(context, CONDITION_ID, task, "condition number " + (i + 1) + " has no id.");
      } else if (!LoopSyntax.isConditionId(id)) {
        report(
            context,
            CONDITION_ID,
            task,
            "condition id \""
                + id
                + "\" must start with a letter and contain only letters, digits, '_', '.' and"
                + " '-'.");
      } else if (!seen.add(id) && duplicates.add(id)) {
        report(context, CONDITION_ID, task, "the condition id \"" + id + "\" is used twice.");
      }
      if (condition.getText() == null || condition.getText().isBlank()) {
        report(
            context,
            CONDITION_TEXT,
            task,
            "condition " + name + " has no text; say what the customer expects, in their words.");
      }
      String check = condition.getCheck();
      if (check != null) {
        List<String> problems = context.checkProblems(check);
        if (!problems.isEmpty()) {
          report(
              context,
              CHECK_EXPRESSION,
              task,
              "the check of condition "
                  + name
                  + " (\""
                  + check
                  + "\") is not allowed: "
                  + String.join("; ", problems)
                  + ".");
        }
      }
    }
  }

  private static void report(RuleContext context, String code, Task task, String problem) {
    context.report(code, ERROR, task.getId(), Labels.of(task) + ": " + problem);
  }
}
