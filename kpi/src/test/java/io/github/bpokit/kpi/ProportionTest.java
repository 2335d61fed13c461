package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProportionTest {

  @Test
  void wilsonIntervalOf81In263() {
    // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
    // Statistics in Medicine 17:857-872, Table I example 81/263, method 3 (Wilson score, no continuity correction):
    // 0.2553 to 0.3662.
    Proportion p = Proportion.of(81, 263);
    Interval ci = p.interval().orElseThrow();
    assertThat(ci.lower()).isCloseTo(0.2553, within(0.00005));
    assertThat(ci.upper()).isCloseTo(0.3662, within(0.00005));
    assertThat(p.value().getAsDouble()).isEqualTo(81.0 / 263);
    assertThat(p.sampleSize()).isEqualTo(263);
  }

  @Test
  void wilsonIntervalsAtTheEdges() {
    // Newcombe (1998), Table I: 0/20 gives 0 to 0.1611 and 1/29 gives 0.0061 to 0.1718 (Wilson score)
    Interval none = Proportion.wilson(0, 20, Proportion.Z_95);
    assertThat(none.lower()).isZero();
    assertThat(none.upper()).isCloseTo(0.1611, within(0.00005));
    Interval one = Proportion.wilson(1, 29, Proportion.Z_95);
    assertThat(one.lower()).isCloseTo(0.0061, within(0.00005));
    assertThat(one.upper()).isCloseTo(0.1718, within(0.00005));
    // all successes: the upper bound is exactly 1, mirroring 0 of n
    Interval all = Proportion.wilson(20, 20, Proportion.Z_95);
    assertThat(all.upper()).isEqualTo(1.0);
    assertThat(all.lower()).isCloseTo(1 - 0.1611, within(0.00005));
  }

  @Test
  void javadocExamples() {
    Interval ci = Proportion.of(45, 50).interval().orElseThrow();
    assertThat(ci.lower()).isCloseTo(0.7864, within(0.00005));
    assertThat(ci.upper()).isCloseTo(0.9565, within(0.00005));
    Interval example = Proportion.of(81, 263).interval().orElseThrow();
    assertThat(example.width()).isCloseTo(0.1109, within(0.0001));
  }

  @Test
  void emptyDenominatorHasNoValueAndNoInterval() {
    Proportion p = Proportion.of(0, 0);
    assertThat(p.value()).isEmpty();
    assertThat(p.interval()).isEmpty();
    assertThat(p.isEmpty()).isTrue();
    assertThat(p).isEqualTo(Proportion.empty());
    assertThat(new ProportionAccumulator().snapshot()).isEqualTo(Proportion.empty());
  }

  @Test
  void singleObservation() {
    assertThat(Proportion.of(1, 1).value()).hasValue(1.0);
    assertThat(Proportion.of(0, 1).value()).hasValue(0.0);
    assertThat(Proportion.of(0, 1).interval().orElseThrow().lower()).isZero();
    assertThat(Proportion.of(1, 1).interval().orElseThrow().upper()).isEqualTo(1.0);
  }

  @Test
  void badInputIsRejectedWithTheValues() {
    assertThatThrownBy(() -> Proportion.of(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 of 2");
    assertThatThrownBy(() -> Proportion.of(-1, 2)).hasMessageContaining("-1 of 2");
    assertThatThrownBy(() -> Proportion.wilson(0, 0, Proportion.Z_95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive denominator: 0");
    assertThatThrownBy(() -> Proportion.wilson(1, 2, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("z must be positive and finite: NaN");
    assertThatThrownBy(() -> new ProportionAccumulator().addCounts(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 of 4");
  }

  @Test
  void accumulatorCountsSuccesses() {
    ProportionAccumulator acc = new ProportionAccumulator();
    acc.add(true);
    acc.add(false);
    acc.add(true);
    acc.addCounts(2, 5);
    assertThat(acc.snapshot()).isEqualTo(Proportion.of(4, 8));
    assertThat(acc.toString()).isEqualTo("ProportionAccumulator{4/8}");
    assertThat(Proportion.of(1, 3).plus(Proportion.of(3, 5))).isEqualTo(Proportion.of(4, 8));
  }

  @Test
  void collector() {
    List<Integer> answers = List.of(5, 4, 3, 1, 5, 4, 2, 5);
    assertThat(answers.stream().collect(ProportionAccumulator.toProportion(a -> a >= 4)))
        .isEqualTo(Proportion.of(5, 8));
    assertThat(Stream.iterate(0, i -> i + 1).limit(100_000).parallel()
            .collect(ProportionAccumulator.toProportion(i -> i % 3 == 0)))
        .isEqualTo(Proportion.of(33_334, 100_000));
  }

  @Test
  void everyIntervalContainsItsValueAndLiesInTheUnitInterval() {
    qt().withFixedSeed(81263L)
        .withExamples(5_000)
        .forAll(longs().between(1, 1_000_000_000_000L), longs().between(0, 1_000_000_000_000L))
        .checkAssert((n, k) -> {
          long numerator = k % (n + 1);
          Proportion p = Proportion.of(numerator, n);
          Interval ci = p.interval().orElseThrow();
          assertThat(ci.contains(p.value().getAsDouble())).as("%s contains %s", ci, p).isTrue();
          assertThat(ci.lower()).isBetween(0.0, 1.0);
          assertThat(ci.upper()).isBetween(0.0, 1.0);
        });
    for (long n = 1; n <= 200; n++) {
      for (long k = 0; k <= n; k++) {
        Proportion p = Proportion.of(k, n);
        assertThat(p.interval().orElseThrow().contains(p.value().getAsDouble())).as("%s", p).isTrue();
      }
    }
  }

  @Test
  void intervalValue() {
    Interval i = Interval.of(0.25, 0.5);
    assertThat(i.contains(0.25)).isTrue();
    assertThat(i.contains(0.5)).isTrue();
    assertThat(i.contains(0.51)).isFalse();
    assertThat(i.width()).isEqualTo(0.25);
    assertThat(i.toString()).isEqualTo("[0.25, 0.5]");
    assertThatThrownBy(() -> Interval.of(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2.0, 1.0]");
    assertThatThrownBy(() -> Interval.of(Double.NaN, 1)).hasMessageContaining("[NaN, 1.0]");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Proportion.of(1, 2), new Proportion(1, 2))
        .addEqualityGroup(Proportion.of(2, 4))
        .addEqualityGroup(Proportion.empty(), Proportion.of(0, 0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Interval.of(0, 1), new Interval(0, 1))
        .addEqualityGroup(Interval.of(0, 0.5))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(Proportion.class);
    nulls.testAllPublicInstanceMethods(Proportion.of(1, 2));
    nulls.testAllPublicStaticMethods(ProportionAccumulator.class);
    nulls.testAllPublicInstanceMethods(new ProportionAccumulator());
    nulls.testAllPublicInstanceMethods(Interval.of(0, 1));
  }
}
