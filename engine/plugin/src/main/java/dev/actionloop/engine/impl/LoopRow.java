package dev.actionloop.engine.impl;

import dev.actionloop.engine.Condition;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /** The parties of a loop just created: nobody has acted on it yet. */
  void createdWith(Party customer, Party performer) {
    parties = new HashMap<>();
    parties.put(LoopStore.CUSTOMER, customer);
    parties.put(LoopStore.PERFORMER, performer);
    parties.put(LoopStore.ACTED, new Party(Set.of(), Set.of()));
  }

  /** Records that the user acted as performer (separation of duties), once. */
  void addActedPerformer(String userId) {
    Party acted = party(LoopStore.ACTED);
    if (!acted.users().contains(userId)) {
      LoopStore.addMember(taskId, LoopStore.ACTED, 'U', userId);
      Set<String> users = new LinkedHashSet<>(acted.users());
      users.add(userId);
      parties = new HashMap<>(parties);
      parties.put(LoopStore.ACTED, new Party(users, acted.groups()));
    }
  }

  boolean isExternal() {
    return GateDefinition.EXTERNAL.equals(taskKind);
  }
}
