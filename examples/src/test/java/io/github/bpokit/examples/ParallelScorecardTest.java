package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParallelScorecardTest {
  /** The example's month, generated again to recount its figures with plain streams. */
  private static final List<Interaction> MONTH = ParallelScorecard.interactions(50_000, 42);

  @Test
  void printsEqualResultsAndTheFiguresOfTheGeneratedMonth() throws Exception {
    long abandoned = MONTH.stream().filter(i -> i.outcome() == Outcome.ABANDONED).count();
    long answers = MONTH.stream().filter(i -> i.csat().isPresent()).count();
    long satisfied = MONTH.stream().filter(i -> i.csat().orElse(0) >= 4).count();
    List<String> lines = MainOutput.of(ParallelScorecard::main).lines().toList();

    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("parallel equals sequential: true");
    assertThat(lines.get(1)).isEqualTo(row("contacts", MONTH.size(), MONTH.size()));
    assertThat(lines.get(2)).isEqualTo(row("abandonment_rate", (double) abandoned / MONTH.size(), MONTH.size()));
    assertThat(lines.get(3)).isEqualTo(row("csat", (double) satisfied / answers, answers));
    long[] fcr = firstContactResolution(MONTH);
    assertThat(lines.get(4)).isEqualTo(row("fcr", (double) fcr[0] / fcr[1], fcr[1]));
    // More than 10,000 first-response times: the p90 comes from the DDSketch, within 1% of the exact order statistic
    // at rank 0.9 × (n − 1) (SPEC §4).
    double[] frt = MONTH.stream().filter(Interaction::isHumanAnswered)
        .mapToDouble(i -> i.firstResponseTime().orElseThrow().getSeconds()).sorted().toArray();
    double exact = frt[(int) Math.floor(0.9 * (frt.length - 1))];
    String[] p90 = lines.get(5).trim().split("\\s+");
    assertThat(p90[0]).isEqualTo("frt_p90_seconds");
    assertThat(Double.parseDouble(p90[1])).isCloseTo(exact, within(exact * 0.01));
    assertThat(lines.get(5)).endsWith("(n = " + frt.length + ")");
  }

  private static String row(String kpi, double value, long sampleSize) {
    return String.format(Locale.ROOT, "%-16s %12.4f  (n = %d)", kpi, value, sampleSize);
  }

  /**
   * FCR as SPEC §4 defines it, the slow obvious way: as of the latest created_at, a handled contact whose 7-day
   * window has closed is eligible; it counts as resolved when RESOLVED and no contact of the same
   * customer and category follows it within 7 days (the generator makes no BOT_CONTAINED contact).
   *
   * @return {resolved on first contact, eligible}
   */
  private static long[] firstContactResolution(List<Interaction> month) {
    Instant asOf = month.stream().map(Interaction::createdAt).max(Comparator.naturalOrder()).orElseThrow();
    Map<String, TreeSet<Instant>> contacts = new HashMap<>();
    month.forEach(i -> contacts.computeIfAbsent(i.customerId() + "|" + i.category(), k -> new TreeSet<>())
        .add(i.createdAt()));
    long resolved = 0;
    long eligible = 0;
    for (Interaction i : month) {
      Instant windowEnd = i.createdAt().plus(Duration.ofDays(7));
      if (i.isHandled() && !windowEnd.isAfter(asOf)) {
        eligible++;
        Instant next = contacts.get(i.customerId() + "|" + i.category()).higher(i.createdAt());
        boolean repeated = next != null && !next.isAfter(windowEnd);
        resolved += !repeated && i.outcome() == Outcome.RESOLVED ? 1 : 0;
      }
    }
    return new long[] {resolved, eligible};
  }
}
