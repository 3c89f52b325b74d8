package dev.actionloop.model.impl;

import static dev.actionloop.model.LoopNamespace.ATTR_PARTY;
import static dev.actionloop.model.LoopNamespace.ATTR_ROLE;
import static dev.actionloop.model.LoopNamespace.ROLE_CUSTOMER;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.BPMN20_NS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * One pass over the lanes of every process: parent, inherited role and party, and the innermost
 * lane of each flow node. Flow node refs are read as text so that dangling refs cost nothing.
 */
public final class LaneIndex {

  /** A lane with what it inherits; {@code role} and {@code party} are raw attribute values. */
  public record LaneEntry(
      Lane lane, LaneEntry parent, Process process, int depth, String role, String party) {}

  private final List<LaneEntry> entries = new ArrayList<>();
  private final Map<String, LaneEntry> byId = new HashMap<>();
  private final Map<Lane, LaneEntry> byLane = new HashMap<>();
  private final Map<String, LaneEntry> byNode = new HashMap<>();
  private final Map<Process, List<LaneEntry>> customersByProcess = new HashMap<>();

  public LaneIndex(BpmnModelInstance model) {
    // Processes are root elements: reading them there avoids a deep search of the whole DOM.
    for (var root : model.getDefinitions().getRootElements()) {
      if (!(root instanceof Process process)) {
        continue;
      }
      customersByProcess.put(process, new ArrayList<>());
      for (LaneSet laneSet : process.getLaneSets()) {
        addLanes(laneSet, null, process, 0);
      }
    }
  }

  private void addLanes(LaneSet laneSet, LaneEntry parent, Process process, int depth) {
    for (Lane lane : laneSet.getLanes()) {
      String ownRole = LoopAttributes.get(lane, ATTR_ROLE);
      String ownParty = LoopAttributes.get(lane, ATTR_PARTY);
      LaneEntry entry =
          new LaneEntry(
              lane,
              parent,
              process,
              depth,
              ownRole != null || parent == null ? ownRole : parent.role(),
              ownParty != null || parent == null ? ownParty : parent.party());
      entries.add(entry);
      byLane.put(lane, entry);
      if (lane.getId() != null) {
        byId.putIfAbsent(lane.getId(), entry);
      }
      if (ROLE_CUSTOMER.equals(ownRole)) {
        customersByProcess.get(process).add(entry);
      }
      for (DomElement ref :
          lane.getDomElement().getChildElementsByNameNs(BPMN20_NS, "flowNodeRef")) {
        byNode.merge(ref.getTextContent().trim(), entry, (a, b) -> b.depth() > a.depth() ? b : a);
      }
      if (lane.getChildLaneSet() != null) {
        addLanes(lane.getChildLaneSet(), entry, process, depth + 1);
      }
    }
  }

  public List<LaneEntry> entries() {
    return entries;
  }

  public LaneEntry byId(String id) {
    return byId.get(id);
  }

  /** The entry of a lane of this model; a lane outside any process's lane sets has no parent. */
  public LaneEntry entry(Lane lane) {
    LaneEntry entry = byLane.get(lane);
    return entry != null
        ? entry
        : new LaneEntry(
            lane,
            null,
            null,
            0,
            LoopAttributes.get(lane, ATTR_ROLE),
            LoopAttributes.get(lane, ATTR_PARTY));
  }

  public LaneEntry ofNode(String flowNodeId) {
    return byNode.get(flowNodeId);
  }

  public List<LaneEntry> customerLanesOfProcessOf(LaneEntry entry) {
    return entry.process() == null ? List.of() : customersByProcess.get(entry.process());
  }
}
