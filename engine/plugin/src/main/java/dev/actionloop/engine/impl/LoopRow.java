package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import dev.actionloop.engine.LoopState;
import java.util.List;
import java.util.Map;

/** One row of LOOP_TASK, read and written inside a command. Mutable on purpose: acts edit it. */
final class LoopRow {
  String taskId;
  String taskKind;
  String processInstanceId;
  String processDefinitionId;
  String processDefinitionKey;
  String executionId;
  String activityInstanceId;
  String activityId;
  String name;
  LoopState state;
  int round;
  String promisedBy;
  Long promisedDue;
  List<Condition> conditions;
  int conditionsVersion;
  Map<String, Boolean> lastVerdicts;
  String offerBy;
  Long offerDue;
  List<Condition> offerConditions;
  Long promiseDeadline;
  Long acceptDeadline;
  String promiseJobId;
  String acceptJobId;
  boolean brokenPromise;
  String modelHash;
  long createdMs;
  long updatedMs;
  int version;

  boolean isExternal() {
    return GateDefinition.EXTERNAL.equals(taskKind);
  }
}
