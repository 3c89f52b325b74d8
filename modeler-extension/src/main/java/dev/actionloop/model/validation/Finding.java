package dev.actionloop.model.validation;

import java.util.Objects;

/**
 * One problem in a model.
 *
 * @param code stable rule code, e.g. {@code loop/lane-role} (see {@code docs/rules.md})
 * @param severity error or warning
 * @param elementId the BPMN id of the element the problem is on
 * @param message what is wrong, for a process analyst
 */
public record Finding(String code, Severity severity, String elementId, String message) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
