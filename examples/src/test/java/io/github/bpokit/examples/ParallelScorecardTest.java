package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParallelScorecardTest {
  /** The example's month, generated again to recount its figures with plain streams. */
  private static final List<Interaction> MONTH = ParallelScorecard.interactions(100_000, 42);

  @Test
  void printsEqualResultsAndTheFiguresOfTheGeneratedMonth() throws Exception {
    long abandoned = MONTH.stream().filter(i -> i.outcome() == Outcome.ABANDONED).count();
    long answers = MONTH.stream().filter(i -> i.csat().isPresent()).count();
    long satisfied = MONTH.stream().filter(i -> i.csat().orElse(0) >= 4).count();
    List<String> lines = MainOutput.of(ParallelScorecard::main).lines().toList();

    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("parallel equals sequential: true");
    assertThat(lines.get(1)).isEqualTo(String.format(Locale.ROOT, "contacts          %.4f  (n = 100000)", 100_000.0));
    assertThat(lines.get(2)).isEqualTo(String.format(Locale.ROOT, "abandonment_rate       %.4f  (n = 100000)",
        abandoned / 100_000.0));
    assertThat(lines.get(3)).isEqualTo(String.format(Locale.ROOT, "csat                   %.4f  (n = %d)",
        (double) satisfied / answers, answers));
    assertThat(lines.get(4)).startsWith("fcr ");
    // More than 10,000 first-response times: the p90 comes from the DDSketch, within 1% of the exact order statistic
    // at rank 0.9 × (n − 1) (SPEC §4).
    double[] frt = MONTH.stream().filter(Interaction::isHumanAnswered)
        .mapToDouble(i -> i.firstResponseTime().orElseThrow().getSeconds()).sorted().toArray();
    double exact = frt[(int) Math.floor(0.9 * (frt.length - 1))];
    String[] p90 = lines.get(5).trim().split("\\s+");
    assertThat(p90[0]).isEqualTo("frt_p90_seconds");
    assertThat(Double.parseDouble(p90[1])).isCloseTo(exact, within(exact * 0.01));
    assertThat(lines.get(5)).endsWith("(n = " + frt.length + ")");
    assertThat(Arrays.stream(frt).max().orElseThrow()).isLessThan(120); // waits are 0..119 s
  }
}
