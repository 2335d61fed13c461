package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One quantile of a distribution as a KPI value, such as {@code frt_p90_seconds}: the q-quantile of a
 * {@link QuantileSummary}, how many values it rests on, and whether it is exact or a DDSketch estimate within 1% of the
 * exact value. No values is "no value", never NaN and never 0. There is no interval.
 *
 * <pre>{@code
 * QuantileValue p90 = QuantileValue.of(summary, 0.9);
 * p90.value();        // OptionalDouble[3.7]
 * p90.sampleSize();   // 4
 * p90.isExact();      // true
 * }</pre>
 */
public final class QuantileValue implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  private final double quantile;
  private final long sampleSize;
  private final boolean present;
  private final double value;
  private final boolean exact;

  private QuantileValue(double quantile, long sampleSize, boolean present, double value, boolean exact) {
    this.quantile = quantile;
    this.sampleSize = sampleSize;
    this.present = present;
    this.value = present ? value : 0;
    this.exact = exact;
  }

  /**
   * Returns the q-quantile of a summary, see {@link QuantileSummary#quantile(double)}.
   *
   * @param summary the distribution
   * @param quantile q, in {@code [0, 1]}
   * @return the quantile value; without a value when the summary is empty
   * @throws IllegalArgumentException when q is not in {@code [0, 1]}
   */
  public static QuantileValue of(QuantileSummary summary, double quantile) {
    requireNonNull(summary, "summary");
    OptionalDouble value = summary.quantile(quantile);
    return new QuantileValue(quantile, summary.count(), value.isPresent(), value.orElse(0), summary.isExact());
  }

  /**
   * Returns a quantile value from its parts, e.g. read back from storage.
   *
   * @param quantile q, in {@code [0, 1]}
   * @param value the quantile, or empty when there are no values
   * @param sampleSize the number of values, {@code >= 0}; 0 exactly when the value is empty
   * @param exact whether the value is exact rather than a sketch estimate
   * @return the quantile value
   * @throws IllegalArgumentException when q is not in {@code [0, 1]}, the value is not finite, or the sample size
   *     does not agree with the presence of the value
   */
  public static QuantileValue of(double quantile, OptionalDouble value, long sampleSize, boolean exact) {
    requireNonNull(value, "value");
    if (!(quantile >= 0 && quantile <= 1)) {
      throw new IllegalArgumentException("quantile must be between 0 and 1: " + quantile);
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("quantile value must be finite: " + value.getAsDouble());
    }
    if (sampleSize < 0 || (sampleSize == 0) != value.isEmpty()) {
      throw new IllegalArgumentException(
          "a quantile has a value exactly when its sample size is positive: " + value + " with n = " + sampleSize);
    }
    return new QuantileValue(quantile, sampleSize, value.isPresent(), value.orElse(0), exact);
  }

  /**
   * Returns q.
   *
   * @return the quantile, in {@code [0, 1]}: 0.5 for the median
   */
  public double quantile() {
    return quantile;
  }

  /**
   * Returns the quantile of the values, or empty when there are none.
   *
   * @return the value
   */
  @Override
  public OptionalDouble value() {
    return present ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Returns the number of values the quantile is taken over.
   *
   * @return n, {@code >= 0}
   */
  @Override
  public long sampleSize() {
    return sampleSize;
  }

  /**
   * Returns whether the value is exact rather than a DDSketch estimate (within 1% of the exact value).
   *
   * @return whether it is exact
   */
  public boolean isExact() {
    return exact;
  }

  /**
   * Returns whether the other object is a quantile value with the same q, value, sample size and exactness.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof QuantileValue that
        && Double.compare(quantile, that.quantile) == 0
        && sampleSize == that.sampleSize
        && present == that.present
        && Double.compare(value, that.value) == 0
        && exact == that.exact;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = Double.hashCode(quantile);
    h = 31 * h + Long.hashCode(sampleSize);
    h = 31 * h + Double.hashCode(value);
    return 31 * h + (present ? 2 : 0) + (exact ? 1 : 0);
  }

  /** Returns e.g. {@code p90=3.7 (n=4, exact)} or {@code p50=none (n=0)}. */
  @Override
  public String toString() {
    return "p" + formatQ() + "=" + (present ? Double.toString(value) : "none") + " (n=" + sampleSize
        + (present ? exact ? ", exact)" : ", sketch 1%)" : ")");
  }

  private String formatQ() {
    double percent = quantile * 100;
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }
}
