package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.ScorecardAccumulator;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.pricing.Invoice;
import io.github.bpokit.pricing.InvoiceLine;
import io.github.bpokit.pricing.UsageAccumulator;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.ContractEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit invoice --contract FILE.json --input FILE.csv [--period 2026-10] [--format text|json]}: streams the
 * interaction CSV once into the period's usage and the contract terms' scorecards, prices the usage with the contract
 * file's {@code pricing} section (minimum commitment, rounding) and adds the contract evaluation's lines for the period
 * as SLA adjustment lines (credits negative, bonuses and earn-backs positive), the terms' shares taken of the
 * invoice's subtotal. Without {@code --period} the invoice is
 * for the one period the file covers; a file spanning several periods needs {@code --period}.
 */
@Command(
    name = "invoice",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Prices one period's usage from the interaction CSV with the contract file's pricing section and "
        + "adds the contract terms' SLA credits and bonuses for the period as adjustment lines.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input: a bad header, (strict) a bad row, no interactions, or usage the model cannot price",
        "2:usage error (bad option, bad contract file or no pricing section, --period missing when the file spans "
            + "several periods, missing or unreadable file)"})
final class InvoiceCommand implements Callable<Integer> {
  private static final String NAME = "bpokit invoice";

  @Spec
  private CommandSpec spec;

  @Mixin
  private InteractionInput input;

  @Option(names = "--contract", required = true, paramLabel = "FILE.json",
      description = "The contract file (JSON with a \"pricing\" section, see docs/contract-terms.md).")
  private Path contract;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The period to invoice, e.g. 2026-10 (a month) or 2026-Q4 (a quarter), in the contract's unit "
          + "and zone. Default: the one period the input covers.")
  private @Nullable String period;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default: the invoice explained line by line) or json.")
  private String format;

  InvoiceCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean json = Main.isJson(spec.commandLine(), format);
    ContractFile.Contract file = ContractFile.readOption(spec.commandLine(), contract);
    ContractFile.Pricing pricing = ContractFile.pricingOption(spec.commandLine(), contract, file, "invoice");
    @Nullable ReportingPeriod asked = null;
    if (period != null) {
      try {
        asked = period(period, file);
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    List<ScorecardAccumulator> scorecardAccumulators = SlaTermsCommand.accumulators(file);
    // With --period, one accumulator (interactions outside the period are counted as such); without, one per period
    // seen, and the file must cover exactly one.
    Map<ReportingPeriod, UsageAccumulator> usage = new TreeMap<>();
    ReportingPeriod fixed = asked;
    if (fixed != null) {
      usage.put(fixed, new UsageAccumulator(fixed, pricing.rules()));
    }
    InteractionInput.Result<?> result = input.read(NAME, interaction -> {
      scorecardAccumulators.forEach(a -> a.add(interaction));
      ReportingPeriod p = fixed != null ? fixed
          : ReportingPeriod.containing(file.terms().period(), interaction.createdAt(), file.zone());
      usage.computeIfAbsent(p, q -> new UsageAccumulator(q, pricing.rules())).add(interaction);
    }, err);
    ReadSummary summary = result.summary();
    if (summary == null) {
      return result.exitCode();
    }
    if (usage.isEmpty()) {
      err.println(NAME + ": no interactions in " + input.file() + ": give --period to invoice a period anyway");
      return Main.INVALID_INPUT;
    }
    if (usage.size() > 1) {
      throw usage("the input covers " + usage.size() + " periods ("
          + usage.keySet().stream().map(ReportingPeriod::toString).collect(Collectors.joining(", "))
          + "): give --period");
    }
    ReportingPeriod invoiced = usage.keySet().iterator().next();
    UsageAccumulator accumulator = usage.get(invoiced);
    Invoice invoice;
    try {
      invoice = bill(file, pricing, accumulator,
          scorecardAccumulators.stream().map(ScorecardAccumulator::snapshot).toList(), invoiced).invoice();
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": cannot invoice " + invoiced + ": " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(invoice.toJson());
    } else {
      out.print(invoice.explain());
    }
    out.flush();
    return Main.OK;
  }

  /**
   * Parses {@code --period} in the contract's zone.
   *
   * @throws IllegalArgumentException naming the option when the text is not a period or not of the contract's unit
   */
  static ReportingPeriod period(String text, ContractFile.Contract file) {
    ReportingPeriod parsed;
    try {
      parsed = ReportingPeriod.parse(text, file.zone());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--period: " + e.getMessage(), e);
    }
    if (parsed.unit() != file.terms().period()) {
      throw new IllegalArgumentException("--period " + text + " is a "
          + parsed.unit().toString().toLowerCase(Locale.ROOT) + "; the contract's period is "
          + file.terms().period().toString().toLowerCase(Locale.ROOT));
    }
    return parsed;
  }

  /** A period's invoice and the contract evaluation whose lines for the period are its SLA adjustments. */
  record Billing(Invoice invoice, ContractEvaluation evaluation) {}

  /**
   * Prices a period's usage and adds the contract terms' lines for the period as adjustments, their shares taken of
   * the period's charges and true-up (not of the file's "fees"); the terms are evaluated from the first period the
   * scorecards have (or {@code invoiced}) to {@code invoiced}, so that earn-backs and triggers see the history.
   *
   * @throws IllegalArgumentException when the usage cannot be priced
   */
  static Billing bill(ContractFile.Contract file, ContractFile.Pricing pricing, UsageAccumulator accumulator,
      List<ScorecardResult> scorecards, ReportingPeriod invoiced) {
    Invoice.Builder builder = pricing.model().invoice(accumulator.snapshot()).roundingMode(pricing.rounding());
    pricing.minimumCommitment().ifPresent(builder::minimumCommitment);
    Money fees = builder.build().subtotal();
    ContractEvaluation evaluation = SlaTermsCommand.evaluate(file, scorecards, fees, firstPeriod(scorecards, invoiced),
        invoiced);
    for (AdjustmentLine line : evaluation.lines(invoiced)) {
      builder.line(InvoiceLine.adjustment(description(line), line.amount()).withBasis(line.explanation()));
    }
    return new Billing(builder.build(), evaluation);
  }

  /** The first period the terms' scorecards have interactions in, or {@code last} when none is before it. */
  static ReportingPeriod firstPeriod(List<ScorecardResult> scorecards, ReportingPeriod last) {
    TreeSet<ReportingPeriod> seen = SlaTermsCommand.periods(scorecards);
    return seen.isEmpty() || seen.first().compareTo(last) > 0 ? last : seen.first();
  }

  private static String description(AdjustmentLine line) {
    if (line.kind() == AdjustmentLine.Kind.EARN_BACK) {
      return "SLA earn-back " + line.term().name();
    }
    String what = line.amount().isNegative() ? "credit" : line.amount().isZero() ? "adjustment" : "bonus";
    return "SLA " + what + " " + line.term().name() + " (" + line.outcome() + ")";
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
