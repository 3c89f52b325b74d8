package dev.actionloop.assertions;

import static dev.actionloop.assertions.LoopAssertions.assertThat;
import static dev.actionloop.assertions.LoopAssertions.loopsOf;
import static dev.actionloop.engine.LoopState.ACCEPTED;
import static dev.actionloop.engine.LoopState.DECLARED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessLoopsAssertTest {
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
  void everyLoopAccepted() {
    engine.laptop(ACCEPTED, 1, Map.of());
    engine.put("43", "Badge", "Issue badge", ACCEPTED, 2, Map.of());

    assertThat(loopsOf("pi-1")).allAccepted().hasNoOpenLoops().loopAt("Badge").isInRound(2);
  }

  @Test
  void anOpenLoopIsNamed() {
    engine.laptop(ACCEPTED, 1, Map.of());
    engine.put("43", "Badge", "Issue badge", DECLARED, 2, Map.of());

    assertThatThrownBy(() -> assertThat(loopsOf("pi-1")).hasLoopsAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting every loop of process instance pi-1 to be accepted, but task 'Issue badge'"
                + " (Badge, id 43): it is DECLARED in round 2 (promised by bob)");
  }

  @Test
  void noLoopsIsNotAllAccepted() {
    assertThatThrownBy(() -> assertThat(loopsOf("pi-1")).allAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting every loop of process instance pi-1 to be accepted, but it has no loops");
  }

  @Test
  void missingActivityListsWhereTheLoopsAre() {
    engine.laptop(ACCEPTED, 1, Map.of());

    assertThatThrownBy(() -> assertThat(loopsOf("pi-1")).loopAt("Badge"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting process instance pi-1 to have a loop at activity 'Badge', but its loops are"
                + " at [Provision]");
  }
}
