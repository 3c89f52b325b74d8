package dev.actionloop.model.validation.impl;

import dev.actionloop.model.LoopModel;
import dev.actionloop.model.spi.CheckLanguage;
import dev.actionloop.model.spi.RuleContext;
import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The context of one validation: the indexed model, the check languages, the findings so far. */
public final class ValidationRun implements RuleContext {

  private final LoopModel model;
  private final List<CheckLanguage> languages;
  private final List<Finding> findings = new ArrayList<>();

  public ValidationRun(LoopModel model, List<CheckLanguage> languages) {
    this.model = model;
    this.languages = languages;
  }

  @Override
  public LoopModel model() {
    return model;
  }

  @Override
  public List<String> checkProblems(String check) {
    for (CheckLanguage language : languages) {
      if (language.recognizes(check)) {
        return language.problems(check);
      }
    }
    String known =
        languages.stream()
            .map(CheckLanguage::name)
            .filter(name -> !JuelCheckLanguage.NAME.equals(name))
            .collect(Collectors.joining(", "));
    return List.of(
        known.isEmpty()
            ? "it is not an expression: write it as ${...}"
            : "it is neither a ${...} expression nor written in " + known);
  }

  @Override
  public void report(String code, Severity severity, String elementId, String message) {
    findings.add(new Finding(code, severity, elementId, message));
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
