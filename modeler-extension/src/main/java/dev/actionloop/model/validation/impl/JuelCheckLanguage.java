package dev.actionloop.model.validation.impl;

import dev.actionloop.model.spi.CheckLanguage;
import dev.actionloop.model.validation.SafeExpressions;
import java.util.List;

/** The built-in check language: a safe JUEL expression, as the Camunda engine evaluates it. */
final class JuelCheckLanguage implements CheckLanguage {

  static final String NAME = "JUEL";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean recognizes(String check) {
    String text = check.strip();
    return text.startsWith("${") || text.startsWith("#{");
  }

  @Override
  public List<String> problems(String check) {
    return SafeExpressions.problems(check);
  }
}
