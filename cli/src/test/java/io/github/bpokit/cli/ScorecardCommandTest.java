package io.github.bpokit.cli;

import static io.github.bpokit.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCommandTest {
  /**
   * The twelve interactions of kpi's ScorecardGoldenTest, where every KPI is worked out by hand (see its class comment);
   * golden-whole.json holds the values of that test written out as SPEC §7 JSON.
   */
  static final Path GOLDEN = Path.of("src", "test", "resources", "scorecard", "golden.csv");
  static final String AS_OF = "2026-10-15T09:00:00Z";

  private static String resource(String name) throws IOException {
    return Files.readString(Path.of("src", "test", "resources", "scorecard", name), StandardCharsets.UTF_8);
  }

  @Test
  void jsonOfTheWholeMatchesTheValuesWorkedOutByHand() throws IOException {
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF, "--format", "json");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualToNormalizingNewlines(resource("golden-whole.json"));
  }

  @Test
  void jsonBySegmentListsTheWholeFirstThenEachChannel() {
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF, "--format", "json", "--by",
        "channel");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(1)).startsWith("  \"*\": {\"contacts\": 12, ");
    // VOICE: #1 #2 #3 #4 #10 #11; abandoned #3 #4 #11; handled #1 #2 #10; escalated #2
    assertThat(lines.get(2)).startsWith("  \"VOICE\": {\"contacts\": 6, \"handled\": 3, \"abandonment_rate\": 0.5, ")
        .contains("\"escalation_rate\": 0.3333333333333333", "\"containment_rate\": null");
    assertThat(lines.get(3)).startsWith("  \"EMAIL\": {\"contacts\": 2, ");
    assertThat(lines.get(4)).startsWith("  \"CHAT\": {\"contacts\": 3, ");
    assertThat(lines.get(5)).startsWith("  \"SOCIAL\": {\"contacts\": 1, ");
    assertThat(lines.get(6)).isEqualTo("}}");
  }

  @Test
  void periodsAddAWholeAndSegmentsPerWeek() {
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF, "--format", "csv", "--by", "channel",
        "--period", "week", "--kpis", "contacts,fcr,fcr_pending");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "segment,contacts,fcr,fcr_pending",
        "*,12,0.4,4",
        "VOICE,6,0.0,1",
        "EMAIL,2,,2",
        "CHAT,3,1.0,1",
        "SOCIAL,1,0.0,0",
        "2026-W41,8,0.4,1",
        "2026-W41|VOICE,4,0.0,0",
        "2026-W41|EMAIL,1,,1",
        "2026-W41|CHAT,2,1.0,0",
        "2026-W41|SOCIAL,1,0.0,0",
        "2026-W42,4,,3",
        "2026-W42|VOICE,2,,1",
        "2026-W42|EMAIL,1,,1",
        "2026-W42|CHAT,1,,1");
  }

  @Test
  void tableIsForPeople() {
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).startsWith(
        "scorecard of " + GOLDEN + ": 12 rows, 0 rejected, as of " + AS_OF,
        "",
        "                              *",
        "contacts                     12",
        "handled                       9",
        "abandonment_rate          25.0%",
        "asa_seconds               17.50");
    assertThat(run.out()).contains("fcr                       40.0%", "frt_p90_seconds         11700.0");
  }

  @Test
  void htmlIsOneSelfContainedPage() {
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF, "--format", "HTML", "--by",
        "channel");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("<th>VOICE</th>", "<td title=\"n = 12\">12</td>")
        .doesNotContain("<script", "src=", "href=").endsWith("</html>" + System.lineSeparator());
  }

  @Test
  void allKpisAddTheExtras() {
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF, "--format", "csv", "--kpis", "all");
    assertThat(run.out().lines().findFirst().orElseThrow())
        .endsWith("reopen_rate,fcr_pending,deflection_rate,service_level,service_level_answered");
  }

  @Test
  void firstResponseOnABusinessCalendar() {
    // #7 EMAIL created Friday 14:00, answered 16:30: 2.5 business hours on Mon-Fri 09:00-17:00, not more
    Run run = run("scorecard", "--input", GOLDEN.toString(), "--as-of", AS_OF, "--format", "csv", "--kpis",
        "frt_p50_seconds,frt_p90_seconds", "--calendar", "Mon-Fri 09:00-17:00", "--by", "channel");
    assertThat(run.code()).isZero();
    // #8 EMAIL Monday 09:00 to 14:00: 5 h = 18000 s, as in calendar time; #7: 9000 s both ways
    assertThat(run.out().lines()).contains("EMAIL,13500.0,17100.0");
  }

  @Nested
  class BadInput {
    @Test
    void lenientSetsBadRowsAsideAndKeepsTheJsonClean(@TempDir Path dir) throws IOException {
      Path rejects = dir.resolve("rejects.csv");
      Run run = run("scorecard", "--input", MainTest.SAMPLE_WITH_ERRORS.toString(), "--lenient", "--format", "json",
          "--rejects", rejects.toString());
      assertThat(run.code()).isZero();
      assertThat(run.out()).startsWith("{\"asOf\": \"").contains("\"rows\": 12, \"rejected\": 7, ")
          .contains("\"*\": {\"contacts\": 5, ");
      assertThat(run.err()).contains("line 3: channel 'FAX'", "7 rejected rows written to " + rejects);
      assertThat(Files.readAllLines(rejects)).hasSize(8);
    }

    @Test
    void strictStopsAtTheFirstBadRow() {
      Run run = run("scorecard", "--input", MainTest.SAMPLE_WITH_ERRORS.toString(), "--format", "json");
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("line 3: channel 'FAX': unknown Channel 'FAX'");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheValue() {
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--format", "pdf"),
          "--format 'pdf': expected table, json, csv or html");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--by", "channel,colour"), "colour");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--period", "fortnight"), "fortnight");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--period", "week", "--zone", "Mars/Olympus"),
          "Mars/Olympus");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--fcr-window", "7 days"),
          "--fcr-window '7 days': expected a duration");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--calendar", "Mon-Fry 09:00-17:00"), "Fry");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--kpis", "csat,happiness"), "happiness");
      assertUsage(run("scorecard", "--input", GOLDEN.toString(), "--as-of", "yesterday"), "yesterday");
      assertUsage(run("scorecard", "--input", "no-such-file.csv"),
          "bpokit scorecard: cannot read --input no-such-file.csv: no such file");
    }

    private void assertUsage(Run run, String message) {
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains(message);
    }
  }
}
