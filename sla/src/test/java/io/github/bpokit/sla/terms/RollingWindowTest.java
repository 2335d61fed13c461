package io.github.bpokit.sla.terms;

import static io.github.bpokit.sla.terms.Fixtures.FEES;
import static io.github.bpokit.sla.terms.Fixtures.csat;
import static io.github.bpokit.sla.terms.Fixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Mean;
import io.github.bpokit.kpi.NetPromoterScore;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.QuantileValue;
import io.github.bpokit.kpi.Ratio;
import io.github.bpokit.sla.terms.Fixtures.V;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RollingWindowTest {
  private static final SegmentKey EMAIL = SegmentKey.of(Dimension.CHANNEL, "EMAIL");

  /** The golden CSAT bands of SPEC §5 on EMAIL, measured over a rolling window of 3 months, n >= 30. */
  private static ServiceLevelTerm rolling(int months) {
    ServiceLevelTerm.Builder b = ServiceLevelTerm.builder("csat-email", KpiId.CSAT).scope(EMAIL)
        .measurementPeriod(MeasurementPeriod.rollingMonths(months)).minimumSample(30);
    csat("x").bands().asMapOfRanges().values().forEach(b::band);
    return b.build();
  }

  private static PeriodInput email(String month, Money fees, long satisfied, long answers) {
    return new PeriodInput(month(month), fees, (scope, kpi) -> {
      assertThat(scope).isEqualTo(EMAIL);
      return Proportion.of(satisfied, answers);
    });
  }

  /**
   * Worked by hand. Monthly CSAT answers on EMAIL (satisfied / answers): 2026-08 9/10, 2026-09 15/20, 2026-10 50/50,
   * 2026-11 7/30. Fees 100000.00 each month but 80000.00 in November.
   *
   * <pre>
   * 2026-08 window 08..08 (1 of 3 months): 9/10,                   n = 10 < 30         NOT_MEASURABLE, 0
   * 2026-09 window 08..09 (2 of 3 months): (9+15)/(10+20)   = 24/30 = 0.8   [0.75, 0.82)  REMEDIATION, 0
   * 2026-10 window 08..10: (9+15+50)/(10+20+50)       = 74/80 = 0.925 [0.88, +inf)  BONUS,
   *         share 0.05 + (0.925 - 0.88) / (0.95 - 0.88) × 0.05 = 0.05 + 0.045 / 0.07 × 0.05 = 0.0821428571...
   *         × 100000.00 = 8214.2857... → 8214.29
   * 2026-11 window 09..11 (August drops out): (15+50+7)/(20+50+30) = 72/100 = 0.72 [0, 0.75) PENALTY,
   *         share −0.05 + (0.75 − 0.72) / (0.75 − 0.60) × (−0.10) = −0.05 − 0.02 = −0.07
   *         × 80000.00 (November's fees) = −5600.00
   * </pre>
   * November alone (7/30 = 0.2333) would be at the −15% end; the trigger "REMEDIATION or worse in 2 of the last 3
   * months" sees the monthly sequence NOT_MEASURABLE, REMEDIATION, BONUS, PENALTY and fires in November only.
   */
  @Test
  void rollingThreeMonthsOverFourMonths() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(rolling(3))
        .trigger(Trigger.inAnyOf("watch", "csat-email", TermOutcome.REMEDIATION, 2, 3,
            TriggerAction.REMEDIATION_PLAN_DUE))
        .build();
    Money november = Money.parse("EUR 80000.00");
    ContractEvaluation e = contract.evaluate(List.of(email("2026-08", FEES, 9, 10), email("2026-09", FEES, 15, 20),
        email("2026-10", FEES, 50, 50), email("2026-11", november, 7, 30)));

    assertThat(e.lines()).extracting(AdjustmentLine::outcome).containsExactly(TermOutcome.NOT_MEASURABLE,
        TermOutcome.REMEDIATION, TermOutcome.BONUS, TermOutcome.PENALTY);
    assertThat(e.lines()).extracting(l -> l.judgement().measured()).containsExactly(Proportion.of(9, 10),
        Proportion.of(24, 30), Proportion.of(74, 80), Proportion.of(72, 100));
    assertThat(e.lines()).extracting(AdjustmentLine::amount).containsExactly(Money.parse("EUR 0.00"),
        Money.parse("EUR 0.00"), Money.parse("EUR 8214.29"), Money.parse("EUR -5600.00"));
    assertThat(e.lines().get(0).measuredOver()).containsExactly(month("2026-08"));
    assertThat(e.lines().get(3).measuredOver()).containsExactly(month("2026-09"), month("2026-10"),
        month("2026-11"));
    assertThat(e.fees(month("2026-11"))).isEqualTo(november);

    assertThat(e.lines().get(0).explanation()).isEqualTo("2026-08 csat-email: csat on EMAIL over 2026-08..2026-08 "
        + "(1 of 3 months) 0.9 (n=10, 95% CI 0.5958..0.9821) NOT_MEASURABLE (sample 10 below the minimum 30): "
        + "= EUR 0.00");
    assertThat(e.lines().get(2).explanation()).isEqualTo("2026-10 csat-email: csat on EMAIL over 2026-08..2026-10 "
        + "0.925 (n=80, 95% CI 0.8459..0.9652) band [0.88..+\u221e) BONUS, sliding +5% at 0.88 to +10% at 0.95 of "
        + "fees: +8.2143% of EUR 100000.00 = EUR 8214.29");
    assertThat(e.lines().get(2).rule()).isEqualTo("+8.2143% of EUR 100000.00 = EUR 8214.29");
    assertThat(e.lines().get(3).explanation()).isEqualTo("2026-11 csat-email: csat on EMAIL over 2026-09..2026-11 "
        + "0.72 (n=100, 95% CI 0.6251..0.7986) band [0.0..0.75) PENALTY, sliding -5% at 0.75 to -15% at 0.60 of "
        + "fees: -7% of EUR 80000.00 = EUR -5600.00");

    assertThat(e.triggers()).extracting(t -> t.trigger().name() + "@" + t.period()).containsExactly("watch@2026-11");
    assertThat(e.triggers().get(0).evidence()).containsExactly(month("2026-09"), month("2026-11"));
  }

  @Test
  void earnBackWorksOnTheMonthlySequence() {
    // rolling 2 months, earn-back after 1 compliant month:
    // 2026-10 window 10..10: 60/100 = 0.6 → PENALTY at the −15% end: −15000.00
    // 2026-11 window 10..11: (60+400)/(100+400) = 0.92 → BONUS 0.05 + 0.04 / 0.07 × 0.05 = +7.8571% → 7857.14,
    //         compliant, so October's credit is paid back in November: +15000.00
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(rolling(2))
        .scheme(CreditScheme.builder().earnBack(1).build()).build();
    ContractEvaluation e = contract.evaluate(List.of(email("2026-10", FEES, 60, 100),
        email("2026-11", FEES, 400, 400)));
    assertThat(e.lines()).extracting(l -> l.kind() + " " + l.outcome() + " " + l.amount()).containsExactly(
        "ADJUSTMENT PENALTY EUR -15000.00", "ADJUSTMENT BONUS EUR 7857.14", "EARN_BACK BONUS EUR 15000.00");
    assertThat(e.lines().get(2).measuredOver()).containsExactly(month("2026-10"), month("2026-11"));
    assertThat(e.total(month("2026-11"))).isEqualTo(Money.parse("EUR 22857.14"));
  }

  @Test
  void mergesTheCountsBehindEveryKindOfValue() {
    KpiSource a = (s, k) -> switch (k) {
      case CONTACTS -> Count.of(3);
      case CSAT -> Proportion.of(1, 2);
      case AHT_SECONDS -> Mean.of(2, 700);
      case QA_MEAN -> Mean.of(1, 87_500_000, 6);
      case NPS -> NetPromoterScore.of(1, 2, 3);
      default -> Ratio.of(10, 20);
    };
    KpiSource b = (s, k) -> switch (k) {
      case CONTACTS -> Count.of(4);
      case CSAT -> Proportion.of(3, 4);
      case AHT_SECONDS -> Mean.of(3, 800);
      case QA_MEAN -> Mean.of(2, 170_000_000, 6);
      case NPS -> NetPromoterScore.of(4, 5, 6);
      default -> Ratio.of(5, 30);
    };
    KpiSource both = KpiSource.merged(List.of(a, b));
    SegmentKey all = SegmentKey.all();
    assertThat(both.value(all, KpiId.CONTACTS)).isEqualTo(Count.of(7));
    assertThat(both.value(all, KpiId.CSAT)).isEqualTo(Proportion.of(4, 6));
    // (700 + 800) / (2 + 3) = 300 s, not the mean of the means (350 + 266.67) / 2
    assertThat(both.value(all, KpiId.AHT_SECONDS)).isEqualTo(Mean.of(5, 1_500));
    assertThat(both.value(all, KpiId.AHT_SECONDS).value()).isEqualTo(OptionalDouble.of(300));
    assertThat(both.value(all, KpiId.QA_MEAN)).isEqualTo(Mean.of(3, 257_500_000, 6));
    assertThat(both.value(all, KpiId.NPS)).isEqualTo(NetPromoterScore.of(5, 7, 9));
    assertThat(both.value(all, KpiId.SERVICE_LEVEL)).isEqualTo(Ratio.of(15, 50));
    assertThat(KpiSource.merged(List.of(a))).isSameAs(a);
  }

  @Test
  void aWindowOfOneMonthIsTheMonth() {
    assertThat(rolling(1).measurementPeriod()).isEqualTo(MeasurementPeriod.rollingMonths(1));
    assertThat(rolling(1).period()).isEqualTo(PeriodUnit.MONTH);
    assertThat(MeasurementPeriod.rollingMonths(1).length()).isEqualTo(1);
    assertThat(MeasurementPeriod.rollingMonths(1)).isNotEqualTo(MeasurementPeriod.of(PeriodUnit.MONTH));
  }

  @Test
  void parsesAndPrints() {
    assertThat(MeasurementPeriod.parse(" Rolling 3 Months ")).isEqualTo(MeasurementPeriod.rollingMonths(3))
        .hasToString("rolling 3 months").hasSameHashCodeAs(MeasurementPeriod.rollingMonths(3));
    assertThat(MeasurementPeriod.parse("rolling 1 month")).hasToString("rolling 1 month");
    assertThat(MeasurementPeriod.parse("month")).isEqualTo(MeasurementPeriod.of(PeriodUnit.MONTH))
        .hasToString("MONTH");
    assertThat(MeasurementPeriod.parse("QUARTER").unit()).isEqualTo(PeriodUnit.QUARTER);
    assertThat(MeasurementPeriod.parse("quarter").isRolling()).isFalse();
    assertThat(MeasurementPeriod.rollingMonths(6).unit()).isEqualTo(PeriodUnit.MONTH);
    assertThat(rolling(3).toString()).startsWith("csat-email (csat on EMAIL per rolling 3 months, ");
  }

  @Test
  void errorsNameTheProblem() {
    assertThatThrownBy(() -> MeasurementPeriod.rollingMonths(0))
        .hasMessage("a rolling window of 0 months is not valid: expected at least 1 month");
    assertThatThrownBy(() -> MeasurementPeriod.parse("rolling 0 months"))
        .hasMessage("a rolling window of 0 months is not valid: expected at least 1 month");
    assertThatThrownBy(() -> MeasurementPeriod.parse("rolling three months"))
        .hasMessage("unknown measurement period 'rolling three months': expected month, quarter or rolling N "
            + "months, e.g. rolling 3 months");
    assertThatThrownBy(() -> MeasurementPeriod.of(PeriodUnit.DAY))
        .hasMessage("measurement period DAY is not supported: expected MONTH or QUARTER");
    assertThatThrownBy(() -> ServiceLevelTerm.builder("frt", KpiId.FRT_P90_SECONDS)
        .measurementPeriod(MeasurementPeriod.rollingMonths(3)))
        .hasMessage("term frt: frt_p90_seconds cannot be measured over rolling 3 months: a QuantileValue of several "
            + "months is not a function of the monthly values; measure it per MONTH or QUARTER");
    assertThat(ServiceLevelTerm.builder("frt", KpiId.FRT_P90_SECONDS)
        .measurementPeriod(MeasurementPeriod.rollingMonths(1)).band(Range.atLeast(0.0), TermOutcome.BASE,
            Adjustment.none()).build().measurementPeriod().length()).isEqualTo(1);
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.QUARTER).term(rolling(3)))
        .hasMessage("term csat-email is measured per rolling 3 months (evaluated per MONTH) but the contract is "
            + "evaluated per QUARTER");
    assertThatThrownBy(() -> KpiSource.merged(List.of())).hasMessage("no sources to merge");
    SegmentKey all = SegmentKey.all();
    assertThatThrownBy(() -> KpiSource.merged(List.of((s, k) -> Mean.of(1, 1), (s, k) -> Mean.of(1, 1, 6)))
        .value(all, KpiId.QA_MEAN))
        .hasMessage("cannot merge qa_mean values mean(1/1) and mean(0.000001/1) exactly: only counts, "
            + "proportions, means of one scale, NPS and ratios add up");
    QuantileValue p90 = QuantileValue.of(0.9, OptionalDouble.of(10), 5, true);
    assertThatThrownBy(() -> KpiSource.merged(List.of((s, k) -> p90, (s, k) -> p90)).value(all,
        KpiId.FRT_P90_SECONDS)).hasMessageStartingWith("cannot merge frt_p90_seconds values ");
    assertThatThrownBy(() -> KpiSource.merged(List.of((s, k) -> new V(0.5, 10), (s, k) -> Proportion.of(1, 2)))
        .value(all, KpiId.CSAT)).hasMessageStartingWith("cannot merge csat values V[v=0.5, n=10] and 1/2 exactly");
  }
}
