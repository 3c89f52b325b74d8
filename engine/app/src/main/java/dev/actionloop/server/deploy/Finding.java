package dev.actionloop.server.deploy;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One problem found in a model, in the shape the modeler shows next to the element.
 *
 * @param code stable code (model rules {@code loop/...}, deployment rules {@code deploy/...})
 * @param severity {@code error} refuses the deployment, {@code warning} does not
 * @param elementId the BPMN id of the element concerned, {@code null} for the whole file
 * @param message what is wrong, for the analyst who fixes the model
 */
public record Finding(String code, String severity, String elementId, String message) {

  public static Finding error(String code, String elementId, String message) {
    return new Finding(code, "error", elementId, message);
  }

  @JsonIgnore
  public boolean isError() {
    return "error".equals(severity);
  }
}
