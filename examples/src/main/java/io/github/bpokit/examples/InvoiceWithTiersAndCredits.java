package io.github.bpokit.examples;

import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.pricing.Invoice;
import io.github.bpokit.pricing.InvoiceLine;
import io.github.bpokit.pricing.PriceTiers;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.pricing.TierMode;
import io.github.bpokit.pricing.Usage;
import io.github.bpokit.sla.terms.Adjustment;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.ContractTerms;
import io.github.bpokit.sla.terms.PeriodInput;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import io.github.bpokit.sla.terms.TermOutcome;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A month's invoice: contacts priced in graduated tiers, a minimum commitment topped up by a true-up line, and the
 * contract's SLA credit and bonus as separate adjustment lines. Every line is exact and rounded once.
 */
public final class InvoiceWithTiersAndCredits {
  private InvoiceWithTiersAndCredits() {}

  public static void main(String[] args) {
    // Graduated: the first 1,000 contacts of the month at 4.50, the next 4,000 at 4.00, any more at 3.50 each.
    PriceTiers tiers = PriceTiers.builder()
        .tier(Range.closed(1L, 1_000L), Money.of("4.50", "EUR"))
        .tier(Range.closed(1_001L, 5_000L), Money.of("4.00", "EUR"))
        .tier(Range.atLeast(5_001L), Money.of("3.50", "EUR"))
        .build();
    PricingModel model = PricingModel.PerContact.tiered(tiers, TierMode.GRADUATED);
    // October's usage, given directly here; a UsageAccumulator derives it from the interactions in one pass.
    ReportingPeriod october = ReportingPeriod.parse("2026-10", ZoneOffset.UTC);
    Usage usage = Usage.builder(october).contacts(2_400).resolved(2_010).build();
    // The client commits to at least EUR 12,000 a month: charges below it are topped up by a true-up line.
    Invoice.Builder invoice = model.invoice(usage).minimumCommitment(Money.of("12000.00", "EUR"));

    // The SLA schedule: a 5% credit when under 80% of contacts get a first response within target, a 2% bonus for
    // CSAT of 85% or more. Shares are taken of what the month is billed: the charges plus the true-up.
    ContractTerms sla = ContractTerms.builder(PeriodUnit.MONTH)
        .term(ServiceLevelTerm.builder("first-response", KpiId.SLA_FIRST_RESPONSE)
            .band(Range.atLeast(0.80), TermOutcome.BASE, Adjustment.none())
            .band(Range.lessThan(0.80), TermOutcome.PENALTY, Adjustment.fixed(new BigDecimal("-0.05")))
            .build())
        .term(ServiceLevelTerm.builder("csat", KpiId.CSAT)
            .band(Range.atLeast(0.85), TermOutcome.BONUS, Adjustment.fixed(new BigDecimal("0.02")))
            .band(Range.lessThan(0.85), TermOutcome.BASE, Adjustment.none())
            .build())
        .build();
    Map<KpiId, Proportion> measured = Map.of(KpiId.SLA_FIRST_RESPONSE, Proportion.of(1_776, 2_400), // 74%
        KpiId.CSAT, Proportion.of(870, 1_000));                                                    // 87%
    Money billed = invoice.build().subtotal(); // the invoice so far: charges and true-up, before any adjustment
    List<AdjustmentLine> adjustments = sla.evaluate(List.of(new PeriodInput(october, billed,
        (scope, kpi) -> measured.get(kpi)))).lines(october);
    for (AdjustmentLine line : adjustments) {
      if (line.amount().isZero()) {
        continue; // a term in its BASE band: no money this month
      }
      String what = line.amount().isNegative() ? "SLA credit " : "SLA bonus ";
      invoice.line(InvoiceLine.adjustment(what + line.term().name(), line.amount()).withBasis(line.explanation()));
    }
    System.out.print(invoice.build().explain());
  }
}
