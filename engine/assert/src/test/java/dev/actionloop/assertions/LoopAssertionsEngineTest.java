package dev.actionloop.assertions;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.assertThatActs;
import static dev.actionloop.assertions.LoopAssertions.loop;
import static dev.actionloop.assertions.LoopAssertions.loopsOf;
import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.DECLARE;
import static dev.actionloop.engine.ActType.PROMISE;
import static dev.actionloop.engine.ActType.REJECT;
import static dev.actionloop.engine.ActType.REQUEST;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.LoopService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The assertions against a real engine with the plugin: what users' tests will do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoopAssertionsEngineTest {
  private static final Map<String, Boolean> IMAGED = Map.of("image", true);

  private ProcessEngine engine;
  private LoopService loops;

  @BeforeAll
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setProcessEngineName("assertions");
    cfg.setJdbcUrl("jdbc:h2:mem:actionloop_assertions;DB_CLOSE_DELAY=-1");
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.getProcessEnginePlugins().add(new ActionLoopPlugin());
    engine = cfg.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/assertions/laptop.bpmn")
        .deploy();
    loops = ActionLoop.of(engine).loops();
    LoopAssertions.init(engine);
  }

  @AfterAll
  void stopEngine() {
    LoopAssertions.reset();
    engine.close();
  }

  @Test
  void rejectedTwiceThenAccepted() {
    // given
    ProcessInstance pi = start();
    String task = taskOf(pi);
    as("bob");
    loops.promise(task, null, "on it");
    assertThat(loop(task)).isPromised().awaitsDeclarationBy("bob").isInRound(1);
    loops.declare(task, IMAGED, "imaged");
    assertThat(loop(task)).isDeclared().awaitsAcceptanceBy("alice");
    for (int round = 1; round <= 2; round++) {
      as("alice");
      loops.reject(task, "no asset tag", Set.of("image"));
      as("bob");
      loops.declare(task, IMAGED, "tag recorded");
    }

    // when
    as("alice");
    loops.accept(task, Map.of("image", true, "early", false), "thanks");

    // then
    assertThat(loop(task))
        .wasRejectedTimes(2)
        .thenAccepted()
        .wasAcceptedBy("alice")
        .isInRound(3)
        .hasCondition("image")
        .confirmed();
    assertThat(loopsOf(pi)).allAccepted().hasNoOpenLoops();
    assertThatActs(pi)
        .containsExactlyTypes(REQUEST, PROMISE, DECLARE, REJECT, DECLARE, REJECT, DECLARE, ACCEPT)
        .allPerformedBy(DECLARE, "bob")
        .hasCount(REJECT, 2)
        .chainIntact();
  }

  @Test
  void aRealLoopFailsWithAMessageThatSaysWhereItStands() {
    ProcessInstance pi = start();
    String task = taskOf(pi);
    as("bob");
    loops.promise(task, null, "on it");

    assertThatThrownBy(() -> assertThat(loop(task)).awaitsAcceptanceBy("alice"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting task 'Provision laptop' (Provision, id "
                + task
                + ") to be DECLARED and wait for customer alice,"
                + " but it is PROMISED in round 1 (promised by bob)");
    assertThatThrownBy(() -> assertThat(loopsOf(pi)).allAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it is PROMISED in round 1");
  }

  private ProcessInstance start() {
    as("alice");
    return engine.getRuntimeService().startProcessInstanceByKey("laptop");
  }

  private String taskOf(ProcessInstance pi) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .singleResult()
        .getId();
  }

  private void as(String user) {
    engine
        .getIdentityService()
        .setAuthentication(user, "dave".equals(user) ? List.of("buyers") : List.of());
  }
}
