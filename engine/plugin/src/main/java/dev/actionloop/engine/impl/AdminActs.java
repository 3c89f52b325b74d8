package dev.actionloop.engine.impl;

import static dev.actionloop.engine.LoopState.OVERRIDDEN;
import static dev.actionloop.engine.impl.LoopChecks.close;
import static dev.actionloop.engine.impl.LoopChecks.load;
import static dev.actionloop.engine.impl.LoopChecks.now;
import static dev.actionloop.engine.impl.LoopChecks.requireReason;
import static dev.actionloop.engine.impl.LoopChecks.save;

import dev.actionloop.engine.ActType;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopState;
import dev.actionloop.engine.LoopStateException;

/** An administrator's override: the explicit, recorded way to force a loop closed. */
final class AdminActs {

  private final LoopConfig config;

  AdminActs(LoopConfig config) {
    this.config = config;
  }

  void override(String taskId, String reason, boolean completeTask) {
    LoopRow loop = load(taskId);
    if (loop.state.isFinal()) {
      throw new LoopStateException("task " + taskId + " is already " + loop.state);
    }
    Actor actor = Actor.current();
    if (actor.groups().stream().noneMatch(config.adminGroups()::contains)) {
      throw new LoopForbiddenException(
          actor.userId()
              + " may not override task "
              + taskId
              + ": not in an admin group "
              + config.adminGroups());
    }
    requireReason(reason, "override");
    long now = now();
    LoopState was = loop.state;
    loop.state = OVERRIDDEN;
    close(loop);
    save(loop, now);
    ActLog.append(
        loop,
        ActType.OVERRIDE,
        actor.userId(),
        now,
        null,
        reason + " (was " + was + (completeTask ? "; task completed)" : "; token left in place)"));
    if (completeTask) {
      TaskControl.complete(loop);
    }
  }
}
