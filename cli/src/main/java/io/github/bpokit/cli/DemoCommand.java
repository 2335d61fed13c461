package io.github.bpokit.cli;

import com.google.common.collect.Range;
import io.github.bpokit.cli.csv.CsvValidationException;
import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.cli.csv.TicketEventCsvReader;
import io.github.bpokit.cli.demo.DemoMonth;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.SegmentScores;
import io.github.bpokit.pricing.Invoice;
import io.github.bpokit.pricing.PriceTiers;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.pricing.TierMode;
import io.github.bpokit.pricing.Usage;
import io.github.bpokit.pricing.staffing.Shrinkage;
import io.github.bpokit.pricing.staffing.WorkloadStaffing;
import io.github.bpokit.sla.SlaAdherence;
import io.github.bpokit.sla.SlaAdherenceAccumulator;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TimerCounts;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.FiredTrigger;
import io.github.bpokit.sla.terms.Judgement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit demo [--seed N] [--month 2026-10] [--out-dir DIR] [--html FILE]}: the whole of bpokit on one
 * generated month of a partner program ({@link DemoMonth}: six channels, ten categories, four languages, an in-house
 * team and two partners): the scorecard for the whole, per channel and per vendor; the SLA timers on the ticket
 * timelines; the contract terms with their bands, credits and triggers; the contract's invoice with its SLA
 * adjustments; and the same month's usage priced under each pricing model. It is printed as an aligned text report;
 * {@code --out-dir} also writes the generated files so that every other command can be run on them, {@code --html}
 * also writes the month's {@code bpokit report}.
 *
 * <p>The review is computed exactly as {@code bpokit report} computes it from the written files
 * ({@link MonthlyReview}); the SLA timers as {@code bpokit sla} does, as of the end of the month (the data is
 * extracted then: later events are not known).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Shows bpokit on one generated month of a partner program: scorecard (whole, per channel, per "
        + "vendor), SLA timers, contract terms, the invoice, and the month priced under each pricing model.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "2:usage error (bad option, unwritable --out-dir or --html)"})
final class DemoCommand implements Callable<Integer> {
  private static final String NAME = "bpokit demo";

  @Spec
  private CommandSpec spec;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "The generator's seed (default ${DEFAULT-VALUE}): the same seed gives the same month.")
  private long seed;

  @Option(names = "--month", paramLabel = "YYYY-MM", defaultValue = "2026-10",
      description = "The month to generate (default ${DEFAULT-VALUE}).")
  private String month;

  @Option(names = "--out-dir", paramLabel = "DIR",
      description = "Also write the generated files there: interactions.csv, ticket-events.csv, sla-policies.json, "
          + "contract.json, to run the other commands on (created if missing).")
  private @Nullable Path outDir;

  @Option(names = "--html", paramLabel = "FILE.html",
      description = "Also write the month's business review (as bpokit report does) to this file.")
  private @Nullable Path html;

  DemoCommand() {}

  @Override
  public Integer call() {
    YearMonth ym;
    try {
      ym = YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw usage("--month '" + month + "': expected a month like 2026-10");
    }
    DemoMonth data;
    try {
      data = DemoMonth.generate(ym, seed);
    } catch (IllegalArgumentException e) {
      throw usage("--month '" + month + "': " + e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    @Nullable String unwritable = html == null ? null : ReportCommand.unwritable(html);
    if (unwritable != null) {
      err.println(NAME + ": cannot write --html " + html + ": " + unwritable);
      return Main.USAGE;
    }
    if (outDir != null) {
      if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
        err.println(NAME + ": cannot write --out-dir " + outDir + ": it is not a directory");
        return Main.USAGE;
      }
      try {
        Files.createDirectories(outDir);
        data.writeTo(outDir);
      } catch (IOException e) {
        err.println(NAME + ": cannot write --out-dir " + outDir + ": " + InteractionInput.describe(e));
        return Main.USAGE;
      }
    }
    Demo demo = compute(data);
    if (html != null) {
      try {
        ReportCommand.write(html, ReviewHtml.render(demo.review()));
      } catch (IOException e) {
        err.println(NAME + ": cannot write --html " + html + ": " + InteractionInput.describe(e));
        return Main.USAGE;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    print(out, data, demo);
    out.flush();
    return Main.OK;
  }

  /** Everything the demo prints. */
  record Demo(MonthlyReview review, SlaAdherence adherence, Set<SlaMetric> metrics, Instant asOf, long tickets,
      List<Priced> models) {}

  /** One pricing model applied to the month's usage. */
  record Priced(String name, String how, Invoice invoice) {}

  /** Reads the generated files back as the other commands do, and computes every section. */
  static Demo compute(DemoMonth data) {
    try {
      ContractFile.Contract contract = ContractFile.read(new StringReader(data.contractJson()));
      ReportingPeriod period = ReportingPeriod.of(PeriodUnit.MONTH, data.month().atDay(1), contract.zone());
      MonthlyReview.Collector collector = MonthlyReview.collector(contract, period);
      ReadSummary summary = InteractionCsvReader.strict().read(data.interactionsCsv().getBytes(StandardCharsets.UTF_8),
          collector, rejected -> { });
      MonthlyReview review = collector.finish(new ScorecardOutput.Source(DemoMonth.INTERACTIONS_FILE,
          summary.rows(), summary.rejected()));
      SlaClock clock = SlaPoliciesFile.read(new StringReader(data.slaPoliciesJson()));
      TicketEventCsvReader.TicketLog log = TicketEventCsvReader.read(new StringReader(data.ticketEventsCsv()));
      Instant asOf = data.extractedAt();
      SlaAdherenceAccumulator sla = new SlaAdherenceAccumulator(Segmentation.of(Dimension.VENDOR));
      for (Ticket ticket : log.tickets()) {
        sla.add(clock.evaluate(ticket, asOf));
      }
      Set<SlaMetric> metrics = EnumSet.noneOf(SlaMetric.class);
      for (SlaPolicy p : clock.policies()) {
        metrics.addAll(p.targets().keySet());
      }
      return new Demo(review, sla.snapshot(), metrics, asOf, log.tickets().size(), models(review));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CsvValidationException e) {
      throw new IllegalStateException("the generated month does not read back: " + e.getMessage(), e);
    }
  }

  // ---- the pricing models ----

  /** Paid hours of one FTE in a month, before shrinkage. */
  static final Duration PAID_HOURS = Duration.ofHours(160);
  /** Shrinkage (leave, training, meetings) of the FTE sizing. */
  static final Shrinkage SHRINKAGE = Shrinkage.of(0.30);
  /** The occupancy the FTE sizing plans for. */
  static final BigDecimal OCCUPANCY = new BigDecimal("0.85");

  /**
   * The month's usage under each pricing model, with list prices of a mid-market European partner. The FTEs of the
   * per-FTE and hybrid models are sized to the month's workload: handle hours ÷ productive hours per FTE (160 paid
   * hours × (1 − 30% shrinkage) × 85% occupancy), rounded up.
   */
  static List<Priced> models(MonthlyReview review) {
    Usage usage = review.usage();
    Currency currency = review.invoice().map(Invoice::currency)
        .or(() -> review.contract().fees().map(Money::currency)).orElse(Currency.getInstance("EUR"));
    String c = currency.getCurrencyCode();
    long productiveSeconds = new BigDecimal(SHRINKAGE.productive(PAID_HOURS).getSeconds()).multiply(OCCUPANCY)
        .setScale(0, RoundingMode.DOWN).longValueExact();
    Duration aht = Duration.ofSeconds(usage.contacts() == 0 ? 0 : usage.handleSeconds() / usage.contacts());
    int ftes = Math.max(1, WorkloadStaffing.of(usage.contacts(), aht, Duration.ofSeconds(productiveSeconds))
        .fteRoundedUp());
    Money fteRate = Money.of("4150.00", c);
    PricingModel.PerFte perFte = PricingModel.PerFte.monthly(BigDecimal.valueOf(ftes), fteRate);
    PriceTiers tiers = PriceTiers.builder()
        .tier(Range.closed(1L, 2500L), Money.of("4.40", c))
        .tier(Range.closed(2501L, 5000L), Money.of("3.90", c))
        .tier(Range.atLeast(5001L), Money.of("3.40", c))
        .build();
    PricingModel.PerContact perContact = PricingModel.PerContact.tiered(tiers, TierMode.GRADUATED)
        .withReopenClause();
    int coreFtes = Math.max(1, ftes * 7 / 10);
    long coreCapacity = usage.contacts() * coreFtes / ftes;
    String confirmed = "confirmed_resolutions";
    Usage withOutcomes = usage.withMeasure(confirmed, BigDecimal.valueOf(usage.resolved() - usage.reopened()));
    List<Priced> priced = new ArrayList<>();
    priced.add(price("per FTE", ftes + " dedicated FTEs × " + fteRate + " a month", perFte, usage));
    priced.add(price("per contact", "graduated 4.40 / 3.90 / 3.40 (from 2,501 and 5,001), re-opens not billed",
        perContact, usage));
    priced.add(price("per resolved contact", "6.80 × resolved × audited QA pass rate",
        new PricingModel.PerResolvedContact(Money.of("6.80", c)), usage));
    priced.add(price("per minute", "0.78 per billable minute",
        new PricingModel.PerMinute(Money.of("0.78", c)), usage));
    priced.add(price("outcome based", "6.20 per confirmed resolution (resolved, not re-opened)",
        PricingModel.OutcomeBased.feePerUnit(confirmed, Money.of("6.20", c)), withOutcomes));
    priced.add(price("hybrid", coreFtes + " core FTEs for " + coreCapacity + " contacts, overflow at 4.60",
        new PricingModel.Hybrid(PricingModel.PerFte.monthly(BigDecimal.valueOf(coreFtes), fteRate), coreCapacity,
            PricingModel.PerContact.flat(Money.of("4.60", c))), usage));
    return priced;
  }

  private static Priced price(String name, String how, PricingModel model, Usage usage) {
    return new Priced(name, how, model.invoice(usage).build());
  }

  // ---- the text report ----

  /**
   * The scorecard's columns, in a holder: as a static field of the command they would initialise {@code KpiId} (and
   * the Guava collections behind it) whenever picocli registers {@code demo}, as it does for {@code bpokit --help}.
   */
  private static final class ScorecardColumns {
    static final List<KpiId> KPIS = List.of(KpiId.CONTACTS, KpiId.CSAT, KpiId.FCR, KpiId.AHT_SECONDS,
        KpiId.ASA_SECONDS, KpiId.SLA_FIRST_RESPONSE, KpiId.SERVICE_LEVEL, KpiId.ABANDONMENT_RATE, KpiId.NPS,
        KpiId.QA_MEAN);

    private ScorecardColumns() {}
  }

  private void print(PrintWriter out, DemoMonth data, Demo demo) {
    MonthlyReview review = demo.review();
    String period = review.period().toString();
    out.println("bpokit demo \u00b7 one month of a partner program");
    out.println("  " + period + " in " + review.period().zone() + ", seed " + data.seed() + ": "
        + count(review.source().rows()) + " interactions on "
        + review.channels().size() + " channels, vendors " + String.join(", ", DemoMonth.vendors()) + "; "
        + count(demo.tickets()) + " email and chat tickets");
    out.println();
    heading(out, 1, "Scorecard " + period + " (95% intervals in brackets; FCR as of "
        + review.asOf().map(Object::toString).orElse("-") + ")");
    List<String> header = new ArrayList<>(List.of("segment"));
    ScorecardColumns.KPIS.forEach(k -> header.add(ReviewHtml.title(k).replace(" (top-2 box)", "")));
    TextTable scorecard = new TextTable(header.toArray(String[]::new));
    scoreRow(scorecard, "all", review.whole());
    review.channels().forEach(row -> scoreRow(scorecard, row.key().segment().label(), row));
    review.vendors().forEach(row -> scoreRow(scorecard, row.key().segment().label(), row));
    scorecard.print(out, "  ");
    out.println("  (rows: the whole month, each channel, each vendor; AHT and ASA in seconds)");
    out.println();

    heading(out, 2, "SLA timers on " + count(demo.tickets()) + " ticket timelines, as of " + demo.asOf());
    SlaAdherence a = demo.adherence();
    List<String> slaHeader = new ArrayList<>(List.of("metric", "achieved", "breached", "running", "all"));
    List<SegmentKey> vendors = a.segments().stream().filter(k -> !k.isAll()).toList();
    vendors.forEach(v -> slaHeader.add(v.label()));
    TextTable timers = new TextTable(slaHeader.toArray(String[]::new));
    for (SlaMetric m : demo.metrics()) {
      TimerCounts all = a.counts(m);
      List<String> row = new ArrayList<>(List.of(m.id(), count(all.achieved()), count(all.breached()),
          count(all.running() + all.paused()), percent(all.adherence())));
      vendors.forEach(v -> row.add(percent(a.counts(v, m).adherence())));
      timers.row(row.toArray(String[]::new));
    }
    timers.print(out, "  ");
    out.println("  (adherence = achieved / (achieved + breached); running includes paused timers)");
    out.println();

    heading(out, 3, "Contract terms " + period + " (shares of " + review.evaluation().fees(review.period()) + ")");
    TextTable terms = new TextTable("term", "KPI", "scope", "measured", "n", "95% CI", "outcome", "amount");
    for (AdjustmentLine line : review.lines()) {
      Judgement j = line.judgement();
      KpiId kpi = line.term().kpi();
      terms.row(line.term().name() + (line.kind() == AdjustmentLine.Kind.EARN_BACK ? " (earn-back)" : ""), kpi.id(),
          line.term().scope().label(), ReviewHtml.format(kpi, j.measured()), Long.toString(j.measured().sampleSize()),
          j.measured().interval().map(i -> ReviewHtml.format(kpi, i.lower()) + "\u2013"
              + ReviewHtml.format(kpi, i.upper())).orElse("-"),
          j.outcome().toString(), line.amount().toString());
    }
    terms.print(out, "  ");
    out.println("  net adjustment " + review.evaluation().total(review.period()));
    List<FiredTrigger> fired = review.triggers();
    out.println(fired.isEmpty() ? "  triggers: none fired" : "  triggers:");
    fired.forEach(t -> out.println("    " + t.action() + ": " + t.explanation()));
    out.println();

    review.invoice().ifPresent(invoice -> {
      heading(out, 4, "The contract's invoice " + period);
      invoice.explain().lines().forEach(l -> out.println("  " + l));
      out.println();
    });

    heading(out, 5, "The same month under each pricing model (charges before SLA adjustments)");
    TextTable models = new TextTable("model", "charges", "per contact", "per resolved", "how it bills")
        .lastColumnLeft();
    Usage usage = review.usage();
    for (Priced p : demo.models()) {
      Money total = p.invoice().subtotal();
      models.row(p.name(), total.toString(), perUnit(total, usage.contacts()), perUnit(total, usage.resolved()),
          p.how());
    }
    models.print(out, "  ");
    out.println("  (usage " + review.period() + ": " + count(usage.contacts()) + " handled contacts, "
        + count(usage.resolved()) + " resolved, " + count(usage.reopened()) + " re-opened, "
        + usage.billableMinutes().setScale(1, RoundingMode.HALF_UP).toPlainString() + " billable minutes, QA "
        + usage.qaPassed() + " of " + usage.qaAudited() + " audited passed)");
    out.println();

    out.println("What you just saw: one pass over " + count(review.source().rows())
        + " interactions measured every KPI with its interval, the SLA clock judged every ticket, the contract");
    out.println("turned the KPIs into bands, credits and triggers, and the pricing models turned usage into exact,"
        + " explained invoices.");
    out.println("Try next" + (outDir == null ? " (add --out-dir demo to write the files first):" : ":"));
    String dir = outDir == null ? "demo" : outDir.toString();
    String files = dir + "/";
    out.println("  bpokit scorecard --input " + files + DemoMonth.INTERACTIONS_FILE + " --by vendor,channel");
    out.println("  bpokit sla --events " + files + DemoMonth.TICKET_EVENTS_FILE + " --policies " + files
        + DemoMonth.SLA_POLICIES_FILE + " --by vendor");
    out.println("  bpokit sla-terms --contract " + files + DemoMonth.CONTRACT_FILE + " --input " + files
        + DemoMonth.INTERACTIONS_FILE);
    out.println("  bpokit invoice --contract " + files + DemoMonth.CONTRACT_FILE + " --input " + files
        + DemoMonth.INTERACTIONS_FILE + " --period " + period);
    out.println("  bpokit report --input " + files + DemoMonth.INTERACTIONS_FILE + " --contract " + files
        + DemoMonth.CONTRACT_FILE + " --period " + period + " --out report.html");
    out.println("  bpokit staffing --arrivals 120 --aht 300s --shrinkage 0.3");
    out.println("  bpokit demo --seed 7 --html review.html");
  }

  private static void heading(PrintWriter out, int number, String title) {
    out.println(number + ". " + title);
  }

  private static void scoreRow(TextTable table, String label, SegmentScores row) {
    List<String> cells = new ArrayList<>(List.of(label));
    for (KpiId kpi : ScorecardColumns.KPIS) {
      KpiValue value = row.value(kpi);
      String text = ReviewHtml.format(kpi, value).replace(" s", "");
      if (kpi == KpiId.CSAT || kpi == KpiId.FCR) {
        text += value.interval().map(i -> " [" + String.format(Locale.ROOT, "%.0f\u2013%.0f", 100 * i.lower(),
            100 * i.upper()) + "]").orElse("");
      }
      cells.add(text);
    }
    table.row(cells.toArray(String[]::new));
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String percent(Proportion p) {
    return p.value().isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * p.value().getAsDouble()) : "-";
  }

  private static String perUnit(Money total, long units) {
    return units == 0 ? "-" : total.dividedBy(BigDecimal.valueOf(units), RoundingMode.HALF_UP).toString();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
