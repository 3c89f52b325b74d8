package dev.actionloop.examples;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.assertThatActs;
import static dev.actionloop.assertions.LoopAssertions.loop;
import static dev.actionloop.assertions.LoopAssertions.loopsOf;
import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.ACCEPT_COUNTER_OFFER;
import static dev.actionloop.engine.ActType.COUNTER_OFFER;
import static dev.actionloop.engine.ActType.DECLARE;
import static dev.actionloop.engine.ActType.PROMISE;
import static dev.actionloop.engine.ActType.REJECT;
import static dev.actionloop.engine.ActType.REQUEST;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.actionloop.engine.Act;
import dev.actionloop.engine.CounterOffer;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code contract-review.bpmn} end to end, with an internal customer: Sales (Sally) is the customer
 * of the review and the signature; the legal lead (Lena) is the customer of counsel's redline and
 * rejects the first one. Counsel (Connor) reviews and redlines; contract administration (Carl)
 * counter-offers a later date for the signature, Sally agrees, and accepts the signed contract.
 */
class ContractReviewRunTest extends ExampleEngine {

  private static final Map<String, Boolean> REVIEWED =
      Map.of("risks", true, "liability", true, "law", true);
  private static final Map<String, Boolean> REDLINED =
      Map.of("tracked", true, "library", true, "summary", true);
  private static final Map<String, Boolean> SIGNED = Map.of("signed", true, "filed", true);

  @BeforeAll
  static void deploy() {
    startEngine("contract-review.bpmn");
    person("sally", "sales");
    person("lena", "legal-leads");
    person("connor", "legal-counsel");
    person("carl", "contract-admin");
  }

  @Test
  void reviewedRedlinedTwiceAndSigned() {
    ProcessInstance pi = startAs("sally", "contractReview");
    String review = task(pi, "Task_Review");
    assertThat(loop(review)).isRequested().awaitsPromiseBy("connor");

    as("connor");
    loops.promise(review, null, "by Thursday");
    assertThatThrownBy(() -> loops.declare(review, REVIEWED, "reviewed"))
        .isInstanceOf(LoopInvalidActException.class)
        .hasMessageContaining("liability");
    tasks.setVariable(review, "liabilityCapReviewed", true);
    loops.declare(review, REVIEWED, "two clauses commented");
    // the legal lead is not the customer of the review: Sales is
    as("lena");
    assertThatThrownBy(() -> loops.accept(review, REVIEWED, "fine"))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loop(review)).isDeclared().awaitsAcceptanceBy("sally");
    as("sally");
    loops.accept(review, REVIEWED, "thanks");

    // the redline serves the legal lead, not Sales
    String redline = task(pi, "Task_Redline");
    as("connor");
    loops.promise(redline, null, null);
    tasks.setVariable(redline, "summaryAttached", true);
    loops.declare(redline, REDLINED, "redline v1");
    assertThat(loop(redline)).isDeclared().awaitsAcceptanceBy("lena");
    as("sally");
    assertThatThrownBy(() -> loops.accept(redline, REDLINED, "looks good to me"))
        .isInstanceOf(LoopForbiddenException.class);
    assertThat(loop(redline)).isDeclared();

    as("lena");
    loops.reject(redline, "Indemnity wording is not from the clause library", Set.of("library"));
    assertThat(loop(redline)).isPromised().isInRound(2).hasCondition("library").failed();
    as("connor");
    loops.declare(redline, REDLINED, "redline v2, library wording");
    as("lena");
    loops.accept(redline, REDLINED, "good");
    assertThat(loop(redline)).wasRejectedTimes(1).thenAccepted().wasAcceptedBy("lena");

    // the signature: a later date is counter-offered and agreed, then the work is accepted
    String signature = task(pi, "Task_Signature");
    Instant later = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    as("carl");
    loops.counterOffer(signature, new CounterOffer(later, null, "counterparty's CFO is away"));
    assertThat(loop(signature)).isCounterOffered();
    as("sally");
    loops.acceptCounterOffer(signature, "ok");
    assertThat(loop(signature)).isPromised().isPromisedBy("carl");
    Assertions.assertThat(loop(signature).promisedDue()).isEqualTo(later);
    as("carl");
    tasks.setVariable(signature, "signedBy", "Jo Miller, Acme GmbH");
    loops.declare(signature, SIGNED, "signed copy in the register");
    as("sally");
    loops.accept(signature, SIGNED, "great");

    Assertions.assertThat(ended(pi)).isTrue();
    Assertions.assertThat(endEventsReached(pi)).containsExactly("EndEvent_Signed");
    assertThat(loopsOf(pi)).allAccepted().hasNoOpenLoops();
    assertThatActs(pi)
        .containsExactlyTypes(
            REQUEST,
            PROMISE,
            DECLARE,
            ACCEPT,
            REQUEST,
            PROMISE,
            DECLARE,
            REJECT,
            DECLARE,
            ACCEPT,
            REQUEST,
            COUNTER_OFFER,
            ACCEPT_COUNTER_OFFER,
            DECLARE,
            ACCEPT)
        .allPerformedBy(REJECT, "lena")
        .chainIntact();
    Assertions.assertThat(audit.transcript(pi.getId()))
        .filteredOn(a -> a.type() == ACCEPT)
        .extracting(Act::activityId, Act::actor)
        .containsExactly(
            Assertions.tuple("Task_Review", "sally"),
            Assertions.tuple("Task_Redline", "lena"),
            Assertions.tuple("Task_Signature", "sally"));
    chainVerifies(pi, 15);
  }
}
