package dev.actionloop.engine;

import static dev.actionloop.engine.GateModels.TIMER;
import static dev.actionloop.engine.GateModels.boundary;
import static dev.actionloop.engine.GateModels.process;
import static dev.actionloop.engine.GateModels.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * {@code setRefuseInterruptingEvents(false)} lets such a model deploy, and only that: the backstop
 * still keeps the token at the gated task, and every other rule still refuses.
 */
@LoopEngineTestBase.AllowInterruptingEvents
class InterruptingEventsOptOutTest extends LoopEngineTestBase {

  @Test
  void the_model_deploys_and_the_backstop_refuses_the_interrupting_timer() {
    repository
        .createDeployment()
        .addString(
            "timer.bpmn",
            process("timer", "Work", work("") + boundary("Late", "Work", true, TIMER), ""))
        .deploy();
    ProcessInstance pi = startAs("carol", "timer");
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();

    assertThatThrownBy(() -> management.executeJob(timer.getId()))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("may not leave gated task 'Work'");

    assertThat(isWaitingAt(pi, "Work")).isTrue();
    assertThat(loops.getLoop(task(pi, "Work").getId()).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void a_parallel_completion_condition_cannot_cancel_the_open_instances() {
    String mi =
        "<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>2</bpmn:loopCardinality>"
            + "<bpmn:completionCondition>${nrOfCompletedInstances &gt;= 1}"
            + "</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>";
    repository
        .createDeployment()
        .addString("mi.bpmn", process("miCompletion", "Work", work(mi), ""))
        .deploy();
    ProcessInstance pi = startAs("carol", "miCompletion");
    List<Task> instances =
        tasks.createTaskQuery().processInstanceId(pi.getId()).orderByTaskId().asc().list();
    String first = instances.get(0).getId();
    as("ivan", "workers");
    loops.promise(first, null, null);
    loops.declare(first, Map.of("ok", true), null);
    as("carol");

    assertThatThrownBy(() -> loops.accept(first, Map.of("ok", true), null))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("may not leave gated task 'Work'");

    assertThat(loops.getLoop(first).state()).isEqualTo(LoopState.DECLARED);
    assertThat(loops.getLoop(instances.get(1).getId()).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void other_rules_still_refuse() {
    assertThatThrownBy(() -> deploy("invalid/no-customer.bpmn"))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("loop/task-customer on 'Work'");
  }
}
