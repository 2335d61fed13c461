package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What a queue must achieve: a service level (a share of contacts answered within a threshold, e.g. 80% in 20
 * seconds) and, optionally, a maximum agent occupancy, a maximum average speed of answer and a maximum share of
 * abandoned contacts. {@link ErlangC#minimumAgents(ServiceTarget)} and {@link ErlangA#minimumAgents(ServiceTarget)}
 * find the fewest agents that meet every part of it.
 *
 * <p>A threshold of zero makes the service level the share answered without waiting, so a target on the probability
 * of waiting ("at most 15% of calls wait") is {@code ServiceTarget.of(0.85, Duration.ZERO)}. Instances are immutable
 * and thread-safe; the {@code with...} methods return modified copies.
 *
 * <pre>{@code
 * ServiceTarget target = ServiceTarget.of(0.80, Duration.ofSeconds(20)) // 80% answered within 20 s
 *     .withMaxOccupancy(0.85)                                         // agents busy at most 85% of the time
 *     .withMaxAverageSpeedOfAnswer(Duration.ofSeconds(15))
 *     .withMaxAbandonment(0.05);                                      // only constrains Erlang A
 * target.isMetBy(ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180)).evaluate(14, target.threshold()));
 * }</pre>
 */
public final class ServiceTarget {
  private final double serviceLevel;
  private final Duration threshold;
  /** NaN when absent. */
  private final double maxOccupancy;
  private final @Nullable Duration maxAverageSpeedOfAnswer;
  /** NaN when absent. */
  private final double maxAbandonment;

  private ServiceTarget(double serviceLevel, Duration threshold, double maxOccupancy,
      @Nullable Duration maxAverageSpeedOfAnswer, double maxAbandonment) {
    this.serviceLevel = serviceLevel;
    this.threshold = threshold;
    this.maxOccupancy = maxOccupancy;
    this.maxAverageSpeedOfAnswer = maxAverageSpeedOfAnswer;
    this.maxAbandonment = maxAbandonment;
  }

  /**
   * Returns a target of answering at least a share {@code serviceLevel} of contacts within {@code threshold}.
   *
   * @param serviceLevel the share to answer in time, in (0, 1), e.g. {@code 0.80}
   * @param threshold the answer time, zero or longer, e.g. 20 seconds
   * @return the target, without occupancy, speed-of-answer or abandonment limits
   * @throws IllegalArgumentException naming the value when {@code serviceLevel} is not in (0, 1) or
   *     {@code threshold} is negative
   */
  public static ServiceTarget of(double serviceLevel, Duration threshold) {
    requireNonNull(threshold, "threshold");
    Checks.openUnit("target service level", serviceLevel);
    Checks.nonNegative("service level threshold", threshold);
    return new ServiceTarget(serviceLevel, threshold, Double.NaN, null, Double.NaN);
  }

