package io.github.bpokit.cli;

import static io.github.bpokit.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  static final Path FORECAST = Path.of("..", "samples", "forecast.json");
  static final Path CONTRACT = SlaTermsCommandTest.CONTRACT;

  /** A small forecast: 40,000 calls on 20 days of 20 half-hours (100 per half-hour: 14 agents at 80/20). */
  static final String SMALL = "{\"period\": \"2026-11\", \"staffing\": {\"shrinkage\": \"30%\", \"paidHoursPerFte\": 160},"
      + " \"channels\": {\"VOICE\": {\"staffing\": \"queue\", \"serviceLevel\": \"80%\", \"threshold\": \"20s\","
      + " \"openHours\": \"10h\", \"openDays\": 20}},"
      + " \"demand\": [{\"channel\": \"VOICE\", \"category\": \"billing\", \"contacts\": 40000, \"aht\": \"180s\","
      + " \"resolutionRate\": \"75%\", \"tier1Share\": \"60%\"}]";

  static Run compare(Path dir, String forecast, String... more) throws IOException {
    Path file = dir.resolve("forecast.json");
    Files.writeString(file, forecast);
    String[] args = new String[4 + more.length];
    args[0] = "compare";
    args[1] = "--forecast";
    args[2] = file.toString();
    args[3] = "--contract=" + CONTRACT;
    System.arraycopy(more, 0, args, 4, more.length);
    return run(args);
  }

  @Test
  void comparesTheSample() {
    Run run = run("compare", "--forecast", FORECAST.toString(), "--contract", CONTRACT.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Model comparison 2026-11 in EUR: 37000 contacts, 28530 resolved\n")
        .contains("   1  flat per contact  PER_CONTACT       114700.00         3.10            4.02         -\n",
            "   3  contract          PER_CONTACT       129530.00         3.50            4.54         -\n",
            "   5  in-house          BUILD             159714.29         4.32            5.60     30.71\n",
            "build vs cheapest partner: in-house 159714.29 − flat per contact 114700.00 = +45014.29",
            "signal: peak-to-trough VOICE 1.8 > 1.7");
  }

  /*
   * 14 agents × 20 half-hours × 20 days × 0.5 h = 2,800 agent-hours, / 0.7 = 4,000 paid hours = 25 FTE. The
   * contract's graduated tiers: 20 × 4.50 + 20 × 4.00 + 39,960 × 3.50 = 90 + 80 + 139,860 = 140,030.00 (above its
   * 250.00 minimum).
   */
  @Test
  void aSmallForecastAsJson(@TempDir Path dir) throws IOException {
    Run run = compare(dir, SMALL + "}", "--format", "json");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("{\"period\":\"2026-11\",\"currency\":\"EUR\",\"contacts\":40000,"
            + "\"resolved\":30000,\"whatIfs\":[],\"staffing\":{\"shrinkage\":\"0.3\",\"paidHoursPerFte\":\"160\","
            + "\"agentHours\":\"2800\",\"paidHours\":\"4000\",\"fteNeeded\":\"25\",")
        .contains("\"peakAgents\":14,", "{\"rank\":1,\"name\":\"contract\",\"source\":\"PARTNER\","
            + "\"model\":\"PER_CONTACT\",\"monthlyCost\":\"140030.00\",\"costPerContact\":\"3.50\","
            + "\"costPerResolution\":\"4.67\",\"fte\":null,")
        .endsWith("\"buildVsPartner\":null,\"peakToTroughSignal\":false,\"signals\":[]}" + System.lineSeparator());
  }

  @Test
  void theDeflectionWhatIf(@TempDir Path dir) throws IOException {
    // 40,000 × 60% × 30% = 7,200 deflected: 32,800 calls billed 20 × 4.50 + 20 × 4.00 + 32,760 × 3.50 = 114,830.00
    Run run = compare(dir, SMALL + "}", "--deflect", "30%", "--aht-increase", "0.15");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Baseline\n").contains(
        "Scenario: AI deflection of 30.00% of tier 1 (7200 contacts), remaining AHT +15.00%\n",
        "  contract       140030.00       114830.00       -25200.00\n");
    Run json = compare(dir, SMALL + "}", "--deflect", "0.3", "--format", "json");
    assertThat(json.out()).startsWith("{\"whatIfs\":[\"AI deflection of 30.00% of tier 1 (7200 contacts), "
        + "remaining AHT +0.00%\"],").contains("\"changes\":{\"contract\":\"-25200.00\"}}");
  }

  @Test
  void badForecastEntriesNameTheirPath(@TempDir Path dir) throws IOException {
    String staffing = "\"staffing\": {\"shrinkage\": \"30%\", \"paidHoursPerFte\": 160}";
    String voice = "\"channels\": {\"VOICE\": {\"staffing\": \"queue\", \"serviceLevel\": \"80%\", \"threshold\": "
        + "\"20s\", \"openHours\": \"10h\", \"openDays\": 20}}";
    String demand = "\"demand\": [{\"channel\": \"VOICE\", \"category\": \"billing\", \"contacts\": 100, \"aht\": "
        + "\"180s\", \"resolutionRate\": \"75%\"}]";
    String[][] cases = {
        {"{", "not valid JSON at line 1, column 2"},
        {"", "the file is empty: expected a JSON object with \"period\", \"staffing\", \"channels\" and \"demand\""},
        {"{\"bogus\": 1}", "bogus: unknown key, expected one of channels, compare, demand, inhouse, period, "
            + "qaPassRate, staffing"},
        {"{" + staffing + "}", "period: missing"},
        {"{\"period\": \"2026-13\", " + staffing + "}", "period: bad value '2026-13'"},
        {"{\"period\": \"2026-11\"}", "staffing: missing"},
        {"{\"period\": \"2026-11\", \"staffing\": {\"shrinkage\": \"100%\", \"paidHoursPerFte\": 160}}",
            "staffing.shrinkage: shrinkage must be in [0, 1): 1.0"},
        {"{\"period\": \"2026-11\", \"staffing\": {\"shrinkage\": \"30%\", \"paidHoursPerFte\": 0}}",
            "staffing.paidHoursPerFte: must be positive, got 0"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"qaPassRate\": \"120%\"}",
            "qaPassRate: QA pass rate must be in [0, 1]: 1.20"},
        {"{\"period\": \"2026-11\", " + staffing + "}", "channels: missing"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"FAX\": {}}}", "channels.FAX: bad value 'FAX'"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"VOICE\": {\"staffing\": \"robots\"}}}",
            "channels.VOICE.staffing: bad value 'robots': expected queue or workload"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"EMAIL\": {\"staffing\": \"workload\", "
            + "\"peakToTrough\": 0.5}}}", "channels.EMAIL.peakToTrough: peak-to-trough ratio must be finite and >= 1: "
            + "0.5"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"VOICE\": {\"staffing\": \"queue\", "
            + "\"serviceLevel\": \"80%\", \"threshold\": \"soon\"}}}",
            "channels.VOICE.threshold: expected a duration such as 180s, 30m, 10h or ISO-8601 PT3M, got 'soon'"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"VOICE\": {\"staffing\": \"queue\", "
            + "\"serviceLevel\": \"80%\", \"threshold\": \"20s\", \"openDays\": 20, \"openHours\": \"45m\"}}}",
            "channels.VOICE.openHours: PT45M is not a whole number of intervals of PT30M"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"VOICE\": {\"staffing\": \"queue\", "
            + "\"serviceLevel\": \"80%\", \"threshold\": \"20s\", \"openDays\": 20, \"shape\": [1, 0]}}}",
            "channels.VOICE.shape: arrival shape weight of interval 2 must be finite and > 0: 0.0"},
        {"{\"period\": \"2026-11\", " + staffing + ", \"channels\": {\"VOICE\": {\"staffing\": \"queue\", "
            + "\"serviceLevel\": \"80%\", \"threshold\": \"20s\", \"openDays\": 0, \"openHours\": \"1h\"}}}",
            "channels.VOICE.openDays: open days must be at least 1: 0"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + "}", "demand: missing"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", \"demand\": []}",
            "demand: expected a non-empty array of demand lines, got []"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", \"demand\": [{\"channel\": \"VOICE\", "
            + "\"category\": \"b\", \"contacts\": 1.5}]}", "demand[0].contacts: expected a whole number, got 1.5"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", \"demand\": [{\"channel\": \"VOICE\", "
            + "\"category\": \"b\", \"contacts\": 10, \"aht\": \"0s\", \"resolutionRate\": 1}]}",
            "demand[0]: AHT of VOICE b must be > 0: PT0S"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", \"demand\": [{\"channel\": \"EMAIL\", "
            + "\"category\": \"b\", \"contacts\": 10, \"aht\": \"1m\", \"resolutionRate\": 1}]}",
            "demand: channel EMAIL (category b) has no staffing plan: give a queue or workload plan for it"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", " + demand + ", \"inhouse\": {\"wage\": "
            + "\"EUR 18.00\", \"qa\": \"USD 1.00\"}}",
            "inhouse.qa: expected an amount in EUR (the wage's currency), got USD 1.00"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", " + demand + ", \"inhouse\": {\"wage\": "
            + "\"EUR -1.00\"}}", "inhouse.wage: wage must not be negative: EUR -1.00"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", " + demand + ", \"compare\": {}}",
            "compare: expected an array of alternatives, got {}"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", " + demand + ", \"compare\": [{\"model\": "
            + "{\"type\": \"per_minute\", \"pricePerMinute\": \"EUR 1.00\"}}]}", "compare[0].name: missing"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", " + demand + ", \"compare\": [{\"name\": \"m\", "
            + "\"model\": {\"type\": \"per_minute\", \"pricePerMinute\": 1}}]}",
            "compare[0].model.pricePerMinute: expected a string, got 1"},
        {"{\"period\": \"2026-11\", " + staffing + ", " + voice + ", " + demand + ", \"compare\": [{\"name\": \"m\", "
            + "\"model\": {\"type\": \"per_fte\", \"ftes\": \"lots\", \"monthlyRate\": \"EUR 1.00\"}}]}",
            "compare[0].model.ftes: expected a number, got \"lots\""},
    };
    for (String[] c : cases) {
      Run run = compare(dir, c[0]);
      assertThat(run.code()).as(c[0]).isEqualTo(1);
      assertThat(run.err()).as(c[0]).startsWith("bpokit compare: --forecast " + dir.resolve("forecast.json") + ": "
          + c[1]);
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void aModelThatCannotPriceTheForecastIsInvalidInput(@TempDir Path dir) throws IOException {
    Run run = compare(dir, SMALL + ", \"compare\": [{\"name\": \"resolved\", \"model\": {\"type\": "
        + "\"per_resolved_contact\", \"price\": \"EUR 4.00\"}}]}");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("bpokit compare: cannot compare: option 'resolved' cannot price the forecast: "
        + "per-resolved-contact billing needs a QA sample: usage 2026-11 has no audited contact"
        + System.lineSeparator());
    Run same = compare(dir, SMALL + ", \"compare\": [{\"name\": \"contract\", \"model\": {\"type\": \"per_minute\", "
        + "\"pricePerMinute\": \"EUR 1.00\"}}]}");
    assertThat(same.err()).contains("cannot compare: two options are named 'contract'");
    Run usd = compare(dir, SMALL + ", \"compare\": [{\"name\": \"usd\", \"model\": {\"type\": \"per_minute\", "
        + "\"pricePerMinute\": \"USD 1.00\"}}]}");
    assertThat(usd.code()).isEqualTo(1);
    assertThat(usd.err()).contains("compare[0].model: the model bills in USD but the fees are in EUR");
  }

  @Test
  void usageErrors(@TempDir Path dir) throws IOException {
    Run format = compare(dir, SMALL + "}", "--format", "html");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).startsWith("--format 'html': expected text or json");
    assertThat(compare(dir, SMALL + "}", "--deflect", "lots").err())
        .startsWith("--deflect 'lots': expected a share such as 30% or 0.3");
    assertThat(compare(dir, SMALL + "}", "--deflect", "130%").err())
        .startsWith("--deflect '130%': expected a share from 0% to 100%");
    assertThat(compare(dir, SMALL + "}", "--deflect", "30%", "--aht-increase", "-5%").err())
        .startsWith("--aht-increase '-5%': must not be negative");
    assertThat(compare(dir, SMALL + "}", "--aht-increase", "5%").err()).startsWith("--aht-increase needs --deflect");
    Run missing = run("compare", "--forecast", dir.resolve("none.json").toString(), "--contract", CONTRACT.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).startsWith("cannot read --forecast " + dir.resolve("none.json"));
    assertThat(run("compare", "--contract", CONTRACT.toString()).err())
        .startsWith("Missing required option: '--forecast=FILE.json'");
    Path noPricing = dir.resolve("terms.json");
    Files.writeString(noPricing, "{" + InvoiceCommandTest.TERMS + "}");
    Run terms = run("compare", "--forecast", FORECAST.toString(), "--contract", noPricing.toString());
    assertThat(terms.code()).isEqualTo(2);
    assertThat(terms.err()).startsWith("--contract " + noPricing + ": no \"pricing\" section: nothing to compare");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"terms\": 1}");
    assertThat(run("compare", "--forecast", FORECAST.toString(), "--contract", broken.toString()).err())
        .startsWith("--contract " + broken + ": terms: expected a non-empty array of terms, got 1");
  }
}
