package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.Collected;
import io.github.bpokit.cli.csv.CsvValidationException;
import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.cli.csv.RejectedRow;
import io.github.bpokit.cli.csv.RejectsCsvWriter;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options {@code --input FILE.csv [--lenient] [--rejects FILE]} and the streaming read behind them, shared by the
 * commands that read an interaction CSV file ({@code validate}, {@code scorecard}). Everything about the read that is
 * not the command's own result (rejected rows, why the read stopped) goes to standard error, so that standard output
 * stays the command's result (a JSON document for {@code scorecard --format json}).
 */
final class InteractionInput {
  /** How many rejected rows lenient mode prints to standard error. */
  static final int SHOWN_REJECTS = 10;

  @Option(names = "--input", required = true, paramLabel = "FILE.csv",
      description = "The interaction CSV file (UTF-8, header of SPEC 1.1 column names, any order).")
  private Path input;

  @Option(names = "--lenient",
      description = "Set bad rows aside and go on instead of stopping at the first one (exit 1).")
  private boolean lenient;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Write the rejected rows to FILE as CSV: line, reasons, then the original columns.")
  private @Nullable Path rejects;

  InteractionInput() {}

  /**
   * What a read ended with: the summary (and what a collector made of the rows) when the whole file was read, else
   * the exit code to return.
   */
  record Result<R extends @Nullable Object>(@Nullable ReadSummary summary, @Nullable R value, int exitCode,
      long rejectsWritten) {
    boolean completed() {
      return summary != null;
    }
  }

  /** One way of reading the file, handing bad rows to {@code report}. */
  @FunctionalInterface
  private interface ReadAction<R extends @Nullable Object> {
    Collected<R> run(InteractionCsvReader reader, Consumer<RejectedRow> report) throws IOException;
  }

  Path file() {
    return input;
  }

  boolean lenient() {
    return lenient;
  }

  Optional<Path> rejectsFile() {
    return Optional.ofNullable(rejects);
  }

  /**
   * Streams the file into {@code accepted}.
   *
   * @param command the command's name, for messages ({@code "bpokit scorecard"})
   * @param accepted receives every valid interaction, in file order
   * @param err standard error
   * @return the summary, or the exit code when the read could not complete (2: unreadable file or rejects file;
   *     1: a bad header, a file that is not CSV, or in strict mode a bad row)
   */
  Result<@Nullable Void> read(String command, Consumer<? super Interaction> accepted, PrintWriter err) {
    return run(command, err, (reader, report) -> new Collected<>(reader.read(input, accepted, report), null));
  }

  /**
   * Reads the file into a collector ({@link InteractionCsvReader#collect}: in parts on every core when it can be).
   *
   * @param command the command's name, for messages ({@code "bpokit scorecard"})
   * @param collector what to make of the valid interactions
   * @param addRecord adds a record to one of the collector's containers, as the collector adds the interaction it
   *     holds; null to have every row built as an interaction
   * @param err standard error
   * @return the summary and the collector's result, or the exit code as {@link #read} returns it
   */
  <A, R extends @Nullable Object> Result<R> collect(String command, Collector<? super Interaction, A, R> collector,
      @Nullable BiConsumer<A, InteractionRecord> addRecord, PrintWriter err) {
    return run(command, err, (reader, report) -> reader.collect(input, collector, addRecord, report));
  }

  private <R extends @Nullable Object> Result<R> run(String command, PrintWriter err, ReadAction<R> action) {
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      err.println(command + ": cannot read --input " + input + ": "
          + (Files.isDirectory(input) ? "it is a directory" : Files.exists(input) ? "permission denied"
              : "no such file"));
      return new Result<>(null, null, Main.USAGE, 0);
    }
    InteractionCsvReader reader = lenient ? InteractionCsvReader.lenient() : InteractionCsvReader.strict();
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
      Collected<R> read;
      try {
        read = action.run(reader, report);
      } catch (CsvValidationException e) {
        err.println(e.getMessage());
        if (e.line() > 1 && !lenient) {
          err.println("validation stopped at the first bad row; use --lenient to set bad rows aside and go on");
        }
        if (rejectsWriter != null && rejectsWriter.written() > 0) {
          err.println("rejected row written to " + rejects);
        }
        return new Result<>(null, null, Main.INVALID_INPUT, rejectsWriter == null ? 0 : rejectsWriter.written());
      }
      ReadSummary summary = read.summary();
      if (summary.rejected() > SHOWN_REJECTS && lenient) {
        err.println("... " + (summary.rejected() - SHOWN_REJECTS) + " more rejected rows"
            + (rejects == null ? "; write them all with --rejects FILE" : ""));
      }
      if (rejectsWriter != null) {
        rejectsWriter.finish(summary.header());
      }
      return new Result<>(summary, read.result(), Main.OK, rejectsWriter == null ? 0 : rejectsWriter.written());
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      err.println(command + ": " + describe(cause));
      return new Result<>(null, null, Main.USAGE, 0);
    } finally {
      if (rejectsWriter != null) {
        try {
          rejectsWriter.close();
        } catch (IOException e) {
          err.println(command + ": cannot write --rejects " + rejects + ": " + describe(e));
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

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
