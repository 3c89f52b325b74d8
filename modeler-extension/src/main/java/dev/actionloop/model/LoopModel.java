package dev.actionloop.model;

import dev.actionloop.model.impl.LaneIndex;
import dev.actionloop.model.impl.LaneIndex.LaneEntry;
import dev.actionloop.model.impl.TaskScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Who is the customer of what, in one model: lanes with their inherited role and party, the lane of
 * each flow node, and the customer lane of each task, as defined in {@code docs/rules.md}. Built
 * once per model (one pass over the lanes); queries are map look-ups.
 */
public final class LoopModel {

  static {
    ActionLoopBpmn.install();
  }

  private final BpmnModelInstance instance;
  private final LaneIndex lanes;
  private final List<Task> tasks;

  private LoopModel(BpmnModelInstance instance) {
    this.instance = instance;
    this.lanes = new LaneIndex(instance);
    this.tasks = List.copyOf(TaskScan.tasks(instance));
  }

  /** Indexes the model; later changes to the model are not seen by the returned view. */
  public static LoopModel of(BpmnModelInstance instance) {
    return new LoopModel(instance);
  }

  public BpmnModelInstance instance() {
    return instance;
  }

  /** Every lane of every process, parents before their children. */
  public List<Lane> lanes() {
    return lanes.entries().stream().map(LaneEntry::lane).toList();
  }

  /** Every task of the model (all BPMN task types), in document order. */
  public List<Task> tasks() {
    return tasks;
  }

  public Optional<Lane> lane(String id) {
    return Optional.ofNullable(lanes.byId(id)).map(LaneEntry::lane);
  }

  /** The lane that contains this lane in a child lane set, if any. */
  public Optional<Lane> parentLane(Lane lane) {
    return Optional.ofNullable(lanes.entry(lane).parent()).map(LaneEntry::lane);
  }

  /** The innermost lane whose {@code flowNodeRef} lists the node. */
  public Optional<Lane> laneOf(FlowNode node) {
    return Optional.ofNullable(lanes.ofNode(node.getId())).map(LaneEntry::lane);
  }

  /** The lane's role, its own or its nearest ancestor's; empty when none or not a known role. */
  public Optional<LaneRole> roleOf(Lane lane) {
    return LaneRole.of(lanes.entry(lane).role());
  }

  /** The lane's party, its own or its nearest ancestor's. */
  public Optional<String> partyOf(Lane lane) {
    return Optional.ofNullable(lanes.entry(lane).party());
  }

  /** The lanes with an explicit {@code loop:role="customer"} in the process that owns the lane. */
  public List<Lane> customerLanesBeside(Lane lane) {
    return lanes.customerLanesOfProcessOf(lanes.entry(lane)).stream().map(LaneEntry::lane).toList();
  }

  /** Whether the task names a customer lane or sits in a performer lane. */
  public boolean hasCustomer(Task task) {
    if (LoopTasks.customerLane(task) != null) {
      return true;
    }
    return laneOf(task).flatMap(this::roleOf).filter(LaneRole.PERFORMER::equals).isPresent();
  }

  /** Whether the engine holds this task until its customer accepts. */
  public boolean isGated(Task task) {
    return hasCustomer(task) && isGateable(task);
  }

  /**
   * The task's customer lane: the lane {@code loop:customerLane} names if it exists, otherwise the
   * only customer lane of the process that owns the task's lane. Does not check the lane's role.
   */
  public Optional<Lane> customerLaneOf(Task task) {
    String named = LoopTasks.customerLane(task);
    if (named != null) {
      return lane(named);
    }
    Optional<Lane> own = laneOf(task);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    List<Lane> candidates = customerLanesBeside(own.get());
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /**
   * The task's performer party (docs/rules.md): its lane's party, own or inherited, plus the
   * literal {@code camunda:assignee} and {@code camunda:candidateUsers} (as users) and {@code
   * camunda:candidateGroups} (as groups) of a user task. A Camunda list with an expression in it is
   * left out: it resolves at runtime. Malformed party entries are skipped.
   */
  public List<PartyEntry> performerPartyOf(Task task) {
    List<PartyEntry> entries =
        new ArrayList<>(Parties.entries(laneOf(task).flatMap(this::partyOf).orElse(null)));
    if (task instanceof UserTask user) {
      addLiterals(entries, PartyEntry.Kind.USER, user.getCamundaAssignee());
      addLiterals(entries, PartyEntry.Kind.USER, user.getCamundaCandidateUsers());
      addLiterals(entries, PartyEntry.Kind.GROUP, user.getCamundaCandidateGroups());
    }
    return entries;
  }

  private static void addLiterals(List<PartyEntry> into, PartyEntry.Kind kind, String list) {
    if (list == null || list.contains("${") || list.contains("#{")) {
      return;
    }
    for (String id : list.split(",")) {
      if (!id.isBlank()) {
        into.add(new PartyEntry(kind, id.strip()));
      }
    }
  }

  /**
   * Whether the engine can hold the task at "done": user tasks, and service, send and business rule
   * tasks implemented as external tasks.
   */
  public static boolean isGateable(Task task) {
    if (task instanceof UserTask) {
      return true;
    }
    if (task instanceof ServiceTask service) {
      return "external".equals(service.getCamundaType());
    }
    if (task instanceof SendTask send) {
      return "external".equals(send.getCamundaType());
    }
    if (task instanceof BusinessRuleTask rule) {
      return "external".equals(rule.getCamundaType());
    }
    return false;
  }
}
