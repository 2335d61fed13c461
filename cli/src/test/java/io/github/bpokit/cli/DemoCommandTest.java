package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpokit.cli.MainTest.Run;
import io.github.bpokit.cli.demo.DemoMonth;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.pricing.Invoice;
import io.github.bpokit.pricing.Usage;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.TimerCounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpokit demo} on the month of seed 42: every section's figures are those the other commands print for the
 * files the demo writes, and the pricing models price that usage as worked out below.
 */
class DemoCommandTest {
  static final String NL = System.lineSeparator();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  private static Run run;
  private static DemoCommand.Demo demo;

  @BeforeAll
  static void runTheDemo() {
    run = MainTest.run("demo", "--out-dir", dir.resolve("files").toString(), "--html",
        dir.resolve("review.html").toString());
    demo = DemoCommand.compute(DemoMonth.generate(YearMonth.of(2026, 10), 42));
  }

  private static Path file(String name) {
    return dir.resolve("files").resolve(name);
  }

  @Test
  void printsEverySectionAndWritesTheFiles() throws IOException {
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("bpokit demo \u00b7 one month of a partner program" + NL
        + "  2026-10 in Europe/Berlin, seed 42: ")
        .contains(NL + "1. Scorecard 2026-10", NL + "2. SLA timers on ", NL + "3. Contract terms 2026-10",
            NL + "4. The contract's invoice 2026-10", NL + "5. The same month under each pricing model",
            NL + "What you just saw: ", NL + "Try next:" + NL)
        .contains("  bpokit report --input " + file("interactions.csv") + " --contract " + file("contract.json")
            + " --period 2026-10 --out report.html" + NL);
    for (String name : List.of("interactions.csv", "ticket-events.csv", "sla-policies.json", "contract.json")) {
      assertThat(file(name)).isNotEmptyFile();
    }
    assertThat(Files.readString(dir.resolve("review.html"))).isEqualTo(ReviewHtml.render(demo.review()));
  }

  @Test
  void theScorecardTermsAndInvoiceAreThoseOfTheOtherCommands() throws IOException {
    MonthlyReview review = demo.review();
    ReportCommandTest.assertSameAsScorecard(review, file("interactions.csv"));
    Run invoice = MainTest.run("invoice", "--contract", file("contract.json").toString(), "--input",
        file("interactions.csv").toString(), "--period", "2026-10");
    Invoice expected = review.invoice().orElseThrow();
    assertThat(invoice.out()).isEqualTo(expected.explain());
    expected.explain().lines().forEach(line -> assertThat(run.out()).contains("  " + line + NL));
    // the story of the month: acme-bpo misses its chat band, globex-cx earns the CSAT bonus
    assertThat(run.out()).containsPattern("  acme-sla-chat +sla_first_response +CHAT\\|acme-bpo .* PENALTY +EUR -")
        .containsPattern("  globex-csat +csat +globex-cx .* BONUS +EUR ");
  }

  @Test
  void theSlaTimersAreThoseOfBpokitSla() throws IOException {
    Run sla = MainTest.run("sla", "--events", file("ticket-events.csv").toString(), "--policies",
        file("sla-policies.json").toString(), "--by", "vendor", "--format", "json", "--as-of",
        demo.asOf().toString());
    assertThat(sla.code()).as(sla.err()).isZero();
    JsonNode segments = JSON.readTree(sla.out()).get("segments");
    for (SegmentKey key : demo.adherence().segments()) {
      for (SlaMetric metric : demo.metrics()) {
        TimerCounts counts = demo.adherence().counts(key, metric);
        JsonNode expected = segments.get(key.label()).get(metric.id());
        assertThat(counts.achieved()).as(key + " " + metric).isEqualTo(expected.get("achieved").asLong());
        assertThat(counts.breached()).as(key + " " + metric).isEqualTo(expected.get("breached").asLong());
        assertThat(counts.running() + counts.paused()).isEqualTo(expected.get("running").asLong()
            + expected.get("paused").asLong());
      }
    }
    assertThat(demo.tickets()).isEqualTo(JSON.readTree(sla.out()).get("tickets").asLong());
  }

