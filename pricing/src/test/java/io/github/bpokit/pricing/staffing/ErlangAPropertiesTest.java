package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Laws of Erlang A: bounds, monotonicity in agents and patience, the Erlang C limit, minimal staffing. */
class ErlangAPropertiesTest {
  private static final long SEED = 20261202L;

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  static Gen<Double> traffic() {
    return doubles().between(0.05, 30).mix(doubles().between(30, 800), 30);
  }

  static Gen<Duration> ahts() {
    return integers().between(10, 900).map(seconds -> Duration.ofSeconds(seconds));
  }

  static Gen<Duration> patiences() {
    return integers().between(5, 1_200).map(seconds -> Duration.ofSeconds(seconds));
  }

  static Gen<Duration> thresholds() {
    return integers().between(0, 300).map(seconds -> Duration.ofSeconds(seconds));
  }

  @Test
  void measuresStayInRangeAndAgree() {
    qt(300).forAll(traffic(), ahts(), patiences(), doubles().between(0, 1.5))
        .checkAssert((traffic, aht, patience, staffing) -> {
          int agents = (int) Math.round(traffic * staffing);
          QueueMetrics m = ErlangA.ofTraffic(traffic, aht, patience).evaluate(agents, Duration.ofSeconds(20));
          assertThat(m.isStable()).isTrue();
          assertThat(m.probabilityOfWaiting()).isBetween(0.0, 1.0);
          assertThat(m.probabilityOfAbandoning()).isBetween(0.0, m.probabilityOfWaiting());
          assertThat(m.serviceLevel()).isBetween(0.0, 1 - m.probabilityOfAbandoning() + 1e-12);
          assertThat(m.occupancy()).isBetween(0.0, 1.0);
          // answered traffic cannot exceed the agents nor the offered traffic
          assertThat(m.occupancy() * agents).isLessThanOrEqualTo(Math.min(agents, traffic) * (1 + 1e-12));
          // abandonment = γ·E[queue]/λ and E[wait of all] = P(abandon)·θ (Little): both hold by construction
        });
  }

  @Test
  void moreAgentsNeverHurt() {
    qt(150).forAll(traffic(), ahts(), patiences(), thresholds()).checkAssert((traffic, aht, patience, threshold) -> {
      ErlangA queue = ErlangA.ofTraffic(traffic, aht, patience);
      int first = Math.max(1, (int) (traffic * 0.7));
      QueueMetrics previous = queue.evaluate(first, threshold);
      for (int agents = first + 1; agents <= first + 40; agents++) {
        QueueMetrics next = queue.evaluate(agents, threshold);
        assertThat(next.serviceLevel()).as("SL with %d agents", agents)
            .isGreaterThanOrEqualTo(previous.serviceLevel() - 1e-12);
        assertThat(next.probabilityOfAbandoning()).isLessThanOrEqualTo(previous.probabilityOfAbandoning() + 1e-15);
        assertThat(next.probabilityOfWaiting()).isLessThanOrEqualTo(previous.probabilityOfWaiting() + 1e-15);
        assertThat(next.averageSpeedOfAnswerSeconds().getAsDouble())
            .isLessThanOrEqualTo(previous.averageSpeedOfAnswerSeconds().getAsDouble() * (1 + 1e-12));
        previous = next;
      }
    });
  }

  @Test
  void infinitePatienceApproachesErlangC() {
    qt(200).forAll(traffic(), ahts(), doubles().between(1.02, 1.6), thresholds())
        .checkAssert((traffic, aht, staffing, threshold) -> {
          int agents = (int) Math.ceil(traffic * staffing) + 1;
          ErlangC erlangC = ErlangC.ofTraffic(traffic, aht);
          QueueMetrics c = erlangC.evaluate(agents, threshold);
          // about the longest patience accepted: 10 million arrivals per mean patience
          double patienceSeconds = 0.999e7 / traffic * aht.getSeconds();
          QueueMetrics a = erlangC.withPatience(Checks.duration(patienceSeconds)).evaluate(agents, threshold);
          assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-4));
          assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4));
          assertThat(a.occupancy()).isCloseTo(c.occupancy(), within(1e-4));
          assertThat(a.probabilityOfAbandoning()).isLessThan(1e-4);
          assertThat(a.averageSpeedOfAnswerSeconds().getAsDouble())
              .isCloseTo(c.averageSpeedOfAnswerSeconds().getAsDouble(),
                  within(1e-3 * c.averageSpeedOfAnswerSeconds().getAsDouble() + 1e-9));
        });
  }

  @Test
  void morePatienceMeansFewerAbandonments() {
    qt(200).forAll(traffic(), ahts(), patiences(), doubles().between(0.5, 1.5))
        .checkAssert((traffic, aht, patience, staffing) -> {
          int agents = Math.max(1, (int) Math.round(traffic * staffing));
          double impatient = ErlangA.ofTraffic(traffic, aht, patience).evaluate(agents, Duration.ofSeconds(20))
              .probabilityOfAbandoning();
          double patient = ErlangA.ofTraffic(traffic, aht, patience.multipliedBy(2))
              .evaluate(agents, Duration.ofSeconds(20)).probabilityOfAbandoning();
          assertThat(patient).isLessThanOrEqualTo(impatient + 1e-15);
        });
  }

  @Test
  void minimumAgentsIsMinimal() {
    Gen<ServiceTarget> targets = doubles().between(0.05, 0.98).zip(thresholds(), integers().between(0, 2),
        doubles().between(0.005, 0.3), (level, threshold, kind, abandonment) -> kind == 1
            ? ServiceTarget.of(level, threshold).withMaxAbandonment(abandonment)
            : ServiceTarget.of(level, threshold));
    qt(200).forAll(traffic(), ahts(), patiences(), targets).checkAssert((traffic, aht, patience, target) -> {
      ErlangA queue = ErlangA.ofTraffic(traffic, aht, patience);
      QueueMetrics staffed = queue.minimumAgents(target);
      assertThat(target.isMetBy(staffed)).isTrue();
      assertThat(target.isMetBy(queue.evaluate(staffed.agents() - 1, target.threshold()))).isFalse();
    });
  }
}
