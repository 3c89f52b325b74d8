package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every route Camunda offers to move a token past a gated task. Each row: the attempt is refused
 * (or turned into a declare), no token passed the gate, and the loop and its act log did not change
 * (beyond the declare where completing means declaring).
 *
 * <p>The models put interrupting events on the gated task on purpose, to prove the runtime
 * backstop; the deploy-time rule {@code loop/interrupting-event} would refuse them, so this engine
 * opts out.
 */
@LoopEngineTestBase.AllowInterruptingEvents
class BypassMatrixTest extends LoopEngineTestBase {

  private static final Map<String, Boolean> OK = Map.of("ok", true);
  private static ProcessDefinition gated;
  private static ProcessDefinition ungated;

  @BeforeAll
  static void deployModels() {
    deploy("gate.bpmn", "gate-eventsub.bpmn");
    gated =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("gate")
            .latestVersion()
            .singleResult();
    deploy("gate-ungated.bpmn");
    ungated =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("gate")
            .latestVersion()
            .singleResult();
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceById(gated.getId());
  }

  private String work(ProcessInstance pi) {
    return task(pi, "Work").getId();
  }

  private ProcessInstance declared() {
    ProcessInstance pi = start();
    as("ivan", "workers");
    loops.promise(work(pi), null, null);
    loops.declare(work(pi), OK, null);
    asNobody();
    return pi;
  }

  private boolean passedTheGate(ProcessInstance pi) {
    return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("After")
                .count()
            + engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("Skipped")
                .count()
        > 0;
  }

  /** The row: refused with the given type and message; nothing moved, nothing changed. */
  private void assertRefused(
      ProcessInstance pi, Executable attempt, Class<? extends Throwable> type, String message) {
    String taskId = work(pi);
    Loop before = loops.getLoop(taskId);
    long acts = actCount(pi);

    Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, attempt);
    assertThat(thrown).isInstanceOf(type).hasMessageContaining(message);

