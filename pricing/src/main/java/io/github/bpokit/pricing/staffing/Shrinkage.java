package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The share of paid time in which agents are not available to handle contacts: breaks, training, meetings, coaching,
 * absence (SPEC §6: productive hours = paid hours × (1 − shrinkage)). It turns the agents a queue needs into the
 * agents to schedule: {@code ceil(N / (1 − shrinkage))}.
 *
 * <p>The arithmetic is exact on the decimal value of the shrinkage as written ({@link BigDecimal#valueOf(double)}), so
 * 14 agents at 30% shrinkage are exactly 20 scheduled, not 21 because {@code 14 / 0.7} is
 * {@code 20.000000000000004} in binary floating point. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Shrinkage shrinkage = Shrinkage.of(0.30);
 * shrinkage.scheduled(14);                        // 20 agents on the schedule for 14 on the phones
 * shrinkage.productive(Duration.ofHours(8));      // PT5H36M of an 8-hour paid day
 * }</pre>
 */
public final class Shrinkage {
  private static final Shrinkage NONE = new Shrinkage(0);

  private final double value;

  private Shrinkage(double value) {
    this.value = value;
  }

  /**
   * Returns a shrinkage.
   *
   * @param value the unavailable share of paid time, in [0, 1), e.g. {@code 0.30}
   * @return the shrinkage
   * @throws IllegalArgumentException naming the value when it is not in [0, 1)
   */
  public static Shrinkage of(double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException("shrinkage must be in [0, 1): " + value);
    }
    return value == 0 ? NONE : new Shrinkage(value);
  }

  /**
   * Returns no shrinkage: every paid hour is productive.
   *
   * @return a shrinkage of zero
   */
  public static Shrinkage none() {
    return NONE;
  }

  /**
   * Returns the unavailable share of paid time.
   *
   * @return the shrinkage, in [0, 1)
   */
  public double value() {
    return value;
  }

  /**
   * Returns the agents to schedule so that {@code agents} are available: {@code ceil(agents / (1 − shrinkage))}.
   *
   * @param agents the agents needed on the phones, zero or more
   * @return the agents to schedule
   * @throws IllegalArgumentException naming the value when {@code agents} is negative
   * @throws ArithmeticException when the result does not fit in an {@code int}
   */
  public int scheduled(int agents) {
    Checks.nonNegative("agents", agents);
    return BigDecimal.valueOf(agents).divide(available(), 0, RoundingMode.CEILING).intValueExact();
  }

  /**
   * Returns the full-time equivalents to employ so that {@code fte} are productive: {@code fte / (1 − shrinkage)},
   * not rounded.
   *
   * @param fte productive full-time equivalents, finite and zero or more
   * @return the full-time equivalents to employ
   * @throws IllegalArgumentException naming the value when {@code fte} is negative or not finite
   */
  public double scheduled(double fte) {
    Checks.nonNegative("fte", fte);
    return fte / (1 - value);
  }

  /**
   * Returns the productive part of paid time: {@code paid × (1 − shrinkage)}, to the nanosecond (rounded half up).
   *
   * @param paid paid time, zero or longer
   * @return the productive time
   * @throws IllegalArgumentException naming the value when {@code paid} is negative
   */
  public Duration productive(Duration paid) {
    Checks.nonNegative("paid time", requireNonNull(paid, "paid"));
    BigDecimal nanos = new BigDecimal(paid.getSeconds()).movePointRight(9).add(BigDecimal.valueOf(paid.getNano()))
        .multiply(available()).setScale(0, RoundingMode.HALF_UP);
    BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
    return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
  }

  private BigDecimal available() {
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(value));
  }

  /**
   * Tells whether another object is a shrinkage of the same value.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Shrinkage && Double.compare(value, ((Shrinkage) other).value) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  /**
   * Returns the shrinkage as a percentage, e.g. {@code 30%}.
   *
   * @return the percentage
   */
  @Override
  public String toString() {
    return ServiceTarget.percent(value);
  }
}
