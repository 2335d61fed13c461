package io.github.bpokit.kpi;

import java.io.Serializable;

/**
 * A closed interval {@code [lower, upper]} of real numbers, such as a confidence interval around a KPI value.
 *
 * <pre>{@code
 * Interval ci = Proportion.of(81, 263).interval().orElseThrow(); // [0.2553, 0.3662]
 * ci.contains(0.30);                                             // true
 * ci.width();                                                    // 0.1109
 * }</pre>
 *
 * @param lower the lower bound, included
 * @param upper the upper bound, included; not below {@code lower}
 */
public record Interval(double lower, double upper) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an interval.
   *
   * @param lower the lower bound, included
   * @param upper the upper bound, included
   * @throws IllegalArgumentException when a bound is NaN or {@code lower > upper}
   */
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException(
          "interval bounds must be numbers with lower <= upper: [" + lower + ", " + upper + "]");
    }
  }

  /**
   * Creates an interval.
   *
   * @param lower the lower bound, included
   * @param upper the upper bound, included
   * @return the interval {@code [lower, upper]}
   * @throws IllegalArgumentException when a bound is NaN or {@code lower > upper}
   */
  public static Interval of(double lower, double upper) {
    return new Interval(lower, upper);
  }

  /**
   * Returns whether a value lies in the interval, bounds included.
   *
   * @param value the value to test
   * @return {@code lower <= value && value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper - lower}
   */
  public double width() {
    return upper - lower;
  }

  /** Returns {@code [lower, upper]}. */
  @Override
  public String toString() {
    return "[" + lower + ", " + upper + "]";
  }
}
