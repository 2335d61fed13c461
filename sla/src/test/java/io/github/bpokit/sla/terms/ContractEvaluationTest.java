package io.github.bpokit.sla.terms;

import static io.github.bpokit.sla.terms.Fixtures.FEES;
import static io.github.bpokit.sla.terms.Fixtures.csat;
import static io.github.bpokit.sla.terms.Fixtures.month;
import static io.github.bpokit.sla.terms.Fixtures.months;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.sla.terms.Fixtures.V;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContractEvaluationTest {
  private static ServiceLevelTerm onChannel(String name, String channel) {
    ServiceLevelTerm base = csat(name);
    ServiceLevelTerm.Builder b = ServiceLevelTerm.builder(name, base.kpi())
        .scope(SegmentKey.of(Dimension.CHANNEL, channel)).minimumSample(30);
    base.bands().asMapOfRanges().values().forEach(b::band);
    return b.build();
  }

  private static List<Money> amounts(ContractEvaluation e, ReportingPeriod p) {
    return e.lines(p).stream().map(AdjustmentLine::amount).collect(Collectors.toList());
  }

  @Test
  void atRiskCapHitBySeveralTerms() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH)
        .term(onChannel("csat-email", "EMAIL")).term(onChannel("csat-chat", "CHAT"))
        .term(onChannel("csat-voice", "VOICE"))
        .scheme(CreditScheme.builder().atRisk(new BigDecimal("0.12"))
            .allocation("csat-email", new BigDecimal("0.5")).allocation("csat-chat", new BigDecimal("0.3"))
            .allocation("csat-voice", new BigDecimal("0.4")).build())
        .build();
    ContractEvaluation e = contract.evaluate(months("2026-10",
        Map.of("EMAIL", 0.5, "CHAT", 0.7, "VOICE", 0.74)));
    List<AdjustmentLine> lines = e.lines(month("2026-10"));
    assertThat(lines).extracting(AdjustmentLine::uncapped).containsExactly(
        Money.parse("EUR -6000.00"), Money.parse("EUR -3600.00"), Money.parse("EUR -4800.00"));
    assertThat(lines).extracting(AdjustmentLine::amount).containsExactly(
        Money.parse("EUR -5000.00"), Money.parse("EUR -3000.00"), Money.parse("EUR -4000.00"));
    assertThat(e.total(month("2026-10"))).isEqualTo(Money.parse("EUR -12000.00"));
    assertThat(lines.get(0).explanation()).isEqualTo("2026-10 csat-email: csat on EMAIL 0.5 (n=100) band "
        + "[0.0..0.75) PENALTY, sliding -5% at 0.75 to -15% at 0.60 of fees: pool allocation 50% of the at-risk 12% of "
        + "EUR 100000.00 = EUR -6000.00; capped to EUR -5000.00 (the at-risk amount EUR 12000.00 shared by 3 lines "
        + "in proportion)");
  }

  @Test
  void capSharesByLargestRemainderWithoutLosingACent() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH)
        .term(onChannel("a", "EMAIL")).term(onChannel("b", "CHAT")).term(onChannel("c", "VOICE"))
        .scheme(CreditScheme.builder().atRisk(new BigDecimal("0.1")).allocation("a", BigDecimal.ONE)
            .allocation("b", BigDecimal.ONE).allocation("c", BigDecimal.ONE).bonusCap(new BigDecimal("0.01")).build())
        .build();
    ContractEvaluation e = contract.evaluate(List.of(new PeriodInput(month("2026-10"), Money.parse("EUR 1000.01"),
        (scope, kpi) -> new V(0.1, 100))));
    assertThat(amounts(e, month("2026-10"))).containsExactly(
        Money.parse("EUR -33.34"), Money.parse("EUR -33.33"), Money.parse("EUR -33.33"));
  }

  @Test
  void bonusCap() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH)
        .term(onChannel("a", "EMAIL")).term(onChannel("b", "CHAT"))
        .scheme(CreditScheme.builder().bonusCap(new BigDecimal("0.12")).build()).build();
    ContractEvaluation e = contract.evaluate(months("2026-10", Map.of("EMAIL", 0.95, "CHAT", 0.9)));
    // uncapped 10000.00 + 6428.57 > 12000.00: 12000.00 shared 10000.00 : 6428.57
    assertThat(amounts(e, month("2026-10"))).containsExactly(
        Money.parse("EUR 7304.35"), Money.parse("EUR 4695.65"));
  }

  private static ContractTerms earnBackContract() {
    return ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .scheme(CreditScheme.builder().earnBack(2).build()).build();
  }

  @Test
  void earnBackReturned() {
    ContractEvaluation e = earnBackContract().evaluate(months("2026-10",
        Map.of("*", 0.6), Map.of("*", 0.85), Map.of("*", 0.88)));
    AdjustmentLine back = e.lines(month("2026-12")).get(1);
    assertThat(back.kind()).isEqualTo(AdjustmentLine.Kind.EARN_BACK);
    assertThat(back.amount()).isEqualTo(Money.parse("EUR 15000.00"));
    assertThat(back.explanation())
        .isEqualTo("2026-12 csat: earn-back of the 2026-10 credit EUR -15000.00 after 2 compliant periods = "
            + "EUR 15000.00");
    assertThat(e.total(month("2026-12"))).isEqualTo(Money.parse("EUR 20000.00"));
    assertThat(e.periods()).containsExactly(month("2026-10"), month("2026-11"), month("2026-12"));
  }

  @Test
  void earnBackNotReturned() {
    ContractEvaluation e = earnBackContract().evaluate(months("2026-10",
        Map.of("*", 0.6), Map.of("*", 0.85), Map.of("*", 0.8)));
    assertThat(e.lines()).extracting(AdjustmentLine::kind).containsOnly(AdjustmentLine.Kind.ADJUSTMENT);
    assertThat(e.lines()).hasSize(3);
  }

  @Test
  void twoConsecutiveQuartersExitTrigger() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .trigger(Trigger.consecutive("exit", "csat", TermOutcome.REMEDIATION, 2, TriggerAction.EXIT_RIGHT)
            .rolledUpTo(PeriodUnit.QUARTER))
        .trigger(Trigger.consecutive("plan", "csat", TermOutcome.REMEDIATION, 2, TriggerAction.REMEDIATION_PLAN_DUE))
        .trigger(Trigger.inAnyOf("watch", "csat", TermOutcome.REMEDIATION, 2, 3, TriggerAction.REMEDIATION_PLAN_DUE))
        .build();
    ContractEvaluation e = contract.evaluate(months("2026-07",
        Map.of("*", 0.85), Map.of("*", 0.80), Map.of("*", 0.90),
        Map.of("*", 0.85), Map.of("*", 0.85), Map.of("*", 0.70)));
    ReportingPeriod q4 = ReportingPeriod.parse("2026-Q4", Fixtures.UTC);
    assertThat(e.triggers()).extracting(FiredTrigger::action).containsExactly(TriggerAction.EXIT_RIGHT);
    FiredTrigger exit = e.triggers().get(0);
    assertThat(exit.period()).isEqualTo(q4);
    assertThat(exit.evidence()).containsExactly(ReportingPeriod.parse("2026-Q3", Fixtures.UTC), q4);
    assertThat(exit.explanation()).isEqualTo("2026-Q4 exit: csat at or worse than REMEDIATION in 2 consecutive "
        + "quarters (2026-Q3 REMEDIATION, 2026-Q4 PENALTY) -> EXIT_RIGHT");
  }

  @Test
  void monthlyTriggers() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .trigger(Trigger.consecutive("plan", "csat", TermOutcome.REMEDIATION, 2, TriggerAction.REMEDIATION_PLAN_DUE))
        .trigger(Trigger.inAnyOf("watch", "csat", TermOutcome.REMEDIATION, 2, 3, TriggerAction.REMEDIATION_PLAN_DUE))
        .build();
    ContractEvaluation e = contract.evaluate(months("2026-07",
        Map.of("*", 0.80), Map.of("*", 0.85), Map.of("*", 0.70), Map.of("*", 0.70)));
    assertThat(e.triggers()).extracting(t -> t.trigger().name() + "@" + t.period()).containsExactly(
        "plan@2026-10", "watch@2026-09", "watch@2026-10");
    assertThat(e.explain()).contains("2026-09 watch: csat at or worse than REMEDIATION in 2 of the last 3 periods "
        + "(2026-07 REMEDIATION, 2026-09 PENALTY) -> REMEDIATION_PLAN_DUE");
  }

  @Test
  void notMeasurableBreaksARunAndEarnsNothing() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .trigger(Trigger.consecutive("plan", "csat", TermOutcome.REMEDIATION, 2, TriggerAction.REMEDIATION_PLAN_DUE))
        .build();
    List<PeriodInput> in = List.of(
        new PeriodInput(month("2026-10"), FEES, (s, k) -> new V(0.7, 100)),
        new PeriodInput(month("2026-11"), FEES, (s, k) -> new V(0.1, 5)),
        new PeriodInput(month("2026-12"), FEES, (s, k) -> new V(0.7, 100)));
    ContractEvaluation e = contract.evaluate(in);
    assertThat(e.triggers()).isEmpty();
    assertThat(e.lines().get(1).amount()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(e.lines().get(1).explanation()).isEqualTo("2026-11 csat: csat 0.1 (n=5) NOT_MEASURABLE (sample 5 "
        + "below the minimum 30): = EUR 0.00");
  }

  @Test
  void errorsNameTheProblem() {
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat")).build();
    KpiSource any = (s, k) -> new V(0.9, 100);
    assertThatThrownBy(() -> contract.evaluate(List.of())).hasMessage("no periods to evaluate");
    assertThatThrownBy(() -> contract.evaluate(List.of(new PeriodInput(month("2026-10"), FEES, any),
        new PeriodInput(month("2026-12"), FEES, any))))
        .hasMessage("periods must be consecutive: 2026-12 follows 2026-10");
    assertThatThrownBy(() -> contract.evaluate(List.of(new PeriodInput(month("2026-10"), FEES, any),
        new PeriodInput(month("2026-11"), Money.parse("USD 1.00"), any))))
        .hasMessage("fees of 2026-11 are in USD but those of 2026-10 in EUR");
    assertThatThrownBy(() -> contract.evaluate(List.of(
        new PeriodInput(ReportingPeriod.parse("2026-Q4", Fixtures.UTC), FEES, any))))
        .hasMessage("period 2026-Q4 is a QUARTER but the contract is evaluated per MONTH");
    assertThatThrownBy(() -> new PeriodInput(month("2026-10"), Money.parse("EUR -1.00"), any))
        .hasMessage("fees of 2026-10 must be rounded to the minor unit and not negative, got EUR -1.00");
    assertThatThrownBy(() -> contract.evaluate(List.of(new PeriodInput(month("2026-10"), FEES, any))).fees(
        month("2026-11"))).hasMessage("period 2026-11 was not evaluated; periods are [2026-10]");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.WEEK))
        .hasMessage("contract period WEEK is not supported: expected MONTH or QUARTER");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.QUARTER).term(csat("csat")))
        .hasMessage("term csat is measured per MONTH but the contract is evaluated per QUARTER");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat")).term(csat("csat")))
        .hasMessage("term name csat is used twice");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.MONTH).build())
        .hasMessage("a contract needs at least one term");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .scheme(CreditScheme.builder().atRisk(BigDecimal.ONE).allocation("fcr", BigDecimal.ONE).build()).build())
        .hasMessage("allocation for unknown term fcr; terms are [csat]");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .trigger(Trigger.consecutive("t", "fcr", TermOutcome.PENALTY, 2, TriggerAction.EXIT_RIGHT)).build())
        .hasMessage("trigger t refers to unknown term fcr; terms are [csat]");
    assertThatThrownBy(() -> ContractTerms.builder(PeriodUnit.MONTH).term(csat("csat"))
        .trigger(Trigger.consecutive("t", "csat", TermOutcome.PENALTY, 2, TriggerAction.EXIT_RIGHT)
            .rolledUpTo(PeriodUnit.WEEK)).build())
        .hasMessage("trigger t cannot roll MONTH results up to WEEK: only MONTH to QUARTER");
    assertThatThrownBy(() -> Trigger.inAnyOf("t", "csat", TermOutcome.PENALTY, 3, 2, TriggerAction.EXIT_RIGHT))
        .hasMessage("trigger t: 3 of the last 2 periods is not a valid count: expected 1 <= M <= K");
    assertThatThrownBy(() -> Trigger.consecutive("t", "csat", TermOutcome.PENALTY, 0, TriggerAction.EXIT_RIGHT))
        .hasMessage("trigger t: 0 consecutive periods is not a valid count: expected 1 <= M <= K");
    assertThatThrownBy(() -> Trigger.consecutive("t", "csat", TermOutcome.NOT_MEASURABLE, 1,
        TriggerAction.EXIT_RIGHT)).hasMessage("trigger t: 'at or worse than NOT_MEASURABLE' means nothing; "
            + "expected BONUS, BASE, REMEDIATION or PENALTY");
    assertThatThrownBy(() -> Trigger.consecutive(" ", "csat", TermOutcome.PENALTY, 1, TriggerAction.EXIT_RIGHT))
        .hasMessage("a trigger name must not be blank");
    assertThatThrownBy(() -> CreditScheme.builder().allocation("a", BigDecimal.ONE).build())
        .hasMessage("pool allocations [a] need an at-risk share to allocate");
    assertThatThrownBy(() -> CreditScheme.builder().atRisk(new BigDecimal("1.2")))
        .hasMessage("at-risk share 1.2 is outside [0, 1]");
    assertThatThrownBy(() -> CreditScheme.builder().bonusCap(new BigDecimal("-0.1")))
        .hasMessage("bonus cap -0.1 is outside [0, 1]");
    assertThatThrownBy(() -> CreditScheme.builder().allocation("a", BigDecimal.ZERO))
        .hasMessage("allocation of a must be more than 0");
    assertThatThrownBy(() -> CreditScheme.builder().allocation("a", BigDecimal.ONE).allocation("a", BigDecimal.ONE))
        .hasMessage("term a already has an allocation");
    assertThatThrownBy(() -> CreditScheme.builder().earnBack(0)).hasMessage("earn-back periods 0 must be at least 1");
  }
}
