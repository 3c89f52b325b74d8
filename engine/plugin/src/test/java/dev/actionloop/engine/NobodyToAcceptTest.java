package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A party expression that resolves to nobody when the task is created does not leave the work
 * silently stuck: the call that led there fails, naming task, lane and expression, and rolls back.
 */
class NobodyToAcceptTest extends LoopEngineTestBase {

  @BeforeAll
  static void deployModels() {
    deploy("nobody.bpmn");
  }

  @Test
  void a_start_without_an_initiator_fails_and_leaves_nothing_behind() {
    long loopRows = sqlCount("SELECT COUNT(*) FROM loop_task");
    long acts = sqlCount("SELECT COUNT(*) FROM loop_act");
    long parties = sqlCount("SELECT COUNT(*) FROM loop_party");
    asNobody();

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("nobodyAtStart"))
        .isInstanceOf(LoopException.class)
        .hasMessage(
            "ActionLoop: task 'approve' has no customer: lane 'Requester' party '${initiator}'"
                + " resolved to nobody");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("nobodyAtStart").count())
        .isZero();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("approve").count()).isZero();
    assertThat(sqlCount("SELECT COUNT(*) FROM loop_task")).isEqualTo(loopRows);
    assertThat(sqlCount("SELECT COUNT(*) FROM loop_act")).isEqualTo(acts);
    assertThat(sqlCount("SELECT COUNT(*) FROM loop_party")).isEqualTo(parties);
  }

  @Test
  void a_blank_or_null_variable_is_nobody_too() {
    assertThatThrownBy(
            () -> runtime.startProcessInstanceByKey("nobodyAtStart", Map.of("initiator", "  ")))
        .isInstanceOf(LoopException.class)
        .hasMessageContaining("resolved to nobody");
    java.util.Map<String, Object> nullInitiator = new java.util.HashMap<>();
    nullInitiator.put("initiator", null);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("nobodyAtStart", nullInitiator))
        .isInstanceOf(LoopException.class)
        .hasMessageContaining("resolved to nobody");
  }

  @Test
  void with_an_initiator_the_same_model_starts() {
    ProcessInstance pi = startAs("carol", "nobodyAtStart");

    assertThat(loops.getLoop(task(pi, "approve").getId()).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void a_complete_that_leads_to_a_task_without_customer_fails_and_rolls_back() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("nobodyLater");
    String prepare = task(pi, "prepare").getId();
    long loopRows = sqlCount("SELECT COUNT(*) FROM loop_task");

    assertThatThrownBy(() -> tasks.complete(prepare))
        .isInstanceOf(LoopException.class)
        .hasMessage(
            "ActionLoop: task 'check' has no customer: lane 'Approver' party '${approver}'"
                + " resolved to nobody");

    assertThat(task(pi, "prepare")).isNotNull();
    assertThat(isWaitingAt(pi, "check")).isFalse();
    assertThat(sqlCount("SELECT COUNT(*) FROM loop_task")).isEqualTo(loopRows);

    tasks.complete(prepare, Map.of("approver", "dana"));
    assertThat(loops.getLoop(task(pi, "check").getId()).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void an_external_task_whose_performers_resolve_to_nobody_fails() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("nobodyWorks"))
        .isInstanceOf(LoopException.class)
        .hasMessage(
            "ActionLoop: task 'work' has no performer: lane 'Workers' party '${worker}'"
                + " resolved to nobody");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("nobodyWorks").count())
        .isZero();

    runtime.startProcessInstanceByKey("nobodyWorks", Map.of("worker", "group:robots"));
  }

  @Test
  void a_user_task_whose_performer_lane_names_nobody_relies_on_camunda_assignment() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("nobodyButAssigned");
    String taskId = task(pi, "task").getId();

    as("ivan", "clerks");
    loops.promise(taskId, null, null);
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.PROMISED);
  }
}
