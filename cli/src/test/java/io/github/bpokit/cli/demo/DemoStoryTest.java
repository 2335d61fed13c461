package io.github.bpokit.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpokit.cli.Main;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story of seed 42, as the other commands tell it from the written files. */
class DemoStoryTest {
  private static final DemoMonth MONTH = DemoMonthTest.OCTOBER;
  @TempDir
  static Path dir;

  @BeforeAll
  static void write() throws IOException {
    MONTH.writeTo(dir);
  }

  @Test
  void acmeMissesTheChatBandAndGlobexEarnsTheCsatBonus() {
    ScorecardResult byVendor = Scorecard.builder().segmentBy(Dimension.CHANNEL, Dimension.VENDOR).build()
        .compute(MONTH.interactions());
    assertThat(value(byVendor, "CHAT|acme-bpo", KpiId.SLA_FIRST_RESPONSE)).isLessThan(0.8);
    assertThat(value(byVendor, "CHAT|globex-cx", KpiId.SLA_FIRST_RESPONSE)).isGreaterThanOrEqualTo(0.8);
    assertThat(value(byVendor, "CHAT|inhouse", KpiId.SLA_FIRST_RESPONSE)).isGreaterThanOrEqualTo(0.8);
    for (String vendor : DemoMonth.vendors()) {
      assertThat(value(byVendor, "VOICE|" + vendor, KpiId.SLA_FIRST_RESPONSE)).as(vendor).isBetween(0.8, 0.95);
    }
    ScorecardResult vendors = Scorecard.builder().segmentBy(Dimension.VENDOR).build().compute(MONTH.interactions());
    assertThat(value(vendors, "globex-cx", KpiId.CSAT)).isGreaterThanOrEqualTo(0.88);
    assertThat(value(vendors, "acme-bpo", KpiId.CSAT)).isBetween(0.75, 0.82);
    // acme-bpo also resolves least at first contact and scores its own QA above the client
    assertThat(value(vendors, "acme-bpo", KpiId.FCR)).isLessThan(value(vendors, "globex-cx", KpiId.FCR))
        .isLessThan(value(vendors, "inhouse", KpiId.FCR));
    assertThat(value(vendors, "acme-bpo", KpiId.CALIBRATION_WITHIN_5))
        .isLessThan(value(vendors, "globex-cx", KpiId.CALIBRATION_WITHIN_5));
  }

  @Test
  void theInvoiceCarriesTheChatCreditAndTheCsatBonus() throws IOException {
    String json = run("invoice", "--contract", dir.resolve("contract.json").toString(), "--input",
        dir.resolve("interactions.csv").toString(), "--format", "json");
    JsonNode invoice = new ObjectMapper().readTree(json);
    assertThat(invoice.get("period").asText()).isEqualTo("2026-10");
    Map<String, BigDecimal> adjustments = new LinkedHashMap<>();
    for (JsonNode line : invoice.get("lines")) {
      if (line.get("kind").asText().equals("ADJUSTMENT")) {
        adjustments.put(line.get("description").asText(), new BigDecimal(line.get("amount").asText()));
      }
    }
    assertThat(adjustments.keySet()).containsExactly(
        "SLA adjustment acme-csat (REMEDIATION)",
        "SLA adjustment acme-sla-voice (BASE)",
        "SLA credit acme-sla-chat (PENALTY)",
        "SLA bonus globex-csat (BONUS)",
        "SLA adjustment globex-sla-voice (BASE)",
        "SLA adjustment globex-sla-chat (BASE)");
    BigDecimal subtotal = new BigDecimal(invoice.get("subtotal").asText());
    // the chat credit is acme-sla-chat's pool allocation: 40% of the at-risk 10% of the charges
    assertThat(adjustments.get("SLA credit acme-sla-chat (PENALTY)"))
        .isEqualByComparingTo(subtotal.multiply(new BigDecimal("-0.04")).setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(adjustments.get("SLA bonus globex-csat (BONUS)")).isPositive();
  }

  @Test
  void theSlaTermsAndTheSlaTimersRunOnTheFiles() throws IOException {
    String terms = run("sla-terms", "--contract", dir.resolve("contract.json").toString(), "--input",
        dir.resolve("interactions.csv").toString());
    assertThat(terms).startsWith("2026-10  fees EUR 18000.00").contains("acme-sla-chat        PENALTY")
        .contains("globex-csat          BONUS");
    JsonNode sla = new ObjectMapper().readTree(run("sla", "--events", dir.resolve("ticket-events.csv").toString(),
        "--policies", dir.resolve("sla-policies.json").toString(), "--by", "channel,vendor", "--format", "json"));
    assertThat(sla.get("tickets").asLong()).isEqualTo(MONTH.tickets().size());
    assertThat(sla.get("unmatched").get("count").asLong()).isZero();
    assertThat(sla.get("breached").size()).isPositive();
    JsonNode segments = sla.get("segments");
    double acme = segments.get("CHAT|acme-bpo").get("first_reply").get("adherence").asDouble();
    assertThat(acme).isLessThan(segments.get("CHAT|globex-cx").get("first_reply").get("adherence").asDouble())
        .isLessThan(segments.get("CHAT|inhouse").get("first_reply").get("adherence").asDouble());
    assertThat(segments.get("*").get("first_reply").get("adherence").asDouble()).isBetween(0.7, 0.95);
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isEqualTo(Main.OK);
    return out.toString();
  }

  private static double value(ScorecardResult result, String label, KpiId kpi) {
    return result.value(label, kpi).orElseThrow().value().orElseThrow();
  }
}
