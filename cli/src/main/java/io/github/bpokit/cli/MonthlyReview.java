package io.github.bpokit.cli;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.Mean;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardAccumulator;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.kpi.SegmentScores;
import io.github.bpokit.pricing.Invoice;
import io.github.bpokit.pricing.Usage;
import io.github.bpokit.pricing.UsageAccumulator;
import io.github.bpokit.pricing.UsageRules;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.ContractEvaluation;
import io.github.bpokit.sla.terms.FiredTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The monthly business review of one contract period, behind {@code bpokit report} and {@code bpokit demo}: from one
 * pass over an interaction stream, the scorecard of the period for the whole, per channel and per vendor, the
 * period's weeks (for trends), the contract evaluation (each term's outcome, band and adjustment line, the fired
 * triggers) and, when the contract file has a pricing section, the invoice with its SLA adjustment lines.
 *
 * <p>Every figure is the one the other commands print for the same files: the terms are measured and the invoice is
 * built exactly as {@code bpokit invoice --period P} does ({@link InvoiceCommand#bill}), the scorecards are those of
 * {@code bpokit scorecard} restricted to the period. All interactions of the input are accumulated, so that repeat
 * contacts after the period count for FCR and the terms' earlier periods feed earn-backs and triggers; only the
 * period's rows are shown. Without a pricing section the terms' shares are taken of the file's {@code "fees"}.
 *
 * <p><b>Weeks.</b> The ISO weeks (Monday to Sunday, in the contract's zone) that overlap the period, each cut to the
 * period's days: the first and last week of a month are usually short, and the weeks' contacts sum to the period's.
 * Their figures are exact sums of the period's days (counts, numerators and denominators, sums of seconds), not
 * averages of daily values.
 */
final class MonthlyReview {
  /** The KPIs of the weekly trend. */
  static final Set<KpiId> WEEKLY_KPIS = Set.of(KpiId.CONTACTS, KpiId.HANDLED, KpiId.ABANDONMENT_RATE, KpiId.CSAT,
      KpiId.FCR, KpiId.AHT_SECONDS, KpiId.ASA_SECONDS, KpiId.SLA_FIRST_RESPONSE, KpiId.SERVICE_LEVEL);

  /**
   * One week of the period, cut to the period's days.
   *
   * @param week the ISO week
   * @param from its first day in the period
   * @param to its last day in the period, inclusive
   * @param values the weekly KPIs summed over those days
   */
  record Week(ReportingPeriod week, LocalDate from, LocalDate to, Map<KpiId, KpiValue> values) {
    /** The week's number and days, e.g. {@code W41 (5–11 Oct)}. */
    String label() {
      String label = week.toString();
      String first = from.getMonth() == to.getMonth() ? Integer.toString(from.getDayOfMonth()) : day(from);
      return label.substring(label.indexOf('-') + 1) + " (" + first + "\u2013" + day(to) + ")";
    }

    private static String day(LocalDate d) {
      return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
  }

  private final ContractFile.Contract contract;
  private final ReportingPeriod period;
  private final ScorecardOutput.Source source;
  private final ScorecardResult byChannel;
  private final ScorecardResult byVendor;
  private final List<Week> weeks;
  private final Map<LocalDate, Long> dailyContacts;
  private final Usage usage;
  private final ContractEvaluation evaluation;
  private final @Nullable Invoice invoice;

  private MonthlyReview(ContractFile.Contract contract, ReportingPeriod period, ScorecardOutput.Source source,
      ScorecardResult byChannel, ScorecardResult byVendor, List<Week> weeks, Map<LocalDate, Long> dailyContacts,
      Usage usage, ContractEvaluation evaluation, @Nullable Invoice invoice) {
    this.contract = contract;
    this.period = period;
    this.source = source;
    this.byChannel = byChannel;
    this.byVendor = byVendor;
    this.weeks = List.copyOf(weeks);
    this.dailyContacts = dailyContacts;
    this.usage = usage;
    this.evaluation = evaluation;
    this.invoice = invoice;
  }

  /**
   * Starts a review of {@code period}, to be fed every interaction of the input.
   *
   * @param contract the contract file
   * @param period a period of the contract's unit and zone
   * @return the collector
   * @throws IllegalArgumentException when the period is not of the contract's unit or zone
   */
  static Collector collector(ContractFile.Contract contract, ReportingPeriod period) {
    if (period.unit() != contract.terms().period() || !period.zone().equals(contract.zone())) {
      throw new IllegalArgumentException("period " + period + " (" + period.unit() + " in " + period.zone()
          + ") is not a period of the contract (" + contract.terms().period() + " in " + contract.zone() + ")");
    }
    return new Collector(contract, period);
  }

  /** Accumulates the interactions of one pass; not thread-safe. */
  static final class Collector implements Consumer<Interaction> {
    private final ContractFile.Contract contract;
    private final ReportingPeriod period;
    private final ScorecardAccumulator byChannel;
    private final ScorecardAccumulator byVendor;
    private final ScorecardAccumulator daily;
    private final List<ScorecardAccumulator> terms;
    private final UsageAccumulator usage;

    private Collector(ContractFile.Contract contract, ReportingPeriod period) {
      this.contract = contract;
      this.period = period;
      Scorecard.Builder monthly = Scorecard.builder().kpis(KpiId.all()).period(period.unit(), period.zone());
      this.byChannel = monthly.segmentBy(Dimension.CHANNEL).build().newAccumulator();
      this.byVendor = monthly.segmentBy(Dimension.VENDOR).build().newAccumulator();
      this.daily = Scorecard.builder().kpis(WEEKLY_KPIS).period(PeriodUnit.DAY, period.zone()).build()
          .newAccumulator();
      this.terms = SlaTermsCommand.accumulators(contract);
      this.usage = new UsageAccumulator(period, contract.pricing().map(ContractFile.Pricing::rules)
          .orElse(UsageRules.defaults()));
    }

    @Override
    public void accept(Interaction interaction) {
      byChannel.add(interaction);
      byVendor.add(interaction);
      daily.add(interaction);
      terms.forEach(a -> a.add(interaction));
      usage.add(interaction);
    }

    /**
     * Computes the review.
     *
     * @param source what was read, for the report's header
     * @return the review
     * @throws IllegalArgumentException when the period has no interactions, when the usage cannot be priced, or when
     *     the contract has neither a pricing section nor fees to take the terms' shares of
     */
    MonthlyReview finish(ScorecardOutput.Source source) {
      ScorecardResult channels = byChannel.snapshot();
      if (!channels.keys().contains(ScorecardKey.of(period, SegmentKey.all()))) {
        throw new IllegalArgumentException("no interactions in " + period + " (created from " + period.start()
            + " to " + period.end() + "): nothing to review");
      }
      List<ScorecardResult> scorecards = terms.stream().map(ScorecardAccumulator::snapshot).toList();
      ContractEvaluation evaluation;
      @Nullable Invoice invoice = null;
      Optional<ContractFile.Pricing> pricing = contract.pricing();
      if (pricing.isPresent()) {
        InvoiceCommand.Billing billing = InvoiceCommand.bill(contract, pricing.get(), usage, scorecards, period);
        invoice = billing.invoice();
        evaluation = billing.evaluation();
      } else {
        Money fees = contract.fees().orElseThrow(() -> new IllegalArgumentException(
            "the contract has neither a \"pricing\" section nor \"fees\": nothing to take the terms' shares of"));
        evaluation = SlaTermsCommand.evaluate(contract, scorecards, fees, InvoiceCommand.firstPeriod(scorecards,
            period), period);
      }
      ScorecardResult days = daily.snapshot();
      Map<LocalDate, Long> dailyContacts = new TreeMap<>();
      Map<ReportingPeriod, List<SegmentScores>> byWeek = new TreeMap<>();
      for (LocalDate d = period.startDate(); d.isBefore(period.endDateExclusive()); d = d.plusDays(1)) {
        SegmentScores day = days.get(ScorecardKey.of(ReportingPeriod.of(PeriodUnit.DAY, d, period.zone()),
            SegmentKey.all()));
        dailyContacts.put(d, ((Count) day.value(KpiId.CONTACTS)).count());
        byWeek.computeIfAbsent(ReportingPeriod.containing(PeriodUnit.WEEK, d, period.zone()), w -> new ArrayList<>())
            .add(day);
      }
      List<Week> weeks = new ArrayList<>();
      byWeek.forEach((week, list) -> {
        Map<KpiId, KpiValue> values = new EnumMap<>(KpiId.class);
        for (KpiId kpi : WEEKLY_KPIS) {
          KpiValue sum = list.get(0).value(kpi);
          for (SegmentScores day : list.subList(1, list.size())) {
            sum = plus(sum, day.value(kpi));
          }
          values.put(kpi, sum);
        }
        LocalDate from = list.get(0).key().period().orElseThrow().startDate();
        LocalDate to = list.get(list.size() - 1).key().period().orElseThrow().startDate();
        weeks.add(new Week(week, from, to, values));
      });
      return new MonthlyReview(contract, period, source, channels, byVendor.snapshot(), weeks, dailyContacts,
          usage.snapshot(), evaluation, invoice);
    }
  }

  /**
   * Sums two values of the same KPI over disjoint observations: counts, proportions (numerators and denominators)
   * and means (counts and sums).
   */
  static KpiValue plus(KpiValue a, KpiValue b) {
    if (a instanceof Count ca && b instanceof Count cb) {
      return Count.of(Math.addExact(ca.count(), cb.count()));
    }
    if (a instanceof Proportion pa && b instanceof Proportion pb) {
      return pa.plus(pb);
    }
    if (a instanceof Mean ma && b instanceof Mean mb && ma.scale() == mb.scale()) {
      return new Mean(Math.addExact(ma.count(), mb.count()), Math.addExact(ma.sumUnits(), mb.sumUnits()),
          ma.scale());
    }
    throw new IllegalArgumentException("cannot add " + a + " and " + b + ": not counts, proportions or means of the "
        + "same grid");
  }

  ContractFile.Contract contract() {
    return contract;
  }

  ReportingPeriod period() {
    return period;
  }

  ScorecardOutput.Source source() {
    return source;
  }

  /** The as-of instant repeat contacts were judged at: the latest {@code created_at} of the input. */
  Optional<Instant> asOf() {
    return byChannel.asOf();
  }

  /** The period's whole, {@code "2026-10"}. */
  SegmentScores whole() {
    return byChannel.get(ScorecardKey.of(period, SegmentKey.all()));
  }

  /** The period's channels that have interactions, in channel order. */
  List<SegmentScores> channels() {
    return rows(byChannel);
  }

  /** The period's vendors that have interactions, by name. */
  List<SegmentScores> vendors() {
    return rows(byVendor);
  }

  private List<SegmentScores> rows(ScorecardResult result) {
    List<SegmentScores> rows = new ArrayList<>();
    result.segments().forEach((key, scores) -> {
      if (key.period().filter(period::equals).isPresent() && !key.segment().isAll()) {
        rows.add(scores);
      }
    });
    return rows;
  }

  /** The period's weeks, oldest first. */
  List<Week> weeks() {
    return weeks;
  }

  /** Contacts per day of the period, every day present. */
  Map<LocalDate, Long> dailyContacts() {
    return dailyContacts;
  }

  /** The period's usage, as the invoice prices it. */
  Usage usage() {
    return usage;
  }

  /** The evaluation of the contract from its first period with interactions to this one. */
  ContractEvaluation evaluation() {
    return evaluation;
  }

  /** The period's term lines (every term's adjustment, possibly zero, then earn-backs). */
  List<AdjustmentLine> lines() {
    return evaluation.lines(period);
  }

  /** The triggers that fired in the evaluated history, up to the end of this period. */
  List<FiredTrigger> triggers() {
    return evaluation.triggers();
  }

  /** The invoice, when the contract file has a pricing section. */
  Optional<Invoice> invoice() {
    return Optional.ofNullable(invoice);
  }
}
