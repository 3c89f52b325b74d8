package dev.actionloop.model.spi;

import dev.actionloop.model.validation.Severity;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.xml.ModelBuilder;

/**
 * A third party's extension, registered only on the test class path: one model type, one rule and
 * one check language. Its rule fires only on tasks marked {@code acme:risk="high"}, so the shared
 * fixtures stay untouched.
 */
public final class AcmeTestExtension implements LoopExtension {

  static final String ACME_NS = "http://acme.example/risk";

  @Override
  public void registerTypes(ModelBuilder builder) {
    AcmeRiskRatingImpl.registerType(builder);
  }

  @Override
  public List<LoopRule> rules() {
    return List.of(
        context -> {
          for (Task task : context.model().tasks()) {
            if ("high".equals(task.getAttributeValueNs(ACME_NS, "risk"))) {
              context.report(
                  "acme/high-risk",
                  Severity.WARNING,
                  task.getId(),
                  "High-risk task needs a second reviewer.");
            }
          }
        });
  }

  @Override
  public List<CheckLanguage> checkLanguages() {
    return List.of(
        new CheckLanguage() {
          @Override
          public String name() {
            return "ACME rules";
          }

          @Override
          public boolean recognizes(String check) {
            return check.startsWith("acme:");
          }

          @Override
          public List<String> problems(String check) {
            return check.contains("forbidden") ? List.of("ACME forbids it") : List.of();
          }
        });
  }
}
