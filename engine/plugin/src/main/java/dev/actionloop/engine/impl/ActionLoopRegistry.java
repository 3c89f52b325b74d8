package dev.actionloop.engine.impl;

import dev.actionloop.engine.ActionLoop;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;

/** Maps engine names to the ActionLoop services the plugin built for them. */
public final class ActionLoopRegistry {
  private static final Map<String, ActionLoop> BY_ENGINE = new ConcurrentHashMap<>();

  private ActionLoopRegistry() {}

  public static void register(String engineName, ActionLoop services) {
    BY_ENGINE.put(engineName, services);
  }

  public static void unregister(String engineName) {
    BY_ENGINE.remove(engineName);
  }

  public static ActionLoop get(ProcessEngine engine) {
    ActionLoop services = BY_ENGINE.get(engine.getName());
    if (services == null) {
      throw new IllegalStateException(
          "Process engine '"
              + engine.getName()
              + "' does not run the ActionLoop plugin; add dev.actionloop.engine.ActionLoopPlugin"
              + " to its configuration");
    }
    return services;
  }
}
