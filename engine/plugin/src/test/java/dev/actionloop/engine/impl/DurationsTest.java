package dev.actionloop.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void durations_include_weeks() {
    long day = 86_400_000L;
    assertThat(Durations.addTo(0, "P1W")).isEqualTo(7 * day);
    assertThat(Durations.addTo(0, "P1W2D")).isEqualTo(9 * day);
    assertThat(Durations.addTo(0, "PT4H")).isEqualTo(4 * 3_600_000L);
    assertThat(Durations.addTo(0, "P1DT12H")).isEqualTo(day + 12 * 3_600_000L);
  }
}
