package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.ValidationException;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A small hand-made log with every KPI worked out by hand, for the whole, per channel and per ISO week (weeks 41 and
 * 42 of 2026, Monday 2026-10-05 and Monday 2026-10-12, in UTC). As of 2026-10-15T09:00Z with the default 7-day window,
 * interactions created at or before 2026-10-08T09:00Z are eligible for FCR.
 *
 * <pre>
 * #   customer channel category      created (UTC)  answered     ended          wait talk+hold+wrap outcome       by           csat nps ces qa      reopened
 * 1   c1       VOICE   billing       10-05 09:00    +15 s        09:06          15   300+30+45=375  RESOLVED      HUMAN        5    10  2   90/88
 * 2   c2       VOICE   billing       10-05 10:00    +30 s        10:10          30   500+100=600    ESCALATED     HUMAN        2    3               2
 * 3   c3       VOICE   returns       10-06 08:00    -            -              40   -              ABANDONED
 * 4   c4       VOICE   returns       10-06 08:30    -            -              3    -              ABANDONED
 * 5   c1       CHAT    order_status  10-07 12:00    +0 s (bot)   12:05          0    0              BOT_CONTAINED BOT          4
 * 6   c2       CHAT    billing       10-08 09:00    +50 s        09:20          50   900+60=960     RESOLVED      BOT_TO_HUMAN 4    9       70/78   1
 * 7   c5       EMAIL   billing       10-09 14:00    +9000 s      10-10 10:00    0    600+120=720    RESOLVED      HUMAN        3        5   85
 * 8   c1       EMAIL   billing       10-12 09:00    +18000 s     15:00          0    300            RESOLVED      HUMAN        1    6   7
 * 9   c3       CHAT    returns       10-13 10:00    +40 s        10:15          40   600            UNRESOLVED    HUMAN
 * 10  c2       VOICE   returns       10-14 11:00    +5 s         11:05          5    200+20=220     RESOLVED      HUMAN        5    8       60/66
 * 11  c6       VOICE   billing       10-15 16:00    -            -              20   -              ABANDONED
 * 12  c4       SOCIAL  returns       10-05 20:00    +1800 s      21:00          0    400            TRANSFERRED   HUMAN
 * </pre>
 *
 * Repeat contacts (same customer and category, created in (created_at, created_at + 7 d]):
 * #1 has #8, created exactly 7 days later (the window's end counts); #2 has #6 (on another channel); #12 has #4 (an
 * abandoned contact, on another channel); #5 (c1, order_status) and #6 (c2 billing, window to 10-15 09:00) have none:
 * #10 is c2 but returns. Eligible (handled, created &lt;= 10-08 09:00): #1, #2, #5, #6 (exactly at the limit), #12.
 * Pending (handled, window still open): #7, #8, #9, #10.
 */
class ScorecardGoldenTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Instant AS_OF = Instant.parse("2026-10-15T09:00:00Z");

  static final List<Interaction> LOG = List.of(
      row("1", "c1", Channel.VOICE, "billing", "2026-10-05T09:00:00Z").answeredAt(t("2026-10-05T09:00:15Z"))
          .endedAt(t("2026-10-05T09:06:00Z")).waitSeconds(15).talkSeconds(300).holdSeconds(30).wrapSeconds(45)
          .outcome(Outcome.RESOLVED).csat(5).nps(10).ces(2).qaPartner(90).qaClient(88).build(),
      row("2", "c2", Channel.VOICE, "billing", "2026-10-05T10:00:00Z").answeredAt(t("2026-10-05T10:00:30Z"))
          .endedAt(t("2026-10-05T10:10:00Z")).waitSeconds(30).talkSeconds(500).wrapSeconds(100)
          .outcome(Outcome.ESCALATED).csat(2).nps(3).reopened(2).build(),
      row("3", "c3", Channel.VOICE, "returns", "2026-10-06T08:00:00Z").waitSeconds(40)
          .outcome(Outcome.ABANDONED).build(),
      row("4", "c4", Channel.VOICE, "returns", "2026-10-06T08:30:00Z").waitSeconds(3)
          .outcome(Outcome.ABANDONED).build(),
      row("5", "c1", Channel.CHAT, "order_status", "2026-10-07T12:00:00Z").answeredAt(t("2026-10-07T12:00:00Z"))
          .endedAt(t("2026-10-07T12:05:00Z")).outcome(Outcome.BOT_CONTAINED).handledBy(HandledBy.BOT).csat(4)
          .build(),
      row("6", "c2", Channel.CHAT, "billing", "2026-10-08T09:00:00Z").answeredAt(t("2026-10-08T09:00:50Z"))
          .endedAt(t("2026-10-08T09:20:00Z")).waitSeconds(50).talkSeconds(900).wrapSeconds(60)
          .outcome(Outcome.RESOLVED).handledBy(HandledBy.BOT_TO_HUMAN).csat(4).nps(9).qaPartner(70).qaClient(78)
          .reopened(1).build(),
      row("7", "c5", Channel.EMAIL, "billing", "2026-10-09T14:00:00Z").answeredAt(t("2026-10-09T16:30:00Z"))
          .endedAt(t("2026-10-10T10:00:00Z")).talkSeconds(600).wrapSeconds(120).outcome(Outcome.RESOLVED).csat(3)
          .ces(5).qaPartner(85).build(),
      row("8", "c1", Channel.EMAIL, "billing", "2026-10-12T09:00:00Z").answeredAt(t("2026-10-12T14:00:00Z"))
          .endedAt(t("2026-10-12T15:00:00Z")).talkSeconds(300).outcome(Outcome.RESOLVED).csat(1).nps(6).ces(7)
          .build(),
      row("9", "c3", Channel.CHAT, "returns", "2026-10-13T10:00:00Z").answeredAt(t("2026-10-13T10:00:40Z"))
          .endedAt(t("2026-10-13T10:15:00Z")).waitSeconds(40).talkSeconds(600).outcome(Outcome.UNRESOLVED).build(),
      row("10", "c2", Channel.VOICE, "returns", "2026-10-14T11:00:00Z").answeredAt(t("2026-10-14T11:00:05Z"))
          .endedAt(t("2026-10-14T11:05:00Z")).waitSeconds(5).talkSeconds(200).wrapSeconds(20)
          .outcome(Outcome.RESOLVED).csat(5).nps(8).qaPartner(60).qaClient(66).build(),
      row("11", "c6", Channel.VOICE, "billing", "2026-10-15T16:00:00Z").waitSeconds(20)
          .outcome(Outcome.ABANDONED).build(),
      row("12", "c4", Channel.SOCIAL, "returns", "2026-10-05T20:00:00Z").answeredAt(t("2026-10-05T20:30:00Z"))
          .endedAt(t("2026-10-05T21:00:00Z")).talkSeconds(400).outcome(Outcome.TRANSFERRED).build());

  private static Interaction.Builder row(String id, String customer, Channel channel, String category,
      String created) {
    return Interaction.builder().interactionId(id).customerId(customer).channel(channel).category(category)
        .createdAt(t(created));
  }

  private static Instant t(String instant) {
    return Instant.parse(instant);
  }

  private static Scorecard.Builder weeklyByChannel() {
    return Scorecard.builder().kpis(KpiId.all()).segmentBy(Dimension.CHANNEL).period(PeriodUnit.WEEK, UTC)
        .asOf(AS_OF);
  }

  private static final ScorecardResult RESULT = weeklyByChannel().build().compute(LOG);

  @Test
  void rowsAndLabelsInOrder() {
    assertThat(RESULT.keys().stream().map(ScorecardKey::label).collect(Collectors.toList())).containsExactly(
        "*", "VOICE", "EMAIL", "CHAT", "SOCIAL",
        "2026-W41", "2026-W41|VOICE", "2026-W41|EMAIL", "2026-W41|CHAT", "2026-W41|SOCIAL",
        "2026-W42", "2026-W42|VOICE", "2026-W42|EMAIL", "2026-W42|CHAT");
    assertThat(RESULT.asOf()).contains(AS_OF);
    assertThat(RESULT.interactions()).isEqualTo(12);
    assertThat(RESULT.whole().values().keySet()).containsExactlyElementsOf(KpiId.all());
  }

  @Test
  void whole() {
    SegmentScores whole = RESULT.whole();
    assertThat(whole.value(KpiId.CONTACTS)).isEqualTo(Count.of(12));
    assertThat(whole.value(KpiId.HANDLED)).isEqualTo(Count.of(9));
    assertThat(whole.value(KpiId.ABANDONMENT_RATE)).isEqualTo(Proportion.of(3, 12)); // #3, #4, #11
    // human-answered: #1 #2 #6 #7 #8 #9 #10 #12 (not #5, a bot); waits 15+30+50+0+0+40+5+0 = 140
    assertThat(whole.value(KpiId.ASA_SECONDS)).isEqualTo(Mean.of(8, 140));
    // handled, not by a bot alone: 375+600+960+720+300+600+220+400 = 4175 over 8 (#5 is BOT)
    assertThat(whole.value(KpiId.AHT_SECONDS)).isEqualTo(Mean.of(8, 4_175));
    // csat answers 5 2 4 4 3 1 5: 4 of 7 are >= 4; sum 24
    assertThat(whole.value(KpiId.CSAT)).isEqualTo(Proportion.of(4, 7));
    assertThat(whole.value(KpiId.CSAT_MEAN)).isEqualTo(Mean.of(7, 24));
    // nps answers 10 3 9 6 8: promoters 10, 9; passive 8; detractors 3, 6 -> 0
    assertThat(whole.value(KpiId.NPS)).isEqualTo(NetPromoterScore.of(2, 1, 2));
    assertThat(whole.value(KpiId.NPS).value()).hasValue(0.0);
    assertThat(whole.value(KpiId.CES_MEAN)).isEqualTo(Mean.of(3, 14)); // 2 5 7
    // eligible #1 #2 #5 #6 #12; repeated #1 #2 #12; resolved at first contact #5 (bot-contained) and #6
    assertThat(whole.value(KpiId.FCR)).isEqualTo(Proportion.of(2, 5));
    assertThat(whole.value(KpiId.RECONTACT_RATE)).isEqualTo(Proportion.of(3, 5));
    assertThat(whole.value(KpiId.FCR_PENDING)).isEqualTo(Count.of(4)); // #7 #8 #9 #10
    assertThat(whole.value(KpiId.ESCALATION_RATE)).isEqualTo(Proportion.of(1, 9)); // #2
    assertThat(whole.value(KpiId.CONTAINMENT_RATE)).isEqualTo(Proportion.of(1, 2)); // #5 of #5 (BOT), #6 (BOT_TO_HUMAN)
    assertThat(whole.value(KpiId.DEFLECTION_RATE)).isEqualTo(Proportion.of(1, 9));
    // FRT of the human-answered, sorted: 5 15 30 40 50 1800 9000 18000; p50 at rank 3.5, p90 at rank 6.3
    assertQuantile(whole.value(KpiId.FRT_P50_SECONDS), 45, 8);
    assertQuantile(whole.value(KpiId.FRT_P90_SECONDS), 9_000 + 0.3 * 9_000, 8);
    // resolution times of RESOLVED with ended_at: #10 300, #1 360, #6 1200, #8 21600, #7 72000; p90 at rank 3.6
    assertQuantile(whole.value(KpiId.RESOLUTION_P50_SECONDS), 1_200, 5);
    assertQuantile(whole.value(KpiId.RESOLUTION_P90_SECONDS), 21_600 + 0.6 * 50_400, 5);
    // met: #1 15<=20, #6 50<=60, #7 9000<=14400, #9 40<=60, #10 5<=20, #12 1800<=3600 (not #2 30>20, #8 18000>14400);
    // denominator 8 human-answered + #3 (VOICE, waited 40 > 20); #4 (3 s) and #11 (20 s, not above 20) are not in it
    assertThat(whole.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(6, 9));
    // answered with wait <= 20: #1 #7 #8 #10 #12; abandoned after >= 5 s: #3 (40), #11 (20); #4 (3 s) is short
    assertThat(whole.value(KpiId.SERVICE_LEVEL)).isEqualTo(Proportion.of(5, 10));
    assertThat(whole.value(KpiId.SERVICE_LEVEL_ANSWERED)).isEqualTo(Proportion.of(5, 8));
    assertThat(whole.value(KpiId.QA_MEAN)).isEqualTo(Mean.of(4, 305_000_000, 6)); // 90 70 85 60
    // pairs (90, 88), (70, 78), (60, 66): |d| 2, 8, 6; within 5: one
    assertThat(whole.value(KpiId.CALIBRATION_MAD)).isEqualTo(Mean.of(3, 16_000_000, 6));
    assertThat(whole.value(KpiId.CALIBRATION_WITHIN_5)).isEqualTo(Proportion.of(1, 3));
    // RESOLVED #1 #6 #7 #8 #10, reopened: #6 (#2 was reopened but is not RESOLVED)
    assertThat(whole.value(KpiId.REOPEN_RATE)).isEqualTo(Proportion.of(1, 5));
  }

  @Test
  void perChannel() {
    SegmentScores voice = RESULT.get("VOICE").orElseThrow(); // #1 #2 #3 #4 #10 #11
    assertThat(voice.value(KpiId.CONTACTS)).isEqualTo(Count.of(6));
    assertThat(voice.value(KpiId.ABANDONMENT_RATE)).isEqualTo(Proportion.of(3, 6));
    assertThat(voice.value(KpiId.ASA_SECONDS)).isEqualTo(Mean.of(3, 50));
    assertThat(voice.value(KpiId.AHT_SECONDS)).isEqualTo(Mean.of(3, 1_195));
    assertThat(voice.value(KpiId.CSAT)).isEqualTo(Proportion.of(2, 3));
    assertThat(voice.value(KpiId.NPS)).isEqualTo(NetPromoterScore.of(1, 1, 1));
    assertThat(voice.value(KpiId.FCR)).isEqualTo(Proportion.of(0, 2)); // #1 and #2 both had a repeat
    assertThat(voice.value(KpiId.RECONTACT_RATE)).isEqualTo(Proportion.of(2, 2));
    assertThat(voice.value(KpiId.FCR_PENDING)).isEqualTo(Count.of(1)); // #10
    assertThat(voice.value(KpiId.CONTAINMENT_RATE).value()).isEmpty(); // no bot on VOICE
    assertQuantile(voice.value(KpiId.FRT_P50_SECONDS), 15, 3); // 5 15 30
    assertQuantile(voice.value(KpiId.FRT_P90_SECONDS), 27, 3);
    assertQuantile(voice.value(KpiId.RESOLUTION_P50_SECONDS), 330, 2); // 300 360
    assertQuantile(voice.value(KpiId.RESOLUTION_P90_SECONDS), 354, 2);
    assertThat(voice.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(2, 4)); // #1 #10 of 3 + #3
    assertThat(voice.value(KpiId.SERVICE_LEVEL)).isEqualTo(Proportion.of(2, 5)); // #1 #10 of 3 + #3 #11
    assertThat(voice.value(KpiId.SERVICE_LEVEL_ANSWERED)).isEqualTo(Proportion.of(2, 3));
    assertThat(voice.value(KpiId.CALIBRATION_MAD)).isEqualTo(Mean.of(2, 8_000_000, 6));
    assertThat(voice.value(KpiId.REOPEN_RATE)).isEqualTo(Proportion.of(0, 2));

    SegmentScores chat = RESULT.get("CHAT").orElseThrow(); // #5 #6 #9
    assertThat(chat.value(KpiId.AHT_SECONDS)).isEqualTo(Mean.of(2, 1_560)); // #6 960 + #9 600; #5 is BOT
    assertThat(chat.value(KpiId.CSAT)).isEqualTo(Proportion.of(2, 2));
    assertThat(chat.value(KpiId.NPS).value()).hasValue(100.0);
    assertThat(chat.value(KpiId.CES_MEAN).value()).isEmpty();
    assertThat(chat.value(KpiId.FCR)).isEqualTo(Proportion.of(2, 2)); // #5 and #6 (exactly at as-of - window)
    assertThat(chat.value(KpiId.CONTAINMENT_RATE)).isEqualTo(Proportion.of(1, 2));
    assertThat(chat.value(KpiId.DEFLECTION_RATE)).isEqualTo(Proportion.of(1, 3));
    assertThat(chat.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(2, 2)); // 50 and 40 <= 60
    assertThat(chat.value(KpiId.SERVICE_LEVEL)).isEqualTo(Proportion.of(0, 2)); // waited 50 and 40 > 20
    assertThat(chat.value(KpiId.REOPEN_RATE)).isEqualTo(Proportion.of(1, 1));

    SegmentScores email = RESULT.get("EMAIL").orElseThrow(); // #7 #8, both pending
    assertThat(email.value(KpiId.FCR).value()).isEmpty();
    assertThat(email.value(KpiId.FCR)).isEqualTo(Proportion.of(0, 0));
    assertThat(email.value(KpiId.RECONTACT_RATE).value()).isEmpty();
    assertThat(email.value(KpiId.FCR_PENDING)).isEqualTo(Count.of(2));
    assertThat(email.value(KpiId.NPS).value()).hasValue(-100.0);
    assertQuantile(email.value(KpiId.FRT_P90_SECONDS), 17_100, 2); // 9000 18000
    assertThat(email.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(1, 2)); // 9000 <= 14400 < 18000
    assertThat(email.value(KpiId.CALIBRATION_MAD).value()).isEmpty();
    assertThat(email.value(KpiId.CALIBRATION_WITHIN_5).value()).isEmpty();
    assertThat(email.value(KpiId.CONTAINMENT_RATE).value()).isEmpty();

    SegmentScores social = RESULT.get("SOCIAL").orElseThrow(); // #12, whose repeat #4 is an abandoned call
    assertThat(social.value(KpiId.RECONTACT_RATE)).isEqualTo(Proportion.of(1, 1));
    assertThat(social.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(1, 1)); // 1800 <= 3600
  }

  @Test
  void perWeek() {
    SegmentScores w41 = RESULT.get("2026-W41").orElseThrow(); // #1 #2 #3 #4 #5 #6 #7 #12
    assertThat(w41.value(KpiId.CONTACTS)).isEqualTo(Count.of(8));
    assertThat(w41.value(KpiId.ABANDONMENT_RATE)).isEqualTo(Proportion.of(2, 8));
    assertThat(w41.value(KpiId.CSAT)).isEqualTo(Proportion.of(3, 5)); // 5 2 4 4 3
    assertThat(w41.value(KpiId.FCR)).isEqualTo(Proportion.of(2, 5));
    assertThat(w41.value(KpiId.FCR_PENDING)).isEqualTo(Count.of(1)); // #7
    assertThat(w41.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(4, 6)); // #1 #6 #7 #12 of 5 + #3

    SegmentScores w42 = RESULT.get("2026-W42").orElseThrow(); // #8 #9 #10 #11
    assertThat(w42.value(KpiId.CONTACTS)).isEqualTo(Count.of(4));
    assertThat(w42.value(KpiId.CSAT)).isEqualTo(Proportion.of(1, 2)); // 1 5
    assertThat(w42.value(KpiId.FCR).value()).isEmpty(); // nothing eligible yet
    assertThat(w42.value(KpiId.FCR_PENDING)).isEqualTo(Count.of(3)); // #8 #9 #10
    assertThat(w42.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(2, 3)); // #9 #10; #11 waited 20, not > 20

    SegmentScores w41voice = RESULT.get("2026-W41|VOICE").orElseThrow(); // #1 #2 #3 #4
    assertThat(w41voice.value(KpiId.CONTACTS)).isEqualTo(Count.of(4));
    assertThat(w41voice.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(1, 3));
    assertThat(w41voice.value(KpiId.RECONTACT_RATE)).isEqualTo(Proportion.of(2, 2));

    SegmentScores w42voice = RESULT.get("2026-W42|VOICE").orElseThrow(); // #10 #11
    assertThat(w42voice.value(KpiId.ABANDONMENT_RATE)).isEqualTo(Proportion.of(1, 2));
    assertThat(w42voice.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(1, 1));
    assertThat(w42voice.value(KpiId.SERVICE_LEVEL)).isEqualTo(Proportion.of(1, 2)); // #11 waited 20 >= 5
    assertThat(RESULT.value("2026-W42|EMAIL", KpiId.FRT_P50_SECONDS).orElseThrow().value()).hasValue(18_000.0);
  }

  @Test
  void aKeyWithoutInteractionsHasZeroCountsAndNoValues() {
    ScorecardKey w42social = ScorecardKey.of(ReportingPeriod.parse("2026-W42", UTC),
        SegmentKey.of(Dimension.CHANNEL, "social"));
    assertThat(RESULT.keys()).doesNotContain(w42social);
    assertThat(RESULT.get("2026-W42|SOCIAL")).isEmpty();
    SegmentScores none = RESULT.get(w42social);
    assertThat(none.key()).isEqualTo(w42social);
    assertThat(none.value(KpiId.CONTACTS)).isEqualTo(Count.of(0));
    assertThat(none.value(KpiId.FCR_PENDING)).isEqualTo(Count.of(0));
    none.values().forEach((kpi, value) -> {
      if (kpi.valueType() != Count.class) {
        assertThat(value.value()).as(kpi.id()).isEmpty();
        assertThat(value.sampleSize()).isZero();
        assertThat(value.interval()).isEmpty();
      }
    });
  }

  @Test
  void emptyInputHasTheWholeWithNoValues() {
    ScorecardResult empty = Scorecard.defaults().compute(List.of());
    assertThat(empty.keys()).containsExactly(ScorecardKey.whole());
    assertThat(empty.asOf()).isEmpty();
    assertThat(empty.whole().value(KpiId.CONTACTS)).isEqualTo(Count.of(0));
    assertThat(empty.whole().value(KpiId.HANDLED)).isEqualTo(Count.of(0));
    assertThat(empty.whole().values().keySet()).containsExactlyElementsOf(KpiId.referenceSet());
    empty.whole().values().forEach((kpi, value) -> {
      if (kpi.valueType() != Count.class) {
        assertThat(value.value()).as(kpi.id()).isEmpty();
      }
    });
  }

  @Test
  void theDefaultAsOfIsTheLatestCreatedAt() {
    ScorecardResult result = weeklyByChannel().asOfLatest().build().compute(LOG);
    assertThat(result.asOf()).contains(Instant.parse("2026-10-15T16:00:00Z")); // #11
    // eligible: created <= 10-08T16:00, the same five
    assertThat(result.whole().value(KpiId.FCR)).isEqualTo(Proportion.of(2, 5));
  }

  @Test
  void eligibleExactlyAtAsOfAndNotOneNanosecondBefore() {
    ScorecardResult early = weeklyByChannel().asOf(AS_OF.minusNanos(1)).build().compute(LOG);
    // #6's window closes at 10-15T09:00, after the as-of instant: it is pending, no longer resolved
    assertThat(early.whole().value(KpiId.FCR)).isEqualTo(Proportion.of(1, 4));
    assertThat(early.whole().value(KpiId.FCR_PENDING)).isEqualTo(Count.of(5));
  }

  @Test
  void aRepeatExactlyAtTheWindowsEndCountsAndOneNanosecondLaterDoesNot() {
    // a window 1 ns shorter: #8 (10-12T09:00) is past #1's window (10-05T09:00 + 7 d − 1 ns), so #1 has no repeat
    ScorecardResult shorter = weeklyByChannel().fcrWindow(Duration.ofDays(7).minusNanos(1)).build().compute(LOG);
    assertThat(shorter.whole().value(KpiId.FCR)).isEqualTo(Proportion.of(3, 5));
    assertThat(shorter.whole().value(KpiId.RECONTACT_RATE)).isEqualTo(Proportion.of(2, 5));
  }

  @Test
  void sameCategorySwitchedOff() {
    ScorecardResult anyCategory = weeklyByChannel().fcrSameCategory(false).build().compute(LOG);
    // now #5 (c1) has #8, #6 (c2) has #10, on top of #1, #2 and #12: every eligible interaction had a repeat
    assertThat(anyCategory.whole().value(KpiId.FCR)).isEqualTo(Proportion.of(0, 5));
    assertThat(anyCategory.whole().value(KpiId.RECONTACT_RATE)).isEqualTo(Proportion.of(5, 5));
  }

  @Test
  void firstResponseTargetsPerChannelAndTheAbandonedAboveTargetRule() {
    ScorecardResult result = weeklyByChannel().firstResponseTarget(Channel.VOICE, Duration.ofSeconds(30))
        .firstResponseTarget(Channel.EMAIL, Duration.ofHours(5)).build().compute(LOG);
    // VOICE: #1 15, #2 30 (= target: met), #10 5; abandoned above 30 s: #3 (40); #4 (3) and #11 (20) are not
    assertThat(result.value("VOICE", KpiId.SLA_FIRST_RESPONSE)).contains(Proportion.of(3, 4));
    // EMAIL: 9000 and 18000 s both within 5 h
    assertThat(result.value("EMAIL", KpiId.SLA_FIRST_RESPONSE)).contains(Proportion.of(2, 2));
    // VOICE with a 19 s target: #1 (15) and #10 (5) met; abandoned above 19 s: #3 (40) and #11 (20)
    ScorecardResult strict = weeklyByChannel().firstResponseTarget(Channel.VOICE, Duration.ofSeconds(19)).build()
        .compute(LOG);
    assertThat(strict.value("VOICE", KpiId.SLA_FIRST_RESPONSE)).contains(Proportion.of(2, 5));
  }

  @Test
  void serviceLevelThresholds() {
    ScorecardResult result = weeklyByChannel().serviceLevelThreshold(Duration.ofSeconds(30))
        .shortAbandonThreshold(Duration.ZERO).build().compute(LOG);
    // answered with wait <= 30: #1 #2 #7 #8 #10 #12; every abandon counts: #3 #4 #11
    assertThat(result.whole().value(KpiId.SERVICE_LEVEL)).isEqualTo(Proportion.of(6, 11));
    assertThat(result.whole().value(KpiId.SERVICE_LEVEL_ANSWERED)).isEqualTo(Proportion.of(6, 8));
    ScorecardResult longShort = weeklyByChannel().shortAbandonThreshold(Duration.ofMillis(20_001)).build()
        .compute(LOG);
    // abandons after at least 20.001 s (whole seconds: 21 s or more): #3 only
    assertThat(longShort.whole().value(KpiId.SERVICE_LEVEL)).isEqualTo(Proportion.of(5, 9));
  }

  @Test
  void firstResponseOnABusinessCalendar() {
    // open Monday to Friday 10:00-18:00 UTC: #1 (Mon 09:00:00-09:00:15), #6 (Thu 09:00:00-09:00:50) and #12
    // (Mon 20:00-20:30) answered while closed: 0 s; #2 30 s, #9 40 s, #10 5 s, #7 (Fri 14:00-16:30) 9000 s,
    // #8 (Mon 09:00-14:00) 4 h = 14400 s
    ScorecardResult result = weeklyByChannel()
        .firstResponseCalendar(BusinessCalendar.parse("Mon-Fri 10:00-18:00")).build().compute(LOG);
    SegmentScores whole = result.whole();
    // sorted 0 0 0 5 30 40 9000 14400: p50 at rank 3.5, p90 at rank 6.3
    assertQuantile(whole.value(KpiId.FRT_P50_SECONDS), 17.5, 8);
    assertQuantile(whole.value(KpiId.FRT_P90_SECONDS), 9_000 + 0.3 * 5_400, 8);
    // met: all but #2 (30 > 20); #8 now meets EMAIL's 14400 s; denominator 8 + #3
    assertThat(whole.value(KpiId.SLA_FIRST_RESPONSE)).isEqualTo(Proportion.of(7, 9));
    assertThat(result.value("EMAIL", KpiId.SLA_FIRST_RESPONSE)).contains(Proportion.of(2, 2));
    // waits, handle and resolution times stay in calendar time
    assertThat(whole.value(KpiId.ASA_SECONDS)).isEqualTo(Mean.of(8, 140));
    assertQuantile(whole.value(KpiId.RESOLUTION_P50_SECONDS), 1_200, 5);
    assertThat(result.scorecard().firstResponseCalendar()).isPresent();
  }

  @Test
  void anInteractionTheCalendarCannotMeasureIsRejectedAndNothingCounted() {
    Scorecard scorecard = weeklyByChannel()
        .firstResponseCalendar(BusinessCalendar.parse("Mon-Fri 10:00-18:00")).build();
    ScorecardAccumulator acc = scorecard.newAccumulator();
    Interaction old = Interaction.builder().from(LOG.get(0)).interactionId("old")
        .createdAt(Instant.parse("1899-12-29T09:00:00Z")).answeredAt(Instant.parse("1899-12-29T09:00:15Z"))
        .endedAt(Instant.parse("1899-12-29T09:06:00Z")).build();
    assertThatThrownBy(() -> acc.add(old))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interaction old");
    LOG.forEach(acc::add);
    assertThat(acc.snapshot()).isEqualTo(scorecard.compute(LOG));
  }

  @Test
  void aRecordIsCheckedAsItsInteractionWouldBeAndNothingCountedWhenItFails() {
    Scorecard scorecard = weeklyByChannel()
        .firstResponseCalendar(BusinessCalendar.parse("Mon-Fri 10:00-18:00")).build();
    ScorecardAccumulator acc = scorecard.newAccumulator();
    InteractionRecord row = new InteractionRecord().from(LOG.get(0)).interactionId(" padded ");
    acc.add(row); // not valid as is: built, and so stripped
    assertThatThrownBy(() -> acc.add(row.interactionId("broken").csat(9)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("interaction broken: csat '9': must be between 1 and 5");
    assertThatThrownBy(() -> acc.add(new InteractionRecord().from(LOG.get(0)).interactionId("old")
        .createdAt(Instant.parse("1899-12-29T09:00:00Z")).answeredAt(Instant.parse("1899-12-29T09:00:15Z"))
        .endedAt(Instant.parse("1899-12-29T09:06:00Z"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interaction old: cannot measure its first response on the business calendar: ");
    LOG.subList(1, LOG.size()).forEach(interaction -> acc.add(row.from(interaction)));
    assertThat(acc.interactions()).isEqualTo(LOG.size());
    List<Interaction> expected = new ArrayList<>(LOG);
    expected.set(0, Interaction.builder().from(LOG.get(0)).interactionId("padded").build());
    assertThat(acc.snapshot()).isEqualTo(scorecard.compute(expected));
  }

  @Test
  void calibrationTolerance() {
    ScorecardResult result = weeklyByChannel().calibrationTolerance(6).build().compute(LOG);
    assertThat(result.whole().value(KpiId.CALIBRATION_WITHIN_5)).isEqualTo(Proportion.of(2, 3)); // |d| 2 and 6
    assertThat(result.whole().calibration().tolerance()).isEqualTo(6.0);
  }

  @Test
  void theDefaultScorecardIsTheReferenceSetOverTheWhole() {
    ScorecardResult result = Scorecard.defaults().compute(LOG);
    assertThat(result.keys()).containsExactly(ScorecardKey.whole());
    assertThat(result.whole().values().keySet()).containsExactlyElementsOf(KpiId.referenceSet());
    assertThat(result.whole().value(KpiId.FCR)).isEqualTo(Proportion.of(2, 5)); // as of #11, as above
    assertThat(result.whole().firstResponseTimes().orElseThrow().count()).isEqualTo(8);
  }

  private static void assertQuantile(KpiValue value, double expected, long n) {
    assertThat(value).isInstanceOf(QuantileValue.class);
    assertThat(value.value().orElseThrow()).isCloseTo(expected, within(1e-9));
    assertThat(value.sampleSize()).isEqualTo(n);
    assertThat(((QuantileValue) value).isExact()).isTrue();
  }
}
