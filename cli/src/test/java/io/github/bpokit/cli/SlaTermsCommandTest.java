package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

  // ---- two months: fees per period, a rolling term ----

  /** The sample month and a copy of it one month later (ids j-..., every 2026-10 date moved to 2026-11). */
  private static Path twoMonths(Path dir) throws IOException {
    List<String> rows = Files.readAllLines(INPUT);
    Path file = dir.resolve("two-months.csv");
    Files.write(file, Stream.concat(rows.stream(), rows.stream().skip(1)
        .map(r -> r.replaceFirst("^i-", "j-").replace("2026-10-", "2026-11-"))).collect(Collectors.toList()));
    return file;
  }

  private static Path contract(Path dir, String from, String to) throws IOException {
    String sample = Files.readString(CONTRACT);
    assertThat(sample).contains(from);
    Path file = dir.resolve("contract-" + Math.abs((from + to).hashCode()) + ".json");
    Files.writeString(file, sample.replace(from, to));
    return file;
  }

  private static JsonNode json(Path contract, Path input, String... more) throws IOException {
    String[] args = Stream.concat(Stream.of("sla-terms", "--contract", contract.toString(), "--input",
        input.toString(), "--format", "json"), Stream.of(more)).toArray(String[]::new);
    Run run = MainTest.run(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void feesPerPeriod(@TempDir Path dir) throws IOException {
    Path input = twoMonths(dir);
    Path perPeriod = contract(dir, "\"fees\": \"EUR 100000.00\"",
        "\"fees\": {\"2026-10\": \"EUR 100000.00\", \"2026-11\": \"EUR 95000.00\"}");
    JsonNode out = json(perPeriod, input);
    assertThat(out.get("periods")).extracting(p -> p.get("period").asText() + " " + p.get("fees").asText())
        .containsExactly("2026-10 100000.00", "2026-11 95000.00");
    // November: the same KPIs as October, on 95000.00: the at-risk cap 12% = 11400.00 holds again
    JsonNode november = out.get("periods").get(1);
    assertThat(november.get("creditCap").asText()).isEqualTo("11400.00");
    assertThat(november.get("net").asText()).isEqualTo("-11400.00");
    // csat: -5.7246376811594266...% of 95000.00 = -5438.41 before the cap
    assertThat(november.get("lines").get(0).get("uncapped").asText()).isEqualTo("-5438.41");

    Path withDefault = contract(dir, "\"fees\": \"EUR 100000.00\"",
        "\"fees\": {\"default\": \"EUR 90000.00\", \"2026-11\": \"EUR 95000.00\"}");
    assertThat(json(withDefault, input).get("periods")).extracting(p -> p.get("fees").asText())
        .containsExactly("90000.00", "95000.00");
    assertThat(json(withDefault, input, "--fees", "EUR 50000.00").get("periods"))
        .extracting(p -> p.get("fees").asText()).containsExactly("50000.00", "50000.00");

    Path missing = contract(dir, "\"fees\": \"EUR 100000.00\"", "\"fees\": {\"2026-10\": \"EUR 100000.00\"}");
    Run run = MainTest.run("sla-terms", "--contract", missing.toString(), "--input", input.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--contract " + missing + ": fees.2026-11: missing: 2026-11 is evaluated (the "
        + "input runs from 2026-10 to 2026-11) but \"fees\" has neither 2026-11 nor \"default\"; add one or give "
        + "--fees");
    assertThat(MainTest.run("sla-terms", "--contract", missing.toString(), "--input", input.toString(), "--fees",
        "EUR 1.00").code()).isZero();
  }

  @Test
  void readsFeesPerPeriod() throws IOException {
    ContractFile.Contract c = ContractFile.read(new StringReader("{\"zone\": \"Europe/Paris\", \"fees\": "
        + "{\"2026-11\": \"EUR 95000.00\", \"default\": \"EUR 90000.00\"}, " + TERM + "}"));
    ZoneId paris = ZoneId.of("Europe/Paris");
    ReportingPeriod november = ReportingPeriod.parse("2026-11", paris);
    assertThat(c.fees()).contains(Money.parse("EUR 90000.00"));
    assertThat(c.periodFees()).isEqualTo(Map.of(november, Money.parse("EUR 95000.00")));
    assertThat(c.fees(november)).contains(Money.parse("EUR 95000.00"));
    assertThat(c.fees(november.next())).contains(Money.parse("EUR 90000.00"));
    ContractFile.Contract only = ContractFile.read(new StringReader("{\"fees\": {\"2026-11\": \"EUR 1.00\"}, "
        + TERM + "}"));
    assertThat(only.fees()).isEmpty();
    assertThat(only.fees(ReportingPeriod.parse("2026-12", ZoneId.of("UTC")))).isEmpty();
  }

  @Test
  void rollingTermInTheContractFile(@TempDir Path dir) throws IOException {
    Path input = twoMonths(dir);
    Path rolling = contract(dir, "\"name\": \"csat\",", "\"name\": \"csat\", \"period\": \"rolling 3 months\",");
    JsonNode periods = json(rolling, input).get("periods");
    JsonNode october = periods.get(0).get("lines").get(0);
    JsonNode november = periods.get(1).get("lines").get(0);
    // October: the window holds October only (1 of 3 months): 17/23; November: October and November, 34/46
    assertThat(october.get("measuredOver")).extracting(JsonNode::asText).containsExactly("2026-10");
    assertThat(october.get("sampleSize").asLong()).isEqualTo(23);
    assertThat(november.get("measuredOver")).extracting(JsonNode::asText).containsExactly("2026-10", "2026-11");
    assertThat(november.get("sampleSize").asLong()).isEqualTo(46);
    assertThat(november.get("value").asDouble()).isEqualTo(34.0 / 46);
    // Wilson interval of 34/46, narrower than October's 0.5353..0.8745
    assertThat(november.get("interval").get(0).asDouble()).isCloseTo(0.5974084647198441, within(1e-12));
    assertThat(november.get("interval").get(1).asDouble()).isCloseTo(0.843991135543574, within(1e-12));
    assertThat(november.get("explanation").asText()).startsWith("2026-11 csat: csat over 2026-10..2026-11 (2 of 3 "
        + "months) 0.7391 (n=46, 95% CI 0.5974..0.844) band");
    // the monthly terms still see one month each
    assertThat(periods.get(1).get("lines").get(1).get("measuredOver")).extracting(JsonNode::asText)
        .containsExactly("2026-11");
    // and the text output explains the window too
    Run text = MainTest.run("sla-terms", "--contract", rolling.toString(), "--input", input.toString());
    assertThat(text.out()).contains("    2026-11 csat: csat over 2026-10..2026-11 (2 of 3 months) 0.7391 (n=46, ");
  }

  private static final String TERM = "\"terms\": [{\"name\": \"t\", \"kpi\": \"csat\", "
      + "\"bands\": [{\"outcome\": \"base\"}]}]";

  private static String error(String body) {
    try {
      ContractFile.read(new StringReader("{" + body + "}"));
    } catch (IllegalArgumentException | IOException e) {
      return e.getMessage();
    }
    throw new AssertionError("no error for " + body);
  }

  @Test
  void newContractFileErrorsNameThePath() {
    assertThat(error("\"fees\": {}, " + TERM)).isEqualTo("fees: expected an amount like \"EUR 100000.00\" or "
        + "amounts per period like {\"2026-10\": \"EUR 100000.00\", \"default\": \"EUR 95000.00\"}, got {}");
    assertThat(error("\"fees\": 100000, " + TERM)).startsWith("fees: expected an amount like \"EUR 100000.00\" or "
        + "amounts per period like ");
    assertThat(error("\"fees\": {\"2026-13\": \"EUR 1.00\"}, " + TERM))
        .startsWith("fees.2026-13: expected a period label like 2026-10 or \"default\": ");
    assertThat(error("\"fees\": {\"2026-Q4\": \"EUR 1.00\"}, " + TERM))
        .isEqualTo("fees.2026-Q4: 2026-Q4 is a quarter but the contract's period is month");
    assertThat(error("\"fees\": {\"2026-10\": \"EUR 1.00\", \"2026-11\": \"USD 1.00\"}, " + TERM))
        .isEqualTo("fees.2026-11: USD 1.00 is in USD but the fees before it are in EUR");
    assertThat(error("\"fees\": {\"2026-10\": \"EUR -1.00\"}, " + TERM))
        .isEqualTo("fees.2026-10: EUR -1.00 must be rounded to the minor unit and not negative");
    assertThat(error("\"fees\": {\"default\": \"EUR 1.001\"}, " + TERM))
        .isEqualTo("fees.default: EUR 1.001 must be rounded to the minor unit and not negative");
    assertThat(error("\"fees\": {\"2026-10\": 5}, " + TERM)).isEqualTo("fees.2026-10: expected a string, got 5");
    assertThat(error("\"fees\": \"EUR -5.00\", " + TERM))
        .isEqualTo("fees: EUR -5.00 must be rounded to the minor unit and not negative");
    assertThat(error("\"period\": \"rolling 3 months\", " + TERM)).isEqualTo("period: bad value 'rolling 3 "
        + "months': a rolling window is a term's measurement period: give it as terms[i].period; the contract's "
        + "period is month or quarter");
    String two = "\"terms\": [{\"name\": \"t\", \"kpi\": \"csat\", \"bands\": [{\"outcome\": \"base\"}]}, "
        + "{\"name\": \"u\", \"kpi\": \"%s\", \"period\": \"%s\", \"bands\": [{\"outcome\": \"base\"}]}]";
    assertThat(error(two.formatted("csat", "rolling three months"))).isEqualTo("terms[1].period: bad value "
        + "'rolling three months': unknown measurement period 'rolling three months': expected month, quarter or "
        + "rolling N months, e.g. rolling 3 months");
    assertThat(error(two.formatted("csat", "rolling 0 months"))).isEqualTo("terms[1].period: bad value "
        + "'rolling 0 months': a rolling window of 0 months is not valid: expected at least 1 month");
    assertThat(error(two.formatted("csat", "quarter"))).isEqualTo("terms[1].period: quarter is evaluated per "
        + "quarter but the contract's period is month");
    assertThat(error("\"period\": \"quarter\", " + two.formatted("csat", "rolling 3 months")))
        .isEqualTo("terms[1].period: rolling 3 months is evaluated per month but the contract's period is quarter");
    assertThat(error(two.formatted("frt_p90_seconds", "rolling 3 months"))).isEqualTo("terms[1].period: term u: "
        + "frt_p90_seconds cannot be measured over rolling 3 months: a QuantileValue of several months is not a "
        + "function of the monthly values; measure it per MONTH or QUARTER");
    assertThat(error(two.formatted("csat", "month").replace("\"period\": \"month\"", "\"period\": 3")))
        .isEqualTo("terms[1].period: expected a string, got 3");
  }

  @Test
  void badFormatIsAUsageError() {
    Run run = MainTest.run("sla-terms", "--contract", CONTRACT.toString(), "--input", INPUT.toString(),
        "--format", "html");
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("Invalid value for option '--format': expected one of [text, json]");
  }
}
