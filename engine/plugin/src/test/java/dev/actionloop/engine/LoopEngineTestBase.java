package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * One in-memory H2 engine with the ActionLoop plugin per test class, history FULL, no job executor.
 * Helpers speak the domain: who acts, start a request, find the task.
 */
abstract class LoopEngineTestBase {

  static ProcessEngine engine;
  static ProcessEngineConfigurationImpl configuration;
  static RuntimeService runtime;
  static TaskService tasks;
  static IdentityService identity;
  static ManagementService management;
  static RepositoryService repository;
  static LoopService loops;
  static AuditService audit;

  /** On a test class: build its engine without the deploy-time model rules of modeler-extension. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @interface WithoutModelRules {}

  /**
   * On a test class: its engine deploys models with interrupting events on gated tasks ({@code
   * setRefuseInterruptingEvents(false)}), to test the runtime backstop behind the deploy-time rule.
   */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @interface AllowInterruptingEvents {}

  @BeforeAll
  static void buildEngine(org.junit.jupiter.api.TestInfo info) {
    boolean rules =
        info.getTestClass().map(c -> !c.isAnnotationPresent(WithoutModelRules.class)).orElse(true);
    boolean refuseInterrupting =
        info.getTestClass()
            .map(c -> !c.isAnnotationPresent(AllowInterruptingEvents.class))
            .orElse(true);
    String name = "actionloop-test-" + UUID.randomUUID();
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.getProcessEnginePlugins()
        .add(
            new ActionLoopPlugin()
                .setValidateModels(rules)
                .setRefuseInterruptingEvents(refuseInterrupting));
    engine = cfg.buildProcessEngine();
    configuration = cfg;
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();
    management = engine.getManagementService();
    repository = engine.getRepositoryService();
    loops = ActionLoop.of(engine).loops();
    audit = ActionLoop.of(engine).audit();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @AfterEach
  void forgetUserAndClock() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  static String deploy(String... resources) {
    var builder = repository.createDeployment();
    for (String r : resources) {
      builder.addClasspathResource("dev/actionloop/engine/" + r);
    }
    return builder.deploy().getId();
  }

  /** The next calls run as this user with these groups. */
  static void as(String user, String... groups) {
    identity.setAuthentication(user, List.of(groups));
  }

  static void asNobody() {
    identity.clearAuthentication();
  }

  /** Starts a process as the given user (who becomes the initiator). */
  static ProcessInstance startAs(String user, String key) {
    as(user);
    try {
      return runtime.startProcessInstanceByKey(key);
    } finally {
      asNobody();
    }
  }

  static Task task(ProcessInstance pi, String activityId) {
    return tasks
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(activityId)
        .singleResult();
  }

  /** Whether the instance's token ever reached the activity (history). */
  static boolean passed(ProcessInstance pi, String activityId) {
    return engine
            .getHistoryService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(pi.getId())
            .activityId(activityId)
            .count()
        > 0;
  }

  static String deployString(String xml) {
    return repository.createDeployment().addString("model.bpmn", xml).deploy().getId();
  }

  /**
   * Deploying is refused with a ParseException naming the rule code on the element, in its message
   * and in its resource report, and nothing is deployed.
   */
  static void assertDeployRefused(ThrowingCallable deploying, String code, String element) {
    long before = repository.createDeploymentQuery().count();

    assertThatThrownBy(deploying)
        .isInstanceOf(ParseException.class)
        .hasMessageContaining(code + " on '" + element + "'")
        .satisfies(
            e ->
                assertThat(((ParseException) e).getResorceReports().get(0).getErrors())
                    .anySatisfy(p -> assertThat(p.getMainElementId()).isEqualTo(element)));

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
  }

  static boolean isWaitingAt(ProcessInstance pi, String activityId) {
    return runtime.getActiveActivityIds(pi.getId()).contains(activityId);
  }

  static long actCount(ProcessInstance pi) {
    return audit.transcript(pi.getId()).size();
  }

  static DataSource dataSource() {
    return configuration.getDataSource();
  }

  /** Runs SQL outside the engine, like someone with database access. */
  static int sql(String statement, Object... params) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      int n = ps.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long sqlCount(String query, Object... params) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
