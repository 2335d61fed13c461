package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Build or buy, and under which pricing model (SPEC §6): the monthly cost of a {@link VolumeForecast} under each
 * partner's {@link PartnerOption} and in house (a {@link LoadedRate}), with the same staffing math for all, ranked.
 *
 * <ol>
 *   <li><b>Staffing.</b> Per channel, the categories are pooled (contacts summed, AHT contact-weighted): a queue is
 *       staffed interval by interval with Erlang C ({@link ChannelPlan.Queue}), workload by its hours ({@link
 *       ChannelPlan.Workload}). Agent-hours / (1 − shrinkage) = paid hours; paid hours / paid hours per FTE = FTE
 *       needed (fractional, exact).
 *   <li><b>Partners.</b> Each model prices the {@linkplain VolumeForecast#usage(UsageRules) usage the forecast implies}
 *       through its ordinary invoice ({@link PricingModel#invoice(Usage)}, minimum commitment, rounding): the monthly
 *       cost is the invoice total. A per-FTE model {@linkplain PartnerOption#sizedToForecast sized to the forecast}
 *       bills {@code ceil(FTE needed)} FTEs (at least 1); a per-FTE or hybrid core with fewer FTEs than needed is
 *       flagged (it would miss the service targets).
 *   <li><b>Build.</b> In house: paid hours × the loaded rate per paid hour ({@link LoadedRate#ratePerPaidHour()}, its
 *       margin usually none), one line rounded once. The rate's own shrinkage must be none or the comparison's.
 *   <li><b>Ranking.</b> By monthly cost, then by name: the ranking does not depend on the order the options were
 *       given in. Cost per contact and per resolution are the monthly cost over the contacts and over the resolved
 *       contacts, rounded to the minor unit with the comparison's rounding mode (HALF_UP by default), so {@code cost
 *       per contact × contacts} is within half a minor unit per contact of the monthly cost.
 *   <li><b>Signal.</b> A channel whose peak-to-trough ratio is above 1.7 raises the peak-to-trough signal: a fixed
 *       per-FTE team is sized near the peak and idles in the troughs, so elastic (per contact) or hybrid pricing
 *       usually fits better.
 * </ol>
 *
 * <pre>{@code
 * ModelComparison comparison = ModelComparison.builder(forecast)
 *     .staffing(Shrinkage.of(0.30), new BigDecimal("160"))          // 160 paid hours per FTE per month
 *     .partner(PartnerOption.of("per contact", PricingModel.PerContact.flat(Money.of("2.90", "EUR"))))
 *     .partner(PartnerOption.sizedToForecast("dedicated",
 *         PricingModel.PerFte.monthly(BigDecimal.ONE, Money.of("4200.00", "EUR"))))
 *     .inHouse("in-house", loadedRate)
 *     .build();
 * ComparisonResult result = comparison.result();
 * result.cheapest().name();
 * WhatIf bot = comparison.whatIf(f -> f.withAiDeflection(new BigDecimal("0.30"), new BigDecimal("0.15")));
 * System.out.println(bot.explain());
 * }</pre>
 */
public final class ModelComparison {
  /** Above this peak-to-trough ratio, the comparison signals that a fixed per-FTE core is costly. */
  public static final double PEAK_TO_TROUGH_SIGNAL = 1.7;

  private final VolumeForecast forecast;
  private final Shrinkage shrinkage;
  private final BigDecimal paidHoursPerFte;
  private final List<PartnerOption> partners;
  private final @Nullable String inHouseName;
  private final @Nullable LoadedRate inHouse;
  private final RoundingMode rounding;
  private final Currency currency;

  private ModelComparison(VolumeForecast forecast, Builder b, Currency currency) {
    this.forecast = forecast;
    this.shrinkage = requireNonNull(b.shrinkage);
    this.paidHoursPerFte = requireNonNull(b.paidHoursPerFte);
    this.partners = List.copyOf(b.partners);
    this.inHouseName = b.inHouseName;
    this.inHouse = b.inHouse;
    this.rounding = b.rounding;
    this.currency = currency;
  }

  /**
   * Returns a builder of a comparison of a forecast.
   *
   * @param forecast the baseline forecast
   * @return an empty builder
   */
  public static Builder builder(VolumeForecast forecast) {
    return new Builder(forecast);
  }

  /**
   * Returns the forecast compared.
   *
   * @return the forecast
   */
  public VolumeForecast forecast() {
    return forecast;
  }

  /**
   * Returns the same comparison of another forecast (e.g. a what-if).
   *
   * @param other the forecast
   * @return the comparison
   */
  public ModelComparison withForecast(VolumeForecast other) {
    return new ModelComparison(requireNonNull(other, "other"), toBuilder(), currency);
  }

  private Builder toBuilder() {
    Builder b = new Builder(forecast);
    b.shrinkage = shrinkage;
    b.paidHoursPerFte = paidHoursPerFte;
    b.partners.addAll(partners);
    b.inHouseName = inHouseName;
    b.inHouse = inHouse;
    b.rounding = rounding;
    return b;
  }

  /**
   * Returns the baseline compared with the forecast a what-if turns it into, every option priced both ways.
   *
   * @param change the what-if, e.g. {@code f -> f.withAiDeflection(share, ahtIncrease)}
   * @return the baseline and the scenario
   * @throws IllegalArgumentException as {@link #result()}
   */
  public WhatIf whatIf(UnaryOperator<VolumeForecast> change) {
    requireNonNull(change, "change");
    return new WhatIf(result(), withForecast(requireNonNull(change.apply(forecast), "the what-if's forecast"))
        .result());
  }

  /**
   * Staffs the forecast and prices every option.
   *
   * @return the ranked comparison
   * @throws IllegalArgumentException naming the option when a model cannot price the forecast's usage (e.g. per
   *     resolved contact without a QA pass rate, an outcome measure a forecast does not have)
   */
  public ComparisonResult result() {
    List<ComparisonResult.ChannelStaffing> staffing = new ArrayList<>();
    BigDecimal agentHours = BigDecimal.ZERO;
    for (Map.Entry<Channel, ChannelPlan> entry : forecast.plans().entrySet()) {
      List<DemandLine> lines = forecast.lines(entry.getKey());
      ComparisonResult.ChannelStaffing channel = staff(entry.getKey(), entry.getValue(), lines);
      staffing.add(channel);
      agentHours = agentHours.add(channel.agentHours());
    }
    BigDecimal paidHours = paidHours(agentHours);
    BigDecimal fteNeeded = Decimals.divide(paidHours, paidHoursPerFte);
    long contacts = forecast.contacts();
    long resolved = forecast.resolved();
    List<ComparisonResult.Option> options = new ArrayList<>();
    for (PartnerOption partner : partners) {
      options.add(price(partner, fteNeeded, contacts, resolved));
    }
    if (inHouse != null) {
      options.add(build(requireNonNull(inHouseName), inHouse, agentHours, paidHours, fteNeeded, contacts, resolved));
    }
    options.sort(Comparator.comparing(ComparisonResult.Option::monthlyCost)
        .thenComparing(ComparisonResult.Option::name));
    List<String> signals = new ArrayList<>();
    for (ComparisonResult.ChannelStaffing channel : staffing) {
      if (channel.peakToTrough() > PEAK_TO_TROUGH_SIGNAL) {
        signals.add("peak-to-trough " + channel.channel() + " " + channel.peakToTrough() + " > "
            + PEAK_TO_TROUGH_SIGNAL + ": a fixed per-FTE core sized near the peak idles in the troughs; favour "
            + "elastic (per contact) or hybrid pricing");
      }
    }
    return new ComparisonResult(forecast, currency, shrinkage, paidHoursPerFte, staffing, agentHours, paidHours,
        fteNeeded, options, signals);
  }

  private BigDecimal paidHours(BigDecimal agentHours) {
    return Decimals.divide(agentHours, BigDecimal.ONE.subtract(BigDecimal.valueOf(shrinkage.value())));
  }

  private ComparisonResult.ChannelStaffing staff(Channel channel, ChannelPlan plan, List<DemandLine> lines) {
    long contacts = 0;
    BigDecimal seconds = BigDecimal.ZERO;
    for (DemandLine line : lines) {
      contacts += line.contacts();
      seconds = seconds.add(Decimals.seconds(line.aht()).multiply(BigDecimal.valueOf(line.contacts())));
    }
    if (contacts == 0) {
      return new ComparisonResult.ChannelStaffing(channel, plan, 0, Duration.ZERO, 0, BigDecimal.ZERO,
          BigDecimal.ZERO, plan.peakToTrough());
    }
    BigDecimal ahtNanos = seconds.movePointRight(9).divide(BigDecimal.valueOf(contacts), 0, RoundingMode.HALF_UP);
    Duration aht = Duration.ofSeconds(0, ahtNanos.longValueExact());
    BigDecimal hours;
    int peak = 0;
    if (plan instanceof ChannelPlan.Queue) {
      ChannelPlan.Queue queue = (ChannelPlan.Queue) plan;
      double perDay = (double) contacts / queue.openDays();
      long agentIntervals = 0;
      for (int i = 0; i < queue.shape().intervals(); i++) {
        ErlangC erlang = queue.concurrency().erlangC(perDay * queue.shape().share(i), queue.interval(), aht);
        int agents = erlang.minimumAgents(queue.target()).agents();
        agentIntervals += agents;
        peak = Math.max(peak, agents);
      }
      hours = Decimals.divide(BigDecimal.valueOf(agentIntervals).multiply(BigDecimal.valueOf(queue.openDays()))
          .multiply(Decimals.seconds(queue.interval())), Decimals.SECONDS_PER_HOUR);
    } else {
      hours = Decimals.divide(seconds, Decimals.SECONDS_PER_HOUR); // Workload: contacts × AHT
    }
    return new ComparisonResult.ChannelStaffing(channel, plan, contacts, aht, peak, hours, paidHours(hours),
        plan.peakToTrough());
  }

  private ComparisonResult.Option price(PartnerOption partner, BigDecimal fteNeeded, long contacts, long resolved) {
    PricingModel model = partner.model();
    if (partner.sizedToForecast()) {
      PricingModel.PerFte fte = (PricingModel.PerFte) model;
      BigDecimal whole = fteNeeded.setScale(0, RoundingMode.CEILING).max(BigDecimal.ONE);
      model = new PricingModel.PerFte(whole, fte.rate(), fte.hoursPerFte(), fte.serviceStart(), fte.serviceEnd());
    }
    Invoice invoice;
    try {
      Invoice.Builder builder = model.invoice(forecast.usage(partner.rules())).roundingMode(partner.rounding());
      partner.minimumCommitment().ifPresent(builder::minimumCommitment);
      invoice = builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option '" + partner.name() + "' cannot price the forecast: "
          + e.getMessage(), e);
    }
    List<String> flags = new ArrayList<>();
    invoice.lines().forEach(line -> flags.addAll(line.flags()));
    @Nullable BigDecimal billedFte = model instanceof PricingModel.PerFte ? ((PricingModel.PerFte) model).ftes()
        : model instanceof PricingModel.Hybrid ? ((PricingModel.Hybrid) model).core().ftes() : null;
    if (billedFte != null && billedFte.compareTo(fteNeeded) < 0 && !(model instanceof PricingModel.Hybrid)) {
      flags.add("under-staffed: " + Decimals.plain(billedFte) + " FTE billed, " + fte(fteNeeded)
          + " FTE needed to meet the service targets");
    }
    String basis = partner.sizedToForecast() ? "sized to the forecast: ceil(" + fte(fteNeeded) + ") = "
        + Decimals.plain(requireNonNull(billedFte)) + " FTE" : model.kind() + " model as offered";
    return option(partner.name(), ComparisonResult.Source.PARTNER, model, invoice, billedFte, contacts, resolved,
        basis, flags);
  }

  private ComparisonResult.Option build(String name, LoadedRate rate, BigDecimal agentHours, BigDecimal paidHours,
      BigDecimal fteNeeded, long contacts, long resolved) {
    Money perHour = rate.ratePerPaidHour();
    String basis = Decimals.plain(agentHours.setScale(2, RoundingMode.HALF_UP)) + " agent-hours / (1 − shrinkage "
        + shrinkage + ") = " + Decimals.plain(paidHours.setScale(2, RoundingMode.HALF_UP)) + " paid hours × "
        + Decimals.money(perHour) + " loaded per paid hour";
    InvoiceLine line = InvoiceLine.charge("In-house paid hours at the loaded rate", paidHours, perHour,
        perHour.multipliedBy(paidHours)).withBasis(basis);
    Invoice invoice = Invoice.builder(currency, forecast.period()).line(line).roundingMode(rounding).build();
    return option(name, ComparisonResult.Source.BUILD, null, invoice, fteNeeded, contacts, resolved, basis,
        List.of());
  }

  private ComparisonResult.Option option(String name, ComparisonResult.Source source, @Nullable PricingModel model,
      Invoice invoice, @Nullable BigDecimal fte, long contacts, long resolved, String basis, List<String> flags) {
    Money cost = invoice.total();
    return new ComparisonResult.Option(name, source, Optional.ofNullable(model).map(PricingModel::kind),
        cost, contacts == 0 ? Optional.empty() : Optional.of(cost.dividedBy(contacts, rounding)),
        resolved == 0 ? Optional.empty() : Optional.of(cost.dividedBy(resolved, rounding)),
        Optional.ofNullable(fte), invoice, basis, flags);
  }

  /** FTE for presentation: two decimals, half up. */
  static String fte(BigDecimal fte) {
    return fte.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Builds a {@link ModelComparison}: the staffing assumptions and at least one option are required.
   *
   * <pre>{@code
   * ModelComparison comparison = ModelComparison.builder(forecast)
   *     .staffing(Shrinkage.of(0.30), new BigDecimal("160"))
   *     .partner(PartnerOption.of("contract", contractModel))
   *     .inHouse("in-house", loadedRate)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final VolumeForecast forecast;
    private @Nullable Shrinkage shrinkage;
    private @Nullable BigDecimal paidHoursPerFte;
    private final List<PartnerOption> partners = new ArrayList<>();
    private @Nullable String inHouseName;
    private @Nullable LoadedRate inHouse;
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder(VolumeForecast forecast) {
      this.forecast = requireNonNull(forecast, "forecast");
    }

    /**
     * Sets the staffing assumptions shared by every option.
     *
     * @param away the shrinkage: the share of paid time not on contacts
     * @param paidHours the paid hours of one FTE in the forecast period, e.g. {@code 160}
     * @return this builder
     * @throws IllegalArgumentException naming the hours when they are not positive
     */
    public Builder staffing(Shrinkage away, BigDecimal paidHours) {
      this.shrinkage = requireNonNull(away, "away");
      if (requireNonNull(paidHours, "paidHours").signum() <= 0) {
        throw new IllegalArgumentException("paid hours per FTE must be positive: " + paidHours.toPlainString());
      }
      this.paidHoursPerFte = paidHours;
      return this;
    }

    /**
     * Adds a partner's option.
     *
     * @param option the option
     * @return this builder
     */
    public Builder partner(PartnerOption option) {
      partners.add(requireNonNull(option, "option"));
      return this;
    }

    /**
     * Sets the build option: in-house agents at a loaded rate.
     *
     * @param name the option's name, e.g. {@code in-house}
     * @param rate the loaded rate of an in-house paid hour
     * @return this builder
     * @throws IllegalArgumentException naming a blank name
     */
    public Builder inHouse(String name, LoadedRate rate) {
      if (requireNonNull(name, "name").isBlank()) {
        throw new IllegalArgumentException("option name must not be blank: '" + name + "'");
      }
      this.inHouseName = name;
      this.inHouse = requireNonNull(rate, "rate");
      return this;
    }

    /**
     * Sets how the in-house line, cost per contact and cost per resolution are rounded (HALF_UP unless set).
     *
     * @param mode the rounding mode, not {@link RoundingMode#UNNECESSARY}
     * @return this builder
     * @throws IllegalArgumentException for {@link RoundingMode#UNNECESSARY}
     */
    public Builder roundingMode(RoundingMode mode) {
      if (requireNonNull(mode, "mode") == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException("rounding mode UNNECESSARY cannot round to the minor unit");
      }
      this.rounding = mode;
      return this;
    }

    /**
     * Checks and returns the comparison.
     *
     * @return the comparison
     * @throws IllegalStateException when the staffing assumptions are not set or there is no option
     * @throws IllegalArgumentException when two options have the same name, or the in-house rate's shrinkage is
     *     neither none nor the comparison's (naming both)
     * @throws CurrencyMismatchException when the options are not all in one currency
     */
    public ModelComparison build() {
      if (shrinkage == null || paidHoursPerFte == null) {
        throw new IllegalStateException("cannot compare without staffing(shrinkage, paid hours per FTE)");
      }
      if (partners.isEmpty() && inHouse == null) {
        throw new IllegalStateException("cannot compare without an option: add a partner or in-house option");
      }
      Set<String> names = new HashSet<>();
      @Nullable Currency currency = null;
      for (PartnerOption partner : partners) {
        if (!names.add(partner.name())) {
          throw new IllegalArgumentException("two options are named '" + partner.name() + "'");
        }
        currency = checkCurrency(currency, partner.model().currency());
      }
      if (inHouse != null) {
        if (!names.add(requireNonNull(inHouseName))) {
          throw new IllegalArgumentException("two options are named '" + inHouseName + "'");
        }
        currency = checkCurrency(currency, inHouse.costPerPaidHour().currency());
        Shrinkage own = inHouse.shrinkage();
        if (!own.equals(Shrinkage.none()) && !own.equals(shrinkage)) {
          throw new IllegalArgumentException("the in-house loaded rate's shrinkage " + own + " differs from the "
              + "comparison's " + shrinkage + ": give one shrinkage");
        }
      }
      return new ModelComparison(forecast, this, requireNonNull(currency));
    }

    private static Currency checkCurrency(@Nullable Currency expected, Currency actual) {
      if (expected != null && !expected.equals(actual)) {
        throw new CurrencyMismatchException(expected, actual);
      }
      return actual;
    }
  }
}
