package io.github.bpokit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.Interval;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardAccumulator;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.ContractEvaluation;
import io.github.bpokit.sla.terms.FiredTrigger;
import io.github.bpokit.sla.terms.Judgement;
import io.github.bpokit.sla.terms.KpiSource;
import io.github.bpokit.sla.terms.PeriodInput;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit sla-terms --contract FILE.json --input FILE.csv [--fees "EUR 100000.00"] [--format text|json]}:
 * measures the contract's terms per period from the interaction CSV (one streaming pass into one monthly or
 * quarterly scorecard per scope segmentation), evaluates them (SPEC §5) and prints every line with its explanation,
 * the fired triggers and each period's net adjustment. The periods are those from the first to the last period with
 * interactions; a term measured over a rolling window of N months merges the monthly counts of the evaluated month
 * and the N − 1 before it among those periods. Each period's fees are {@code --fees}, else the contract file's
 * {@code "fees"}: one amount, or amounts per period label with an optional {@code "default"}; a period without fees
 * is a usage error naming {@code fees.<period>}.
 *
 * <p>{@code --format json} prints {@code {"currency", "rows", "rejected", "periods": [{"period", "fees",
 * "lines": [{"term", "kind", "kpi", "scope", "measuredOver", "outcome", "value", "sampleSize", "interval", "band",
 * "adjustment", "reason", "rule", "share", "uncapped", "amount", "explanation"}], "creditCap", "bonusCap",
 * "credits", "bonuses", "earnBacks", "net"}], "triggers": [{"trigger", "term", "action", "period", "evidence",
 * "explanation"}]}}: amounts as strings of plain decimals (as {@code Invoice.toJson()}), the measured value as a JSON
 * number (a count as an integer), and {@code null} where there is no value, interval, band or cap
 * (docs/contract-terms.md).
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
      description = "Each period's fees, e.g. 'EUR 100000.00'. Default: the contract file's \"fees\" (one amount, "
          + "or amounts per period).")
  private @Nullable String fees;

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  SlaTermsCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ContractFile.Contract file = ContractFile.readOption(spec.commandLine(), contract);
    @Nullable Money given = null;
    try {
      if (fees != null) {
        given = Money.parse(fees);
        if (given.isNegative() || !given.isRounded()) {
          throw new IllegalArgumentException("fees " + given + " must be rounded and not negative");
        }
      } else if (file.fees().isEmpty() && file.periodFees().isEmpty()) {
        throw new IllegalArgumentException("no fees: give --fees or \"fees\" in the contract file");
      }
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    List<ScorecardAccumulator> accumulators = accumulators(file);
    InteractionInput.Result<?> result = input.read("bpokit sla-terms",
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
    Function<ReportingPeriod, Money> feesOf;
    if (given != null) {
      Money all = given;
      feesOf = p -> all;
    } else {
      for (ReportingPeriod p = seen.first(); p.compareTo(seen.last()) <= 0; p = p.next()) {
        if (file.fees(p).isEmpty()) {
          throw usage("--contract " + contract + ": fees." + p + ": missing: " + p + " is evaluated (the input "
              + "runs from " + seen.first() + " to " + seen.last() + ") but \"fees\" has neither " + p
              + " nor \"default\"; add one or give --fees");
        }
      }
      feesOf = p -> file.fees(p).orElseThrow();
    }
    ContractEvaluation evaluation = evaluate(file, scorecards, feesOf, seen.first(), seen.last());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(evaluation, summary));
      out.flush();
      return Main.OK;
    }
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
    return evaluate(file, scorecards, p -> fees, first, last);
  }

  /** Evaluates the contract on every period from {@code first} to {@code last}, each with its fees. */
  static ContractEvaluation evaluate(ContractFile.Contract file, List<ScorecardResult> scorecards,
      Function<ReportingPeriod, Money> fees, ReportingPeriod first, ReportingPeriod last) {
    List<PeriodInput> periods = new ArrayList<>();
    for (ReportingPeriod p = first; p.compareTo(last) <= 0; p = p.next()) {
      periods.add(new PeriodInput(p, fees.apply(p), KpiSource.of(p, scorecards)));
    }
    return file.terms().evaluate(periods);
  }

  // =================================================================================================== JSON output

  /**
   * The JSON output, a class of its own so that loading, verifying and initialising the command (picocli does that
   * for every registered subcommand; invoice, report and demo call the helpers above) loads no Jackson class and
   * builds no mapper.
   */
  private static final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** The evaluation as the JSON of the class comment, pretty-printed with two-space indents. */
    static String write(ContractEvaluation evaluation, ReadSummary summary) {
      ObjectNode root = MAPPER.createObjectNode();
      List<ReportingPeriod> periods = evaluation.periods();
      root.put("currency", evaluation.fees(periods.get(0)).currency().getCurrencyCode());
      root.put("rows", summary.rows());
      root.put("rejected", summary.rejected());
      ArrayNode array = root.putArray("periods");
      for (ReportingPeriod p : periods) {
        ObjectNode period = array.addObject();
        period.put("period", p.toString());
        period.put("fees", amount(evaluation.fees(p)));
        ArrayNode lines = period.putArray("lines");
        Money zero = Money.zero(evaluation.fees(p).currency());
        Money credits = zero;
        Money bonuses = zero;
        Money earnBacks = zero;
        for (AdjustmentLine line : evaluation.lines(p)) {
          lines.add(line(line));
          if (line.kind() == AdjustmentLine.Kind.EARN_BACK) {
            earnBacks = earnBacks.plus(line.amount());
          } else if (line.amount().isNegative()) {
            credits = credits.plus(line.amount());
          } else {
            bonuses = bonuses.plus(line.amount());
          }
        }
        period.put("creditCap", evaluation.creditCap(p).map(Json::amount).orElse(null));
        period.put("bonusCap", evaluation.bonusCap(p).map(Json::amount).orElse(null));
        period.put("credits", amount(credits));
        period.put("bonuses", amount(bonuses));
        period.put("earnBacks", amount(earnBacks));
        period.put("net", amount(evaluation.total(p)));
      }
      ArrayNode triggers = root.putArray("triggers");
      for (FiredTrigger t : evaluation.triggers()) {
        ObjectNode trigger = triggers.addObject();
        trigger.put("trigger", t.trigger().name());
        trigger.put("term", t.trigger().term());
        trigger.put("action", t.action().name());
        trigger.put("period", t.period().toString());
        ArrayNode evidence = trigger.putArray("evidence");
        t.evidence().forEach(e -> evidence.add(e.toString()));
        trigger.put("explanation", t.explanation());
      }
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      try {
        return MAPPER.writer(pretty).writeValueAsString(root);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a JSON tree", e);
      }
    }

    private static ObjectNode line(AdjustmentLine line) {
      ObjectNode node = MAPPER.createObjectNode();
      Judgement j = line.judgement();
      KpiValue measured = j.measured();
      node.put("term", line.term().name());
      node.put("kind", line.kind().name());
      node.put("kpi", line.term().kpi().id());
      node.put("scope", line.term().scope().label());
      ArrayNode over = node.putArray("measuredOver");
      line.measuredOver().forEach(p -> over.add(p.toString()));
      node.put("outcome", line.outcome().name());
      if (measured instanceof Count count) {
        node.put("value", count.count());
      } else if (measured.value().isPresent()) {
        node.put("value", measured.value().getAsDouble());
      } else {
        node.putNull("value");
      }
      node.put("sampleSize", measured.sampleSize());
      Optional<Interval> interval = measured.value().isPresent() ? measured.interval() : Optional.empty();
      if (interval.isPresent()) {
        node.putArray("interval").add(interval.get().lower()).add(interval.get().upper());
      } else {
        node.putNull("interval");
      }
      node.put("band", j.band().map(b -> b.range().toString()).orElse(null));
      node.put("adjustment", j.band().map(b -> b.adjustment().describe()).orElse(null));
      node.put("reason", j.reason());
      node.put("rule", line.rule());
      node.put("share", j.share().toPlainString());
      node.put("uncapped", amount(line.uncapped()));
      node.put("amount", amount(line.amount()));
      node.put("explanation", line.explanation());
      return node;
    }

    private static String amount(Money money) {
      return money.amount().toPlainString();
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
