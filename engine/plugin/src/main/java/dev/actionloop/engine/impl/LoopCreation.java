package dev.actionloop.engine.impl;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.LoopException;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** The request: a gated task was created, so its loop starts (state REQUESTED, round 1). */
final class LoopCreation {

  private final LoopConfig config;
  private final Map<String, String> modelHashes = new ConcurrentHashMap<>();

  LoopCreation(LoopConfig config) {
    this.config = config;
  }

  void userTaskCreated(ExecutionEntity execution, GateDefinition gate, TaskEntity task) {
    create(execution, gate, task.getId(), task.getName(), Assignment.of(task));
  }

  void externalTaskCreated(ExecutionEntity execution, GateDefinition gate, String externalTaskId) {
    create(execution, gate, externalTaskId, execution.getActivity().getName(), null);
  }

  private void create(
      ExecutionEntity execution, GateDefinition gate, String taskId, String name, Party assigned) {
    Map<String, Object> variables = execution.getVariables();
    Party customer = resolve(gate, "customer", gate.customerLaneName(), gate.customer(), variables);
    if (isNobody(customer)) {
      // Nobody could ever accept: refuse, so the start or complete that led here rolls back.
      throw new LoopException(nobody(gate, "customer", gate.customerLaneName(), gate.customer()));
    }
    Party performer =
        resolve(gate, "performer", gate.performerLaneName(), gate.performer(), variables);
    if (assigned == null && isNobody(performer)) {
      // An external task has no Camunda assignment to fall back on: nobody could promise it.
      throw new LoopException(
          nobody(gate, "performer", gate.performerLaneName(), gate.performer()));
    }
    long now = LoopChecks.now();
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    LoopRow row = new LoopRow();
    row.taskId = taskId;
    row.taskKind = gate.kind();
    row.processInstanceId = execution.getProcessInstanceId();
    row.processDefinitionId = definition.getId();
    row.processDefinitionKey = definition.getKey();
    row.executionId = execution.getId();
    row.activityInstanceId = execution.getActivityInstanceId();
    row.activityId = gate.activityId();
    row.name = name;
    row.state = LoopState.REQUESTED;
    row.round = 1;
    row.conditions = gate.conditions();
    row.conditionsVersion = 1;
    row.modelHash = modelHash(definition);
    row.createdMs = now;
    row.updatedMs = now;
    row.version = 1;
    if (gate.promiseWithin() != null) {
      row.promiseDeadline = Durations.addTo(now, gate.promiseWithin());
    }
    LoopStore.insert(row);
    LoopSession.current().remember(row);
    Party performers = Assignment.union(performer, assigned);
    LoopStore.insertParties(taskId, customer, performers);
    row.createdWith(customer, performers);
    ActLog.append(row, ActType.REQUEST, requester(), now, null, null);
    if (row.promiseDeadline != null) {
      row.promiseJobId =
          TaskControl.scheduleDeadline(row, DeadlineJobHandler.PROMISE, row.promiseDeadline);
      LoopStore.update(row, now);
    }
  }

  private static Party resolve(
      GateDefinition gate,
      String role,
      String lane,
      PartySpec party,
      Map<String, Object> variables) {
    try {
      return party.resolve(variables);
    } catch (RuntimeException e) {
      throw new LoopException(
          "ActionLoop: task '"
              + gate.activityId()
              + "' has no "
              + role
              + ": "
              + where(lane, party)
              + " could not be resolved: "
              + e.getMessage());
    }
  }

  private static boolean isNobody(Party party) {
    return party.users().isEmpty() && party.groups().isEmpty();
  }

  private static String nobody(GateDefinition gate, String role, String lane, PartySpec party) {
    return "ActionLoop: task '"
        + gate.activityId()
        + "' has no "
        + role
        + ": "
        + (party.isEmpty()
            ? "no lane gives it a loop:party"
            : where(lane, party) + " resolved to nobody");
  }

  private static String where(String lane, PartySpec party) {
    return (lane == null ? "" : "lane '" + lane + "' ") + "party '" + party.text() + "'";
  }

  /** Who caused the task: the authenticated user, else the engine itself. */
  private String requester() {
    Authentication auth = Context.getCommandContext().getAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : config.systemActor();
  }

  /** SHA-256 of the deployed BPMN resource bytes, computed once per definition. */
  private String modelHash(ProcessDefinitionEntity definition) {
    return modelHashes.computeIfAbsent(
        definition.getId(),
        id -> {
          ResourceEntity resource =
              Context.getCommandContext()
                  .getResourceManager()
                  .findResourceByDeploymentIdAndResourceName(
                      definition.getDeploymentId(), definition.getResourceName());
          return resource == null ? "unknown" : ActLog.sha256(resource.getBytes());
        });
  }
}
