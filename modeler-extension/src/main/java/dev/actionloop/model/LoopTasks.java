package dev.actionloop.model;

import static dev.actionloop.model.LoopNamespace.ATTR_ACCEPT_WITHIN;
import static dev.actionloop.model.LoopNamespace.ATTR_CUSTOMER_LANE;
import static dev.actionloop.model.LoopNamespace.ATTR_PROMISE_WITHIN;

import dev.actionloop.model.impl.LoopAttributes;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * The ActionLoop data of a task: its customer lane, its durations and its conditions of
 * satisfaction. Values are returned as written; {@link LoopModel} resolves the customer.
 */
public final class LoopTasks {

  static {
    ActionLoopBpmn.install();
  }

  private LoopTasks() {}

  /** The lane id in {@code loop:customerLane}, or {@code null} when the pool's customer applies. */
  public static String customerLane(Task task) {
    return LoopAttributes.get(task, ATTR_CUSTOMER_LANE);
  }

  public static void setCustomerLane(Task task, String laneId) {
    LoopAttributes.set(task, ATTR_CUSTOMER_LANE, laneId);
  }

  /** The ISO-8601 duration in {@code loop:promiseWithin}, or {@code null}. */
  public static String promiseWithin(Task task) {
    return LoopAttributes.get(task, ATTR_PROMISE_WITHIN);
  }

  public static void setPromiseWithin(Task task, String duration) {
    LoopAttributes.set(task, ATTR_PROMISE_WITHIN, duration);
  }

  /** The ISO-8601 duration in {@code loop:acceptWithin}, or {@code null}. */
  public static String acceptWithin(Task task) {
    return LoopAttributes.get(task, ATTR_ACCEPT_WITHIN);
  }

  public static void setAcceptWithin(Task task, String duration) {
    LoopAttributes.set(task, ATTR_ACCEPT_WITHIN, duration);
  }

  /** The task's conditions in document order (across all its {@code loop:conditions}). */
  public static List<LoopCondition> conditions(Task task) {
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      return List.of();
    }
    requireTyped(task.getModelInstance());
    List<LoopCondition> conditions = new ArrayList<>();
    for (LoopConditions container :
        extensions.getElementsQuery().filterByType(LoopConditions.class).list()) {
      conditions.addAll(container.getConditions());
    }
    return conditions;
  }

  /**
   * Appends a required condition without a check, creating the extension elements as needed, and
   * returns it for further settings.
   */
  public static LoopCondition addCondition(Task task, String id, String text) {
    BpmnModelInstance model = (BpmnModelInstance) task.getModelInstance();
    requireTyped(model);
    LoopAttributes.declarePrefix(model);
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      extensions = model.newInstance(ExtensionElements.class);
      task.setExtensionElements(extensions);
    }
    List<LoopConditions> containers =
        extensions.getElementsQuery().filterByType(LoopConditions.class).list();
    LoopConditions container =
        containers.isEmpty()
            ? extensions.addExtensionElement(LoopConditions.class)
            : containers.get(containers.size() - 1);
    LoopCondition condition = model.newInstance(LoopCondition.class);
    condition.setId(id);
    condition.setText(text);
    container.getConditions().add(condition);
    return condition;
  }

  private static void requireTyped(org.camunda.bpm.model.xml.ModelInstance model) {
    if (model.getModel().getType(LoopConditions.class) == null) {
      throw new IllegalStateException(
          "This model was read before ActionLoopBpmn.install(); install it before reading models"
              + " so that loop:conditions are typed");
    }
  }
}
