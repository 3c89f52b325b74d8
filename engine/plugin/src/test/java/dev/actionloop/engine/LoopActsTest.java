package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loop of one gated user task: request, promise, declare, accept or reject, with its rules. */
class LoopActsTest extends LoopEngineTestBase {

  @BeforeAll
  static void deployModels() {
    deploy("provision.bpmn", "plain.bpmn");
  }

  private ProcessInstance requestLaptop() {
    return startAs("carol", "provision");
  }

  private String provisionTask(ProcessInstance pi) {
    return task(pi, "Provision").getId();
  }

  private void promiseAndDeclare(ProcessInstance pi, String performer) {
    String taskId = provisionTask(pi);
    as(performer, "it-desk");
    loops.promise(taskId, null, "on it");
    runtime.setVariable(pi.getId(), "assetTag", "A-1");
    loops.declare(taskId, Map.of("image", true, "tag", true), "imaged and tagged");
  }

  @Test
  void a_new_gated_task_is_requested_with_its_customer_performer_and_conditions() {
    ProcessInstance pi = requestLaptop();

    Loop loop = loops.getLoop(provisionTask(pi));

    assertThat(loop.state()).isEqualTo(LoopState.REQUESTED);
    assertThat(loop.round()).isEqualTo(1);
    assertThat(loop.customer().users()).containsExactly("carol");
    assertThat(loop.performer().groups()).contains("it-desk");
    assertThat(loop.conditions())
        .extracting(Condition::id)
        .containsExactly("image", "tag", "early");
    assertThat(loop.conditions().get(2).required()).isFalse();
    assertThat(loop.processDefinitionKey()).isEqualTo("provision");
    assertThat(audit.transcript(pi.getId())).extracting(Act::type).containsExactly(ActType.REQUEST);
  }

  @Test
  void promise_declare_accept_moves_the_token_on() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    promiseAndDeclare(pi, "ivan");
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(isWaitingAt(pi, "Provision")).isTrue();

