package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
