package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelComparisonExampleTest {
  @Test
  void printsTheComparisonAndTheWhatIf() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ModelComparisonExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).isEqualTo(ModelComparisonExample.run());
    // 30,000 calls of 190 s and 6,000 emails of 6 min: 25.51 FTE; the dedicated team is billed 26 × 4,200.00
    assertThat(out).startsWith("Baseline\nModel comparison 2026-11 in EUR: 36000 contacts, 27300 resolved\n")
        .contains("   1  dedicated team  PER_FTE           109200.00         3.03            4.00     26.00\n",
            "   4  in-house        BUILD             132669.64         3.69            4.86     25.51\n",
            "signal: peak-to-trough VOICE 1.9 > 1.7",
            "Scenario: AI deflection of 30.00% of tier 1 (6300 contacts), remaining AHT +15.00%\n",
            "   1  per contact     PER_CONTACT        95040.00         3.20            4.22         -\n")
        // 29,700 × 3.20 = 95,040.00: deflection saves the elastic models most
        .endsWith("  per contact          115200.00        95040.00       -20160.00\n"
            + "  hybrid               117400.00        95980.00       -21420.00\n"
            + "  in-house             132669.64       128630.36        -4039.28\n");
  }
}
