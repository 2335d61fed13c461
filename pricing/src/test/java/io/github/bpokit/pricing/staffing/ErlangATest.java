package io.github.bpokit.pricing.staffing;

import static io.github.bpokit.pricing.staffing.ErlangCTest.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Erlang A against independent computations: the birth-death chain state by state in 50-digit decimals, the waiting
 * caller's own Markov chain (uniformization) for the service level, a first-step recursion for the speed of answer,
 * and a discrete-event simulation for the meaning of every measure. No exact published Erlang A figures are used: the
 * calculators that publish them truncate the queue or use diffusion approximations.
 */
class ErlangATest {
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

  /** {traffic, AHT s, patience s, agents, threshold s}: under- and over-staffed, short and long patience. */
  private static final double[][] CASES = {
      {10, 180, 120, 12, 20}, {10, 180, 120, 14, 20}, {10, 180, 60, 5, 20}, {10, 180, 600, 10, 20},
      {10, 180, 120, 14, 0}, {10, 180, 120, 14, 600}, {2.5, 300, 30, 1, 15}, {0.3, 60, 45, 1, 10},
      {50, 240, 180, 45, 30}, {50, 240, 180, 60, 30}, {120, 420, 90, 100, 60}, {200, 180, 300, 210, 20},
      {500, 180, 300, 480, 20}, {8, 180, 1e5, 10, 20}};

  @Test
  void stationaryMeasuresMatchTheChainInHighPrecision() {
    for (double[] c : CASES) {
      ErlangA queue = ErlangA.ofTraffic(c[0], seconds(c[1]), seconds(c[2]));
      int agents = (int) c[3];
      QueueMetrics metrics = queue.evaluate(agents, seconds(c[4]));
      Reference.Chain chain = new Reference.Chain(c[0] / c[1], 1 / c[1], 1 / c[2], agents);
      String where = queue + " with " + agents + " agents";
      assertRelative(where + " P(wait)", metrics.probabilityOfWaiting(), chain.probabilityOfWaiting);
      assertRelative(where + " P(abandon)", metrics.probabilityOfAbandoning(), chain.probabilityOfAbandoning);
      assertRelative(where + " occupancy", metrics.occupancy(), chain.occupancy);
    }
  }

