package io.github.bpokit.core.time;

import io.github.bpokit.core.internal.Enums;

/**
 * The length of a reporting period: KPIs are reported, SLA terms measured and invoices issued per period.
 *
 * <pre>{@code
 * PeriodUnit unit = PeriodUnit.parse("month"); // MONTH
 * }</pre>
 */
public enum PeriodUnit {
  /** One calendar day in the reporting time zone. */
  DAY,
  /** One ISO-8601 week, Monday to Sunday. */
  WEEK,
  /** One calendar month. */
  MONTH,
  /** One calendar quarter: January to March, April to June, July to September, October to December. */
  QUARTER;

  /**
   * Parses a unit name, ignoring case and surrounding white space.
   *
   * @param text the name, e.g. {@code "week"}
   * @return the unit
   * @throws IllegalArgumentException naming the text and the accepted values when it is not a unit
   */
  public static PeriodUnit parse(String text) {
    return Enums.parse(PeriodUnit.class, text);
  }
}
