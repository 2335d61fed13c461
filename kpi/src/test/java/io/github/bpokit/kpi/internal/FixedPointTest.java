package io.github.bpokit.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FixedPointTest {

  @Test
  void decimalsGoOnTheGridRoundedHalfUp() {
    assertThat(FixedPoint.toUnits(87.35, 6, "score")).isEqualTo(87_350_000);
    assertThat(FixedPoint.toUnits(0.1, 6, "score")).isEqualTo(100_000);
    assertThat(FixedPoint.toUnits(2.5, 0, "score")).isEqualTo(3);
    assertThat(FixedPoint.toUnits(-2.5, 0, "score")).isEqualTo(-2);
    assertThat(FixedPoint.pow10(18)).isEqualTo(1_000_000_000_000_000_000L);
  }

  @Test
  void badInputNamesTheValue() {
    assertThatThrownBy(() -> FixedPoint.toUnits(Double.POSITIVE_INFINITY, 6, "partner score"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner score must be a finite number below 2^62 units of 10^-6: Infinity");
    assertThatThrownBy(() -> FixedPoint.checkScale(-1)).hasMessage("scale must be between 0 and 18: -1");
  }
}
