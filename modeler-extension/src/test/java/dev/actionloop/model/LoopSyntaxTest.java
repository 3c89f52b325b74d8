package dev.actionloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopSyntaxTest {

  @ParameterizedTest
  @ValueSource(strings = {"P2D", "PT4H", "P1W", "P1DT12H", "P1Y2M3W4DT5H6M7.5S", "PT0.5S"})
  void isoDurations(String text) {
    assertThat(LoopSyntax.isIsoDuration(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P", "PT", "P1DT", "2D", "P2", "p2d", "P-1D", " P2D", "P1.5D"})
  void notIsoDurations(String text) {
    assertThat(LoopSyntax.isIsoDuration(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "tag", "image.ok", "a_b-c.1"})
  void conditionIds(String id) {
    assertThat(LoopSyntax.isConditionId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1a", "_a", "a b", "a:b", "-a"})
  void notConditionIds(String id) {
    assertThat(LoopSyntax.isConditionId(id)).isFalse();
    assertThat(LoopSyntax.isConditionId(null)).isFalse();
  }
}
