package dev.actionloop.engine.impl;

import java.util.Set;

/**
 * Settings of the plugin, fixed when the engine is built.
 *
 * @param adminGroups members may override a loop (with a reason)
 * @param systemActor the actor recorded for acts the engine performs itself (deadlines)
 */
public record LoopConfig(Set<String> adminGroups, String systemActor) {
  public LoopConfig {
    adminGroups = Set.copyOf(adminGroups);
  }
}
