package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Erlang C model (M/M/N): contacts arrive at random (Poisson), handle times are exponential, and callers who find
 * every agent busy wait, first come first served, as long as it takes. It is the standard way to staff a call or chat
 * queue for a service level (SPEC §6).
 *
 * <p>With traffic {@code A = arrivals × AHT / interval} erlangs and {@code N} agents:
 *
 * <ul>
 *   <li>P(wait) is the Erlang C formula, computed from the Erlang B blocking probability with the numerically stable
 *       recursion {@code B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))} and {@code C = N·B / (N − A·(1 − B))} (no
 *       factorials, no powers: within about 1e-15 relative of 50-digit references for traffic up to 10,000 erlangs,
 *       where textbook formulas overflow; the tests require 1e-9);
 *   <li>service level for a threshold T: {@code 1 − P(wait)·e^(−(N − A)·T / AHT)};
 *   <li>average speed of answer: {@code P(wait)·AHT / (N − A)};
 *   <li>occupancy: {@code A / N}.
 * </ul>
 *
 * <p>When {@code N <= A} (and {@code A > 0}) the queue is unstable: it grows without bound. {@link #evaluate} then
 * returns metrics with {@link QueueMetrics#isStable()} false, P(wait) 1, service level 0, occupancy 1 and no average
 * speed of answer. {@link #minimumAgents(ServiceTarget)} starts at the smallest stable staffing and adds agents,
 * extending the recursion one step per agent, so the whole search costs O(N): about 50 µs at 10,000 erlangs.
 *
 * <p>Traffic is limited to 1,000,000 erlangs. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * // 100 calls per 30 minutes, 180 s average handle time: 10 erlangs
 * ErlangC queue = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));
 * QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.80, Duration.ofSeconds(20)));
 * staffed.agents();                                   // 14
 * staffed.probabilityOfWaiting();                     // 0.1741
 * staffed.serviceLevel();                             // 0.8884
 * staffed.averageSpeedOfAnswerSeconds();              // 7.84
 * staffed.occupancy();                                // 0.7143
 * staffed.scheduledAgents(Shrinkage.of(0.30));        // 20
 * queue.evaluate(10, Duration.ofSeconds(20)).isStable(); // false: 10 agents for 10 erlangs
 * }</pre>
 */
public final class ErlangC implements QueueModel {
  /** The largest accepted traffic, in erlangs. */
  static final double MAX_TRAFFIC = 1_000_000;
  /** Staffing searches give up beyond this many agents. */
  static final int MAX_AGENTS = 1 << 30;

  private final double traffic;
  private final Duration aht;
  private final double ahtSeconds;

  private ErlangC(double traffic, Duration aht) {
    this.traffic = traffic;
    this.aht = aht;
    this.ahtSeconds = Checks.seconds(aht);
  }

  /**
   * Returns the model of a queue offered {@code arrivals} contacts per {@code interval}.
   *
   * @param arrivals the expected arrivals per interval, finite and zero or more (fractional forecasts allowed)
   * @param interval the length of the interval, e.g. 30 minutes
   * @param aht the average handle time of one contact
   * @return the model, with traffic {@code arrivals × aht / interval} erlangs
   * @throws IllegalArgumentException naming the value when {@code arrivals} is negative or not finite, the interval
   *     or handle time is not longer than zero, or the traffic exceeds 1,000,000 erlangs
   */
  public static ErlangC of(double arrivals, Duration interval, Duration aht) {
    return ofTraffic(traffic(arrivals, interval, aht), aht);
  }

  /**
   * Returns the model of a queue offered a given traffic, e.g. from an arrival rate: 200 calls an hour of 3 minutes
   * each are 10 erlangs.
   *
   * @param erlangs the offered traffic: arrival rate × average handle time, finite and zero or more
   * @param aht the average handle time of one contact
   * @return the model
   * @throws IllegalArgumentException naming the value when the traffic is negative, not finite or above 1,000,000
   *     erlangs, or the handle time is not longer than zero
   */
  public static ErlangC ofTraffic(double erlangs, Duration aht) {
    Checks.positive("aht", requireNonNull(aht, "aht"));
    return new ErlangC(checkTraffic(erlangs), aht);
  }

  static double traffic(double arrivals, Duration interval, Duration aht) {
    requireNonNull(interval, "interval");
    requireNonNull(aht, "aht");
    Checks.nonNegative("arrivals", arrivals);
    Checks.positive("interval", interval);
    Checks.positive("aht", aht);
    return arrivals * Checks.seconds(aht) / Checks.seconds(interval);
  }

  static double checkTraffic(double erlangs) {
    Checks.nonNegative("traffic", erlangs);
    if (erlangs > MAX_TRAFFIC) {
      throw new IllegalArgumentException("traffic must be <= 1000000 erlangs: " + erlangs);
    }
    return erlangs + 0.0; // -0.0 becomes 0.0
  }

  /**
   * Returns the offered traffic in erlangs.
   *
   * @return the traffic, zero or more
   */
  @Override
  public double traffic() {
    return traffic;
  }

  /**
   * Returns the average handle time.
   *
   * @return the average handle time
   */
  @Override
  public Duration aht() {
    return aht;
  }

