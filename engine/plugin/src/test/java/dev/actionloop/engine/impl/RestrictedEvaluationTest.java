package dev.actionloop.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.Party;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check and party expressions read variables only; nothing else in the JVM is reachable. */
class SafeExpressionsTest {

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
    assertThat(SafeExpressions.problem(expression)).isNull();
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
    assertThat(SafeExpressions.problem(expression)).isNotNull();
    assertThatThrownBy(() -> SafeExpressions.evaluate(expression, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluation_sees_variables_maps_and_lists_only() {
    Map<String, Object> vars =
        Map.of("order", Map.of("total", 120, "lines", List.of("a", "b")), "tag", "A-1");

    assertThat(SafeExpressions.evaluate("${order.total > 100}", vars)).isEqualTo(true);
    assertThat(SafeExpressions.evaluate("${order.lines[1]}", vars)).isEqualTo("b");
    assertThat(SafeExpressions.evaluate("${missing == null}", vars)).isEqualTo(true);
    // a bean property is not resolved: no getter runs
    assertThatThrownBy(() -> SafeExpressions.evaluate("${tag.bytes}", vars))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void parties_resolve_users_groups_and_expressions() {
    PartySpec spec = PartySpec.parse("user:ann, group:it-desk, ${initiator}, ${reviewers}");

    Party party =
        spec.resolve(Map.of("initiator", "carol", "reviewers", List.of("group:audit", "dave")));

    assertThat(party.users()).containsExactlyInAnyOrder("ann", "carol", "dave");
    assertThat(party.groups()).containsExactlyInAnyOrder("it-desk", "audit");
  }

  @Test
  void a_bad_party_entry_is_refused() {
    assertThatThrownBy(() -> PartySpec.parse("ann")).hasMessageContaining("'ann'");
    assertThatThrownBy(() -> PartySpec.parse("user:ann,,group:x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartySpec.parse("${bean.call()}")).hasMessageContaining("method");
  }

  @Test
  void durations_include_weeks() {
    long day = 86_400_000L;
    assertThat(Durations.addTo(0, "P1W")).isEqualTo(7 * day);
    assertThat(Durations.addTo(0, "P1W2D")).isEqualTo(9 * day);
    assertThat(Durations.addTo(0, "PT4H")).isEqualTo(4 * 3_600_000L);
    assertThat(Durations.addTo(0, "P1DT12H")).isEqualTo(day + 12 * 3_600_000L);
  }
}
