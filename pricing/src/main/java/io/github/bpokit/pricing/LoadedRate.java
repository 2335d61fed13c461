package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fully loaded rate of one agent hour (SPEC §6): the hourly cost components, the partner's {@link Margin}, and
 * the shrinkage and occupancy that turn a paid hour into handled contacts.
 *
 * <ul>
 *   <li>cost per paid hour = wage + benefits + WFM + QA + team lead (the lead's hourly cost / span of control) +
 *       training + technology + real estate + management overhead;
 *   <li>rate per paid hour = the margin applied to the cost (markup on cost or margin on price);
 *   <li>rate per productive hour = rate per paid hour / (1 − shrinkage) (productive hours = paid × (1 − shrinkage));
 *   <li>rate per handled contact = rate per productive hour × AHT / (3600 s × occupancy);
 *   <li>rate per resolved contact = rate per handled contact / resolution rate.
 * </ul>
 *
 * <p>Rates are kept exact ({@link java.math.BigDecimal}; divisions that do not terminate to 34 significant digits)
 * and are rounded only when presented, e.g. on an invoice line.
 *
 * <pre>{@code
 * LoadedRate rate = LoadedRate.builder(Currency.getInstance("EUR"))
 *     .wage("18.00").benefits("4.50").wfm("0.90").qa("0.80")
 *     .teamLead("30.00", 12)                 // 2.50 per agent hour
 *     .training("1.20").technology("1.50").realEstate("2.00").managementOverhead("1.10")
 *     .margin(Margin.markupOnCost(new BigDecimal("0.20")))
 *     .shrinkage(Shrinkage.of(0.35)).occupancy(new BigDecimal("0.80"))
 *     .build();
 * rate.costPerPaidHour();                                         // EUR 32.50
 * rate.ratePerPaidHour();                                         // EUR 39.00
 * rate.ratePerProductiveHour();                                   // EUR 60.00
 * rate.ratePerHandledContact(Duration.ofMinutes(6));              // EUR 7.50
 * rate.ratePerResolvedContact(Duration.ofMinutes(6), new BigDecimal("0.75")); // EUR 10.00
 * }</pre>
 */
public final class LoadedRate {
  private final Map<String, Money> breakdown;
  private final Money teamLeadHourly;
  private final int spanOfControl;
  private final Margin margin;
  private final Shrinkage shrinkage;
  private final BigDecimal occupancy;
  private final Currency currency;

  private LoadedRate(Builder b) {
    this.currency = b.currency;
    this.teamLeadHourly = b.teamLeadHourly;
    this.spanOfControl = b.spanOfControl;
    Map<String, Money> parts = new LinkedHashMap<>();
    parts.put("wage", b.wage);
    parts.put("benefits", b.benefits);
    parts.put("WFM", b.wfm);
    parts.put("QA", b.qa);
    parts.put("team lead", Decimals.divide(b.teamLeadHourly, BigDecimal.valueOf(b.spanOfControl)));
    parts.put("training", b.training);
    parts.put("technology", b.technology);
    parts.put("real estate", b.realEstate);
    parts.put("management overhead", b.managementOverhead);
    this.breakdown = Collections.unmodifiableMap(parts);
    this.margin = b.margin;
    this.shrinkage = b.shrinkage;
    this.occupancy = b.occupancy;
  }

  /**
   * Returns a builder, every component zero, no margin, no shrinkage, occupancy 1 and a span of control of 1 to
   * start with.
   *
   * @param currency the currency of every component
   * @return the builder
   */
  public static Builder builder(Currency currency) {
    return new Builder(currency);
  }

  /**
   * Returns the cost components per paid agent hour, in the order wage, benefits, WFM, QA, team lead, training,
   * technology, real estate, management overhead.
   *
   * @return the components (an unmodifiable map)
   */
  public Map<String, Money> breakdown() {
    return breakdown;
  }

  /**
   * Returns the margin.
   *
   * @return the margin
   */
  public Margin margin() {
    return margin;
  }

  /**
   * Returns the shrinkage.
   *
   * @return the shrinkage
   */
  public Shrinkage shrinkage() {
    return shrinkage;
  }

  /**
   * Returns the occupancy: the share of productive time spent handling contacts.
   *
   * @return the occupancy, in (0, 1]
   */
  public BigDecimal occupancy() {
    return occupancy;
  }

  /**
   * Returns the cost per paid hour, the sum of the components (before margin).
   *
   * @return the cost, exact
   */
  public Money costPerPaidHour() {
    return Money.total(currency, breakdown.values());
  }

  /**
   * Returns the loaded rate per paid hour: the margin applied to the cost.
   *
   * @return the rate
   */
  public Money ratePerPaidHour() {
    return margin.price(costPerPaidHour());
  }

  /**
   * Returns the loaded rate per productive hour: rate per paid hour / (1 − shrinkage).
   *
   * @return the rate
   */
  public Money ratePerProductiveHour() {
    return Decimals.divide(ratePerPaidHour(), BigDecimal.ONE.subtract(BigDecimal.valueOf(shrinkage.value())));
  }

  /**
   * Returns the loaded rate per handled contact: rate per productive hour × AHT / (3600 s × occupancy).
   *
   * @param averageHandleTime the average handle time, positive
   * @return the rate
   * @throws IllegalArgumentException naming the AHT when it is not positive
   */
  public Money ratePerHandledContact(Duration averageHandleTime) {
    requireNonNull(averageHandleTime, "averageHandleTime");
    if (averageHandleTime.isNegative() || averageHandleTime.isZero()) {
      throw new IllegalArgumentException("average handle time must be positive: " + averageHandleTime);
    }
    return Decimals.divide(ratePerProductiveHour().multipliedBy(Decimals.seconds(averageHandleTime)),
        Decimals.SECONDS_PER_HOUR.multiply(occupancy));
  }

  /**
   * Returns the loaded rate per resolved contact: rate per handled contact / resolution rate.
   *
   * @param averageHandleTime the average handle time, positive
   * @param resolutionRate the share of handled contacts resolved (e.g. FCR), in (0, 1]
   * @return the rate
   * @throws IllegalArgumentException naming the value of a non-positive AHT or a resolution rate outside (0, 1]
   */
  public Money ratePerResolvedContact(Duration averageHandleTime, BigDecimal resolutionRate) {
    requireNonNull(resolutionRate, "resolutionRate");
    if (resolutionRate.signum() <= 0 || resolutionRate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("resolution rate must be in (0, 1]: " + resolutionRate);
    }
    return Decimals.divide(ratePerHandledContact(averageHandleTime), resolutionRate);
  }

  /**
   * Returns the breakdown and the derived rates in words, amounts exact.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder out = new StringBuilder("Loaded rate per paid agent hour\n");
    breakdown.forEach((name, amount) -> {
      out.append("  ").append(name).append(": ").append(amount.amount().toPlainString());
      if (name.equals("team lead")) {
        out.append(" (").append(teamLeadHourly.amount().toPlainString()).append(" / span of control ")
            .append(spanOfControl).append(')');
      }
      out.append('\n');
    });
    out.append("  cost per paid hour: ").append(costPerPaidHour().amount().toPlainString()).append('\n')
        .append("  rate per paid hour (").append(margin).append("): ")
        .append(ratePerPaidHour().amount().toPlainString()).append('\n')
        .append("  rate per productive hour (shrinkage ").append(Decimals.percent(shrinkage.value())).append("): ")
        .append(ratePerProductiveHour().amount().toPlainString()).append('\n')
        .append("  occupancy: ").append(Decimals.percent(occupancy)).append('\n');
    return out.toString();
  }

  /**
   * Two loaded rates are equal when components, span of control, margin, shrinkage and occupancy are.
   *
   * @param other another object
   * @return whether it is an equal rate
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof LoadedRate)) {
      return false;
    }
    LoadedRate that = (LoadedRate) other;
    return breakdown.equals(that.breakdown) && teamLeadHourly.equals(that.teamLeadHourly)
        && spanOfControl == that.spanOfControl && margin.equals(that.margin) && shrinkage.equals(that.shrinkage)
        && occupancy.compareTo(that.occupancy) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(breakdown, teamLeadHourly, spanOfControl, margin, shrinkage,
        occupancy.stripTrailingZeros());
  }

  /**
   * Returns e.g. {@code LoadedRate[cost EUR 32.50/h, rate EUR 39.00/h]}.
   *
   * @return a short form
   */
  @Override
  public String toString() {
    return "LoadedRate[cost " + costPerPaidHour() + "/h, rate " + ratePerPaidHour() + "/h]";
  }

  /**
   * Builds a loaded rate; every amount is per paid agent hour, in the builder's currency.
   *
   * <pre>{@code
   * LoadedRate rate = LoadedRate.builder(Currency.getInstance("USD")).wage("14.00").benefits("3.10").build();
   * }</pre>
   */
  public static final class Builder {
    private final Currency currency;
    private Money wage;
    private Money benefits;
    private Money wfm;
    private Money qa;
    private Money teamLeadHourly;
    private int spanOfControl = 1;
    private Money training;
    private Money technology;
    private Money realEstate;
    private Money managementOverhead;
    private Margin margin = Margin.none();
    private Shrinkage shrinkage = Shrinkage.none();
    private BigDecimal occupancy = BigDecimal.ONE;

    private Builder(Currency currency) {
      this.currency = requireNonNull(currency, "currency");
      Money zero = Money.zero(currency);
      wage = zero;
      benefits = zero;
      wfm = zero;
      qa = zero;
      teamLeadHourly = zero;
      training = zero;
      technology = zero;
      realEstate = zero;
      managementOverhead = zero;
    }

    private Money amount(String field, String amount) {
      requireNonNull(amount, field);
      Money money = Money.of(new BigDecimal(amount), currency);
      if (money.isNegative()) {
        throw new IllegalArgumentException(field + " must not be negative: " + money);
      }
      return money;
    }

    /**
     * Sets the wage per paid hour.
     *
     * @param amount a plain decimal, e.g. {@code "18.00"}
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder wage(String amount) {
      wage = amount("wage", amount);
      return this;
    }

    /**
     * Sets benefits and payroll taxes per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder benefits(String amount) {
      benefits = amount("benefits", amount);
      return this;
    }

    /**
     * Sets workforce management (forecasting, scheduling, real-time) per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder wfm(String amount) {
      wfm = amount("WFM", amount);
      return this;
    }

    /**
     * Sets quality assurance per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder qa(String amount) {
      qa = amount("QA", amount);
      return this;
    }

    /**
     * Sets the team lead's loaded hourly cost and the agents per lead: each agent hour carries {@code hourly /
     * span}.
     *
     * @param hourly the lead's cost per hour
     * @param span the agents per team lead, at least 1
     * @return this builder
     * @throws IllegalArgumentException naming a negative cost or a span below 1
     */
    public Builder teamLead(String hourly, int span) {
      requireNonNull(hourly, "hourly");
      if (span < 1) {
        throw new IllegalArgumentException("span of control must be at least 1: " + span);
      }
      teamLeadHourly = amount("team lead", hourly);
      spanOfControl = span;
      return this;
    }

    /**
     * Sets training (initial and ongoing, amortised) per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder training(String amount) {
      training = amount("training", amount);
      return this;
    }

    /**
     * Sets technology (telephony, helpdesk seats, licences) per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder technology(String amount) {
      technology = amount("technology", amount);
      return this;
    }

    /**
     * Sets real estate (seat, facilities) per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder realEstate(String amount) {
      realEstate = amount("real estate", amount);
      return this;
    }

    /**
     * Sets management overhead (site and account management, G&amp;A) per paid hour.
     *
     * @param amount a plain decimal
     * @return this builder
     * @throws IllegalArgumentException naming a negative amount
     */
    public Builder managementOverhead(String amount) {
      managementOverhead = amount("management overhead", amount);
      return this;
    }

    /**
     * Sets the margin.
     *
     * @param margin markup on cost or margin on price
     * @return this builder
     */
    public Builder margin(Margin margin) {
      this.margin = requireNonNull(margin, "margin");
      return this;
    }

    /**
     * Sets the shrinkage.
     *
     * @param shrinkage the unavailable share of paid time
     * @return this builder
     */
    public Builder shrinkage(Shrinkage shrinkage) {
      this.shrinkage = requireNonNull(shrinkage, "shrinkage");
      return this;
    }

    /**
     * Sets the occupancy.
     *
     * @param occupancy the share of productive time handling contacts, in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException naming the value when it is not in (0, 1]
     */
    public Builder occupancy(BigDecimal occupancy) {
      requireNonNull(occupancy, "occupancy");
      if (occupancy.signum() <= 0 || occupancy.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("occupancy must be in (0, 1]: " + occupancy);
      }
      this.occupancy = occupancy;
      return this;
    }

    /**
     * Returns the loaded rate.
     *
     * @return the rate
     */
    public LoadedRate build() {
      return new LoadedRate(this);
    }
  }

  static void checkCurrency(Currency expected, Money amount) {
    if (!amount.currency().equals(expected)) {
      throw new CurrencyMismatchException(expected, amount.currency());
    }
  }
}
