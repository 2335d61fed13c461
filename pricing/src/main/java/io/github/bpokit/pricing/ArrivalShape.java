package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * How a queue's contacts spread over the open intervals of a typical day: one positive weight per interval, in any
 * unit (percentages, last month's counts). A {@link ChannelPlan.Queue} divides a month's contacts over its open days,
 * then over the intervals of each day in proportion to the weights, and staffs each interval with Erlang C.
 *
 * <ul>
 *   <li>{@link #flat(int)}: every interval alike (peak-to-trough 1);
 *   <li>{@link #linear(int, double)}: weights spread evenly from the trough (1) to the peak ({@code ratio}), so the
 *       shape has exactly the given peak-to-trough ratio when only the ratio is known. The order of the intervals
 *       does not change the staffing (each interval is staffed on its own), only their volumes do;
 *   <li>{@link #of(double...)}: a measured intraday shape.
 * </ul>
 *
 * <p>{@link #peakToTrough()} is the largest weight over the smallest. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ArrivalShape day = ArrivalShape.linear(20, 2.0);   // 20 half-hours, the busiest twice the quietest
 * day.peakToTrough();                                // 2.0
 * ArrivalShape measured = ArrivalShape.of(4, 7, 9, 10, 8, 6);
 * }</pre>
 */
public final class ArrivalShape {
  private final double[] weights;
  private final double sum;

  private ArrivalShape(double[] weights) {
    this.weights = weights;
    this.sum = Arrays.stream(weights).sum();
  }

  /**
   * Returns a shape of measured weights, one per open interval of the day.
   *
   * @param weights the weights, at least one, each finite and positive
   * @return the shape
   * @throws IllegalArgumentException naming the interval and the value of a weight that is not finite and positive,
   *     or when there is no weight
   */
  public static ArrivalShape of(double... weights) {
    requireNonNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("an arrival shape needs at least one interval");
    }
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("arrival shape weight of interval " + (i + 1) + " must be finite and > 0: "
            + weights[i]);
      }
    }
    return new ArrivalShape(weights.clone());
  }

  /**
   * Returns a shape in which every interval gets the same share.
   *
   * @param intervals the open intervals per day, at least 1
   * @return the shape
   * @throws IllegalArgumentException naming the count when it is below 1
   */
  public static ArrivalShape flat(int intervals) {
    return linear(intervals, 1);
  }

  /**
   * Returns a shape with weights spread evenly from 1 (the trough) to {@code peakToTrough} (the peak): interval
   * {@code i} of {@code n} weighs {@code 1 + (ratio − 1) × i / (n − 1)}.
   *
   * @param intervals the open intervals per day, at least 1 (at least 2 for a ratio above 1)
   * @param peakToTrough the busiest interval's volume over the quietest's, finite and at least 1
   * @return the shape
   * @throws IllegalArgumentException naming the value of a count below 1, a ratio below 1 or not finite, or a ratio
   *     above 1 with a single interval
   */
  public static ArrivalShape linear(int intervals, double peakToTrough) {
    if (intervals < 1) {
      throw new IllegalArgumentException("open intervals per day must be at least 1: " + intervals);
    }
    if (!(peakToTrough >= 1) || Double.isInfinite(peakToTrough)) {
      throw new IllegalArgumentException("peak-to-trough ratio must be finite and >= 1: " + peakToTrough);
    }
    if (intervals == 1 && peakToTrough > 1) {
      throw new IllegalArgumentException("a peak-to-trough ratio of " + peakToTrough + " needs at least 2 intervals");
    }
    double[] weights = new double[intervals];
    for (int i = 0; i < intervals; i++) {
      weights[i] = intervals == 1 ? 1 : 1 + (peakToTrough - 1) * i / (intervals - 1);
    }
    weights[intervals - 1] = peakToTrough; // exact, whatever the rounding of the ramp
    return new ArrivalShape(weights);
  }

  /**
   * Returns the number of open intervals per day.
   *
   * @return the intervals, at least 1
   */
  public int intervals() {
    return weights.length;
  }

  /**
   * Returns the share of a day's contacts that arrive in an interval: its weight over the sum of the weights.
   *
   * @param interval the interval, from 0
   * @return the share, in (0, 1]
   * @throws IndexOutOfBoundsException when there is no such interval
   */
  public double share(int interval) {
    return weights[interval] / sum;
  }

  /**
   * Returns the busiest interval's weight over the quietest's.
   *
   * @return the peak-to-trough ratio, at least 1
   */
  public double peakToTrough() {
    return Arrays.stream(weights).max().orElseThrow() / Arrays.stream(weights).min().orElseThrow();
  }

  /**
   * Two shapes are equal when their weights are, interval by interval.
   *
   * @param other another object
   * @return whether it is an equal shape
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ArrivalShape && Arrays.equals(weights, ((ArrivalShape) other).weights);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  /**
   * Returns e.g. {@code ArrivalShape[20 intervals, peak-to-trough 2.0]}.
   *
   * @return a short form
   */
  @Override
  public String toString() {
    return "ArrivalShape[" + weights.length + " intervals, peak-to-trough " + peakToTrough() + "]";
  }
}
