package dev.actionloop.assertions;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.ChainVerification;
import dev.actionloop.engine.Condition;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loop source held in memory, so the assertions' messages can be tested without an engine: the IT
 * desk (bob) provisions a laptop for alice (group buyers).
 */
final class FakeLoops implements LoopSource {
  static final String PI = "pi-1";
  static final String TASK = "42";

  private final Map<String, Loop> loops = new LinkedHashMap<>();
  private final List<Act> acts = new ArrayList<>();
  private final Map<String, Set<String>> groups = new HashMap<>();
  private ChainVerification verification;

  FakeLoops() {
    groups.put("dave", Set.of("buyers"));
  }

  /** The laptop loop in this state and round; verdicts as given (condition id to verdict). */
  Loop laptop(LoopState state, int round, Map<String, Boolean> verdicts) {
    return put(TASK, "Provision", "Provision laptop", state, round, verdicts);
  }

  Loop put(
      String taskId,
      String activityId,
      String name,
      LoopState state,
      int round,
      Map<String, Boolean> verdicts) {
    Loop loop =
        new Loop(
            taskId,
            PI,
            "laptop",
            activityId,
            name,
            state,
            round,
            new Party(Set.of("alice"), Set.of("buyers")),
            new Party(Set.of("bob"), Set.of("it-desk")),
            state == LoopState.REQUESTED ? null : "bob",
            null,
            List.of(
                new Condition("image", "Laptop has the company image", true, null),
                new Condition("early", "Handed over before the start date", false, null)),
            1,
            verdicts,
            null,
            null,
            false);
    loops.put(taskId, loop);
    return loop;
  }

  /** Appends acts of the laptop task by the usual actors; the round goes up after each REJECT. */
  FakeLoops acts(ActType... types) {
    int round = 1;
    for (ActType type : types) {
      String actor =
          switch (type) {
            case ACCEPT, REJECT, CANCEL, REREQUEST -> "alice";
            case REQUEST -> null;
            default -> "bob";
          };
      act(TASK, type, actor, round);
      if (type == ActType.REJECT) {
        round++;
      }
    }
    return this;
  }

  FakeLoops act(String taskId, ActType type, String actor, int round) {
    acts.add(
        new Act(
            acts.size() + 1,
            PI,
            "Provision",
            taskId,
            round,
            type,
            actor,
            Instant.EPOCH,
            Map.of(),
            null,
            "model",
            "prev",
            "hash"));
    return this;
  }

  void breakChainAt(long sequence, String problem) {
    verification = new ChainVerification(PI, acts.size(), sequence, problem);
  }

  @Override
  public Loop loop(String taskId) {
    return loops.get(taskId);
  }

  @Override
  public List<Loop> loopsOf(String processInstanceId) {
    return List.copyOf(loops.values());
  }

  @Override
  public List<Act> transcript(String processInstanceId) {
    return List.copyOf(acts);
  }

  @Override
  public ChainVerification verify(String processInstanceId) {
    return verification != null
        ? verification
        : new ChainVerification(processInstanceId, acts.size(), null, null);
  }

  @Override
  public Set<String> groupsOf(String userId) {
    return groups.getOrDefault(userId, Set.of());
  }
}