  /*
   * Each model prices the same usage: with b = contacts − re-opened (the re-open clause), per contact is 4.40 for
   * units 1–2,500, 3.90 for 2,501–5,000 and 3.40 above; per resolved 6.80 × resolved × passed / audited; per minute
   * 0.78 × billable minutes; outcome 6.20 × (resolved − re-opened); per FTE n × 4,150.00 with n = ceil(handle hours /
   * (160 × 0.7 × 0.85 = 95.2 h)); hybrid 70% of n (rounded down) × 4,150.00 plus 4.60 × the contacts (a flat price,
   * without re-open clause) above the core's capacity, contacts × core / n. Each line is rounded once, HALF_UP.
   */
  @Test
  void pricesTheMonthUnderEachModel() {
    Usage u = demo.review().usage();
    long b = u.contacts() - u.reopened();
    BigDecimal perContact = new BigDecimal("4.40").multiply(BigDecimal.valueOf(Math.min(b, 2500)))
        .add(new BigDecimal("3.90").multiply(BigDecimal.valueOf(Math.max(0, Math.min(b, 5000) - 2500))))
        .add(new BigDecimal("3.40").multiply(BigDecimal.valueOf(Math.max(0, b - 5000))));
    BigDecimal perResolved = new BigDecimal("6.80").multiply(BigDecimal.valueOf(u.resolved()))
        .multiply(BigDecimal.valueOf(u.qaPassed())).divide(BigDecimal.valueOf(u.qaAudited()), 2, RoundingMode.HALF_UP);
    BigDecimal perMinute = new BigDecimal("0.78").multiply(u.billableMinutes()).setScale(2, RoundingMode.HALF_UP);
    BigDecimal outcome = new BigDecimal("6.20").multiply(BigDecimal.valueOf(u.resolved() - u.reopened()));
    long aht = u.handleSeconds() / u.contacts();
    long ftes = (long) Math.ceil(u.contacts() * aht / (95.2 * 3600));
    long core = ftes * 7 / 10;
    long capacity = u.contacts() * core / ftes;
    BigDecimal hybrid = new BigDecimal("4150.00").multiply(BigDecimal.valueOf(core))
        .add(new BigDecimal("4.60").multiply(BigDecimal.valueOf(Math.max(0, u.contacts() - capacity))));
    assertThat(demo.models()).extracting(DemoCommand.Priced::name).containsExactly("per FTE", "per contact",
        "per resolved contact", "per minute", "outcome based", "hybrid");
    assertThat(demo.models()).extracting(p -> p.invoice().subtotal()).containsExactly(
        eur(new BigDecimal("4150.00").multiply(BigDecimal.valueOf(ftes))), eur(perContact), eur(perResolved),
        eur(perMinute), eur(outcome), eur(hybrid));
    // seed 42: 4,688 handled contacts, 78 re-opened: b = 4,610 = 2,500 × 4.40 + 2,110 × 3.90 = 11,000.00 + 8,229.00
    assertThat(demo.models().get(1).invoice().subtotal()).isEqualTo(eur(new BigDecimal("19229.00")));
    assertThat(run.out()).contains("  per contact           EUR 19229.00     EUR 4.10      EUR 6.26  graduated");
  }

  private static Money eur(BigDecimal amount) {
    return Money.of(amount.setScale(2, RoundingMode.HALF_UP), "EUR");
  }

  @Test
  void theSameSeedGivesTheSameReport() {
    Run again = MainTest.run("demo");
    assertThat(again.code()).isZero();
    String withoutHints = run.out().substring(0, run.out().indexOf("Try next"));
    assertThat(again.out()).startsWith(withoutHints)
        .contains("Try next (add --out-dir demo to write the files first):" + NL
            + "  bpokit scorecard --input demo/interactions.csv --by vendor,channel" + NL);
  }

  @Nested
  class Errors {
    @Test
    void badMonth() {
      Run bad = MainTest.run("demo", "--month", "2026-13");
      assertThat(bad.code()).isEqualTo(2);
      assertThat(bad.err()).startsWith("--month '2026-13': expected a month like 2026-10" + NL);
      Run early = MainTest.run("demo", "--month", "1999-12");
      assertThat(early.code()).isEqualTo(2);
      assertThat(early.err()).startsWith("--month '1999-12': month 1999-12: expected a month from 2000-01 to 2099-12"
          + NL);
    }

    @Test
    void badSeed() {
      Run bad = MainTest.run("demo", "--seed", "many");
      assertThat(bad.code()).isEqualTo(2);
      assertThat(bad.err()).startsWith("Invalid value for option '--seed': 'many' is not a long");
    }

    @Test
    void unwritableOutDirOrHtml(@TempDir Path tmp) throws IOException {
      Path regular = Files.writeString(tmp.resolve("a-file"), "x");
      Run outDir = MainTest.run("demo", "--out-dir", regular.toString());
      assertThat(outDir.code()).isEqualTo(2);
      assertThat(outDir.err()).isEqualTo("bpokit demo: cannot write --out-dir " + regular + ": it is not a directory"
          + NL);
      assertThat(outDir.out()).isEmpty();
      Run html = MainTest.run("demo", "--html", tmp.toString());
      assertThat(html.code()).isEqualTo(2);
      assertThat(html.err()).isEqualTo("bpokit demo: cannot write --html " + tmp + ": it is a directory" + NL);
      assertThat(html.out()).isEmpty();
    }
  }
}
