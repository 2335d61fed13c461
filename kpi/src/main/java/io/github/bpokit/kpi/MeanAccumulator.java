package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.kpi.internal.FixedPoint;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collector;

/**
 * Sums observations exactly, for a {@link Mean} such as the average handle time, the average speed of answer, the
 * CSAT or CES mean, or the QA mean.
 *
 * <p><b>Fixed-point grid.</b> The sum is a {@code long} count of units of {@code 10^-scale}, so it is exact and
 * merging is associative. Whole numbers ({@link #add(long)}) are exact at any scale; a decimal ({@link #add(double)})
 * is put on the grid as {@code Math.round(value × 10^scale)} (half up), exact for decimals with at most {@code scale}
 * places. Use scale 0 for seconds and survey answers and scale 6 (micro-points) for QA scores. Sums beyond a
 * {@code long} ({@code 9.2 × 10^18} units, e.g. 92 billion QA scores of 100 at scale 6) throw rather than wrap.
 * Mutable and not thread-safe; merge partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * MeanAccumulator aht = new MeanAccumulator();          // whole seconds
 * aht.add(call.handleTimeSeconds());
 *
 * MeanAccumulator qa = new MeanAccumulator(6);          // micro-points
 * qa.add(87.25);
 * qa.snapshot().value();                                // OptionalDouble[87.25]
 *
 * Mean csat = surveys.stream().collect(MeanAccumulator.toMean(Survey::answer));
 * }</pre>
 */
public final class MeanAccumulator implements Accumulator<MeanAccumulator, Mean> {
  private static final long serialVersionUID = 1L;

  private final int scale;
  private final long unit;
  private long count;
  private long sumUnits;

  /** Creates an accumulator of whole numbers (scale 0). */
  public MeanAccumulator() {
    this(0);
  }

  /**
   * Creates an accumulator on the grid of {@code 10^-scale} units.
   *
   * @param scale the number of decimal places kept, {@code 0..18}
   * @throws IllegalArgumentException when the scale is not in {@code 0..18}
   */
  public MeanAccumulator(int scale) {
    this.scale = FixedPoint.checkScale(scale);
    this.unit = FixedPoint.pow10(scale);
  }

  /**
   * Returns a collector of the mean of whole numbers (scale 0).
   *
   * @param <T> the element type
   * @param value the observation of each element
   * @return a collector to a {@link Mean}
   */
  public static <T> Collector<T, ?, Mean> toMean(ToLongFunction<? super T> value) {
    requireNonNull(value, "value");
    return Collector.of(
        MeanAccumulator::new,
        (acc, element) -> acc.add(value.applyAsLong(element)),
        MeanAccumulator::merge,
        MeanAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a collector of the mean of decimals on the grid of {@code 10^-scale} units.
   *
   * @param <T> the element type
   * @param scale the number of decimal places kept, {@code 0..18}
   * @param value the observation of each element
   * @return a collector to a {@link Mean}
   * @throws IllegalArgumentException when the scale is not in {@code 0..18}
   */
  public static <T> Collector<T, ?, Mean> toMean(int scale, ToDoubleFunction<? super T> value) {
    requireNonNull(value, "value");
    FixedPoint.checkScale(scale);
    return Collector.of(
        () -> new MeanAccumulator(scale),
        (acc, element) -> acc.add(value.applyAsDouble(element)),
        MeanAccumulator::merge,
        MeanAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Adds a whole-number observation, exactly.
   *
   * @param value the observation
   * @throws ArithmeticException when the value on the grid or the sum overflows a {@code long}
   */
  public void add(long value) {
    sumUnits = Math.addExact(sumUnits, Math.multiplyExact(value, unit));
    count++;
  }

  /**
   * Adds a decimal observation, rounded half up to the grid: {@code Math.round(value × 10^scale)} units.
   *
   * @param value the observation
   * @throws IllegalArgumentException when the value is not finite or is beyond 2^62 units
   * @throws ArithmeticException when the sum overflows a {@code long}
   */
  public void add(double value) {
    sumUnits = Math.addExact(sumUnits, FixedPoint.toUnits(value, scale, "value"));
    count++;
  }

  /**
   * Returns the grid's number of decimal places.
   *
   * @return the scale, {@code 0..18}
   */
  public int scale() {
    return scale;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the two accumulators have different scales
   * @throws ArithmeticException when the sum overflows a {@code long}
   */
  @Override
  public MeanAccumulator merge(MeanAccumulator other) {
    if (other.scale != scale) {
      throw new IllegalArgumentException(
          "cannot merge means on different grids: scale " + scale + " and scale " + other.scale);
    }
    sumUnits = Math.addExact(sumUnits, other.sumUnits);
    count = Math.addExact(count, other.count);
    return this;
  }

  @Override
  public Mean snapshot() {
    return new Mean(count, sumUnits, scale);
  }

  /** Returns e.g. {@code MeanAccumulator{mean(171.500000/2)}}. */
  @Override
  public String toString() {
    return "MeanAccumulator{" + snapshot() + "}";
  }
}
