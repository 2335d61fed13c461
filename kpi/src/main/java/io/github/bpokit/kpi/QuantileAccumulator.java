package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.kpi.internal.DdSketch;
import java.util.Arrays;
import java.util.function.ToLongFunction;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Collects non-negative whole numbers, typically durations in seconds (first-response or resolution time), for a
 * {@link QuantileSummary}: every value is kept while there are at most {@link #exactLimit()} of them (default
 * {@value #DEFAULT_EXACT_LIMIT}), and beyond that they are counted in a DDSketch at 1% relative accuracy (Masson, Rim
 * and Lee, PVLDB 2019).
 *
 * <p><b>Exact merging.</b> Whether a summary is exact depends only on the number of values, and the sketch of a
 * multiset is its bucket counts, which add: so a sketch built by converting kept values, by adding values one by one or
 * by merging sketches is the same sketch, and splitting the input anywhere and merging gives a summary equal to one
 * pass, in any order. Merging two exact accumulators stays exact while the total is within the limit.
 *
 * <p><b>Cost.</b> {@link #add(long)} stores into a primitive array that doubles as needed up to the exact limit (a few
 * amortized allocations), then increments a counter of a fixed 2,185-counter array (17.5 kB, enough for every
 * {@code long}; a table lookup instead of a logarithm for values below 65,536). Memory is bounded by the larger of
 * 8 bytes per kept value and the sketch. Mutable and not thread-safe; merge partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * QuantileAccumulator frt = new QuantileAccumulator();
 * for (Interaction i : interactions) {
 *   if (i.isHumanAnswered()) {
 *     frt.add(i.firstResponseTime().orElseThrow().toSeconds());
 *   }
 * }
 * QuantileSummary summary = frt.snapshot();
 * summary.quantile(0.9);   // the 90th percentile FRT in seconds
 * }</pre>
 */
public final class QuantileAccumulator implements Accumulator<QuantileAccumulator, QuantileSummary> {
  private static final long serialVersionUID = 1L;

  /** The default number of values kept exactly before switching to a sketch. */
  public static final int DEFAULT_EXACT_LIMIT = 10_000;

  private static final long[] NONE = new long[0];

  private final int exactLimit;
  private long count;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;
  /** The values in insertion order while exact: {@code values[0..count)}; empty once sketched. */
  private long[] values = NONE;
  /** The sketch, once there are more than {@code exactLimit} values. */
  private @Nullable DdSketch sketch;

  /** Creates an accumulator that keeps up to {@value #DEFAULT_EXACT_LIMIT} values exactly. */
  public QuantileAccumulator() {
    this(DEFAULT_EXACT_LIMIT);
  }

  /**
   * Creates an accumulator that keeps up to {@code exactLimit} values exactly.
   *
   * @param exactLimit how many values to keep before switching to a sketch, {@code >= 0}; 0 sketches from the start
   * @throws IllegalArgumentException when {@code exactLimit < 0}
   */
  public QuantileAccumulator(int exactLimit) {
    if (exactLimit < 0) {
      throw new IllegalArgumentException("exact limit must be >= 0: " + exactLimit);
    }
    this.exactLimit = exactLimit;
  }

  /**
   * Returns a collector of the distribution of the elements' values, exact up to {@value #DEFAULT_EXACT_LIMIT} values.
   *
   * @param <T> the element type
   * @param value the non-negative value of each element
   * @return a collector to a {@link QuantileSummary}
   */
  public static <T> Collector<T, ?, QuantileSummary> toQuantiles(ToLongFunction<? super T> value) {
    requireNonNull(value, "value");
    return Collector.of(
        QuantileAccumulator::new,
        (acc, element) -> acc.add(value.applyAsLong(element)),
        QuantileAccumulator::merge,
        QuantileAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns how many values are kept exactly before switching to a sketch.
   *
   * @return the exact limit
   */
  public int exactLimit() {
    return exactLimit;
  }

  /**
   * Adds a value.
   *
   * @param value the value, {@code >= 0}
   * @throws IllegalArgumentException when the value is negative
   */
  public void add(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("quantile values must be >= 0: " + value);
    }
    min = Math.min(min, value);
    max = Math.max(max, value);
    DdSketch s = sketch;
    if (s != null) {
      s.add(value);
    } else if (count < exactLimit) {
      int n = (int) count;
      if (n == values.length) {
        values = Arrays.copyOf(values, Math.min(exactLimit, Math.max(16, 2 * n)));
      }
      values[n] = value;
    } else {
      toSketch().add(value);
    }
    count++;
  }

  private DdSketch toSketch() {
    DdSketch s = sketch;
    if (s == null) {
      s = DdSketch.create();
      s.addAll(values, (int) count);
      values = NONE;
      sketch = s;
    }
    return s;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the two accumulators have different exact limits
   */
  @Override
  public QuantileAccumulator merge(QuantileAccumulator other) {
    if (other.exactLimit != exactLimit) {
      throw new IllegalArgumentException(
          "cannot merge quantile accumulators with exact limits " + exactLimit + " and " + other.exactLimit);
    }
    if (other.count == 0) {
      return this;
    }
    long otherCount = other.count;
    long[] otherValues = other.values;
    DdSketch otherSketch = other.sketch;
    if (other == this) {
      otherValues = Arrays.copyOf(values, (int) count);
      otherSketch = sketch == null ? null : sketch.mutableCopy();
    }
    long total = Math.addExact(count, otherCount);
    if (sketch == null && otherSketch == null && total <= exactLimit) {
      if (total > values.length) {
        values = Arrays.copyOf(values, (int) Math.min(exactLimit, Math.max(total, 2L * values.length)));
      }
      System.arraycopy(otherValues, 0, values, (int) count, (int) otherCount);
    } else {
      DdSketch s = toSketch();
      if (otherSketch != null) {
        s.merge(otherSketch);
      } else {
        s.addAll(otherValues, (int) otherCount);
      }
    }
    count = total;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    return this;
  }

  @Override
  public QuantileSummary snapshot() {
    DdSketch s = sketch;
    if (s != null) {
      return QuantileSummary.sketched(s.trimmedCopy(), min, max);
    }
    long[] sorted = Arrays.copyOf(values, (int) count);
    Arrays.sort(sorted);
    return QuantileSummary.exact(sorted);
  }

  /** Returns e.g. {@code QuantileAccumulator{exact, n=4}}. */
  @Override
  public String toString() {
    return "QuantileAccumulator{" + (sketch == null ? "exact" : "sketch 1%") + ", n=" + count + "}";
  }
}
