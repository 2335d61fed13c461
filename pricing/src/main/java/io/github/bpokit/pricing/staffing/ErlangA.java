package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Erlang A model (M/M/N+M, Palm's model): Erlang C with impatient callers. Each caller who has to wait hangs up
 * after an exponentially distributed patience of mean θ unless answered first; waiting callers are answered first come
 * first served. Abandonment keeps the queue stable with any number of agents, and is what real queues do: Erlang C
 * over-staffs a queue whose callers give up. Model and notation follow Mandelbaum and Zeltyn, "The Palm/Erlang-A Queue,
 * with Applications to Call Centers" (2007), and Garnett, Mandelbaum and Reiman, "Designing a Call Center with
 * Impatient Customers" (M&amp;SOM, 2002).
 *
 * <p><b>Service level</b> is the share of <em>all</em> arrivals answered within the threshold T: callers who abandon,
 * at any time, count as not answered in time (the strictest of the usual definitions, and the one contracts that
 * count abandoned calls against the service level use). The <b>average speed of answer</b> is the mean wait of
 * answered callers; the <b>occupancy</b> is answered traffic per agent, {@code λ·(1 − P(abandon))·AHT / N}. As the
 * patience grows without bound (and {@code A < N}) every measure tends to its Erlang C value.
 *
 * <p><b>Method.</b> The number of callers in the system is a birth-death chain: arrivals at rate λ; departures at
 * {@code n·μ} up to N callers and {@code N·μ + (n − N)·γ} above (γ = 1/θ). Its stationary distribution up to N
 * comes from the Erlang B recursion (as for {@link ErlangC}); above N it is summed term by term, with rescaling to
 * stay in range, until the remaining tail is below 1e-17 of the total, so there are no factorials, powers or
 * incomplete gamma functions. P(wait) is the mass at N or more (arrivals see time averages), P(abandon) is the
 * abandonment rate {@code γ·E[queue]} over λ. A caller who arrives with j callers waiting ahead is answered when
 * j + 1 "front of the queue moves" events have happened (services at rate Nμ, abandonments ahead at kγ with k
 * ahead) before its own patience runs out; that happens with probability {@code Nμ / (Nμ + (j + 1)γ)}, after a
 * wait that, conditioned on being answered, is a sum of exponentials with rates {@code Nμ + kγ, k = 1..j+1}, whose
 * distribution function is a regularized incomplete beta function, i.e. the tail {@code P(Y > j)} of a negative
 * binomial variable {@code Y ~ NB(Nμ/γ + 1, e^(−γT))}. Those tails are accumulated alongside the chain, so the
 * service level, mean wait and every other measure come out of one pass. The cost is O(N + Q) for Q the waiting
 * callers that carry probability; traffic × patience / AHT (the arrivals during one mean patience) is limited to
 * 10,000,000.
 *
 * <p>{@link #minimumAgents(ServiceTarget)} searches by doubling and bisection, assuming (as holds for this model in
 * practice) that the measures improve with every agent added; with one agent fewer than the result, some part of the
 * target is missed. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * // 100 calls per 30 minutes, 180 s handle time, callers wait 2 minutes on average before hanging up
 * ErlangA queue = ErlangA.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180), Duration.ofMinutes(2));
 * QueueMetrics m = queue.evaluate(12, Duration.ofSeconds(20));
 * m.probabilityOfAbandoning();      // 0.0616
 * m.serviceLevel();                 // 0.8256 of all callers answered within 20 s
 * m.averageSpeedOfAnswer();         // 6.33 s (Erlang C: 40.44 s)
 * queue.minimumAgents(ServiceTarget.of(0.80, Duration.ofSeconds(20)).withMaxAbandonment(0.03)).agents(); // 14
 * }</pre>
 */
public final class ErlangA implements QueueModel {
  /** The largest accepted value of traffic × patience / AHT (arrivals during one mean patience). */
  static final double MAX_ARRIVALS_PER_PATIENCE = 1e7;
  /** Sum the chain until the tail is below this share of the total. */
  private static final double TAIL = 1e-17;
  /** A guard: the chain needs at most about 1e7 + 1e5 states within the limits enforced. */
  private static final int MAX_STATES = 100_000_000;
  /** The longest Erlang B table the staffing search keeps (32 MB). */
  private static final int MAX_TABLE = 1 << 22;
  private static final int RESCALE_BITS = 600;
  private static final double RESCALE_ABOVE = Math.scalb(1.0, RESCALE_BITS);
  private static final double LN2 = Math.log(2);

  private final double traffic;
  private final Duration aht;
  private final double ahtSeconds;
  private final Duration patience;
  private final double patienceSeconds;

  private ErlangA(double traffic, Duration aht, Duration patience) {
    this.traffic = traffic;
    this.aht = aht;
    this.ahtSeconds = Checks.seconds(aht);
    this.patience = patience;
    this.patienceSeconds = Checks.seconds(patience);
  }

