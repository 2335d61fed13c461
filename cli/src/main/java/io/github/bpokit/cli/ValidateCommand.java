package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.CsvValidationException;
import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.cli.csv.RejectedRow;
import io.github.bpokit.cli.csv.RejectsCsvWriter;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
  /** How many rejected rows lenient mode prints to standard error. */
  static final int SHOWN_REJECTS = 10;

  @Spec
  private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv",
      description = "The interaction CSV file (UTF-8, header of SPEC 1.1 column names, any order).")
  private Path input;

  @Option(names = "--lenient",
      description = "Set bad rows aside and go on (exit 0) instead of stopping at the first one (exit 1).")
  private boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write the rejected rows to FILE as CSV: line, reasons, then the original columns.")
  private @Nullable Path rejects;

  ValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      err.println("bpokit validate: cannot read --input " + input + ": "
          + (Files.isDirectory(input) ? "it is a directory" : Files.exists(input) ? "permission denied"
              : "no such file"));
      return Main.USAGE;
    }
    InteractionCsvReader reader = lenient ? InteractionCsvReader.lenient() : InteractionCsvReader.strict();
    Consumer<Interaction> ignore = interaction -> { };
    long[] shown = {0};
    Consumer<RejectedRow> report = row -> {
      if (lenient && shown[0]++ < SHOWN_REJECTS) {
        err.println(row.describe());
      }
    };
    RejectsCsvWriter rejectsWriter = null;
    try {
      if (rejects != null) {
        rejectsWriter = openRejects(rejects);
        report = report.andThen(rejectsWriter::write);
      }
      ReadSummary summary;
      try {
        summary = reader.read(input, ignore, report);
      } catch (CsvValidationException e) {
        err.println(e.getMessage());
        if (e.line() > 1 && !lenient) {
          err.println("validation stopped at the first bad row; use --lenient to set bad rows aside and go on");
        }
        if (rejectsWriter != null && rejectsWriter.written() > 0) {
          err.println("rejected row written to " + rejects);
        }
        return Main.INVALID_INPUT;
      }
      print(out, summary);
      if (summary.rejected() > SHOWN_REJECTS && lenient) {
        err.println("... " + (summary.rejected() - SHOWN_REJECTS) + " more rejected rows"
            + (rejects == null ? "; write them all with --rejects FILE" : ""));
      }
      if (rejectsWriter != null) {
        rejectsWriter.finish(summary.header());
        out.println(rejectsWriter.written() + " rejected rows written to " + rejects);
      }
      return Main.OK;
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      err.println("bpokit validate: " + describe(cause));
      return Main.USAGE;
    } finally {
      if (rejectsWriter != null) {
        try {
          rejectsWriter.close();
        } catch (IOException e) {
          err.println("bpokit validate: cannot write --rejects " + rejects + ": " + describe(e));
        }
      }
    }
  }

  private static RejectsCsvWriter openRejects(Path file) throws IOException {
    try {
      Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      return new RejectsCsvWriter(writer);
    } catch (IOException e) {
      throw new IOException("cannot write --rejects " + file + ": " + describe(e), e);
    }
  }

  private void print(PrintWriter out, ReadSummary summary) {
    out.println("validated " + input + " (" + (lenient ? "lenient" : "strict") + ")");
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

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
