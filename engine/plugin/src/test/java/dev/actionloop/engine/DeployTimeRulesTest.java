package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model the engine could not gate safely is refused at deploy time, naming the task. */
class DeployTimeRulesTest extends LoopEngineTestBase {

  @ParameterizedTest
  @CsvSource({
    "no-customer.bpmn, customer lanes",
    "unsafe-party.bpmn, method calls",
    "unsafe-check.bpmn, method calls",
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
