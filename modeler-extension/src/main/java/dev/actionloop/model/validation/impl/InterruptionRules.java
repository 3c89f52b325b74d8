package dev.actionloop.model.validation.impl;

import static dev.actionloop.model.validation.RuleCodes.INTERRUPTING_EVENT;
import static dev.actionloop.model.validation.RuleCodes.MULTI_INSTANCE_COMPLETION;
import static dev.actionloop.model.validation.Severity.ERROR;

import dev.actionloop.model.LoopModel;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.spi.RuleContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CancelEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CompletionCondition;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.LoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Nothing in the model may take the token from a gated task before its customer accepts: {@code
 * loop/interrupting-event} (an interrupting boundary event on a gated task or on a sub-process
 * holding one; an interrupting event sub-process in a scope holding one) and {@code
 * loop/multi-instance-completion} (a parallel multi-instance gated task, or sub-process holding
 * one, with a completion condition). The engine refuses all of these at run time (its backstop);
 * the rule says so while the analyst draws. Error and compensation events, and every
 * non-interrupting event, are fine: the loop's own outcomes arrive as BPMN errors after the loop is
 * left.
 */
final class InterruptionRules implements LoopRule {

  private static final int NAMED = 3;

  @Override
  public void check(RuleContext context) {
    LoopModel model = context.model();
    List<Task> gatedTasks = model.tasks().stream().filter(model::isGated).toList();
    Set<Task> gated = new HashSet<>(gatedTasks);
    if (gated.isEmpty()) {
      return;
    }
    // the gated tasks at any depth below each process and sub-process, in document order
    Map<ModelElementInstance, List<Task>> below = new LinkedHashMap<>();
    for (Task task : gatedTasks) {
      for (ModelElementInstance scope = task.getParentElement();
          scope instanceof SubProcess || scope instanceof Process;
          scope = scope.getParentElement()) {
        below.computeIfAbsent(scope, s -> new ArrayList<>()).add(task);
      }
    }
    for (Task task : gatedTasks) {
      checkCompletion(context, task, List.of(task));
    }
    for (Map.Entry<ModelElementInstance, List<Task>> scope : below.entrySet()) {
      if (scope.getKey() instanceof SubProcess sub && !sub.triggeredByEvent()) {
        checkCompletion(context, sub, scope.getValue());
      }
      for (FlowElement element : flowElements(scope.getKey())) {
        if (element instanceof BoundaryEvent boundary) {
          checkBoundary(context, boundary, gated, below);
        } else if (element instanceof SubProcess sub && sub.triggeredByEvent()) {
          checkEventSubProcess(context, sub, scope.getValue(), below);
        }
      }
    }
  }

  private static Collection<FlowElement> flowElements(ModelElementInstance scope) {
    return scope instanceof SubProcess sub
        ? sub.getFlowElements()
        : ((Process) scope).getFlowElements();
  }

  private static void checkBoundary(
      RuleContext context,
      BoundaryEvent boundary,
      Set<Task> gated,
      Map<ModelElementInstance, List<Task>> below) {
    Activity attached = boundary.getAttachedTo();
    if (attached == null || !boundary.cancelActivity()) {
      return;
    }
    String kind = interruptingKind(boundary.getEventDefinitions());
    if (kind == null) {
      return;
    }
    String on;
    if (attached instanceof Task task && gated.contains(task)) {
      on =
          "on "
              + Labels.of(task)
              + " would take the token from the task before its customer accepts the work";
    } else if (attached instanceof SubProcess && below.containsKey(attached)) {
      on =
          "on sub-process "
              + Labels.quoted(attached)
              + " would cancel "
              + names(below.get(attached))
              + " inside it before the customer accepts the work";
    } else {
      return;
    }
    context.report(
        INTERRUPTING_EVENT,
        ERROR,
        boundary.getId(),
        "Interrupting "
            + kind
            + "boundary event "
            + Labels.quoted(boundary)
            + " "
            + on
            + ", and the engine refuses that at run time. Make the event non-interrupting; to"
            + " react when the loop is left, catch LOOP_CANCELLED, LOOP_DECLINED or LOOP_RELEASED"
            + " with an error boundary event.");
  }

