package io.github.bpokit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.bpokit.cli.csv.CsvValidationException;
import io.github.bpokit.cli.csv.TicketEventCsvReader;
import io.github.bpokit.cli.csv.TicketEventCsvReader.TicketLog;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.kpi.Interval;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.sla.SlaAdherence;
import io.github.bpokit.sla.SlaAdherenceAccumulator;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvaluation;
import io.github.bpokit.sla.TimerCounts;
import io.github.bpokit.sla.TimerResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit sla --events FILE.csv --policies FILE.json [--as-of INSTANT] [--by channel,...] [--format
 * table|json]}: evaluates the SLA timers of every ticket in a ticket event CSV file (see {@link TicketEventCsvReader})
 * under the policies of a JSON file (see {@link SlaPoliciesFile}) and prints the adherence per metric, for the whole
 * and per segment, the breached timers and the tickets no policy matched.
 *
 * <p>The as-of instant defaults to the latest event in the file; events after it are ignored and tickets created
 * after it are left out (and counted). Exit codes: 0 ok, 1 invalid input (a bad row or timeline in the events file, a
 * bad policies file), 2 usage error (unreadable file, bad option).
 */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Evaluates SLA timers (first reply, next reply, periodic update, requester wait, agent work, "
        + "resolution) on ticket event timelines and prints the adherence per metric and segment, the breached "
        + "timers and the tickets no policy matched.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input: a bad row or timeline in the events file, or a bad policies file",
        "2:usage error (unknown option, missing or unreadable file, bad --as-of or --by)"})
