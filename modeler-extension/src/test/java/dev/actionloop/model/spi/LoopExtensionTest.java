package dev.actionloop.model.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.model.LoopTasks;
import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.LoopValidator;
import dev.actionloop.model.validation.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.junit.jupiter.api.Test;

class LoopExtensionTest {

  @Test
  void builtInRulesAndTheTestExtensionAreBothDiscovered() {
    List<LoopExtension> extensions =
        LoopExtension.discover(LoopExtensionTest.class.getClassLoader());

    assertThat(extensions)
        .extracting(e -> e.getClass().getSimpleName())
        .contains("BuiltInRules", "AcmeTestExtension");
  }

  @Test
  void contributedModelTypeIsTypedOnRead() {
    BpmnModelInstance model = model("", "${ok}");

    assertThat(model.getModelElementsByType(AcmeRiskRating.class))
        .singleElement()
        .extracting(AcmeRiskRating::getLevel)
        .isEqualTo("medium");
  }

  @Test
  void contributedRuleRuns() {
    BpmnModelInstance model = model("acme:risk=\"high\"", "${ok}");

    List<Finding> findings = LoopValidator.withDiscoveredRules().validate(model);

    assertThat(findings)
        .containsExactly(
            new Finding(
                "acme/high-risk",
                Severity.WARNING,
                "Work",
                "High-risk task needs a second reviewer."));
  }

  @Test
  void contributedCheckLanguageJudgesTheChecksItRecognizes() {
    LoopValidator validator = LoopValidator.withDiscoveredRules();

    assertThat(validator.validate(model("", "acme:total below 100"))).isEmpty();
    assertThat(validator.validate(model("", "acme:forbidden thing")))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("ACME forbids it"));
    assertThat(validator.validate(model("", "total &lt; 100")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("neither a ${...} expression nor written in ACME rules"));
  }

  @Test
  void aValidatorWithoutDiscoveryRunsOnlyItsRules() {
    BpmnModelInstance model = model("acme:risk=\"high\"", "${ok}");
    LoopRule onlyRule =
        context ->
            context.report(
                "x/always", Severity.ERROR, "Work", "always" + context.checkProblems(""));

    List<Finding> findings = LoopValidator.of(List.of(onlyRule), List.of()).validate(model);

    assertThat(findings).extracting(Finding::code).containsExactly("x/always");
    Task task = model.getModelElementById("Work");
    assertThat(LoopTasks.conditions(task)).hasSize(1);
  }

  private static BpmnModelInstance model(String taskAttributes, String check) {
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:loop="http://actionloop.dev/schema/bpmn/1.0" xmlns:acme="http://acme.example/risk"
            id="Defs" targetNamespace="http://example.org">
          <bpmn:process id="P">
            <bpmn:laneSet id="LS">
              <bpmn:lane id="C" loop:role="customer" loop:party="user:ann"/>
              <bpmn:lane id="W" loop:role="performer" loop:party="user:bob">
                <bpmn:flowNodeRef>Work</bpmn:flowNodeRef>
              </bpmn:lane>
            </bpmn:laneSet>
            <bpmn:userTask id="Work" %s>
              <bpmn:extensionElements>
                <acme:riskRating level="medium"/>
                <loop:conditions><loop:condition id="c" text="Done" check="%s"/></loop:conditions>
              </bpmn:extensionElements>
            </bpmn:userTask>
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(taskAttributes, check);
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
