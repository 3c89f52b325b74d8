package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A gated task in a called process: an interrupting event on the calling activity would end the
 * called instance as a whole and move the caller on. The validator sees one model at a time, so the
 * backstop refuses it at run time; deleting the caller's whole instance stays allowed.
 */
class CallActivityGateTest extends LoopEngineTestBase {

  private static final String CALLER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="Definitions_caller" targetNamespace="http://actionloop.dev/test">
        <bpmn:process id="caller" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="Start"/>
          <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="CallWork"/>
          <bpmn:callActivity id="CallWork" calledElement="calledGate"/>
          <bpmn:sequenceFlow id="f2" sourceRef="CallWork" targetRef="Done"/>
          <bpmn:userTask id="Done" camunda:assignee="carol"/>
          <bpmn:sequenceFlow id="f3" sourceRef="Done" targetRef="End"/>
          <bpmn:endEvent id="End"/>
          <bpmn:boundaryEvent id="TooLate" attachedToRef="CallWork" cancelActivity="true">
            <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration>
            </bpmn:timerEventDefinition>
          </bpmn:boundaryEvent>
          <bpmn:sequenceFlow id="f4" sourceRef="TooLate" targetRef="Skipped"/>
          <bpmn:userTask id="Skipped" camunda:assignee="carol"/>
          <bpmn:sequenceFlow id="f5" sourceRef="Skipped" targetRef="End2"/>
          <bpmn:endEvent id="End2"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  @BeforeAll
  static void deployModels() {
    repository
        .createDeployment()
        .addString(
            "called-gate.bpmn", GateModels.process("calledGate", "Work", GateModels.work(""), ""))
        .addString("caller.bpmn", CALLER)
        .deploy();
  }

  private static ProcessInstance calledInstance(ProcessInstance caller) {
    return runtime
        .createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId())
        .singleResult();
  }

  @Test
  void an_interrupting_timer_on_the_call_activity_cannot_move_the_caller_past_the_gate() {
    ProcessInstance caller = startAs("carol", "caller");
    ProcessInstance called = calledInstance(caller);
    String taskId = task(called, "Work").getId();
    Job timer = management.createJobQuery().processInstanceId(caller.getId()).singleResult();
    long acts = actCount(called);

    assertThatThrownBy(() -> management.executeJob(timer.getId()))
        .hasMessageContaining("may not leave gated task 'Work'");

    assertThat(isWaitingAt(caller, "CallWork")).isTrue();
    assertThat(isWaitingAt(caller, "Skipped")).isFalse();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
    assertThat(actCount(called)).isEqualTo(acts);
  }

  @Test
  void the_called_gated_task_runs_its_loop_and_returns_to_the_caller() {
    ProcessInstance caller = startAs("carol", "caller");
    ProcessInstance called = calledInstance(caller);
    String taskId = task(called, "Work").getId();

    as("wendy", "workers");
    loops.declare(taskId, Map.of("ok", true), "done");
    as("carol");
    loops.accept(taskId, Map.of("ok", true), null);

    assertThat(isWaitingAt(caller, "Done")).isTrue();
    assertThat(audit.verify(called.getId()).intact()).isTrue();
  }

  @Test
  void deleting_the_callers_whole_instance_is_still_allowed() {
    ProcessInstance caller = startAs("carol", "caller");
    ProcessInstance called = calledInstance(caller);
    String taskId = task(called, "Work").getId();

    runtime.deleteProcessInstance(caller.getId(), "no longer needed");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(called.getId()).count())
        .isZero();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void deleting_only_the_called_instance_with_an_open_loop_is_refused() {
    ProcessInstance caller = startAs("carol", "caller");
    ProcessInstance called = calledInstance(caller);
    String taskId = task(called, "Work").getId();

    assertThatThrownBy(() -> runtime.deleteProcessInstance(called.getId(), "shortcut"))
        .hasMessageContaining("may not leave gated task 'Work'");

    assertThat(calledInstance(caller)).isNotNull();
    assertThat(isWaitingAt(caller, "CallWork")).isTrue();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
  }
}
