package io.github.bpokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CompareScorecardsTest {
  private static final String REFERENCE = "{\"asOf\": \"2026-10-10T00:00:00Z\", \"rows\": 13, \"rejected\": 0,"
      + " \"segments\": {\"*\": {\"contacts\": 13, \"csat\": 0.4, \"asa_seconds\": 4742.625,"
      + " \"frt_p50_seconds\": 930.25, \"containment_rate\": null}}}";

  @Test
  void equalDocumentsAgree() {
    List<CompareScorecards.Row> rows = CompareScorecards.compare(parse(REFERENCE), parse(REFERENCE));
    assertThat(rows).hasSize(7).allMatch(CompareScorecards.Row::ok);
    assertThat(CompareScorecards.table(rows, "bpokit", "duckdb")).contains("all 7 values agree");
  }

  @Test
  void toleranceDependsOnTheKindOfMetric() {
    assertThat(CompareScorecards.agree("contacts", 13L, 13.0)).isTrue();
    assertThat(CompareScorecards.agree("contacts", 12L, 13L)).isFalse();
    assertThat(CompareScorecards.agree("csat", 0.4 + 1e-10, 0.4)).isTrue();
    assertThat(CompareScorecards.agree("csat", 0.4 + 1e-8, 0.4)).isFalse();
    assertThat(CompareScorecards.agree("asa_seconds", 4742.625 * (1 + 5e-10), 4742.625)).isTrue();
    assertThat(CompareScorecards.agree("asa_seconds", 4742.625 * (1 + 5e-9), 4742.625)).isFalse();
    assertThat(CompareScorecards.agree("frt_p50_seconds", 939.5, 930.25)).isTrue();
    assertThat(CompareScorecards.agree("frt_p50_seconds", 940.0, 930.25)).isFalse();
    assertThat(CompareScorecards.agree("resolution_p90_seconds", 24948.0, 25200.0)).isTrue();
    assertThat(CompareScorecards.agree("nps", 0.0, 0.0)).isTrue();
    assertThat(CompareScorecards.agree("containment_rate", null, null)).isTrue();
    assertThat(CompareScorecards.agree("containment_rate", 0.0, null)).isFalse();
    assertThat(CompareScorecards.agree("containment_rate", null, 0.0)).isFalse();
    assertThat(CompareScorecards.agree("csat", "0.4", 0.4)).isFalse();
  }

  @Test
  void missingSegmentsAndMetricsAndDifferentValuesAreReported() {
    String candidate = "{\"asOf\": \"2026-10-10T00:00:00Z\", \"rows\": 13, \"segments\": {\"*\": {\"contacts\": 13,"
        + " \"csat\": 0.41, \"asa_seconds\": {\"value\": 4742.625, \"n\": 8}, \"frt_p50_seconds\": 931,"
        + " \"containment_rate\": null, \"extra\": 1}}}";
    List<CompareScorecards.Row> rows = CompareScorecards.compare(parse(candidate), parse(REFERENCE));
    assertThat(rows).filteredOn(row -> !row.ok()).extracting(row -> row.metric).containsExactly("csat");
    assertThat(CompareScorecards.table(rows, "bpokit", "duckdb")).contains("DIFF").contains("1 of 7 values differ");

    Map<String, @Nullable Object> noSegments = parse("{\"asOf\": \"2026-10-09T00:00:00Z\", \"rows\": 13}");
    assertThat(CompareScorecards.compare(noSegments, parse(REFERENCE))).filteredOn(row -> !row.ok())
        .extracting(row -> row.metric)
        .containsExactly("asOf", "contacts", "csat", "asa_seconds", "frt_p50_seconds", "containment_rate");
  }

  @Test
  void theDuckDbJsonParsesBackToTheSameValues() {
    Map<String, @Nullable Object> kpis = new LinkedHashMap<>();
    kpis.put("contacts", 13L);
    kpis.put("csat", 0.4);
    kpis.put("nps", 1.0E-5);
    kpis.put("containment_rate", null);
    Map<String, Map<String, @Nullable Object>> segments = new LinkedHashMap<>();
    segments.put("*", kpis);
    segments.put("VOICE", kpis);
    String json = new DuckDbScorecard.Result(Instant.parse("2026-10-10T00:00:00Z"), segments).toJson();
    Map<String, @Nullable Object> parsed = parse(json);
    assertThat(parsed).containsEntry("asOf", "2026-10-10T00:00:00Z").containsEntry("rows", 13L)
        .containsEntry("rejected", 0L).containsEntry("segments", Map.of("*", kpis, "VOICE", kpis));
    assertThat(((Map<?, ?>) parsed.get("segments")).keySet().toArray()).containsExactly("*", "VOICE");
  }

  @Test
  void jsonParsesEscapesArraysAndLiterals() {
    assertThat(Json.parse(" [\"a\\\"\\u0041\\n\", true, false, null, -1.5e2, 7] "))
        .isEqualTo(java.util.Arrays.asList("a\"A\n", true, false, null, -150.0, 7L));
    assertThat(Json.quote("a\"b\\\u0001")).isEqualTo("\"a\\\"b\\\\\\u0001\"");
    assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{\"a\" 1}")).isInstanceOf(IllegalArgumentException.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> parse(String json) {
    return (Map<String, @Nullable Object>) Json.parse(json);
  }
}
