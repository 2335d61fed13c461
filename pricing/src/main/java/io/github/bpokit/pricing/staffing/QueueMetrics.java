package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How a queue performs with a given number of agents: the result of {@link QueueModel#evaluate(int, Duration)} and
 * {@link QueueModel#minimumAgents(ServiceTarget)}.
 *
 * <p>The measures (all in the steady state):
 *
 * <ul>
 *   <li>{@link #probabilityOfWaiting()}: the share of arrivals that find every agent busy;
 *   <li>{@link #probabilityOfAbandoning()}: the share of arrivals that hang up before being answered (always zero
 *       for Erlang C);
 *   <li>{@link #serviceLevel()}: the share of <em>all</em> arrivals answered within {@link #threshold()} (abandoned
 *       contacts count as not answered in time);
 *   <li>{@link #averageSpeedOfAnswer()}: the mean wait of answered contacts, including those answered at once;
 *   <li>{@link #occupancy()}: the share of time agents spend handling contacts.
 * </ul>
 *
 * <p>A queue without abandonment is <em>unstable</em> when its traffic is at least the number of agents: the queue
 * grows without bound. Its metrics say so explicitly: {@link #isStable()} is false, the probability of waiting is 1,
 * the service level 0, the occupancy 1 and the average speed of answer absent (it is infinite). Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * QueueMetrics m = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180))
 *     .evaluate(14, Duration.ofSeconds(20));
 * m.probabilityOfWaiting();            // 0.1741
 * m.serviceLevel();                    // 0.8884 (answered within 20 s)
 * m.averageSpeedOfAnswer();            // Optional[PT7.835...S]
 * m.occupancy();                       // 0.7143
 * m.scheduledAgents(Shrinkage.of(0.30)); // 20
 * }</pre>
 */
public final class QueueMetrics {
  private final int agents;
  private final double traffic;
  private final Duration threshold;
  private final boolean stable;
  private final double probabilityOfWaiting;
  private final double probabilityOfAbandoning;
  private final double serviceLevel;
  /** Seconds; NaN when absent. */
  private final double averageSpeedOfAnswerSeconds;
  private final double occupancy;

  QueueMetrics(int agents, double traffic, Duration threshold, boolean stable, double probabilityOfWaiting,
      double probabilityOfAbandoning, double serviceLevel, double averageSpeedOfAnswerSeconds, double occupancy) {
    this.agents = agents;
    this.traffic = traffic;
    this.threshold = threshold;
    this.stable = stable;
    this.probabilityOfWaiting = clamp(probabilityOfWaiting);
    this.probabilityOfAbandoning = clamp(probabilityOfAbandoning);
    this.serviceLevel = clamp(serviceLevel);
    this.averageSpeedOfAnswerSeconds = averageSpeedOfAnswerSeconds;
    this.occupancy = clamp(occupancy);
  }

  /** Rounding may push a probability a few ulps outside [0, 1]; -0.0 becomes 0.0. */
  private static double clamp(double probability) {
    return probability <= 0 ? 0 : Math.min(probability, 1);
  }

  /**
   * Returns the number of agents handling contacts.
   *
   * @return the agents, zero or more
   */
  public int agents() {
    return agents;
  }

  /**
   * Returns the offered traffic: arrivals × average handle time per unit of time, in erlangs.
   *
   * @return the traffic, zero or more
   */
  public double traffic() {
    return traffic;
  }

  /**
   * Returns the answer-time threshold of {@link #serviceLevel()}.
   *
   * @return the threshold
   */
  public Duration threshold() {
    return threshold;
  }

  /**
   * Tells whether the queue reaches a steady state. An Erlang A queue always does (callers abandon); an Erlang C
   * queue does when there is no traffic or more agents than erlangs of traffic.
   *
   * @return whether the queue is stable
   */
  public boolean isStable() {
    return stable;
  }

  /**
   * Returns the share of arrivals that find every agent busy and wait (Erlang C's P(wait); 1 when unstable).
   *
   * @return the probability of waiting, in [0, 1]
   */
  public double probabilityOfWaiting() {
    return probabilityOfWaiting;
  }

  /**
   * Returns the share of arrivals that abandon before being answered: zero for Erlang C.
   *
   * @return the probability of abandoning, in [0, 1]
   */
  public double probabilityOfAbandoning() {
    return probabilityOfAbandoning;
  }

  /**
   * Returns the share of all arrivals answered within {@link #threshold()}: for Erlang C
   * {@code 1 − P(wait)·e^(−(N − A)·T/AHT)}, 0 when unstable.
   *
   * @return the service level, in [0, 1]
   */
  public double serviceLevel() {
    return serviceLevel;
  }

  /**
   * Returns the average speed of answer: the mean wait of answered contacts, counting those answered at once as
   * zero (for Erlang C {@code P(wait)·AHT/(N − A)}).
   *
   * @return the average speed of answer, to the nanosecond; empty when the queue is unstable (infinite) or when no
   *     contact is ever answered (no agents)
   */
  public Optional<Duration> averageSpeedOfAnswer() {
    return Double.isNaN(averageSpeedOfAnswerSeconds)
        ? Optional.empty()
        : Optional.of(Checks.duration(averageSpeedOfAnswerSeconds));
  }

  /**
   * Returns the average speed of answer in seconds, unrounded.
   *
   * @return the average speed of answer in seconds; empty when {@link #averageSpeedOfAnswer()} is
   */
  public OptionalDouble averageSpeedOfAnswerSeconds() {
    return Double.isNaN(averageSpeedOfAnswerSeconds)
        ? OptionalDouble.empty()
        : OptionalDouble.of(averageSpeedOfAnswerSeconds);
  }

  /**
   * Returns the share of time agents spend handling contacts: answered traffic per agent, {@code A/N} for Erlang C
   * and {@code A·(1 − P(abandon))/N} for Erlang A; 1 when unstable, 0 without agents or traffic.
   *
   * @return the occupancy, in [0, 1]
   */
  public double occupancy() {
    return occupancy;
  }

  /**
   * Returns the agents to schedule so that {@link #agents()} are available after shrinkage:
   * {@code ceil(N / (1 − shrinkage))}.
   *
   * @param shrinkage the shrinkage
   * @return the scheduled agents
   */
  public int scheduledAgents(Shrinkage shrinkage) {
    return requireNonNull(shrinkage, "shrinkage").scheduled(agents);
  }

  /**
   * Tells whether another object holds the same metrics: agents, traffic, threshold and every measure.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof QueueMetrics)) {
      return false;
    }
    QueueMetrics that = (QueueMetrics) other;
    return agents == that.agents
        && Double.compare(traffic, that.traffic) == 0
        && threshold.equals(that.threshold)
        && stable == that.stable
        && Double.compare(probabilityOfWaiting, that.probabilityOfWaiting) == 0
        && Double.compare(probabilityOfAbandoning, that.probabilityOfAbandoning) == 0
        && Double.compare(serviceLevel, that.serviceLevel) == 0
        && Double.compare(averageSpeedOfAnswerSeconds, that.averageSpeedOfAnswerSeconds) == 0
        && Double.compare(occupancy, that.occupancy) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(agents, traffic, threshold, stable, probabilityOfWaiting, probabilityOfAbandoning,
        serviceLevel, averageSpeedOfAnswerSeconds, occupancy);
  }

  /**
   * Returns a summary such as
   * {@code 14 agents, 10.0 erlangs: P(wait) 0.1741, P(abandon) 0.0000, SL 0.8884 within PT20S, ASA 7.84 s,
   * occupancy 0.7143}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%d agents, %s erlangs: %sP(wait) %.4f, P(abandon) %.4f, SL %.4f within %s, ASA %s, occupancy %.4f",
        agents, traffic, stable ? "" : "unstable, ", probabilityOfWaiting, probabilityOfAbandoning, serviceLevel,
        threshold, Double.isNaN(averageSpeedOfAnswerSeconds)
            ? "none"
            : String.format(java.util.Locale.ROOT, "%.2f s", averageSpeedOfAnswerSeconds),
        occupancy);
  }
}
