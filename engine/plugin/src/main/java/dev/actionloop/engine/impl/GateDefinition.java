package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import java.util.List;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;

/**
 * What the model says about one gated activity, read at deploy time and kept on the activity.
 *
 * @param kind USER or EXTERNAL
 * @param customerLaneId the id of the task's customer lane
 * @param customerLaneName the customer lane's name, or its id when it has none
 * @param customer the customer lane's party (its own or inherited {@code loop:party})
 * @param performerLaneName the name (else id) of the task's own lane, {@code null} when it has none
 * @param performer the performer lane's party plus the literal assignee/candidates
 * @param promiseWithin ISO-8601 duration or {@code null}
 * @param acceptWithin ISO-8601 duration or {@code null}
 */
record GateDefinition(
    String activityId,
    String kind,
    String customerLaneId,
    String customerLaneName,
    PartySpec customer,
    String performerLaneName,
    PartySpec performer,
    List<Condition> conditions,
    String promiseWithin,
    String acceptWithin) {

  static final String PROPERTY = "actionloop.gate";
  static final String USER = "USER";
  static final String EXTERNAL = "EXTERNAL";

  GateDefinition {
    conditions = List.copyOf(conditions);
  }

  /** The gate of an activity, or {@code null} when it is not gated. */
  static GateDefinition of(PvmActivity activity) {
    return activity == null ? null : (GateDefinition) activity.getProperty(PROPERTY);
  }
}
