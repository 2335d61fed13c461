package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardAccumulator;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.ContractEvaluation;
import io.github.bpokit.sla.terms.FiredTrigger;
import io.github.bpokit.sla.terms.KpiSource;
import io.github.bpokit.sla.terms.PeriodInput;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit sla-terms --contract FILE.json --input FILE.csv [--fees "EUR 100000.00"]}: measures the contract's
 * terms per period from the interaction CSV (one streaming pass), evaluates them (SPEC §5) and prints every line with
 * its explanation, the fired triggers and each period's net adjustment. The periods are those from the first to the
 * last period with interactions.
 */
@Command(
    name = "sla-terms",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Evaluates contract terms (bands, credits, bonuses, at-risk pool, earn-back, triggers) on the "
        + "interaction CSV, per period, with every line explained.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input: a bad header, or (strict) a bad row",
        "2:usage error (bad option, bad contract file, missing or unreadable file)"})
final class SlaTermsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InteractionInput input;

  @Option(names = "--contract", required = true, paramLabel = "FILE.json",
      description = "The contract file (JSON, see docs/contract-terms.md).")
  private Path contract;

  @Option(names = "--fees", paramLabel = "MONEY",
      description = "Each period's fees, e.g. 'EUR 100000.00'. Default: the contract file's \"fees\".")
  private @Nullable String fees;

  SlaTermsCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ContractFile.Contract file;
    try {
      file = ContractFile.read(contract);
    } catch (IOException e) {
      throw usage("cannot read --contract " + contract + ": " + InteractionInput.describe(e));
    } catch (IllegalArgumentException e) {
      throw usage("--contract " + contract + ": " + e.getMessage());
    }
    Money periodFees;
    try {
      periodFees = fees != null ? Money.parse(fees) : file.fees().orElseThrow(() -> new IllegalArgumentException(
          "no fees: give --fees or \"fees\" in the contract file"));
      if (periodFees.isNegative() || !periodFees.isRounded()) {
        throw new IllegalArgumentException("fees " + periodFees + " must be rounded and not negative");
      }
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    List<ScorecardAccumulator> accumulators = accumulators(file);
    InteractionInput.Result result = input.read("bpokit sla-terms",
        interaction -> accumulators.forEach(a -> a.add(interaction)), err);
    ReadSummary summary = result.summary();
    if (summary == null) {
      return result.exitCode();
    }
    List<ScorecardResult> scorecards = accumulators.stream().map(ScorecardAccumulator::snapshot).toList();
    TreeSet<ReportingPeriod> seen = periods(scorecards);
    if (seen.isEmpty()) {
      err.println("bpokit sla-terms: no interactions in " + input.file() + ": nothing to evaluate");
      return Main.INVALID_INPUT;
    }
    ContractEvaluation evaluation = evaluate(file, scorecards, periodFees, seen.first(), seen.last());
    PrintWriter out = spec.commandLine().getOut();
    for (ReportingPeriod p : evaluation.periods()) {
      out.println(p + "  fees " + evaluation.fees(p));
      for (AdjustmentLine line : evaluation.lines(p)) {
        out.printf("  %-20s %-14s %18s%n", line.term().name(),
            line.kind() == AdjustmentLine.Kind.EARN_BACK ? "EARN_BACK" : line.outcome(), line.amount());
        out.println("    " + line.explanation());
      }
      out.println("  net adjustment " + evaluation.total(p));
    }
    out.println(evaluation.triggers().isEmpty() ? "triggers: none fired" : "triggers:");
    for (FiredTrigger t : evaluation.triggers()) {
      out.println("  " + t.action() + "  " + t.explanation());
    }
    out.flush();
    return Main.OK;
  }

  /** One scorecard accumulator per scope segmentation of the contract's terms, per the contract's period and zone. */
  static List<ScorecardAccumulator> accumulators(ContractFile.Contract file) {
    Set<Segmentation> segmentations = new LinkedHashSet<>();
    Set<KpiId> kpis = EnumSet.noneOf(KpiId.class);
    for (ServiceLevelTerm term : file.terms().terms()) {
      segmentations.add(term.scope().segmentation());
      kpis.add(term.kpi());
    }
    List<ScorecardAccumulator> accumulators = new ArrayList<>();
    for (Segmentation by : segmentations) {
      accumulators.add(Scorecard.builder().segmentBy(by).period(file.terms().period(), file.zone()).kpis(kpis)
          .build().newAccumulator());
    }
    return accumulators;
  }

  /** The periods the scorecards have interactions in. */
  static TreeSet<ReportingPeriod> periods(List<ScorecardResult> scorecards) {
    TreeSet<ReportingPeriod> seen = new TreeSet<>();
    scorecards.forEach(s -> s.keys().stream().map(ScorecardKey::period).flatMap(java.util.Optional::stream)
        .forEach(seen::add));
    return seen;
  }

  /** Evaluates the contract on every period from {@code first} to {@code last}, each with the same fees. */
  static ContractEvaluation evaluate(ContractFile.Contract file, List<ScorecardResult> scorecards, Money fees,
      ReportingPeriod first, ReportingPeriod last) {
    List<PeriodInput> periods = new ArrayList<>();
    for (ReportingPeriod p = first; p.compareTo(last) <= 0; p = p.next()) {
      periods.add(new PeriodInput(p, fees, KpiSource.of(p, scorecards)));
    }
    return file.terms().evaluate(periods);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
