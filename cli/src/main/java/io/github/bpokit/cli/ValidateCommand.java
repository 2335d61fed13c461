package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.cli.csv.RejectsCsvWriter;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit validate --input FILE.csv [--lenient] [--rejects FILE]}: reads an interaction CSV file (SPEC §1.1) and
 * prints its counts.
 *
 * <pre>
 * validated samples/interactions.csv (strict)
 * rows         48
 * accepted     48
 * rejected      0
 * accepted by channel
 *   VOICE      10
 *   ...
 * </pre>
 *
 * <p>Strict mode (the default) stops at the first bad row, prints {@code line N: reason; reason; ...} to standard
 * error and exits 1. Lenient mode sets bad rows aside, prints the first few to standard error and exits 0. A bad header
 * exits 1 in both modes. {@code --rejects FILE} writes the rejected rows as CSV in both modes (see
 * {@link RejectsCsvWriter}).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Checks an interaction CSV file (every rule of SPEC 1.1) and prints its counts: rows, accepted, "
        + "rejected, and accepted rows by channel.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the file is valid (lenient: rejected rows were set aside)",
        "1:invalid input: a bad header, or (strict) a bad row",
        "2:usage error (unknown option, missing or unreadable file)"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InteractionInput input;

  /** Counts the accepted rows (in parts on every core), those read from their bytes without building them. */
  private static final Collector<Interaction, long[], Long> COUNTING = Collector.of(() -> new long[1],
      (count, interaction) -> count[0]++, (a, b) -> {
        a[0] += b[0];
        return a;
      }, count -> count[0], Collector.Characteristics.UNORDERED);

  ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InteractionInput.Result<Long> result = input.collect("bpokit validate", COUNTING, (count, record) -> count[0]++,
        spec.commandLine().getErr());
    ReadSummary summary = result.summary();
    if (summary == null) {
      return result.exitCode();
    }
    print(out, summary);
    input.rejectsFile().ifPresent(file -> out.println(result.rejectsWritten() + " rejected rows written to " + file));
    return Main.OK;
  }

  private void print(PrintWriter out, ReadSummary summary) {
    out.println("validated " + input.file() + " (" + (input.lenient() ? "lenient" : "strict") + ")");
    int width = Math.max(5, Long.toString(summary.rows()).length());
    String line = "%-10s %" + width + "d%n";
    out.printf(line, "rows", summary.rows());
    out.printf(line, "accepted", summary.accepted());
    out.printf(line, "rejected", summary.rejected());
    out.println("accepted by channel");
    String channelLine = "  %-8s %" + width + "d%n";
    for (Channel channel : Channel.values()) {
      out.printf(channelLine, channel, summary.accepted(channel));
    }
  }
}
