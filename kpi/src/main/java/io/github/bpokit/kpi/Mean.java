package io.github.bpokit.kpi;

import io.github.bpokit.kpi.internal.FixedPoint;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * The mean of {@code count} observations whose exact sum is {@code sumUnits} units of {@code 10^-scale}: scale 0 for
 * whole numbers (seconds, survey answers), scale 6 for QA scores kept to the micro-point. The value of no observations
 * is "no value", never NaN and never 0.
 *
 * <pre>{@code
 * Mean aht = Mean.of(4, 1_300);          // 4 contacts, 1300 s in all
 * aht.value();                           // OptionalDouble[325.0]
 * Mean qa = Mean.of(2, 171_500_000, 6);  // 87.0 and 84.5 points on the micro-point grid
 * qa.sum();                              // 171.500000
 * qa.value();                            // OptionalDouble[85.75]
 * }</pre>
 *
 * @param count the number of observations, {@code >= 0}
 * @param sumUnits the exact sum of the observations in units of {@code 10^-scale}; 0 when {@code count} is 0
 * @param scale the number of decimal places of the grid, {@code 0..18}
 */
public record Mean(long count, long sumUnits, int scale) implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  private static final long EXACT_DOUBLE = 1L << 53;

  /**
   * Creates a mean.
   *
   * @param count the number of observations
   * @param sumUnits the sum in units of {@code 10^-scale}
   * @param scale the number of decimal places of the grid
   * @throws IllegalArgumentException when {@code count < 0}, the scale is not in {@code 0..18}, or the sum of no
   *     observations is not 0
   */
  public Mean {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    FixedPoint.checkScale(scale);
    if (count == 0 && sumUnits != 0) {
      throw new IllegalArgumentException("the sum of no observations must be 0: " + sumUnits);
    }
  }

  /**
   * Creates the mean of whole numbers.
   *
   * @param count the number of observations
   * @param sum their sum
   * @return the mean on the scale-0 grid
   * @throws IllegalArgumentException when {@code count < 0}, or {@code count == 0} and {@code sum != 0}
   */
  public static Mean of(long count, long sum) {
    return new Mean(count, sum, 0);
  }

  /**
   * Creates the mean of decimals on a fixed-point grid.
   *
   * @param count the number of observations
   * @param sumUnits their sum in units of {@code 10^-scale}
   * @param scale the number of decimal places of the grid
   * @return the mean
   * @throws IllegalArgumentException when {@code count < 0}, the scale is not in {@code 0..18}, or {@code count == 0}
   *     and {@code sumUnits != 0}
   */
  public static Mean of(long count, long sumUnits, int scale) {
    return new Mean(count, sumUnits, scale);
  }

  /**
   * Returns the exact sum of the observations.
   *
   * @return {@code sumUnits × 10^-scale}, with {@code scale} decimal places
   */
  public BigDecimal sum() {
    return BigDecimal.valueOf(sumUnits, scale);
  }

  /**
   * Returns the mean, the exact quotient rounded once to the nearest double, or empty when there are no observations.
   *
   * @return {@code sum / count}
   */
  @Override
  public OptionalDouble value() {
    if (count == 0) {
      return OptionalDouble.empty();
    }
    long divisorUnits = FixedPoint.pow10(scale);
    if (Math.abs(sumUnits) < EXACT_DOUBLE && count < EXACT_DOUBLE / divisorUnits) {
      // both operands are exact doubles, so one IEEE division rounds the exact quotient once
      return OptionalDouble.of((double) sumUnits / ((double) count * divisorUnits));
    }
    return OptionalDouble.of(
        sum().divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).doubleValue());
  }

  /**
   * Returns the count.
   *
   * @return {@link #count()}
   */
  @Override
  public long sampleSize() {
    return count;
  }

  /** Returns e.g. {@code mean(171.500000/2)}. */
  @Override
  public String toString() {
    return "mean(" + sum().toPlainString() + "/" + count + ")";
  }
}
