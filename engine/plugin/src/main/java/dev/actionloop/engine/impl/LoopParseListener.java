package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import dev.actionloop.model.LoopNamespace;
import dev.actionloop.model.LoopSyntax;
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
      Lanes lanes = new Lanes(root);
      for (ProcessDefinitionEntity definition : definitions) {
        for (Candidate c : byDefinition.getOrDefault(definition, List.of())) {
          GateDefinition gate = gateOf(c, lanes);
          if (gate != null) {
            install(c, gate);
          }
        }
      }
    } finally {
      pending.remove();
    }
  }

  /**
   * A lane with what it inherits, resolved exactly as the validator does (modeler-extension's
   * {@code LaneIndex}, docs/rules.md "Terms"): a nested lane without a role or party takes its
   * nearest ancestor's.
   */
  private record Lane(
      String id, Element element, String process, int depth, String role, String party) {}

  /** The lanes of one document, indexed like the validator's {@code LaneIndex}. */
  private static final class Lanes {
    final Map<String, Lane> byId = new HashMap<>();
    final Map<String, Lane> byNode = new HashMap<>();
    final Map<String, List<Lane>> customersByProcess = new HashMap<>();

    Lanes(Element root) {
      for (Element process : root.elements("process")) {
        String processId = process.attribute("id");
        customersByProcess.put(processId, new ArrayList<>());
        for (Element laneSet : process.elements("laneSet")) {
          add(laneSet, null, processId, 0);
        }
      }
    }

    private void add(Element laneSet, Lane parent, String process, int depth) {
      for (Element element : laneSet.elements("lane")) {
        String ownRole = element.attributeNS(LOOP, LoopNamespace.ATTR_ROLE);
        String ownParty = element.attributeNS(LOOP, LoopNamespace.ATTR_PARTY);
        Lane lane =
            new Lane(
                element.attribute("id"),
                element,
                process,
                depth,
                ownRole != null || parent == null ? ownRole : parent.role(),
                ownParty != null || parent == null ? ownParty : parent.party());
        if (lane.id() != null) {
          byId.putIfAbsent(lane.id(), lane);
        }
        // Only a lane's own role makes it the pool's customer lane; inheriting children are part
        // of it.
        if (LoopNamespace.ROLE_CUSTOMER.equals(ownRole)) {
          customersByProcess.get(process).add(lane);
        }
        // The innermost lane wins; between lanes equally deep, the first in the document.
        for (Element ref : element.elements("flowNodeRef")) {
          byNode.merge(ref.getText().trim(), lane, (a, b) -> b.depth() > a.depth() ? b : a);
        }
        for (Element child : element.elements("childLaneSet")) {
          add(child, lane, process, depth + 1);
        }
      }
    }
  }

  private GateDefinition gateOf(Candidate c, Lanes lanes) {
    Element task = c.element;
    String taskId = task.attribute("id");
    Lane own = lanes.byNode.get(taskId);
    String customerLaneId = task.attributeNS(LOOP, LoopNamespace.ATTR_CUSTOMER_LANE);
    boolean inPerformerLane = own != null && LoopNamespace.ROLE_PERFORMER.equals(own.role());
    if (customerLaneId == null && !inPerformerLane) {
      return null; // no customer: plain Camunda
    }
    Lane customerLane;
    if (customerLaneId != null) {
      customerLane = lanes.byId.get(customerLaneId);
      if (customerLane == null) {
        throw error(task, "loop:customerLane '" + customerLaneId + "' names no lane");
      }
      if (customerLane == own) {
        throw error(task, "loop:customerLane '" + customerLaneId + "' is the task's own lane");
      }
      if (!LoopNamespace.ROLE_CUSTOMER.equals(customerLane.role())) {
        throw error(task, "loop:customerLane '" + customerLaneId + "' is not a customer lane");
      }
    } else {
      List<Lane> customers = lanes.customersByProcess.getOrDefault(own.process(), List.of());
      if (customers.size() != 1) {
        throw error(
            task,
            "is in a performer lane but its pool has "
                + customers.size()
                + " customer lanes; name one with loop:customerLane");
      }
      customerLane = customers.get(0);
    }
    PartySpec customer = party(task, customerLane);
    if (customer.isEmpty()) {
      throw error(task, "its customer lane '" + customerLane.id() + "' has no loop:party");
    }
    PartySpec performer = own != null ? party(task, own) : PartySpec.EMPTY;
    performer = performer.plus(literalAssignment(task));
    return new GateDefinition(
        taskId,
        c.kind,
        customerLane.id(),
        label(customerLane),
        customer,
        own != null ? label(own) : null,
        performer,
        conditions(task),
        duration(task, LoopNamespace.ATTR_PROMISE_WITHIN),
        duration(task, LoopNamespace.ATTR_ACCEPT_WITHIN));
  }

  private static String label(Lane lane) {
    String name = lane.element().attribute("name");
    return name == null || name.isBlank() ? lane.id() : name.strip();
  }

  private static PartySpec party(Element task, Lane lane) {
    try {
      return PartySpec.parse(lane.party());
    } catch (IllegalArgumentException e) {
      throw error(task, "lane '" + lane.id() + "': " + e.getMessage());
    }
  }

  /**
   * The literal {@code camunda:assignee}, {@code candidateUsers} and {@code candidateGroups}, read
   * as the validator reads them: a list with an expression in it is left to runtime, where the
   * task's actual assignee and candidates join the performers.
   */
  private static PartySpec literalAssignment(Element task) {
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    addLiterals(task.attributeNS(CAMUNDA, "assignee"), users);
    addLiterals(task.attributeNS(CAMUNDA, "candidateUsers"), users);
    addLiterals(task.attributeNS(CAMUNDA, "candidateGroups"), groups);
    return new PartySpec(users, groups, List.of());
  }

  private static void addLiterals(String csv, List<String> into) {
    if (csv == null || csv.contains("${") || csv.contains("#{")) {
      return;
    }
    for (String s : csv.split(",")) {
      if (!s.isBlank()) {
        into.add(s.strip());
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
