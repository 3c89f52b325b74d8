package dev.actionloop.engine;

import static dev.actionloop.engine.GateModels.CANCELLED;
import static dev.actionloop.engine.GateModels.ESCALATION;
import static dev.actionloop.engine.GateModels.MESSAGE;
import static dev.actionloop.engine.GateModels.RELEASED;
import static dev.actionloop.engine.GateModels.SIGNAL;
import static dev.actionloop.engine.GateModels.TIMER;
import static dev.actionloop.engine.GateModels.boundary;
import static dev.actionloop.engine.GateModels.eventSubProcess;
import static dev.actionloop.engine.GateModels.process;
import static dev.actionloop.engine.GateModels.work;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An event that would take the token from a gated task is refused when the model is deployed
 * ({@code loop/interrupting-event}, {@code loop/multi-instance-completion}), instead of failing at
 * run time against the backstop; the events that cannot take it deploy and behave.
 */
class InterruptingEventsTest extends LoopEngineTestBase {

  private static final Map<String, Boolean> OK = Map.of("ok", true);

  static Stream<Arguments> forbidden() {
    String subProcess =
        "<bpmn:subProcess id=\"Review\"><bpmn:startEvent id=\"SubStart\"/>"
            + "<bpmn:sequenceFlow id=\"s1\" sourceRef=\"SubStart\" targetRef=\"Work\"/>"
            + work("")
            + "<bpmn:sequenceFlow id=\"s2\" sourceRef=\"Work\" targetRef=\"SubEnd\"/>"
            + "<bpmn:endEvent id=\"SubEnd\"/></bpmn:subProcess>";
    String parallel =
        "<bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality>"
            + "<bpmn:completionCondition>${nrOfCompletedInstances &gt;= 2}"
            + "</bpmn:completionCondition></bpmn:multiInstanceLoopCharacteristics>";
    return Stream.of(
        Arguments.of(
            "a timer boundary on the gated task",
            process("timer", "Work", work("") + boundary("Late", "Work", true, TIMER), ""),
            "loop/interrupting-event",
            "Late"),
        Arguments.of(
            "an interrupting escalation boundary on the gated task",
            process(
                "escalation", "Work", work("") + boundary("Overdue", "Work", true, ESCALATION), ""),
            "loop/interrupting-event",
            "Overdue"),
        Arguments.of(
            "a message boundary on a sub-process holding the gated task",
            process(
                "subMessage",
                "Review",
                subProcess + boundary("Withdrawn", "Review", true, MESSAGE),
                "Review"),
            "loop/interrupting-event",
            "Withdrawn"),
        Arguments.of(
            "an interrupting event sub-process beside the gated task",
            process("eventSub", "Work", work("") + eventSubProcess("Shortcut", true, SIGNAL), ""),
            "loop/interrupting-event",
            "Shortcut"),
        Arguments.of(
            "a parallel multi-instance gated task with a completion condition",
            process("miCompletion", "Work", work(parallel), ""),
            "loop/multi-instance-completion",
            "Work"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbidden")
  void is_refused_at_deploy_naming_code_and_element(
      String shape, String xml, String code, String element) {
    assertDeployRefused(() -> deployString(xml), code, element);
  }

  /** Non-interrupting timer, escalation and event sub-process; error boundary and sub-process. */
  private static String allowed() {
    return process(
        "allowed",
        "Work",
        work("")
            + "<bpmn:boundaryEvent id=\"Nudge\" attachedToRef=\"Work\" cancelActivity=\"false\">"
            + TIMER
            + "</bpmn:boundaryEvent><bpmn:sequenceFlow id=\"n1\" sourceRef=\"Nudge\""
            + " targetRef=\"Remind\"/><bpmn:userTask id=\"Remind\"/>"
            + "<bpmn:sequenceFlow id=\"n2\" sourceRef=\"Remind\" targetRef=\"Reminded\"/>"
            + "<bpmn:endEvent id=\"Reminded\"/>"
            + boundary("Overdue", "Work", false, ESCALATION)
            + boundary("OnCancel", "Work", true, CANCELLED)
            + eventSubProcess("Note", false, MESSAGE)
            + eventSubProcess("OnRelease", true, RELEASED),
        "");
  }

  @Test
  void a_non_interrupting_timer_fires_and_the_loop_stays_open_until_accepted() {
    deployString(allowed());
    ProcessInstance pi = startAs("carol", "allowed");
    String work = task(pi, "Work").getId();

    Job timer = management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    management.executeJob(timer.getId());

    assertThat(isWaitingAt(pi, "Remind")).isTrue();
    assertThat(isWaitingAt(pi, "Work")).isTrue();
    assertThat(loops.getLoop(work).state()).isEqualTo(LoopState.REQUESTED);

    as("ivan", "workers");
    loops.promise(work, null, null);
    loops.declare(work, OK, null);
    as("carol");
    loops.accept(work, OK, null);

    assertThat(isWaitingAt(pi, "Work")).isFalse();
    assertThat(loops.getLoop(work).state()).isEqualTo(LoopState.ACCEPTED);
  }

  @Test
  void the_loops_own_errors_are_caught_by_an_error_boundary_and_an_error_event_sub_process() {
    deployString(allowed());
    ProcessInstance cancelled = startAs("carol", "allowed");
    as("carol");
    loops.cancel(task(cancelled, "Work").getId(), "not needed");
    assertThat(passed(cancelled, "OnCancel")).isTrue();

    ProcessInstance released = startAs("carol", "allowed");
    String work = task(released, "Work").getId();
    as("ivan", "workers");
    loops.promise(work, null, null);
    loops.release(work, "cannot do it");
    assertThat(passed(released, "OnRelease_start")).isTrue();
  }
}
