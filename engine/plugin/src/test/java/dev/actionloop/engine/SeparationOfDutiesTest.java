package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whoever performed a task never accepts or rejects it, by any route. */
class SeparationOfDutiesTest extends LoopEngineTestBase {

  private static final Map<String, Boolean> ALL = Map.of("receipts", true);

  @BeforeAll
  static void deployModels() {
    deploy("review.bpmn");
  }

  private String declaredBy(ProcessInstance pi, String performer, String... groups) {
    String taskId = task(pi, "Check").getId();
    as(performer, groups);
    loops.promise(taskId, null, null);
    loops.declare(taskId, ALL, "checked");
    return taskId;
  }

  @Test
  void a_user_in_both_parties_may_perform_but_never_accept_their_own_work() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = declaredBy(pi, "pat", "clerks", "managers");

    as("pat", "clerks", "managers");
    assertThatThrownBy(() -> loops.accept(taskId, ALL, null))
        .isInstanceOf(LoopForbiddenException.class)
        .hasMessageContaining("separation of duties");
    assertThatThrownBy(() -> loops.reject(taskId, "meh", null))
        .isInstanceOf(LoopForbiddenException.class)
        .hasMessageContaining("separation of duties");

    as("mia", "managers");
    loops.accept(taskId, ALL, null);
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.ACCEPTED);
  }

  @Test
  void a_performer_who_later_joins_the_customer_group_still_cannot_accept() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = declaredBy(pi, "ivan", "clerks");

    as("ivan", "clerks", "managers");
    assertThatThrownBy(() -> loops.accept(taskId, ALL, null))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
  }

  @Test
  void a_customer_made_assignee_who_declares_cannot_accept_it() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = task(pi, "Check").getId();
    as("ivan", "clerks");
    loops.promise(taskId, null, null);
    tasks.setAssignee(taskId, "mia"); // reassigned to a manager

    as("mia", "managers");
    loops.declare(taskId, ALL, "did it myself");
    assertThatThrownBy(() -> loops.accept(taskId, ALL, null))
        .isInstanceOf(LoopForbiddenException.class)
        .hasMessageContaining("separation of duties");
  }

  @Test
  void a_promiser_cannot_accept_after_someone_else_declared() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = task(pi, "Check").getId();
    as("pat", "clerks", "managers");
    loops.promise(taskId, null, null);
    as("ivan", "clerks");
    loops.declare(taskId, ALL, null);

    as("pat", "clerks", "managers");
    assertThatThrownBy(() -> loops.accept(taskId, ALL, null))
        .isInstanceOf(LoopForbiddenException.class);
  }

  @Test
  void delegation_does_not_launder_the_performer() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = task(pi, "Check").getId();
    as("pat", "clerks", "managers");
    loops.promise(taskId, null, null);
    tasks.delegateTask(taskId, "ivan");
    as("ivan", "clerks");
    tasks.resolveTask(taskId);
    as("pat", "clerks", "managers");
    loops.declare(taskId, ALL, null);

    assertThatThrownBy(() -> loops.accept(taskId, ALL, null))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
  }
}
