package io.github.bpokit.examples;

import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.sla.terms.Adjustment;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.ContractEvaluation;
import io.github.bpokit.sla.terms.ContractTerms;
import io.github.bpokit.sla.terms.PeriodInput;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import io.github.bpokit.sla.terms.TermOutcome;
import io.github.bpokit.sla.terms.Trigger;
import io.github.bpokit.sla.terms.TriggerAction;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The banded CSAT term of SPEC §5 evaluated over six months: where each month's CSAT lands, the bonus or credit it
 * earns as a share of the month's fees, and the trigger that asks for a remediation plan.
 */
public final class BandedCsatTerm {
  private BandedCsatTerm() {}

  public static void main(String[] args) {
    // Bands cover every CSAT value from 0 to 1 exactly once; closedOpen(0.82, 0.88) holds 0.82 but not 0.88.
    ServiceLevelTerm csat = ServiceLevelTerm.builder("csat", KpiId.CSAT)
        .minimumSample(30) // fewer survey answers than this: NOT_MEASURABLE, neither bonus nor credit
        .band(Range.atLeast(0.88), TermOutcome.BONUS, Adjustment.sliding("0.88", "0.05", "0.95", "0.10"))
        .band(Range.closedOpen(0.82, 0.88), TermOutcome.BASE, Adjustment.none())
        .band(Range.closedOpen(0.75, 0.82), TermOutcome.REMEDIATION, Adjustment.none())
        .band(Range.lessThan(0.75), TermOutcome.PENALTY, Adjustment.sliding("0.75", "-0.05", "0.60", "-0.15"))
        .build();
    ContractTerms contract = ContractTerms.builder(PeriodUnit.MONTH)
        .term(csat)
        .trigger(Trigger.consecutive("csat-plan", "csat", TermOutcome.REMEDIATION, 2,
            TriggerAction.REMEDIATION_PLAN_DUE)) // REMEDIATION or worse two months running
        .build();

    // Each month's measured CSAT, satisfied answers (4 or 5) of all answers, as a Scorecard gives it; oldest first.
    // 2026-08 is exactly 0.88, on the edge: the BONUS band holds it. 2026-11 has too few answers.
    Map<String, Proportion> csatByMonth = new TreeMap<>(Map.of("2026-06", Proportion.of(425, 500),
        "2026-07", Proportion.of(460, 500), "2026-08", Proportion.of(440, 500), "2026-09", Proportion.of(390, 500),
        "2026-10", Proportion.of(345, 500), "2026-11", Proportion.of(24, 28)));
    List<PeriodInput> months = new ArrayList<>();
    for (Map.Entry<String, Proportion> month : csatByMonth.entrySet()) {
      Proportion measured = month.getValue();
      months.add(new PeriodInput(ReportingPeriod.parse(month.getKey(), ZoneOffset.UTC), Money.of("100000.00", "EUR"),
          (scope, kpi) -> measured)); // the KpiSource: the month's value of the term's KPI on its scope
    }
    ContractEvaluation evaluation = contract.evaluate(months);

    for (AdjustmentLine line : evaluation.lines()) {
      System.out.println(line.outcome() + " " + line.amount());
      System.out.println("  " + line.explanation());
    }
    evaluation.triggers().forEach(fired -> System.out.println(fired.explanation()));
  }
}
