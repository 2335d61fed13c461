package io.github.bpokit.cli;

import io.github.bpokit.pricing.ComparisonResult;
import io.github.bpokit.pricing.ModelComparison;
import io.github.bpokit.pricing.PartnerOption;
import io.github.bpokit.pricing.WhatIf;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit compare --forecast FILE.json --contract FILE.json [--deflect 30% [--aht-increase 15%]]
 * [--format text|json]}: the month's cost of the forecast under the contract's pricing model (option
 * {@code contract}), the forecast file's alternatives and in-house build, with the same staffing math, ranked; with
 * {@code --deflect}, the AI-deflection what-if next to the baseline.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compares the month of a volume forecast under the contract's pricing model, the forecast file's "
        + "alternatives and in-house build (the same Erlang C and workload staffing for all), ranked by cost; "
        + "optionally with an AI-deflection what-if.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input: a bad forecast file, or a model that cannot price the forecast",
        "2:usage error (bad option, bad contract file or no pricing section, missing or unreadable file)"})
final class CompareCommand implements Callable<Integer> {
  private static final String NAME = "bpokit compare";
  /** The name of the contract's own pricing model among the options. */
  static final String CONTRACT = "contract";

  @Spec
  private CommandSpec spec;

  @Option(names = "--forecast", required = true, paramLabel = "FILE.json",
      description = "The volume forecast (JSON, see docs/pricing.md \"Model comparison\").")
  private Path forecast;

  @Option(names = "--contract", required = true, paramLabel = "FILE.json",
      description = "The contract file; its \"pricing\" section is the option named \"contract\".")
  private Path contract;

  @Option(names = "--deflect", paramLabel = "SHARE",
      description = "What-if: an AI assistant deflects this share of tier-1 contacts, e.g. 30%% or 0.3.")
  private @Nullable String deflect;

  @Option(names = "--aht-increase", paramLabel = "SHARE", defaultValue = "0",
      description = "With --deflect: the remaining contacts' AHT grows by this share, e.g. 15%% (default 0).")
  private String ahtIncrease;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default: tables) or json.")
  private String format;

  CompareCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean json = Main.isJson(spec.commandLine(), format);
    @Nullable BigDecimal deflected = deflect == null ? null : share("--deflect", deflect);
    BigDecimal increase = share("--aht-increase", ahtIncrease);
    if (deflected != null && deflected.compareTo(BigDecimal.ONE) > 0) {
      throw usage("--deflect '" + deflect + "': expected a share from 0% to 100%");
    }
    if (deflect == null && increase.signum() != 0) {
      throw usage("--aht-increase needs --deflect");
    }
    ContractFile.Contract file = ContractFile.readOption(spec.commandLine(), contract);
    ContractFile.Pricing pricing = ContractFile.pricingOption(spec.commandLine(), contract, file, "compare");
    ForecastFile.Forecast input;
    try {
      input = ForecastFile.read(forecast, file.zone(), file.fees());
    } catch (IOException e) {
      throw usage("cannot read --forecast " + forecast + ": " + InteractionInput.describe(e));
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": --forecast " + forecast + ": " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    String text;
    try {
      PartnerOption own = PartnerOption.of(CONTRACT, pricing.model()).withRules(pricing.rules())
          .withRounding(pricing.rounding());
      if (pricing.minimumCommitment().isPresent()) {
        own = own.withMinimumCommitment(pricing.minimumCommitment().get());
      }
      ModelComparison.Builder builder = ModelComparison.builder(input.forecast())
          .staffing(input.shrinkage(), input.paidHoursPerFte())
          .partner(own);
      input.alternatives().forEach(builder::partner);
      if (input.inHouse().isPresent()) {
        builder.inHouse(input.inHouseName().orElseThrow(), input.inHouse().get());
      }
      ModelComparison comparison = builder.build();
      if (deflected != null) {
        WhatIf whatIf = comparison.whatIf(f -> f.withAiDeflection(deflected, increase));
        text = json ? whatIf.toJson() + "\n" : whatIf.explain();
      } else {
        ComparisonResult result = comparison.result();
        text = json ? result.toJson() + "\n" : result.explain();
      }
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": cannot compare: " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return Main.OK;
  }

  /** A share as {@code 30%} or {@code 0.3}, not negative. */
  private BigDecimal share(String option, String text) {
    String t = text.strip();
    BigDecimal share;
    try {
      share = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
          : new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw usage(option + " '" + text + "': expected a share such as 30% or 0.3");
    }
    if (share.signum() < 0) {
      throw usage(option + " '" + text + "': must not be negative");
    }
    return share;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
