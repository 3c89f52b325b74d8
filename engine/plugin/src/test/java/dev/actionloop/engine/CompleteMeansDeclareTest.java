package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Camunda's own "complete" on a gated task declares it done and never moves the token: Java API,
 * form submit and external task workers alike.
 */
class CompleteMeansDeclareTest extends LoopEngineTestBase {

  @BeforeAll
  static void deployModels() {
    deploy("provision.bpmn", "review.bpmn", "plain.bpmn");
  }

  @Test
  void completing_a_requested_task_promises_and_declares_it_and_the_token_stays() {
    ProcessInstance pi = startAs("carol", "provision");
    String taskId = task(pi, "Provision").getId();

    as("ivan", "it-desk");
    tasks.complete(taskId, Map.of("assetTag", "A-7"));

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.DECLARED);
    assertThat(loop.promisedBy()).isEqualTo("ivan");
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
    assertThat(runtime.getVariable(pi.getId(), "assetTag")).isEqualTo("A-7");
    assertThat(audit.transcript(pi.getId()))
        .extracting(Act::type)
        .containsExactly(ActType.REQUEST, ActType.PROMISE, ActType.DECLARE);
  }

  @Test
  void completing_is_refused_while_a_checked_condition_is_false_and_nothing_changes() {
    ProcessInstance pi = startAs("carol", "provision");
    String taskId = task(pi, "Provision").getId();

    as("ivan", "it-desk");
    assertThatThrownBy(() -> tasks.complete(taskId))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("tag");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
    assertThat(actCount(pi)).isEqualTo(1);
  }

  @Test
  void completing_a_declared_task_again_is_refused() {
    ProcessInstance pi = startAs("carol", "provision");
    String taskId = task(pi, "Provision").getId();
    as("ivan", "it-desk");
    tasks.complete(taskId, Map.of("assetTag", "A-7"));

    assertThatThrownBy(() -> tasks.complete(taskId))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("DECLARED");
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
  }

  @Test
  void the_customer_cannot_accept_by_completing_the_task() {
    ProcessInstance pi = startAs("carol", "provision");
    String taskId = task(pi, "Provision").getId();
    as("ivan", "it-desk");
    tasks.complete(taskId, Map.of("assetTag", "A-7"));

    as("carol");
    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("accepted", true)))
        .isInstanceOf(LoopStateException.class);
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
  }

  @Test
  void submitting_the_task_form_declares_it_too() {
    ProcessInstance pi = startAs("carol", "provision");
    String taskId = task(pi, "Provision").getId();

    as("ivan", "it-desk");
    engine.getFormService().submitTaskForm(taskId, Map.of("assetTag", "A-8"));

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
  }

  @Test
  void an_external_worker_completing_declares_and_the_task_is_held_until_the_customer_decides() {
    ProcessInstance pi = startAs("boss", "review");
    String check = task(pi, "Check").getId();
    as("ivan", "clerks");
    tasks.complete(check);
    as("mia", "managers");
    loops.accept(check, Map.of("receipts", true), null);
    assertThat(isWaitingAt(pi, "Book")).isTrue();

    as("ivan", "clerks");
    List<LockedExternalTask> locked =
        engine
            .getExternalTaskService()
            .fetchAndLock(1, "worker-1")
            .topic("booking", 60_000)
            .execute();
    assertThat(locked).hasSize(1);
    String bookId = locked.get(0).getId();
    engine.getExternalTaskService().complete(bookId, "worker-1");

    assertThat(loops.getLoop(bookId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(isWaitingAt(pi, "Book")).isTrue();
    assertThat(
            engine
                .getExternalTaskService()
                .fetchAndLock(1, "worker-2")
                .topic("booking", 60_000)
                .execute())
        .isEmpty();

    as("mia", "managers");
    loops.reject(bookId, "wrong account", java.util.Set.of("booked"));
    assertThat(
            engine
                .getExternalTaskService()
                .fetchAndLock(1, "worker-2")
                .topic("booking", 60_000)
                .execute())
        .hasSize(1);
    as("ivan", "clerks");
    engine.getExternalTaskService().complete(bookId, "worker-2");
    as("mia", "managers");
    loops.accept(bookId, Map.of("booked", true), null);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void a_worker_without_a_performer_identity_cannot_declare() {
    ProcessInstance pi = startAs("boss", "review");
    String check = task(pi, "Check").getId();
    as("ivan", "clerks");
    tasks.complete(check);
    as("mia", "managers");
    loops.accept(check, Map.of("receipts", true), null);
    asNobody();
    String bookId =
        engine
            .getExternalTaskService()
            .fetchAndLock(1, "w")
            .topic("booking", 60_000)
            .execute()
            .get(0)
            .getId();

    assertThatThrownBy(() -> engine.getExternalTaskService().complete(bookId, "w"))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(isWaitingAt(pi, "Book")).isTrue();
  }

  @Test
  void models_without_actionloop_behave_as_plain_camunda() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("plain");
    String work = task(pi, "Work").getId();

    tasks.complete(work); // nobody authenticated, nobody accepts: plain Camunda
    workerCompletesTheWorkTopic();

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(actCount(pi)).isZero();
    as("ann");
    assertThat(loops.createLoopQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void completing_tasks_of_models_without_actionloop_never_reads_the_loop_tables() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("plain");
    String work = task(pi, "Work").getId();
    String standalone = "standalone-" + UUID.randomUUID();
    tasks.saveTask(tasks.newTask(standalone));
    sql("ALTER TABLE loop_task RENAME TO loop_task_away");
    try {
      tasks.complete(work);
      tasks.complete(standalone);
      workerCompletesTheWorkTopic();
    } finally {
      sql("ALTER TABLE loop_task_away RENAME TO loop_task");
    }

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    engine.getHistoryService().deleteHistoricTaskInstance(standalone);
  }

  /** Worker "w" fetches the one task of topic "work" and completes it. */
  private static void workerCompletesTheWorkTopic() {
    var external = engine.getExternalTaskService();
    String id = external.fetchAndLock(1, "w").topic("work", 1000).execute().get(0).getId();
    external.complete(id, "w");
  }
}
