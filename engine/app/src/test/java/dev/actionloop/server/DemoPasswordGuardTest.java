package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the demo passwords are refused (the PostgreSQL profile), start-up fails while a demo user
 * still has one, and succeeds once the demo users get a password of the operator's own.
 */
class DemoPasswordGuardTest {

  private static SpringApplicationBuilder server(String engineName, String... properties) {
    return new SpringApplicationBuilder(ActionLoopServer.class)
        .profiles("test")
        .properties("server.port=0")
        .properties("camunda.bpm.process-engine-name=" + engineName)
        .properties("actionloop.security.refuse-demo-passwords=true")
        .properties(properties);
  }

  @Test
  void refusesToStartWithThePublishedDemoPasswords() {
    assertThatThrownBy(() -> server("guardRefuses").run().close())
        .hasStackTraceContaining("Refusing to start")
        .hasStackTraceContaining("actionloop.demo.password");
  }

  @Test
  void startsWhenTheDemoUsersHaveAPasswordOfTheOperatorsOwn() {
    try (ConfigurableApplicationContext context =
        server("guardAccepts", "actionloop.demo.password=correct-horse-battery").run()) {
      IdentityService identity = context.getBean(IdentityService.class);

      assertThat(identity.checkPassword("alice", "correct-horse-battery")).isTrue();
      assertThat(identity.checkPassword("alice", "alice-demo")).isFalse();
    }
  }

  @Test
  void thePostgresProfileTurnsDemoUsersOffAndRefusesDemoPasswords() throws Exception {
    var yaml =
        new org.springframework.boot.env.YamlPropertySourceLoader()
            .load(
                "postgres",
                new org.springframework.core.io.ClassPathResource("application-postgres.yml"))
            .get(0);

    assertThat(yaml.getProperty("actionloop.demo.enabled")).isEqualTo(false);
    assertThat(yaml.getProperty("actionloop.security.refuse-demo-passwords")).isEqualTo(true);
  }
}
