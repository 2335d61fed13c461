/**
 * Contract terms (SPEC §5): banded service levels, credits and bonuses, the at-risk pool, earn-back and triggers.
 *
 * <ul>
 *   <li>{@link io.github.bpokit.sla.terms.ServiceLevelTerm}: a KPI on a scope per period with a band table
 *       ({@link io.github.bpokit.sla.terms.Band}, {@link io.github.bpokit.sla.terms.Adjustment}) that covers the
 *       KPI's domain exactly; judges a measured value into a {@link io.github.bpokit.sla.terms.Judgement};
 *       measured per month, per quarter or over a rolling window of months
 *       ({@link io.github.bpokit.sla.terms.MeasurementPeriod}, merged exactly by
 *       {@link io.github.bpokit.sla.terms.KpiSource#merged});
 *   <li>{@link io.github.bpokit.sla.terms.CreditScheme}: at-risk share and cap, pool allocations, bonus cap,
 *       earn-back;
 *   <li>{@link io.github.bpokit.sla.terms.Trigger}: rules over the ordered history of outcomes (N consecutive, M of
 *       the last K, quarterly roll-ups);
 *   <li>{@link io.github.bpokit.sla.terms.ContractTerms}: the terms, scheme and triggers of a contract;
 *       {@link io.github.bpokit.sla.terms.ContractTerms#evaluate} turns
 *       {@link io.github.bpokit.sla.terms.PeriodInput}s (period, fees, measured KPIs) into a
 *       {@link io.github.bpokit.sla.terms.ContractEvaluation} of explained
 *       {@link io.github.bpokit.sla.terms.AdjustmentLine}s and {@link io.github.bpokit.sla.terms.FiredTrigger}s.
 * </ul>
 *
 * <p>Money is exact: a measured KPI enters the money arithmetic as {@code BigDecimal.valueOf(double)}, each line is
 * rounded once to the currency's minor unit, and caps are shared by largest-remainder allocation, never losing a cent.
 * See {@code docs/contract-terms.md}.
 */
@NullMarked
package io.github.bpokit.sla.terms;

import org.jspecify.annotations.NullMarked;
