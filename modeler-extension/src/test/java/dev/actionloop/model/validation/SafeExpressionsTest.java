package dev.actionloop.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeExpressionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${assetTag != null}",
        "#{approved}",
        "${amount > 1000 && !(region == 'EU')}",
        "${order.total le 500.5 or empty order.lines}",
        "${order['total'] * 2 - 1 >= limit}",
        "${lines[0].amount mod 2 eq 0}",
        "${a ? 'yes' : \"no\"}",
        "${-x + 3 / y div 4 % 5}",
        "${not done and true ne false}",
        "  ${initiator}  ",
        "${description == 'say ${x}'}"
      })
  void acceptsVariablesLiteralsOperatorsAndLiteralPropertyAccess(String expression) {
    assertThat(SafeExpressions.problems(expression)).isEmpty();
    assertThat(SafeExpressions.isSafe(expression)).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "${order.getTotal() > 1}|it calls a method (order.getTotal(...))",
        "${''.getClass().forName('java.lang.Runtime')}|it calls a method",
        "${fn:now()}|it calls a function (fn:now(...))",
        "${now()}|it calls a function (now(...))",
        "${order[key]}|it looks up a property by a computed name",
        "${order['a'.concat('b')]}|it calls a method",
        "${x.class}|it reads the property 'class'",
        "${x['class'].name}|it reads the property 'class'",
        "${execution.processEngineServices}|it uses 'execution', which reaches into the engine",
        "${task.id == 1}|it uses 'task'",
        "${processEngine}|it uses 'processEngine'",
        "${externalTask != null}|it uses 'externalTask'",
        "${variableScope}|it uses 'variableScope'",
        "${a} ${b}|exactly one ${...} expression",
        "amount > 1|exactly one ${...} expression",
        "${a == }|it does not parse",
        "${a|it does not parse",
        "'  '|it is empty"
      })
  void refusesEverythingElseAndSaysWhy(String expression, String reason) {
    assertThat(SafeExpressions.problems(expression.equals("'  '") ? "  " : expression))
        .anySatisfy(problem -> assertThat(problem).contains(reason));
    assertThat(SafeExpressions.isSafe(expression)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {SafeExpressions.MAX_LENGTH + 1, 100_000})
  void refusesOverlongAndDeeplyNestedTextWithoutThrowing(int length) {
    String nested = "${" + "(".repeat(length / 2) + "a" + ")".repeat(length / 2) + "}";

    assertThat(SafeExpressions.problems(nested)).isNotEmpty();
  }

  /** The same cases as the modeler's lint rule (modeler-extension/js/test/expression.test.mjs). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "${a.b.c}",
        "${a[\"b\"]}",
        "${(a + 1) * 2 >= 3 div 4}",
        "${-1.5e3 < x}",
        "${a == '}'}",
        "${x.task}",
        "${ initiator }",
        "${true and false}"
      })
  void agreesWithTheModelerOnSafeCases(String expression) {
    assertThat(SafeExpressions.problems(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${a[b.c]}",
        "${caseExecution}",
        "${processEngineServices}",
        "${execution.getVariable('x')}",
        "${a[true]}",
        "${a[null]}",
        "${}",
        "${a}${b}",
        "x ${a}",
        "${a} x",
        "${a +}",
        "${a = 1}",
        "${a; b}",
        "${'open}",
        "${a ? b}",
        "${(a}",
        "${a.}",
        "${x -> x}",
        "${{1, 2}}",
        "${a['b'}",
        "${a.true}",
        "${a.div}"
      })
  void agreesWithTheModelerOnRefusedCases(String expression) {
    assertThat(SafeExpressions.problems(expression)).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void refusesNull() {
    assertThat(SafeExpressions.problems(null)).containsExactly("it is empty");
  }
}
