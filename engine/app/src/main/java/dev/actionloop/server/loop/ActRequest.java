package dev.actionloop.server.loop;

import dev.actionloop.engine.Condition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/loops/{taskId}/{act}}; each act reads the fields it needs.
 *
 * @param due promise / counter-offer: the due date (ISO-8601 instant, e.g. 2026-12-01T17:00:00Z)
 * @param comment any act: a free comment (promise, re-request, accept-counter-offer, accept)
 * @param reason decline, refuse-counter-offer, reject, cancel, release, override: why (required)
 * @param conditions counter-offer: the proposed conditions, {@code null} to keep the current ones
 * @param verdicts declare: the performer's self-check; accept: the customer's confirmation, per
 *     condition id
 * @param evidence declare: what shows the work is done
 * @param failedConditions reject: the ids of the conditions not met
 */
public record ActRequest(
    Instant due,
    String comment,
    String reason,
    List<Condition> conditions,
    Map<String, Boolean> verdicts,
    String evidence,
    Set<String> failedConditions) {

  static final ActRequest EMPTY = new ActRequest(null, null, null, null, null, null, null);
}
