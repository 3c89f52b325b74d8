package dev.actionloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decline, counter-offer, cancel and release: the ways a loop ends or changes its terms. */
class LeavingTheLoopTest extends LoopEngineTestBase {

  @BeforeAll
  static void deployModels() {
    deploy("provision.bpmn");
  }

  private ProcessInstance request() {
    return startAs("carol", "provision");
  }

  private String provision(ProcessInstance pi) {
    return task(pi, "Provision").getId();
  }

  private boolean ended(ProcessInstance pi) {
    return runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0;
  }

  @Test
  void the_customer_cancels_and_the_model_catches_LOOP_CANCELLED() {
    ProcessInstance pi = request();
    String taskId = provision(pi);

    as("carol");
    loops.cancel(taskId, "no longer needed");

    assertThat(passed(pi, "OnCancel")).isTrue();
    assertThat(ended(pi)).isTrue();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.CANCELLED);
    assertThat(audit.transcript(pi.getId())).extracting(Act::type).endsWith(ActType.CANCEL);
  }

  @Test
  void the_customer_can_cancel_even_after_the_work_was_declared() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    as("ivan", "it-desk");
    loops.promise(taskId, null, null);
    runtime.setVariable(pi.getId(), "assetTag", "A");
    loops.declare(taskId, Map.of(), null);

    as("carol");
    loops.cancel(taskId, "changed my mind");

    assertThat(passed(pi, "OnCancel")).isTrue();
    assertThat(passed(pi, "HandOver")).isFalse();
  }

  @Test
  void only_the_customer_cancels_and_a_reason_is_needed() {
    ProcessInstance pi = request();
    String taskId = provision(pi);

    as("ivan", "it-desk");
    assertThatThrownBy(() -> loops.cancel(taskId, "bored"))
        .isInstanceOf(LoopForbiddenException.class);
    as("carol");
    assertThatThrownBy(() -> loops.cancel(taskId, "")).isInstanceOf(LoopInvalidActException.class);
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
  }

  @Test
  void a_decline_lets_the_customer_ask_again() {
    ProcessInstance pi = request();
    String taskId = provision(pi);

    as("ivan", "it-desk");
    loops.decline(taskId, "no stock");
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.DECLINED);
    as("carol");
    loops.rerequest(taskId, "stock arrived");

    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
    assertThat(isWaitingAt(pi, "Provision")).isTrue();
  }

  @Test
  void cancelling_after_a_decline_raises_LOOP_DECLINED() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    as("ivan", "it-desk");
    loops.decline(taskId, "no stock");

    as("carol");
    loops.cancel(taskId, "then never mind");

    assertThat(passed(pi, "OnDeclined")).isTrue();
    assertThat(passed(pi, "OnCancel")).isFalse();
  }

  @Test
  void a_decline_needs_a_reason() {
    ProcessInstance pi = request();
    as("ivan", "it-desk");
    assertThatThrownBy(() -> loops.decline(provision(pi), null))
        .isInstanceOf(LoopInvalidActException.class);
  }

  @Test
  void the_promiser_releases_and_the_model_catches_LOOP_RELEASED() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    as("ivan", "it-desk");
    loops.promise(taskId, null, null);

    as("olga", "it-desk");
    assertThatThrownBy(() -> loops.release(taskId, "not mine"))
        .isInstanceOf(LoopForbiddenException.class);
    as("ivan", "it-desk");
    loops.release(taskId, "leaving the company");

    assertThat(passed(pi, "OnRelease")).isTrue();
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.RELEASED);
  }

  @Test
  void an_uncaught_loop_error_ends_the_instance_quietly_as_camunda_does() {
    ProcessInstance pi = request();
    String provision = provision(pi);
    as("ivan", "it-desk");
    loops.promise(provision, null, null);
    runtime.setVariable(pi.getId(), "assetTag", "A");
    loops.declare(provision, Map.of(), null);
    as("carol");
    loops.accept(provision, Map.of("image", true, "tag", true), null);
    String handOver = task(pi, "HandOver").getId(); // no boundary error event here

    loops.cancel(handOver, "moved abroad");

    assertThat(ended(pi)).isTrue();
    assertThat(passed(pi, "Done")).isFalse();
    assertThat(loops.getLoop(handOver).state()).isEqualTo(LoopState.CANCELLED);
  }

  @Test
  void an_agreed_counter_offer_becomes_the_promise_with_a_new_conditions_version() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    Instant later = Instant.parse("2031-01-01T00:00:00Z");
    List<Condition> terms =
        List.of(
            new Condition("image", "Laptop has the company image", true, null),
            new Condition("refurb", "A refurbished model is fine", true, null));

    as("ivan", "it-desk");
    loops.counterOffer(taskId, new CounterOffer(later, terms, "only refurbished ones left"));
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.COUNTER_OFFERED);
    as("carol");
    loops.acceptCounterOffer(taskId, "ok");

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.PROMISED);
    assertThat(loop.promisedBy()).isEqualTo("ivan");
    assertThat(loop.promisedDue()).isEqualTo(later);
    assertThat(loop.conditionsVersion()).isEqualTo(2);
    assertThat(loop.conditions()).extracting(Condition::id).containsExactly("image", "refurb");

    // judged against the agreed terms: the modelled "tag" check no longer applies
    as("ivan", "it-desk");
    loops.declare(taskId, Map.of("refurb", true), null);
    as("carol");
    assertThatThrownBy(() -> loops.accept(taskId, Map.of("image", true), null))
        .hasMessageContaining("refurb");
    loops.accept(taskId, Map.of("image", true, "refurb", true), null);
    assertThat(isWaitingAt(pi, "HandOver")).isTrue();
  }

  @Test
  void a_refused_counter_offer_goes_back_to_requested() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    as("ivan", "it-desk");
    loops.counterOffer(taskId, new CounterOffer(Instant.parse("2031-01-01T00:00:00Z"), null, null));

    as("carol");
    loops.refuseCounterOffer(taskId, "too late");

    Loop loop = loops.getLoop(taskId);
    assertThat(loop.state()).isEqualTo(LoopState.REQUESTED);
    assertThat(loop.conditionsVersion()).isEqualTo(1);
    assertThat(loop.promisedDue()).isNull();
  }

  @Test
  void a_counter_offer_must_propose_something_well_formed() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    as("ivan", "it-desk");

    assertThatThrownBy(() -> loops.counterOffer(taskId, new CounterOffer(null, null, "hm")))
        .isInstanceOf(LoopInvalidActException.class);
    assertThatThrownBy(
            () ->
                loops.counterOffer(
                    taskId,
                    new CounterOffer(null, List.of(new Condition("1bad", "x", true, null)), null)))
        .isInstanceOf(LoopInvalidActException.class);
    assertThatThrownBy(
            () ->
                loops.counterOffer(
                    taskId,
                    new CounterOffer(
                        null, List.of(new Condition("x", "x", true, "${''.getClass()}")), null)))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("method");
    assertThat(loops.getLoop(taskId).state()).isEqualTo(LoopState.REQUESTED);
  }

  @Test
  void a_late_declare_is_a_broken_promise() {
    ProcessInstance pi = request();
    String taskId = provision(pi);
    as("ivan", "it-desk");
    loops.promise(taskId, Instant.parse("2020-01-01T00:00:00Z"), null);
    runtime.setVariable(pi.getId(), "assetTag", "A");
    loops.declare(taskId, Map.of(), null);

    assertThat(loops.getLoop(taskId).brokenPromise()).isTrue();
    as("carol");
    assertThat(loops.createLoopQuery().brokenPromises().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
  }
}
