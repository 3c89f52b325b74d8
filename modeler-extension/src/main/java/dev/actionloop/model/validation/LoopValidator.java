package dev.actionloop.model.validation;

import dev.actionloop.model.ActionLoopBpmn;
import dev.actionloop.model.LoopModel;
import dev.actionloop.model.spi.CheckLanguage;
import dev.actionloop.model.spi.LoopExtension;
import dev.actionloop.model.spi.LoopRule;
import dev.actionloop.model.validation.impl.ValidationRun;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Runs the model rules of {@code docs/rules.md} (and those contributed by extensions) over a model.
 * Immutable and thread-safe; build one and reuse it.
 *
 * <pre>{@code
 * List<Finding> findings = LoopValidator.withDiscoveredRules().validate(model);
 * }</pre>
 */
public final class LoopValidator {

  static {
    ActionLoopBpmn.install();
  }

  private final List<LoopRule> rules;
  private final List<CheckLanguage> checkLanguages;

  private LoopValidator(List<LoopRule> rules, List<CheckLanguage> checkLanguages) {
    this.rules = List.copyOf(rules);
    this.checkLanguages = List.copyOf(checkLanguages);
  }

  /** The built-in rules plus those of every {@link LoopExtension} visible to this module. */
  public static LoopValidator withDiscoveredRules() {
    return withDiscoveredRules(LoopValidator.class.getClassLoader());
  }

  /** The rules and check languages of every {@link LoopExtension} visible to the class loader. */
  public static LoopValidator withDiscoveredRules(ClassLoader classLoader) {
    List<LoopRule> rules = new ArrayList<>();
    List<CheckLanguage> languages = new ArrayList<>();
    for (LoopExtension extension : LoopExtension.discover(classLoader)) {
      rules.addAll(extension.rules());
      languages.addAll(extension.checkLanguages());
    }
    return new LoopValidator(rules, languages);
  }

  /** Exactly these rules and check languages. */
  public static LoopValidator of(List<LoopRule> rules, List<CheckLanguage> checkLanguages) {
    return new LoopValidator(rules, checkLanguages);
  }

  public List<LoopRule> rules() {
    return rules;
  }

  public List<CheckLanguage> checkLanguages() {
    return checkLanguages;
  }

  /** The findings of every rule, rule by rule in document order; empty when the model is clean. */
  public List<Finding> validate(BpmnModelInstance model) {
    ValidationRun run = new ValidationRun(LoopModel.of(model), checkLanguages);
    for (LoopRule rule : rules) {
      rule.check(run);
    }
    return run.findings();
  }

  /** Whether any finding is an error. */
  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
