package io.github.bpokit.cli;

import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardAccumulator;
import io.github.bpokit.kpi.ScorecardResult;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit scorecard --input FILE.csv [--as-of INSTANT] [--by channel[,category...]]
 * [--format table|json|csv|html] [--lenient] [--rejects FILE]} (SPEC §7): streams the file through one
 * {@link Scorecard} and prints the SPEC §4 reference set for the whole and for each segment. More options: a reporting
 * period ({@code --period week --zone Europe/Berlin}), the FCR window and category rule, first-response time on a
 * business calendar, the KPIs to print.
 */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Computes the KPIs of SPEC 4 (contacts, CSAT, NPS, FCR, AHT, service levels, QA calibration...) "
        + "for the whole file and for each segment, in one streaming pass.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok (lenient: rejected rows were set aside and are not counted)",
        "1:invalid input: a bad header, or (strict) a bad row",
        "2:usage error (unknown option, bad value, missing or unreadable file)"})
final class ScorecardCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InteractionInput input;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "The report's as-of instant (ISO-8601, e.g. 2026-11-01T00:00:00Z): a contact is eligible for FCR "
          + "once its window has closed by then. Default: the latest created_at read.")
  private @Nullable Instant asOf;

  @Option(names = "--by", paramLabel = "DIMENSIONS",
      description = "Segment by these dimensions, comma-separated: channel, category, language, priority, vendor, "
          + "agent, tier. The whole (*) is always reported.")
  private @Nullable String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), json, csv or html.")
  private String format;

  @Option(names = "--period", paramLabel = "UNIT",
      description = "Also report per period: day, week (ISO), month or quarter, in --zone.")
  private @Nullable String period;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "The time zone of --period (default UTC).")
  private String zone;

  @Option(names = "--fcr-window", paramLabel = "DURATION", defaultValue = "7d",
      description = "The repeat-contact window (default 7d; also 36h, P7D...).")
  private String fcrWindow;

  @Option(names = "--fcr-any-category",
      description = "Count a contact on any category as a repeat (default: the same category only).")
  private boolean fcrAnyCategory;

  @Option(names = "--calendar", paramLabel = "CALENDAR",
      description = "Measure first-response time in the open time of this business calendar, e.g. "
          + "'tz=Europe/Berlin; Mon-Fri 09:00-17:00'. Default: calendar time.")
  private @Nullable String calendar;

  @Option(names = "--kpis", paramLabel = "IDS",
      description = "The KPIs to print, comma-separated ids, or 'all' (the reference set and the extras: "
          + "fcr_pending, deflection_rate, service_level, service_level_answered). Default: the reference set.")
  private @Nullable String kpis;

  ScorecardCommand() {}

  @Override
  public Integer call() {
    ScorecardOutput output = output();
    Scorecard scorecard = scorecard();
    PrintWriter err = spec.commandLine().getErr();
    InteractionInput.Result<ScorecardResult> result = input.collect("bpokit scorecard", scorecard.collector(),
        ScorecardAccumulator::add, err);
    ReadSummary summary = result.summary();
    ScorecardResult scores = result.value();
    if (summary == null || scores == null) {
      return result.exitCode();
    }
    input.rejectsFile().ifPresent(file -> err.println(result.rejectsWritten() + " rejected rows written to " + file));
    output.write(scores,
        new ScorecardOutput.Source(input.file().toString(), summary.rows(), summary.rejected()),
        spec.commandLine().getOut());
    return Main.OK;
  }

  private ScorecardOutput output() {
    try {
      return ScorecardOutput.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage("--format '" + format + "': expected table, json, csv or html");
    }
  }

  private Scorecard scorecard() {
    Scorecard.Builder builder = Scorecard.builder();
    try {
      if (by != null) {
        builder.segmentBy(Segmentation.parse(by));
      }
      if (asOf != null) {
        builder.asOf(asOf);
      }
      if (period != null) {
        builder.period(PeriodUnit.parse(period), ZoneId.of(zone));
      }
      builder.fcrWindow(Durations.option("--fcr-window", fcrWindow)).fcrSameCategory(!fcrAnyCategory);
      if (calendar != null) {
        builder.firstResponseCalendar(BusinessCalendar.parse(calendar));
      }
      if (kpis != null) {
        builder.kpis(kpis());
      }
      return builder.build();
    } catch (RuntimeException e) { // the parsers' messages name the bad value
      throw usage(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private List<KpiId> kpis() {
    if (kpis.strip().equalsIgnoreCase("all")) {
      return List.copyOf(KpiId.all());
    }
    List<KpiId> ids = new ArrayList<>();
    for (String id : kpis.split(",", -1)) {
      ids.add(KpiId.parse(id.strip()));
    }
    return ids;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
