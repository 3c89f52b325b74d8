package dev.actionloop.model;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Task;

/** The ActionLoop data of one task, within a {@link LoopBuilder}. */
public final class LoopTaskBuilder {

  private final LoopBuilder parent;
  private final Task task;

  LoopTaskBuilder(LoopBuilder parent, Task task) {
    this.parent = parent;
    this.task = task;
  }

  /** Names the lane whose party is this task's customer (when not the pool's customer lane). */
  public LoopTaskBuilder customerLane(String laneId) {
    LoopTasks.setCustomerLane(task, laneId);
    return this;
  }

  /** How long the performer has to promise (or decline), as an ISO-8601 duration. */
  public LoopTaskBuilder promiseWithin(String duration) {
    LoopTasks.setPromiseWithin(task, duration);
    return this;
  }

  /** How long the customer has to accept or reject a declared task, as an ISO-8601 duration. */
  public LoopTaskBuilder acceptWithin(String duration) {
    LoopTasks.setAcceptWithin(task, duration);
    return this;
  }

  /** Adds a required condition the customer checks by hand. */
  public LoopTaskBuilder condition(String id, String text) {
    LoopTasks.addCondition(task, id, text);
    return this;
  }

  /** Adds a required condition with a machine check, e.g. {@code ${assetTag != null}}. */
  public LoopTaskBuilder condition(String id, String text, String check) {
    LoopTasks.addCondition(task, id, text).setCheck(check);
    return this;
  }

  /** Adds a condition accept does not need confirmed. */
  public LoopTaskBuilder optionalCondition(String id, String text) {
    LoopTasks.addCondition(task, id, text).setRequired(false);
    return this;
  }

  /** Continues with another task. */
  public LoopTaskBuilder task(String taskId) {
    return parent.task(taskId);
  }

  /** Back to the model-level builder. */
  public LoopBuilder done() {
    return parent;
  }

  public BpmnModelInstance model() {
    return parent.model();
  }
}
