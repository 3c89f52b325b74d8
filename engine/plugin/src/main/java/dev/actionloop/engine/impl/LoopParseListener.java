package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import dev.actionloop.model.LoopNamespace;
import dev.actionloop.model.LoopSyntax;
import dev.actionloop.model.Parties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Reads the {@code loop:*} extension of each gateable task and turns gated tasks into gates: a
 * behaviour that creates the loop and refuses to let the token go before the loop allows it, and a
 * built-in end listener that refuses any other way out (docs/loop.md).
 *
 * <p>Lanes are only known once the whole document is parsed, so tasks are collected per process and
 * resolved in {@link #parseRootElement}.
 */
public final class LoopParseListener extends AbstractBpmnParseListener {

  private static final Namespace LOOP = new Namespace(LoopNamespace.NS);
  private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

  private record Candidate(Element element, ActivityImpl activity, String kind) {}

  private final ThreadLocal<Map<Object, List<Candidate>>> pending =
      ThreadLocal.withInitial(IdentityHashMap::new);
  private final GateBackstop backstop;

  public LoopParseListener(GateBackstop backstop) {
    this.backstop = backstop;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    collect(element, activity, GateDefinition.USER);
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    collectIfExternal(element, activity);
  }

  @Override
  public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    collectIfExternal(element, activity);
  }

  @Override
  public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    collectIfExternal(element, activity);
  }

  private void collectIfExternal(Element element, ActivityImpl activity) {
    if ("external".equals(element.attributeNS(CAMUNDA, "type"))) {
      collect(element, activity, GateDefinition.EXTERNAL);
    }
  }

  private void collect(Element element, ActivityImpl activity, String kind) {
    pending
        .get()
        .computeIfAbsent(activity.getProcessDefinition(), d -> new ArrayList<>())
        .add(new Candidate(element, activity, kind));
  }

  @Override
  public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
    Map<Object, List<Candidate>> byDefinition = pending.get();
    try {
      Map<String, Lane> lanesById = new HashMap<>();
      Map<String, List<Lane>> lanesByProcess = new HashMap<>();
      for (Element process : root.elements("process")) {
        List<Lane> lanes = new ArrayList<>();
        for (Element laneSet : process.elements("laneSet")) {
          collectLanes(laneSet, null, lanes);
        }
        lanes.forEach(l -> lanesById.put(l.id, l));
        lanesByProcess.put(process.attribute("id"), lanes);
      }
      for (ProcessDefinitionEntity definition : definitions) {
        List<Lane> lanes = lanesByProcess.getOrDefault(definition.getKey(), List.of());
        for (Candidate c : byDefinition.getOrDefault(definition, List.of())) {
          GateDefinition gate = gateOf(c, lanes, lanesById);
          if (gate != null) {
            install(c, gate);
          }
        }
      }
    } finally {
      pending.remove();
    }
  }

  private static final class Lane {
    final String id;
    final Element element;
    final String role;
    final Set<String> flowNodes = new HashSet<>();

    Lane(String id, Element element, String role) {
      this.id = id;
      this.element = element;
      this.role = role;
    }
  }

  private static void collectLanes(Element laneSet, String parentRole, List<Lane> into) {
    for (Element laneElement : laneSet.elements("lane")) {
      String role = laneElement.attributeNS(LOOP, LoopNamespace.ATTR_ROLE);
      Lane lane =
          new Lane(laneElement.attribute("id"), laneElement, role != null ? role : parentRole);
      for (Element ref : laneElement.elements("flowNodeRef")) {
        lane.flowNodes.add(ref.getText().trim());
      }
      into.add(lane);
      for (Element child : laneElement.elements("childLaneSet")) {
        collectLanes(child, lane.role, into);
      }
    }
  }

  private GateDefinition gateOf(Candidate c, List<Lane> lanes, Map<String, Lane> lanesById) {
    Element task = c.element;
    String taskId = task.attribute("id");
    Lane own = null; // the innermost lane: listed last, since children follow parents
    for (Lane lane : lanes) {
      if (lane.flowNodes.contains(taskId)) {
        own = lane;
      }
    }
    String customerLaneId = task.attributeNS(LOOP, LoopNamespace.ATTR_CUSTOMER_LANE);
    boolean inPerformerLane = own != null && LoopNamespace.ROLE_PERFORMER.equals(own.role);
    if (customerLaneId == null && !inPerformerLane) {
      return null; // no customer: plain Camunda
    }
    Lane customerLane;
    if (customerLaneId != null) {
      customerLane = lanesById.get(customerLaneId);
      if (customerLane == null) {
        throw error(task, "loop:customerLane '" + customerLaneId + "' names no lane");
      }
      if (!LoopNamespace.ROLE_CUSTOMER.equals(customerLane.role)) {
        throw error(task, "loop:customerLane '" + customerLaneId + "' is not a customer lane");
      }
    } else {
      List<Lane> customers =
          lanes.stream().filter(l -> LoopNamespace.ROLE_CUSTOMER.equals(l.role)).toList();
      if (customers.size() != 1) {
        throw error(
            task,
            "is in a performer lane but its pool has "
                + customers.size()
                + " customer lanes; name one with loop:customerLane");
      }
      customerLane = customers.get(0);
    }
    PartySpec customer = party(task, customerLane.element);
    if (customer.isEmpty()) {
      throw error(task, "its customer lane '" + customerLane.id + "' has no loop:party");
    }
    PartySpec performer = own != null ? party(task, own.element) : PartySpec.EMPTY;
    performer = performer.plus(literalAssignment(task));
    return new GateDefinition(
        taskId,
        c.kind,
        customer,
        performer,
        conditions(task),
        duration(task, LoopNamespace.ATTR_PROMISE_WITHIN),
        duration(task, LoopNamespace.ATTR_ACCEPT_WITHIN));
  }

  private static PartySpec party(Element task, Element lane) {
    try {
      return PartySpec.parse(lane.attributeNS(LOOP, LoopNamespace.ATTR_PARTY));
    } catch (IllegalArgumentException e) {
      throw error(task, "lane '" + lane.attribute("id") + "': " + e.getMessage());
    }
  }

  private static PartySpec literalAssignment(Element task) {
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    String assignee = task.attributeNS(CAMUNDA, "assignee");
    if (assignee != null && !Parties.isExpression(assignee.trim())) {
      users.add(assignee.trim());
    }
    addLiterals(task.attributeNS(CAMUNDA, "candidateUsers"), users);
    addLiterals(task.attributeNS(CAMUNDA, "candidateGroups"), groups);
    return new PartySpec(users, groups, List.of());
  }

  private static void addLiterals(String csv, List<String> into) {
    if (csv == null || Parties.isExpression(csv.trim())) {
      return;
    }
    for (String s : csv.split(",")) {
      if (!s.isBlank() && !s.contains("${") && !s.contains("#{")) {
        into.add(s.trim());
      }
    }
  }

  private static List<Condition> conditions(Element task) {
    List<Condition> result = new ArrayList<>();
    Element extensions = task.element("extensionElements");
    if (extensions == null) {
      return result;
    }
    Set<String> ids = new HashSet<>();
    for (Element list : extensions.elementsNS(LOOP, LoopNamespace.ELEMENT_CONDITIONS)) {
      for (Element c : list.elementsNS(LOOP, LoopNamespace.ELEMENT_CONDITION)) {
        String id = c.attribute(LoopNamespace.ATTR_CONDITION_ID);
        if (id == null || !LoopSyntax.isConditionId(id) || !ids.add(id)) {
          throw error(task, "condition id '" + id + "' is missing, malformed or used twice");
        }
        String text = c.attribute(LoopNamespace.ATTR_CONDITION_TEXT);
        if (text == null || text.isBlank()) {
          throw error(task, "condition '" + id + "' has no text");
        }
        String check = c.attribute(LoopNamespace.ATTR_CONDITION_CHECK);
        if (check != null) {
          String problem = RestrictedEvaluation.problem(check);
          if (problem != null) {
            throw error(task, "condition '" + id + "': check " + check + ": " + problem);
          }
        }
        boolean required = !"false".equals(c.attribute(LoopNamespace.ATTR_CONDITION_REQUIRED));
        result.add(new Condition(id, text, required, check));
      }
    }
    return result;
  }

  private static String duration(Element task, String attribute) {
    String value = task.attributeNS(LOOP, attribute);
    if (value == null) {
      return null;
    }
    if (!LoopSyntax.isIsoDuration(value.trim())) {
      throw error(task, "loop:" + attribute + " '" + value + "' is not an ISO-8601 duration");
    }
    return value.trim();
  }

  private static BpmnParseException error(Element task, String message) {
    return new BpmnParseException(
        "ActionLoop: task '" + task.attribute("id") + "' " + message, task);
  }

  private void install(Candidate c, GateDefinition gate) {
    ActivityImpl activity = c.activity;
    activity.setProperty(GateDefinition.PROPERTY, gate);
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      activity.setActivityBehavior(
          new GatedUserTaskBehavior(userTask.getTaskDecorator(), backstop));
    } else if (activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior external) {
      activity.setActivityBehavior(GatedExternalTaskBehavior.wrap(external, backstop));
    } else {
      throw error(c.element, "cannot be gated: unexpected behaviour");
    }
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, backstop);
    LoopLog.gateInstalled(activity.getProcessDefinition().getId(), gate.activityId(), gate.kind());
  }
}
