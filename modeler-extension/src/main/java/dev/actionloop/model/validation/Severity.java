package dev.actionloop.model.validation;

/** How bad a finding is: errors block deployment, warnings do not. */
public enum Severity {
  ERROR,
  WARNING
}
