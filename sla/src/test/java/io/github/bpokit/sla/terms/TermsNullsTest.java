package io.github.bpokit.sla.terms;

import com.google.common.collect.Range;
import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every public method of the contract-terms API rejects null arguments with a NullPointerException. */
class TermsNullsTest {
  @Test
  void publicMethodsRejectNulls() {
    ServiceLevelTerm csat = Fixtures.csat("csat");
    ContractTerms terms = ContractTerms.builder(PeriodUnit.MONTH).term(csat).build();
    ContractEvaluation evaluation = terms.evaluate(Fixtures.months("2026-10", Map.of("*", 0.9)));
    NullPointerTester tester = new NullPointerTester()
        .setDefault(String.class, "0.5") // a term name, and a number where a share or value is written as text
        .setDefault(BigDecimal.class, new BigDecimal("0.05"))
        .setDefault(Money.class, Fixtures.FEES)
        .setDefault(KpiId.class, KpiId.CSAT)
        .setDefault(KpiValue.class, new Fixtures.V(0.9, 100))
        .setDefault(SegmentKey.class, SegmentKey.all())
        .setDefault(PeriodUnit.class, PeriodUnit.MONTH)
        .setDefault(ReportingPeriod.class, Fixtures.month("2026-10"))
        .setDefault(TermOutcome.class, TermOutcome.PENALTY)
        .setDefault(TriggerAction.class, TriggerAction.EXIT_RIGHT)
        .setDefault(Adjustment.class, Adjustment.none())
        .setDefault(ServiceLevelTerm.class, csat)
        .setDefault(CreditScheme.class, CreditScheme.none())
        .setDefault(RoundingMode.class, RoundingMode.HALF_UP)
        .setDefault(Range.class, Range.closed(0.0, 1.0))
        .setDefault(MeasurementPeriod.class, MeasurementPeriod.rollingMonths(3))
        .setDefault(List.class, List.of());
    tester.testAllPublicStaticMethods(ServiceLevelTerm.class);
    tester.testAllPublicStaticMethods(Adjustment.class);
    tester.testAllPublicStaticMethods(CreditScheme.class);
    tester.testAllPublicStaticMethods(Trigger.class);
    tester.testAllPublicStaticMethods(ContractTerms.class);
    tester.testAllPublicStaticMethods(MeasurementPeriod.class);
    tester.testAllPublicStaticMethods(KpiSource.class);
    tester.testAllPublicInstanceMethods(csat);
    tester.testAllPublicInstanceMethods(ServiceLevelTerm.builder("t", KpiId.CSAT));
    tester.testAllPublicInstanceMethods(CreditScheme.builder());
    tester.testAllPublicInstanceMethods(Trigger.consecutive("exit", "csat", TermOutcome.PENALTY, 2,
        TriggerAction.EXIT_RIGHT));
    tester.testAllPublicInstanceMethods(ContractTerms.builder(PeriodUnit.MONTH));
    tester.testAllPublicInstanceMethods(terms);
    tester.testAllPublicInstanceMethods(evaluation);
    tester.testAllPublicInstanceMethods(MeasurementPeriod.rollingMonths(3));
  }
}
