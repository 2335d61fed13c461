package io.github.bpokit.pricing.staffing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Slow, obviously correct reference computations for the queue models, independent of the production code's
 * formulas: textbook sums in high-precision decimals, the birth-death chain state by state, the waiting caller's own
 * Markov chain, and a discrete-event simulation.
 */
final class Reference {
  static final MathContext MC = new MathContext(50);

  private Reference() {}

  /** Erlang C by the textbook formula (A^N/N!·N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N!·N/(N−A)), in 50 digits. */
  static BigDecimal erlangC(double traffic, int agents) {
    BigDecimal a = new BigDecimal(traffic); // the exact binary value the production code sees
    BigDecimal term = BigDecimal.ONE; // A^k/k!
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < agents; k++) {
      sum = sum.add(term, MC);
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(k + 1L), MC);
    }
    BigDecimal n = BigDecimal.valueOf(agents);
    BigDecimal top = term.multiply(n, MC).divide(n.subtract(a), MC);
    return top.divide(sum.add(top, MC), MC);
  }

  /** Erlang B by the textbook formula (A^N/N!) / Σ_{k<=N} A^k/k!, in 50 digits. */
  static BigDecimal erlangB(double traffic, int servers) {
    BigDecimal a = new BigDecimal(traffic);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    for (int k = 1; k <= servers; k++) {
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(k), MC);
      sum = sum.add(term, MC);
    }
    return term.divide(sum, MC);
  }

  /** Stationary measures of the Erlang A birth-death chain, summed state by state in 50 digits. */
  static final class Chain {
    final double probabilityOfWaiting;
    final double probabilityOfAbandoning;
    final double occupancy;
    /** P(j callers waiting ahead of an arrival that waits), j = 0.., normalized over all arrivals. */
    final double[] waitingAhead;
    final double noWait;

    Chain(double lambda, double mu, double gamma, int agents) {
      BigDecimal l = new BigDecimal(lambda);
      BigDecimal m = new BigDecimal(mu);
      BigDecimal g = new BigDecimal(gamma);
      BigDecimal n = BigDecimal.valueOf(agents);
      BigDecimal p = BigDecimal.ONE; // unnormalized π_0
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal below = BigDecimal.ZERO;
      BigDecimal busy = BigDecimal.ZERO; // Σ min(k, N)·π_k
      BigDecimal queue = BigDecimal.ZERO; // Σ (k − N)·π_k
      java.util.List<BigDecimal> above = new java.util.ArrayList<>();
      BigDecimal tiny = new BigDecimal("1e-45");
      for (int k = 0; ; k++) {
        total = total.add(p, MC);
        if (k < agents) {
          below = below.add(p, MC);
          busy = busy.add(p.multiply(BigDecimal.valueOf(k)), MC);
        } else {
          above.add(p);
          busy = busy.add(p.multiply(n), MC);
          queue = queue.add(p.multiply(BigDecimal.valueOf(k - agents)), MC);
        }
        BigDecimal rate = k + 1 <= agents
            ? m.multiply(BigDecimal.valueOf(k + 1))
            : m.multiply(n).add(g.multiply(BigDecimal.valueOf(k + 1 - agents)));
        BigDecimal next = p.multiply(l, MC).divide(rate, MC);
        if (k > agents && next.compareTo(p) < 0 && next.multiply(BigDecimal.valueOf(k + 1)).compareTo(
            total.multiply(tiny)) < 0) {
          break;
        }
        p = next;
      }
      probabilityOfWaiting = total.subtract(below).divide(total, MC).doubleValue();
      probabilityOfAbandoning = g.multiply(queue).divide(l.multiply(total), MC).doubleValue();
      occupancy = busy.divide(total.multiply(n), MC).doubleValue();
      noWait = below.divide(total, MC).doubleValue();
      BigDecimal sum = total;
      waitingAhead = above.stream().mapToDouble(x -> x.divide(sum, MC).doubleValue()).toArray();
    }
  }

  /**
   * The share of all arrivals answered within t, from the waiting caller's own Markov chain (phase = callers ahead;
   * forward at Nμ + kγ, abandon at γ), solved by uniformization: independent of the negative-binomial closed form.
   */
  static double answeredWithin(Chain chain, double mu, double gamma, int agents, double t) {
    if (t == 0) {
      return chain.noWait;
    }
    int phases = chain.waitingAhead.length;
    double nMu = agents * mu;
    double uniform = nMu + phases * gamma + gamma;
    double[] v = chain.waitingAhead.clone();
    double answered = 0;
    double lt = uniform * t;
    // Poisson(lt) weights, computed in log space; answered-by-step accumulates
    int steps = (int) Math.ceil(lt + 12 * Math.sqrt(lt) + 60);
    double result = 0;
    for (int step = 0; step <= steps; step++) {
      double weight = Math.exp(-lt + step * Math.log(lt) - logFactorial(step));
      result += weight * answered;
      double[] next = new double[phases];
      for (int k = 0; k < phases; k++) {
        double forward = (nMu + k * gamma) / uniform;
        double leave = gamma / uniform;
        next[k] += v[k] * (1 - forward - leave);
        if (k == 0) {
          answered += v[0] * forward;
        } else {
          next[k - 1] += v[k] * forward;
        }
      }
      v = next;
    }
    return chain.noWait + result;
  }

  /** E[wait; answered] per arrival and P(answered), by the first-step recursion over phases of the waiting caller. */
  static double averageSpeedOfAnswer(Chain chain, double mu, double gamma, int agents) {
    double nMu = agents * mu;
    double answeredProbability = 1; // s_(k−1): answered from the phase ahead (s_(−1) = 1)
    double waitWhenAnswered = 0; // m_(k−1)
    double totalWait = 0;
    double totalAnswered = chain.noWait;
    for (int k = 0; k < chain.waitingAhead.length; k++) {
      double exit = nMu + k * gamma + gamma;
      double forward = (nMu + k * gamma) / exit;
      double m = forward * (answeredProbability / exit + waitWhenAnswered);
      double s = forward * answeredProbability;
      totalWait += chain.waitingAhead[k] * m;
      totalAnswered += chain.waitingAhead[k] * s;
      answeredProbability = s;
      waitWhenAnswered = m;
    }
    return totalWait / totalAnswered;
  }

  private static double logFactorial(int n) {
    double sum = 0;
    for (int i = 2; i <= n; i++) {
      sum += Math.log(i);
    }
    return sum;
  }

  /** Results of a simulation run. */
  static final class Simulated {
    int arrivals;
    int waited;
    int abandoned;
    int answeredWithin;
    double answeredWaitSum;
    int answered;

    double serviceLevel() {
      return answeredWithin / (double) arrivals;
    }

    double probabilityOfWaiting() {
      return waited / (double) arrivals;
    }

    double probabilityOfAbandoning() {
      return abandoned / (double) arrivals;
    }

    double averageSpeedOfAnswer() {
      return answeredWaitSum / answered;
    }
  }

  /**
   * Simulates an M/M/N+M queue, first come first served: each caller takes the earliest free agent after the callers
   * before it were placed, unless its patience runs out first (then it leaves without using an agent). Exact for FCFS
   * with abandonment; the first tenth of the callers is a warm-up and not counted.
   */
  static Simulated simulate(double lambda, double aht, double patience, int agents, double t, int callers,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PriorityQueue<Double> free = new PriorityQueue<>();
    for (int i = 0; i < agents; i++) {
      free.add(0.0);
    }
    Simulated result = new Simulated();
    double clock = 0;
    int warmUp = callers / 10;
    for (int i = 0; i < callers + warmUp; i++) {
      clock += -Math.log(1 - random.nextDouble()) / lambda;
      double patienceTime = -Math.log(1 - random.nextDouble()) * patience;
      double service = -Math.log(1 - random.nextDouble()) * aht;
      double earliest = free.peek();
      double start = Math.max(clock, earliest);
      double wait = start - clock;
      boolean answered = wait <= patienceTime;
      if (answered) {
        free.poll();
        free.add(start + service);
      }
      if (i < warmUp) {
        continue;
      }
      result.arrivals++;
      if (wait > 0) {
        result.waited++;
      }
      if (answered) {
        result.answered++;
        result.answeredWaitSum += wait;
        if (wait <= t) {
          result.answeredWithin++;
        }
      } else {
        result.abandoned++;
      }
    }
    return result;
  }
}
