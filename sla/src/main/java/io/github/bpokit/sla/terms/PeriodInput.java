package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;

/**
 * One period to evaluate: the period, its fees and its measured KPIs.
 *
 * <pre>{@code
 * ReportingPeriod october = ReportingPeriod.parse("2026-10", ZoneOffset.UTC);
 * PeriodInput input = new PeriodInput(october, Money.of("100000.00", "EUR"),
 *     KpiSource.of(october, List.of(monthlyScorecard)));   // or any (scope, kpi) -> KpiValue function
 * }</pre>
 *
 * @param period the period, of the contract's unit
 * @param fees the period's fees, rounded to the currency's minor unit and not negative
 * @param kpis the measured KPIs of the period
 */
public record PeriodInput(ReportingPeriod period, Money fees, KpiSource kpis) {
  /**
   * Validates the input.
   *
   * @throws IllegalArgumentException naming the period and fees when they are negative or not rounded
   */
  public PeriodInput {
    requireNonNull(period, "period");
    requireNonNull(fees, "fees");
    requireNonNull(kpis, "kpis");
    if (fees.isNegative() || !fees.isRounded()) {
      throw new IllegalArgumentException("fees of " + period + " must be rounded to the minor unit and not negative, got "
          + fees);
    }
  }
}
