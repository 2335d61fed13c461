package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.time.PeriodUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ServiceLevelTerm}'s KPI is measured over: one period of the contract (a MONTH or a QUARTER), or a
 * rolling window of N months evaluated every month: the evaluated month and the N − 1 months before it, for channels
 * whose monthly volume is too low to judge.
 *
 * <pre>{@code
 * MeasurementPeriod.of(PeriodUnit.QUARTER);        // measured and evaluated per quarter
 * MeasurementPeriod rolling = MeasurementPeriod.rollingMonths(3);
 * rolling.unit();                                  // MONTH: evaluated, billed and triggered every month
 * rolling.length();                                // 3: measured over the month and the two before it
 * MeasurementPeriod.parse("rolling 3 months");     // equal to rolling
 * }</pre>
 *
 * <p>A rolling window's KPI is exact: it merges the counts behind the monthly values ({@link KpiSource#merged}),
 * never averages them. While fewer than N months precede the evaluated one in the evaluated history, the window
 * holds the months there are (the minimum sample size still applies). Instances are immutable and thread-safe.
 */
public final class MeasurementPeriod {
  private static final Pattern ROLLING = Pattern.compile("rolling\\s+(\\d{1,9})\\s+months?");
  private static final MeasurementPeriod MONTH = new MeasurementPeriod(PeriodUnit.MONTH, 1, false);
  private static final MeasurementPeriod QUARTER = new MeasurementPeriod(PeriodUnit.QUARTER, 1, false);

  private final PeriodUnit unit;
  private final int months;
  private final boolean rolling;

  private MeasurementPeriod(PeriodUnit unit, int months, boolean rolling) {
    this.unit = unit;
    this.months = months;
    this.rolling = rolling;
  }

  /**
   * Returns one period of a unit.
   *
   * @param unit MONTH or QUARTER
   * @return the measurement period
   * @throws IllegalArgumentException naming the unit when it is another one
   */
  public static MeasurementPeriod of(PeriodUnit unit) {
    requireNonNull(unit, "unit");
    switch (unit) {
      case MONTH:
        return MONTH;
      case QUARTER:
        return QUARTER;
      default:
        throw new IllegalArgumentException("measurement period " + unit
            + " is not supported: expected MONTH or QUARTER");
    }
  }

  /**
   * Returns a rolling window of months, evaluated every month.
   *
   * @param months N, at least 1: the evaluated month and the N − 1 before it
   * @return the measurement period
   * @throws IllegalArgumentException naming N when it is less than 1
   */
  public static MeasurementPeriod rollingMonths(int months) {
    if (months < 1) {
      throw new IllegalArgumentException("a rolling window of " + months + " months is not valid: expected at "
          + "least 1 month");
    }
    return new MeasurementPeriod(PeriodUnit.MONTH, months, true);
  }

  /**
   * Parses {@code month}, {@code quarter} or {@code rolling N months} ({@code rolling 1 month}), ignoring case and
   * surrounding white space.
   *
   * @param text the text
   * @return the measurement period
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static MeasurementPeriod parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "month":
        return MONTH;
      case "quarter":
        return QUARTER;
      default:
        Matcher m = ROLLING.matcher(t);
        if (m.matches()) {
          return rollingMonths(Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("unknown measurement period '" + text
            + "': expected month, quarter or rolling N months, e.g. rolling 3 months");
    }
  }

  /** @return the unit the term is evaluated, billed and triggered per: MONTH for a rolling window */
  public PeriodUnit unit() {
    return unit;
  }

  /** @return how many periods of {@link #unit()} the KPI is measured over: 1, or N for a rolling window */
  public int length() {
    return months;
  }

  /** @return whether this is a rolling window of months */
  public boolean isRolling() {
    return rolling;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof MeasurementPeriod)) {
      return false;
    }
    MeasurementPeriod that = (MeasurementPeriod) other;
    return unit == that.unit && months == that.months && rolling == that.rolling;
  }

  @Override
  public int hashCode() {
    return (unit.hashCode() * 31 + months) * 2 + (rolling ? 1 : 0);
  }

  /** Returns {@code MONTH}, {@code QUARTER} or e.g. {@code rolling 3 months}. */
  @Override
  public String toString() {
    return rolling ? "rolling " + months + (months == 1 ? " month" : " months") : unit.toString();
  }
}
