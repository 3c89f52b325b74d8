package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Work lists: what awaits my promise, my promises, what awaits my acceptance, and filters. */
class LoopQueryTest extends LoopEngineTestBase {

  @BeforeAll
  static void deployModels() {
    deploy("review.bpmn");
  }

  private static LoopQuery query() {
    return loops.createLoopQuery();
  }

  @Test
  void each_side_sees_what_waits_for_them() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = task(pi, "Check").getId();

    as("ivan", "clerks");
    assertThat(query().awaitingMyPromise().processInstanceId(pi.getId()).list())
        .extracting(Loop::taskId)
        .containsExactly(taskId);
    as("mallory", "sales");
    assertThat(query().awaitingMyPromise().processInstanceId(pi.getId()).count()).isZero();

    as("ivan", "clerks");
    loops.promise(taskId, null, null);
    assertThat(query().awaitingMyPromise().processInstanceId(pi.getId()).count()).isZero();
    assertThat(query().myPromises().processInstanceId(pi.getId()).count()).isEqualTo(1);

    loops.declare(taskId, Map.of("receipts", true), null);
    as("mia", "managers");
    assertThat(query().awaitingMyAcceptance().processInstanceId(pi.getId()).singleResult().taskId())
        .isEqualTo(taskId);
    assertThat(query().asCustomer().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(query().asPerformer().processInstanceId(pi.getId()).count()).isZero();
    // the performer sees it as theirs, never as awaiting their acceptance
    as("ivan", "clerks", "managers");
    assertThat(query().awaitingMyAcceptance().processInstanceId(pi.getId()).count()).isZero();
    assertThat(query().asPerformer().processInstanceId(pi.getId()).count()).isEqualTo(1);
  }

  @Test
  void the_task_assignee_and_candidates_count_as_performers() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = task(pi, "Check").getId();
    tasks.addCandidateUser(taskId, "temp");

    as("temp");
    assertThat(query().awaitingMyPromise().processInstanceId(pi.getId()).count()).isEqualTo(1);
    loops.promise(taskId, null, null);
    assertThat(loops.getLoop(taskId).promisedBy()).isEqualTo("temp");
  }

  @Test
  void filters_by_process_state_round_activity_and_task() {
    ProcessInstance pi = startAs("boss", "review");
    String taskId = task(pi, "Check").getId();
    as("ivan", "clerks");
    loops.promise(taskId, null, null);
    loops.declare(taskId, Map.of("receipts", true), null);
    as("mia", "managers");
    loops.reject(taskId, "missing receipt", Set.of("receipts"));

    asNobody();
    assertThat(query().processInstanceId(pi.getId()).state(LoopState.PROMISED).round(2).count())
        .isEqualTo(1);
    assertThat(query().processInstanceId(pi.getId()).round(1).count()).isZero();
    assertThat(query().processDefinitionKey("review").taskId(taskId).activityId("Check").count())
        .isEqualTo(1);
    assertThat(query().processInstanceId(pi.getId()).state(LoopState.ACCEPTED).list()).isEmpty();
    assertThat(query().processInstanceId(pi.getId()).state().count()).isZero();
  }

  @Test
  void my_lists_need_an_authenticated_user() {
    asNobody();
    assertThatThrownBy(() -> query().awaitingMyAcceptance().list())
        .isInstanceOf(LoopForbiddenException.class);
  }
}
