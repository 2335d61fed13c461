package io.github.bpokit.sla.terms;

import static io.github.bpokit.sla.terms.Fixtures.FEES;
import static io.github.bpokit.sla.terms.Fixtures.csat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.sla.terms.Fixtures.V;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLevelTermTest {
  private static final ServiceLevelTerm CSAT = csat("csat");

  @ParameterizedTest(name = "csat {0} -> {1} {2}")
  @CsvSource({
      "1.0, BONUS, 10000.00",
      "0.96, BONUS, 10000.00",
      "0.95, BONUS, 10000.00",
      "0.9, BONUS, 6428.57",
      "0.88, BONUS, 5000.00",
      "0.8799, BASE, 0.00",
      "0.85, BASE, 0.00",
      "0.82, BASE, 0.00",
      "0.8199, REMEDIATION, 0.00",
      "0.75, REMEDIATION, 0.00",
      "0.7499, PENALTY, -5006.67",
      "0.7, PENALTY, -8333.33",
      "0.6, PENALTY, -15000.00",
      "0.5999, PENALTY, -15000.00",
      "0.0, PENALTY, -15000.00"})
  void goldenCsatBandsAtAndAroundEachEdge(double value, TermOutcome outcome, String amount) {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(CSAT).build();
    ContractEvaluation evaluation = contract.evaluate(List.of(
        new PeriodInput(Fixtures.month("2026-10"), FEES, (scope, kpi) -> new V(value, 200))));
    AdjustmentLine line = evaluation.lines().get(0);
    assertThat(line.outcome()).isEqualTo(outcome);
    assertThat(line.amount()).isEqualTo(Money.parse("EUR " + amount));
  }

  @Test
  void explainsEachLine() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(CSAT).build();
    ContractEvaluation evaluation = contract.evaluate(List.of(
        new PeriodInput(Fixtures.month("2026-10"), FEES, (scope, kpi) -> Proportion.of(180, 200))));
    assertThat(evaluation.lines().get(0).explanation()).isEqualTo("2026-10 csat: csat 0.9 (n=200, 95% CI "
        + "0.8506..0.9343) band [0.88..+∞) BONUS, sliding +5% at 0.88 to +10% at 0.95 of fees: +6.4286% of "
        + "EUR 100000.00 = EUR 6428.57");
    assertThat(evaluation.total(Fixtures.month("2026-10"))).isEqualTo(Money.parse("EUR 6428.57"));
  }

  @Test
  void belowTheMinimumSampleIsNotMeasurable() {
    Judgement j = CSAT.judge(new V(0.5, 29));
    assertThat(j.outcome()).isEqualTo(TermOutcome.NOT_MEASURABLE);
    assertThat(j.share()).isZero();
    assertThat(j.reason()).isEqualTo("sample 29 below the minimum 30");
    assertThat(CSAT.judge(Proportion.empty()).reason()).isEqualTo("no value");
    assertThat(CSAT.judge(new V(0.5, 30)).outcome()).isEqualTo(TermOutcome.PENALTY);
  }

  @Test
  void exposesItsDefinition() {
    assertThat(CSAT.name()).isEqualTo("csat");
    assertThat(CSAT.kpi()).isEqualTo(KpiId.CSAT);
    assertThat(CSAT.scope().isAll()).isTrue();
    assertThat(CSAT.period()).isEqualTo(PeriodUnit.MONTH);
    assertThat(CSAT.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(CSAT.minimumSample()).isEqualTo(30);
    assertThat(CSAT.domain()).isEqualTo(Range.closed(0.0, 1.0));
    assertThat(CSAT.bands().asMapOfRanges()).hasSize(4);
    assertThat(CSAT.bandOf(Double.NaN)).isEmpty();
    assertThat(ServiceLevelTerm.defaultDomain(KpiId.NPS)).isEqualTo(Range.closed(-100.0, 100.0));
    assertThat(ServiceLevelTerm.defaultDomain(KpiId.AHT_SECONDS)).isEqualTo(Range.atLeast(0.0));
  }

  @Test
  void lowerIsBetter() {
    ServiceLevelTerm aht = ServiceLevelTerm.builder("aht", KpiId.AHT_SECONDS).direction(Direction.LOWER_IS_BETTER)
        .band(Range.closedOpen(0.0, 300.0), TermOutcome.BASE, Adjustment.none())
        .band(Range.atLeast(300.0), TermOutcome.PENALTY, Adjustment.fixed(new BigDecimal("-0.02")))
        .build();
    assertThat(aht.judge(new V(300, 10)).share()).isEqualByComparingTo("-0.02");
    assertThat(aht.judge(new V(299.9, 10)).outcome()).isEqualTo(TermOutcome.BASE);
  }

  private static ServiceLevelTerm.Builder csatBuilder() {
    return ServiceLevelTerm.builder("c", KpiId.CSAT);
  }

  @Test
  void rejectsOverlapsGapsAndOutsideBands() {
    assertThatThrownBy(() -> csatBuilder()
        .band(Range.closed(0.0, 0.82), TermOutcome.PENALTY, Adjustment.none())
        .band(Range.closed(0.82, 1.0), TermOutcome.BASE, Adjustment.none()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("term c: bands [0.0..0.82] and [0.82..1.0] overlap on [0.82..0.82]");
    assertThatThrownBy(() -> csatBuilder()
        .band(Range.closedOpen(0.0, 0.82), TermOutcome.PENALTY, Adjustment.none())
        .band(Range.openClosed(0.82, 1.0), TermOutcome.BASE, Adjustment.none()).build())
        .hasMessage("term c: bands [0.0..0.82) and (0.82..1.0] leave the gap [0.82..0.82] uncovered");
    assertThatThrownBy(() -> csatBuilder()
        .band(Range.closed(0.1, 1.0), TermOutcome.BASE, Adjustment.none()).build())
        .hasMessage("term c: no band covers [0.0..0.1) of the domain [0.0..1.0] of csat");
    assertThatThrownBy(() -> csatBuilder()
        .band(Range.atLeast(0.0), TermOutcome.BASE, Adjustment.none())
        .band(Range.closed(2.0, 3.0), TermOutcome.BASE, Adjustment.none()).build())
        .hasMessage("term c: band [2.0..3.0] lies outside the domain [0.0..1.0] of csat");
    assertThatThrownBy(() -> csatBuilder().build())
        .hasMessage("term c has no bands: they must cover [0.0..1.0]");
    assertThatThrownBy(() -> csatBuilder()
        .band(Range.closedOpen(0.0, 0.5), TermOutcome.BASE, Adjustment.none())
        .band(Range.closed(0.5, 1.0), TermOutcome.PENALTY, Adjustment.none()).build())
        .hasMessage("term c (HIGHER_IS_BETTER): band [0.5..1.0] PENALTY has better values than band [0.0..0.5) "
            + "BASE but a worse outcome");
    assertThatThrownBy(() -> CSAT.judge(new V(1.5, 100)))
        .hasMessage("term csat: csat value 1.5 is outside the domain [0.0..1.0]");
  }

  @Test
  void rejectsBadDefinitions() {
    assertThatThrownBy(() -> ServiceLevelTerm.builder("bad name", KpiId.CSAT))
        .hasMessage("term name 'bad name' must start with a letter or digit and hold only letters, digits and _ . @ -");
    assertThatThrownBy(() -> csatBuilder().minimumSample(0)).hasMessage("term c: minimum sample 0 must be at least 1");
    assertThatThrownBy(() -> csatBuilder().period(PeriodUnit.WEEK))
        .hasMessage("term c: measurement period WEEK is not supported: expected MONTH or QUARTER");
    assertThatThrownBy(() -> csatBuilder().domain(Range.closedOpen(1.0, 1.0)))
        .hasMessage("term c: the domain [1.0..1.0) is empty");
    assertThatThrownBy(() -> new Band(Range.closedOpen(0.5, 0.5), TermOutcome.BASE, Adjustment.none()))
        .hasMessage("band [0.5..0.5) is empty: no KPI value can fall in it");
    assertThatThrownBy(() -> new Band(Range.closed(0.0, 1.0), TermOutcome.NOT_MEASURABLE, Adjustment.none()))
        .hasMessage("band [0.0..1.0] cannot have the outcome NOT_MEASURABLE: that is for too small samples only");
    assertThatThrownBy(() -> Adjustment.fixed(new BigDecimal("1.5")))
        .hasMessage("share 1.5 is outside [-1, 1]: a share of fees, e.g. 0.05 for 5%");
    assertThatThrownBy(() -> Adjustment.sliding("0.8", "0.05", "0.8", "0.1"))
        .hasMessage("a sliding adjustment needs two different KPI values, got 0.8 twice");
    assertThatThrownBy(() -> TermOutcome.parse("great"))
        .hasMessage("unknown outcome 'great': expected bonus, base, remediation, penalty or not_measurable");
    assertThatThrownBy(() -> TriggerAction.parse("sue"))
        .hasMessage("unknown trigger action 'sue': expected remediation_plan_due or exit_right");
    assertThatThrownBy(() -> TermOutcome.BASE.isAtOrWorseThan(TermOutcome.NOT_MEASURABLE))
        .hasMessage("cannot compare with NOT_MEASURABLE: it is not an outcome on the scale");
  }

  @Test
  void adjustmentsDescribeThemselves() {
    assertThat(Adjustment.none().describe()).isEqualTo("no adjustment");
    assertThat(Adjustment.fixed(BigDecimal.ZERO)).isEqualTo(Adjustment.none());
    assertThat(Adjustment.fixed(new BigDecimal("-0.05")).describe()).isEqualTo("-5% of fees");
    assertThat(Adjustment.fixed(new BigDecimal("-0.05")).kind()).isEqualTo(Adjustment.Kind.FIXED);
    assertThat(Adjustment.sliding("0.75", "-0.05", "0.60", "-0.15").shareAt(new BigDecimal("0.7")))
        .isEqualByComparingTo(new BigDecimal("-0.05").subtract(new BigDecimal("0.1").divide(new BigDecimal("3"),
            java.math.MathContext.DECIMAL128)));
    assertThat(Adjustment.sliding("0.88", "0.05", "0.95", "0.10"))
        .isEqualTo(Adjustment.sliding("0.880", "0.050", "0.95", "0.1"))
        .hasSameHashCodeAs(Adjustment.sliding("0.880", "0.050", "0.95", "0.1"));
  }
}
