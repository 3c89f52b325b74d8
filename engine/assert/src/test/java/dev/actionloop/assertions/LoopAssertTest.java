package dev.actionloop.assertions;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.loop;
import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.DECLARE;
import static dev.actionloop.engine.ActType.PROMISE;
import static dev.actionloop.engine.ActType.REJECT;
import static dev.actionloop.engine.ActType.REQUEST;
import static dev.actionloop.engine.LoopState.ACCEPTED;
import static dev.actionloop.engine.LoopState.DECLARED;
import static dev.actionloop.engine.LoopState.PROMISED;
import static dev.actionloop.engine.LoopState.REQUESTED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopAssertTest {
  private static final String LAPTOP = "task 'Provision laptop' (Provision, id 42)";

  private final FakeLoops engine = new FakeLoops();

  @BeforeEach
  void useFake() {
    LoopAssertions.use(engine);
  }

  @AfterEach
  void forgetFake() {
    LoopAssertions.use(null);
  }

  @Test
  void declaredLoopAwaitsAcceptanceByItsCustomer() {
    engine.laptop(DECLARED, 1, Map.of("image", true));
    engine.acts(REQUEST, PROMISE, DECLARE);

    assertThat(loop("42")).isDeclared().awaitsAcceptanceBy("alice").isInRound(1).isOpen();
  }

  @Test
  void aMemberOfTheCustomerGroupIsTheCustomerToo() {
    engine.laptop(DECLARED, 1, Map.of());
    engine.acts(REQUEST, PROMISE, DECLARE);

    assertThat(loop("42")).awaitsAcceptanceBy("dave");
  }

  @Test
  void awaitsAcceptanceFailsNamingTheStateAndRound() {
    engine.laptop(PROMISED, 2, Map.of());

    assertThatThrownBy(() -> assertThat(loop("42")).awaitsAcceptanceBy("alice"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting "
                + LAPTOP
                + " to be DECLARED and wait for customer alice,"
                + " but it is PROMISED in round 2 (promised by bob)");
  }

  @Test
  void awaitsAcceptanceFailsForSomeoneWhoIsNotTheCustomer() {
    engine.laptop(DECLARED, 1, Map.of());

    assertThatThrownBy(() -> assertThat(loop("42")).awaitsAcceptanceBy("carol"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting "
                + LAPTOP
                + " to be DECLARED and wait for customer carol, but carol is not its customer;"
                + " the customer is users [alice] and groups [buyers]");
  }

  @Test
  void awaitsAcceptanceFailsForTheCustomerWhoDeclaredTheWorkThemselves() {
    engine.laptop(DECLARED, 1, Map.of());
    engine.act(FakeLoops.TASK, DECLARE, "alice", 1);

    assertThatThrownBy(() -> assertThat(loop("42")).awaitsAcceptanceBy("alice"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but alice declared it and may never accept their own work");
  }

  @Test
  void stateAssertionsSayWhatIs() {
    engine.laptop(REQUESTED, 1, Map.of());

    assertThat(loop("42")).isRequested().awaitsPromiseBy("bob");
    assertThatThrownBy(() -> assertThat(loop("42")).isAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting " + LAPTOP + " to be ACCEPTED, but it is REQUESTED in round 1");
  }

  @Test
  void roundMismatchSaysTheRound() {
    engine.laptop(PROMISED, 2, Map.of());

    assertThat(loop("42")).isPromised().awaitsDeclarationBy("bob").isPromisedBy("bob");
    assertThatThrownBy(() -> assertThat(loop("42")).isInRound(3))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting "
                + LAPTOP
                + " to be in round 3, but it is PROMISED in round 2 (promised by bob)");
  }

  @Test
  void rejectedTwiceThenAccepted() {
    engine.laptop(ACCEPTED, 3, Map.of("image", true));
    engine.acts(REQUEST, PROMISE, DECLARE, REJECT, DECLARE, REJECT, DECLARE, ACCEPT);

    assertThat(loop("42")).wasRejectedTimes(2).thenAccepted().wasAcceptedBy("alice");
  }

  @Test
  void rejectionCountFailsWithTheActs() {
    engine.laptop(ACCEPTED, 2, Map.of());
    engine.acts(REQUEST, PROMISE, DECLARE, REJECT, DECLARE, ACCEPT);

    assertThatThrownBy(() -> assertThat(loop("42")).wasRejectedTimes(2))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting "
                + LAPTOP
                + " to have been rejected 2 time(s), but it was rejected 1 time(s); acts:"
                + " [REQUEST, PROMISE, DECLARE, REJECT, DECLARE, ACCEPT]");
  }

  @Test
  void rejectionsOfOtherTasksDoNotCount() {
    engine.laptop(ACCEPTED, 1, Map.of());
    engine.acts(REQUEST, PROMISE, DECLARE, ACCEPT);
    engine.act("other-task", REJECT, "alice", 1);

    assertThat(loop("42")).wasNeverRejected().thenAccepted();
  }

  @Test
  void thenAcceptedFailsWhileStillDeclared() {
    engine.laptop(DECLARED, 2, Map.of());
    engine.acts(REQUEST, PROMISE, DECLARE, REJECT, DECLARE);

    assertThatThrownBy(() -> assertThat(loop("42")).wasRejectedTimes(1).thenAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting "
                + LAPTOP
                + " to end accepted, but it is DECLARED in round 2 (promised by bob);"
                + " acts: [REQUEST, PROMISE, DECLARE, REJECT, DECLARE]");
  }

  @Test
  void conditionsCarryTheirLastVerdict() {
    engine.laptop(ACCEPTED, 1, Map.of("image", true, "early", false));

    assertThat(loop("42"))
        .hasCondition("image")
        .confirmed()
        .isRequired()
        .hasText("Laptop has the company image")
        .and()
        .hasCondition("early")
        .failed()
        .isOptional()
        .and()
        .hasConditionsVersion(1);
  }

  @Test
  void conditionFailuresNameTheConditionAndTheVerdict() {
    engine.laptop(DECLARED, 1, Map.of("early", false));

    assertThatThrownBy(() -> assertThat(loop("42")).hasCondition("image").confirmed())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting condition 'image' of "
                + LAPTOP
                + " to be confirmed, but nobody has judged it yet");
    assertThatThrownBy(() -> assertThat(loop("42")).hasCondition("early").confirmed())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting condition 'early' of "
                + LAPTOP
                + " to be confirmed, but it was judged not met");
    assertThatThrownBy(() -> assertThat(loop("42")).hasCondition("tag"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting "
                + LAPTOP
                + " to have condition 'tag', but its conditions are [image, early]");
  }

  @Test
  void withoutAnEngineTheMessageSaysHowToGiveOne() {
    LoopAssertions.use(null);
    LoopAssertions.reset();

    assertThatThrownBy(() -> loop("42"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Found 0 registered process engines; call LoopAssertions.init(processEngine) first");
  }
}
