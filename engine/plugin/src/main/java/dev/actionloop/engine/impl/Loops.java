package dev.actionloop.engine.impl;

import dev.actionloop.engine.Loop;
import java.time.Instant;

/** Turns rows into the public {@link Loop} snapshot. */
final class Loops {
  private Loops() {}

  static Loop toLoop(LoopRow r) {
    return new Loop(
        r.taskId,
        r.processInstanceId,
        r.processDefinitionKey,
        r.activityId,
        r.name,
        r.state,
        r.round,
        r.party(LoopStore.CUSTOMER),
        r.party(LoopStore.PERFORMER),
        r.promisedBy,
        instant(r.promisedDue),
        r.conditions,
        r.conditionsVersion,
        r.lastVerdicts == null ? java.util.Map.of() : r.lastVerdicts,
        instant(r.promiseDeadline),
        instant(r.acceptDeadline),
        r.brokenPromise);
  }

  private static Instant instant(Long ms) {
    return ms == null ? null : Instant.ofEpochMilli(ms);
  }
}