  /**
   * Returns the model of a queue offered {@code arrivals} contacts per {@code interval}, whose callers abandon after
   * an exponential patience of mean {@code patience}.
   *
   * @param arrivals the expected arrivals per interval, finite and zero or more
   * @param interval the length of the interval
   * @param aht the average handle time of one contact
   * @param patience the mean patience of a waiting caller (θ)
   * @return the model, with traffic {@code arrivals × aht / interval} erlangs
   * @throws IllegalArgumentException naming the value when {@code arrivals} is negative or not finite, a duration is
   *     not longer than zero, the traffic exceeds 1,000,000 erlangs or the arrivals during one mean patience exceed
   *     10,000,000
   */
  public static ErlangA of(double arrivals, Duration interval, Duration aht, Duration patience) {
    requireNonNull(patience, "patience");
    return ofTraffic(ErlangC.traffic(arrivals, interval, aht), aht, patience);
  }

  /**
   * Returns the model of a queue offered a given traffic, whose callers abandon after an exponential patience of
   * mean {@code patience}.
   *
   * @param erlangs the offered traffic: arrival rate × average handle time, finite and zero or more
   * @param aht the average handle time of one contact
   * @param patience the mean patience of a waiting caller (θ)
   * @return the model
   * @throws IllegalArgumentException naming the value when the traffic is negative, not finite or above 1,000,000
   *     erlangs, a duration is not longer than zero, or the arrivals during one mean patience
   *     ({@code erlangs × patience / aht}) exceed 10,000,000
   */
  public static ErlangA ofTraffic(double erlangs, Duration aht, Duration patience) {
    Checks.positive("aht", requireNonNull(aht, "aht"));
    Checks.positive("patience", requireNonNull(patience, "patience"));
    double traffic = ErlangC.checkTraffic(erlangs);
    double arrivalsPerPatience = traffic * Checks.seconds(patience) / Checks.seconds(aht);
    if (arrivalsPerPatience > MAX_ARRIVALS_PER_PATIENCE) {
      throw new IllegalArgumentException("patience " + patience + " is too long for " + traffic
          + " erlangs with an AHT of " + aht + ": the arrivals during one mean patience must be <= 10000000, not "
          + arrivalsPerPatience);
    }
    return new ErlangA(traffic, aht, patience);
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
   * Returns the mean patience of a waiting caller (θ).
   *
   * @return the mean patience
   */
  public Duration patience() {
    return patience;
  }

  /**
   * Returns the same queue without abandonment.
   *
   * @return the Erlang C model with this traffic and handle time
   */
  public ErlangC withoutAbandonment() {
    return ErlangC.ofTraffic(traffic, aht);
  }

  /**
   * Returns how the queue performs with {@code agents} agents; see the class documentation for the definitions and
   * the method. Without agents every caller waits and abandons (service level 0, no average speed of answer).
   *
   * @param agents the agents handling contacts, zero or more
   * @param threshold the answer time of the service level, zero or longer
   * @return the metrics, always stable
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
    if (agents == 0) {
      return new QueueMetrics(0, traffic, threshold, true, 1, 1, 0, Double.NaN, 0);
    }
    return compute(agents, ErlangC.erlangB(agents, traffic), threshold);
  }

  /**
   * Returns the fewest agents that meet every part of the target (service level, and the occupancy, speed-of-answer
   * and abandonment limits present), with their metrics. Doubles from {@code ceil(A)} agents until the target is
   * met, then bisects: O(log N) evaluations of the waiting part of the chain and one Erlang B pass, about 0.4 ms at
   * 10,000 erlangs.
   *
   * @param target the target to meet
   * @return the metrics of the minimum staffing (zero agents when there is no traffic)
   * @throws IllegalArgumentException when the target would need more than 2^30 agents
   */
  @Override
  public QueueMetrics minimumAgents(ServiceTarget target) {
    requireNonNull(target, "target");
    Duration threshold = target.threshold();
    if (traffic == 0) {
      return evaluate(0, threshold);
    }
    int failing = 0; // zero agents answer nobody: a service level above zero is missed
    int meeting = Math.max(1, (int) Math.ceil(traffic));
    QueueMetrics best = evaluate(meeting, threshold);
    while (!target.isMetBy(best)) {
      if (meeting >= ErlangC.MAX_AGENTS) {
        throw new IllegalArgumentException("target " + target + " needs more than " + ErlangC.MAX_AGENTS
            + " agents for " + traffic + " erlangs");
      }
      failing = meeting;
      meeting *= 2;
      best = evaluate(meeting, threshold);
    }
    // Bisect with one Erlang B pass for every candidate instead of one per evaluation.
    double @Nullable [] blocking = meeting <= MAX_TABLE ? ErlangC.erlangBTable(meeting, traffic) : null;
    while (meeting - failing > 1) {
      int middle = (failing + meeting) >>> 1;
      QueueMetrics metrics = blocking == null
          ? evaluate(middle, threshold)
          : compute(middle, blocking[middle], threshold);
      if (target.isMetBy(metrics)) {
        meeting = middle;
        best = metrics;
      } else {
        failing = middle;
      }
    }
    return best;
  }

  /** Metrics with {@code n >= 1} agents and traffic above zero, from the Erlang B probability {@code b} of n. */
  private QueueMetrics compute(int n, double b, Duration threshold) {
    if (b == 0) {
      // B underflowed: so many agents that nobody waits (in double precision)
      return new QueueMetrics(n, traffic, threshold, true, 0, 0, 1, 0, traffic / n);
    }
    // Rates in units of the abandonment rate γ = 1/θ: service N·μ/γ = x, arrivals λ/γ = y.
    double x = n * patienceSeconds / ahtSeconds;
    double y = traffic * patienceSeconds / ahtSeconds;
    double t = Checks.seconds(threshold);
    // Stationary weights relative to state N: below N they sum to (1 − B)/B (Erlang B); above, w_j = π(N+j)/π(N)
    // with w_0 = 1 and w_j = w_(j−1)·y/(x + j). The sums are kept scaled by 2^(−scale) against overflow.
    double logBelow = Math.log1p(-b) - Math.log(b);
    int scale = 0;
    double w = 1;
    double sumW = 0; // Σ w_j: P(wait) = sumW / total
    double sumQueue = 0; // Σ j·w_j: the mean queue, for abandonment
    double sumAnswered = 0; // Σ w_j·answered_j
    double sumLate = 0; // Σ w_j·(1 − answered_j·P(Y > j)): not answered within T
    double sumAnsweredWait = 0; // Σ w_j·E[wait; answered | j], in units of θ
    double waitIfAnswered = 0; // Σ_{k=1..j+1} 1/(x + k): E[wait | answered, j] in units of θ
    // Y ~ NB(x + 1, u = e^(−t/θ)): p_j = pMantissa·2^pExponent, cdf = P(Y <= j)
    double oneMinusU = -Math.expm1(-t / patienceSeconds);
    double logP0 = -(n * t / ahtSeconds + t / patienceSeconds);
    double pMantissa;
    int pExponent;
    if (logP0 > -700) {
      pMantissa = Math.exp(logP0);
      pExponent = 0;
    } else if (logP0 > -1e9) {
      int shift = (int) Math.ceil((-700 - logP0) / LN2);
      pMantissa = Math.exp(logP0 + shift * LN2);
      pExponent = -shift;
    } else {
      pMantissa = 0; // P(Y <= j) stays negligible over every j that carries probability
      pExponent = 0;
    }
    double cdf = 0;
    for (int j = 0; ; j++) {
      cdf += Math.scalb(pMantissa, pExponent);
      double answeredInTime = cdf >= 1 ? 0 : 1 - cdf; // P(Y > j): the answer comes within T, given answered
      double answered = x / (x + j + 1);
      waitIfAnswered += 1 / (x + j + 1);
      sumW += w;
      sumQueue += j * w;
      sumAnswered += w * answered;
      sumLate += w * (1 - answered * answeredInTime);
      sumAnsweredWait += w * answered * waitIfAnswered;
      double ratio = y / (x + j + 1);
      if (j == MAX_STATES) {
        throw new IllegalStateException("Erlang A chain not converged after " + j + " states: " + this + ", "
            + n + " agents");
      }
      if (w == 0 || ratio < 1 && j > 0
          && w * (j + 1) / ((1 - ratio) * (1 - ratio)) <= TAIL * Math.min(sumW, sumQueue)) {
        break;
      }
      w *= ratio;
      if (w > RESCALE_ABOVE) {
        w = Math.scalb(w, -RESCALE_BITS);
        sumW = Math.scalb(sumW, -RESCALE_BITS);
        sumQueue = Math.scalb(sumQueue, -RESCALE_BITS);
        sumAnswered = Math.scalb(sumAnswered, -RESCALE_BITS);
        sumLate = Math.scalb(sumLate, -RESCALE_BITS);
        sumAnsweredWait = Math.scalb(sumAnsweredWait, -RESCALE_BITS);
        scale += RESCALE_BITS;
      }
      pMantissa *= (x + 1 + j) / (j + 1) * oneMinusU;
      if (pMantissa > RESCALE_ABOVE) {
        pMantissa = Math.scalb(pMantissa, -RESCALE_BITS);
        pExponent += RESCALE_BITS;
      }
      if (pExponent > 0) {
        pMantissa = Math.scalb(pMantissa, pExponent);
        pExponent = 0;
      }
    }
    double below = Math.exp(logBelow - scale * LN2);
    double total = below + sumW;
    double abandon = sumQueue / (y * total);
    return new QueueMetrics(n, traffic, threshold, true, sumW / total, abandon, 1 - sumLate / total,
        sumAnsweredWait * patienceSeconds / (below + sumAnswered), traffic * (1 - abandon) / n);
  }

  /**
   * Tells whether another object is an Erlang A model with the same traffic, handle time and patience.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ErlangA)) {
      return false;
    }
    ErlangA that = (ErlangA) other;
    return Double.compare(traffic, that.traffic) == 0 && aht.equals(that.aht) && patience.equals(that.patience);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(traffic, aht, patience);
  }

  /**
   * Returns a description such as {@code ErlangA[10.0 erlangs, AHT PT3M, patience PT2M]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ErlangA[" + traffic + " erlangs, AHT " + aht + ", patience " + patience + "]";
  }
}
