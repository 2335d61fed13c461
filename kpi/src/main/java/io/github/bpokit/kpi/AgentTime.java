package io.github.bpokit.kpi;

import java.io.Serializable;

/**
 * How agents spent their time over a period, for occupancy and utilization (SPEC §4, "more KPIs"), as common
 * workforce-management practice defines them:
 * <ul>
 *   <li><b>handle time</b>: talking, holding and after-contact work ({@code talk + hold + wrap});
 *   <li><b>available time</b>: logged in and ready or handling, i.e. handle time plus idle time waiting for a contact,
 *       excluding not-ready (auxiliary) states such as breaks, training and meetings;
 *   <li><b>paid time</b>: the staffed, scheduled time the agents are paid for, auxiliary states included;
 *   <li><b>occupancy</b> = handle time / available time: how busy agents were while they could take contacts;
 *   <li><b>utilization</b> = handle time / paid time: how much of the paid time went to handling contacts.
 * </ul>
 * Both are {@link Ratio}s with "no value" for a zero denominator. Sum several agents or intervals with
 * {@link #plus(AgentTime)} or an {@link AgentTimeAccumulator}.
 *
 * <pre>{@code
 * AgentTime day = AgentTime.of(23_400, 27_000, 28_800);  // 6.5 h handling, 7.5 h available, 8 h paid
 * day.occupancy().value();     // OptionalDouble[0.8666...]
 * day.utilization().value();   // OptionalDouble[0.8125]
 * }</pre>
 *
 * @param handleSeconds the handle time, {@code 0 <= handle <= available} and {@code handle <= paid}
 * @param availableSeconds the available time, {@code >= 0}
 * @param paidSeconds the paid (staffed) time, {@code >= 0}
 */
public record AgentTime(long handleSeconds, long availableSeconds, long paidSeconds) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates agent time.
   *
   * @param handleSeconds the handle time
   * @param availableSeconds the available time
   * @param paidSeconds the paid time
   * @throws IllegalArgumentException when a time is negative, or the handle time exceeds the available or the paid
   *     time (a data error: occupancy and utilization cannot exceed 100%)
   */
  public AgentTime {
    if (handleSeconds < 0 || availableSeconds < 0 || paidSeconds < 0) {
      throw new IllegalArgumentException("agent times must be >= 0: handle " + handleSeconds + " s, available "
          + availableSeconds + " s, paid " + paidSeconds + " s");
    }
    if (handleSeconds > availableSeconds || handleSeconds > paidSeconds) {
      throw new IllegalArgumentException("handle time " + handleSeconds + " s exceeds the available time "
          + availableSeconds + " s or the paid time " + paidSeconds + " s");
    }
  }

  /**
   * Creates agent time.
   *
   * @param handleSeconds the handle time
   * @param availableSeconds the available time
   * @param paidSeconds the paid time
   * @return the agent time
   * @throws IllegalArgumentException when a time is negative, or the handle time exceeds the available or the paid
   *     time
   */
  public static AgentTime of(long handleSeconds, long availableSeconds, long paidSeconds) {
    return new AgentTime(handleSeconds, availableSeconds, paidSeconds);
  }

  /**
   * Returns the occupancy, handle time / available time.
   *
   * @return the ratio; no value when there was no available time
   */
  public Ratio occupancy() {
    return new Ratio(handleSeconds, availableSeconds);
  }

  /**
   * Returns the utilization, handle time / paid time.
   *
   * @return the ratio; no value when there was no paid time
   */
  public Ratio utilization() {
    return new Ratio(handleSeconds, paidSeconds);
  }

  /**
   * Adds the time of other agents or intervals.
   *
   * @param other the other time
   * @return the sums
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  public AgentTime plus(AgentTime other) {
    return new AgentTime(Math.addExact(handleSeconds, other.handleSeconds),
        Math.addExact(availableSeconds, other.availableSeconds), Math.addExact(paidSeconds, other.paidSeconds));
  }
}
