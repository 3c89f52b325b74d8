package dev.actionloop.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A model that breaks the rules of docs/rules.md is refused at deploy time with the rule's code and
 * the element, by the same validator the modeler and the CLI use; nothing is deployed.
 */
class DeployTimeRulesTest extends LoopEngineTestBase {

  @ParameterizedTest
  @CsvSource({
    "no-customer.bpmn, loop/task-customer, Work",
    "unsafe-party.bpmn, loop/lane-party, Lane_C",
    "unsafe-check.bpmn, loop/check-expression, Work",
    "bad-duration.bpmn, loop/duration, Work",
    "duplicate-condition.bpmn, loop/condition-id, Work",
    "unknown-customer-lane.bpmn, loop/customer-lane-exists, Work",
    "customer-party-missing.bpmn, loop/lane-party-missing, Lane_C",
  })
  void a_model_breaking_the_rules_is_refused_naming_code_and_element(
      String file, String code, String element) {
    assertDeployRefused(() -> deploy("invalid/" + file), code, element);
  }
}
