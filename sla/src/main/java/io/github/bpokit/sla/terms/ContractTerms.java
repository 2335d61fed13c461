package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.bpokit.core.time.PeriodUnit;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service level schedule of a contract: its terms, its {@link CreditScheme} and its {@link Trigger}s, all
 * evaluated per one period unit (MONTH or QUARTER); every term must be evaluated per that unit (a term measured over
 * a rolling window of months is evaluated per MONTH).
 *
 * <pre>{@code
 * ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH)
 *     .term(csatEmail)
 *     .term(fcrChat)
 *     .scheme(CreditScheme.builder().atRisk(new BigDecimal("0.12"))
 *         .allocation("csat-email", new BigDecimal("0.6")).allocation("fcr-chat", new BigDecimal("0.6"))
 *         .earnBack(2).build())
 *     .trigger(Trigger.consecutive("plan", "csat-email", TermOutcome.REMEDIATION, 2,
 *         TriggerAction.REMEDIATION_PLAN_DUE))
 *     .build();
 * ContractEvaluation evaluation = contract.evaluate(periods);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ContractTerms {
  private final PeriodUnit period;
  private final ImmutableMap<String, ServiceLevelTerm> terms;
  private final CreditScheme scheme;
  private final ImmutableList<Trigger> triggers;
  private final RoundingMode rounding;

  private ContractTerms(Builder b) {
    this.period = b.period;
    this.terms = ImmutableMap.copyOf(b.terms);
    this.scheme = b.scheme;
    this.triggers = ImmutableList.copyOf(b.triggers);
    this.rounding = b.rounding;
  }

  /**
   * Starts a contract.
   *
   * @param period MONTH or QUARTER
   * @return a builder
   * @throws IllegalArgumentException naming the unit when it is another one
   */
  public static Builder builder(PeriodUnit period) {
    return new Builder(period);
  }

  /** @return the period unit */
  public PeriodUnit period() {
    return period;
  }

  /** @return the terms, in the order added */
  public List<ServiceLevelTerm> terms() {
    return terms.values().asList();
  }

  /**
   * Returns a term by name.
   *
   * @param name the name
   * @return the term, or empty
   */
  public Optional<ServiceLevelTerm> term(String name) {
    return Optional.ofNullable(terms.get(requireNonNull(name, "name")));
  }

  /** @return the credit scheme */
  public CreditScheme scheme() {
    return scheme;
  }

  /** @return the triggers, in the order added */
  public List<Trigger> triggers() {
    return triggers;
  }

  /** @return how each line is rounded to the minor unit (HALF_UP by default) */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Evaluates consecutive periods, see {@link ContractEvaluation}.
   *
   * @param periods the periods, oldest first, consecutive, of this contract's unit, fees in one currency
   * @return the evaluation
   * @throws IllegalArgumentException naming the period when the list is empty, a period is of another unit, not
   *     the next of its predecessor, or its fees are in another currency
   */
  public ContractEvaluation evaluate(List<PeriodInput> periods) {
    return ContractEvaluation.evaluate(this, periods);
  }

  @Override
  public String toString() {
    return "ContractTerms{period=" + period + ", terms=" + terms.keySet() + ", scheme=" + scheme + ", triggers="
        + triggers + "}";
  }

  /** Builds {@link ContractTerms}; not thread-safe. */
  public static final class Builder {
    private final PeriodUnit period;
    private final Map<String, ServiceLevelTerm> terms = new LinkedHashMap<>();
    private CreditScheme scheme = CreditScheme.none();
    private final List<Trigger> triggers = new ArrayList<>();
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder(PeriodUnit period) {
      requireNonNull(period, "period");
      if (period != PeriodUnit.MONTH && period != PeriodUnit.QUARTER) {
        throw new IllegalArgumentException("contract period " + period + " is not supported: expected MONTH or QUARTER");
      }
      this.period = period;
    }

    /**
     * Adds a term.
     *
     * @param term the term, evaluated per the contract's unit, with a new name
     * @return this builder
     * @throws IllegalArgumentException naming the term when its name is taken or its period differs
     */
    public Builder term(ServiceLevelTerm term) {
      requireNonNull(term, "term");
      if (term.period() != period) {
        throw new IllegalArgumentException("term " + term.name() + " is measured per " + term.measurementPeriod()
            + (term.measurementPeriod().isRolling() ? " (evaluated per " + term.period() + ")" : "")
            + " but the contract is evaluated per " + period);
      }
      if (terms.putIfAbsent(term.name(), term) != null) {
        throw new IllegalArgumentException("term name " + term.name() + " is used twice");
      }
      return this;
    }

    /**
     * Sets the credit scheme.
     *
     * @param scheme the scheme
     * @return this builder
     */
    public Builder scheme(CreditScheme scheme) {
      this.scheme = requireNonNull(scheme, "scheme");
      return this;
    }

    /**
     * Adds a trigger.
     *
     * @param trigger the trigger
     * @return this builder
     */
    public Builder trigger(Trigger trigger) {
      triggers.add(requireNonNull(trigger, "trigger"));
      return this;
    }

    /**
     * Sets the rounding of each line to the currency's minor unit.
     *
     * @param rounding e.g. HALF_EVEN
     * @return this builder
     */
    public Builder rounding(RoundingMode rounding) {
      this.rounding = requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * Builds the contract.
     *
     * @return the contract
     * @throws IllegalArgumentException naming the trigger or allocation that refers to an unknown term, a trigger
     *     rolled up to a unit that is not QUARTER over a MONTH contract, or a contract without terms
     */
    public ContractTerms build() {
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("a contract needs at least one term");
      }
      for (String name : scheme.allocations().keySet()) {
        if (!terms.containsKey(name)) {
          throw new IllegalArgumentException("allocation for unknown term " + name + "; terms are "
              + terms.keySet());
        }
      }
      for (Trigger t : triggers) {
        if (!terms.containsKey(t.term())) {
          throw new IllegalArgumentException("trigger " + t.name() + " refers to unknown term " + t.term()
              + "; terms are " + terms.keySet());
        }
        if (t.rollUp().isPresent() && t.rollUp().get() != period
            && !(t.rollUp().get() == PeriodUnit.QUARTER && period == PeriodUnit.MONTH)) {
          throw new IllegalArgumentException("trigger " + t.name() + " cannot roll " + period + " results up to "
              + t.rollUp().get() + ": only MONTH to QUARTER");
        }
      }
      return new ContractTerms(this);
    }
  }
}
