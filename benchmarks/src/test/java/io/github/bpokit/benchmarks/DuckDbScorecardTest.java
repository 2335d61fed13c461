package io.github.bpokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL reference set checked by independent means: a small file whose every value was worked out by hand, and a
 * brute-force Java oracle on generated rows. Runs only where DuckDB is on the class path ({@code -Pe2e}).
 */
@EnabledIf("duckDbPresent")
class DuckDbScorecardTest {
  private static final Duration WINDOW = Duration.ofDays(7);

  static boolean duckDbPresent() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Each value is derived by hand in the comments; the file holds ties, window edges and a fractional FRT. */
  @Test
  void knownFileGivesTheHandComputedValues() throws Exception {
    Path file = Path.of(DuckDbScorecardTest.class.getResource("/e2e/known.csv").toURI());
    assertThat(InteractionCsvReader.strict().read(file, i -> { }, r -> { }).accepted()).isEqualTo(13);

    DuckDbScorecard.Result result = DuckDbScorecard.compute(file, true);

    assertThat(result.asOf()).isEqualTo(Instant.parse("2026-10-10T00:00:00Z"));
    assertThat(result.segments().keySet()).containsExactly("*", "VOICE", "EMAIL", "CHAT", "SOCIAL", "WHATSAPP",
        "IN_APP");
    Map<String, @Nullable Object> all = result.segments().get("*");
    assertThat(all.keySet()).containsExactly("contacts", "handled", "abandonment_rate", "asa_seconds",
        "aht_seconds", "csat", "csat_mean", "nps", "ces_mean", "fcr", "recontact_rate", "escalation_rate",
        "containment_rate", "frt_p50_seconds", "frt_p90_seconds", "resolution_p50_seconds", "resolution_p90_seconds",
        "sla_first_response", "qa_mean", "calibration_mad", "calibration_within_5", "reopen_rate");
    assertThat(all.get("contacts")).isEqualTo(13L);
    assertThat(all.get("handled")).isEqualTo(10L); // i2, i9, i12 abandoned
    expect(all, "abandonment_rate", 3.0 / 13);
    // human-answered: i1 i3 i5 i7 i8 i10 i11 i13 (i4, i6: BOT); waits 15+60+40+10800+21601+25+1800+3600
    expect(all, "asa_seconds", 37_941.0 / 8);
    // handled, not BOT: 300+600+360+450+200+120+300+200
    expect(all, "aht_seconds", 2530.0 / 8);
    expect(all, "csat", 2.0 / 5); // 5 4 3 2 1
    expect(all, "csat_mean", 3.0);
    expect(all, "nps", 25.0); // 10 9 3 7: (2 - 1) / 4
    expect(all, "ces_mean", 13.0 / 3); // 6 5 2
    // eligible (handled, created <= 10-03T00:00): i1 i3 i5 i7 i8 i10 i13. Repeated: i1 (by i2, abandoned),
    // i3 (by i4, exactly 7 days later); not i5 (i6 is 7 days + 1 s later), not i7/i8 (same instant), not i10
    // (i9 is another category and earlier). First-contact resolved: i7 i10 i13.
    expect(all, "fcr", 3.0 / 7);
    expect(all, "recontact_rate", 2.0 / 7);
    expect(all, "escalation_rate", 1.0 / 10);
    expect(all, "containment_rate", 1.0 / 3); // i4 of i4 i5 i6
    // FRT sorted: 2 15 25 60.5 1800 3600 10800 21601
    expect(all, "frt_p50_seconds", 60.5 + 0.5 * (1800 - 60.5));
    expect(all, "frt_p90_seconds", 10_800 + 0.3 * (21_601 - 10_800));
    // resolution sorted: 125 315 660.5 3600 7200 43200
    expect(all, "resolution_p50_seconds", 660.5 + 0.5 * (3600 - 660.5));
    expect(all, "resolution_p90_seconds", 7200 + 0.5 * (43_200 - 7200));
    // met: i1 (15 <= 20) i5 (2 <= 60) i7 i11 i13; missed: i3 (60.5 > 60) i8 i10; + abandoned past target: i2, i12
    expect(all, "sla_first_response", 5.0 / 10);
    expect(all, "qa_mean", 300.5 / 4);
    expect(all, "calibration_mad", 19.0 / 3); // |90-86| |70-80| |60-65|
    expect(all, "calibration_within_5", 2.0 / 3); // 5 is within
    expect(all, "reopen_rate", 2.0 / 6);

    Map<String, @Nullable Object> voice = result.segments().get("VOICE");
    assertThat(voice.get("contacts")).isEqualTo(4L);
    expect(voice, "abandonment_rate", 0.5);
    expect(voice, "recontact_rate", 0.5); // i1 repeated, i10 not
    expect(voice, "sla_first_response", 1.0 / 3); // i1 met; i10 missed; i2 abandoned after 30 s; i9 after 10 s
    assertThat(voice.get("containment_rate")).isNull();
    assertThat(voice.get("ces_mean")).isNotNull();
    assertThat(result.segments().get("CHAT").get("contacts")).isEqualTo(4L); // "chat" counts as CHAT
    assertThat(result.segments().get("WHATSAPP").get("csat")).isNull();
    assertThat(result.segments().get("WHATSAPP").get("fcr")).isNull();
    assertThat(result.segments().get("WHATSAPP").get("frt_p50_seconds")).isNull();

    DuckDbScorecard.Result whole = DuckDbScorecard.compute(file, false);
    assertThat(whole.segments().keySet()).containsExactly("*");
    assertThat(whole.segments().get("*")).isEqualTo(all);
  }

