package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every engine command that runs for a signed-in API caller runs with that caller's identity on the
 * engine: never none (the engine's authorization would fail open), never someone else's.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=identityProbe")
@ActiveProfiles("test")
class EngineIdentityTest {

  @LocalServerPort int port;

  @Test
  void everyCommandOfASignedInRequestRunsAsTheCaller() {
    Api api = Api.at(port);
    api.as("ana").deploy("laptop.bpmn", ServerTest.resource("processes/laptop-request.bpmn"));
    api.as("ana").get("/api/processes");
    String instance =
        api.as("alice")
            .post("/api/processes/laptop-request/instances", Map.of())
            .json()
            .path("id")
            .asText();
    String task =
        api.as("bob").get("/api/loops?instance=" + instance).json().get(0).path("taskId").asText();
    api.as("bob").post("/api/loops/" + task + "/promise", Map.of());
    api.as("bob").post("/api/loops/" + task + "/declare", Map.of("verdicts", Map.of()));
    api.as("alice").get("/api/loops/" + task);
    api.as("audrey").get("/api/instances/" + instance + "/acts/verify");

    assertThat(Probe.CHECKED.get()).as("commands observed").isGreaterThan(10);
    assertThat(Probe.MISMATCHES).isEmpty();
  }

  @TestConfiguration
  static class Probe {
    static final AtomicInteger CHECKED = new AtomicInteger();
    static final List<String> MISMATCHES = new CopyOnWriteArrayList<>();

    @Bean
    static AbstractProcessEnginePlugin identityProbePlugin() {
      return new AbstractProcessEnginePlugin() {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
          List<CommandInterceptor> pre = configuration.getCustomPreCommandInterceptorsTxRequired();
          if (pre == null) {
            pre = new ArrayList<>();
            configuration.setCustomPreCommandInterceptorsTxRequired(pre);
          }
          pre.add(new ProbeInterceptor(configuration));
        }
      };
    }
  }

  /** Compares, for each command, the Spring Security user with the engine's current user. */
  static final class ProbeInterceptor extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    ProbeInterceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      var caller = SecurityContextHolder.getContext().getAuthentication();
      if (caller != null
          && caller.isAuthenticated()
          && Thread.currentThread().getName().startsWith("http-")) {
        Probe.CHECKED.incrementAndGet();
        Authentication engine = configuration.getIdentityService().getCurrentAuthentication();
        if (engine == null || !caller.getName().equals(engine.getUserId())) {
          Probe.MISMATCHES.add(
              command.getClass().getName()
                  + " for "
                  + caller.getName()
                  + " ran as "
                  + (engine == null ? "nobody" : engine.getUserId()));
        }
      }
      return next.execute(command);
    }
  }
}
