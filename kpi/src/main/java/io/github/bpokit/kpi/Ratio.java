package io.github.bpokit.kpi;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * A ratio of two non-negative sums that is not a share of counted observations, such as occupancy (handle seconds over
 * available seconds) or utilization: its value is {@code numerator / denominator}, "no value" when the denominator is
 * 0, and it has no interval (the seconds are not independent trials).
 *
 * <pre>{@code
 * Ratio occupancy = Ratio.of(23_400, 27_000);  // 6.5 h handling in 7.5 h available
 * occupancy.value();                           // OptionalDouble[0.8666...]
 * }</pre>
 *
 * @param numerator the numerator sum, {@code >= 0}
 * @param denominator the denominator sum, {@code >= 0}
 */
public record Ratio(long numerator, long denominator) implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a ratio.
   *
   * @param numerator the numerator sum
   * @param denominator the denominator sum
   * @throws IllegalArgumentException when a sum is negative
   */
  public Ratio {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("ratio sums must be >= 0: " + numerator + " / " + denominator);
    }
  }

  /**
   * Creates a ratio.
   *
   * @param numerator the numerator sum
   * @param denominator the denominator sum
   * @return the ratio
   * @throws IllegalArgumentException when a sum is negative
   */
  public static Ratio of(long numerator, long denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Returns {@code numerator / denominator}, or empty when the denominator is 0.
   *
   * @return the ratio, {@code >= 0}
   */
  @Override
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * Returns the denominator, the amount the ratio rests on (seconds, for time ratios).
   *
   * @return {@link #denominator()}
   */
  @Override
  public long sampleSize() {
    return denominator;
  }

  /** Returns e.g. {@code 23400/27000}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
