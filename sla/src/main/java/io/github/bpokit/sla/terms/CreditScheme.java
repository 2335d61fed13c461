package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a contract turns band outcomes into money across terms (SPEC §5):
 *
 * <ul>
 *   <li><b>at-risk share</b> (optional): at-risk amount = share × the period's fees, rounded down to the minor unit;
 *       the credits of a period together never exceed it (when they would, the at-risk amount is allocated across
 *       the credit lines in proportion to their uncapped amounts, largest remainder, so the lines sum exactly to it);
 *   <li><b>pool allocations</b> (optional, need an at-risk share): a term with an allocation that lands in a band
 *       with a credit (a negative adjustment) is credited allocation × at-risk amount instead of the band's share of
 *       fees; allocations may sum past 100% (the pool) but the cap holds;
 *   <li><b>bonus cap</b> (optional): the bonuses of a period together never exceed share × fees (rounded down),
 *       allocated in the same way;
 *   <li><b>earn-back</b> (optional): a credit of a term is paid back in full when the term is compliant (BONUS or
 *       BASE) in each of the next N periods; the repayment is a separate line in the N-th period.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * CreditScheme scheme = CreditScheme.builder()
 *     .atRisk(new BigDecimal("0.12"))                      // 12% of the period's fees at risk
 *     .allocation("sla-voice", new BigDecimal("0.60"))     // 60% of the at-risk amount if voice misses
 *     .allocation("sla-chat", new BigDecimal("0.60"))      // the pool: 120% in all, the cap still holds
 *     .bonusCap(new BigDecimal("0.10"))
 *     .earnBack(2)                                         // paid back after 2 compliant periods
 *     .build();
 * ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(voice).term(chat).scheme(scheme).build();
 * }</pre>
 */
public final class CreditScheme {
  private static final CreditScheme NONE = new CreditScheme(null, ImmutableMap.of(), null, 0);

  private final @Nullable BigDecimal atRisk;
  private final ImmutableMap<String, BigDecimal> allocations;
  private final @Nullable BigDecimal bonusCap;
  private final int earnBackPeriods;

  private CreditScheme(@Nullable BigDecimal atRisk, ImmutableMap<String, BigDecimal> allocations,
      @Nullable BigDecimal bonusCap, int earnBackPeriods) {
    this.atRisk = atRisk;
    this.allocations = allocations;
    this.bonusCap = bonusCap;
    this.earnBackPeriods = earnBackPeriods;
  }

  /**
   * Returns the scheme without cap, pool or earn-back: each term's money is its band's share of fees.
   *
   * @return the plain scheme
   */
  public static CreditScheme none() {
    return NONE;
  }

  /**
   * Starts a scheme.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the at-risk share of fees, if any */
  public Optional<BigDecimal> atRisk() {
    return Optional.ofNullable(atRisk);
  }

  /** @return the pool allocation per term name */
  public ImmutableMap<String, BigDecimal> allocations() {
    return allocations;
  }

  /** @return the bonus cap as a share of fees, if any */
  public Optional<BigDecimal> bonusCap() {
    return Optional.ofNullable(bonusCap);
  }

  /** @return the number of compliant periods that earn a credit back; 0 for no earn-back */
  public int earnBackPeriods() {
    return earnBackPeriods;
  }

  @Override
  public String toString() {
    return "CreditScheme{atRisk=" + atRisk + ", allocations=" + allocations + ", bonusCap=" + bonusCap
        + ", earnBackPeriods=" + earnBackPeriods + "}";
  }

  /** Builds a {@link CreditScheme}; not thread-safe. */
  public static final class Builder {
    private @Nullable BigDecimal atRisk;
    private final Map<String, BigDecimal> allocations = new LinkedHashMap<>();
    private @Nullable BigDecimal bonusCap;
    private int earnBackPeriods;

    private Builder() {}

    /**
     * Sets the at-risk share of fees.
     *
     * @param share from 0 to 1, e.g. {@code 0.12}
     * @return this builder
     * @throws IllegalArgumentException naming the share when it is outside [0, 1]
     */
    public Builder atRisk(BigDecimal share) {
      this.atRisk = share("at-risk share", share);
      return this;
    }

    /**
     * Gives a term a share of the at-risk amount.
     *
     * @param term the term's name
     * @param share more than 0, at most 1, e.g. {@code 0.5}
     * @return this builder
     * @throws IllegalArgumentException naming the term and share when it is not in (0, 1] or the term already has one
     */
    public Builder allocation(String term, BigDecimal share) {
      requireNonNull(term, "term");
      share("allocation of " + term, share);
      if (share.signum() == 0) {
        throw new IllegalArgumentException("allocation of " + term + " must be more than 0");
      }
      if (allocations.putIfAbsent(term, share) != null) {
        throw new IllegalArgumentException("term " + term + " already has an allocation");
      }
      return this;
    }

    /**
     * Caps the bonuses of a period.
     *
     * @param share from 0 to 1 of fees
     * @return this builder
     * @throws IllegalArgumentException naming the share when it is outside [0, 1]
     */
    public Builder bonusCap(BigDecimal share) {
      this.bonusCap = share("bonus cap", share);
      return this;
    }

    /**
     * Enables earn-back after N compliant periods.
     *
     * @param periods at least 1
     * @return this builder
     * @throws IllegalArgumentException naming the number when it is less than 1
     */
    public Builder earnBack(int periods) {
      if (periods < 1) {
        throw new IllegalArgumentException("earn-back periods " + periods + " must be at least 1");
      }
      this.earnBackPeriods = periods;
      return this;
    }

    /**
     * Builds the scheme.
     *
     * @return the scheme
     * @throws IllegalArgumentException when there are allocations without an at-risk share
     */
    public CreditScheme build() {
      if (!allocations.isEmpty() && atRisk == null) {
        throw new IllegalArgumentException("pool allocations " + allocations.keySet()
            + " need an at-risk share to allocate");
      }
      return new CreditScheme(atRisk, ImmutableMap.copyOf(allocations), bonusCap, earnBackPeriods);
    }

    private static BigDecimal share(String what, BigDecimal share) {
      requireNonNull(share, what);
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(what + " " + share.toPlainString() + " is outside [0, 1]");
      }
      return share;
    }
  }
}
