package dev.actionloop.assertions;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.assertThatActs;
import static dev.actionloop.assertions.LoopAssertions.loop;
import static dev.actionloop.engine.ActType.ACCEPT;
import static dev.actionloop.engine.ActType.DECLARE;
import static dev.actionloop.engine.ActType.PROMISE;
import static dev.actionloop.engine.ActType.REJECT;
import static dev.actionloop.engine.ActType.REQUEST;
import static dev.actionloop.engine.LoopState.ACCEPTED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActsAssertTest {
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
  void exactTranscriptWithIntactChain() {
    engine.acts(REQUEST, PROMISE, DECLARE, REJECT, DECLARE, ACCEPT);

    assertThatActs("pi-1")
        .containsExactlyTypes(REQUEST, PROMISE, DECLARE, REJECT, DECLARE, ACCEPT)
        .containsTypesInOrder(PROMISE, REJECT, ACCEPT)
        .hasCount(DECLARE, 2)
        .allPerformedBy(DECLARE, "bob")
        .chainIntact();
  }

  @Test
  void transcriptMismatchShowsWhoDidWhatInWhichRound() {
    engine.acts(REQUEST, PROMISE, DECLARE, REJECT, DECLARE);

    assertThatThrownBy(
            () -> assertThatActs("pi-1").containsExactlyTypes(REQUEST, PROMISE, DECLARE, ACCEPT))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the acts of process instance pi-1 to be exactly [REQUEST, PROMISE, DECLARE,"
                + " ACCEPT], but they are [REQUEST, PROMISE by bob, DECLARE by bob, REJECT by alice,"
                + " DECLARE by bob (round 2)]");
  }

  @Test
  void missingActInOrderIsNamed() {
    engine.acts(REQUEST, PROMISE, DECLARE);

    assertThatThrownBy(() -> assertThatActs("pi-1").containsTypesInOrder(DECLARE, ACCEPT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but ACCEPT is missing");
  }

  @Test
  void brokenChainNamesTheFirstBrokenAct() {
    engine.acts(REQUEST, PROMISE, DECLARE, ACCEPT);
    engine.breakChainAt(3, "hash does not match the act's content");

    assertThatThrownBy(() -> assertThatActs("pi-1").chainIntact())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the act chain of process instance pi-1 to be intact, but act #3 is broken:"
                + " hash does not match the act's content (4 acts checked)");
  }

  @Test
  void twoDecisionsAreOneTooMany() {
    engine.acts(REQUEST, PROMISE, DECLARE, ACCEPT);
    engine.act(FakeLoops.TASK, REJECT, "dave", 1);

    assertThatThrownBy(() -> assertThatActs("pi-1").hasExactlyOneDecision())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting exactly one decision (ACCEPT or REJECT) in process instance pi-1, but found"
                + " 2: [ACCEPT by alice, REJECT by dave]");
  }

  @Test
  void actorMismatchNamesTheActs() {
    engine.acts(REQUEST, PROMISE, DECLARE);
    engine.act(FakeLoops.TASK, DECLARE, "mallory", 1);

    assertThatThrownBy(() -> assertThatActs("pi-1").allPerformedBy(DECLARE, "bob"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting every DECLARE act in process instance pi-1 to be by bob, but found"
                + " [DECLARE by mallory]");
  }

  @Test
  void actsOfOneLoopOnly() {
    engine.laptop(ACCEPTED, 1, Map.of());
    engine.acts(REQUEST, PROMISE, DECLARE, ACCEPT);
    engine.act("other-task", REQUEST, null, 1);

    assertThat(loop("42")).acts().containsExactlyTypes(REQUEST, PROMISE, DECLARE, ACCEPT);
  }
}
