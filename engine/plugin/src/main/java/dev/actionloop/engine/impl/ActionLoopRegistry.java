package dev.actionloop.engine.impl;

import dev.actionloop.engine.ActionLoop;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/**
 * Maps engine names to the ActionLoop services the plugin built for them. An entry belongs to one
 * engine instance (its configuration): it is dropped when that engine closes ({@link
 * EngineCloseHook}), and a lookup by another engine of the same name never returns it, so an engine
 * rebuilt under the same name in one JVM (tests, a restarted Spring context) never gets the
 * services of a closed one.
 */
public final class ActionLoopRegistry {

  private record Entry(ProcessEngineConfiguration configuration, ActionLoop services) {}

  private static final Map<String, Entry> BY_ENGINE = new ConcurrentHashMap<>();

  private ActionLoopRegistry() {}

  public static void register(ProcessEngine engine, ActionLoop services) {
    BY_ENGINE.put(engine.getName(), new Entry(engine.getProcessEngineConfiguration(), services));
  }

  /** Drops the services of the engine with this configuration, if they are still registered. */
  static void closed(ProcessEngineConfiguration configuration) {
    String name = configuration.getProcessEngineName();
    if (name != null) {
      BY_ENGINE.computeIfPresent(
          name, (n, entry) -> entry.configuration() == configuration ? null : entry);
    }
  }

  public static ActionLoop get(ProcessEngine engine) {
    Entry entry = BY_ENGINE.get(engine.getName());
    if (entry == null || entry.configuration() != engine.getProcessEngineConfiguration()) {
      throw new IllegalStateException(
          "Process engine '"
              + engine.getName()
              + "' does not run the ActionLoop plugin (or is closed); add"
              + " dev.actionloop.engine.ActionLoopPlugin to its configuration");
    }
    return entry.services();
  }
}
