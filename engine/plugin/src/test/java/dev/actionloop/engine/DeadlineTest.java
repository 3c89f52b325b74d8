package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** promise-within and accept-within: a missed deadline is an act and a BPMN escalation. */
class DeadlineTest extends LoopEngineTestBase {

  private static final Instant T0 = Instant.parse("2030-03-02T09:00:00Z");

  @BeforeAll
  static void deployModels() {
    deploy("deadline.bpmn");
  }

  @BeforeEach
  void startTheClock() {
    ClockUtil.setCurrentTime(Date.from(T0));
  }

  private static void later(Duration d) {
    ClockUtil.setCurrentTime(Date.from(T0.plus(d)));
  }

  private static Job deadlineJob(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
  }

  @Test
  void the_promise_deadline_is_set_when_the_task_is_requested() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");

    Loop loop = loops.getLoop(task(pi, "Work").getId());
    assertThat(loop.promiseDeadline()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(deadlineJob(pi).getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(1))));
  }

  @Test
  void no_promise_in_time_is_recorded_and_escalated_and_the_task_stays() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");
    String work = task(pi, "Work").getId();

    later(Duration.ofMinutes(61));
    management.executeJob(deadlineJob(pi).getId());

    assertThat(audit.transcript(pi.getId()))
        .extracting(Act::type, Act::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActType.REQUEST, "actionloop"),
            org.assertj.core.groups.Tuple.tuple(ActType.PROMISE_OVERDUE, "actionloop"));
    assertThat(task(pi, "Chase")).isNotNull();
    assertThat(loops.getLoop(work).state()).isEqualTo(LoopState.REQUESTED);
    assertThat(isWaitingAt(pi, "Work")).isTrue();
  }

  @Test
  void a_promise_in_time_removes_the_deadline() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");
    as("ivan");
    loops.promise(task(pi, "Work").getId(), null, null);

    assertThat(deadlineJob(pi)).isNull();
  }

  @Test
  void a_declare_without_a_promise_removes_the_promise_deadline_and_starts_the_accept_deadline() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");
    String work = task(pi, "Work").getId();
    later(Duration.ofMinutes(10));
    as("ivan");
    loops.declare(work, Map.of("ok", true), "done straight away");

    Job job = deadlineJob(pi);
    assertThat(job.getDuedate())
        .isEqualTo(Date.from(T0.plus(Duration.ofMinutes(10)).plus(Duration.ofDays(1))));
    assertThat(loops.getLoop(work).acceptDeadline())
        .isEqualTo(T0.plus(Duration.ofMinutes(10)).plus(Duration.ofDays(1)));
    assertThat(audit.transcript(pi.getId()))
        .extracting(Act::type)
        .containsExactly(ActType.REQUEST, ActType.PROMISE, ActType.DECLARE);
  }

  @Test
  void a_deadline_job_run_early_by_hand_changes_nothing() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");

    management.executeJob(deadlineJob(pi).getId());

    assertThat(actCount(pi)).isEqualTo(1);
    assertThat(task(pi, "Chase")).isNull();
    assertThat(deadlineJob(pi).getDuedate()).isEqualTo(Date.from(T0.plus(Duration.ofHours(1))));
  }

  @Test
  void no_decision_in_time_after_a_declare_is_recorded_and_escalated() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");
    String work = task(pi, "Work").getId();
    as("ivan");
    loops.promise(work, null, null);
    loops.declare(work, Map.of("ok", true), null);
    assertThat(loops.getLoop(work).acceptDeadline()).isEqualTo(T0.plus(Duration.ofDays(1)));

    later(Duration.ofDays(2));
    management.executeJob(deadlineJob(pi).getId());

    assertThat(audit.transcript(pi.getId())).extracting(Act::type).endsWith(ActType.ACCEPT_OVERDUE);
    assertThat(task(pi, "Remind")).isNotNull();
    assertThat(loops.getLoop(work).state()).isEqualTo(LoopState.DECLARED);
  }

  @Test
  void a_decision_in_time_removes_the_accept_deadline() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("deadline");
    String work = task(pi, "Work").getId();
    as("ivan");
    loops.promise(work, null, null);
    loops.declare(work, Map.of("ok", true), null);
    as("carol");
    loops.reject(work, "not yet", null);

    assertThat(deadlineJob(pi)).isNull();
    assertThat(loops.getLoop(work).acceptDeadline()).isNull();
  }
}
