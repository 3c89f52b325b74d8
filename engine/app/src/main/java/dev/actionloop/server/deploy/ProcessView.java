package dev.actionloop.server.deploy;

import org.camunda.bpm.engine.repository.ProcessDefinition;

/** A deployed process definition as the modeler lists it. */
public record ProcessView(String id, String key, String name, int version) {
  public static ProcessView of(ProcessDefinition definition) {
    return new ProcessView(
        definition.getId(), definition.getKey(), definition.getName(), definition.getVersion());
  }
}
