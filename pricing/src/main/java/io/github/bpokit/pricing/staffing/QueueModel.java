package io.github.bpokit.pricing.staffing;

import java.time.Duration;

/**
 * A queueing model of an inbound channel (calls, chats): the traffic offered to a group of agents and how it waits.
 * The two models are {@link ErlangC} (callers wait as long as it takes) and {@link ErlangA} (callers abandon after an
 * exponentially distributed patience).
 *
 * <pre>{@code
 * QueueModel model = patience.isPresent()
 *     ? ErlangA.of(arrivals, interval, aht, patience.get())
 *     : ErlangC.of(arrivals, interval, aht);
 * QueueMetrics staffed = model.minimumAgents(ServiceTarget.of(0.80, Duration.ofSeconds(20)));
 * }</pre>
 */
public sealed interface QueueModel permits ErlangC, ErlangA {
  /**
   * Returns the offered traffic in erlangs: arrivals × average handle time per unit of time.
   *
   * @return the traffic, zero or more
   */
  double traffic();

  /**
   * Returns the average handle time of one contact (talk, hold and wrap-up).
   *
   * @return the average handle time, longer than zero
   */
  Duration aht();

  /**
   * Returns how the queue performs with a given number of agents.
   *
   * @param agents the agents handling contacts, zero or more
   * @param threshold the answer time of the service level, zero or longer
   * @return the metrics
   * @throws IllegalArgumentException naming the value when {@code agents} or {@code threshold} is negative
   */
  QueueMetrics evaluate(int agents, Duration threshold);

  /**
   * Returns the fewest agents that meet every part of a target, with their metrics (evaluated at the target's
   * threshold). With one agent fewer, some part of the target is missed.
   *
   * @param target the service level and optional limits to meet
   * @return the metrics of the minimum staffing
   */
  QueueMetrics minimumAgents(ServiceTarget target);
}
