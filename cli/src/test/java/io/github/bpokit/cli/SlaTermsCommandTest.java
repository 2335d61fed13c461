package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpokit.cli.MainTest.Run;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaTermsCommandTest {
  static final Path INPUT = Path.of("..", "samples", "interactions.csv");
  static final Path CONTRACT = Path.of("..", "samples", "contract.json");

  @Test
  void evaluatesTheSampleContract() {
    Run run = MainTest.run("sla-terms", "--contract", CONTRACT.toString(), "--input", INPUT.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
        "2026-10  fees EUR 100000.00",
        "  csat                 PENALTY              EUR -3413.51",
        "    2026-10 csat: csat 0.7391 (n=23, 95% CI 0.5353..0.8745) band (-\u221e..0.75) PENALTY, sliding -5% at "
            + "0.75 to -15% at 0.6 of fees: -5.7246% of EUR 100000.00 = EUR -5724.64; capped to EUR -3413.51 (the "
            + "at-risk amount EUR 12000.00 shared by 3 lines in proportion)",
        "  sla-voice            PENALTY              EUR -4293.25",
        "    2026-10 sla-voice: sla_first_response on VOICE 0 (n=11, 95% CI 0..0.2588) band (-\u221e..0.8) PENALTY, "
            + "-5% of fees: pool allocation 60% of the at-risk 12% of EUR 100000.00 = EUR -7200.00; capped to "
            + "EUR -4293.25 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)",
        "  sla-chat             PENALTY              EUR -4293.24",
        "    2026-10 sla-chat: sla_first_response on CHAT 0.25 (n=8, 95% CI 0.0715..0.5907) band (-\u221e..0.8) "
            + "PENALTY, -5% of fees: pool allocation 60% of the at-risk 12% of EUR 100000.00 = EUR -7200.00; capped "
            + "to EUR -4293.24 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)",
        "  net adjustment EUR -12000.00",
        "triggers: none fired") + System.lineSeparator());
  }

  @Test
  void feesOptionOverridesTheFile() {
    Run run = MainTest.run("sla-terms", "--contract", CONTRACT.toString(), "--input", INPUT.toString(),
        "--fees", "EUR 50000.00");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("2026-10  fees EUR 50000.00");
  }

  @Test
  void badContractEntriesAreNamedByPath(@TempDir Path dir) throws IOException {
    String sample = Files.readString(CONTRACT);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, sample.replace("{\"from\": 0.82, \"to\": 0.88, \"outcome\": \"base\"}",
        "{\"from\": \"x\", \"to\": 0.88, \"outcome\": \"base\"}"));
    Run run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--contract " + bad + ": terms[0].bands[1].from: expected a number, got \"x\"");

    Files.writeString(bad, sample.replace("{\"from\": 0.82, \"to\": 0.88, \"outcome\": \"base\"}",
        "{\"from\": 0.83, \"to\": 0.88, \"outcome\": \"base\"}"));
    run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.err()).startsWith("--contract " + bad + ": terms[0].bands: term csat: bands [0.75..0.82) and "
        + "[0.83..0.88) leave the gap [0.82..0.83) uncovered");

    Files.writeString(bad, sample.replace("\"atRisk\": \"12%\"", "\"atRisk\": \"120%\""));
    run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.err()).startsWith("--contract " + bad + ": credits.atRisk: at-risk share 1.20 is outside [0, 1]");

    Files.writeString(bad, sample.replace("\"consecutive\": 2,\n     \"action\"", "\"consecutive\": 0,\n     \"action\""));
    run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.err()).startsWith("--contract " + bad + ": triggers[0].consecutive: trigger remediation-plan: "
        + "0 consecutive periods is not a valid count: expected 1 <= M <= K");

    Files.writeString(bad, sample.replace("\"kpi\": \"csat\"", "\"kpi\": \"happiness\""));
    run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.err()).startsWith("--contract " + bad + ": terms[0].kpi: bad value 'happiness': ");

    Files.writeString(bad, "{\"terms\": []}");
    run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.err()).startsWith("--contract " + bad + ": terms: expected a non-empty array of terms, got []");

    Files.writeString(bad, sample.replace("\"fees\": \"EUR 100000.00\",", ""));
    run = MainTest.run("sla-terms", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.err()).startsWith("no fees: give --fees or \"fees\" in the contract file");
  }

  // ---- --format json ----

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Equal trees, numbers within 1e-12 (the intervals are written to 16 digits below). */
  private static void assertSameJson(String actual, String expected) throws IOException {
    JsonNode a = JSON.readTree(actual);
    JsonNode e = JSON.readTree(expected);
    assertThat(a.equals((x, y) -> x.isNumber() && y.isNumber()
        ? Math.abs(x.doubleValue() - y.doubleValue()) < 1e-12 ? 0 : 1
        : x.equals(y) ? 0 : 1, e)).as(a.toPrettyString()).isTrue();
  }

  /**
   * The sample contract on the sample month, written by hand. 2026-10 has 50 rows; csat: 17 of 23 answers are 4 or 5,
   * 0.7391304347826086, Wilson interval (z = 1.959963984540054) 0.5352999516..0.8745138396; the band (-inf, 0.75)
   * slides -5% at 0.75 to -15% at 0.60: share -0.05 + (0.75 - 0.7391304347826086) / 0.15 × -0.10 =
   * -0.057246376811594266666666666666666667 (34 digits), × 100000.00 = -5724.64. sla-voice 0/11 and sla-chat 2/8 =
   * 0.25 are below 0.8: PENALTY, but pooled: 60% × 12% × 100000.00 = -7200.00 each. Credits 20124.64 > the at-risk
   * cap 12% × 100000.00 = 12000.00, shared 5724.64 : 7200 : 7200 by largest remainder: 3413.51, 4293.25, 4293.24.
   * The bonus cap is 10% = 10000.00. No trigger fires in one month.
   */
  @Test
  void jsonOfTheSampleContract() throws IOException {
    Run run = MainTest.run("sla-terms", "--contract", CONTRACT.toString(), "--input", INPUT.toString(),
        "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertSameJson(run.out(), """
        {"currency": "EUR", "rows": 50, "rejected": 0,
         "periods": [
          {"period": "2026-10", "fees": "100000.00",
           "lines": [
            {"term": "csat", "kind": "ADJUSTMENT", "kpi": "csat", "scope": "*", "measuredOver": ["2026-10"],
             "outcome": "PENALTY", "value": 0.7391304347826086, "sampleSize": 23,
             "interval": [0.5352999516257464, 0.8745138395501366], "band": "(-\u221e..0.75)",
             "adjustment": "sliding -5% at 0.75 to -15% at 0.6 of fees",
             "reason": "band (-\u221e..0.75) PENALTY, sliding -5% at 0.75 to -15% at 0.6 of fees",
             "rule": "-5.7246% of EUR 100000.00 = EUR -5724.64; capped to EUR -3413.51 (the at-risk amount \
        EUR 12000.00 shared by 3 lines in proportion)",
             "share": "-0.057246376811594266666666666666666667", "uncapped": "-5724.64", "amount": "-3413.51",
             "explanation": "2026-10 csat: csat 0.7391 (n=23, 95% CI 0.5353..0.8745) band (-\u221e..0.75) PENALTY, \
        sliding -5% at 0.75 to -15% at 0.6 of fees: -5.7246% of EUR 100000.00 = EUR -5724.64; capped to \
        EUR -3413.51 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)"},
            {"term": "sla-voice", "kind": "ADJUSTMENT", "kpi": "sla_first_response", "scope": "VOICE",
             "measuredOver": ["2026-10"], "outcome": "PENALTY", "value": 0, "sampleSize": 11,
             "interval": [0, 0.2588329669680317], "band": "(-\u221e..0.8)", "adjustment": "-5% of fees",
             "reason": "band (-\u221e..0.8) PENALTY, -5% of fees",
             "rule": "pool allocation 60% of the at-risk 12% of EUR 100000.00 = EUR -7200.00; capped to \
        EUR -4293.25 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)",
             "share": "-0.05", "uncapped": "-7200.00", "amount": "-4293.25",
             "explanation": "2026-10 sla-voice: sla_first_response on VOICE 0 (n=11, 95% CI 0..0.2588) band \
        (-\u221e..0.8) PENALTY, -5% of fees: pool allocation 60% of the at-risk 12% of EUR 100000.00 = \
        EUR -7200.00; capped to EUR -4293.25 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)"},
            {"term": "sla-chat", "kind": "ADJUSTMENT", "kpi": "sla_first_response", "scope": "CHAT",
             "measuredOver": ["2026-10"], "outcome": "PENALTY", "value": 0.25, "sampleSize": 8,
             "interval": [0.07147921275210901, 0.5907245696898311], "band": "(-\u221e..0.8)",
             "adjustment": "-5% of fees", "reason": "band (-\u221e..0.8) PENALTY, -5% of fees",
             "rule": "pool allocation 60% of the at-risk 12% of EUR 100000.00 = EUR -7200.00; capped to \
        EUR -4293.24 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)",
             "share": "-0.05", "uncapped": "-7200.00", "amount": "-4293.24",
             "explanation": "2026-10 sla-chat: sla_first_response on CHAT 0.25 (n=8, 95% CI 0.0715..0.5907) band \
        (-\u221e..0.8) PENALTY, -5% of fees: pool allocation 60% of the at-risk 12% of EUR 100000.00 = \
        EUR -7200.00; capped to EUR -4293.24 (the at-risk amount EUR 12000.00 shared by 3 lines in proportion)"}],
           "creditCap": "12000.00", "bonusCap": "10000.00", "credits": "-12000.00", "bonuses": "0.00",
           "earnBacks": "0.00", "net": "-12000.00"}],
         "triggers": []}
        """);
  }
}