  @Test
  void agreesWithABruteForceOracleOnGeneratedRows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("generated.csv");
    try (Writer out = Files.newBufferedWriter(file)) {
      new InteractionCsvGenerator(7, InteractionCsvGenerator.DEFAULT_START, 20).write(6000, out);
    }
    List<Interaction> interactions = new ArrayList<>();
    InteractionCsvReader.strict().read(file, interactions::add, r -> { });

    DuckDbScorecard.Result result = DuckDbScorecard.compute(file, true);

    Map<String, Map<String, @Nullable Object>> expected = oracle(interactions);
    assertThat(result.asOf()).isEqualTo(interactions.stream().map(Interaction::createdAt).max(Instant::compareTo)
        .orElseThrow());
    assertThat(result.segments().keySet()).containsExactlyElementsOf(expected.keySet());
    for (String segment : expected.keySet()) {
      Map<String, @Nullable Object> actual = result.segments().get(segment);
      assertThat(actual.keySet()).as(segment).containsExactlyElementsOf(expected.get(segment).keySet());
      expected.get(segment).forEach((kpi, value) -> {
        if (value == null || value instanceof Long) {
          assertThat(actual.get(kpi)).as(segment + " " + kpi).isEqualTo(value);
        } else {
          double e = (Double) value;
          assertThat((Double) actual.get(kpi)).as(segment + " " + kpi).isCloseTo(e, within(1e-9 * Math.max(1, e)));
        }
      });
    }
    assertThat(expected.get("*").get("recontact_rate")).isNotNull();
    assertThat(expected.get("*").get("calibration_mad")).isNotNull();
  }

  private static void expect(Map<String, @Nullable Object> kpis, String id, double value) {
    assertThat((Double) kpis.get(id)).as(id).isCloseTo(value, within(1e-9));
  }

  // ---- the oracle: the SPEC §4 definitions, one by one, on a list ----

  private static Map<String, Map<String, @Nullable Object>> oracle(List<Interaction> all) {
    Instant asOf = all.stream().map(Interaction::createdAt).max(Instant::compareTo).orElseThrow();
    Map<String, List<Interaction>> byKey = new HashMap<>();
    for (Interaction i : all) {
      byKey.computeIfAbsent(i.customerId() + "\u0000" + i.category(), k -> new ArrayList<>()).add(i);
    }
    Map<Interaction, Boolean> repeated = new HashMap<>();
    for (Interaction i : all) {
      Instant end = i.createdAt().plus(WINDOW);
      repeated.put(i, byKey.get(i.customerId() + "\u0000" + i.category()).stream()
          .anyMatch(j -> j.createdAt().isAfter(i.createdAt()) && !j.createdAt().isAfter(end)));
    }
    Map<String, Map<String, @Nullable Object>> segments = new LinkedHashMap<>();
    segments.put("*", kpis(all, repeated, asOf));
    for (Channel channel : Channel.values()) {
      List<Interaction> part = all.stream().filter(i -> i.channel() == channel).toList();
      if (!part.isEmpty()) {
        segments.put(channel.name(), kpis(part, repeated, asOf));
      }
    }
    return segments;
  }

  private static Map<String, @Nullable Object> kpis(List<Interaction> list, Map<Interaction, Boolean> repeated,
      Instant asOf) {
    Predicate<Interaction> eligible = i -> i.isHandled() && !i.createdAt().plus(WINDOW).isAfter(asOf);
    Predicate<Interaction> notBot = i -> i.handledBy() != HandledBy.BOT;
    Predicate<Interaction> doublyScored = i -> i.qaPartner().isPresent() && i.qaClient().isPresent();
    Map<String, @Nullable Object> k = new LinkedHashMap<>();
    k.put("contacts", (long) list.size());
    k.put("handled", count(list, Interaction::isHandled));
    k.put("abandonment_rate", ratio(list, i -> i.outcome() == Outcome.ABANDONED, i -> true));
    k.put("asa_seconds", mean(list, Interaction::isHumanAnswered, i -> i.waitSeconds()));
    k.put("aht_seconds", mean(list, notBot.and(Interaction::isHandled), i -> i.handleTimeSeconds()));
    k.put("csat", ratio(list, i -> i.csat().orElse(0) >= 4, i -> i.csat().isPresent()));
    k.put("csat_mean", mean(list, i -> i.csat().isPresent(), i -> i.csat().getAsInt()));
    Double promoters = ratio(list, i -> i.nps().orElse(0) >= 9, i -> i.nps().isPresent());
    Double detractors = ratio(list, i -> i.nps().orElse(10) <= 6, i -> i.nps().isPresent());
    k.put("nps", promoters == null ? null : 100 * (promoters - detractors));
    k.put("ces_mean", mean(list, i -> i.ces().isPresent(), i -> i.ces().getAsInt()));
    k.put("fcr", ratio(list, i -> (i.outcome() == Outcome.RESOLVED || i.outcome() == Outcome.BOT_CONTAINED)
        && !repeated.get(i), eligible));
    k.put("recontact_rate", ratio(list, repeated::get, eligible));
    k.put("escalation_rate", ratio(list, i -> i.outcome() == Outcome.ESCALATED, Interaction::isHandled));
    k.put("containment_rate", ratio(list, i -> i.outcome() == Outcome.BOT_CONTAINED,
        i -> i.handledBy() != HandledBy.HUMAN));
    double[] frt = list.stream().filter(Interaction::isHumanAnswered)
        .mapToDouble(i -> seconds(i.firstResponseTime().orElseThrow())).sorted().toArray();
    k.put("frt_p50_seconds", quantile(frt, 0.5));
    k.put("frt_p90_seconds", quantile(frt, 0.9));
    double[] resolution = list.stream().filter(i -> i.resolutionTime().isPresent())
        .mapToDouble(i -> seconds(i.resolutionTime().orElseThrow())).sorted().toArray();
    k.put("resolution_p50_seconds", quantile(resolution, 0.5));
    k.put("resolution_p90_seconds", quantile(resolution, 0.9));
    k.put("sla_first_response", ratio(list,
        i -> i.isHumanAnswered() && seconds(i.firstResponseTime().orElseThrow()) <= target(i.channel()),
        i -> i.isHumanAnswered() || (i.outcome() == Outcome.ABANDONED && i.waitSeconds() > target(i.channel()))));
    k.put("qa_mean", mean(list, i -> i.qaPartner().isPresent(), i -> i.qaPartner().getAsDouble()));
    k.put("calibration_mad", mean(list, doublyScored,
        i -> Math.abs(i.qaPartner().getAsDouble() - i.qaClient().getAsDouble())));
    k.put("calibration_within_5", ratio(list,
        i -> Math.abs(i.qaPartner().getAsDouble() - i.qaClient().getAsDouble()) <= 5, doublyScored));
    k.put("reopen_rate", ratio(list, i -> i.reopened() > 0, i -> i.outcome() == Outcome.RESOLVED));
    return k;
  }

  private static long target(Channel channel) {
    switch (channel) {
      case VOICE:
        return 20;
      case CHAT:
        return 60;
      case WHATSAPP:
        return 300;
      case SOCIAL:
        return 3600;
      default:
        return 14_400;
    }
  }

  private static long count(List<Interaction> list, Predicate<Interaction> p) {
    return list.stream().filter(p).count();
  }

  /** Among those matching {@code of}, the share matching {@code p}; null when none match {@code of}. */
  private static @Nullable Double ratio(List<Interaction> list, Predicate<Interaction> p, Predicate<Interaction> of) {
    long denominator = count(list, of);
    return denominator == 0 ? null : (double) count(list, of.and(p)) / denominator;
  }

  private static @Nullable Double mean(List<Interaction> list, Predicate<Interaction> of,
      ToDoubleFunction<Interaction> x) {
    double[] values = list.stream().filter(of).mapToDouble(x).toArray();
    return values.length == 0 ? null : Arrays.stream(values).sum() / values.length;
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** Linear interpolation between the closest ranks of q·(n−1), as quantile_cont. */
  private static @Nullable Double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return null;
    }
    double rank = q * (sorted.length - 1);
    int lower = (int) Math.floor(rank);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
  }
}
