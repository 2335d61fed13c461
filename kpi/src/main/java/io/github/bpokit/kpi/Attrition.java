package io.github.bpokit.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * Staff attrition over a period of whole months (SPEC §4, "more KPIs"): leavers / average headcount, and its
 * annualized form × 12 / months. The average headcount is the mean over the months of each month's average of its
 * opening and closing headcount: with m months and {@code H = Σ (opening + closing)} over them, average headcount =
 * {@code H / 2m}, attrition = {@code leavers × 2m / H} and annualized attrition = {@code attrition × 12 / m =
 * 24 × leavers / H}. Both have "no value" when there are no months or the average headcount is 0; attrition can exceed
 * 1 (100%). Values are computed from the exact integers, rounded once.
 *
 * <pre>{@code
 * Attrition q3 = Attrition.of(12, 100, 96, 3);   // 12 leavers, 100 at the start, 96 at the end, over 3 months
 * q3.averageHeadcount();                         // OptionalDouble[98.0]
 * q3.value();                                    // OptionalDouble[0.1224...]  (12 / 98)
 * q3.annualized();                               // OptionalDouble[0.4897...]  (× 12 / 3)
 * }</pre>
 */
public final class Attrition implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  private final long months;
  private final long leavers;
  private final long headcountSum;

  Attrition(long months, long leavers, long headcountSum) {
    if (months < 0 || leavers < 0 || headcountSum < 0) {
      throw new IllegalArgumentException("attrition counts must be >= 0: months " + months + ", leavers " + leavers
          + ", headcount sum " + headcountSum);
    }
    this.months = months;
    this.leavers = leavers;
    this.headcountSum = headcountSum;
  }

  /**
   * Returns the attrition of a period from its opening and closing headcount, taken as the average headcount
   * {@code (opening + closing) / 2} of every month.
   *
   * @param leavers the people who left during the period, {@code >= 0}
   * @param openingHeadcount the headcount at the start, {@code >= 0}
   * @param closingHeadcount the headcount at the end, {@code >= 0}
   * @param months the length of the period in months, {@code >= 1}
   * @return the attrition
   * @throws IllegalArgumentException when a count is negative or {@code months < 1}
   * @throws ArithmeticException when the headcount sum overflows a {@code long}
   */
  public static Attrition of(long leavers, long openingHeadcount, long closingHeadcount, int months) {
    if (months < 1 || openingHeadcount < 0 || closingHeadcount < 0) {
      throw new IllegalArgumentException("attrition needs months >= 1 and headcounts >= 0: months " + months
          + ", opening " + openingHeadcount + ", closing " + closingHeadcount);
    }
    return new Attrition(months, leavers,
        Math.multiplyExact(Math.addExact(openingHeadcount, closingHeadcount), (long) months));
  }

  /**
   * Returns the number of months of the period.
   *
   * @return m
   */
  public long months() {
    return months;
  }

  /**
   * Returns the number of leavers.
   *
   * @return the leavers
   */
  public long leavers() {
    return leavers;
  }

  /**
   * Returns the average headcount, {@code Σ (opening + closing) / 2m}.
   *
   * @return the average, or empty when there are no months
   */
  public OptionalDouble averageHeadcount() {
    return months == 0 ? OptionalDouble.empty() : OptionalDouble.of(quotient(headcountSum, 2 * months));
  }

  /**
   * Returns the attrition over the period, leavers / average headcount.
   *
   * @return the rate, or empty when there are no months or no headcount
   */
  @Override
  public OptionalDouble value() {
    return headcountSum == 0 || months == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(quotient(BigDecimal.valueOf(leavers).multiply(BigDecimal.valueOf(2 * months)),
            headcountSum));
  }

  /**
   * Returns the annualized attrition, {@code value() × 12 / months}.
   *
   * @return the annual rate, or empty when there are no months or no headcount
   */
  public OptionalDouble annualized() {
    return headcountSum == 0 || months == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(quotient(BigDecimal.valueOf(leavers).multiply(BigDecimal.valueOf(24)), headcountSum));
  }

  /**
   * Returns the number of months the rate rests on.
   *
   * @return {@link #months()}
   */
  @Override
  public long sampleSize() {
    return months;
  }

  private static double quotient(long numerator, long denominator) {
    return quotient(BigDecimal.valueOf(numerator), denominator);
  }

  private static double quotient(BigDecimal numerator, long denominator) {
    return numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128).doubleValue();
  }

  /**
   * Returns whether the other object is an attrition with the same months, leavers and headcount sum.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof Attrition that
        && months == that.months
        && leavers == that.leavers
        && headcountSum == that.headcountSum;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(months) * 961 + Long.hashCode(leavers) * 31 + Long.hashCode(headcountSum);
  }

  /** Returns e.g. {@code Attrition{months=3, leavers=12, averageHeadcount=98.0}}. */
  @Override
  public String toString() {
    return "Attrition{months=" + months + ", leavers=" + leavers + ", averageHeadcount="
        + (months == 0 ? "none" : Double.toString(averageHeadcount().getAsDouble())) + "}";
  }
}
