package dev.actionloop.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one gated task's loop.
 *
 * @param taskId the Camunda task id (stable for the whole loop)
 * @param state where the loop stands
 * @param round 1 for the first attempt, +1 after each rejection
 * @param customer who may accept or reject
 * @param performer who may promise and declare (candidates until someone promises)
 * @param promisedBy the user who promised, {@code null} before a promise
 * @param promisedDue the due date promised, {@code null} when none was given
 * @param conditions the conditions in force (the promised version once promised)
 * @param conditionsVersion 1 for the modelled conditions, +1 per agreed counter-offer
 * @param lastVerdicts the per-condition verdicts of the last declare/accept/reject
 * @param promiseDeadline when the promise is due (promise-within), {@code null} when none
 * @param acceptDeadline when the decision is due (accept-within), {@code null} when none
 * @param brokenPromise whether the work was declared after the promised due date
 */
public record Loop(
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
    List<Condition> conditions,
    int conditionsVersion,
    Map<String, Boolean> lastVerdicts,
    Instant promiseDeadline,
    Instant acceptDeadline,
    boolean brokenPromise) {}
