package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scorecard's API: ids, keys and labels, the builder, lookups, and the contracts of every public type. */
class ScorecardTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ReportingPeriod W41 = ReportingPeriod.parse("2026-W41", UTC);
  private static final SegmentKey CHAT = SegmentKey.of(Dimension.CHANNEL, "chat");

  // ---- KpiId ----

  @Test
  void theReferenceSetHasSpecIdsInSpecOrder() {
    assertThat(KpiId.referenceSet().stream().map(KpiId::id).collect(Collectors.toList())).containsExactly(
        "contacts", "handled", "abandonment_rate", "asa_seconds", "aht_seconds", "csat", "csat_mean", "nps",
        "ces_mean", "fcr", "recontact_rate", "escalation_rate", "containment_rate", "frt_p50_seconds",
        "frt_p90_seconds", "resolution_p50_seconds", "resolution_p90_seconds", "sla_first_response", "qa_mean",
        "calibration_mad", "calibration_within_5", "reopen_rate");
    assertThat(KpiId.all()).hasSize(26);
    assertThat(KpiId.all().stream().filter(k -> !k.isReference()).map(KpiId::id))
        .containsExactly("fcr_pending", "deflection_rate", "service_level", "service_level_answered");
  }

  @Test
  void kpiIdsParseBack() {
    for (KpiId kpi : KpiId.values()) {
      assertThat(KpiId.parse(kpi.id())).isEqualTo(kpi);
      assertThat(kpi).hasToString(kpi.id());
    }
    assertThat(KpiId.parse(" CSAT ")).isEqualTo(KpiId.CSAT);
    assertThatThrownBy(() -> KpiId.parse("csat_top2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("csat_top2")
        .hasMessageContaining("abandonment_rate");
  }

  @Test
  void valueTypesMatchTheValues() {
    ScorecardResult result = Scorecard.builder().kpis(KpiId.all()).build()
        .compute(ScorecardFixtures.log(7, 200));
    result.whole().values().forEach((kpi, value) -> assertThat(value).isInstanceOf(kpi.valueType()));
  }

  // ---- ScorecardKey ----

  @Test
  void labels() {
    assertThat(ScorecardKey.whole().label()).isEqualTo("*");
    assertThat(ScorecardKey.of(SegmentKey.all())).isSameAs(ScorecardKey.whole());
    assertThat(ScorecardKey.of(CHAT).label()).isEqualTo("CHAT");
    assertThat(ScorecardKey.of(W41, SegmentKey.all()).label()).isEqualTo("2026-W41");
    assertThat(ScorecardKey.of(W41, CHAT).label()).isEqualTo("2026-W41|CHAT");
    SegmentKey chatBilling = Segmentation.parse("channel,category").key(List.of("CHAT", "a|b"));
    assertThat(ScorecardKey.of(W41, chatBilling)).hasToString("2026-W41|CHAT|a\\|b");
    assertThat(ScorecardKey.of(ReportingPeriod.parse("2026-10", UTC), SegmentKey.all()).label())
        .isEqualTo("2026-10");
  }

  @Test
  void aSegmentLabelThatReadsLikeAPeriodIsEscaped() {
    Segmentation byCategory = Segmentation.of(Dimension.CATEGORY);
    for (String value : List.of("2026-W41", "2026-10", "2026-10-05", "2026-Q4", "+10000-01")) {
      ScorecardKey key = ScorecardKey.of(byCategory.key(List.of(value)));
      assertThat(key.label()).isEqualTo("\\" + value);
      assertThat(byCategory.parseKey(key.label())).isEqualTo(key.segment());
    }
    assertThat(ScorecardKey.of(byCategory.key(List.of("2026-W41x"))).label()).isEqualTo("2026-W41x");
    // in a period, the period comes first and no escape is needed
    assertThat(ScorecardKey.of(W41, byCategory.key(List.of("2026-10"))).label()).isEqualTo("2026-W41|2026-10");
  }

  @Test
  void labelsAreUniqueInAResultEvenWithPeriodLikeCategories() {
    List<Interaction> log = new ArrayList<>();
    int id = 0;
    for (String category : List.of("2026-W41", "2026-W42", "billing")) {
      for (String created : List.of("2026-10-06T10:00:00Z", "2026-10-13T10:00:00Z")) {
        log.add(Interaction.builder().interactionId("i" + id++).customerId("c").channel(Channel.CHAT)
            .category(category).createdAt(Instant.parse(created)).outcome(Outcome.RESOLVED).build());
      }
    }
    ScorecardResult result = Scorecard.builder().segmentBy(Dimension.CATEGORY).period(PeriodUnit.WEEK, UTC).build()
        .compute(log);
    assertThat(result.keys().stream().map(ScorecardKey::label).collect(Collectors.toList())).containsExactly(
        "*", "\\2026-W41", "\\2026-W42", "billing",
        "2026-W41", "2026-W41|2026-W41", "2026-W41|2026-W42", "2026-W41|billing",
        "2026-W42", "2026-W42|2026-W41", "2026-W42|2026-W42", "2026-W42|billing");
    assertThat(result.value("2026-W41", KpiId.CONTACTS)).contains(Count.of(3));
    assertThat(result.value("\\2026-W41", KpiId.CONTACTS)).contains(Count.of(2));
  }

  @Test
  void keyOrder() {
    ReportingPeriod w42 = W41.next();
    SegmentKey voice = SegmentKey.of(Dimension.CHANNEL, "VOICE");
    List<ScorecardKey> ordered = List.of(ScorecardKey.whole(), ScorecardKey.of(voice), ScorecardKey.of(CHAT),
        ScorecardKey.of(W41, SegmentKey.all()), ScorecardKey.of(W41, voice), ScorecardKey.of(W41, CHAT),
        ScorecardKey.of(w42, SegmentKey.all()), ScorecardKey.of(w42, CHAT));
    List<ScorecardKey> shuffled = new ArrayList<>(ordered);
    Collections.shuffle(shuffled, new Random(3));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(ordered);
    assertThat(ScorecardKey.of(W41, CHAT).period()).contains(W41);
    assertThat(ScorecardKey.of(CHAT).period()).isEmpty();
    assertThat(ScorecardKey.of(CHAT).isWhole()).isFalse();
    assertThat(ScorecardKey.of(W41, SegmentKey.all()).isWhole()).isFalse();
  }

  @Test
  void keyContracts() {
    new EqualsTester()
        .addEqualityGroup(ScorecardKey.whole(), ScorecardKey.of(SegmentKey.all()),
            SerializableTester.reserialize(ScorecardKey.whole()))
        .addEqualityGroup(ScorecardKey.of(CHAT), ScorecardKey.of(SegmentKey.of(Dimension.CHANNEL, "CHAT")))
        .addEqualityGroup(ScorecardKey.of(W41, CHAT), SerializableTester.reserialize(ScorecardKey.of(W41, CHAT)))
        .addEqualityGroup(ScorecardKey.of(W41, SegmentKey.all()))
        .addEqualityGroup(ScorecardKey.of(ReportingPeriod.parse("2026-W41", ZoneId.of("Europe/Paris")), CHAT))
        .testEquals();
    assertThat(SerializableTester.reserialize(ScorecardKey.whole())).isSameAs(ScorecardKey.whole());
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(ScorecardKey.class);
    nulls.testAllPublicInstanceMethods(ScorecardKey.of(W41, CHAT));
  }

  // ---- Scorecard ----

  @Test
  void defaults() {
    Scorecard s = Scorecard.defaults();
    assertThat(s.kpis()).containsExactlyElementsOf(KpiId.referenceSet());
    assertThat(s.segmentation()).isEqualTo(Segmentation.whole());
    assertThat(s.periodUnit()).isEmpty();
    assertThat(s.zone()).isEmpty();
    assertThat(s.asOf()).isEmpty();
    assertThat(s.fcrWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(s.fcrSameCategory()).isTrue();
    assertThat(s.firstResponseTargets()).containsExactly(
        Map.entry(Channel.VOICE, Duration.ofSeconds(20)), Map.entry(Channel.EMAIL, Duration.ofSeconds(14_400)),
        Map.entry(Channel.CHAT, Duration.ofSeconds(60)), Map.entry(Channel.SOCIAL, Duration.ofSeconds(3_600)),
        Map.entry(Channel.WHATSAPP, Duration.ofSeconds(300)), Map.entry(Channel.IN_APP, Duration.ofSeconds(14_400)));
    assertThat(s.serviceLevelThreshold()).isEqualTo(Duration.ofSeconds(20));
    assertThat(s.shortAbandonThreshold()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.calibrationTolerance()).isEqualTo(5.0);
    assertThat(s.quantileExactLimit()).isEqualTo(10_000);
    assertThat(Scorecard.builder().build()).isEqualTo(s);
  }

  @Test
  void builderRejectsBadArguments() {
    Scorecard.Builder b = Scorecard.builder();
    assertThatThrownBy(() -> b.kpis()).hasMessageContaining("at least one KPI");
    assertThatThrownBy(() -> b.fcrWindow(Duration.ofSeconds(-1))).hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> b.fcrWindow(Duration.ofDays(100_001))).hasMessageContaining("FCR window");
    assertThatThrownBy(() -> b.firstResponseTarget(Channel.CHAT, Duration.ofSeconds(-5)))
        .hasMessageContaining("first-response target of CHAT");
    assertThatThrownBy(() -> b.serviceLevelThreshold(Duration.ofMillis(-1))).hasMessageContaining("service-level");
    assertThatThrownBy(() -> b.shortAbandonThreshold(Duration.ofMillis(-1))).hasMessageContaining("short-abandon");
    assertThatThrownBy(() -> b.calibrationTolerance(-1)).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> b.calibrationTolerance(Double.NaN)).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> b.quantileExactLimit(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> b.segmentBy(Dimension.CHANNEL, Dimension.CHANNEL)).hasMessageContaining("repeated");
    assertThat(b.build()).isEqualTo(Scorecard.defaults()); // nothing stuck
  }

  @Test
  void scorecardContracts() {
    Scorecard full = full();
    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.firstResponseTarget(Channel.EMAIL)).isEqualTo(Duration.ofHours(8));
    new EqualsTester()
        .addEqualityGroup(Scorecard.defaults(), Scorecard.builder().build(),
            SerializableTester.reserialize(Scorecard.defaults()))
        .addEqualityGroup(full, full.toBuilder().build(), SerializableTester.reserialize(full))
        .addEqualityGroup(full.toBuilder().noPeriod().build())
        .addEqualityGroup(full.toBuilder().asOfLatest().build())
        .addEqualityGroup(full.toBuilder().fcrSameCategory(true).build())
        .addEqualityGroup(full.toBuilder().firstResponseTarget(Channel.VOICE, Duration.ofSeconds(21)).build())
        .addEqualityGroup(full.toBuilder().calibrationTolerance(5).build())
        .addEqualityGroup(full.toBuilder().firstResponseInCalendarTime().build())
        .addEqualityGroup(full.toBuilder().firstResponseCalendar(BusinessCalendar.TWENTY_FOUR_SEVEN).build())
        .addEqualityGroup(full.toBuilder().quantileExactLimit(10).build())
        .addEqualityGroup(full.toBuilder().kpis(KpiId.CSAT).build())
        .testEquals();
    assertThat(full.toString()).contains("by=channel,vendor", "WEEK in Europe/Paris", "fcrWindow=PT72H",
        "Mon-Fri 08:00-20:00");
    assertThat(Scorecard.defaults().firstResponseCalendar()).isEmpty();
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(Scorecard.class);
    nulls.testAllPublicInstanceMethods(full);
    nulls.testAllPublicInstanceMethods(Scorecard.builder());
  }

  private static Scorecard full() {
    return Scorecard.builder()
        .kpis(KpiId.all())
        .segmentBy(Dimension.CHANNEL, Dimension.VENDOR)
        .period(PeriodUnit.WEEK, ZoneId.of("Europe/Paris"))
        .asOf(Instant.parse("2026-11-01T00:00:00Z"))
        .fcrWindow(Duration.ofDays(3))
        .fcrSameCategory(false)
        .firstResponseTargets(Map.of(Channel.EMAIL, Duration.ofHours(8)))
        .firstResponseCalendar(BusinessCalendar.parse("tz=Europe/Paris; Mon-Fri 08:00-20:00"))
        .serviceLevelThreshold(Duration.ofSeconds(30))
        .shortAbandonThreshold(Duration.ofSeconds(10))
        .calibrationTolerance(2.5)
        .quantileExactLimit(100)
        .build();
  }

  @Test
  void onlyTheChosenKpisAreComputed() {
    ScorecardResult result = Scorecard.builder().kpis(KpiId.RESOLUTION_P90_SECONDS, KpiId.CSAT).build()
        .compute(ScorecardFixtures.log(3, 100));
    assertThat(result.kpis()).containsExactly(KpiId.CSAT, KpiId.RESOLUTION_P90_SECONDS);
    assertThat(result.whole().values().keySet()).containsExactly(KpiId.CSAT, KpiId.RESOLUTION_P90_SECONDS);
    assertThat(result.whole().firstResponseTimes()).isEmpty();
    assertThat(result.whole().resolutionTimes()).isPresent();
    assertThatThrownBy(() -> result.whole().value(KpiId.FCR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fcr");
    assertThatThrownBy(() -> result.value("*", KpiId.NPS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accumulatorsOfDifferentScorecardsDoNotMerge() {
    ScorecardAccumulator a = Scorecard.defaults().newAccumulator();
    ScorecardAccumulator b = Scorecard.builder().fcrWindow(Duration.ofDays(1)).build().newAccumulator();
    assertThatThrownBy(() -> a.merge(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different scorecards");
  }

  @Test
  void theAccumulatorSurvivesSerializationAndGoesOn() {
    Scorecard scorecard = full();
    List<Interaction> log = ScorecardFixtures.log(11, 300);
    ScorecardAccumulator acc = scorecard.newAccumulator();
    log.subList(0, 150).forEach(acc::add);
    ScorecardAccumulator copy = SerializableTester.reserialize(acc);
    log.subList(150, 300).forEach(copy::add);
    assertThat(copy.interactions()).isEqualTo(300);
    assertThat(copy.scorecard()).isEqualTo(scorecard);
    assertThat(copy.snapshot()).isEqualTo(scorecard.compute(log));
    assertThat(copy.asOf()).contains(scorecard.asOf().orElseThrow());
    assertThat(copy.toString()).contains("interactions=300");
  }

  @Test
  void periodsAreCutInTheZoneAcrossDaylightSavingTimeWhateverTheOrder() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<Interaction> log = new ArrayList<>();
    Instant start = Instant.parse("2026-10-23T00:00:00Z");
    for (int h = 0; h < 24 * 6; h++) {
      log.add(Interaction.builder().interactionId("i" + h).customerId("c" + h % 7).channel(Channel.VOICE)
          .category("x").createdAt(start.plusSeconds(h * 3600L + (h % 3 == 0 ? 0 : 1_799)))
          .outcome(Outcome.RESOLVED).build());
    }
    Collections.shuffle(log, new Random(5));
    ScorecardResult result = Scorecard.builder().period(PeriodUnit.DAY, berlin).build().compute(log);
    Map<String, Long> expected = log.stream().collect(Collectors.groupingBy(
        i -> ReportingPeriod.containing(PeriodUnit.DAY, i.createdAt(), berlin).toString(), TreeMap::new,
        Collectors.counting()));
    assertThat(result.keys().stream().skip(1).map(ScorecardKey::label)).containsExactlyElementsOf(expected.keySet());
    expected.forEach((label, count) -> assertThat(result.value(label, KpiId.CONTACTS)).contains(Count.of(count)));
    assertThat(expected.get("2026-10-25")).isEqualTo(25); // the day clocks fell back lasted 25 hours
  }

  // ---- ScorecardResult and SegmentScores ----

  @Test
  void lookups() {
    Scorecard scorecard = Scorecard.builder().segmentBy(Dimension.CHANNEL).period(PeriodUnit.WEEK, UTC).build();
    ScorecardResult result = scorecard.compute(ScorecardGoldenTest.LOG);
    assertThat(result.scorecard()).isEqualTo(scorecard);
    assertThat(new ArrayList<>(result.segments().keySet())).isEqualTo(result.keys());
    assertThat(result.get(ScorecardKey.of(W41, CHAT))).isSameAs(result.get("2026-W41|CHAT").orElseThrow());
    assertThat(result.get("2026-W41|CHAT").orElseThrow().label()).isEqualTo("2026-W41|CHAT");
    assertThat(result.get("nope")).isEmpty();
    assertThat(result.value("nope", KpiId.CSAT)).isEmpty();
    assertThat(result.value(ScorecardKey.of(W41, CHAT), KpiId.CONTACTS)).isEqualTo(Count.of(2));
    assertThatThrownBy(() -> result.get(ScorecardKey.of(SegmentKey.of(Dimension.VENDOR, "acme"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vendor");
    assertThatThrownBy(() -> result.get(ScorecardKey.of(ReportingPeriod.parse("2026-10", UTC), CHAT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period");
    ScorecardResult noPeriods = Scorecard.builder().segmentBy(Dimension.CHANNEL).build().compute(List.of());
    assertThatThrownBy(() -> noPeriods.get(ScorecardKey.of(W41, CHAT))).isInstanceOf(IllegalArgumentException.class);
    assertThat(noPeriods.get(ScorecardKey.of(CHAT)).value(KpiId.CONTACTS)).isEqualTo(Count.of(0));
    assertThat(result.toString()).contains("2026-W41|CHAT", "interactions=12");
    assertThat(result.whole().toString()).startsWith("* {");
  }

  @Test
  void resultContracts() {
    List<Interaction> log = ScorecardFixtures.log(5, 150);
    Scorecard scorecard = full();
    ScorecardResult result = scorecard.compute(log);
    List<Interaction> reversed = new ArrayList<>(log);
    Collections.reverse(reversed);
    new EqualsTester()
        .addEqualityGroup(result, scorecard.compute(reversed), SerializableTester.reserialize(result))
        .addEqualityGroup(scorecard.compute(log.subList(0, 149)))
        .addEqualityGroup(scorecard.toBuilder().asOfLatest().build().compute(log))
        .addEqualityGroup(scorecard.compute(List.of()))
        .testEquals();
    SegmentScores row = new ArrayList<>(result.segments().values()).get(1);
    new EqualsTester()
        .addEqualityGroup(result.whole(), scorecard.compute(reversed).whole(),
            SerializableTester.reserialize(result.whole()))
        .addEqualityGroup(row)
        .testEquals();
    NullPointerTester nulls = nulls();
    nulls.testAllPublicInstanceMethods(result);
    nulls.testAllPublicInstanceMethods(row);
    nulls.testAllPublicInstanceMethods(scorecard.newAccumulator());
  }

  // ---- QuantileValue ----

  @Test
  void quantileValues() {
    QuantileAccumulator acc = new QuantileAccumulator();
    for (long s : new long[] {1, 2, 3, 4}) {
      acc.add(s);
    }
    QuantileValue p90 = QuantileValue.of(acc.snapshot(), 0.9);
    assertThat(p90.value().getAsDouble()).isCloseTo(3.7, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(p90.sampleSize()).isEqualTo(4);
    assertThat(p90.isExact()).isTrue();
    assertThat(p90.quantile()).isEqualTo(0.9);
    assertThat(p90.interval()).isEmpty();
    assertThat(p90.toString()).startsWith("p90=3.7").endsWith("(n=4, exact)");
    QuantileValue none = QuantileValue.of(new QuantileAccumulator().snapshot(), 0.5);
    assertThat(none.value()).isEmpty();
    assertThat(none).hasToString("p50=none (n=0)");
    assertThat(QuantileValue.of(0.5, OptionalDouble.empty(), 0, true)).isEqualTo(none);
    assertThatThrownBy(() -> QuantileValue.of(1.5, OptionalDouble.of(1), 1, true)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> QuantileValue.of(0.5, OptionalDouble.of(1), 0, true)).hasMessageContaining("n = 0");
    assertThatThrownBy(() -> QuantileValue.of(0.5, OptionalDouble.empty(), 3, true)).hasMessageContaining("n = 3");
    assertThatThrownBy(() -> QuantileValue.of(0.5, OptionalDouble.of(Double.NaN), 3, true))
        .hasMessageContaining("finite");
    new EqualsTester()
        .addEqualityGroup(p90, QuantileValue.of(0.9, p90.value(), 4, true), SerializableTester.reserialize(p90))
        .addEqualityGroup(QuantileValue.of(0.9, p90.value(), 4, false))
        .addEqualityGroup(QuantileValue.of(0.5, p90.value(), 4, true))
        .addEqualityGroup(QuantileValue.of(0.9, p90.value(), 5, true))
        .addEqualityGroup(QuantileValue.of(0.9, OptionalDouble.of(3), 4, true))
        .addEqualityGroup(none)
        .testEquals();
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(QuantileValue.class);
    nulls.testAllPublicInstanceMethods(p90);
  }

  static NullPointerTester nulls() {
    return new NullPointerTester()
        .setDefault(ScorecardKey.class, ScorecardKey.of(W41, CHAT))
        .setDefault(SegmentKey.class, CHAT)
        .setDefault(ReportingPeriod.class, W41)
        .setDefault(Segmentation.class, Segmentation.of(Dimension.CHANNEL))
        .setDefault(Scorecard.class, Scorecard.defaults())
        .setDefault(ScorecardAccumulator.class, Scorecard.defaults().newAccumulator())
        .setDefault(Interaction.class, ScorecardGoldenTest.LOG.get(0))
        .setDefault(QuantileSummary.class, new QuantileAccumulator().snapshot())
        .setDefault(Duration.class, Duration.ofSeconds(1))
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(ZoneId.class, UTC)
        .setDefault(BusinessCalendar.class, BusinessCalendar.TWENTY_FOUR_SEVEN)
        .setDefault(PeriodUnit.class, PeriodUnit.WEEK)
        .setDefault(Dimension[].class, new Dimension[] {Dimension.CHANNEL})
        .setDefault(KpiId[].class, new KpiId[] {KpiId.CSAT});
  }
}
