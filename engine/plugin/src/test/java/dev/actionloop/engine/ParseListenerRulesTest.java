package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the model rules switched off, the engine's own parse listener still refuses any gate it
 * could not enforce safely, naming the task: the gate never depends on the validator being on.
 */
@LoopEngineTestBase.WithoutModelRules
class ParseListenerRulesTest extends LoopEngineTestBase {

  @ParameterizedTest
  @CsvSource({
    "no-customer.bpmn, customer lanes",
    "unsafe-party.bpmn, calls a method",
    "unsafe-check.bpmn, calls a method",
    "bad-duration.bpmn, not an ISO-8601 duration",
    "duplicate-condition.bpmn, used twice",
    "unknown-customer-lane.bpmn, names no lane",
    "customer-party-missing.bpmn, has no loop:party",
  })
  void an_unsafe_or_incomplete_gate_is_refused_naming_the_task(String file, String problem) {
    long before = repository.createDeploymentQuery().count();

    assertThatThrownBy(() -> deploy("invalid/" + file))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("ActionLoop: task 'Work'")
        .hasMessageContaining(problem);

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }
}
