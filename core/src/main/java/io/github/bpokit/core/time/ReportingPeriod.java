package io.github.bpokit.core.time;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One reporting period: a day, an ISO-8601 week (Monday to Sunday), a calendar month or a calendar quarter in a time
 * zone. KPIs are reported, SLA terms measured and invoices issued per period.
 *
 * <p>A period is the half-open range of instants {@code [start(), end())}, where {@link #start()} is the start of its
 * first day in the zone and {@link #end()} the start of the day after its last day, both as
 * {@link LocalDate#atStartOfDay(ZoneId)} resolves them. So periods are DST-correct (in Europe/Berlin the day
 * 2026-03-29 lasts 23 hours and 2026-10-25 lasts 25 hours), and consecutive periods tile the time line without gap or
 * overlap. Where clocks fell back across midnight (America/Goose_Bay until 2010 went from 00:01 back to 23:01), the
 * repeated minutes before midnight therefore belong to the later day, whose midnight came first. A day a zone skipped
 * entirely (Pacific/Apia, 2011-12-30) is an empty period: no instant is in it, but iteration still lists it, so that
 * consecutive periods always have consecutive dates.
 *
 * <p>Its label ({@link #toString()}, read back by {@link #parse(String, ZoneId)}) is {@code 2026-10-05} for a day,
 * {@code 2026-W41} for a week (with the ISO week-based year: 2027-01-01 is in {@code 2026-W53}), {@code 2026-10} for a
 * month and {@code 2026-Q4} for a quarter. The label does not include the zone; two periods are equal when unit,
 * first day and zone are all equal. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ZoneId berlin = ZoneId.of("Europe/Berlin");
 * ReportingPeriod week = ReportingPeriod.containing(PeriodUnit.WEEK, Instant.parse("2026-10-07T12:00:00Z"), berlin);
 * week.toString();   // "2026-W41"
 * week.startDate();  // 2026-10-05 (a Monday)
 * week.start();      // 2026-10-04T22:00:00Z
 * ReportingPeriod q4 = ReportingPeriod.parse("2026-Q4", berlin);
 * q4.contains(Instant.parse("2026-12-31T22:59:59Z")); // true (23:59:59 in Berlin)
 * List<ReportingPeriod> months = ReportingPeriod.range(PeriodUnit.MONTH,
 *     Instant.parse("2026-01-15T00:00:00Z"), q4.start(), berlin); // 2026-01 ... 2026-09
 * }</pre>
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod>, Serializable {
  private static final int SECONDS_PER_DAY = 86_400;
  private static final Pattern LABEL = Pattern.compile(
      "([+-]?[0-9]{4,9})-(?:([0-9]{2})-([0-9]{2})|[Ww]([0-9]{2})|[Qq]([0-9])|([0-9]{2}))");

  /** The length of the period. */
  private final PeriodUnit unit;
  /** The first day, aligned to the unit. */
  private final LocalDate startDate;
  /** The reporting time zone. */
  private final ZoneId zone;

  private ReportingPeriod(PeriodUnit unit, LocalDate startDate, ZoneId zone) {
    this.unit = unit;
    this.startDate = startDate;
    this.zone = zone;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Factories

  /**
   * Returns the period of the given unit that contains an instant: the one with {@code start() <= instant < end()}.
   * This is cheap (no text, no {@code ZonedDateTime}); it is meant to be called once per interaction.
   *
   * @param unit the period unit
   * @param instant the instant
   * @param zone the reporting time zone
   * @return the period containing {@code instant}
   * @throws DateTimeException when the instant is beyond the range of {@link LocalDate}
   */
  public static ReportingPeriod containing(PeriodUnit unit, Instant instant, ZoneId zone) {
    requireNonNull(unit, "unit");
    requireNonNull(instant, "instant");
    requireNonNull(zone, "zone");
    ZoneRules rules = zone.getRules();
    ZoneOffset offset = rules.getOffset(instant);
    long localSecond = instant.getEpochSecond() + offset.getTotalSeconds();
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(localSecond, SECONDS_PER_DAY));
    ReportingPeriod period = new ReportingPeriod(unit, align(unit, date), zone);
    if (!rules.isFixedOffset()) {
      // Only when the local time is repeated (clocks fell back) can the instant lie after the start of a later
      // period (the first pass over midnight already started it); check exactly in that rare case.
      LocalDateTime local =
          LocalDateTime.of(date, LocalTime.ofSecondOfDay(Math.floorMod(localSecond, SECONDS_PER_DAY)));
      ZoneOffsetTransition transition = rules.getTransition(local);
      if (transition != null && transition.isOverlap()) {
        while (!instant.isBefore(period.end())) {
          period = period.next();
        }
      }
    }
    return period;
  }

  /**
   * Returns the period of the given unit that contains a local date, e.g. the week (starting Monday) of a Wednesday.
   *
   * @param unit the period unit
   * @param date any day of the period
   * @param zone the reporting time zone
   * @return the period containing {@code date}
   */
  public static ReportingPeriod containing(PeriodUnit unit, LocalDate date, ZoneId zone) {
    requireNonNull(unit, "unit");
    requireNonNull(date, "date");
    requireNonNull(zone, "zone");
    return new ReportingPeriod(unit, align(unit, date), zone);
  }

  /**
   * Returns the period of the given unit that starts on {@code startDate}.
   *
   * @param unit the period unit
   * @param startDate the first day: any day for {@code DAY}, a Monday for {@code WEEK}, the 1st for {@code MONTH},
   *     January, April, July or October 1st for {@code QUARTER}
   * @param zone the reporting time zone
   * @return the period
   * @throws IllegalArgumentException naming the date when it is not the first day of a period of that unit (use
   *     {@link #containing(PeriodUnit, LocalDate, ZoneId)} to align it)
   */
  public static ReportingPeriod of(PeriodUnit unit, LocalDate startDate, ZoneId zone) {
    requireNonNull(unit, "unit");
    requireNonNull(startDate, "startDate");
    requireNonNull(zone, "zone");
    if (!align(unit, startDate).equals(startDate)) {
      throw new IllegalArgumentException(
          startDate + " (" + startDate.getDayOfWeek() + ") is not the first day of a " + unit + " period: "
              + alignmentRule(unit));
    }
    return new ReportingPeriod(unit, startDate, zone);
  }

  /**
   * Parses a period label: {@code 2026-10-05} (day), {@code 2026-W41} (ISO week of the week-based year),
   * {@code 2026-10} (month) or {@code 2026-Q4} (quarter). {@code W} and {@code Q} may be lower case; surrounding
   * white space is ignored. Years outside 0000..9999 are written as {@link LocalDate} writes them (e.g.
   * {@code +10000-01}).
   *
   * @param text the label
   * @param zone the reporting time zone
   * @return the period
   * @throws IllegalArgumentException naming the text when it is not a label, or names a day, week, month or quarter
   *     that does not exist (e.g. {@code 2027-W53}: 2027 has 52 ISO weeks)
   */
  public static ReportingPeriod parse(String text, ZoneId zone) {
    requireNonNull(text, "text");
    requireNonNull(zone, "zone");
    Matcher matcher = LABEL.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "invalid reporting period '" + text + "': expected 2026-10-05 (day), 2026-W41 (week), 2026-10 (month)"
              + " or 2026-Q4 (quarter)");
    }
    int year;
    try {
      year = Integer.parseInt(matcher.group(1));
    } catch (NumberFormatException e) {
      throw invalid(text, "year out of range");
    }
    if (!formatYear(new StringBuilder(), year).toString().equals(matcher.group(1))) {
      throw invalid(text, "years need exactly 4 digits, or a sign and more digits (as in +10000)");
    }
    try {
      if (matcher.group(2) != null) {
        return new ReportingPeriod(PeriodUnit.DAY,
            LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))), zone);
      } else if (matcher.group(4) != null) {
        return new ReportingPeriod(PeriodUnit.WEEK, isoWeekStart(text, year, Integer.parseInt(matcher.group(4))),
            zone);
      } else if (matcher.group(5) != null) {
        int quarter = Integer.parseInt(matcher.group(5));
        if (quarter < 1 || quarter > 4) {
          throw invalid(text, "quarter " + quarter + " is not between 1 and 4");
        }
        return new ReportingPeriod(PeriodUnit.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1), zone);
      } else {
        return new ReportingPeriod(PeriodUnit.MONTH, LocalDate.of(year, Integer.parseInt(matcher.group(6)), 1), zone);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("invalid reporting period '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * Returns the periods of the given unit that overlap {@code [fromInclusive, toExclusive)}, in order: from the
   * period containing {@code fromInclusive} to the one containing the last instant before {@code toExclusive}.
   * Months from January 15 to April 1 (exclusive) are January, February and March.
   *
   * @param unit the period unit
   * @param fromInclusive the first instant of the range
   * @param toExclusive the end of the range, not included
   * @param zone the reporting time zone
   * @return the periods (an unmodifiable list), empty when the range is empty
   * @throws IllegalArgumentException naming both instants when {@code toExclusive} is before {@code fromInclusive}
   */
  public static List<ReportingPeriod> range(PeriodUnit unit, Instant fromInclusive, Instant toExclusive, ZoneId zone) {
    requireNonNull(unit, "unit");
    requireNonNull(fromInclusive, "fromInclusive");
    requireNonNull(toExclusive, "toExclusive");
    requireNonNull(zone, "zone");
    if (toExclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException(
          "invalid range: toExclusive " + toExclusive + " is before fromInclusive " + fromInclusive);
    }
    List<ReportingPeriod> periods = new ArrayList<>();
    if (toExclusive.equals(fromInclusive)) {
      return Collections.unmodifiableList(periods);
    }
    ReportingPeriod period = containing(unit, fromInclusive, zone);
    Instant start = period.start();
    while (start.isBefore(toExclusive)) {
      periods.add(period);
      period = period.next();
      start = period.start();
    }
    return Collections.unmodifiableList(periods);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public PeriodUnit unit() {
    return unit;
  }

  /**
   * Returns the reporting time zone.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day: a Monday for a week, the 1st for a month, the 1st of January, April, July or October for a
   *     quarter
   */
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * Returns the day after the last day of the period, i.e. the first day of the {@linkplain #next() next} period.
   *
   * @return the first day after the period
   */
  public LocalDate endDateExclusive() {
    return advance(unit, startDate, 1);
  }

  /**
   * Returns the first instant of the period: the start of its first day in the zone ({@code 00:00}, or the end of
   * the DST gap when midnight does not exist that day).
   *
   * @return the start, inclusive
   */
  public Instant start() {
    return startDate.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the end of the period: the {@linkplain #start() start} of the next period.
   *
   * @return the end, exclusive
   */
  public Instant end() {
    return endDateExclusive().atStartOfDay(zone).toInstant();
  }

  /**
   * Returns whether an instant lies in {@code [start(), end())}.
   *
   * @param instant the instant
   * @return {@code true} when the period contains the instant
   */
  public boolean contains(Instant instant) {
    requireNonNull(instant, "instant");
    return !instant.isBefore(start()) && instant.isBefore(end());
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Arithmetic and iteration

  /**
   * Returns the period right after this one, same unit and zone.
   *
   * @return the next period
   */
  public ReportingPeriod next() {
    return plus(1);
  }

  /**
   * Returns the period right before this one, same unit and zone.
   *
   * @return the previous period
   */
  public ReportingPeriod previous() {
    return plus(-1);
  }

  /**
   * Returns the period {@code periods} periods after this one (before it when negative), same unit and zone.
   *
   * @param periods the number of periods to move
   * @return the period
   * @throws DateTimeException when the result is beyond the range of {@link LocalDate}
   * @throws ArithmeticException when the number of days or months overflows
   */
  public ReportingPeriod plus(long periods) {
    return periods == 0 ? this : new ReportingPeriod(unit, advance(unit, startDate, periods), zone);
  }

  /**
   * Returns the periods from this one (inclusive) to {@code endExclusive} (exclusive), in order, like
   * {@link LocalDate#datesUntil(LocalDate)}.
   *
   * @param endExclusive the first period not included, of the same unit and zone
   * @return the periods (an unmodifiable list), empty when {@code endExclusive} equals this period
   * @throws IllegalArgumentException naming both periods when they differ in unit or zone, or when
   *     {@code endExclusive} is before this period
   */
  public List<ReportingPeriod> periodsUntil(ReportingPeriod endExclusive) {
    requireComparable(endExclusive);
    if (endExclusive.startDate.isBefore(startDate)) {
      throw new IllegalArgumentException(
          "invalid range: endExclusive " + endExclusive + " is before " + this);
    }
    List<ReportingPeriod> periods = new ArrayList<>();
    for (ReportingPeriod period = this; period.startDate.isBefore(endExclusive.startDate); period = period.next()) {
      periods.add(period);
    }
    return Collections.unmodifiableList(periods);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Comparison and text

  /**
   * Compares two periods of the same unit and zone by time.
   *
   * @param other the period to compare with, of the same unit and zone
   * @return a negative number, zero or a positive number as this period is before, equal to or after {@code other}
   * @throws IllegalArgumentException naming both periods when they differ in unit or zone
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    requireComparable(other);
    return startDate.compareTo(other.startDate);
  }

  /**
   * Returns whether the other object is a period with the same unit, first day and zone.
   *
   * @param other the object to compare with
   * @return {@code true} when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ReportingPeriod)) {
      return false;
    }
    ReportingPeriod that = (ReportingPeriod) other;
    return unit == that.unit && startDate.equals(that.startDate) && zone.equals(that.zone);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (31 * unit.ordinal() + startDate.hashCode()) * 31 + zone.hashCode();
  }

  /**
   * Returns the label: {@code 2026-10-05}, {@code 2026-W41}, {@code 2026-10} or {@code 2026-Q4}, as
   * {@link #parse(String, ZoneId)} reads it. The zone is not part of the label.
   *
   * @return the label
   */
  @Override
  public String toString() {
    switch (unit) {
      case DAY:
        return startDate.toString();
      case WEEK: {
        // the ISO week-based year and week are those of the week's Thursday
        LocalDate thursday = startDate.plusDays(3);
        int week = (thursday.getDayOfYear() - 1) / 7 + 1;
        return formatYear(new StringBuilder(10), thursday.getYear()).append("-W").append(week < 10 ? "0" : "")
            .append(week).toString();
      }
      case MONTH: {
        int month = startDate.getMonthValue();
        return formatYear(new StringBuilder(10), startDate.getYear()).append('-').append(month < 10 ? "0" : "")
            .append(month).toString();
      }
      case QUARTER:
        return formatYear(new StringBuilder(10), startDate.getYear()).append("-Q")
            .append((startDate.getMonthValue() + 2) / 3).toString();
      default:
        throw new AssertionError(unit);
    }
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Internals

  private void requireComparable(ReportingPeriod other) {
    requireNonNull(other, "other");
    if (unit != other.unit || !zone.equals(other.zone)) {
      throw new IllegalArgumentException(
          "cannot compare " + describe() + " with " + other.describe() + ": unit and zone must be the same");
    }
  }

  private String describe() {
    return this + " (" + unit + " in " + zone + ")";
  }

  private static LocalDate align(PeriodUnit unit, LocalDate date) {
    switch (unit) {
      case DAY:
        return date;
      case WEEK:
        return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
      case MONTH:
        return date.getDayOfMonth() == 1 ? date : date.withDayOfMonth(1);
      case QUARTER: {
        int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
        return date.getDayOfMonth() == 1 && date.getMonthValue() == firstMonth
            ? date
            : LocalDate.of(date.getYear(), firstMonth, 1);
      }
      default:
        throw new AssertionError(unit);
    }
  }

  private static String alignmentRule(PeriodUnit unit) {
    switch (unit) {
      case WEEK:
        return "weeks start on Monday";
      case MONTH:
        return "months start on the 1st";
      case QUARTER:
        return "quarters start on January, April, July or October 1st";
      default:
        throw new AssertionError(unit);
    }
  }

  private static LocalDate advance(PeriodUnit unit, LocalDate start, long periods) {
    switch (unit) {
      case DAY:
        return start.plusDays(periods);
      case WEEK:
        return start.plusWeeks(periods);
      case MONTH:
        return start.plusMonths(periods);
      case QUARTER:
        return start.plusMonths(Math.multiplyExact(periods, 3L));
      default:
        throw new AssertionError(unit);
    }
  }

  /** The Monday of ISO week {@code week} of week-based year {@code year}. */
  private static LocalDate isoWeekStart(String text, int year, int week) {
    // January 4th is always in week 1
    LocalDate january4 = LocalDate.of(year, 1, 4);
    LocalDate week1 = january4.minusDays(january4.getDayOfWeek().getValue() - 1L);
    int weeksInYear = week1.plusWeeks(52).plusDays(3).getYear() == year ? 53 : 52;
    if (week < 1 || week > weeksInYear) {
      throw invalid(text, "week " + week + " is not between 1 and " + weeksInYear + " (ISO weeks of " + year + ")");
    }
    return week1.plusWeeks(week - 1L);
  }

  /** Writes the year as {@link LocalDate#toString()} does: 4 digits at least, a sign when negative or above 9999. */
  private static StringBuilder formatYear(StringBuilder builder, int year) {
    int absolute = Math.abs(year);
    if (absolute < 1000) {
      if (year < 0) {
        builder.append('-');
      }
      builder.append(absolute + 10000).deleteCharAt(builder.length() - 5);
    } else {
      if (year > 9999) {
        builder.append('+');
      }
      builder.append(year);
    }
    return builder;
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("invalid reporting period '" + text + "': " + reason);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Serialization: a proxy that goes back through the validating factory

  /**
   * Serializes through a proxy that holds only the validated state.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(unit, startDate, zone);
  }

  /**
   * Rejects a stream that bypasses the proxy.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ReportingPeriod is deserialized through its serialized form");
  }

  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the unit */
    private final PeriodUnit unit;
    /** @serial the first day */
    private final LocalDate startDate;
    /** @serial the reporting time zone */
    private final ZoneId zone;

    SerializedForm(PeriodUnit unit, LocalDate startDate, ZoneId zone) {
      this.unit = unit;
      this.startDate = startDate;
      this.zone = zone;
    }

    /**
     * Rebuilds the value through its validating factory.
     *
     * @return the value
     * @throws InvalidObjectException when the stream holds an invalid value
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return ReportingPeriod.of(unit, startDate, zone);
      } catch (RuntimeException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("invalid serialized ReportingPeriod: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
