package dev.actionloop.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.model.validation.SafeExpressions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check and party expressions read variables only; nothing else in the JVM is reachable. What is
 * allowed is the model module's {@link SafeExpressions} (tested there); this tests that the engine
 * refuses exactly what it refuses and evaluates the rest against variables only.
 */
class RestrictedEvaluationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${assetTag != null}",
        "${amount > 100 && approved}",
        "${order.total le 5000}",
        "${order['total'] == 5}",
        "${empty comment ? 'none' : comment}",
        "${not done}",
        "#{initiator}"
      })
  void safe_expressions_pass(String expression) {
    assertThat(RestrictedEvaluation.problem(expression)).isNull();
    assertThat(SafeExpressions.isSafe(expression)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${''.getClass().forName('java.lang.Runtime')}",
        "${x.toString()}",
        "${execution.getVariable('a')}",
        "${execution}",
        "${task.assignee}",
        "${processEngine}",
        "${order[key]}",
        "${x.class}",
        "${x['class']}",
        "${fn:foo(1)}",
        "a ${x} b",
        "${a}${b}",
        "${unclosed"
      })
  void unsafe_expressions_are_refused(String expression) {
    assertThat(RestrictedEvaluation.problem(expression)).isNotNull();
    assertThat(SafeExpressions.isSafe(expression)).isFalse();
    assertThatThrownBy(() -> RestrictedEvaluation.evaluate(expression, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsafe expression");
  }

  @Test
  void the_problem_is_the_shared_checkers_wording() {
    assertThat(RestrictedEvaluation.problem("${x.toString()}")).contains("it calls a method");
    assertThat(RestrictedEvaluation.problem("${execution}")).contains("reaches into the engine");
  }

  @Test
  void evaluation_sees_variables_maps_and_lists_only() {
    Map<String, Object> vars =
        Map.of("order", Map.of("total", 120, "lines", List.of("a", "b")), "tag", "A-1");

    assertThat(RestrictedEvaluation.evaluate("${order.total > 100}", vars)).isEqualTo(true);
    assertThat(RestrictedEvaluation.evaluate("${order.lines[1]}", vars)).isEqualTo("b");
    assertThat(RestrictedEvaluation.evaluate("${missing == null}", vars)).isEqualTo(true);
    // a bean property is not resolved: no getter runs
    assertThatThrownBy(() -> RestrictedEvaluation.evaluate("${tag.bytes}", vars))
        .isInstanceOf(RuntimeException.class);
  }
}
