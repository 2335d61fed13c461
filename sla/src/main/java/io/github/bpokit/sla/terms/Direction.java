package io.github.bpokit.sla.terms;

/**
 * Whether a higher or a lower value of a term's KPI is the better service (CSAT: higher; AHT: lower).
 *
 * <pre>{@code
 * ServiceLevelTerm aht = ServiceLevelTerm.builder("aht", KpiId.AHT_SECONDS)
 *     .direction(Direction.LOWER_IS_BETTER)
 *     .band(Range.atMost(300.0), TermOutcome.BASE, Adjustment.none())
 *     .band(Range.greaterThan(300.0), TermOutcome.PENALTY, Adjustment.fixed(new BigDecimal("-0.02")))
 *     .build();
 * }</pre>
 */
public enum Direction {
  /** A higher value is better, e.g. CSAT, FCR, first-response service level. */
  HIGHER_IS_BETTER,
  /** A lower value is better, e.g. abandonment rate, AHT, first-response time. */
  LOWER_IS_BETTER;

  /**
   * Returns whether {@code a} is strictly better than {@code b} in this direction.
   *
   * @param a a value
   * @param b another value
   * @return whether {@code a} is better
   */
  public boolean isBetter(double a, double b) {
    return this == HIGHER_IS_BETTER ? a > b : a < b;
  }
}
