package io.github.bpokit.kpi;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Net Promoter Score (SPEC §4): from answers 0–10 to "how likely are you to recommend…", promoters answered 9–10,
 * passives 7–8 and detractors 0–6, and the score is {@code 100 × (pP − pD)} with pP and pD the promoter and detractor
 * shares, between −100 and 100.
 *
 * <p><b>Margin of error.</b> Scoring each answer +1 (promoter), 0 (passive) or −1 (detractor), the score is 100 times
 * the mean of those scores, whose per-answer variance is {@code pP + pD − (pP − pD)²}. The 95% margin of error is
 * therefore {@code 100 × z × sqrt((pP + pD − (pP − pD)²) / n)} with z = {@link Proportion#Z_95} (a normal
 * approximation; it is 0 when every answer falls in one group). The {@linkplain #interval() interval} is the score ±
 * that margin, clamped to {@code [−100, 100]}.
 *
 * <pre>{@code
 * NetPromoterScore nps = NetPromoterScore.of(50, 30, 20); // promoters, passives, detractors
 * nps.value();          // OptionalDouble[30.0]
 * nps.marginOfError();  // OptionalDouble[15.3078...]
 * nps.interval();       // Optional[[14.69..., 45.30...]]
 * }</pre>
 *
 * @param promoters the answers 9 and 10, {@code >= 0}
 * @param passives the answers 7 and 8, {@code >= 0}
 * @param detractors the answers 0 to 6, {@code >= 0}
 */
public record NetPromoterScore(long promoters, long passives, long detractors) implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a score from its counts.
   *
   * @param promoters the answers 9 and 10
   * @param passives the answers 7 and 8
   * @param detractors the answers 0 to 6
   * @throws IllegalArgumentException when a count is negative or the total overflows a {@code long}
   */
  public NetPromoterScore {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException(
          "NPS counts must be >= 0: promoters " + promoters + ", passives " + passives + ", detractors " + detractors);
    }
    try {
      Math.addExact(Math.addExact(promoters, passives), detractors);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("NPS counts overflow a long: promoters " + promoters + ", passives "
          + passives + ", detractors " + detractors, e);
    }
  }

  /**
   * Creates a score from its counts.
   *
   * @param promoters the answers 9 and 10
   * @param passives the answers 7 and 8
   * @param detractors the answers 0 to 6
   * @return the score
   * @throws IllegalArgumentException when a count is negative or the total overflows a {@code long}
   */
  public static NetPromoterScore of(long promoters, long passives, long detractors) {
    return new NetPromoterScore(promoters, passives, detractors);
  }

  /**
   * Returns the number of answers.
   *
   * @return promoters + passives + detractors
   */
  public long count() {
    return promoters + passives + detractors;
  }

  /**
   * Returns the number of answers.
   *
   * @return {@link #count()}
   */
  @Override
  public long sampleSize() {
    return count();
  }

  /**
   * Returns the score {@code 100 × (promoters − detractors) / n}, or empty when there are no answers.
   *
   * @return the score in {@code [−100, 100]}
   */
  @Override
  public OptionalDouble value() {
    long n = count();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (promoters - detractors) / n);
  }

  /**
   * Returns the 95% margin of error {@code 100 × z × sqrt((pP + pD − (pP − pD)²) / n)}, or empty when there are no
   * answers.
   *
   * @return the margin, in score points, {@code >= 0}
   */
  public OptionalDouble marginOfError() {
    long n = count();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    double p = (double) promoters / n;
    double d = (double) detractors / n;
    double variance = Math.max(0, p + d - (p - d) * (p - d));
    return OptionalDouble.of(100 * Proportion.Z_95 * Math.sqrt(variance / n));
  }

  /**
   * Returns the score ± its 95% margin of error, clamped to {@code [−100, 100]}, or empty when there are no answers.
   *
   * @return the interval
   */
  @Override
  public Optional<Interval> interval() {
    OptionalDouble value = value();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double margin = marginOfError().orElseThrow();
    double score = value.getAsDouble();
    return Optional.of(new Interval(Math.max(-100, score - margin), Math.min(100, score + margin)));
  }

  /**
   * Returns the share of promoters among all answers.
   *
   * @return promoters of n
   */
  public Proportion promoterShare() {
    return new Proportion(promoters, count());
  }

  /**
   * Returns the share of passives among all answers.
   *
   * @return passives of n
   */
  public Proportion passiveShare() {
    return new Proportion(passives, count());
  }

  /**
   * Returns the share of detractors among all answers.
   *
   * @return detractors of n
   */
  public Proportion detractorShare() {
    return new Proportion(detractors, count());
  }

  /** Returns e.g. {@code NPS(promoters=50, passives=30, detractors=20)}. */
  @Override
  public String toString() {
    return "NPS(promoters=" + promoters + ", passives=" + passives + ", detractors=" + detractors + ")";
  }
}
