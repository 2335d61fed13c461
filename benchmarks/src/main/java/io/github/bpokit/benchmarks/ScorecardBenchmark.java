package io.github.bpokit.benchmarks;

import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardAccumulator;
import io.github.bpokit.kpi.ScorecardResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-memory scorecard throughput on one thread: interactions per second through {@link ScorecardAccumulator#add}
 * and {@link ScorecardAccumulator#snapshot()}, over 200,000 generated interactions (one month, realistic mix, repeat
 * customers) held in memory, as interactions or as records, so that neither reading nor parsing is measured.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScorecardBenchmark -f 1 -wi 3 -i 5 -w 2 -r 3
 * </pre>
 *
 * <p>Scorecards: {@code whole} is the SPEC §4 reference set for the whole; {@code by-channel} adds the channel
 * segments; {@code weekly-by-channel-vendor} reports every KPI per ISO week and per channel and vendor;
 * {@code no-fcr} leaves out the two repeat-contact KPIs, the only ones that keep per-interaction state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorecardBenchmark {
  private static final int ROWS = 200_000;

  @Param({"whole", "by-channel", "weekly-by-channel-vendor", "no-fcr"})
  private String kind;

  private Scorecard scorecard;
  private Interaction[] interactions;
  private InteractionRecord[] records;

  @Setup
  public void setUp() throws IOException {
    StringWriter csv = new StringWriter();
    new InteractionCsvGenerator(42, InteractionCsvGenerator.DEFAULT_START, 30).write(ROWS, csv);
    List<Interaction> read = new ArrayList<>(ROWS);
    InteractionCsvReader.strict().read(new StringReader(csv.toString()), read::add, rejected -> { });
    interactions = read.toArray(new Interaction[0]);
    records = new InteractionRecord[interactions.length];
    for (int i = 0; i < records.length; i++) {
      records[i] = new InteractionRecord().from(interactions[i]);
    }
    Scorecard.Builder builder = Scorecard.builder();
    switch (kind) {
      case "whole" -> { }
      case "by-channel" -> builder.segmentBy(Dimension.CHANNEL);
      case "weekly-by-channel-vendor" -> builder.kpis(KpiId.all()).segmentBy(Dimension.CHANNEL, Dimension.VENDOR)
          .period(PeriodUnit.WEEK, ZoneId.of("Europe/Berlin"));
      case "no-fcr" -> builder.kpis(KpiId.referenceSet().stream()
          .filter(k -> k != KpiId.FCR && k != KpiId.RECONTACT_RATE).toList());
      default -> throw new IllegalArgumentException("unknown scorecard kind " + kind);
    }
    scorecard = builder.build();
  }

  /** One operation is one interaction: the score is interactions per second. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ScorecardResult scorecard() {
    ScorecardAccumulator accumulator = scorecard.newAccumulator();
    for (Interaction interaction : interactions) {
      accumulator.add(interaction);
    }
    return accumulator.snapshot();
  }

  /** The same interactions as records ({@link ScorecardAccumulator#add(InteractionRecord)}), as the CLI adds them. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ScorecardResult scorecardOfRecords() {
    ScorecardAccumulator accumulator = scorecard.newAccumulator();
    for (InteractionRecord record : records) {
      accumulator.add(record);
    }
    return accumulator.snapshot();
  }
}