  /**
   * Returns how the queue performs with {@code agents} agents; see the class documentation for the formulas and the
   * unstable case. Costs O(agents).
   *
   * @param agents the agents handling contacts, zero or more
   * @param threshold the answer time of the service level, zero or longer
   * @return the metrics
   * @throws IllegalArgumentException naming the value when {@code agents} or {@code threshold} is negative
   */
  @Override
  public QueueMetrics evaluate(int agents, Duration threshold) {
    requireNonNull(threshold, "threshold");
    Checks.nonNegative("agents", agents);
    Checks.nonNegative("threshold", threshold);
    if (traffic == 0) {
      return new QueueMetrics(agents, 0, threshold, true, 0, 0, 1, 0, 0);
    }
    if (agents <= traffic) {
      return new QueueMetrics(agents, traffic, threshold, false, 1, 0, 0, Double.NaN, 1);
    }
    return metrics(agents, erlangB(agents, traffic), threshold);
  }

  /**
   * Returns the fewest agents that meet the target's service level and its optional occupancy and speed-of-answer
   * limits (Erlang C has no abandonment, so an abandonment limit is always met), with their metrics. The search
   * starts at the smallest stable staffing ({@code floor(A) + 1}, or where the occupancy limit starts to hold) and
   * adds one agent at a time, extending the Erlang B recursion incrementally: O(N) in total. Every measure improves
   * with each agent, so with one agent fewer some part of the target is missed.
   *
   * @param target the target to meet
   * @return the metrics of the minimum staffing (zero agents when there is no traffic)
   * @throws IllegalArgumentException when the occupancy limit would need more than 2^30 agents
   */
  @Override
  public QueueMetrics minimumAgents(ServiceTarget target) {
    requireNonNull(target, "target");
    Duration threshold = target.threshold();
    if (traffic == 0) {
      return evaluate(0, threshold);
    }
    double thresholdOverAht = Checks.seconds(threshold) / ahtSeconds;
    double start = Math.floor(traffic) + 1;
    double maxOccupancy = target.maxOccupancyOrNaN();
    if (!Double.isNaN(maxOccupancy)) {
      // Below traffic / maxOccupancy the occupancy limit fails; start a little lower so rounding cannot skip the
      // minimum (the loop checks every candidate with the same test).
      start = Math.max(start, Math.floor(traffic / maxOccupancy) - 1);
    }
    if (start > MAX_AGENTS) {
      throw new IllegalArgumentException("target " + target + " needs more than " + MAX_AGENTS + " agents for "
          + traffic + " erlangs");
    }
    int n = (int) start;
    double b = erlangB(n, traffic);
    while (true) {
      double gap = n - traffic;
      double c = erlangC(n, traffic, b);
      double serviceLevel = 1 - c * Math.exp(-gap * thresholdOverAht);
      double asaSeconds = c * ahtSeconds / gap;
      if (target.isMet(serviceLevel, traffic / n, asaSeconds, 0)) {
        return metrics(n, b, threshold);
      }
      if (n == MAX_AGENTS) {
        throw new IllegalArgumentException("target " + target + " needs more than " + MAX_AGENTS + " agents for "
            + traffic + " erlangs");
      }
      n++;
      b = traffic * b / (n + traffic * b);
    }
  }

  /**
   * Returns this queue modelled with abandonment: the same traffic and handle time, callers hanging up after an
   * exponentially distributed patience of the given mean.
   *
   * @param patience the mean patience, longer than zero
   * @return the Erlang A model
   * @throws IllegalArgumentException as {@link ErlangA#ofTraffic(double, Duration, Duration)}
   */
  public ErlangA withPatience(Duration patience) {
    return ErlangA.ofTraffic(traffic, aht, patience);
  }

  /** Metrics of a stable queue ({@code n > traffic > 0}) from its Erlang B blocking probability. */
  private QueueMetrics metrics(int n, double b, Duration threshold) {
    double gap = n - traffic;
    double c = erlangC(n, traffic, b);
    double serviceLevel = 1 - c * Math.exp(-gap * Checks.seconds(threshold) / ahtSeconds);
    return new QueueMetrics(n, traffic, threshold, true, c, 0, serviceLevel, c * ahtSeconds / gap, traffic / n);
  }

  /**
   * Returns the Erlang B blocking probability of {@code n} servers offered {@code a} erlangs, by the stable
   * recursion {@code B(k) = a·B(k−1) / (k + a·B(k−1))}.
   */
  static double erlangB(int n, double a) {
    double b = 1;
    for (int k = 1; k <= n; k++) {
      double ab = a * b;
      b = ab / (k + ab);
    }
    return b;
  }

  /** Returns {@code B(k)} for {@code k = 0..n}, by the same recursion as {@link #erlangB(int, double)}. */
  static double[] erlangBTable(int n, double a) {
    double[] table = new double[n + 1];
    double b = 1;
    table[0] = b;
    for (int k = 1; k <= n; k++) {
      double ab = a * b;
      b = ab / (k + ab);
      table[k] = b;
    }
    return table;
  }

  /**
   * Returns the Erlang C probability of waiting from Erlang B: {@code N·B / (N − A·(1 − B))}, written
   * {@code N·B / ((N − A) + A·B)} to avoid the cancellation in {@code 1 − B}. Needs {@code n > a}.
   */
  static double erlangC(int n, double a, double b) {
    return n * b / ((n - a) + a * b);
  }

  /**
   * Tells whether another object is an Erlang C model with the same traffic and handle time.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ErlangC
        && Double.compare(traffic, ((ErlangC) other).traffic) == 0
        && aht.equals(((ErlangC) other).aht);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(traffic, aht);
  }

  /**
   * Returns a description such as {@code ErlangC[10.0 erlangs, AHT PT3M]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ErlangC[" + traffic + " erlangs, AHT " + aht + "]";
  }
}