  @Test
  void serviceLevelMatchesTheWaitingCallersChain() {
    for (double[] c : CASES) {
      ErlangA queue = ErlangA.ofTraffic(c[0], seconds(c[1]), seconds(c[2]));
      int agents = (int) c[3];
      QueueMetrics metrics = queue.evaluate(agents, seconds(c[4]));
      Reference.Chain chain = new Reference.Chain(c[0] / c[1], 1 / c[1], 1 / c[2], agents);
      double expected = Reference.answeredWithin(chain, 1 / c[1], 1 / c[2], agents, c[4]);
      assertThat(metrics.serviceLevel()).as(queue + " with " + agents + " agents: SL")
          .isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void averageSpeedOfAnswerMatchesTheFirstStepRecursion() {
    for (double[] c : CASES) {
      ErlangA queue = ErlangA.ofTraffic(c[0], seconds(c[1]), seconds(c[2]));
      int agents = (int) c[3];
      QueueMetrics metrics = queue.evaluate(agents, seconds(c[4]));
      Reference.Chain chain = new Reference.Chain(c[0] / c[1], 1 / c[1], 1 / c[2], agents);
      assertRelative(queue + " with " + agents + " agents: ASA", metrics.averageSpeedOfAnswerSeconds().getAsDouble(),
          Reference.averageSpeedOfAnswer(chain, 1 / c[1], 1 / c[2], agents));
    }
  }

  /** The definitions (who counts as waiting, answered in time, abandoned) agree with a simulated queue. */
  @Test
  void measuresMatchASimulatedQueue() {
    double[][] cases = {{10, 180, 120, 12, 20}, {10, 180, 60, 8, 20}, {40, 240, 90, 38, 30}};
    long seed = 7;
    for (double[] c : cases) {
      int agents = (int) c[3];
      QueueMetrics metrics = ErlangA.ofTraffic(c[0], seconds(c[1]), seconds(c[2])).evaluate(agents, seconds(c[4]));
      Reference.Simulated simulated = Reference.simulate(c[0] / c[1], c[1], c[2], agents, c[4], 400_000, seed++);
      assertThat(metrics.serviceLevel()).isCloseTo(simulated.serviceLevel(), within(0.01));
      assertThat(metrics.probabilityOfWaiting()).isCloseTo(simulated.probabilityOfWaiting(), within(0.01));
      assertThat(metrics.probabilityOfAbandoning()).isCloseTo(simulated.probabilityOfAbandoning(), within(0.005));
      assertThat(metrics.averageSpeedOfAnswerSeconds().getAsDouble())
          .isCloseTo(simulated.averageSpeedOfAnswer(), within(0.05 * simulated.averageSpeedOfAnswer()));
    }
  }

  @Test
  void example() {
    ErlangA queue = ErlangA.of(100, HALF_HOUR, AHT, Duration.ofMinutes(2));
    QueueMetrics twelve = queue.evaluate(12, TWENTY_SECONDS);
    assertThat(twelve.probabilityOfAbandoning()).isCloseTo(0.0616, within(0.00005));
    assertThat(twelve.serviceLevel()).isCloseTo(0.8256, within(0.00005));
    assertThat(twelve.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(6.33, within(0.005));
    assertThat(twelve.isStable()).isTrue();

    ServiceTarget target = ServiceTarget.of(0.80, TWENTY_SECONDS).withMaxAbandonment(0.03);
    QueueMetrics staffed = queue.minimumAgents(target);
    assertThat(staffed.agents()).isEqualTo(14);
    assertThat(target.isMetBy(queue.evaluate(13, TWENTY_SECONDS))).isFalse();
    // without the abandonment limit, 12 agents already answer 82.6% within 20 s (Erlang C needs 14)
    assertThat(queue.minimumAgents(ServiceTarget.of(0.80, TWENTY_SECONDS)).agents()).isEqualTo(12);
  }

  @Test
  void longPatienceApproachesErlangC() {
    ErlangC erlangC = ErlangC.of(100, HALF_HOUR, AHT);
    QueueMetrics c = erlangC.evaluate(14, TWENTY_SECONDS);
    QueueMetrics a = erlangC.withPatience(Duration.ofDays(1000)).evaluate(14, TWENTY_SECONDS);
    assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-6));
    assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-6));
    assertThat(a.averageSpeedOfAnswerSeconds().getAsDouble())
        .isCloseTo(c.averageSpeedOfAnswerSeconds().getAsDouble(), within(1e-4));
    assertThat(a.occupancy()).isCloseTo(c.occupancy(), within(1e-6));
    assertThat(a.probabilityOfAbandoning()).isLessThan(1e-6);
  }

  @Test
  void overloadedQueueIsStableThanksToAbandonment() {
    ErlangA queue = ErlangA.ofTraffic(10_000, AHT, Duration.ofSeconds(120));
    QueueMetrics half = queue.evaluate(5_000, TWENTY_SECONDS);
    assertThat(half.isStable()).isTrue();
    assertThat(half.probabilityOfAbandoning()).isCloseTo(0.5, within(1e-3)); // half the callers cannot be served
    assertThat(half.occupancy()).isCloseTo(1, within(1e-3));
    assertThat(half.serviceLevel()).isLessThan(1e-6);

    QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.80, TWENTY_SECONDS));
    assertThat(staffed.agents()).isLessThan(10_000); // the efficiency-driven regime: fewer agents than erlangs
    assertThat(staffed.serviceLevel()).isGreaterThanOrEqualTo(0.80);
    assertThat(queue.evaluate(staffed.agents() - 1, TWENTY_SECONDS).serviceLevel()).isLessThan(0.80);
  }

  @Test
  void extremeOverloadStaysFinite() {
    // 10 million arrivals per mean patience, a tenth of the agents needed: the chain peaks 9 million callers deep
    QueueMetrics metrics = ErlangA.ofTraffic(1_000, Duration.ofSeconds(1), Duration.ofSeconds(10_000))
        .evaluate(100, TWENTY_SECONDS);
    assertThat(metrics.probabilityOfAbandoning()).isCloseTo(0.9, within(1e-6));
    assertThat(metrics.probabilityOfWaiting()).isEqualTo(1.0);
    assertThat(metrics.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(10_000 * Math.log(10), within(1.0));
  }

  @Test
  void noAgentsAnswerNobody() {
    QueueMetrics none = ErlangA.of(100, HALF_HOUR, AHT, Duration.ofMinutes(2)).evaluate(0, TWENTY_SECONDS);
    assertThat(none.probabilityOfWaiting()).isEqualTo(1.0);
    assertThat(none.probabilityOfAbandoning()).isEqualTo(1.0);
    assertThat(none.serviceLevel()).isZero();
    assertThat(none.averageSpeedOfAnswer()).isEmpty();
    assertThat(none.occupancy()).isZero();
    assertThat(none.isStable()).isTrue();
  }

  @Test
  void noTrafficNeedsNoAgents() {
    ErlangA queue = ErlangA.of(0, HALF_HOUR, AHT, Duration.ofMinutes(2));
    QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.9, TWENTY_SECONDS));
    assertThat(staffed.agents()).isZero();
    assertThat(staffed.serviceLevel()).isEqualTo(1.0);
    assertThat(staffed.averageSpeedOfAnswer()).hasValue(Duration.ZERO);
  }

  @Test
  void manyAgentsForLittleTrafficNeverWait() {
    QueueMetrics metrics = ErlangA.ofTraffic(1, AHT, Duration.ofMinutes(2)).evaluate(400, TWENTY_SECONDS);
    assertThat(metrics.probabilityOfWaiting()).isZero();
    assertThat(metrics.serviceLevel()).isEqualTo(1.0);
    assertThat(metrics.occupancy()).isEqualTo(1 / 400.0);
  }

  @Test
  void describesItself() {
    ErlangA queue = ErlangA.of(100, HALF_HOUR, AHT, Duration.ofMinutes(2));
    assertThat(queue).hasToString("ErlangA[10.0 erlangs, AHT PT3M, patience PT2M]");
    assertThat(queue.patience()).isEqualTo(Duration.ofMinutes(2));
    assertThat(queue.aht()).isEqualTo(AHT);
    assertThat(queue.traffic()).isEqualTo(10.0);
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> ErlangA.of(-3, HALF_HOUR, AHT, Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: -3.0");
    assertThatThrownBy(() -> ErlangA.of(100, HALF_HOUR, AHT, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("patience must be > 0: PT0S");
    assertThatThrownBy(() -> ErlangA.ofTraffic(10, Duration.ofMillis(-1), Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aht must be > 0: PT-0.001S");
    assertThatThrownBy(() -> ErlangA.ofTraffic(1_000, Duration.ofSeconds(1), Duration.ofSeconds(10_001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("patience PT2H46M41S is too long for 1000.0 erlangs with an AHT of PT1S: the arrivals during one "
            + "mean patience must be <= 10000000, not 1.0001E7");
    ErlangA queue = ErlangA.of(100, HALF_HOUR, AHT, Duration.ofMinutes(2));
    assertThatThrownBy(() -> queue.evaluate(-1, TWENTY_SECONDS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("agents must be >= 0: -1");
    assertThatThrownBy(() -> queue.evaluate(3, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threshold must be >= 0: PT-1S");
  }

  static Duration seconds(double seconds) {
    return Checks.duration(seconds);
  }
}
