package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class ShrinkageTest {
  @Test
  void scheduledAgentsAreExactCeilings() {
    assertThat(Shrinkage.of(0.30).scheduled(14)).isEqualTo(20);
    assertThat(Shrinkage.of(0.10).scheduled(9)).isEqualTo(10); // 9 / (1 - 0.1) is 10.000000000000002 in binary
    assertThat(Shrinkage.of(0.10).scheduled(10)).isEqualTo(12); // 11.11
    assertThat(Shrinkage.of(0.35).scheduled(13)).isEqualTo(20);
    assertThat(Shrinkage.none().scheduled(14)).isEqualTo(14);
    assertThat(Shrinkage.of(0.30).scheduled(0)).isZero();
  }

  @Test
  void scheduledAgentsMatchTheDecimalDefinition() {
    QuickTheory.qt().withFixedSeed(3L).withExamples(2_000)
        .forAll(integers().between(0, 100_000), integers().between(0, 999))
        .checkAssert((agents, permille) -> {
          double shrinkage = permille / 1000.0;
          int expected = BigDecimal.valueOf(agents).multiply(BigDecimal.valueOf(1000))
              .divide(BigDecimal.valueOf(1000 - permille), 0, RoundingMode.CEILING).intValueExact();
          assertThat(Shrinkage.of(shrinkage).scheduled(agents)).isEqualTo(expected);
        });
  }

  @Test
  void fractionalFte() {
    assertThat(Shrinkage.of(0.25).scheduled(3.0)).isEqualTo(4.0);
    QuickTheory.qt().withFixedSeed(4L).withExamples(500).forAll(doubles().between(0, 1000), doubles().between(0, 0.9))
        .checkAssert((fte, shrinkage) -> assertThat(Shrinkage.of(shrinkage).scheduled(fte) * (1 - shrinkage))
            .isCloseTo(fte, org.assertj.core.api.Assertions.within(1e-9 * (1 + fte))));
  }

  @Test
  void productiveTime() {
    assertThat(Shrinkage.of(0.30).productive(Duration.ofHours(8))).isEqualTo(Duration.ofMinutes(336));
    assertThat(Shrinkage.of(0.25).productive(Duration.ofHours(160))).isEqualTo(Duration.ofHours(120));
    assertThat(Shrinkage.none().productive(Duration.ofHours(8))).isEqualTo(Duration.ofHours(8));
    assertThat(Shrinkage.of(1 / 3.0).productive(Duration.ofNanos(3))).isEqualTo(Duration.ofNanos(2));
    assertThat(Shrinkage.of(0.5).productive(Duration.ZERO)).isEqualTo(Duration.ZERO);
  }

  @Test
  void valueAndText() {
    assertThat(Shrinkage.of(0.3).value()).isEqualTo(0.3);
    assertThat(Shrinkage.of(0.3)).hasToString("30%");
    assertThat(Shrinkage.of(0.125)).hasToString("12.5%");
    assertThat(Shrinkage.none()).hasToString("0%").isEqualTo(Shrinkage.of(0)).isEqualTo(Shrinkage.of(-0.0));
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> Shrinkage.of(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrinkage must be in [0, 1): 1.0");
    assertThatThrownBy(() -> Shrinkage.of(-0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrinkage must be in [0, 1): -0.1");
    assertThatThrownBy(() -> Shrinkage.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shrinkage must be in [0, 1): NaN");
    assertThatThrownBy(() -> Shrinkage.of(0.3).scheduled(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agents must be >= 0: -1");
    assertThatThrownBy(() -> Shrinkage.of(0.3).scheduled(-1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fte must be finite and >= 0: -1.5");
    assertThatThrownBy(() -> Shrinkage.of(0.3).productive(Duration.ofHours(-8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("paid time must be >= 0: PT-8H");
    assertThatThrownBy(() -> Shrinkage.of(0.9999).scheduled(Integer.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }
}
