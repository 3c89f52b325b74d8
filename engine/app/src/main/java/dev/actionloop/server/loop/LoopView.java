package dev.actionloop.server.loop;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.Condition;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.Party;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One loop as the API shows it: its state, parties, conditions with their last verdicts, deadlines
 * and (in the detail view) the acts of this task.
 */
public record LoopView(
    String taskId,
    String processInstanceId,
    String processDefinitionKey,
    String activityId,
    String name,
    LoopState state,
    int round,
    Party customer,
    Party performer,
    String promisedBy,
    Instant promisedDue,
    List<ConditionView> conditions,
    int conditionsVersion,
    Instant promiseDeadline,
    Instant acceptDeadline,
    boolean brokenPromise,
    List<Act> history) {

  /** A condition and the verdict of the last declare/accept/reject, {@code null} when none. */
  public record ConditionView(
      String id, String text, boolean required, String check, Boolean verdict) {}

  static LoopView of(Loop loop, List<Act> history) {
    Map<String, Boolean> verdicts = loop.lastVerdicts() == null ? Map.of() : loop.lastVerdicts();
    List<ConditionView> conditions =
        loop.conditions() == null
            ? List.of()
            : loop.conditions().stream().map(c -> view(c, verdicts.get(c.id()))).toList();
    return new LoopView(
        loop.taskId(),
        loop.processInstanceId(),
        loop.processDefinitionKey(),
        loop.activityId(),
        loop.name(),
        loop.state(),
        loop.round(),
        loop.customer(),
        loop.performer(),
        loop.promisedBy(),
        loop.promisedDue(),
        conditions,
        loop.conditionsVersion(),
        loop.promiseDeadline(),
        loop.acceptDeadline(),
        loop.brokenPromise(),
        history);
  }

  private static ConditionView view(Condition condition, Boolean verdict) {
    return new ConditionView(
        condition.id(), condition.text(), condition.required(), condition.check(), verdict);
  }
}
