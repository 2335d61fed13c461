package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The forecast arrivals of one interval (e.g. 30 minutes) starting at an instant: one row of the volume forecast a
 * {@link StaffingPlan} staffs. The interval length is the plan's. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * IntervalForecast nineAm = IntervalForecast.of(Instant.parse("2026-10-05T07:00:00Z"), 112.5);
 * }</pre>
 */
public final class IntervalForecast {
  private final Instant start;
  private final double arrivals;

  private IntervalForecast(Instant start, double arrivals) {
    this.start = start;
    this.arrivals = arrivals;
  }

  /**
   * Returns the forecast of one interval.
   *
   * @param start the start of the interval (inclusive)
   * @param arrivals the expected arrivals in the interval, finite and zero or more (fractional allowed)
   * @return the forecast
   * @throws IllegalArgumentException naming the value when {@code arrivals} is negative or not finite
   */
  public static IntervalForecast of(Instant start, double arrivals) {
    requireNonNull(start, "start");
    Checks.nonNegative("arrivals", arrivals);
    return new IntervalForecast(start, arrivals + 0.0);
  }

  /**
   * Returns the start of the interval.
   *
   * @return the start, inclusive
   */
  public Instant start() {
    return start;
  }

  /**
   * Returns the expected arrivals in the interval.
   *
   * @return the arrivals, zero or more
   */
  public double arrivals() {
    return arrivals;
  }

  /**
   * Tells whether another object is a forecast with the same start and arrivals.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IntervalForecast
        && start.equals(((IntervalForecast) other).start)
        && Double.compare(arrivals, ((IntervalForecast) other).arrivals) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(start, arrivals);
  }

  /**
   * Returns a description such as {@code 2026-10-05T07:00:00Z: 112.5 arrivals}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return start + ": " + arrivals + " arrivals";
  }
}
