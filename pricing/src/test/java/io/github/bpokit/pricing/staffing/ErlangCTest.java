package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Erlang C: published worked examples, high-precision references, edge cases and input validation. */
class ErlangCTest {
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
  private static final Offset<Double> FOUR_PLACES = within(0.00005);

  // --- published examples -------------------------------------------------------------------------------------------

  /**
   * The worked example of callcentrehelper.com, "Erlang C Formula – Made Simple With an Easy Worked Example" (widely
   * reproduced by workforce-management vendors): 100 calls in 30 minutes, AHT 180 s,
   * target 80% answered in 20 s: 10 erlangs, 14 agents, P(wait) 17.41%, service level 88.84%, ASA 7.84 s,
   * occupancy 71.43%, and 20 agents to schedule at 30% shrinkage.
   */
  @Test
  void callCentreHelperWorkedExample() {
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    assertThat(queue.traffic()).isEqualTo(10.0);

    QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.80, TWENTY_SECONDS));

    assertThat(staffed.agents()).isEqualTo(14);
    assertThat(staffed.isStable()).isTrue();
    assertThat(staffed.probabilityOfWaiting()).isCloseTo(0.1741, FOUR_PLACES);
    assertThat(staffed.serviceLevel()).isCloseTo(0.8884, FOUR_PLACES);
    assertThat(staffed.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(7.84, within(0.005));
    assertThat(staffed.averageSpeedOfAnswer()).hasValue(Duration.ofNanos(7_835_937_012L));
    assertThat(staffed.occupancy()).isCloseTo(0.7143, FOUR_PLACES);
    assertThat(staffed.probabilityOfAbandoning()).isZero();
    assertThat(staffed.threshold()).isEqualTo(TWENTY_SECONDS);
    assertThat(staffed.scheduledAgents(Shrinkage.of(0.30))).isEqualTo(20);
    assertThat(staffed).isEqualTo(queue.evaluate(14, TWENTY_SECONDS));
    assertThat(staffed).hasToString("14 agents, 10.0 erlangs: P(wait) 0.1741, P(abandon) 0.0000, SL 0.8884 within "
        + "PT20S, ASA 7.84 s, occupancy 0.7143");
  }

  /** Around that example (our figures, consistent with it): 13 agents reach 79.56%, just short of 80%. */
  @Test
  void callCentreHelperNeighbouringStaffing() {
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    assertThat(queue.evaluate(13, TWENTY_SECONDS).serviceLevel()).isCloseTo(0.7956, FOUR_PLACES);
    assertThat(queue.evaluate(12, TWENTY_SECONDS).serviceLevel()).isCloseTo(0.6402, FOUR_PLACES);
    assertThat(queue.evaluate(11, TWENTY_SECONDS).probabilityOfWaiting()).isCloseTo(0.6821, FOUR_PLACES);
    assertThat(queue.evaluate(11, TWENTY_SECONDS).serviceLevel()).isCloseTo(0.3896, FOUR_PLACES);
  }

  /**
   * The example of the Erlang C calculator at http://personal.telefonica.terra.es/web/vr/erlang/eng/mcerlc.htm:
   * 600 calls an hour of 120 s are 20 erlangs; for a delay probability of at most 15% 26 circuits are needed, with an
   * average delay of about 3 s per call; 30 circuits reduce the delay probability to 2.5%.
   */
  @Test
  void telefonicaCalculatorExample() {
    ErlangC queue = ErlangC.of(600, Duration.ofHours(1), Duration.ofSeconds(120));
    assertThat(queue.traffic()).isEqualTo(20.0);

    QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.85, Duration.ZERO)); // P(wait) <= 15%

    assertThat(staffed.agents()).isEqualTo(26);
    assertThat(staffed.probabilityOfWaiting()).isCloseTo(0.1434, FOUR_PLACES);
    assertThat(staffed.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(3, within(0.15));
    assertThat(queue.evaluate(25, Duration.ZERO).probabilityOfWaiting()).isGreaterThan(0.15);
    assertThat(queue.evaluate(30, Duration.ZERO).probabilityOfWaiting()).isCloseTo(0.025, within(0.0005));
  }

  /**
   * Erlang B, the recursion Erlang C is built on, against the Erlang B calculator manual of erlang.com
   * (https://erlang.com/calculatormanual/howmuchtrafficcanatrunkgrouphandle.htm): 15 lines at 1% blocking carry 8.108
   * erlangs; and its forum answer that 1,200 calls an hour of 100 s (33.33 erlangs) need 45 lines at 1%.
   */
  @Test
  void erlangBMatchesPublishedTables() {
    assertThat(ErlangC.erlangB(15, 8.108)).isCloseTo(0.01, within(0.00002));
    assertThat(ErlangC.erlangB(45, 1200 * 100 / 3600.0)).isLessThanOrEqualTo(0.01);
    assertThat(ErlangC.erlangB(44, 1200 * 100 / 3600.0)).isGreaterThan(0.01);
  }

  // --- precision ----------------------------------------------------------------------------------------------------

  /**
   * P(wait), service level and ASA to 1e-9 relative against the textbook formula in 50-digit decimals, for traffic up
   * to 10,000 erlangs (where A^N/N! is about 10^4343 and double-precision textbook code overflows).
   */
  @Test
  void exactTo1e9AgainstHighPrecisionReference() {
    double[][] points = {
        {10, 11}, {10, 14}, {10, 40}, {0.25, 1}, {100.5, 101}, {100.5, 110}, {1000, 1001}, {1000, 1030},
        {2718.2818, 2800}, {9999.7, 10000}, {10_000, 10_001}, {10_000, 10_013}, {10_000, 10_100}, {10_000, 10_400}};
    for (double[] point : points) {
      double traffic = point[0];
      int agents = (int) point[1];
      QueueMetrics metrics = ErlangC.ofTraffic(traffic, AHT).evaluate(agents, TWENTY_SECONDS);
      BigDecimal c = Reference.erlangC(traffic, agents);
      BigDecimal gap = BigDecimal.valueOf(agents).subtract(new BigDecimal(traffic));
      double asa = c.multiply(BigDecimal.valueOf(180)).divide(gap, MathContext.DECIMAL64).doubleValue();
      double serviceLevel = 1 - c.doubleValue() * Math.exp(-gap.doubleValue() * 20 / 180);
      String where = traffic + " erlangs, " + agents + " agents";
      assertRelative(where + " P(wait)", metrics.probabilityOfWaiting(), c.doubleValue());
      assertRelative(where + " ASA", metrics.averageSpeedOfAnswerSeconds().getAsDouble(), asa);
      assertRelative(where + " SL", metrics.serviceLevel(), serviceLevel);
      assertRelative(where + " B", ErlangC.erlangB(agents, traffic), Reference.erlangB(traffic, agents).doubleValue());
    }
  }

  @Test
  void erlangBTableRepeatsTheRecursion() {
    double[] table = ErlangC.erlangBTable(300, 250.5);
    assertThat(table).hasSize(301);
    for (int n = 0; n <= 300; n += 7) {
      assertThat(table[n]).isEqualTo(ErlangC.erlangB(n, 250.5));
    }
  }

  static void assertRelative(String what, double actual, double expected) {
    assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(1e-9 * Math.abs(expected));
  }

  @Test
  void minimumAgentsAtTenThousandErlangs() {
    ErlangC queue = ErlangC.ofTraffic(10_000, AHT);
    ServiceTarget target = ServiceTarget.of(0.80, TWENTY_SECONDS);

    QueueMetrics staffed = queue.minimumAgents(target);

    assertThat(staffed.agents()).isEqualTo(10_013);
    assertThat(staffed.serviceLevel()).isGreaterThanOrEqualTo(0.80);
    assertThat(queue.evaluate(10_012, TWENTY_SECONDS).serviceLevel()).isLessThan(0.80);
    double exact = 1 - Reference.erlangC(10_000, 10_013).doubleValue() * Math.exp(-13.0 * 20 / 180);
    assertRelative("SL", staffed.serviceLevel(), exact);
  }

  // --- targets ------------------------------------------------------------------------------------------------------

  @Test
  void occupancyLimitAddsAgents() {
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    ServiceTarget target = ServiceTarget.of(0.80, TWENTY_SECONDS).withMaxOccupancy(0.65);

    QueueMetrics staffed = queue.minimumAgents(target);

    assertThat(staffed.agents()).isEqualTo(16); // 10/15 = 0.667 > 0.65, 10/16 = 0.625
    assertThat(staffed.occupancy()).isEqualTo(0.625);
    assertThat(target.isMetBy(staffed)).isTrue();
    assertThat(target.isMetBy(queue.evaluate(15, TWENTY_SECONDS))).isFalse();
  }

  @Test
  void occupancyLimitAtTheEdgeIsMet() {
    // 8.5 erlangs at 85%: exactly 10 agents
    QueueMetrics staffed = ErlangC.ofTraffic(8.5, AHT)
        .minimumAgents(ServiceTarget.of(0.01, Duration.ZERO).withMaxOccupancy(0.85));
    assertThat(staffed.agents()).isEqualTo(10);
  }

  @Test
  void averageSpeedOfAnswerLimitAddsAgents() {
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    ServiceTarget target = ServiceTarget.of(0.80, TWENTY_SECONDS).withMaxAverageSpeedOfAnswer(Duration.ofSeconds(5));

    QueueMetrics staffed = queue.minimumAgents(target);

    assertThat(staffed.agents()).isEqualTo(15); // ASA 7.84 s with 14, 3.67 s with 15
    assertThat(staffed.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(3.6735, FOUR_PLACES);
  }

  @Test
  void abandonmentLimitDoesNotConstrainErlangC() {
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    assertThat(queue.minimumAgents(ServiceTarget.of(0.80, TWENTY_SECONDS).withMaxAbandonment(0.01)).agents())
        .isEqualTo(14);
  }

  // --- edge cases ---------------------------------------------------------------------------------------------------

  @Test
  void unstableQueueIsExplicit() {
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    for (int agents : new int[] {0, 1, 9, 10}) {
      QueueMetrics metrics = queue.evaluate(agents, TWENTY_SECONDS);
      assertThat(metrics.isStable()).isFalse();
      assertThat(metrics.probabilityOfWaiting()).isEqualTo(1.0);
      assertThat(metrics.serviceLevel()).isZero();
      assertThat(metrics.averageSpeedOfAnswer()).isEmpty();
      assertThat(metrics.averageSpeedOfAnswerSeconds()).isEmpty();
      assertThat(metrics.occupancy()).isEqualTo(1.0);
    }
    assertThat(queue.evaluate(10, TWENTY_SECONDS).toString()).contains("unstable").contains("ASA none");
    assertThat(queue.evaluate(11, TWENTY_SECONDS).isStable()).isTrue();
  }

  @Test
  void barelyStableQueue() {
    QueueMetrics metrics = ErlangC.ofTraffic(9.999_999, AHT).evaluate(10, TWENTY_SECONDS);
    assertThat(metrics.isStable()).isTrue();
    assertThat(metrics.probabilityOfWaiting()).isCloseTo(1.0, within(1e-5));
    assertThat(metrics.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(180e6, within(1e3));
  }

  @Test
  void noTrafficNeedsNoAgents() {
    ErlangC queue = ErlangC.of(0, HALF_HOUR, AHT);
    QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.99, TWENTY_SECONDS));
    assertThat(staffed.agents()).isZero();
    assertThat(staffed.isStable()).isTrue();
    assertThat(staffed.probabilityOfWaiting()).isZero();
    assertThat(staffed.serviceLevel()).isEqualTo(1.0);
    assertThat(staffed.averageSpeedOfAnswer()).hasValue(Duration.ZERO);
    assertThat(staffed.occupancy()).isZero();
    assertThat(queue.evaluate(3, TWENTY_SECONDS).occupancy()).isZero();
  }

  @Test
  void manyAgentsForLittleTrafficNeverWait() {
    QueueMetrics metrics = ErlangC.ofTraffic(1, AHT).evaluate(400, TWENTY_SECONDS); // B underflows to 0
    assertThat(metrics.probabilityOfWaiting()).isZero();
    assertThat(metrics.serviceLevel()).isEqualTo(1.0);
    assertThat(metrics.occupancy()).isEqualTo(1 / 400.0);
  }

  @Test
  void thresholdZeroGivesShareAnsweredAtOnce() {
    QueueMetrics metrics = ErlangC.of(100, HALF_HOUR, AHT).evaluate(14, Duration.ZERO);
    assertThat(metrics.serviceLevel()).isCloseTo(1 - metrics.probabilityOfWaiting(), within(1e-15));
  }

  @Test
  void fractionalArrivalsAndRates() {
    // 200 calls an hour of 3 minutes = 10 erlangs, any way it is said
    assertThat(ErlangC.of(200, Duration.ofHours(1), Duration.ofMinutes(3)))
        .isEqualTo(ErlangC.ofTraffic(10, Duration.ofMinutes(3)));
    assertThat(ErlangC.of(2.5, Duration.ofMinutes(15), Duration.ofSeconds(90)).traffic()).isEqualTo(0.25);
  }

  @Test
  void withPatienceKeepsTrafficAndHandleTime() {
    ErlangA withAbandonment = ErlangC.of(100, HALF_HOUR, AHT).withPatience(Duration.ofMinutes(2));
    assertThat(withAbandonment).isEqualTo(ErlangA.of(100, HALF_HOUR, AHT, Duration.ofMinutes(2)));
    assertThat(withAbandonment.withoutAbandonment()).isEqualTo(ErlangC.of(100, HALF_HOUR, AHT));
  }

  @Test
  void describesItself() {
    assertThat(ErlangC.of(100, HALF_HOUR, AHT)).hasToString("ErlangC[10.0 erlangs, AHT PT3M]");
  }

  // --- validation ---------------------------------------------------------------------------------------------------

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> ErlangC.of(-1, HALF_HOUR, AHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> ErlangC.of(Double.NaN, HALF_HOUR, AHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: NaN");
    assertThatThrownBy(() -> ErlangC.of(Double.POSITIVE_INFINITY, HALF_HOUR, AHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: Infinity");
    assertThatThrownBy(() -> ErlangC.of(100, Duration.ZERO, AHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must be > 0: PT0S");
    assertThatThrownBy(() -> ErlangC.of(100, HALF_HOUR, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aht must be > 0: PT0S");
    assertThatThrownBy(() -> ErlangC.ofTraffic(10, Duration.ofSeconds(-180)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aht must be > 0: PT-3M");
    assertThatThrownBy(() -> ErlangC.ofTraffic(-0.5, AHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("traffic must be finite and >= 0: -0.5");
    assertThatThrownBy(() -> ErlangC.ofTraffic(1_000_001, AHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("traffic must be <= 1000000 erlangs: 1000001.0");
    ErlangC queue = ErlangC.of(100, HALF_HOUR, AHT);
    assertThatThrownBy(() -> queue.evaluate(-1, TWENTY_SECONDS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("agents must be >= 0: -1");
    assertThatThrownBy(() -> queue.evaluate(14, Duration.ofSeconds(-20)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threshold must be >= 0: PT-20S");
  }

  @Test
  void rejectsTargetsNeedingAbsurdStaffing() {
    ErlangC queue = ErlangC.ofTraffic(1_000_000, AHT);
    assertThatThrownBy(() -> queue.minimumAgents(ServiceTarget.of(0.8, TWENTY_SECONDS).withMaxOccupancy(1e-6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs more than 1073741824 agents");
  }
}
