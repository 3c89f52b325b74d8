package dev.actionloop.engine.impl;

import static dev.actionloop.engine.LoopState.COUNTER_OFFERED;
import static dev.actionloop.engine.LoopState.DECLARED;
import static dev.actionloop.engine.LoopState.DECLINED;
import static dev.actionloop.engine.LoopState.REQUESTED;
import static dev.actionloop.engine.impl.LoopChecks.now;
import static dev.actionloop.engine.impl.LoopChecks.save;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.LoopCodes;
import java.time.Instant;
import java.util.Arrays;

/** The engine's own act: a promise-within or accept-within deadline passed. */
final class DeadlineActs {

  private final LoopConfig config;

  DeadlineActs(LoopConfig config) {
    this.config = config;
  }

  /** A deadline timer fired; records the overdue act and escalates when still due. */
  void deadline(DeadlineJobHandler.Config job) {
    LoopRow loop = LoopSession.current().loop(job.taskId());
    if (loop == null) {
      return;
    }
    boolean promise = DeadlineJobHandler.PROMISE.equals(job.kind());
    boolean stillDue =
        promise
            ? Arrays.asList(REQUESTED, COUNTER_OFFERED, DECLINED).contains(loop.state)
            : loop.state == DECLARED && loop.round == job.round();
    if (!stillDue) {
      return;
    }
    Long deadline = promise ? loop.promiseDeadline : loop.acceptDeadline;
    long now = now();
    if (deadline != null && now < deadline) {
      // run early by hand: keep the deadline where the model put it
      String jobId = TaskControl.scheduleDeadline(loop, job.kind(), deadline);
      if (promise) {
        loop.promiseJobId = jobId;
      } else {
        loop.acceptJobId = jobId;
      }
      save(loop, now);
      return;
    }
    if (promise) {
      loop.promiseJobId = null;
    } else {
      loop.acceptJobId = null;
    }
    save(loop, now);
    ActLog.append(
        loop,
        promise ? ActType.PROMISE_OVERDUE : ActType.ACCEPT_OVERDUE,
        config.systemActor(),
        now,
        null,
        "deadline " + Instant.ofEpochMilli(deadline == null ? now : deadline) + " passed");
    LoopLog.deadlineMissed(loop.taskId, job.kind());
    TaskControl.escalate(loop, promise ? LoopCodes.PROMISE_OVERDUE : LoopCodes.ACCEPT_OVERDUE);
  }
}
