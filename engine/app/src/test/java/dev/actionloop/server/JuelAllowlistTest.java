package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.server.deploy.JuelAllowlist;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions found anywhere in a deployed model: data access passes, code is refused. */
class JuelAllowlistTest {
  private final JuelAllowlist allowlist = new JuelAllowlist();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${initiator}",
        "${amount > 1000 && approved}",
        "${order.total * 2}",
        "${order['total']}",
        "${empty assetTag ? 'none' : assetTag}",
        "Order ${orderId} for ${customer.name}",
        "#{x == 'a' or y ne 3}"
      })
  void acceptsDataAccess(String expression) {
    assertThat(allowlist.problems(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${''.getClass().forName('java.lang.Runtime')}",
        "${x.class}",
        "${x['class']}",
        "${x[name]}",
        "${execution.processEngineServices}",
        "${identityService.createUserQuery().list()}",
        "${dateTime().plusDays(1)}",
        "Hi ${execution.setVariable('a', 1)}",
        "Hi ${task}",
        "${unclosed"
      })
  void refusesCode(String expression) {
    assertThat(allowlist.problems(expression)).isNotEmpty();
  }
}
