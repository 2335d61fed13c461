package io.github.bpokit.kpi;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A share: {@code numerator} of {@code denominator} observations, with its 95% Wilson score interval (SPEC §4). The
 * value of an empty denominator is "no value", never NaN and never 0.
 *
 * <pre>{@code
 * Proportion csat = Proportion.of(81, 263);
 * csat.value();      // OptionalDouble[0.30798...]
 * csat.interval();   // Optional[[0.25529..., 0.36621...]]  (Wilson, z = 1.959963984540054)
 * Proportion.of(0, 0).value(); // OptionalDouble.empty
 * }</pre>
 *
 * @param numerator the observations that count as a success, {@code 0 <= numerator <= denominator}
 * @param denominator all observations, {@code >= 0}
 */
public record Proportion(long numerator, long denominator) implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  /** The two-sided 95% normal quantile, Φ⁻¹(0.975), used for every 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  private static final Proportion EMPTY = new Proportion(0, 0);

  /**
   * Creates a proportion.
   *
   * @param numerator the successes
   * @param denominator all observations
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
   */
  public Proportion {
    checkCounts(numerator, denominator);
  }

  /**
   * Creates a proportion.
   *
   * @param numerator the successes
   * @param denominator all observations
   * @return {@code numerator} of {@code denominator}
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
   */
  public static Proportion of(long numerator, long denominator) {
    return new Proportion(numerator, denominator);
  }

  /**
   * Returns the proportion of nothing, 0 of 0, which has no value.
   *
   * @return 0 of 0
   */
  public static Proportion empty() {
    return EMPTY;
  }

  /**
   * Returns the Wilson score interval (Wilson 1927; Newcombe 1998, method 3) of {@code numerator} successes in
   * {@code denominator} trials: with n the denominator, x the numerator and p = x / n,
   * {@code (x + z²/2 ± z·sqrt(x(n − x)/n + z²/4)) / (n + z²)}, clamped to {@code [0, 1]}; the lower bound is exactly 0
   * when x = 0 and the upper bound exactly 1 when x = n. It always contains p.
   *
   * @param numerator the successes
   * @param denominator the trials, {@code > 0}
   * @param z the normal quantile of the confidence level, e.g. {@link #Z_95}
   * @return the interval, within {@code [0, 1]}
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}, {@code denominator > 0} and
   *     {@code z} is positive and finite
   */
  public static Interval wilson(long numerator, long denominator, double z) {
    checkCounts(numerator, denominator);
    if (denominator == 0) {
      throw new IllegalArgumentException("Wilson interval needs a positive denominator: " + denominator);
    }
    if (!(z > 0 && z < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("z must be positive and finite: " + z);
    }
    double n = denominator;
    double x = numerator;
    double z2 = z * z;
    double center = (x + z2 / 2) / (n + z2);
    double half = z * Math.sqrt(x * (n - x) / n + z2 / 4) / (n + z2);
    double lower = numerator == 0 ? 0 : Math.max(0, center - half);
    double upper = numerator == denominator ? 1 : Math.min(1, center + half);
    return new Interval(lower, upper);
  }

  private static void checkCounts(long numerator, long denominator) {
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "proportion needs 0 <= numerator <= denominator: " + numerator + " of " + denominator);
    }
  }

  /**
   * Returns {@code numerator / denominator}, or empty when the denominator is 0.
   *
   * @return the share in {@code [0, 1]}
   */
  @Override
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }

  /**
   * Returns the denominator.
   *
   * @return {@link #denominator()}
   */
  @Override
  public long sampleSize() {
    return denominator;
  }

  /**
   * Returns the 95% Wilson score interval, or empty when the denominator is 0.
   *
   * @return {@link #wilson wilson(numerator, denominator, Z_95)}
   */
  @Override
  public Optional<Interval> interval() {
    return denominator == 0 ? Optional.empty() : Optional.of(wilson(numerator, denominator, Z_95));
  }

  /**
   * Returns whether the denominator is 0, so that there is no value.
   *
   * @return {@code denominator == 0}
   */
  public boolean isEmpty() {
    return denominator == 0;
  }

  /**
   * Adds the counts of another proportion over disjoint observations.
   *
   * @param other the other proportion
   * @return {@code (numerator + other.numerator) of (denominator + other.denominator)}
   * @throws ArithmeticException when a count overflows a {@code long}
   */
  public Proportion plus(Proportion other) {
    return new Proportion(
        Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /** Returns e.g. {@code 81/263}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
