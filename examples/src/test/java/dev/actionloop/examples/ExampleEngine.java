package dev.actionloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.actionloop.assertions.LoopAssertions;
import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.ChainVerification;
import dev.actionloop.engine.LoopService;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

/**
 * One in-memory H2 engine with the ActionLoop plugin per test class (history FULL, no job
 * executor), with the example file named by the subclass deployed exactly as it is shipped. Acts
 * are performed by users authenticated on the engine's IdentityService, as the server does.
 */
abstract class ExampleEngine {

  static ProcessEngine engine;
  static RuntimeService runtime;
  static TaskService tasks;
  static IdentityService identity;
  static HistoryService history;
  static LoopService loops;
  static AuditService audit;

  static void startEngine(String exampleResource) {
    String name = "actionloop-example-" + UUID.randomUUID();
    StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
    cfg.setProcessEngineName(name);
    cfg.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    cfg.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    cfg.setJobExecutorActivate(false);
    // the examples' groups are named like "it-desk"; Camunda's default allows letters and digits
    // only
    cfg.setGroupResourceWhitelistPattern("[a-zA-Z0-9-]+");
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    cfg.getProcessEnginePlugins().add(new ActionLoopPlugin());
    engine = cfg.buildProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();
    history = engine.getHistoryService();
    loops = ActionLoop.of(engine).loops();
    audit = ActionLoop.of(engine).audit();
    LoopAssertions.init(engine);
    // the file as shipped in examples/src/main/resources, not a test copy
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource(exampleResource)
        .name(exampleResource)
        .deploy();
  }

  @AfterAll
  static void closeEngine() {
    LoopAssertions.reset();
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  @AfterEach
  void forgetUser() {
    identity.clearAuthentication();
  }

  /** A user of the identity service and the groups they belong to (created when missing). */
  static void person(String user, String... groups) {
    if (identity.createUserQuery().userId(user).count() == 0) {
      identity.saveUser(identity.newUser(user));
    }
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(user, group);
    }
  }

  /** The next calls run as this user, with their groups from the identity service. */
  static void as(String user) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  /** Starts the process as the user (who becomes its initiator). */
  static ProcessInstance startAs(String user, String key) {
    as(user);
    try {
      return runtime.startProcessInstanceByKey(key);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The one open task of the instance at that activity. */
  static String task(ProcessInstance pi, String activityId) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(activityId)
            .singleResult();
    assertThat(task).as("an open task at %s", activityId).isNotNull();
    return task.getId();
  }

  static List<String> waitingAt(ProcessInstance pi) {
    return runtime.getActiveActivityIds(pi.getId());
  }

  static boolean ended(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0
        && history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(pi.getId())
                .finished()
                .count()
            == 1;
  }

  /** The end events the instance passed, by id. */
  static List<String> endEventsReached(ProcessInstance pi) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId())
        .activityType("noneEndEvent")
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  /** The auditor's check: the instance's act chain recomputes. */
  static void chainVerifies(ProcessInstance pi, int expectedActs) {
    ChainVerification verification = audit.verify(pi.getId());
    assertThat(verification.intact()).as("chain of %s: %s", pi.getId(), verification).isTrue();
    assertThat(verification.actsChecked()).isEqualTo(expectedActs);
  }
}
