package dev.actionloop.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.LoopService;
import dev.actionloop.engine.LoopState;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same loop on PostgreSQL (127.0.0.1:5432, trust auth), in a database of its own so it never
 * meets other tests' schemas. Skipped when PostgreSQL is not reachable.
 */
class PostgresLoopTest {

  private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String DB = "actionloop_engine_it";
  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() throws SQLException {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname='" + DB + "'");
      if (rs.next()) {
        s.execute("DROP DATABASE " + DB + " WITH (FORCE)");
      }
      s.execute("CREATE DATABASE " + DB);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL not reachable: " + e.getMessage());
    }
    StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
    cfg.setProcessEngineName("actionloop-pg");
    cfg.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + DB);
    cfg.setJdbcDriver("org.postgresql.Driver");
    cfg.setJdbcUsername("postgres");
    cfg.setJdbcPassword("");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    cfg.getProcessEnginePlugins().add(new ActionLoopPlugin());
    engine = cfg.buildProcessEngine();
  }

  @AfterAll
  static void stopEngine() throws SQLException {
    if (engine != null) {
      engine.close();
      try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      }
    }
  }

  @Test
  void an_engine_rollback_after_the_act_removes_it_on_postgresql() {
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/engine/fragile.bpmn")
        .deploy();
    ProcessInstance pi =
        engine.getRuntimeService().startProcessInstanceByKey("fragile", Map.of("explode", true));
    String taskId =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .singleResult()
            .getId();
    LoopService loops = ActionLoop.of(engine).loops();
    var identity = engine.getIdentityService();
    identity.setAuthentication("ivan", List.of());
    loops.promise(taskId, null, null);
    loops.declare(taskId, Map.of("ok", true), null);
    identity.setAuthentication("carol", List.of());

    assertThatThrownBy(() -> loops.accept(taskId, Map.of("ok", true), null))
        .hasMessageContaining("boom");
    identity.clearAuthentication();

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(ActionLoop.of(engine).audit().transcript(pi.getId())).hasSize(3);
    assertThat(ActionLoop.of(engine).audit().verify(pi.getId()).intact()).isTrue();
  }

  @Test
  void a_full_loop_with_a_rejection_runs_and_verifies_on_postgresql() {
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/engine/fragile.bpmn")
        .deploy();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("fragile");
    String taskId =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .singleResult()
            .getId();
    LoopService loops = ActionLoop.of(engine).loops();
    var identity = engine.getIdentityService();

    identity.setAuthentication("ivan", List.of());
    loops.promise(taskId, null, null);
    loops.declare(taskId, Map.of("ok", true), null);
    identity.setAuthentication("carol", List.of());
    loops.reject(taskId, "again", null);
    identity.setAuthentication("ivan", List.of());
    loops.declare(taskId, Map.of("ok", true), null);
    identity.setAuthentication("ivan", List.of());
    assertThatThrownBy(() -> loops.accept(taskId, Map.of("ok", true), null))
        .hasMessageContaining("not its customer");
    identity.setAuthentication("carol", List.of());
    loops.accept(taskId, Map.of("ok", true), null);
    identity.clearAuthentication();

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.ACCEPTED);
    assertThat(loops.getLoop(taskId).round()).isEqualTo(2);
    assertThat(ActionLoop.of(engine).audit().transcript(pi.getId())).hasSize(6);
    assertThat(ActionLoop.of(engine).audit().verify(pi.getId()).intact()).isTrue();
  }
}
