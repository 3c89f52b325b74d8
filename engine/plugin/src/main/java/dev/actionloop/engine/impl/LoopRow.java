package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
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

  /** The loop's parties, read once per command when an act needs them. */
  private Map<Character, Party> parties;

  Party party(char side) {
    if (parties == null) {
      parties = LoopStore.parties(taskId);
    }
    return parties.get(side);
  }

  /** Records that the user acted as performer (separation of duties), once. */
  void addActedPerformer(String userId) {
    if (!party(LoopStore.ACTED).users().contains(userId)) {
      LoopStore.addMember(taskId, LoopStore.ACTED, 'U', userId);
      parties = null;
    }
  }

  boolean isExternal() {
    return GateDefinition.EXTERNAL.equals(taskKind);
  }
}
