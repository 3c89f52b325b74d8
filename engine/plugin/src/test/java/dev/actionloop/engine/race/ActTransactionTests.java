package dev.actionloop.engine.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.ActType;
import dev.actionloop.engine.ActionLoop;
import dev.actionloop.engine.ActionLoopPlugin;
import dev.actionloop.engine.AuditService;
import dev.actionloop.engine.Loop;
import dev.actionloop.engine.LoopService;
import dev.actionloop.engine.LoopState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An act and its engine change are one transaction (issue 3, "The act log"): whichever write of an
 * act fails, the act's own or the engine's, nothing of the act remains, and the act can then be
 * performed again. Every write an act sends is made to fail in turn, so the test follows the
 * implementation as it changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ActTransactionTests {
  private static final Map<String, Boolean> MET = Map.of("image", true);

  private ProcessEngine engine;
  private LoopService loops;
  private AuditService audit;
  private IdentityService identity;

  abstract RaceDatabase database();

  /** The acts under test, each from the state it needs, by its rightful actor. */
  enum TestedAct {
    PROMISE(LoopState.REQUESTED),
    DECLARE(LoopState.PROMISED),
    ACCEPT(LoopState.DECLARED),
    REJECT(LoopState.DECLARED);

    final LoopState from;

    TestedAct(LoopState from) {
      this.from = from;
    }
  }

  @BeforeAll
  void startEngine() {
    engine = database().engine("act-tx", new ActionLoopPlugin());
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("dev/actionloop/engine/race/decision-race.bpmn")
        .addClasspathResource("dev/actionloop/engine/race/engine-failure.bpmn")
        .deploy();
    loops = ActionLoop.of(engine).loops();
    audit = ActionLoop.of(engine).audit();
    identity = engine.getIdentityService();
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @AfterAll
  void stopEngine() {
    if (engine != null) {
      engine.close();
    }
    database().drop();
  }

  @ParameterizedTest
  @EnumSource(TestedAct.class)
  void whicheverWriteFailsNothingOfTheActRemains(TestedAct act) {
    List<String> writes = InjectedFailures.record(() -> perform(act, taskIn(act.from)));
    assertThat(writes)
        .as("%s writes its act in the act log, in the act's own transaction", act)
        .anySatisfy(sql -> assertThat(sql.toLowerCase()).contains("insert into loop_act"));

    // Fail write 0, then 1, ... until an act has fewer writes than the failing index: every write
    // of the act has then failed once.
    for (int write = 0; ; write++) {
      String task = taskIn(act.from);
      State before = state(task);

      RuntimeException failure = InjectedFailures.failingWrite(write, () -> perform(act, task));
      if (failure == null) {
        assertThat(write).as("writes of %s, each made to fail once", act).isGreaterThan(1);
        assertThat(state(task)).isNotEqualTo(before);
        return;
      }

      assertThat(state(task))
          .as("%s, after its write #%s failed: %s", act, write, failure.getMessage())
          .isEqualTo(before);
      perform(act, task); // and the act can still be performed
      assertThat(audit.verify(before.processInstanceId()).intact()).isTrue();
    }
  }

  @Test
  void engineFailureAfterTheAcceptTakesTheActWithIt() {
    String task = declaredTaskOf("engineFailure");
    State before = state(task);

    as("alice");
    assertThatThrownBy(() -> loops.accept(task, MET, "thanks")).hasMessageContaining("engineWorks");

    assertThat(state(task)).isEqualTo(before);
    assertThat(loops.getLoop(task).state()).isEqualTo(LoopState.DECLARED);

    // once the next step works, the same accept goes through, recorded once
    engine.getRuntimeService().setVariable(before.processInstanceId(), "engineWorks", true);
    as("alice");
    loops.accept(task, MET, "thanks");
    List<Act> acts = audit.transcript(before.processInstanceId());
    assertThat(acts).extracting(Act::type).endsWith(ActType.DECLARE, ActType.ACCEPT);
    assertThat(acts).filteredOn(a -> a.type() == ActType.ACCEPT).hasSize(1);
    assertThat(audit.verify(before.processInstanceId()).intact()).isTrue();
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(before.processInstanceId())
                .count())
        .isZero();
  }

  // --- what must not change ------------------------------------------------------------------

  /** Everything an act could touch: the loop, the act log, and the engine's runtime and history. */
  record State(
      String processInstanceId,
      LoopState loopState,
      int round,
      String promisedBy,
      int acts,
      String lastHash,
      boolean taskExists,
      long executions,
      long historicActivities,
      long historicTasksEnded,
      long variables,
      long operationLogEntries) {}

  private State state(String task) {
    identity.clearAuthentication();
    Loop loop = loops.getLoop(task);
    String pi = loop.processInstanceId();
    List<Act> acts = audit.transcript(pi);
    var history = engine.getHistoryService();
    return new State(
        pi,
        loop.state(),
        loop.round(),
        loop.promisedBy(),
        acts.size(),
        acts.isEmpty() ? null : acts.get(acts.size() - 1).hash(),
        engine.getTaskService().createTaskQuery().taskId(task).count() == 1,
        engine.getRuntimeService().createExecutionQuery().processInstanceId(pi).count(),
        history.createHistoricActivityInstanceQuery().processInstanceId(pi).count(),
        history.createHistoricTaskInstanceQuery().processInstanceId(pi).finished().count(),
        history.createHistoricVariableInstanceQuery().processInstanceId(pi).count(),
        history.createUserOperationLogQuery().processInstanceId(pi).count());
  }

  // --- given -------------------------------------------------------------------------------

  private String taskIn(LoopState state) {
    as("alice");
    String pi = engine.getRuntimeService().startProcessInstanceByKey("decisionRace").getId();
    String task = taskOf(pi);
    if (state == LoopState.PROMISED || state == LoopState.DECLARED) {
      as("bob");
      loops.promise(task, null, "on it");
    }
    if (state == LoopState.DECLARED) {
      loops.declare(task, MET, "imaged");
    }
    identity.clearAuthentication();
    assertThat(loops.getLoop(task).state()).isEqualTo(state);
    return task;
  }

  private String declaredTaskOf(String processKey) {
    as("alice");
    String pi = engine.getRuntimeService().startProcessInstanceByKey(processKey).getId();
    String task = taskOf(pi);
    as("bob");
    loops.promise(task, null, "on it");
    loops.declare(task, MET, "imaged");
    identity.clearAuthentication();
    return task;
  }

  private String taskOf(String pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  private void perform(TestedAct act, String task) {
    switch (act) {
      case PROMISE -> {
        as("bob");
        loops.promise(task, null, "on it");
      }
      case DECLARE -> {
        as("bob");
        loops.declare(task, MET, "imaged");
      }
      case ACCEPT -> {
        as("alice");
        loops.accept(task, MET, "thanks");
      }
      case REJECT -> {
        as("alice");
        loops.reject(task, "no company image", Set.of("image"));
      }
    }
    identity.clearAuthentication();
  }

  private void as(String user) {
    identity.setAuthentication(user, List.of());
  }
}
