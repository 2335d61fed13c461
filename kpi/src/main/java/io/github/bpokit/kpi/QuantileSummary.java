package io.github.bpokit.kpi;

import io.github.bpokit.kpi.internal.DdSketch;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The distribution of non-negative whole numbers (seconds, typically) as a {@link QuantileAccumulator} saw it: exact
 * (every value kept) up to the accumulator's exact limit, a DDSketch at 1% relative accuracy beyond it.
 *
 * <p><b>Quantiles.</b> {@link #quantile(double) quantile(q)} interpolates linearly between the values at the closest
 * ranks of the fractional rank {@code r = q × (n − 1)} (0-based), exactly as DuckDB's {@code quantile_cont}, numpy's
 * default {@code 'linear'} method and R's type 7 do: with {@code v(k)} the value of rank {@code k},
 * {@code v(⌊r⌋) + (r − ⌊r⌋) × (v(⌊r⌋ + 1) − v(⌊r⌋))}. When {@link #isExact() exact}, {@code v(k)} is the k-th smallest
 * value; otherwise it is the DDSketch estimate of it (the representative of its bucket, clamped to
 * {@code [min, max]}, and exactly min and max at the first and last rank), within 1% of the exact k-th smallest value,
 * so the interpolated quantile is within 1% of the exact {@code quantile_cont}.
 *
 * <pre>{@code
 * QuantileAccumulator frt = new QuantileAccumulator();
 * for (long seconds : new long[] {1, 2, 3, 4}) {
 *   frt.add(seconds);
 * }
 * QuantileSummary summary = frt.snapshot();
 * summary.quantile(0.5);   // OptionalDouble[2.5]
 * summary.quantile(0.9);   // OptionalDouble[3.7]
 * summary.isExact();       // true
 * }</pre>
 *
 * <p>Two summaries are equal when they are both exact over the same multiset of values, or both sketches with the same
 * bucket counts, minimum and maximum.
 */
public final class QuantileSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long count;
  private final long min;
  private final long max;
  /** The values in ascending order, when exact. */
  private final long @Nullable [] sorted;
  /** The sketch, when not exact. */
  private final @Nullable DdSketch sketch;

  private QuantileSummary(long count, long min, long max, long @Nullable [] sorted, @Nullable DdSketch sketch) {
    this.count = count;
    this.min = min;
    this.max = max;
    this.sorted = sorted;
    this.sketch = sketch;
  }

  static QuantileSummary exact(long[] sortedValues) {
    int n = sortedValues.length;
    return n == 0
        ? new QuantileSummary(0, 0, 0, sortedValues, null)
        : new QuantileSummary(n, sortedValues[0], sortedValues[n - 1], sortedValues, null);
  }

  static QuantileSummary sketched(DdSketch sketch, long min, long max) {
    return new QuantileSummary(sketch.count(), min, max, null, sketch);
  }

  /**
   * Returns the number of values.
   *
   * @return n, {@code >= 0}
   */
  public long count() {
    return count;
  }

  /**
   * Returns whether every value was kept, so that quantiles are exact.
   *
   * @return {@code true} for an exact summary, {@code false} for a DDSketch
   */
  public boolean isExact() {
    return sorted != null;
  }

  /**
   * Returns the bound on the relative error of a quantile.
   *
   * @return 0 when exact, else 0.01
   */
  public double relativeAccuracy() {
    return sorted != null ? 0 : DdSketch.RELATIVE_ACCURACY;
  }

  /**
   * Returns the smallest value, exact in both modes.
   *
   * @return the minimum, or empty when there are no values
   */
  public OptionalLong min() {
    return count == 0 ? OptionalLong.empty() : OptionalLong.of(min);
  }

  /**
   * Returns the largest value, exact in both modes.
   *
   * @return the maximum, or empty when there are no values
   */
  public OptionalLong max() {
    return count == 0 ? OptionalLong.empty() : OptionalLong.of(max);
  }

  /**
   * Returns the q-quantile, interpolated linearly at rank {@code q × (n − 1)} as {@code quantile_cont} does (see the
   * class comment); exact, or within 1% of the exact value when this is a sketch.
   *
   * @param q the quantile, in {@code [0, 1]}: 0.5 for the median, 0.9 for the 90th percentile
   * @return the quantile, or empty when there are no values
   * @throws IllegalArgumentException when {@code q} is not in {@code [0, 1]}
   */
  public OptionalDouble quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be between 0 and 1: " + q);
    }
    if (count == 0) {
      return OptionalDouble.empty();
    }
    // The rank q × (n − 1) and the interpolation are computed in exact decimals, with q read as the shortest decimal
    // that names it (0.9 is nine tenths, not the binary double nearest to it), and rounded once at the end: the
    // 90th percentile of 5, 15, 30, 40, 50, 1800, 9000, 18000 is 11700, not 11699.999999999998.
    BigDecimal rank = new BigDecimal(Double.toString(q)).multiply(BigDecimal.valueOf(count - 1));
    long low = rank.longValue();
    BigDecimal fraction = rank.subtract(BigDecimal.valueOf(low));
    long high = Math.min(low + 1, count - 1);
    if (sorted != null) {
      long lowValue = sorted[(int) low];
      return OptionalDouble.of(fraction.multiply(BigDecimal.valueOf(sorted[(int) high] - lowValue))
          .add(BigDecimal.valueOf(lowValue)).doubleValue());
    }
    double lowValue = estimateAtRank(low);
    if (fraction.signum() == 0) {
      return OptionalDouble.of(lowValue);
    }
    double highValue = estimateAtRank(high);
    return OptionalDouble.of(lowValue + fraction.doubleValue() * (highValue - lowValue));
  }

  /**
   * Returns the median, {@code quantile(0.5)}.
   *
   * @return the median, or empty when there are no values
   */
  public OptionalDouble median() {
    return quantile(0.5);
  }

  private double estimateAtRank(long rank) {
    if (rank == 0) {
      return min;
    }
    if (rank == count - 1) {
      return max;
    }
    double estimate = Objects.requireNonNull(sketch).valueAtRank(rank);
    return Math.min(max, Math.max(min, estimate));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof QuantileSummary)) {
      return false;
    }
    QuantileSummary that = (QuantileSummary) o;
    return count == that.count
        && min == that.min
        && max == that.max
        && Arrays.equals(sorted, that.sorted)
        && Objects.equals(sketch, that.sketch);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, min, max, Arrays.hashCode(sorted), sketch);
  }

  /** Returns e.g. {@code QuantileSummary{exact, n=4, min=1, p50=2.5, p90=3.7, max=4}}. */
  @Override
  public String toString() {
    if (count == 0) {
      return "QuantileSummary{" + (isExact() ? "exact" : "sketch") + ", n=0}";
    }
    return "QuantileSummary{" + (isExact() ? "exact" : "sketch 1%") + ", n=" + count + ", min=" + min
        + ", p50=" + quantile(0.5).getAsDouble() + ", p90=" + quantile(0.9).getAsDouble() + ", max=" + max + "}";
  }
}