  private static void checkEventSubProcess(
      RuleContext context,
      SubProcess eventSub,
      List<Task> inScope,
      Map<ModelElementInstance, List<Task>> below) {
    Set<Task> own = new HashSet<>(below.getOrDefault(eventSub, List.of()));
    List<Task> cancelled = inScope.stream().filter(t -> !own.contains(t)).toList();
    if (cancelled.isEmpty()) {
      return;
    }
    for (FlowElement element : eventSub.getFlowElements()) {
      if (element instanceof StartEvent start && start.isInterrupting()) {
        String kind = interruptingKind(start.getEventDefinitions());
        if (kind != null) {
          context.report(
              INTERRUPTING_EVENT,
              ERROR,
              eventSub.getId(),
              "Interrupting "
                  + kind
                  + "event sub-process "
                  + Labels.quoted(eventSub)
                  + " would cancel "
                  + names(cancelled)
                  + " before the customer accepts the work, and the engine refuses that at run time. Make"
                  + " its start event non-interrupting; to react when the loop is left, catch"
                  + " LOOP_CANCELLED, LOOP_DECLINED or LOOP_RELEASED with an error boundary or"
                  + " error event sub-process.");
          return;
        }
      }
    }
  }

  private static void checkCompletion(RuleContext context, Activity activity, List<Task> gated) {
    LoopCharacteristics loop = activity.getLoopCharacteristics();
    if (!(loop instanceof MultiInstanceLoopCharacteristics mi) || mi.isSequential()) {
      return;
    }
    CompletionCondition condition = mi.getCompletionCondition();
    if (condition == null
        || condition.getTextContent() == null
        || condition.getTextContent().isBlank()) {
      return;
    }
    String what =
        activity instanceof Task task
            ? Labels.of(task) + " is a parallel multi-instance task"
            : "Sub-process "
                + Labels.quoted(activity)
                + " holds "
                + names(gated)
                + " and is parallel multi-instance";
    context.report(
        MULTI_INSTANCE_COMPLETION,
        ERROR,
        activity.getId(),
        what
            + " with a completion condition: once it holds, the instances still open would be"
            + " cancelled before their customers accept, and the engine refuses that at run time."
            + " Remove the completion condition, or make the multi-instance sequential.");
  }

  /**
   * The kind of an event that interrupts the work ("timer ", ...), or {@code null} when none of its
   * definitions does: error and compensation events only follow the loop's own outcomes.
   */
  private static String interruptingKind(Collection<EventDefinition> definitions) {
    for (EventDefinition definition : definitions) {
      if (definition instanceof ErrorEventDefinition
          || definition instanceof CompensateEventDefinition) {
        continue;
      }
      if (definition instanceof TimerEventDefinition) {
        return "timer ";
      } else if (definition instanceof MessageEventDefinition) {
        return "message ";
      } else if (definition instanceof SignalEventDefinition) {
        return "signal ";
      } else if (definition instanceof ConditionalEventDefinition) {
        return "conditional ";
      } else if (definition instanceof EscalationEventDefinition) {
        return "escalation ";
      } else if (definition instanceof CancelEventDefinition) {
        return "cancel ";
      }
      return "";
    }
    return null;
  }

  /** Task "A", tasks "A", "B" and "C", tasks "A", "B", "C" and 2 more. */
  private static String names(List<Task> tasks) {
    if (tasks.size() == 1) {
      return Labels.of(tasks.get(0));
    }
    List<String> quoted = new ArrayList<>();
    for (Task task : tasks.subList(0, Math.min(NAMED, tasks.size()))) {
      quoted.add(Labels.quoted(task));
    }
    String head = String.join(", ", quoted.subList(0, quoted.size() - 1));
    return tasks.size() <= NAMED
        ? "tasks " + head + " and " + quoted.get(quoted.size() - 1)
        : "tasks " + String.join(", ", quoted) + " and " + (tasks.size() - NAMED) + " more";
  }
}
