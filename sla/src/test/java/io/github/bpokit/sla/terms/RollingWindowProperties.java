package io.github.bpokit.sla.terms;

import static io.github.bpokit.sla.terms.Fixtures.UTC;
import static io.github.bpokit.sla.terms.Fixtures.csat;
import static io.github.bpokit.sla.terms.Fixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.Scorecard;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RollingWindowProperties {
  private static final long SEED = 20261001L;
  /** KPIs whose value depends on the window's interactions only (not on repeat contacts after it). */
  private static final List<KpiId> KPIS = List.of(KpiId.CONTACTS, KpiId.HANDLED, KpiId.ABANDONMENT_RATE,
      KpiId.ASA_SECONDS, KpiId.AHT_SECONDS, KpiId.CSAT, KpiId.CSAT_MEAN, KpiId.NPS, KpiId.SLA_FIRST_RESPONSE,
      KpiId.QA_MEAN, KpiId.ESCALATION_RATE);
  private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");
  /** July to December 2026. */
  private static final long SPAN_SECONDS = 184L * 86_400;

  private static ServiceLevelTerm term(MeasurementPeriod period) {
    ServiceLevelTerm.Builder b = ServiceLevelTerm.builder("csat", KpiId.CSAT).measurementPeriod(period)
        .minimumSample(30);
    csat("x").bands().asMapOfRanges().values().forEach(b::band);
    return b.build();
  }

  @Test
  void aRollingWindowOfOneMonthIsTheMonthlyTerm() {
    ContractTerms monthly = ContractTerms.builder(PeriodUnit.MONTH).term(term(MeasurementPeriod.of(PeriodUnit.MONTH)))
        .scheme(CreditScheme.builder().earnBack(1).build()).build();
    ContractTerms rolling = ContractTerms.builder(PeriodUnit.MONTH).term(term(MeasurementPeriod.rollingMonths(1)))
        .scheme(CreditScheme.builder().earnBack(1).build()).build();
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(lists().of(longs().between(0, 10_000)).ofSizeBetween(1, 8))
        .checkAssert(draws -> {
          List<PeriodInput> in = new ArrayList<>();
          ReportingPeriod p = month("2026-01");
          for (long d : draws) {
            Proportion value = Proportion.of(d % 100, d % 100 + d / 100); // 0..99 of 0..199
            in.add(new PeriodInput(p, Fixtures.FEES, (s, k) -> value));
            p = p.next();
          }
          ContractEvaluation a = monthly.evaluate(in);
          ContractEvaluation b = rolling.evaluate(in);
          assertThat(b.lines()).extracting(l -> l.kind() + " " + l.outcome() + " " + l.judgement().measured() + " "
              + l.amount() + " " + l.measuredOver()).containsExactlyElementsOf(a.lines().stream().map(l -> l.kind()
                  + " " + l.outcome() + " " + l.judgement().measured() + " " + l.amount() + " " + l.measuredOver())
              .collect(Collectors.toList()));
        });
  }

  /** A valid interaction drawn from a seed: channel, outcome, wait, handle time and survey answers vary. */
  private static Interaction interaction(int id, SplittableRandom r) {
    Instant created = START.plusSeconds(r.nextLong(SPAN_SECONDS));
    Channel channel = Channel.values()[r.nextInt(3)];
    Interaction.Builder b = Interaction.builder().interactionId("i" + id).customerId("c" + r.nextInt(50))
        .channel(channel).category("billing").createdAt(created);
    long wait = r.nextLong(600);
    b.waitSeconds(wait);
    if (r.nextInt(10) == 0) {
      return b.outcome(Outcome.ABANDONED).build();
    }
    b.answeredAt(created.plusSeconds(wait)).talkSeconds(r.nextLong(900)).wrapSeconds(r.nextLong(120))
        .outcome(r.nextInt(5) == 0 ? Outcome.ESCALATED : Outcome.RESOLVED);
    if (r.nextBoolean()) {
      b.csat(1 + r.nextInt(5));
    }
    if (r.nextInt(3) == 0) {
      b.nps(r.nextInt(11));
    }
    if (r.nextInt(4) == 0) {
      b.qaPartner(r.nextInt(100_001) / 1000.0);
    }
    return b.build();
  }

  @Test
  void theWindowsValueIsAOnePassScorecardOverTheWindowsInteractions() {
    qt().withFixedSeed(SEED).withExamples(40)
        .forAll(longs().all(), integers().between(0, 400), integers().between(0, 5), integers().between(1, 6))
        .checkAssert((seed, count, last, months) -> {
          SplittableRandom r = new SplittableRandom(seed);
          List<Interaction> log = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            log.add(interaction(i, r));
          }
          ScorecardResult monthly = Scorecard.builder().segmentBy(Dimension.CHANNEL).period(PeriodUnit.MONTH, UTC)
              .kpis(KPIS).build().compute(log);
          ReportingPeriod end = month("2026-07").plus(last);
          ReportingPeriod first = end.plus(1 - months);
          List<KpiSource> sources = new ArrayList<>();
          for (ReportingPeriod p = first; p.compareTo(end) <= 0; p = p.next()) {
            sources.add(KpiSource.of(p, List.of(monthly)));
          }
          KpiSource window = KpiSource.merged(sources);
          ScorecardResult onePass = Scorecard.builder().segmentBy(Dimension.CHANNEL).noPeriod().kpis(KPIS).build()
              .compute(log.stream().filter(i -> !i.createdAt().isBefore(first.start())
                  && i.createdAt().isBefore(end.end())).collect(Collectors.toList()));
          for (SegmentKey scope : List.of(SegmentKey.all(), SegmentKey.of(Dimension.CHANNEL, "VOICE"),
              SegmentKey.of(Dimension.CHANNEL, "CHAT"))) {
            for (KpiId kpi : KPIS) {
              assertThat(window.value(scope, kpi)).as(kpi.id() + " on " + scope.label() + " over " + first + ".."
                  + end).isEqualTo(onePass.value(ScorecardKey.of(scope), kpi));
            }
          }
        });
  }
}
