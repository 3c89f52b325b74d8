package dev.actionloop.model;

import dev.actionloop.model.impl.LoopAttributes;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Task;

/**
 * Adds ActionLoop lanes and task data to a model built with Camunda's fluent API.
 *
 * <pre>{@code
 * BpmnModelInstance model =
 *     LoopBuilder.annotate(
 *             Bpmn.createExecutableProcess("hire")
 *                 .camundaHistoryTimeToLive(30)
 *                 .startEvent("start").userTask("provision").endEvent("end").done())
 *         .customerLane("Lane_Requester", "Requester", "${initiator}", "start", "end")
 *         .performerLane("Lane_IT", "IT desk", "group:it-desk", "provision")
 *         .task("provision")
 *           .promiseWithin("P2D")
 *           .condition("image", "Laptop has the company image")
 *           .condition("tag", "Asset tag recorded", "${assetTag != null}")
 *           .done()
 *         .model();
 * }</pre>
 */
public final class LoopBuilder {

  static {
    ActionLoopBpmn.install();
  }

  private final BpmnModelInstance model;
  private Process process;

  private LoopBuilder(BpmnModelInstance model) {
    this.model = model;
    LoopAttributes.declarePrefix(model);
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    this.process = processes.size() == 1 ? processes.iterator().next() : null;
  }

  /** Starts annotating a model; lanes go to its only process unless {@link #inProcess} says. */
  public static LoopBuilder annotate(BpmnModelInstance model) {
    return new LoopBuilder(model);
  }

  /** Selects the process that receives the following lanes. */
  public LoopBuilder inProcess(String processId) {
    this.process = element(processId, Process.class);
    return this;
  }

  /** Adds a lane with {@code loop:role="customer"} holding the given flow nodes. */
  public LoopBuilder customerLane(String id, String name, String party, String... flowNodeIds) {
    return lane(id, name, LaneRole.CUSTOMER, party, flowNodeIds);
  }

  /** Adds a lane with {@code loop:role="performer"} holding the given flow nodes. */
  public LoopBuilder performerLane(String id, String name, String party, String... flowNodeIds) {
    return lane(id, name, LaneRole.PERFORMER, party, flowNodeIds);
  }

  /** Adds a lane; {@code role} and {@code party} may be {@code null}. */
  public LoopBuilder lane(
      String id, String name, LaneRole role, String party, String... flowNodeIds) {
    if (process == null) {
      throw new IllegalStateException("The model has several processes: call inProcess(id) first");
    }
    Lane lane = model.newInstance(Lane.class);
    lane.setId(id);
    lane.setName(name);
    laneSet().getLanes().add(lane);
    LoopLanes.setRole(lane, role);
    LoopLanes.setParty(lane, party);
    for (String flowNodeId : flowNodeIds) {
      lane.getFlowNodeRefs().add(element(flowNodeId, FlowNode.class));
    }
    return this;
  }

  /** Continues with the ActionLoop data of one task. */
  public LoopTaskBuilder task(String taskId) {
    return new LoopTaskBuilder(this, element(taskId, Task.class));
  }

  public BpmnModelInstance model() {
    return model;
  }

  private LaneSet laneSet() {
    if (!process.getLaneSets().isEmpty()) {
      return process.getLaneSets().iterator().next();
    }
    LaneSet laneSet = model.newInstance(LaneSet.class);
    laneSet.setId("LaneSet_" + process.getId());
    process.getLaneSets().add(laneSet);
    return laneSet;
  }

  private <T extends org.camunda.bpm.model.bpmn.instance.BaseElement> T element(
      String id, Class<T> type) {
    var element = model.getModelElementById(id);
    if (!type.isInstance(element)) {
      throw new IllegalArgumentException(
          "No " + type.getSimpleName() + " with id '" + id + "' in the model");
    }
    return type.cast(element);
  }
}
