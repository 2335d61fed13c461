package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Laws of Erlang C: bounds, monotonicity in the number of agents, minimality of the staffing search. */
class ErlangCPropertiesTest {
  private static final long SEED = 20261201L;

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  /** Traffic from tiny to 2,000 erlangs, mostly of everyday size. */
  static Gen<Double> traffic() {
    return doubles().between(0.01, 50).mix(doubles().between(50, 2_000), 30).mix(integers().between(1, 500)
        .map(Integer::doubleValue), 20);
  }

  static Gen<Duration> ahts() {
    return integers().between(5, 1_800).map(seconds -> Duration.ofSeconds(seconds));
  }

  static Gen<Duration> thresholds() {
    return integers().between(0, 300).map(seconds -> Duration.ofSeconds(seconds));
  }

  static Gen<ServiceTarget> targets() {
    Gen<ServiceTarget> plain = doubles().between(0.01, 0.99).zip(thresholds(), ServiceTarget::of);
    return plain.zip(integers().between(0, 3), doubles().between(0.5, 1), integers().between(1, 120),
        (target, kind, occupancy, asa) -> {
          switch (kind) {
            case 1:
              return target.withMaxOccupancy(occupancy);
            case 2:
              return target.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(asa));
            case 3:
              return target.withMaxOccupancy(occupancy).withMaxAverageSpeedOfAnswer(Duration.ofSeconds(asa));
            default:
              return target;
          }
        });
  }

  @Test
  void measuresStayInRange() {
    qt(500).forAll(traffic(), ahts(), integers().between(0, 2_500), thresholds())
        .checkAssert((traffic, aht, agents, threshold) -> {
          QueueMetrics m = ErlangC.ofTraffic(traffic, aht).evaluate(agents, threshold);
          assertThat(m.probabilityOfWaiting()).isBetween(0.0, 1.0);
          assertThat(m.serviceLevel()).isBetween(0.0, 1.0);
          assertThat(m.occupancy()).isBetween(0.0, 1.0);
          assertThat(m.probabilityOfAbandoning()).isZero();
          assertThat(m.isStable()).isEqualTo(agents > traffic);
          assertThat(m.averageSpeedOfAnswerSeconds().isPresent()).isEqualTo(m.isStable());
          m.averageSpeedOfAnswerSeconds().ifPresent(asa -> assertThat(asa).isNotNegative());
          assertThat(m.serviceLevel()).isGreaterThanOrEqualTo(1 - m.probabilityOfWaiting() - 1e-15);
        });
  }

  @Test
  void moreAgentsNeverHurt() {
    qt(300).forAll(traffic(), ahts(), thresholds()).checkAssert((traffic, aht, threshold) -> {
      ErlangC queue = ErlangC.ofTraffic(traffic, aht);
      int stable = (int) Math.floor(traffic) + 1;
      QueueMetrics previous = queue.evaluate(stable, threshold);
      for (int agents = stable + 1; agents <= stable + 60; agents++) {
        QueueMetrics next = queue.evaluate(agents, threshold);
        assertThat(next.serviceLevel()).as("SL with %d agents", agents)
            .isGreaterThanOrEqualTo(previous.serviceLevel());
        assertThat(next.probabilityOfWaiting()).isLessThanOrEqualTo(previous.probabilityOfWaiting());
        assertThat(next.averageSpeedOfAnswerSeconds().getAsDouble())
            .isLessThanOrEqualTo(previous.averageSpeedOfAnswerSeconds().getAsDouble());
        assertThat(next.occupancy()).isLessThan(previous.occupancy());
        previous = next;
      }
    });
  }

  @Test
  void minimumAgentsIsMinimal() {
    checkMinimal(300);
  }

  @Test
  @Tag("long")
  void minimumAgentsIsMinimalManyExamples() {
    checkMinimal(20_000);
  }

  private static void checkMinimal(int examples) {
    qt(examples).forAll(traffic(), ahts(), targets()).checkAssert((traffic, aht, target) -> {
      ErlangC queue = ErlangC.ofTraffic(traffic, aht);
      QueueMetrics staffed = queue.minimumAgents(target);
      assertThat(target.isMetBy(staffed)).isTrue();
      assertThat(staffed).isEqualTo(queue.evaluate(staffed.agents(), target.threshold()));
      assertThat(target.isMetBy(queue.evaluate(staffed.agents() - 1, target.threshold())))
          .as("%s agents also meet %s", staffed.agents() - 1, target).isFalse();
    });
  }

  @Test
  void longerThresholdsNeverNeedMoreAgents() {
    qt(300).forAll(traffic(), ahts(), doubles().between(0.05, 0.95), thresholds())
        .checkAssert((traffic, aht, level, threshold) -> {
          ErlangC queue = ErlangC.ofTraffic(traffic, aht);
          int strict = queue.minimumAgents(ServiceTarget.of(level, threshold)).agents();
          int lenient = queue.minimumAgents(ServiceTarget.of(level, threshold.plusSeconds(30))).agents();
          assertThat(lenient).isLessThanOrEqualTo(strict);
        });
  }
}
