package dev.actionloop.engine;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Entry point: the ActionLoop services of a process engine that runs the ActionLoop plugin.
 *
 * <pre>{@code
 * LoopService loops = ActionLoop.of(processEngine).loops();
 * }</pre>
 */
public interface ActionLoop {

  LoopService loops();

  AuditService audit();

  /** The services of an engine built with the ActionLoop plugin; fails clearly if it was not. */
  static ActionLoop of(ProcessEngine engine) {
    return dev.actionloop.engine.impl.ActionLoopRegistry.get(engine);
  }
}
