package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit report --input FILE.csv --contract FILE.json --period 2026-10 --out report.html}: the monthly
 * business review of one contract period ({@link MonthlyReview}) as one self-contained HTML file
 * ({@link ReviewHtml}): KPI tiles with their 95% intervals, tables per channel and per vendor, weekly trend charts,
 * every service level term with its band table and the band it landed in, the fired triggers and the invoice with its
 * SLA adjustment lines. The file has no script and no external reference; it prints well.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Writes the monthly business review of one contract period as one self-contained HTML file: KPI "
        + "tiles with intervals, channel and vendor tables, weekly trends, SLA terms and bands, the invoice.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input: a bad header, (strict) a bad row, no interactions in the period, or usage the model "
            + "cannot price",
        "2:usage error (bad option or --period, bad contract file, missing or unreadable file, unwritable --out)"})
final class ReportCommand implements Callable<Integer> {
  private static final String NAME = "bpokit report";

  @Spec
  private CommandSpec spec;

  @Mixin
  private InteractionInput input;

  @Option(names = "--contract", required = true, paramLabel = "FILE.json",
      description = "The contract file (JSON: terms, credits, triggers, pricing; see docs/contract-terms.md).")
  private Path contract;

  @Option(names = "--period", required = true, paramLabel = "PERIOD",
      description = "The period to review, e.g. 2026-10, in the contract's unit and zone.")
  private String period;

  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file to write.")
  private Path out;

  ReportCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ContractFile.Contract file = ContractFile.readOption(spec.commandLine(), contract);
    ReportingPeriod reviewed;
    try {
      reviewed = InvoiceCommand.period(period, file);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    @Nullable String unwritable = unwritable(out);
    if (unwritable != null) {
      throw usage("cannot write --out " + out + ": " + unwritable);
    }
    MonthlyReview.Collector collector = MonthlyReview.collector(file, reviewed);
    InteractionInput.Result<?> result = input.read(NAME, collector, err);
    ReadSummary summary = result.summary();
    if (summary == null) {
      return result.exitCode();
    }
    MonthlyReview review;
    try {
      review = collector.finish(new ScorecardOutput.Source(input.file().toString(), summary.rows(),
          summary.rejected()));
    } catch (IllegalArgumentException e) {
      err.println(NAME + ": " + input.file() + ": " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    try {
      write(out, ReviewHtml.render(review));
    } catch (IOException e) {
      err.println(NAME + ": cannot write --out " + out + ": " + InteractionInput.describe(e));
      return Main.USAGE;
    }
    spec.commandLine().getOut().println("wrote " + out + ": monthly business review " + reviewed + " ("
        + review.whole().value(KpiId.CONTACTS).sampleSize() + " interactions"
        + review.invoice().map(i -> ", invoice total " + i.total()).orElse("") + ")");
    return Main.OK;
  }

  /** Writes a file in UTF-8, replacing it. */
  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Says why a file to be written certainly cannot be, so that a command fails before any work: it is a directory,
   * or its folder does not exist.
   *
   * @return the reason, or null when the file may be writable
   */
  static @Nullable String unwritable(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      return "it is a directory";
    }
    if (parent != null && !Files.isDirectory(parent)) {
      return "no such directory " + parent;
    }
    return null;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
