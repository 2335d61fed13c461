package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.pricing.staffing.ChatConcurrency;
import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import java.time.Duration;

/**
 * How one channel of a {@link VolumeForecast} is staffed: as a {@link Queue} (voice, chat: Erlang C per interval of a
 * typical open day, for a service target) or as {@link Workload} (email, back office: hours of work, no queueing).
 * The categories of a channel share its agents: their contacts are pooled and their handle times blended
 * (contact-weighted), as one queue serves them.
 *
 * <pre>{@code
 * ChannelPlan.Queue voice = ChannelPlan.queue(ServiceTarget.of(0.80, Duration.ofSeconds(20)), Duration.ofMinutes(30),
 *     ArrivalShape.linear(20, 1.8), 21);              // 10 open hours a day, 21 open days a month
 * ChannelPlan chat = voice.withConcurrency(ChatConcurrency.of(2));
 * ChannelPlan email = ChannelPlan.workload(1.3);      // peak-to-trough of daily volumes, for the signal only
 * }</pre>
 */
public sealed interface ChannelPlan {

  /**
   * Returns a queue staffed with Erlang C, one chat or call at a time.
   *
   * @param target the service target every interval meets
   * @param interval the length of an interval, e.g. 30 minutes
   * @param shape the spread of a day's contacts over its open intervals
   * @param openDays the open days in the month
   * @return the plan
   */
  static Queue queue(ServiceTarget target, Duration interval, ArrivalShape shape, int openDays) {
    return new Queue(target, interval, shape, openDays, ChatConcurrency.of(1));
  }

  /**
   * Returns work staffed by its hours (volume × AHT), without queueing.
   *
   * @param peakToTrough the busiest day's volume over the quietest's (1 when even); it does not change the hours,
   *     only the peak-to-trough signal
   * @return the plan
   */
  static Workload workload(double peakToTrough) {
    return new Workload(peakToTrough);
  }

  /**
   * Returns the channel's peak-to-trough ratio: the arrival shape's for a queue, the given one for workload.
   *
   * @return the ratio, at least 1
   */
  double peakToTrough();

  /**
   * A queue: the month's contacts spread evenly over the open days and over each day's intervals by the arrival
   * shape; each interval is staffed with the fewest agents that meet the target ({@link ErlangC}, with the traffic
   * divided by the chat concurrency, see {@link ChatConcurrency}). Agent-hours are {@code open days × Σ agents ×
   * interval length}.
   *
   * <pre>{@code
   * ChannelPlan.Queue chat = ChannelPlan.queue(ServiceTarget.of(0.80, Duration.ofSeconds(60)),
   *     Duration.ofMinutes(30), ArrivalShape.flat(24), 30).withConcurrency(ChatConcurrency.of(2.5));
   * }</pre>
   *
   * @param target the service target every interval meets
   * @param interval the length of an interval
   * @param shape the spread over the open intervals of a day
   * @param openDays the open days in the month, at least 1
   * @param concurrency the chats an agent handles at once (1 for calls)
   */
  record Queue(ServiceTarget target, Duration interval, ArrivalShape shape, int openDays, ChatConcurrency concurrency)
      implements ChannelPlan {
    /**
     * Creates a queue plan.
     *
     * @param target the target
     * @param interval the interval length, longer than zero
     * @param shape the arrival shape
     * @param openDays the open days, at least 1
     * @param concurrency the concurrency
     * @throws IllegalArgumentException naming the value of an interval not longer than zero or open days below 1
     */
    public Queue {
      requireNonNull(target, "target");
      requireNonNull(interval, "interval");
      requireNonNull(shape, "shape");
      requireNonNull(concurrency, "concurrency");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("queue interval must be > 0: " + interval);
      }
      if (openDays < 1) {
        throw new IllegalArgumentException("open days must be at least 1: " + openDays);
      }
    }

    /**
     * Returns this plan with agents handling several chats at once.
     *
     * @param chats the concurrency
     * @return the new plan
     */
    public Queue withConcurrency(ChatConcurrency chats) {
      return new Queue(target, interval, shape, openDays, chats);
    }

    /**
     * Returns the open time of a day: intervals × interval length.
     *
     * @return the open hours per day
     */
    public Duration openTimePerDay() {
      return interval.multipliedBy(shape.intervals());
    }

    /**
     * Returns the arrival shape's peak-to-trough ratio.
     *
     * @return the ratio
     */
    @Override
    public double peakToTrough() {
      return shape.peakToTrough();
    }

    /**
     * Returns e.g. {@code queue 80% within PT20S, 20 × PT30M a day, 21 days}.
     *
     * @return a short form
     */
    @Override
    public String toString() {
      return "queue " + target + ", " + shape.intervals() + " × " + interval + " a day, " + openDays + " days"
          + (concurrency.factor() == 1 ? "" : ", " + concurrency);
    }
  }

  /**
   * Work without queueing: agent-hours are {@code contacts × AHT} (as {@link
   * io.github.bpokit.pricing.staffing.WorkloadStaffing} computes them), whatever the spread over the days.
   *
   * <pre>{@code
   * ChannelPlan email = ChannelPlan.workload(1.0);
   * }</pre>
   *
   * @param peakToTrough the busiest day's volume over the quietest's, for the peak-to-trough signal only
   */
  record Workload(double peakToTrough) implements ChannelPlan {
    /**
     * Creates a workload plan.
     *
     * @param peakToTrough the ratio, finite and at least 1
     * @throws IllegalArgumentException naming the ratio when it is below 1 or not finite
     */
    public Workload {
      if (!(peakToTrough >= 1) || Double.isInfinite(peakToTrough)) {
        throw new IllegalArgumentException("peak-to-trough ratio must be finite and >= 1: " + peakToTrough);
      }
    }

    /**
     * Returns {@code workload}.
     *
     * @return a short form
     */
    @Override
    public String toString() {
      return "workload";
    }
  }
}
