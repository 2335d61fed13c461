package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The outcome of a {@link ModelComparison}: how the forecast is staffed, every option's monthly cost with its cost
 * per contact, per resolution and FTE, ranked cheapest first, the build-vs-partner difference and the signals.
 * {@link #explain()} is a table for people; {@link #toJson()} a stable JSON form (amounts as strings, as {@link
 * Invoice#toJson()}). Instances are immutable.
 *
 * <pre>{@code
 * ComparisonResult result = comparison.result();
 * result.cheapest().name();
 * result.option("in-house").monthlyCost();
 * result.buildVsPartner();           // in-house cost − cheapest partner cost, when both are compared
 * result.peakToTroughSignal();       // true when a channel's peak-to-trough ratio is above 1.7
 * System.out.println(result.explain());
 * }</pre>
 *
 * @param forecast the forecast compared
 * @param currency the currency of every option
 * @param shrinkage the shrinkage of the staffing math
 * @param paidHoursPerFte the paid hours of one FTE in the period
 * @param staffing the staffing of each channel, in channel order
 * @param agentHours the agent-hours on contacts, all channels
 * @param paidHours the paid hours: agent-hours / (1 − shrinkage)
 * @param fteNeeded the FTE needed: paid hours / paid hours per FTE
 * @param options the options, cheapest first (ties by name)
 * @param signals the signals raised, in words
 */
public record ComparisonResult(VolumeForecast forecast, Currency currency, Shrinkage shrinkage,
    BigDecimal paidHoursPerFte, List<ChannelStaffing> staffing, BigDecimal agentHours, BigDecimal paidHours,
    BigDecimal fteNeeded, List<Option> options, List<String> signals) {

  /**
   * Creates a result; {@link ModelComparison#result()} does.
   *
   * @param forecast the forecast
   * @param currency the currency
   * @param shrinkage the shrinkage
   * @param paidHoursPerFte the paid hours per FTE
   * @param staffing the staffing per channel
   * @param agentHours the agent-hours
   * @param paidHours the paid hours
   * @param fteNeeded the FTE needed
   * @param options the ranked options
   * @param signals the signals
   */
  public ComparisonResult {
    requireNonNull(forecast, "forecast");
    requireNonNull(currency, "currency");
    requireNonNull(shrinkage, "shrinkage");
    requireNonNull(paidHoursPerFte, "paidHoursPerFte");
    requireNonNull(agentHours, "agentHours");
    requireNonNull(paidHours, "paidHours");
    requireNonNull(fteNeeded, "fteNeeded");
    staffing = List.copyOf(staffing);
    options = List.copyOf(options);
    signals = List.copyOf(signals);
  }

  /** Where an option's agents come from. */
  public enum Source {
    /** A partner, billing by its pricing model. */
    PARTNER,
    /** In house, at the loaded rate. */
    BUILD
  }

  /**
   * How one channel is staffed for the month.
   *
   * <pre>{@code
   * ComparisonResult.ChannelStaffing voice = result.staffing().get(0);
   * voice.peakAgents();     // 14 for 100 calls per half hour of 180 s at 80/20
   * voice.paidHours();      // agent-hours / (1 − shrinkage)
   * }</pre>
   *
   * @param channel the channel
   * @param plan how it is staffed
   * @param contacts its contacts, all categories pooled
   * @param aht the contact-weighted average handle time (zero without contacts)
   * @param peakAgents the most agents an interval needs (0 for workload)
   * @param agentHours the agent-hours on contacts in the month
   * @param paidHours the paid hours: agent-hours / (1 − shrinkage)
   * @param peakToTrough the plan's peak-to-trough ratio
   */
  public record ChannelStaffing(Channel channel, ChannelPlan plan, long contacts, Duration aht, int peakAgents,
      BigDecimal agentHours, BigDecimal paidHours, double peakToTrough) {
    /**
     * Creates a channel's staffing.
     *
     * @param channel the channel
     * @param plan the plan
     * @param contacts the contacts
     * @param aht the AHT
     * @param peakAgents the peak agents
     * @param agentHours the agent-hours
     * @param paidHours the paid hours
     * @param peakToTrough the peak-to-trough ratio
     */
    public ChannelStaffing {
      requireNonNull(channel, "channel");
      requireNonNull(plan, "plan");
      requireNonNull(aht, "aht");
      requireNonNull(agentHours, "agentHours");
      requireNonNull(paidHours, "paidHours");
    }
  }

  /**
   * One option's cost.
   *
   * <pre>{@code
   * ComparisonResult.Option cheapest = result.cheapest();
   * cheapest.monthlyCost();          // the invoice total
   * cheapest.costPerContact();       // monthly cost / contacts, rounded to the minor unit
   * cheapest.invoice().explain();    // line by line
   * }</pre>
   *
   * @param name the option's name
   * @param source partner or build
   * @param model the partner's pricing model kind (empty for build)
   * @param monthlyCost the cost of the period: the invoice total, rounded
   * @param costPerContact the monthly cost over the contacts, rounded (empty without contacts)
   * @param costPerResolution the monthly cost over the resolved contacts, rounded (empty without resolved ones)
   * @param fte the FTE paid for: in house the FTE needed, per FTE and hybrid the FTEs billed (empty otherwise)
   * @param invoice the invoice the cost comes from (for build: the in-house paid hours at the loaded rate)
   * @param basis how the cost was reached, in words
   * @param flags warnings: an invoice line's flags, an under-staffed per-FTE option
   */
  public record Option(String name, Source source, Optional<PricingModel.Kind> model, Money monthlyCost,
      Optional<Money> costPerContact, Optional<Money> costPerResolution, Optional<BigDecimal> fte, Invoice invoice,
      String basis, List<String> flags) {
    /**
     * Creates an option's cost.
     *
     * @param name the name
     * @param source the source
     * @param model the model kind
     * @param monthlyCost the monthly cost
     * @param costPerContact the cost per contact
     * @param costPerResolution the cost per resolution
     * @param fte the FTE
     * @param invoice the invoice
     * @param basis the basis
     * @param flags the flags
     */
    public Option {
      requireNonNull(name, "name");
      requireNonNull(source, "source");
      requireNonNull(model, "model");
      requireNonNull(monthlyCost, "monthlyCost");
      requireNonNull(costPerContact, "costPerContact");
      requireNonNull(costPerResolution, "costPerResolution");
      requireNonNull(fte, "fte");
      requireNonNull(invoice, "invoice");
      requireNonNull(basis, "basis");
      flags = List.copyOf(flags);
    }

    /**
     * Returns the model kind's name, or {@code BUILD} for the in-house option.
     *
     * @return e.g. {@code PER_CONTACT}
     */
    public String modelName() {
      return model.map(Enum::name).orElse("BUILD");
    }
  }

  /**
   * Returns the option of a name.
   *
   * @param name the name
   * @return the option
   * @throws NoSuchElementException naming the name and the options when there is none
   */
  public Option option(String name) {
    requireNonNull(name, "name");
    return options.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() ->
        new NoSuchElementException("no option named '" + name + "'; options: "
            + options.stream().map(Option::name).toList()));
  }

  /**
   * Returns the cheapest option.
   *
   * @return the first of the ranking
   */
  public Option cheapest() {
    return options.get(0);
  }

  /**
   * Returns the cheapest partner option.
   *
   * @return the cheapest partner, or empty when only in house is compared
   */
  public Optional<Option> cheapestPartner() {
    return options.stream().filter(o -> o.source() == Source.PARTNER).findFirst();
  }

  /**
   * Returns the in-house option.
   *
   * @return the build option, when compared
   */
  public Optional<Option> inHouse() {
    return options.stream().filter(o -> o.source() == Source.BUILD).findFirst();
  }

  /**
   * Returns build minus partner: the in-house monthly cost less the cheapest partner's (positive when building
   * costs more).
   *
   * @return the difference, when both build and a partner are compared
   */
  public Optional<Money> buildVsPartner() {
    return inHouse().flatMap(build -> cheapestPartner().map(p -> build.monthlyCost().minus(p.monthlyCost())));
  }

  /**
   * Tells whether a channel's peak-to-trough ratio is above {@link ModelComparison#PEAK_TO_TROUGH_SIGNAL} (1.7).
   *
   * @return whether the signal is raised (its explanation is in {@link #signals()})
   */
  public boolean peakToTroughSignal() {
    return staffing.stream().anyMatch(s -> s.peakToTrough() > ModelComparison.PEAK_TO_TROUGH_SIGNAL);
  }

  /**
   * Returns the comparison as a table: the staffing per channel, then one row per option (rank, name, model, monthly
   * cost, cost per contact, cost per resolution, FTE), then build vs partner, signals and flags.
   *
   * @return the explanation, lines ending in {@code \n}
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append("Model comparison ").append(forecast.period()).append(" in ").append(currency.getCurrencyCode())
        .append(": ").append(forecast.contacts()).append(" contacts, ").append(forecast.resolved())
        .append(" resolved\n");
    for (String whatIf : forecast.whatIfs()) {
      out.append("what-if: ").append(whatIf).append('\n');
    }
    out.append("staffing (shrinkage ").append(shrinkage).append(", ").append(Decimals.plain(paidHoursPerFte))
        .append(" paid hours per FTE): ").append(ModelComparison.fte(fteNeeded)).append(" FTE needed, ")
        .append(hours(agentHours)).append(" agent-hours, ").append(hours(paidHours)).append(" paid hours\n");
    for (ChannelStaffing s : staffing) {
      out.append(String.format(Locale.ROOT, "  %-8s %s: %d contacts, AHT %s s, ", s.channel(), s.plan(),
          s.contacts(), Decimals.plain(Decimals.seconds(s.aht()).setScale(2, RoundingMode.HALF_UP))));
      if (s.plan() instanceof ChannelPlan.Queue) {
        out.append("peak ").append(s.peakAgents()).append(" agents, ");
      }
      out.append(hours(s.agentHours())).append(" agent-hours, ").append(hours(s.paidHours())).append(" paid hours\n");
    }
    int width = Math.max(6, options.stream().mapToInt(o -> o.name().length()).max().orElse(0));
    int models = Math.max(5, options.stream().mapToInt(o -> o.modelName().length()).max().orElse(0));
    String row = "%4s  %-" + width + "s  %-" + models + "s  %14s  %11s  %14s  %8s%n";
    out.append(String.format(Locale.ROOT, row, "rank", "option", "model", "monthly cost", "per contact",
        "per resolution", "FTE"));
    for (int i = 0; i < options.size(); i++) {
      Option o = options.get(i);
      out.append(String.format(Locale.ROOT, row, i + 1, o.name(), o.modelName(), amount(o.monthlyCost()),
          o.costPerContact().map(ComparisonResult::amount).orElse("-"),
          o.costPerResolution().map(ComparisonResult::amount).orElse("-"),
          o.fte().map(ModelComparison::fte).orElse("-")));
    }
    buildVsPartner().ifPresent(difference -> {
      Option build = inHouse().orElseThrow();
      Option partner = cheapestPartner().orElseThrow();
      out.append("build vs cheapest partner: ").append(build.name()).append(' ').append(amount(build.monthlyCost()))
          .append(" − ").append(partner.name()).append(' ').append(amount(partner.monthlyCost())).append(" = ")
          .append(difference.isPositive() ? "+" : "").append(amount(difference))
          .append(difference.isPositive() ? " (building costs more)"
              : difference.isNegative() ? " (building costs less)" : " (the same)").append('\n');
    });
    for (String signal : signals) {
      out.append("signal: ").append(signal).append('\n');
    }
    for (Option o : options) {
      for (String flag : o.flags()) {
        out.append("flag ").append(o.name()).append(": ").append(flag).append('\n');
      }
    }
    return out.toString();
  }

  private static String hours(BigDecimal hours) {
    return hours.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String amount(Money money) {
    return money.amount().toPlainString();
  }

  /**
   * Returns the stable JSON form, keys in this order: {@code period, currency, contacts, resolved, whatIfs,
   * staffing{shrinkage, paidHoursPerFte, agentHours, paidHours, fteNeeded, channels[channel, plan, contacts,
   * ahtSeconds, peakAgents, agentHours, paidHours, peakToTrough]}, options[rank, name, source, model, monthlyCost,
   * costPerContact, costPerResolution, fte, basis, flags, invoice], buildVsPartner, peakToTroughSignal, signals}.
   * Amounts, hours and FTE are strings of plain decimals; counts and ratios are numbers; an absent value is {@code
   * null}; {@code invoice} is {@link Invoice#toJson()}.
   *
   * @return the JSON text, on one line
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(1024);
    out.append("{\"period\":").append(Invoice.quote(forecast.period().toString()))
        .append(",\"currency\":").append(Invoice.quote(currency.getCurrencyCode()))
        .append(",\"contacts\":").append(forecast.contacts())
        .append(",\"resolved\":").append(forecast.resolved())
        .append(",\"whatIfs\":").append(strings(forecast.whatIfs()))
        .append(",\"staffing\":{\"shrinkage\":").append(Invoice.quote(Decimals.plain(BigDecimal.valueOf(
            shrinkage.value()))))
        .append(",\"paidHoursPerFte\":").append(decimal(paidHoursPerFte))
        .append(",\"agentHours\":").append(decimal(agentHours))
        .append(",\"paidHours\":").append(decimal(paidHours))
        .append(",\"fteNeeded\":").append(decimal(fteNeeded))
        .append(",\"channels\":[");
    for (int i = 0; i < staffing.size(); i++) {
      ChannelStaffing s = staffing.get(i);
      out.append(i == 0 ? "" : ",")
          .append("{\"channel\":").append(Invoice.quote(s.channel().name()))
          .append(",\"plan\":").append(Invoice.quote(s.plan().toString()))
          .append(",\"contacts\":").append(s.contacts())
          .append(",\"ahtSeconds\":").append(decimal(Decimals.seconds(s.aht())))
          .append(",\"peakAgents\":").append(s.peakAgents())
          .append(",\"agentHours\":").append(decimal(s.agentHours()))
          .append(",\"paidHours\":").append(decimal(s.paidHours()))
          .append(",\"peakToTrough\":").append(s.peakToTrough())
          .append('}');
    }
    out.append("]},\"options\":[");
    for (int i = 0; i < options.size(); i++) {
      Option o = options.get(i);
      out.append(i == 0 ? "" : ",")
          .append("{\"rank\":").append(i + 1)
          .append(",\"name\":").append(Invoice.quote(o.name()))
          .append(",\"source\":").append(Invoice.quote(o.source().name()))
          .append(",\"model\":").append(o.model().map(k -> Invoice.quote(k.name())).orElse("null"))
          .append(",\"monthlyCost\":").append(money(o.monthlyCost()))
          .append(",\"costPerContact\":").append(o.costPerContact().map(ComparisonResult::money).orElse("null"))
          .append(",\"costPerResolution\":").append(o.costPerResolution().map(ComparisonResult::money)
              .orElse("null"))
          .append(",\"fte\":").append(o.fte().map(ComparisonResult::decimal).orElse("null"))
          .append(",\"basis\":").append(Invoice.quote(o.basis()))
          .append(",\"flags\":").append(strings(o.flags()))
          .append(",\"invoice\":").append(o.invoice().toJson())
          .append('}');
    }
    out.append("],\"buildVsPartner\":").append(buildVsPartner().map(ComparisonResult::money).orElse("null"))
        .append(",\"peakToTroughSignal\":").append(peakToTroughSignal())
        .append(",\"signals\":").append(strings(signals))
        .append('}');
    return out.toString();
  }

  private static String money(Money money) {
    return Invoice.quote(money.amount().toPlainString());
  }

  private static String decimal(BigDecimal value) {
    return Invoice.quote(Decimals.plain(value));
  }

  static String strings(List<String> texts) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < texts.size(); i++) {
      out.append(i == 0 ? "" : ",").append(Invoice.quote(texts.get(i)));
    }
    return out.append(']').toString();
  }
}