    asNobody();
    assertThat(passedTheGate(pi)).as("a token passed the gate").isFalse();
    assertThat(isWaitingAt(pi, "Work")).isTrue();
    assertThat(loops.getLoop(taskId)).isEqualTo(before);
    assertThat(actCount(pi)).isEqualTo(acts);
  }

  @Test
  void complete_with_accepted_variables_by_an_outsider_is_refused() {
    ProcessInstance pi = start();
    as("mallory", "sales");
    assertRefused(
        pi,
        () -> tasks.complete(work(pi), Map.of("accepted", true, "approved", true)),
        LoopForbiddenException.class,
        "not a performer");
  }

  @Test
  void complete_with_accepted_variables_by_the_performer_only_declares() {
    ProcessInstance pi = start();
    as("ivan", "workers");

    tasks.complete(work(pi), Map.of("accepted", true, "loopState", "ACCEPTED"));

    assertThat(loops.getLoop(work(pi)).state()).isEqualTo(LoopState.DECLARED);
    assertThat(passedTheGate(pi)).isFalse();
  }

  @Test
  void setting_variables_changes_no_loop() {
    ProcessInstance pi = declared();
    Loop before = loops.getLoop(work(pi));
    as("ivan", "workers");

    runtime.setVariables(pi.getId(), Map.of("accepted", true, "state", "ACCEPTED"));
    tasks.setVariablesLocal(work(pi), Map.of("accepted", true));

    assertThat(loops.getLoop(work(pi))).isEqualTo(before);
    assertThat(passedTheGate(pi)).isFalse();
  }

  @Test
  void claim_then_complete_by_the_customer_is_a_declare_she_can_never_accept() {
    ProcessInstance pi = start();
    as("carol");
    tasks.claim(work(pi), "carol");
    tasks.complete(work(pi));
    assertThat(loops.getLoop(work(pi)).state()).isEqualTo(LoopState.DECLARED);

    assertRefused(
        pi,
        () -> loops.accept(work(pi), OK, null),
        LoopForbiddenException.class,
        "separation of duties");
  }

  @Test
  void set_assignee_to_self_then_complete_after_declare_is_refused() {
    ProcessInstance pi = declared();
    as("mallory");
    tasks.setAssignee(work(pi), "mallory");
    assertRefused(pi, () -> tasks.complete(work(pi)), LoopStateException.class, "DECLARED");
  }

  @Test
  void delegate_and_resolve_do_not_move_the_token() {
    ProcessInstance pi = declared();
    tasks.delegateTask(work(pi), "carol");
    as("carol");
    tasks.resolveTask(work(pi), Map.of("accepted", true));

    assertThat(loops.getLoop(work(pi)).state()).isEqualTo(LoopState.DECLARED);
    assertThat(passedTheGate(pi)).isFalse();
  }

  @Test
  void the_performer_completing_a_declared_task_is_refused() {
    ProcessInstance pi = declared();
    as("ivan", "workers");
    assertRefused(pi, () -> tasks.complete(work(pi)), LoopStateException.class, "DECLARED");
  }

  @Test
  void process_instance_modification_past_the_gate_is_refused() {
    ProcessInstance pi = declared();
    as("admin", "camunda-admin");
    assertRefused(
        pi,
        () ->
            runtime
                .createProcessInstanceModification(pi.getId())
                .startBeforeActivity("After")
                .execute(),
        LoopStateException.class,
        "open ActionLoop loop");
    assertRefused(
        pi,
        () ->
            runtime
                .createProcessInstanceModification(pi.getId())
                .cancelAllForActivity("Work")
                .startBeforeActivity("After")
                .execute(true, true),
        LoopStateException.class,
        "open ActionLoop loop");
    assertRefused(
        pi,
        () ->
            runtime
                .createModification(gated.getId())
                .startAfterActivity("Work")
                .processInstanceIds(pi.getId())
                .execute(),
        LoopStateException.class,
        "open ActionLoop loop");
  }

  @Test
  void asynchronous_and_batch_modification_past_the_gate_is_refused_before_any_batch_exists() {
    ProcessInstance pi = declared();
    as("admin", "camunda-admin");
    long batches = management.createBatchQuery().count();
    assertRefused(
        pi,
        () ->
            runtime
                .createProcessInstanceModification(pi.getId())
                .startBeforeActivity("After")
                .executeAsync(),
        LoopStateException.class,
        "open ActionLoop loop");
    assertRefused(
        pi,
        () ->
            runtime
                .createModification(gated.getId())
                .startAfterActivity("Work")
                .processInstanceIds(pi.getId())
                .executeAsync(),
        LoopStateException.class,
        "open ActionLoop loop");
    assertThat(management.createBatchQuery().count()).isEqualTo(batches);
  }

  @Test
  void migration_to_a_definition_without_the_gate_is_refused() {
    ProcessInstance pi = declared();
    MigrationPlan plan =
        runtime.createMigrationPlan(gated.getId(), ungated.getId()).mapEqualActivities().build();
    assertRefused(
        pi,
        () -> runtime.newMigration(plan).processInstanceIds(pi.getId()).execute(),
        ProcessEngineException.class,
        "Work");
  }

  @Test
  void message_correlation_to_an_interrupting_boundary_event_is_refused() {
    ProcessInstance pi = declared();
    assertRefused(
        pi,
        () -> runtime.createMessageCorrelation("Poke").processInstanceId(pi.getId()).correlate(),
        LoopStateException.class,
        "may not leave gated task 'Work'");
  }

  @Test
  void an_interrupting_event_subprocess_cannot_cancel_the_gated_task() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("gateEventSub");
    as("ivan", "workers");
    loops.promise(work(pi), null, null);
    asNobody();
    assertRefused(
        pi,
        () ->
            runtime.createMessageCorrelation("Shortcut").processInstanceId(pi.getId()).correlate(),
        LoopStateException.class,
        "may not leave gated task 'Work'");
  }

  @Test
  void a_signal_to_an_interrupting_boundary_event_is_refused() {
    ProcessInstance pi = declared();
    assertRefused(
        pi, () -> runtime.signalEventReceived("Skip"), LoopStateException.class, "may not leave");
  }

  @Test
  void signalling_the_execution_is_refused() {
    ProcessInstance pi = declared();
    String executionId =
        runtime
            .createExecutionQuery()
            .processInstanceId(pi.getId())
            .activityId("Work")
            .singleResult()
            .getId();
    assertRefused(pi, () -> runtime.signal(executionId), LoopStateException.class, "may not leave");
  }

  @Test
  void executing_the_interrupting_timer_job_is_refused() {
    ProcessInstance pi = declared();
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    assertRefused(
        pi, () -> management.executeJob(timer.getId()), LoopStateException.class, "may not leave");
  }

  @Test
  void deleting_the_task_is_refused() {
    ProcessInstance pi = declared();
    assertRefused(
        pi, () -> tasks.deleteTask(work(pi)), ProcessEngineException.class, "running process");
  }

  @Test
  void a_worker_bpmn_error_on_a_gated_external_task_is_refused() {
    ProcessInstance pi = declared();
    as("carol");
    loops.accept(work(pi), OK, null);
    tasks.complete(task(pi, "After").getId());
    var external = engine.getExternalTaskService();
    String extId = external.fetchAndLock(1, "w").topic("gated", 60_000).execute().get(0).getId();
    long acts = actCount(pi);

    assertThatThrownBy(() -> external.handleBpmnError(extId, "w", "SKIP"))
        .isInstanceOf(LoopStateException.class);

    assertThat(isWaitingAt(pi, "Ext")).isTrue();
    assertThat(actCount(pi)).isEqualTo(acts);
  }

  @Test
  void an_administrator_overrides_with_a_reason_recorded_as_its_own_act() {
    ProcessInstance pi = declared();
    as("ivan", "workers");
    assertRefused(
        pi,
        () -> loops.override(work(pi), "I say so"),
        LoopForbiddenException.class,
        "admin group");
    as("admin", "camunda-admin");
    assertRefused(pi, () -> loops.override(work(pi), " "), LoopInvalidActException.class, "reason");

    String taskId = work(pi);
    as("admin", "camunda-admin");
    loops.override(taskId, "customer on leave for a month; approved by head of IT");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.OVERRIDDEN);
    assertThat(isWaitingAt(pi, "After")).isTrue();
    Act last =
        audit.transcript(pi.getId()).stream()
            .filter(a -> a.taskId().equals(taskId))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(last.type()).isEqualTo(ActType.OVERRIDE);
    assertThat(last.actor()).isEqualTo("admin");
    assertThat(last.comment()).contains("customer on leave");
    assertThat(audit.verify(pi.getId()).intact()).isTrue();
  }

  @Test
  void after_an_override_without_completion_the_administrator_may_modify_the_instance() {
    ProcessInstance pi = declared();
    as("admin", "camunda-admin");
    loops.override(work(pi), "rerouting by hand", false);
    assertThat(isWaitingAt(pi, "Work")).isTrue();

    runtime
        .createProcessInstanceModification(pi.getId())
        .startBeforeActivity("After")
        .cancelAllForActivity("Work")
        .execute();

    assertThat(task(pi, "After")).isNotNull();
    assertThat(task(pi, "Work")).isNull();
  }

  @Test
  void after_an_override_without_completion_the_administrator_may_modify_by_batch() {
    ProcessInstance pi = declared();
    as("admin", "camunda-admin");
    loops.override(work(pi), "rerouting by hand", false);
    long batches = management.createBatchQuery().count();

    runtime
        .createModification(gated.getId())
        .startBeforeActivity("After")
        .cancelAllForActivity("Work")
        .processInstanceIds(pi.getId())
        .executeAsync();

    assertThat(management.createBatchQuery().count()).isEqualTo(batches + 1);
  }

  @Test
  void after_an_override_without_completion_camundas_own_complete_moves_the_token() {
    ProcessInstance pi = declared();
    as("admin", "camunda-admin");
    loops.override(work(pi), "the customer confirmed by phone", false);

    tasks.complete(work(pi));

    assertThat(task(pi, "After")).isNotNull();
  }

  @Test
  void deleting_the_whole_instance_ends_the_work_without_passing_the_gate() {
    ProcessInstance pi = declared();
    String taskId = work(pi);

    runtime.deleteProcessInstance(pi.getId(), "obsolete");

    assertThat(passedTheGate(pi)).isFalse();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
  }
}