final class SlaCommand implements Callable<Integer> {
  /** How many unmatched ticket ids the table lists. */
  static final int SHOWN_UNMATCHED = 20;

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE.csv",
      description = "The ticket event CSV file: ticket_id, at, event, status, priority, channel, category, vendor.")
  private Path events;

  @Option(names = "--policies", required = true, paramLabel = "FILE.json",
      description = "The SLA policies file (JSON): policies in order, each with a condition, a calendar and "
          + "targets per metric and priority.")
  private Path policies;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "Evaluate as of this instant (ISO-8601, e.g. 2026-10-09T18:00:00Z); default: the latest event.")
  private @Nullable String asOf;

  @Option(names = "--by", paramLabel = "DIMENSIONS",
      description = "Segment by these comma-separated dimensions: channel, category, priority, vendor.")
  private @Nullable String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.table;

  SlaCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Segmentation segmentation;
    try {
      segmentation = by == null ? Segmentation.whole() : Segmentation.parse(by);
      new SlaAdherenceAccumulator(segmentation); // refuses language, agent and tier
    } catch (IllegalArgumentException e) {
      err.println("bpokit sla: --by '" + by + "': " + e.getMessage());
      return Main.USAGE;
    }
    Instant instant = null;
    if (asOf != null) {
      try {
        instant = instant(asOf);
      } catch (IllegalArgumentException e) {
        err.println("bpokit sla: " + e.getMessage());
        return Main.USAGE;
      }
    }
    for (Path file : List.of(policies, events)) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        err.println("bpokit sla: cannot read " + (file == policies ? "--policies " : "--events ") + file + ": "
            + (Files.isDirectory(file) ? "it is a directory" : Files.exists(file) ? "permission denied"
                : "no such file"));
        return Main.USAGE;
      }
    }
    SlaClock clock;
    TicketLog log;
    try {
      try {
        clock = SlaPoliciesFile.read(policies);
      } catch (SlaPoliciesFile.PolicyFileException e) {
        err.println("bpokit sla: " + policies + ": " + e.getMessage());
        return Main.INVALID_INPUT;
      }
      try {
        log = TicketEventCsvReader.read(events);
      } catch (CsvValidationException e) {
        err.println("bpokit sla: " + events + ": " + e.getMessage());
        return Main.INVALID_INPUT;
      }
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      err.println("bpokit sla: " + describe(cause));
      return Main.USAGE;
    }
    if (instant == null) {
      instant = log.latest();
    }
    Report report = evaluate(clock, log, instant, segmentation);
    try {
      if (format == Format.json) {
        Json.write(out, report);
      } else {
        table(out, report);
      }
    } catch (IOException e) {
      err.println("bpokit sla: " + describe(e));
      return Main.USAGE;
    }
    return Main.OK;
  }

  /** Parses an ISO-8601 instant with Z or an offset. */
  static Instant instant(String text) {
    try {
      Instant i = OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      if (i.isBefore(BusinessCalendar.MIN_INSTANT) || i.isAfter(BusinessCalendar.MAX_INSTANT)) {
        throw new IllegalArgumentException("--as-of '" + text + "': outside the supported range "
            + BusinessCalendar.MIN_INSTANT + " to " + BusinessCalendar.MAX_INSTANT);
      }
      return i;
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--as-of '" + text
          + "': not an ISO-8601 instant with Z or an offset, e.g. 2026-10-09T18:00:00Z", e);
    }
  }

  /** Everything the output needs. */
  private record Report(Path events, Path policies, SlaClock clock, TicketLog log, @Nullable Instant asOf,
      SlaAdherence adherence, long createdAfter, List<TicketEvaluation> breached, Set<SlaMetric> metrics) {}

  private Report evaluate(SlaClock clock, TicketLog log, @Nullable Instant instant, Segmentation segmentation) {
    SlaAdherenceAccumulator acc = new SlaAdherenceAccumulator(segmentation);
    List<TicketEvaluation> breached = new ArrayList<>();
    long createdAfter = 0;
    if (instant != null) {
      for (Ticket ticket : log.tickets()) {
        TicketEvaluation e = clock.evaluate(ticket, instant);
        if (!e.isCreated()) {
          createdAfter++;
        }
        acc.add(e);
        if (!e.breached().isEmpty()) {
          breached.add(e);
        }
      }
    }
    Set<SlaMetric> metrics = EnumSet.noneOf(SlaMetric.class);
    for (SlaPolicy p : clock.policies()) {
      metrics.addAll(p.targets().keySet());
    }
    return new Report(events, policies, clock, log, instant, acc.snapshot(), createdAfter, breached, metrics);
  }

  // ================================================================================================== table output

  private static void table(PrintWriter out, Report r) {
    SlaAdherence a = r.adherence();
    out.println("SLA adherence as of " + (r.asOf() == null ? "-" : r.asOf()));
    out.println("events    " + r.events() + ": " + r.log().rows() + " rows, " + r.log().tickets().size()
        + " tickets");
    List<String> names = new ArrayList<>();
    r.clock().policies().forEach(p -> names.add(p.name()));
    out.println("policies  " + r.policies() + ": " + names.size() + " policies (" + String.join(", ", names) + ")");
    out.println("tickets   " + a.tickets() + " evaluated, " + a.unmatched() + " unmatched"
        + (r.createdAfter() > 0 ? ", " + r.createdAfter() + " created after the as-of instant (left out)" : ""));
    out.println();
    int segmentWidth = "segment".length();
    for (SegmentKey key : a.segments()) {
      segmentWidth = Math.max(segmentWidth, key.label().length());
    }
    String row = "%-" + segmentWidth + "s  %-15s %9s %9s %8s %7s %8s %10s  %s%n";
    out.printf(Locale.ROOT, row, "segment", "metric", "achieved", "breached", "running", "paused", "at risk",
        "adherence", "95% interval");
    for (SegmentKey key : a.segments()) {
      for (SlaMetric m : r.metrics()) {
        TimerCounts c = a.counts(key, m);
        if (c.timers() == 0 && !key.isAll()) {
          continue; // a segment lists only the metrics it has timers of
        }
        Proportion p = c.adherence();
        Optional<Interval> interval = p.interval();
        out.printf(Locale.ROOT, row, key.label(), m.id(), c.achieved(), c.breached(), c.running(), c.paused(),
            c.atRisk(), p.value().isPresent() ? percent(p.value().getAsDouble()) : "-",
            interval.map(i -> percent(i.lower()) + " - " + percent(i.upper())).orElse("-"));
      }
    }
    out.println();
    List<String[]> lines = new ArrayList<>();
    for (TicketEvaluation e : r.breached()) {
      String policy = e.policy().map(SlaPolicy::name).orElse("-");
      for (TimerResult t : e.breached()) {
        lines.add(new String[] {e.ticket().id(), t.metric().id(), Integer.toString(t.cycle()), policy,
            human(t.target()), human(t.elapsed()), t.breachedAt().map(Instant::toString).orElse("-"),
            t.stoppedAt().map(Instant::toString).orElse("-")});
      }
    }
    out.println("breached timers: " + lines.size());
    if (!lines.isEmpty()) {
      String[] header = {"ticket", "metric", "cycle", "policy", "target", "elapsed", "breached at", "stopped at"};
      int[] width = new int[header.length];
      for (int i = 0; i < header.length; i++) {
        width[i] = header[i].length();
        for (String[] line : lines) {
          width[i] = Math.max(width[i], line[i].length());
        }
      }
      printColumns(out, header, width);
      for (String[] line : lines) {
        printColumns(out, line, width);
      }
    }
    List<String> unmatched = a.unmatchedTicketIds();
    if (!unmatched.isEmpty()) {
      out.println();
      out.println("unmatched tickets (no policy applies): " + unmatched.size());
      List<String> shown = unmatched.subList(0, Math.min(SHOWN_UNMATCHED, unmatched.size()));
      out.println("  " + String.join(", ", shown)
          + (unmatched.size() > shown.size() ? ", ... " + (unmatched.size() - shown.size()) + " more" : ""));
    }
  }

  private static void printColumns(PrintWriter out, String[] cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      boolean right = i == 2; // the cycle number
      String cell = cells[i];
      String pad = " ".repeat(width[i] - cell.length());
      s.append(right ? pad + cell : cell + (i == cells.length - 1 ? "" : pad));
      if (i < cells.length - 1) {
        s.append("  ");
      }
    }
    out.println(s.toString().stripTrailing());
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** E.g. {@code 4h}, {@code 1h30m}, {@code 45m10s}, {@code 0s}; whole seconds (rounded down). */
  static String human(Duration d) {
    long s = d.getSeconds();
    if (s == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    if (s < 0) {
      text.append('-');
      s = -s;
    }
    long h = s / 3600;
    long m = s % 3600 / 60;
    long sec = s % 60;
    if (h > 0) {
      text.append(h).append('h');
    }
    if (m > 0) {
      text.append(m).append('m');
    }
    if (sec > 0) {
      text.append(sec).append('s');
    }
    return text.toString();
  }

  // =================================================================================================== JSON output

  /**
   * The JSON output, a class of its own so that loading, verifying and initialising the command (picocli does that
   * for every registered subcommand) loads no Jackson class. It writes through a plain {@link JsonFactory}'s generator
   * (the bytes a mapper's generator writes): the policies file's mapper aside, no second one is built.
   */
  private static final class Json {
    private Json() {}

    static void write(PrintWriter out, Report r) throws IOException {
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosing(out))) {
        g.setPrettyPrinter(pretty);
        SlaAdherence a = r.adherence();
        g.writeStartObject();
        g.writeStringField("asOf", r.asOf() == null ? null : r.asOf().toString());
        g.writeObjectFieldStart("events");
        g.writeStringField("file", r.events().toString());
        g.writeNumberField("rows", r.log().rows());
        g.writeNumberField("tickets", r.log().tickets().size());
        g.writeEndObject();
        g.writeArrayFieldStart("policies");
        for (SlaPolicy p : r.clock().policies()) {
          g.writeString(p.name());
        }
        g.writeEndArray();
        g.writeNumberField("tickets", a.tickets());
        g.writeNumberField("createdAfterAsOf", r.createdAfter());
        g.writeObjectFieldStart("unmatched");
        g.writeNumberField("count", a.unmatched());
        g.writeArrayFieldStart("ids");
        for (String id : a.unmatchedTicketIds()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("segments");
        for (SegmentKey key : a.segments()) {
          g.writeObjectFieldStart(key.label());
          g.writeNumberField("tickets", a.tickets(key));
          g.writeNumberField("unmatched", a.unmatched(key));
          for (SlaMetric m : r.metrics()) {
            TimerCounts c = a.counts(key, m);
            g.writeObjectFieldStart(m.id());
            g.writeNumberField("achieved", c.achieved());
            g.writeNumberField("breached", c.breached());
            g.writeNumberField("running", c.running());
            g.writeNumberField("paused", c.paused());
            g.writeNumberField("atRisk", c.atRisk());
            Proportion p = c.adherence();
            if (p.value().isPresent()) {
              g.writeNumberField("adherence", p.value().getAsDouble());
              Interval i = p.interval().orElseThrow();
              g.writeArrayFieldStart("interval");
              g.writeNumber(i.lower());
              g.writeNumber(i.upper());
              g.writeEndArray();
            } else {
              g.writeNullField("adherence");
              g.writeNullField("interval");
            }
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("breached");
        for (TicketEvaluation e : r.breached()) {
          for (TimerResult t : e.breached()) {
            g.writeStartObject();
            g.writeStringField("ticket", e.ticket().id());
            g.writeStringField("metric", t.metric().id());
            g.writeNumberField("cycle", t.cycle());
            g.writeStringField("policy", e.policy().map(SlaPolicy::name).orElse(null));
            g.writeNumberField("targetSeconds", seconds(t.target()));
            g.writeNumberField("elapsedSeconds", seconds(t.elapsed()));
            g.writeStringField("startedAt", t.startedAt().toString());
            g.writeStringField("breachedAt", t.breachedAt().map(Instant::toString).orElse(null));
            g.writeStringField("stoppedAt", t.stoppedAt().map(Instant::toString).orElse(null));
            g.writeEndObject();
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println();
    }

    private static BigDecimal seconds(Duration d) {
      BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Lets the generator flush into the command's writer without closing it. */
    private static final class NonClosing extends java.io.FilterWriter {
      NonClosing(PrintWriter out) {
        super(out);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
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
