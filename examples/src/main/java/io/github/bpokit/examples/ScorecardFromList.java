package io.github.bpokit.examples;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.kpi.Interval;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.kpi.SegmentScores;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A scorecard from a list of interactions: CSAT (top-2-box, with its 95% Wilson interval) and first-contact
 * resolution, for the whole and per channel.
 */
public final class ScorecardFromList {
  private ScorecardFromList() {}

  public static void main(String[] args) {
    // One row per customer contact, as a helpdesk export would give them. CSAT is the 1..5 survey answer.
    List<Interaction> log = List.of(
        contact("i-1", "c-1", Channel.VOICE, "billing", "2026-10-01T09:00:00Z", Outcome.RESOLVED).csat(5).build(),
        contact("i-2", "c-1", Channel.VOICE, "billing", "2026-10-03T11:00:00Z", Outcome.RESOLVED).csat(2).build(),
        contact("i-3", "c-2", Channel.VOICE, "orders", "2026-10-02T10:00:00Z", Outcome.ESCALATED).csat(3).build(),
        contact("i-4", "c-3", Channel.VOICE, "billing", "2026-10-02T12:00:00Z", Outcome.ABANDONED).build(),
        contact("i-5", "c-3", Channel.CHAT, "billing", "2026-10-02T12:05:00Z", Outcome.RESOLVED).csat(4).build(),
        contact("i-6", "c-4", Channel.CHAT, "orders", "2026-10-05T15:00:00Z", Outcome.RESOLVED).csat(5).build(),
        contact("i-7", "c-5", Channel.CHAT, "orders", "2026-10-06T09:00:00Z", Outcome.RESOLVED).csat(4).build(),
        contact("i-8", "c-2", Channel.CHAT, "orders", "2026-10-04T10:00:00Z", Outcome.RESOLVED).csat(1).build(),
        contact("i-9", "c-6", Channel.EMAIL, "billing", "2026-10-01T08:00:00Z", Outcome.RESOLVED).csat(5).build(),
        contact("i-10", "c-7", Channel.EMAIL, "billing", "2026-10-02T16:00:00Z", Outcome.RESOLVED).build());

    // FCR counts a resolved contact only once its 7-day repeat window has closed by the as-of instant: a contact by
    // the same customer about the same category within 7 days means the first one did not resolve the issue.
    Scorecard scorecard = Scorecard.builder()
        .segmentBy(Dimension.CHANNEL)
        .asOf(Instant.parse("2026-10-31T00:00:00Z"))
        .build();
    ScorecardResult result = scorecard.compute(log);

    System.out.println("scorecard of " + result.interactions() + " interactions as of " + result.asOf().orElseThrow());
    for (SegmentScores row : result.segments().values()) { // the whole ("*") first, then VOICE, EMAIL, CHAT
      // CSAT and FCR are proportions (KpiId.valueType()): numerator, denominator and a Wilson interval
      Proportion csat = (Proportion) row.value(KpiId.CSAT);
      Proportion fcr = (Proportion) row.value(KpiId.FCR);
      Interval ci = csat.interval().orElseThrow(); // present whenever there is at least one answer
      System.out.println(String.format(Locale.ROOT, "%-6s contacts %2s  CSAT %5.1f%% of %d (95%% CI %.1f%%-%.1f%%)"
          + "  FCR %5.1f%% (%d of %d)", row.label(), row.value(KpiId.CONTACTS), percent(csat),
          csat.denominator(), 100 * ci.lower(), 100 * ci.upper(), percent(fcr), fcr.numerator(), fcr.denominator()));
    }
  }

  private static Interaction.Builder contact(String id, String customer, Channel channel, String category,
      String createdAt, Outcome outcome) {
    return Interaction.builder().interactionId(id).customerId(customer).channel(channel).category(category)
        .createdAt(Instant.parse(createdAt)).outcome(outcome);
  }

  private static double percent(Proportion share) {
    return 100 * share.value().orElseThrow(); // "no value" (0 of 0) would be empty, never 0 or NaN
  }
}
