package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Staffing for work that does not queue in real time (email, tickets, back office): the hours of work divided by the
 * productive hours of one full-time equivalent (SPEC §6).
 *
 * <ul>
 *   <li>steady state: {@code volume × AHT / productive time per FTE}, where volume and productive time cover the
 *       same period (e.g. a month's emails and a month's productive hours of one FTE);
 *   <li>backlog clearance (optional): {@code backlog × AHT / (days × productive time per FTE-day)}, the extra FTE
 *       that clear the backlog in that many days on top of the steady flow.
 * </ul>
 *
 * <p>Productive time is paid time net of shrinkage: {@link Shrinkage#productive(Duration)} derives it. The FTE are
 * fractional; {@link #fteRoundedUp()} is the exact ceiling (computed in decimal, so 3.0 FTE are 3, not 4 because of
 * binary rounding). Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Shrinkage shrinkage = Shrinkage.of(0.25);
 * WorkloadStaffing emails = WorkloadStaffing.of(4_000, Duration.ofMinutes(6),    // 4,000 emails a month, 6 min each
 *         shrinkage.productive(Duration.ofHours(160)))                          // 120 productive hours per FTE
 *     .withBacklog(1_200, 5, shrinkage.productive(Duration.ofHours(8)));        // clear 1,200 in 5 days of 6 h
 * emails.steadyStateFte();  // 3.33
 * emails.backlogFte();      // 4.0
 * emails.fte();             // 7.33
 * emails.fteRoundedUp();    // 8
 * }</pre>
 */
public final class WorkloadStaffing {
  private final double volume;
  private final Duration aht;
  private final Duration productiveTimePerFte;
  private final double backlog;
  private final int clearanceDays;
  private final @Nullable Duration productiveTimePerFteDay;

  private WorkloadStaffing(double volume, Duration aht, Duration productiveTimePerFte, double backlog,
      int clearanceDays, @Nullable Duration productiveTimePerFteDay) {
    this.volume = volume;
    this.aht = aht;
    this.productiveTimePerFte = productiveTimePerFte;
    this.backlog = backlog;
    this.clearanceDays = clearanceDays;
    this.productiveTimePerFteDay = productiveTimePerFteDay;
  }

  /**
   * Returns the steady-state staffing of a volume of work, without backlog.
   *
   * @param volume the items per period, finite and zero or more
   * @param aht the average handle time of one item
   * @param productiveTimePerFte the productive time of one FTE in the same period
   * @return the staffing
   * @throws IllegalArgumentException naming the value when {@code volume} is negative or not finite, or a duration
   *     is not longer than zero
   */
  public static WorkloadStaffing of(double volume, Duration aht, Duration productiveTimePerFte) {
    requireNonNull(aht, "aht");
    requireNonNull(productiveTimePerFte, "productiveTimePerFte");
    Checks.nonNegative("volume", volume);
    Checks.positive("aht", aht);
    Checks.positive("productive time per FTE", productiveTimePerFte);
    return new WorkloadStaffing(volume + 0.0, aht, productiveTimePerFte, 0, 0, null);
  }

  /**
   * Returns a copy that also clears a backlog within a number of days.
   *
   * @param backlog the items waiting, finite and zero or more
   * @param clearanceDays the working days to clear them in, at least 1
   * @param productiveTimePerFteDay the productive time of one FTE per working day
   * @return the modified staffing
   * @throws IllegalArgumentException naming the value when {@code backlog} is negative or not finite,
   *     {@code clearanceDays} is below 1, or the productive time is not longer than zero
   */
  public WorkloadStaffing withBacklog(double backlog, int clearanceDays, Duration productiveTimePerFteDay) {
    requireNonNull(productiveTimePerFteDay, "productiveTimePerFteDay");
    Checks.nonNegative("backlog", backlog);
    if (clearanceDays < 1) {
      throw new IllegalArgumentException("backlog clearance days must be >= 1: " + clearanceDays);
    }
    Checks.positive("productive time per FTE-day", productiveTimePerFteDay);
    return new WorkloadStaffing(volume, aht, productiveTimePerFte, backlog + 0.0, clearanceDays,
        productiveTimePerFteDay);
  }

  /**
   * Returns the items per period.
   *
   * @return the volume
   */
  public double volume() {
    return volume;
  }

  /**
   * Returns the average handle time of one item.
   *
   * @return the average handle time
   */
  public Duration aht() {
    return aht;
  }

