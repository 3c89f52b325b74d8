package dev.actionloop.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An engine rebuilt under the same name in one JVM never gets the services of a closed one. */
class ActionLoopRegistryTest {

  private final String name = "actionloop-registry-" + UUID.randomUUID();
  private final List<ProcessEngine> open = new ArrayList<>();

  @AfterEach
  void closeEngines() {
    open.forEach(ProcessEngine::close);
  }

  private ProcessEngine build(boolean withPlugin) {
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    cfg.setJobExecutorActivate(false);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    if (withPlugin) {
      cfg.getProcessEnginePlugins().add(new ActionLoopPlugin());
    }
    ProcessEngine engine = cfg.buildProcessEngine();
    open.add(engine);
    return engine;
  }

  private void close(ProcessEngine engine) {
    engine.close();
    open.remove(engine);
  }

  @Test
  void a_closed_engine_is_dropped() {
    ProcessEngine first = build(true);
    assertThat(ActionLoop.of(first)).isNotNull();

    close(first);

    assertThatThrownBy(() -> ActionLoop.of(first))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(name);
  }

  @Test
  void an_engine_rebuilt_under_the_same_name_without_the_plugin_is_not_given_the_old_services() {
    ProcessEngine first = build(true);
    ActionLoop.of(first);
    close(first);

    ProcessEngine second = build(false);

    assertThatThrownBy(() -> ActionLoop.of(second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not run the ActionLoop plugin");
  }

  @Test
  void an_engine_rebuilt_with_the_plugin_gets_its_own_services_which_work() {
    ProcessEngine first = build(true);
    ActionLoop old = ActionLoop.of(first);
    close(first);

    ProcessEngine second = build(true);

    ActionLoop services = ActionLoop.of(second);
    assertThat(services).isNotSameAs(old);
    assertThat(services.loops().createLoopQuery().count()).isZero();
  }

  @Test
  void closing_the_old_engine_after_its_successor_started_keeps_the_successor() {
    ProcessEngine first = build(true);
    ProcessEngine second = build(true); // e.g. a Spring context refreshed before the old one closed

    close(first);

    assertThat(ActionLoop.of(second)).isNotNull();
    assertThatThrownBy(() -> ActionLoop.of(first)).isInstanceOf(IllegalStateException.class);
  }
}
