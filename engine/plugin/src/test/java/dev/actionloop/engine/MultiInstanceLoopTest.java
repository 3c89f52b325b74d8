package dev.actionloop.engine;

import static dev.actionloop.engine.GateModels.process;
import static dev.actionloop.engine.GateModels.work;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A multi-instance gated task: every instance is its own loop, and the multi-instance activity only
 * completes when each of them is accepted.
 */
class MultiInstanceLoopTest extends LoopEngineTestBase {

  private static final Map<String, Boolean> OK = Map.of("ok", true);

  @BeforeAll
  static void deployModels() {
    deployMi("parallel", "<bpmn:loopCardinality>3</bpmn:loopCardinality>", false);
    deployMi("sequential", "<bpmn:loopCardinality>3</bpmn:loopCardinality>", true);
    // allowed by loop/multi-instance-completion: nothing else is open when the condition is checked
    deployMi(
        "sequentialUntil",
        "<bpmn:loopCardinality>3</bpmn:loopCardinality><bpmn:completionCondition>"
            + "${nrOfCompletedInstances &gt;= 1}</bpmn:completionCondition>",
        true);
  }

  private static void deployMi(String key, String inner, boolean sequential) {
    String mi =
        "<bpmn:multiInstanceLoopCharacteristics isSequential=\""
            + sequential
            + "\">"
            + inner
            + "</bpmn:multiInstanceLoopCharacteristics>";
    String body =
        work(mi)
            + "<bpmn:sequenceFlow id=\"w1\" sourceRef=\"Work\" targetRef=\"After\"/>"
            + "<bpmn:userTask id=\"After\"/>";
    // Start -> Work (multi-instance) -> After -> End
    String xml =
        process(key, "Work", body, "")
            .replace(
                "<bpmn:sequenceFlow id=\"Out\" sourceRef=\"Work\"",
                "<bpmn:sequenceFlow id=\"Out\" sourceRef=\"After\"");
    repository.createDeployment().addString(key + ".bpmn", xml).deploy();
  }

  private static List<Task> open(ProcessInstance pi) {
    return tasks
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey("Work")
        .orderByTaskId()
        .asc()
        .list();
  }

  private static void acceptedBy(String taskId) {
    as("ivan", "workers");
    loops.promise(taskId, null, null);
    loops.declare(taskId, OK, null);
    as("carol");
    loops.accept(taskId, OK, null);
    asNobody();
  }

  private static long loopsIn(ProcessInstance pi, LoopState state) {
    return loops.createLoopQuery().processInstanceId(pi.getId()).state(state).count();
  }

  @Test
  void parallel_every_instance_is_its_own_loop_and_all_must_be_accepted() {
    ProcessInstance pi = startAs("carol", "parallel");
    List<Task> instances = open(pi);
    assertThat(instances).hasSize(3);
    assertThat(loopsIn(pi, LoopState.REQUESTED)).isEqualTo(3);

    acceptedBy(instances.get(0).getId());
    acceptedBy(instances.get(1).getId());

    assertThat(isWaitingAt(pi, "After")).isFalse();
    assertThat(open(pi)).extracting(Task::getId).containsExactly(instances.get(2).getId());
    assertThat(loopsIn(pi, LoopState.ACCEPTED)).isEqualTo(2);

    acceptedBy(instances.get(2).getId());

    assertThat(isWaitingAt(pi, "After")).isTrue();
    assertThat(loopsIn(pi, LoopState.ACCEPTED)).isEqualTo(3);
  }

  @Test
  void sequential_each_instance_starts_its_loop_after_the_previous_one_is_accepted() {
    ProcessInstance pi = startAs("carol", "sequential");
    for (int i = 1; i <= 3; i++) {
      assertThat(isWaitingAt(pi, "After")).isFalse();
      List<Task> instances = open(pi);
      assertThat(instances).hasSize(1);
      assertThat(loopsIn(pi, LoopState.REQUESTED)).isEqualTo(1);
      acceptedBy(instances.get(0).getId());
      assertThat(loopsIn(pi, LoopState.ACCEPTED)).isEqualTo(i);
    }
    assertThat(isWaitingAt(pi, "After")).isTrue();
  }

  @Test
  void sequential_with_a_completion_condition_ends_after_an_accepted_instance() {
    ProcessInstance pi = startAs("carol", "sequentialUntil");

    acceptedBy(open(pi).get(0).getId());

    assertThat(isWaitingAt(pi, "After")).isTrue();
    assertThat(open(pi)).isEmpty();
    assertThat(loops.createLoopQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
  }

  @Test
  void completing_one_instance_declares_only_that_instance() {
    ProcessInstance pi = startAs("carol", "parallel");
    List<Task> instances = open(pi);
    as("ivan", "workers");
    loops.promise(instances.get(0).getId(), null, null);
    tasks.complete(instances.get(0).getId(), Map.of());
    asNobody();

    assertThat(loops.getLoop(instances.get(0).getId()).state()).isEqualTo(LoopState.DECLARED);
    assertThat(loops.getLoop(instances.get(1).getId()).state()).isEqualTo(LoopState.REQUESTED);
    assertThat(open(pi)).hasSize(3);
  }
}