  /**
   * Returns a copy that also limits agent occupancy (the share of time agents spend handling contacts).
   *
   * @param maxOccupancy the highest acceptable occupancy, in (0, 1], e.g. {@code 0.85}
   * @return the modified target
   * @throws IllegalArgumentException naming the value when it is not in (0, 1]
   */
  public ServiceTarget withMaxOccupancy(double maxOccupancy) {
    if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
      throw new IllegalArgumentException("maximum occupancy must be in (0, 1]: " + maxOccupancy);
    }
    return new ServiceTarget(serviceLevel, threshold, maxOccupancy, maxAverageSpeedOfAnswer, maxAbandonment);
  }

  /**
   * Returns a copy that also limits the average speed of answer (the mean wait of answered contacts).
   *
   * @param maxAverageSpeedOfAnswer the longest acceptable average speed of answer, longer than zero
   * @return the modified target
   * @throws IllegalArgumentException naming the value when it is zero or negative
   */
  public ServiceTarget withMaxAverageSpeedOfAnswer(Duration maxAverageSpeedOfAnswer) {
    Checks.positive("maximum average speed of answer",
        requireNonNull(maxAverageSpeedOfAnswer, "maxAverageSpeedOfAnswer"));
    return new ServiceTarget(serviceLevel, threshold, maxOccupancy, maxAverageSpeedOfAnswer, maxAbandonment);
  }

  /**
   * Returns a copy that also limits the share of contacts that abandon. Erlang C has no abandonment, so only Erlang
   * A staffing is constrained by it.
   *
   * @param maxAbandonment the highest acceptable share of arrivals that abandon, in (0, 1), e.g. {@code 0.05}
   * @return the modified target
   * @throws IllegalArgumentException naming the value when it is not in (0, 1)
   */
  public ServiceTarget withMaxAbandonment(double maxAbandonment) {
    Checks.openUnit("maximum abandonment", maxAbandonment);
    return new ServiceTarget(serviceLevel, threshold, maxOccupancy, maxAverageSpeedOfAnswer, maxAbandonment);
  }

  /**
   * Returns the share of contacts to answer within {@link #threshold()}.
   *
   * @return the target service level, in (0, 1)
   */
  public double serviceLevel() {
    return serviceLevel;
  }

  /**
   * Returns the answer time of the service level.
   *
   * @return the threshold, zero or longer
   */
  public Duration threshold() {
    return threshold;
  }

  /**
   * Returns the occupancy limit.
   *
   * @return the maximum occupancy, or empty when occupancy is not limited
   */
  public OptionalDouble maxOccupancy() {
    return Double.isNaN(maxOccupancy) ? OptionalDouble.empty() : OptionalDouble.of(maxOccupancy);
  }

  /**
   * Returns the limit on the average speed of answer.
   *
   * @return the maximum average speed of answer, or empty when it is not limited
   */
  public Optional<Duration> maxAverageSpeedOfAnswer() {
    return Optional.ofNullable(maxAverageSpeedOfAnswer);
  }

  /**
   * Returns the limit on the share of abandoned contacts.
   *
   * @return the maximum abandonment, or empty when it is not limited
   */
  public OptionalDouble maxAbandonment() {
    return Double.isNaN(maxAbandonment) ? OptionalDouble.empty() : OptionalDouble.of(maxAbandonment);
  }

  /**
   * Tells whether queue metrics meet every part of this target: service level, and the occupancy, speed-of-answer
   * and abandonment limits that are present. An unstable queue never meets a target.
   *
   * @param metrics metrics evaluated at this target's threshold
   * @return whether the target is met
   * @throws IllegalArgumentException naming both when the metrics were evaluated at a different threshold
   */
  public boolean isMetBy(QueueMetrics metrics) {
    requireNonNull(metrics, "metrics");
    if (!metrics.threshold().equals(threshold)) {
      throw new IllegalArgumentException("metrics evaluated at a threshold of " + metrics.threshold()
          + " cannot be judged against a target with a threshold of " + threshold);
    }
    return isMet(metrics.serviceLevel(), metrics.occupancy(), metrics.averageSpeedOfAnswerSeconds().orElse(
        Double.POSITIVE_INFINITY), metrics.probabilityOfAbandoning());
  }

  /** The test behind {@link #isMetBy}, on plain numbers (no allocation in the staffing searches). */
  boolean isMet(double achievedServiceLevel, double occupancy, double asaSeconds, double abandonment) {
    return achievedServiceLevel >= serviceLevel
        && (Double.isNaN(maxOccupancy) || occupancy <= maxOccupancy)
        && (maxAverageSpeedOfAnswer == null || asaSeconds <= Checks.seconds(maxAverageSpeedOfAnswer))
        && (Double.isNaN(maxAbandonment) || abandonment <= maxAbandonment);
  }

  /** Returns the occupancy limit, or NaN. */
  double maxOccupancyOrNaN() {
    return maxOccupancy;
  }

  /**
   * Tells whether another object is a target with the same service level, threshold and limits.
   *
   * @param other the other object
   * @return whether the two targets are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ServiceTarget)) {
      return false;
    }
    ServiceTarget that = (ServiceTarget) other;
    return Double.compare(serviceLevel, that.serviceLevel) == 0
        && threshold.equals(that.threshold)
        && Double.compare(maxOccupancy, that.maxOccupancy) == 0
        && Objects.equals(maxAverageSpeedOfAnswer, that.maxAverageSpeedOfAnswer)
        && Double.compare(maxAbandonment, that.maxAbandonment) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(serviceLevel, threshold, maxOccupancy, maxAverageSpeedOfAnswer, maxAbandonment);
  }

  /**
   * Returns a description such as {@code 80% within PT20S, occupancy <= 85%}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(percent(serviceLevel)).append(" within ").append(threshold);
    if (!Double.isNaN(maxOccupancy)) {
      text.append(", occupancy <= ").append(percent(maxOccupancy));
    }
    if (maxAverageSpeedOfAnswer != null) {
      text.append(", ASA <= ").append(maxAverageSpeedOfAnswer);
    }
    if (!Double.isNaN(maxAbandonment)) {
      text.append(", abandonment <= ").append(percent(maxAbandonment));
    }
    return text.toString();
  }

  static String percent(double share) {
    return java.math.BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
