package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {

  @Test
  void fiftyThirtyTwenty() {
    // 50 promoters, 30 passives, 20 detractors of 100 answers: NPS = 100 x (0.50 - 0.20) = 30.
    // Margin of error, by hand: per-answer variance = pP + pD - (pP - pD)^2 = 0.50 + 0.20 - 0.30^2 = 0.61;
    // standard error = sqrt(0.61 / 100) = 0.0781025; x z = 1.959964 -> 0.153078; x 100 = 15.3078 points.
    NpsAccumulator acc = new NpsAccumulator();
    for (int i = 0; i < 50; i++) {
      acc.add(i % 2 == 0 ? 9 : 10);
    }
    for (int i = 0; i < 30; i++) {
      acc.add(i % 2 == 0 ? 7 : 8);
    }
    for (int i = 0; i < 20; i++) {
      acc.add(i % 7);
    }
    NetPromoterScore nps = acc.snapshot();
    assertThat(nps).isEqualTo(NetPromoterScore.of(50, 30, 20));
    assertThat(nps.count()).isEqualTo(100);
    assertThat(nps.value().getAsDouble()).isCloseTo(30.0, within(1e-12));
    assertThat(nps.marginOfError().getAsDouble()).isCloseTo(15.3078, within(0.00005));
    Interval ci = nps.interval().orElseThrow();
    assertThat(ci.lower()).isCloseTo(14.6922, within(0.00005));
    assertThat(ci.upper()).isCloseTo(45.3078, within(0.00005));
    assertThat(nps.promoterShare()).isEqualTo(Proportion.of(50, 100));
    assertThat(nps.passiveShare()).isEqualTo(Proportion.of(30, 100));
    assertThat(nps.detractorShare()).isEqualTo(Proportion.of(20, 100));
    assertThat(nps.toString()).isEqualTo("NPS(promoters=50, passives=30, detractors=20)");
  }

  @Test
  void groupBoundaries() {
    for (int answer = 0; answer <= 10; answer++) {
      NpsAccumulator acc = new NpsAccumulator();
      acc.add(answer);
      NetPromoterScore one = acc.snapshot();
      double expected = answer >= 9 ? 100 : answer >= 7 ? 0 : -100;
      assertThat(one.value()).as("answer %d", answer).hasValue(expected);
      assertThat(one.marginOfError()).as("a single answer has no spread").hasValue(0.0);
    }
  }

  @Test
  void emptyHasNoValue() {
    NetPromoterScore none = new NpsAccumulator().snapshot();
    assertThat(none.value()).isEmpty();
    assertThat(none.marginOfError()).isEmpty();
    assertThat(none.interval()).isEmpty();
    assertThat(none.promoterShare().value()).isEmpty();
  }

  @Test
  void intervalStaysWithinTheScale() {
    // all promoters but one detractor: the normal interval would pass 100
    Interval ci = NetPromoterScore.of(9, 0, 1).interval().orElseThrow();
    assertThat(ci.upper()).isEqualTo(100.0);
    qt().withFixedSeed(7L)
        .withExamples(2_000)
        .forAll(longs().between(0, 1_000), longs().between(0, 1_000), longs().between(0, 1_000))
        .assuming((p, m, d) -> p + m + d > 0)
        .checkAssert((p, m, d) -> {
          NetPromoterScore nps = NetPromoterScore.of(p, m, d);
          double value = nps.value().getAsDouble();
          assertThat(value).isBetween(-100.0, 100.0);
          assertThat(nps.interval().orElseThrow().contains(value)).isTrue();
          assertThat(nps.interval().orElseThrow().lower()).isGreaterThanOrEqualTo(-100);
          assertThat(nps.interval().orElseThrow().upper()).isLessThanOrEqualTo(100);
        });
  }

  @Test
  void collector() {
    assertThat(List.of(10, 9, 8, 3).stream().collect(NpsAccumulator.toNps(Integer::intValue)))
        .isEqualTo(NetPromoterScore.of(2, 1, 1));
  }

  @Test
  void badInput() {
    NpsAccumulator acc = new NpsAccumulator();
    assertThatThrownBy(() -> acc.add(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NPS answer must be between 0 and 10: 11");
    assertThatThrownBy(() -> acc.add(-1)).hasMessage("NPS answer must be between 0 and 10: -1");
    assertThatThrownBy(() -> NetPromoterScore.of(1, -2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NPS counts must be >= 0: promoters 1, passives -2, detractors 3");
    assertThatThrownBy(() -> NetPromoterScore.of(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflow");
    assertThat(acc.snapshot().count()).isZero();
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(NetPromoterScore.of(5, 3, 2), new NetPromoterScore(5, 3, 2))
        .addEqualityGroup(NetPromoterScore.of(10, 6, 4))
        .addEqualityGroup(NetPromoterScore.of(0, 0, 0))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(NetPromoterScore.class);
    nulls.testAllPublicInstanceMethods(NetPromoterScore.of(5, 3, 2));
    nulls.testAllPublicStaticMethods(NpsAccumulator.class);
    nulls.testAllPublicInstanceMethods(new NpsAccumulator());
  }
}
