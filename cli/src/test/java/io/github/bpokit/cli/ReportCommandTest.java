package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpokit.cli.MainTest.Run;
import io.github.bpokit.cli.csv.CsvValidationException;
import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Mean;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.kpi.SegmentScores;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class ReportCommandTest {
  static final Path INPUT = SlaTermsCommandTest.INPUT;
  static final Path CONTRACT = SlaTermsCommandTest.CONTRACT;
  static final String NL = System.lineSeparator();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The review of the sample month computed through the API, as the command computes it. */
  static MonthlyReview review(Path input, ContractFile.Contract contract, String period) throws IOException {
    MonthlyReview.Collector collector = MonthlyReview.collector(contract, ReportingPeriod.parse(period,
        contract.zone()));
    ReadSummary summary;
    try {
      summary = InteractionCsvReader.strict().read(input, collector, r -> { });
    } catch (CsvValidationException e) {
      throw new AssertionError(e);
    }
    return collector.finish(new ScorecardOutput.Source(input.toString(), summary.rows(), summary.rejected()));
  }

  static MonthlyReview sample() throws IOException {
    return review(INPUT, ContractFile.read(CONTRACT), "2026-10");
  }

  @Test
  void writesTheSampleReview(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.html");
    Run run = MainTest.run("report", "--input", INPUT.toString(), "--contract", CONTRACT.toString(), "--period",
        "2026-10", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + ": monthly business review 2026-10 (50 interactions, invoice "
        + "total EUR 220.00)" + NL);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<section id=\"kpis\">", "<section id=\"channels\">", "<section id=\"vendors\">",
            "<section id=\"trends\">", "<section id=\"terms\">", "<section id=\"invoice\">")
        // csat 17/23 = 73.9%, Wilson 95% interval 0.5353..0.8745 (as sla-terms prints it)
        .contains("<div class=\"tile\" data-kpi=\"csat\"><div class=\"name\">CSAT (top-2 box)</div>"
            + "<div class=\"value\">73.9%</div><div class=\"ci\">95% CI 53.5% \u2013 87.5%</div>"
            + "<div class=\"n\">n = 23</div></div>")
        .contains("<span class=\"money\">EUR 220.00</span>")
        // as of 2026-10-07T17:51:02Z no 7-day repeat window has closed: all 46 handled contacts are pending
        .contains("<div class=\"tile\" data-kpi=\"fcr\"><div class=\"name\">FCR</div><div class=\"value\">\u2013"
            + "</div><div class=\"ci\">&nbsp;</div><div class=\"n\">n = 0 \u00b7 46 pending</div></div>")
        // self-contained: no script, no external reference of any kind
        .doesNotContain("<script", "http:", "https:", "src=", "href=", "@import", "url(");
    assertThat(html.split("<svg ", -1)).hasSize(6); // four weekly charts and the daily bars
  }

  /**
   * Checks that a review of an input that lies in its period has the rows {@code bpokit scorecard} prints for the
   * input, by channel and by vendor, every KPI to the last digit.
   */
  static void assertSameAsScorecard(MonthlyReview review, Path input) throws IOException {
    for (String by : List.of("channel", "vendor")) {
      Run run = MainTest.run("scorecard", "--input", input.toString(), "--by", by, "--format", "json", "--kpis",
          "all");
      assertThat(run.code()).isZero();
      JsonNode segments = JSON.readTree(run.out()).get("segments");
      List<SegmentScores> rows = new ArrayList<>(by.equals("channel") ? review.channels() : review.vendors());
      rows.add(0, review.whole());
      assertThat(rows).hasSize(segments.size());
      for (SegmentScores row : rows) {
        String label = row.key().segment().label();
        for (KpiId kpi : KpiId.all()) {
          JsonNode expected = segments.get(label).get(kpi.id());
          String actual = ScorecardOutput.machine(row.value(kpi), "null");
          assertThat(actual).as(label + " " + kpi.id()).isEqualTo(expected.isNull() ? "null" : expected.asText());
        }
      }
    }
  }

  @Test
  void figuresAreThoseOfScorecardAndInvoice() throws IOException {
    MonthlyReview review = sample();
    // The sample lies in 2026-10: the period's rows are the file's, as bpokit scorecard prints them.
    assertSameAsScorecard(review, INPUT);
    Run invoice = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", INPUT.toString(), "--format",
        "json", "--period", "2026-10");
    assertThat(review.invoice().orElseThrow().toJson() + NL).isEqualTo(invoice.out());
    assertThat(review.lines()).extracting(l -> l.term().name() + " " + l.outcome() + " " + l.amount())
        .containsExactly("csat PENALTY EUR -8.53", "sla-voice PENALTY EUR -10.74", "sla-chat PENALTY EUR -10.73");
  }

  /*
   * 2026-10-01 is a Thursday: the ISO weeks of October are W40 cut to 1–4 Oct, W41 5–11, W42 12–18, W43 19–25 and W44
   * cut to 26–31 Oct. Of the sample's 50 contacts, 28 were created (in UTC, the contract's zone) from 1 to 4 October and
 * 22 from 5 to 7 October.
   */
  @Test
  void weeksAreTheMonthsIsoWeeksCutToItsDays() throws IOException {
    MonthlyReview review = sample();
    assertThat(review.weeks()).extracting(MonthlyReview.Week::label).containsExactly("W40 (1\u20134 Oct)",
        "W41 (5\u201311 Oct)", "W42 (12\u201318 Oct)", "W43 (19\u201325 Oct)", "W44 (26\u201331 Oct)");
    assertThat(review.weeks()).extracting(w -> ((Count) w.values().get(KpiId.CONTACTS)).count())
        .containsExactly(28L, 22L, 0L, 0L, 0L);
    assertThat(review.dailyContacts()).hasSize(31);
    assertThat(review.dailyContacts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(50);
  }

  private static final Instant MONTH_START = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant MONTH_END = Instant.parse("2026-11-01T00:00:00Z");

  /** Interactions from 25 September to 5 November 2026: a few customers and categories, so that repeats happen. */
  private static Gen<Interaction> interactions() {
    Gen<Long> seconds = Generate.longRange(MONTH_START.getEpochSecond() - 6 * 86_400L,
        MONTH_END.getEpochSecond() + 4 * 86_400L);
    return seconds.zip(Generate.range(0, 99_999), (second, pick) -> {
      Instant created = Instant.ofEpochSecond(second);
      Outcome outcome = List.of(Outcome.RESOLVED, Outcome.RESOLVED, Outcome.ESCALATED, Outcome.ABANDONED)
          .get(pick % 4);
      Interaction.Builder b = Interaction.builder().interactionId("i-" + second + "-" + pick)
          .customerId("c-" + pick % 7).channel(Channel.values()[pick / 4 % 3]).category("cat" + pick / 12 % 2)
          .createdAt(created).waitSeconds(pick % 97).outcome(outcome);
      if (outcome != Outcome.ABANDONED) {
        b.answeredAt(created.plusSeconds(pick % 97)).endedAt(created.plusSeconds(300 + pick % 500))
            .talkSeconds(200 + pick % 300).wrapSeconds(pick % 60);
        if (pick % 3 == 0) {
          b.csat(1 + pick / 3 % 5);
        }
      }
      return b.build();
    });
  }

  /**
   * The weeks are exact sums of the period's days: they add up to the period, and a week wholly inside the period
   * equals the one-pass weekly scorecard of the same input (same as-of instant, so FCR too).
   */
  @Test
  void weeksSumToThePeriodAndEqualAOnePassWeeklyScorecard() throws IOException {
    ContractFile.Contract contract = ContractFile.read(CONTRACT);
    ReportingPeriod october = ReportingPeriod.parse("2026-10", contract.zone());
    Interaction anchor = Interaction.builder().interactionId("anchor").customerId("c-x").channel(Channel.EMAIL)
        .category("cat0").createdAt(Instant.parse("2026-10-14T10:00:00Z")).outcome(Outcome.ABANDONED).build();
    qt().withFixedSeed(20261009L).withExamples(60)
        .forAll(SourceDSL.lists().of(interactions()).ofSizeBetween(0, 120))
        .checkAssert(list -> {
          List<Interaction> all = new ArrayList<>(list);
          all.add(anchor);
          MonthlyReview.Collector collector = MonthlyReview.collector(contract, october);
          all.forEach(collector);
          MonthlyReview review = collector.finish(new ScorecardOutput.Source("generated", all.size(), 0));
          ScorecardResult weekly = Scorecard.builder().kpis(MonthlyReview.WEEKLY_KPIS)
              .period(PeriodUnit.WEEK, contract.zone()).build().compute(all);
          for (KpiId kpi : List.of(KpiId.CONTACTS, KpiId.HANDLED, KpiId.CSAT, KpiId.FCR, KpiId.AHT_SECONDS)) {
            var sum = review.weeks().stream().map(w -> w.values().get(kpi)).reduce(MonthlyReview::plus)
                .orElseThrow();
            assertThat(sum).as(kpi.id()).isEqualTo(review.whole().value(kpi));
          }
          for (MonthlyReview.Week week : review.weeks()) {
            if (week.week().startDate().getMonth() == week.week().endDateExclusive().minusDays(1).getMonth()) {
              SegmentScores expected = weekly.get(ScorecardKey.of(week.week(), SegmentKey.all()));
              for (KpiId kpi : MonthlyReview.WEEKLY_KPIS) {
                assertThat(week.values().get(kpi)).as(week.label() + " " + kpi.id()).isEqualTo(expected.value(kpi));
              }
            }
          }
        });
  }

  @Test
  void plusAddsCountsProportionsAndMeans() {
    assertThat(MonthlyReview.plus(Count.of(2), Count.of(3))).isEqualTo(Count.of(5));
    assertThat(MonthlyReview.plus(Proportion.of(1, 2), Proportion.of(3, 4))).isEqualTo(Proportion.of(4, 6));
    assertThat(MonthlyReview.plus(Mean.of(2, 10), Mean.of(1, 5))).isEqualTo(Mean.of(3, 15));
    assertThatThrownBy(() -> MonthlyReview.plus(Mean.of(1, 5), new Mean(1, 50, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add mean(5/1) and mean(5.0/1): not counts, proportions or means of the same grid");
  }

  @Test
  void withoutPricingTheTermsTakeTheFilesFees(@TempDir Path dir) throws IOException {
    String noPricing = Files.readString(CONTRACT).replaceAll("(?s),\\s*\"pricing\": \\{.*?\"minimumCommitment\": "
        + "\"EUR 250.00\"\\s*}", "");
    ContractFile.Contract contract = ContractFile.read(new StringReader(noPricing));
    assertThat(contract.pricing()).isEmpty();
    MonthlyReview review = review(INPUT, contract, "2026-10");
    assertThat(review.invoice()).isEmpty();
    // as bpokit sla-terms prints them for the fees of EUR 100000.00
    assertThat(review.lines()).extracting(l -> l.amount().toString())
        .containsExactly("EUR -3413.51", "EUR -4293.25", "EUR -4293.24");
    Path file = dir.resolve("contract.json");
    Files.writeString(file, noPricing);
    Path out = dir.resolve("r.html");
    Run run = MainTest.run("report", "--input", INPUT.toString(), "--contract", file.toString(), "--period",
        "2026-10", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + ": monthly business review 2026-10 (50 interactions)" + NL);
    assertThat(Files.readString(out)).doesNotContain("<section id=\"invoice\">")
        .contains("(the contract's fees)");
  }

  @Test
  void escapesEveryText(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.csv");
    List<String> lines = Files.readAllLines(INPUT);
    List<String> changed = new ArrayList<>();
    for (String line : lines) {
      changed.add(line.replace(",inhouse,", ",<b>&in'house</b>,"));
    }
    Files.write(input, changed);
    Path out = dir.resolve("r.html");
    Run run = MainTest.run("report", "--input", input.toString(), "--contract", CONTRACT.toString(), "--period",
        "2026-10", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out)).contains("<tr><td>&lt;b&gt;&amp;in&#39;house&lt;/b&gt;</td>")
        .doesNotContain("<b>&");
  }

  @Nested
  class Errors {
    private Run report(String... more) {
      List<String> args = new ArrayList<>(List.of("report", "--input", INPUT.toString()));
      args.addAll(List.of(more));
      return MainTest.run(args.toArray(String[]::new));
    }

    @Test
    void missingPeriodOrOut(@TempDir Path dir) {
      Run run = report("--contract", CONTRACT.toString(), "--out", dir.resolve("r.html").toString());
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("Missing required option: '--period=PERIOD'");
      Run out = report("--contract", CONTRACT.toString(), "--period", "2026-10");
      assertThat(out.code()).isEqualTo(2);
      assertThat(out.err()).startsWith("Missing required option: '--out=FILE.html'");
    }

    @Test
    void badPeriod(@TempDir Path dir) {
      String out = dir.resolve("r.html").toString();
      Run run = report("--contract", CONTRACT.toString(), "--period", "October", "--out", out);
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("--period: ").contains("'October'");
      Run quarter = report("--contract", CONTRACT.toString(), "--period", "2026-Q4", "--out", out);
      assertThat(quarter.code()).isEqualTo(2);
      assertThat(quarter.err()).startsWith("--period 2026-Q4 is a quarter; the contract's period is month" + NL);
      assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void noInteractionsInThePeriod(@TempDir Path dir) {
      Run run = report("--contract", CONTRACT.toString(), "--period", "2026-11", "--out",
          dir.resolve("r.html").toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("bpokit report: " + INPUT + ": no interactions in 2026-11 (created from "
          + "2026-11-01T00:00:00Z to 2026-12-01T00:00:00Z): nothing to review" + NL);
      assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void unreadableOrBadContract(@TempDir Path dir) throws IOException {
      String out = dir.resolve("r.html").toString();
      Path missing = dir.resolve("missing.json");
      Run run = report("--contract", missing.toString(), "--period", "2026-10", "--out", out);
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("cannot read --contract " + missing + ": " + missing
          + ": no such file or directory" + NL);
      Path bad = dir.resolve("bad.json");
      Files.writeString(bad, "{\"terms\": []}");
      Run badRun = report("--contract", bad.toString(), "--period", "2026-10", "--out", out);
      assertThat(badRun.code()).isEqualTo(2);
      assertThat(badRun.err()).startsWith("--contract " + bad + ": terms: expected a non-empty array of terms, got []"
          + NL);
    }

    @Test
    void unwritableOut(@TempDir Path dir) throws IOException {
      Run directory = report("--contract", CONTRACT.toString(), "--period", "2026-10", "--out", dir.toString());
      assertThat(directory.code()).isEqualTo(2);
      assertThat(directory.err()).startsWith("cannot write --out " + dir + ": it is a directory" + NL);
      Path nowhere = dir.resolve("no").resolve("r.html");
      Run noParent = report("--contract", CONTRACT.toString(), "--period", "2026-10", "--out", nowhere.toString());
      assertThat(noParent.code()).isEqualTo(2);
      assertThat(noParent.err()).startsWith("cannot write --out " + nowhere + ": no such directory "
          + nowhere.toAbsolutePath().getParent() + NL);
    }

    @Test
    void badRowsStopTheStrictReadAndAreSetAsideWhenLenient(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("r.html");
      List<String> args = List.of("report", "--input", MainTest.SAMPLE_WITH_ERRORS.toString(), "--contract",
          CONTRACT.toString(), "--period", "2026-10", "--out", out.toString());
      Run strict = MainTest.run(args.toArray(String[]::new));
      assertThat(strict.code()).isEqualTo(1);
      assertThat(strict.err()).isEqualTo("line 3: channel 'FAX': unknown Channel 'FAX', expected one of VOICE, EMAIL, "
          + "CHAT, SOCIAL, WHATSAPP, IN_APP" + NL
          + "validation stopped at the first bad row; use --lenient to set bad rows aside and go on" + NL);
      assertThat(out).doesNotExist();
      List<String> lenient = new ArrayList<>(args);
      lenient.add("--lenient");
      Run run = MainTest.run(lenient.toArray(String[]::new));
      assertThat(run.code()).isZero();
      assertThat(Files.readString(out)).contains(MainTest.SAMPLE_WITH_ERRORS + ": 12 rows read, 7 rejected; 5 "
          + "interactions in 2026-10 (UTC)");
    }

    @Test
    void unreadableInput(@TempDir Path dir) {
      Path missing = dir.resolve("none.csv");
      Run run = MainTest.run("report", "--input", missing.toString(), "--contract", CONTRACT.toString(), "--period",
          "2026-10", "--out", dir.resolve("r.html").toString());
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("bpokit report: cannot read --input " + missing + ": no such file" + NL);
    }
  }
}
