package io.github.bpokit.examples;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A scorecard computed on a parallel stream with {@link Scorecard#collector()}: each thread fills its own
 * accumulator, the accumulators are merged, and the result is exactly the sequential one.
 */
public final class ParallelScorecard {
  private ParallelScorecard() {}

  public static void main(String[] args) {
    List<Interaction> month = interactions(50_000, 42);
    Scorecard scorecard = Scorecard.builder().segmentBy(Dimension.CHANNEL).build();

    ScorecardResult parallel = month.parallelStream().collect(scorecard.collector());
    ScorecardResult sequential = scorecard.compute(month);

    // Merging is exact (counts, fixed-point sums, the same quantile sketch), so the results are equal, not close.
    System.out.println("parallel equals sequential: " + parallel.equals(sequential));
    for (KpiId kpi : List.of(KpiId.CONTACTS, KpiId.ABANDONMENT_RATE, KpiId.CSAT, KpiId.FCR, KpiId.FRT_P90_SECONDS)) {
      KpiValue value = parallel.whole().value(kpi);
      System.out.println(String.format(Locale.ROOT, "%-16s %12.4f  (n = %d)", kpi.id(), value.value().orElseThrow(),
          value.sampleSize()));
    }
  }

  /**
   * Generates a reproducible month of interactions: three channels, repeat customers, 8% abandoned, CSAT surveys
   * answered by about a third of the handled contacts.
   */
  static List<Interaction> interactions(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Channel[] channels = {Channel.VOICE, Channel.CHAT, Channel.EMAIL};
    String[] categories = {"billing", "orders", "returns"};
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    List<Interaction> interactions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Instant created = start.plusSeconds(random.nextLong(31L * 24 * 3600));
      long wait = random.nextLong(120);
      Interaction.Builder contact = Interaction.builder().interactionId("i-" + i)
          .customerId("c-" + random.nextInt(count / 3)).channel(channels[random.nextInt(channels.length)])
          .category(categories[random.nextInt(categories.length)]).createdAt(created).waitSeconds(wait);
      if (random.nextInt(100) < 8) {
        contact.outcome(Outcome.ABANDONED);
      } else {
        contact.outcome(random.nextInt(100) < 80 ? Outcome.RESOLVED : Outcome.ESCALATED)
            .answeredAt(created.plusSeconds(wait)).talkSeconds(60 + random.nextLong(540));
        if (random.nextInt(3) == 0) {
          contact.csat(1 + random.nextInt(5));
        }
      }
      interactions.add(contact.build());
    }
    return interactions;
  }
}
