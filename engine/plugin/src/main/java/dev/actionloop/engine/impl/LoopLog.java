package dev.actionloop.engine.impl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The module's one logger. Every message carries a code an operator can search for. */
final class LoopLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.actionloop.engine");

  private LoopLog() {}

  static void schemaMigrated(int applied) {
    LOG.info("ACTIONLOOP-001 ActionLoop tables migrated ({} migration(s) applied)", applied);
  }

  static void gateInstalled(String processKey, String activityId, String kind) {
    LOG.debug("ACTIONLOOP-002 Gated {} task '{}' of process '{}'", kind, activityId, processKey);
  }

  static void deadlineMissed(String taskId, String kind) {
    LOG.info("ACTIONLOOP-004 The {} deadline of task {} passed; escalated", kind, taskId);
  }
}