  /**
   * Returns the productive time of one FTE per period.
   *
   * @return the productive time per FTE
   */
  public Duration productiveTimePerFte() {
    return productiveTimePerFte;
  }

  /**
   * Returns the backlog to clear.
   *
   * @return the backlog items, zero when there is none
   */
  public double backlog() {
    return backlog;
  }

  /**
   * Returns the days to clear the backlog in.
   *
   * @return the clearance days, or empty without {@link #withBacklog backlog clearance}
   */
  public OptionalInt clearanceDays() {
    return productiveTimePerFteDay == null ? OptionalInt.empty() : OptionalInt.of(clearanceDays);
  }

  /**
   * Returns the productive time of one FTE per working day, used for backlog clearance.
   *
   * @return the productive time per FTE-day, or empty without {@link #withBacklog backlog clearance}
   */
  public Optional<Duration> productiveTimePerFteDay() {
    return Optional.ofNullable(productiveTimePerFteDay);
  }

  /**
   * Returns the hours of steady-state work per period: {@code volume × AHT}.
   *
   * @return the workload in hours
   */
  public double workloadHours() {
    return volume * Checks.seconds(aht) / 3600;
  }

  /**
   * Returns the FTE for the steady flow: {@code volume × AHT / productive time per FTE}.
   *
   * @return the steady-state FTE, fractional
   */
  public double steadyStateFte() {
    return volume * Checks.seconds(aht) / Checks.seconds(productiveTimePerFte);
  }

  /**
   * Returns the extra FTE that clear the backlog in time: {@code backlog × AHT / (days × productive time per
   * FTE-day)}.
   *
   * @return the backlog FTE, fractional; zero without backlog clearance
   */
  public double backlogFte() {
    if (productiveTimePerFteDay == null) {
      return 0;
    }
    return backlog * Checks.seconds(aht) / (clearanceDays * Checks.seconds(productiveTimePerFteDay));
  }

  /**
   * Returns the total FTE: steady state plus backlog clearance.
   *
   * @return the FTE, fractional
   */
  public double fte() {
    return steadyStateFte() + backlogFte();
  }

  /**
   * Returns the total FTE rounded up to whole people, computed exactly in decimal from the inputs.
   *
   * @return the ceiling of {@link #fte()}
   * @throws ArithmeticException when the result does not fit in an {@code int}
   */
  public int fteRoundedUp() {
    BigDecimal ahtNanos = nanos(aht);
    BigDecimal period = nanos(productiveTimePerFte);
    BigDecimal steady = BigDecimal.valueOf(volume).multiply(ahtNanos);
    if (productiveTimePerFteDay == null) {
      return steady.divide(period, 0, RoundingMode.CEILING).intValueExact();
    }
    BigDecimal clearance = nanos(productiveTimePerFteDay).multiply(BigDecimal.valueOf(clearanceDays));
    // steady / period + backlogWork / clearance = (steady × clearance + backlogWork × period) / (period × clearance)
    BigDecimal numerator = steady.multiply(clearance)
        .add(BigDecimal.valueOf(backlog).multiply(ahtNanos).multiply(period));
    return numerator.divide(period.multiply(clearance), 0, RoundingMode.CEILING).intValueExact();
  }

  private static BigDecimal nanos(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).movePointRight(9).add(BigDecimal.valueOf(duration.getNano()));
  }

  /**
   * Tells whether another object is a workload staffing with the same inputs.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof WorkloadStaffing)) {
      return false;
    }
    WorkloadStaffing that = (WorkloadStaffing) other;
    return Double.compare(volume, that.volume) == 0
        && aht.equals(that.aht)
        && productiveTimePerFte.equals(that.productiveTimePerFte)
        && Double.compare(backlog, that.backlog) == 0
        && clearanceDays == that.clearanceDays
        && Objects.equals(productiveTimePerFteDay, that.productiveTimePerFteDay);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(volume, aht, productiveTimePerFte, backlog, clearanceDays, productiveTimePerFteDay);
  }

  /**
   * Returns a description of the inputs and the resulting FTE.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String text = "WorkloadStaffing[" + volume + " items of " + aht + " per " + productiveTimePerFte
        + " productive";
    if (productiveTimePerFteDay != null) {
      text += ", backlog " + backlog + " in " + clearanceDays + " days of " + productiveTimePerFteDay;
    }
    return text + ": " + fte() + " FTE]";
  }
}