    as("carol");
    loops.accept(taskId, Map.of("image", true, "tag", true), "thanks");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.ACCEPTED);
    assertThat(isWaitingAt(pi, "HandOver")).isTrue();
    assertThat(audit.transcript(pi.getId()))
        .extracting(Act::type)
        .containsExactly(
            ActType.REQUEST, ActType.PROMISE, ActType.DECLARE, ActType.ACCEPT, ActType.REQUEST);
    assertThat(audit.verify(pi.getId()).intact()).isTrue();
  }

  @Test
  void promise_assigns_the_task_to_the_promiser_and_pins_the_due_date() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    Instant due = Instant.parse("2030-01-01T00:00:00Z");

    as("ivan", "it-desk");
    loops.promise(taskId, due, null);

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.PROMISED);
    assertThat(loop.promisedBy()).isEqualTo("ivan");
    assertThat(loop.promisedDue()).isEqualTo(due);
    assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("ivan");
  }

  @Test
  void declare_is_refused_while_a_checked_condition_is_false_and_names_it() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    as("ivan", "it-desk");
    loops.promise(taskId, null, null);

    assertThatThrownBy(() -> loops.declare(taskId, Map.of("image", true), "done"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("conditions not met: tag");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.PROMISED);
    assertThat(actCount(pi)).isEqualTo(2);
  }

  @Test
  void accept_needs_every_required_condition_confirmed_and_names_the_missing_ones() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    promiseAndDeclare(pi, "ivan");

    as("carol");
    assertThatThrownBy(() -> loops.accept(taskId, Map.of("image", true), null))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("not confirmed: tag");
    assertThatThrownBy(() -> loops.accept(taskId, Map.of("image", true, "tag", false), null))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("tag");
    assertThatThrownBy(() -> loops.accept(taskId, Map.of("nonsense", true), null))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("no condition 'nonsense'");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
  }

  @Test
  void an_optional_condition_need_not_be_confirmed() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    promiseAndDeclare(pi, "ivan");

    as("carol");
    loops.accept(taskId, Map.of("image", true, "tag", true, "early", false), null);

    assertThat(loops.getLoop(taskId).lastVerdicts())
        .isEqualTo(Map.of("image", true, "tag", true, "early", false));
  }

  @Test
  void reject_sends_the_work_back_to_the_same_performer_in_the_next_round() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    promiseAndDeclare(pi, "ivan");

    as("carol");
    loops.reject(taskId, "wrong image", Set.of("image"));

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.PROMISED);
    assertThat(loop.round()).isEqualTo(2);
    assertThat(loop.promisedBy()).isEqualTo("ivan");
    assertThat(loop.lastVerdicts()).isEqualTo(Map.of("image", false));
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
    assertThat(task(pi, "Provision").getId()).isEqualTo(taskId);
    List<Act> acts = audit.transcript(pi.getId());
    Act reject = acts.get(acts.size() - 1);
    assertThat(reject.type()).isEqualTo(ActType.REJECT);
    assertThat(reject.round()).isEqualTo(1);
    assertThat(reject.comment()).isEqualTo("wrong image");

    as("ivan", "it-desk");
    loops.declare(taskId, Map.of("image", true, "tag", true), "re-imaged");
    as("carol");
    loops.accept(taskId, Map.of("image", true, "tag", true), null);
    assertThat(isWaitingAt(pi, "HandOver")).isTrue();
    assertThat(audit.transcript(pi.getId()))
        .filteredOn(a -> a.taskId().equals(taskId))
        .extracting(Act::type, Act::round)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActType.REQUEST, 1),
            org.assertj.core.groups.Tuple.tuple(ActType.PROMISE, 1),
            org.assertj.core.groups.Tuple.tuple(ActType.DECLARE, 1),
            org.assertj.core.groups.Tuple.tuple(ActType.REJECT, 1),
            org.assertj.core.groups.Tuple.tuple(ActType.DECLARE, 2),
            org.assertj.core.groups.Tuple.tuple(ActType.ACCEPT, 2));
  }

  @Test
  void reject_needs_a_reason_and_known_conditions() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    promiseAndDeclare(pi, "ivan");

    as("carol");
    assertThatThrownBy(() -> loops.reject(taskId, "  ", Set.of()))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> loops.reject(taskId, "bad", Set.of("colour")))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("colour");
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
  }

  @Test
  void only_a_performer_may_promise_and_only_the_customer_may_accept() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);

    as("mallory", "sales");
    assertThatThrownBy(() -> loops.promise(taskId, null, null))
        .isInstanceOf(LoopForbiddenException.class)
        .hasMessageContaining("not a performer");

    promiseAndDeclare(pi, "ivan");
    as("mallory", "sales");
    assertThatThrownBy(() -> loops.accept(taskId, Map.of("image", true, "tag", true), null))
        .isInstanceOf(LoopForbiddenException.class)
        .hasMessageContaining("not its customer");
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLARED);
  }

  @Test
  void acts_need_an_authenticated_user() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    asNobody();

    assertThatThrownBy(() -> loops.promise(taskId, null, null))
        .isInstanceOf(LoopForbiddenException.class)
        .hasMessageContaining("authenticated");
  }

  @Test
  void acts_in_the_wrong_state_are_refused() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);

    as("carol");
    assertThatThrownBy(() -> loops.accept(taskId, Map.of(), null))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("REQUESTED");
    as("ivan", "it-desk");
    assertThatThrownBy(() -> loops.release(taskId, "not mine"))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("REQUESTED");
    promiseAndDeclare(pi, "ivan");
    assertThatThrownBy(() -> loops.declare(taskId, Map.of("image", true, "tag", true), "again"))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("DECLARED");
    assertThat(audit.transcript(pi.getId()))
        .extracting(Act::type)
        .containsExactly(ActType.REQUEST, ActType.PROMISE, ActType.DECLARE);
  }

  @Test
  void a_declare_on_a_requested_loop_is_its_promise_too() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    runtime.setVariable(pi.getId(), "assetTag", "A-7");

    as("ivan", "it-desk");
    loops.declare(taskId, Map.of("image", true, "tag", true), "done in one go");

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.DECLARED);
    assertThat(loop.promisedBy()).isEqualTo("ivan");
    assertThat(task(pi, "Provision").getAssignee()).isEqualTo("ivan");
    List<Act> acts = audit.transcript(pi.getId());
    assertThat(acts)
        .extracting(Act::type)
        .containsExactly(ActType.REQUEST, ActType.PROMISE, ActType.DECLARE);
    assertThat(acts.get(1).actor()).isEqualTo("ivan");
    assertThat(acts.get(1).comment()).isEqualTo("promised by declaring it done");
    assertThat(acts.get(2).comment()).isEqualTo("done in one go");
    assertThat(audit.verify(pi.getId()).intact()).isTrue();

    as("carol");
    loops.accept(taskId, Map.of("image", true, "tag", true), null);
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.ACCEPTED);
  }

  @Test
  void a_refused_declare_on_a_requested_loop_promises_nothing() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);

    as("ivan", "it-desk");
    assertThatThrownBy(() -> loops.declare(taskId, Map.of("image", true), "too early"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("tag");

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.REQUESTED);
    assertThat(loop.promisedBy()).isNull();
    assertThat(task(pi, "Provision").getAssignee()).isNull();
    assertThat(audit.transcript(pi.getId())).extracting(Act::type).containsExactly(ActType.REQUEST);
  }

  @Test
  void acts_on_a_suspended_instance_are_refused() {
    ProcessInstance pi = requestLaptop();
    String taskId = provisionTask(pi);
    runtime.suspendProcessInstanceById(pi.getId());

    as("ivan", "it-desk");
    assertThatThrownBy(() -> loops.promise(taskId, null, null))
        .isInstanceOf(LoopStateException.class)
        .hasMessageContaining("suspended");
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void an_unknown_task_is_not_found() {
    as("carol");
    assertThatThrownBy(() -> loops.getLoop("nope")).isInstanceOf(LoopNotFoundException.class);
    assertThatThrownBy(() -> loops.promise("nope", null, null))
        .isInstanceOf(LoopNotFoundException.class);
  }
}
