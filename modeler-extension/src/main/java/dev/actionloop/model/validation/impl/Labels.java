package dev.actionloop.model.validation.impl;

import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;

/** How messages name elements: by the name an analyst sees in the diagram, else by id. */
final class Labels {

  private Labels() {}

  static String of(Lane lane) {
    return "Lane " + quoted(lane.getName(), lane.getId());
  }

  static String of(FlowElement element) {
    return "Task " + quoted(element.getName(), element.getId());
  }

  /** The element's name (else id) in quotes, for elements that are not tasks. */
  static String quoted(FlowElement element) {
    return quoted(element.getName(), element.getId());
  }

  private static String quoted(String name, String id) {
    return "\"" + (name == null || name.isBlank() ? id : name.strip()) + "\"";
  }
}
