package io.github.bpokit.core.time;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a support desk is open, and how much open ("business") time lies between two instants: a time zone, a weekly
 * schedule, holidays, partial-day closures and extra opening dates. Immutable and thread-safe.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendar.builder()
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
 *     .holiday(LocalDate.of(2026, 12, 25))
 *     .closed(LocalDate.of(2026, 12, 24), LocalTime.of(12, 0), LocalTime.MIDNIGHT)
 *     .build();
 * // the same calendar from its text form
 * BusinessCalendar same = BusinessCalendar.parse(
 *     "tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays 2026-12-25; closed 2026-12-24 12:00-24:00");
 *
 * Instant created = Instant.parse("2026-12-23T15:00:00Z");           // Wednesday 16:00 in Berlin
 * Instant due = office.plusBusinessTime(created, Duration.ofHours(6)); // 2026-12-28T10:00:00Z, Monday 11:00
 * Duration open = office.businessTimeBetween(created, due);           // PT6H
 * }</pre>
 *
 * <h2>Schedule</h2>
 *
 * <ul>
 *   <li><b>Weekly intervals.</b> Any number of half-open local intervals {@code [start, end)} per weekday. An end of
 *       {@code 24:00} (written {@link LocalTime#MIDNIGHT} in the builder) is the end of the day; an end before the
 *       start lies on the next day, so {@code Fri 22:00-06:00} is open from Friday 22:00 to Saturday 06:00. Such an
 *       interval <em>belongs to the day it starts</em>: a holiday on Friday cancels it, a holiday on Saturday does
 *       not. {@code 00:00-24:00} is the whole day; adjacent intervals join without a gap, so {@link #TWENTY_FOUR_SEVEN}
 *       has no closed minute at midnight. Intervals may touch but not overlap, also across midnight and the end of
 *       the week (Sunday night into Monday).
 *   <li><b>Holidays</b> are whole dates: every interval that starts on the date is cancelled.
 *   <li><b>Closures</b> are local time ranges on a date ({@code closed 2026-12-24 12:00-24:00}; an end before the start
 *       lies on the next date): whatever is open in the range is closed, whichever day the open interval belongs to.
 *       Closures may overlap one another.
 *   <li><b>Extra opening dates</b> ({@code open 2026-12-27 10:00-14:00}): the date's own intervals <em>replace</em>
 *       the weekly intervals of that date (they may cross midnight, too). The date cannot also be a holiday, and its
 *       intervals must not overlap those of the neighbouring dates. Closures still apply on it.
 * </ul>
 *
 * <h2>Time zones and daylight saving time</h2>
 *
 * Local intervals are resolved per date in the calendar's zone, with the rules in force on that date (a past date
 * uses that date's offset, not today's). A local date-time {@code L} becomes the first instant at which the wall
 * clock shows {@code L} or later:
 *
 * <ul>
 *   <li>a time that occurs once: that instant;
 *   <li>a time in a fall-back overlap (occurs twice): its first occurrence, with the earlier (summer) offset, as
 *       {@link java.time.ZonedDateTime#of ZonedDateTime.of} does;
 *   <li>a time in a spring-forward gap (never shown): the instant of the transition, when the clock jumps past it.
 *       This differs from {@code ZonedDateTime.of}, which shifts it later by the length of the gap, and keeps the
 *       resolution monotonic: a later local time never resolves to an earlier instant.
 * </ul>
 *
 * An interval is open from its resolved start to its resolved end, so real elapsed time always wins: in
 * Europe/Berlin a {@code 00:00-06:00} night shift is open 5 h on the spring-forward night and 7 h on the fall-back
 * night, every real second counted once; an interval {@code 02:30-04:00} opens at 03:00 on the spring-forward day
 * (1 h), and on the fall-back day runs from the first 02:30 to 04:00 (2 h 30 min); an interval that ends at 02:30 on
 * the fall-back day closes at the first 02:30 and does not reopen when the clock shows 02:00 again. Fixed-offset
 * zones (including the default, UTC) have no transitions. The zone is kept {@linkplain ZoneId#normalized()
 * normalized}: {@code UTC}, {@code Etc/UTC} and {@code Z} are the same calendar.
 *
 * <h2>Operations</h2>
 *
 * All operations are exact to the nanosecond and accept instants from {@link #MIN_INSTANT} to {@link #MAX_INSTANT}
 * (inclusive; years 1900 to 2149); outside that range they throw {@link IllegalArgumentException}. With {@code C(t)}
 * the open time before {@code t} they obey, for every {@code s <= t}, {@code a <= b <= c} and {@code d >= 0}:
 *
 * <pre>{@code
 * businessTimeBetween(s, plusBusinessTime(s, d)) == d
 * businessTimeBetween(minusBusinessTime(t, d), t) == d
 * businessTimeBetween(a, c) == businessTimeBetween(a, b) + businessTimeBetween(b, c)
 * }</pre>
 *
 * After {@link Builder#build()} every call costs O(1) plus O(log(holidays + zone transitions)): per-week prefix sums
 * of the open time, a binary search over the few dates that differ from the weekly pattern, and prefix sums over the
 * zone's transitions; nothing walks minute by minute. See {@code docs/performance.md} for measured throughput.
 *
 * <h2>Text form</h2>
 *
 * {@link #parse(CharSequence)} reads and {@link #format()} writes a compact form, clauses separated by {@code ;}.
 * Keywords and day names are case-insensitive; white space is free around separators.
 *
 * <pre>
 * calendar  = clause *( ";" clause ) [ ";" ]
 * clause    = "tz=" zone-id                    ; at most once; java.time.ZoneId.of; default UTC
 *           | "24x7"                           ; Mon-Sun 00:00-24:00
 *           | "never"                          ; no weekly interval (written when the week is empty)
 *           | days " " intervals               ; weekly, e.g. Mon-Fri 09:00-12:00,13:00-17:00
 *           | ("holiday" | "holidays") " " date *( "," date )
 *           | "closed" " " date " " intervals   ; closures on that date
 *           | "open" " " date " " intervals     ; extra opening date with these intervals
 * days      = day-range *( "," day-range )
 * day-range = day [ "-" day ]                  ; inclusive, may wrap: Sat-Mon
 * day       = Mon | Tue | Wed | Thu | Fri | Sat | Sun | Monday | ... | Sunday
 * intervals = time "-" time *( "," time "-" time )
 * time      = HH:mm [ ":" ss [ "." 1*9digit ] ] ; 00:00 to 23:59:59.999999999; an end may be 24:00
 * date      = an ISO date, e.g. 2026-12-25
 * </pre>
 *
 * Example: {@code tz=Europe/Berlin; Mon-Fri 09:00-17:00; Fri 22:00-06:00; holidays 2026-12-25,2026-12-26; closed
 * 2026-12-24 12:00-24:00; open 2026-12-27 10:00-14:00}. {@link #format()} writes the canonical form: zone (omitted
 * for UTC), weekdays with identical intervals grouped in weekday order, holidays, closures and extra openings by
 * date; {@code parse(c.format()).equals(c)} always holds. Two calendars are equal when their canonical forms are
 * equal, i.e. when they were defined by the same intervals and dates (a day split into {@code 09:00-12:00,12:00-17:00}
 * is open exactly like {@code 09:00-17:00} but is a different definition).
 *
 * <h2>Errors</h2>
 *
 * Bad definitions throw {@link IllegalArgumentException} naming the interval, day or date: an empty interval
 * ({@code empty interval Mon 09:00-09:00}), overlapping intervals ({@code overlapping intervals Fri 22:00-06:00 and Sat
 * 05:00-10:00}), a date that is both a holiday and an extra opening date, a date outside 1900 to 2149. Text that
 * cannot be parsed throws {@link BusinessCalendarParseException} with the index of the problem. Null arguments throw
 * {@link NullPointerException}.
 *
 * <p>Serializable through its text form.
 */
public final class BusinessCalendar implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The earliest instant the operations accept: {@code 1900-01-01T00:00:00Z}. */
  public static final Instant MIN_INSTANT = Instant.ofEpochSecond(OpenTime.MIN / OpenTime.NANOS_PER_SECOND);

  /** The latest instant the operations accept: {@code 2150-01-01T00:00:00Z}. */
  public static final Instant MAX_INSTANT = Instant.ofEpochSecond(OpenTime.MAX / OpenTime.NANOS_PER_SECOND);

  private static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate MAX_DATE = LocalDate.of(2149, 12, 31);
  private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  /**
   * Open always, in UTC: every day {@code 00:00-24:00}, no closed minute at midnight, no holidays. Its text form is
   * {@code 24x7}.
   *
   * <pre>{@code
   * BusinessCalendar.TWENTY_FOUR_SEVEN.businessTimeBetween(from, to); // == Duration.between(from, to)
   * }</pre>
   */
  public static final BusinessCalendar TWENTY_FOUR_SEVEN = ofTwentyFourSeven(ZoneOffset.UTC);

  private final ZoneId zone;
  private final ImmutableList<ImmutableList<Span>> weekly;
  private final ImmutableSortedSet<LocalDate> holidays;
  private final ImmutableSortedMap<LocalDate, ImmutableList<Span>> closures;
  private final ImmutableSortedMap<LocalDate, ImmutableList<Span>> openings;
  private final String text;
  private final OpenTime time;

  private BusinessCalendar(Builder b) {
    zone = b.zone;
    ImmutableList.Builder<ImmutableList<Span>> days = ImmutableList.builder();
    for (List<Span> day : b.weekly) {
      days.add(ImmutableList.sortedCopyOf(day));
    }
    weekly = days.build();
    holidays = ImmutableSortedSet.copyOf(b.holidays);
    closures = sortedCopy(b.closures);
    openings = sortedCopy(b.openings);
    List<List<Span>> weeklyView = Collections.unmodifiableList(weekly);
    Map<LocalDate, List<Span>> closuresView = Collections.unmodifiableMap(closures);
    Map<LocalDate, List<Span>> openingsView = Collections.unmodifiableMap(openings);
    text = CalendarText.format(zone, weeklyView, holidays, closuresView, openingsView);
    time = new OpenTime(zone, weeklyView, holidays, closuresView, openingsView);
  }

  private static ImmutableSortedMap<LocalDate, ImmutableList<Span>> sortedCopy(Map<LocalDate, List<Span>> map) {
    ImmutableSortedMap.Builder<LocalDate, ImmutableList<Span>> out = ImmutableSortedMap.naturalOrder();
    map.forEach((date, spans) -> out.put(date, ImmutableList.sortedCopyOf(spans)));
    return out.build();
  }

  // ====================================================================================================== factories

  /**
   * Returns a calendar that is open always, with the dates of holidays and closures that may later be added through
   * {@link #toBuilder()} interpreted in {@code zone}. Without such additions it behaves exactly like
   * {@link #TWENTY_FOUR_SEVEN}: daylight saving time changes nothing, real elapsed time is all open.
   *
   * <pre>{@code
   * BusinessCalendar support = BusinessCalendar.ofTwentyFourSeven(ZoneId.of("America/New_York"))
   *     .toBuilder().holiday(LocalDate.of(2026, 12, 25)).build();
   * }</pre>
   *
   * @param zone the time zone
   * @return a 24x7 calendar in {@code zone}
   */
  public static BusinessCalendar ofTwentyFourSeven(ZoneId zone) {
    requireNonNull(zone, "zone");
    return builder()
        .zone(zone)
        .open(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .build();
  }

  /**
   * Returns an empty builder: time zone UTC, no opening interval.
   *
   * <pre>{@code
   * BusinessCalendar split = BusinessCalendar.builder()
   *     .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(6, 0), LocalTime.of(12, 0))
   *     .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(13, 0), LocalTime.of(18, 0))
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this calendar's definition, to add holidays, closures or intervals.
   *
   * <pre>{@code
   * BusinessCalendar next = calendar.toBuilder().holiday(LocalDate.of(2027, 1, 1)).build();
   * }</pre>
   *
   * @return a new builder holding this calendar's zone, intervals and dates
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.zone = zone;
    for (int d = 0; d < 7; d++) {
      b.weekly.get(d).addAll(weekly.get(d));
    }
    b.holidays.addAll(holidays);
    closures.forEach((date, spans) -> b.closures.put(date, new ArrayList<>(spans)));
    openings.forEach((date, spans) -> b.openings.put(date, new ArrayList<>(spans)));
    return b;
  }

  /**
   * Parses the text form described in the {@linkplain BusinessCalendar class documentation}.
   *
   * <pre>{@code
   * BusinessCalendar c = BusinessCalendar.parse("tz=America/New_York; Mon-Fri 08:00-18:00; holidays 2026-11-26");
   * }</pre>
   *
   * @param text the text, e.g. {@code Mon-Fri 09:00-12:00,13:00-17:00; Sat 10:00-14:00}
   * @return the calendar
   * @throws BusinessCalendarParseException when the text is malformed or defines an invalid calendar; it names the
   *     problem and its index in the text
   */
  public static BusinessCalendar parse(CharSequence text) {
    requireNonNull(text, "text");
    return CalendarText.parse(text.toString());
  }

  // ====================================================================================================== accessors

  /**
   * Returns the time zone in which the schedule's local times and dates are read.
   *
   * @return the zone, normalized ({@code UTC} is {@link ZoneOffset#UTC})
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the canonical text form, which {@link #parse(CharSequence)} reads back into an equal calendar.
   *
   * @return e.g. {@code tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays 2026-12-25}
   */
  public String format() {
    return text;
  }

  // ===================================================================================================== operations

  /**
   * Returns the open time in {@code [from, to)}.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive; not before {@code from}
   * @return the open time, between zero and {@code Duration.between(from, to)}
   * @throws IllegalArgumentException when {@code from} is after {@code to} (the message names both) or either is
   *     outside {@link #MIN_INSTANT} to {@link #MAX_INSTANT}
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    long a = nanos(from);
    long b = nanos(to);
    if (a > b) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    return Duration.ofNanos(time.between(a, b));
  }

  /**
   * Returns the earliest instant at which {@code duration} of open time has elapsed after {@code start}. A start in
   * closed time counts from the next opening; a duration that is used up exactly at a closing returns that closing
   * (Friday 16:00 plus 1 h in a 09:00-17:00 calendar is Friday 17:00, not Monday 09:00). A zero duration returns
   * {@code start} itself, open or not, so {@code businessTimeBetween(start, result) == duration} always holds.
   *
   * @param start where counting starts
   * @param duration the open time to add, not negative
   * @return the due instant
   * @throws IllegalArgumentException when {@code duration} is negative, {@code start} is outside {@link
   *     #MIN_INSTANT} to {@link #MAX_INSTANT}, or the calendar has less than {@code duration} of open time between
   *     {@code start} and {@link #MAX_INSTANT} (for instance when it is never open)
   */
  public Instant plusBusinessTime(Instant start, Duration duration) {
    requireNonNull(start, "start");
    requireNonNull(duration, "duration");
    long t = nanos(start);
    requireNotNegative(duration);
    if (duration.isZero()) {
      return start;
    }
    long available = time.after(t);
    if (exceeds(duration, available)) {
      throw new IllegalArgumentException(
          "cannot add " + duration + " of business time to " + start + ": " + shortage(available)
              + " of open time remain before " + MAX_INSTANT + ", the end of the supported range");
    }
    return instant(time.plus(t, duration.toNanos()));
  }

  /**
   * Returns the latest instant from which {@code duration} of open time elapses until {@code end}: the mirror image
   * of {@link #plusBusinessTime}. An end in closed time counts back from the previous closing; a duration that is
   * used up exactly at an opening returns that opening (Monday 10:00 minus 1 h in a 09:00-17:00 calendar is Monday
   * 09:00). A zero duration returns {@code end}.
   *
   * @param end where counting back starts
   * @param duration the open time to subtract, not negative
   * @return the start instant
   * @throws IllegalArgumentException when {@code duration} is negative, {@code end} is outside {@link #MIN_INSTANT}
   *     to {@link #MAX_INSTANT}, or the calendar has less than {@code duration} of open time between {@link
   *     #MIN_INSTANT} and {@code end}
   */
  public Instant minusBusinessTime(Instant end, Duration duration) {
    requireNonNull(end, "end");
    requireNonNull(duration, "duration");
    long t = nanos(end);
    requireNotNegative(duration);
    if (duration.isZero()) {
      return end;
    }
    long available = time.before(t);
    if (exceeds(duration, available)) {
      throw new IllegalArgumentException(
          "cannot subtract " + duration + " of business time from " + end + ": " + shortage(available)
              + " of open time lie after " + MIN_INSTANT + ", the start of the supported range");
    }
    return instant(time.minus(t, duration.toNanos()));
  }

  /**
   * Returns whether the calendar is open at {@code instant}, i.e. whether the instant lies in a (resolved, half-open)
   * opening interval and not in a closure.
   *
   * @param instant the instant
   * @return true when open
   * @throws IllegalArgumentException when {@code instant} is outside {@link #MIN_INSTANT} to {@link #MAX_INSTANT}
   */
  public boolean isOpen(Instant instant) {
    requireNonNull(instant, "instant");
    return time.isOpen(nanos(instant));
  }

  /**
   * Returns the first instant at or after {@code instant} at which the calendar is open: {@code instant} itself when
   * it is open, else the start of the next opening interval.
   *
   * @param instant the instant
   * @return the next opening, or empty when the calendar stays closed until {@link #MAX_INSTANT}
   * @throws IllegalArgumentException when {@code instant} is outside {@link #MIN_INSTANT} to {@link #MAX_INSTANT}
   */
  public Optional<Instant> nextOpening(Instant instant) {
    requireNonNull(instant, "instant");
    long t = time.nextOpening(nanos(instant));
    return t == OpenTime.NONE ? Optional.empty() : Optional.of(instant(t));
  }

  /**
   * Returns the first instant at or after {@code instant} at which the calendar is closed: {@code instant} itself when
   * it is closed, else the end of the open period containing it. Adjacent intervals form one period, across midnight,
   * the end of the week and daylight saving transitions, so a 24x7 calendar never closes.
   *
   * @param instant the instant
   * @return the next closing, or empty when the calendar stays open beyond {@link #MAX_INSTANT}
   * @throws IllegalArgumentException when {@code instant} is outside {@link #MIN_INSTANT} to {@link #MAX_INSTANT}
   */
  public Optional<Instant> nextClosing(Instant instant) {
    requireNonNull(instant, "instant");
    long t = time.nextClosing(nanos(instant));
    return t == OpenTime.NONE ? Optional.empty() : Optional.of(instant(t));
  }

  private static long nanos(Instant instant) {
    long s = instant.getEpochSecond();
    if (s < OpenTime.MIN / OpenTime.NANOS_PER_SECOND
        || s > OpenTime.MAX / OpenTime.NANOS_PER_SECOND
        || (s == OpenTime.MAX / OpenTime.NANOS_PER_SECOND && instant.getNano() > 0)) {
      throw new IllegalArgumentException(
          "instant " + instant + " is outside the supported range " + MIN_INSTANT + " to " + MAX_INSTANT);
    }
    return s * OpenTime.NANOS_PER_SECOND + instant.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, OpenTime.NANOS_PER_SECOND), Math.floorMod(nanos, OpenTime.NANOS_PER_SECOND));
  }

  private static void requireNotNegative(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
  }

  private static boolean exceeds(Duration duration, long available) {
    return duration.compareTo(Duration.ofNanos(available)) > 0;
  }

  private String shortage(long available) {
    return time.total() == 0 ? "calendar \"" + text + "\" is never open, so none" : "only " + Duration.ofNanos(available);
  }

  // ========================================================================================================= object

  /**
   * Returns whether {@code other} is a calendar with the same definition: zone, weekly intervals, holidays, closures
   * and extra opening dates (equivalently, the same {@link #format()}).
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BusinessCalendar && ((BusinessCalendar) other).text.equals(text);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the canonical text form
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the canonical text form, as {@link #format()}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return text;
  }

  private Object writeReplace() {
    return new SerializedForm(text);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("BusinessCalendar is serialized through its text form");
  }

  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;

    SerializedForm(String text) {
      this.text = text;
    }

    private Object readResolve() {
      return parse(text);
    }
  }

  // ======================================================================================================== builder

  /**
   * Collects a calendar's definition; {@link #build()} makes the immutable calendar. Each method checks its input at
   * once and throws {@link IllegalArgumentException} naming the interval, day or date that is wrong, so the call that
   * introduces a conflict is the one that fails; only overlaps between an extra opening date and its neighbouring
   * dates, which depend on the whole definition, are checked by {@link #build()}. The order of the calls never
   * matters for whether a definition is valid. Not thread-safe.
   *
   * <pre>{@code
   * BusinessCalendar nightShift = BusinessCalendar.builder()
   *     .zone(ZoneId.of("America/New_York"))
   *     .open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)) // Mon 22:00-Tue 06:00, ...
   *     .holiday(LocalDate.of(2026, 7, 3))                                                  // no shift that night
   *     .openOn(LocalDate.of(2026, 7, 5), LocalTime.of(22, 0), LocalTime.of(6, 0))         // an extra Sunday shift
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private final List<List<Span>> weekly = new ArrayList<>();
    private final TreeSet<LocalDate> holidays = new TreeSet<>();
    private final TreeMap<LocalDate, List<Span>> closures = new TreeMap<>();
    private final TreeMap<LocalDate, List<Span>> openings = new TreeMap<>();

    private Builder() {
      for (int d = 0; d < 7; d++) {
        weekly.add(new ArrayList<>());
      }
    }

    /**
     * Sets the time zone in which local times and dates are read (default UTC). It is stored {@linkplain
     * ZoneId#normalized() normalized}.
     *
     * @param zone the zone, e.g. {@code ZoneId.of("Europe/Berlin")}
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone").normalized();
      return this;
    }

    /**
     * Opens {@code day} every week from {@code start} to {@code end}. {@code end} {@link LocalTime#MIDNIGHT} means
     * 24:00 (so {@code 00:00} to {@code 00:00} is the whole day); an {@code end} before {@code start} lies on the next
     * day ({@code 22:00} to {@code 06:00}).
     *
     * @param day the weekday the interval starts on
     * @param start the local start, inclusive
     * @param end the local end, exclusive
     * @return this builder
     * @throws IllegalArgumentException when the interval is empty ({@code 09:00} to {@code 09:00}) or overlaps an
     *     interval already added (the message names both intervals)
     */
    public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      requireNonNull(day, "day");
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      int d = day.ordinal();
      if (Span.isEmpty(start, end)) {
        throw new IllegalArgumentException("empty interval " + DAY_NAMES[d] + " " + Span.text(start, end));
      }
      Span span = Span.of(start, end);
      for (int e = 0; e < 7; e++) {
        for (Span other : weekly.get(e)) {
          if (weekOverlap(e, other, d, span)) {
            throw overlap(DAY_NAMES[e] + " " + other, DAY_NAMES[d] + " " + span);
          }
        }
      }
      weekly.get(d).add(span);
      return this;
    }

    /**
     * Opens every weekday from {@code from} to {@code to} (inclusive, wrapping past Sunday: {@code SATURDAY} to
     * {@code MONDAY} is three days) from {@code start} to {@code end}, as {@link #open(DayOfWeek, LocalTime,
     * LocalTime)} does for each.
     *
     * @param from the first weekday
     * @param to the last weekday
     * @param start the local start, inclusive
     * @param end the local end, exclusive; {@link LocalTime#MIDNIGHT} means 24:00, before {@code start} the next day
     * @return this builder
     * @throws IllegalArgumentException when the interval is empty or overlaps another; the message names both
     */
    public Builder open(DayOfWeek from, DayOfWeek to, LocalTime start, LocalTime end) {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      for (DayOfWeek d = from; ; d = d.plus(1)) {
        open(d, start, end);
        if (d == to) {
          return this;
        }
      }
    }

    /**
     * Makes {@code date} a holiday: the intervals that start on it are cancelled (an overnight interval from the day
     * before still runs into it).
     *
     * @param date the local date
     * @return this builder
     * @throws IllegalArgumentException when {@code date} is an extra opening date or outside 1900-01-01 to 2149-12-31
     */
    public Builder holiday(LocalDate date) {
      requireNonNull(date, "date");
      checkDate(date);
      if (openings.containsKey(date)) {
        throw new IllegalArgumentException(date + " cannot be both a holiday and an extra opening date");
      }
      holidays.add(date);
      return this;
    }

    /**
     * Makes each of {@code dates} a holiday, as {@link #holiday(LocalDate)} does.
     *
     * @param dates the local dates
     * @return this builder
     * @throws IllegalArgumentException when one is an extra opening date or outside 1900-01-01 to 2149-12-31
     */
    public Builder holidays(Iterable<LocalDate> dates) {
      requireNonNull(dates, "dates");
      for (LocalDate date : dates) {
        holiday(requireNonNull(date, "date"));
      }
      return this;
    }

    /**
     * Closes {@code date} from {@code from} to {@code to} (a partial-day closure, e.g. from 12:00 on Christmas Eve):
     * whatever is open in that local range is closed. {@code to} {@link LocalTime#MIDNIGHT} means 24:00; a {@code to}
     * before {@code from} lies on the next date. Closures may overlap.
     *
     * @param date the local date the closure starts on
     * @param from the local start, inclusive
     * @param to the local end, exclusive
     * @return this builder
     * @throws IllegalArgumentException when the range is empty or {@code date} is outside 1900-01-01 to 2149-12-31
     */
    public Builder closed(LocalDate date, LocalTime from, LocalTime to) {
      requireNonNull(date, "date");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkDate(date);
      if (Span.isEmpty(from, to)) {
        throw new IllegalArgumentException("empty interval closed " + date + " " + Span.text(from, to));
      }
      Span span = Span.of(from, to);
      List<Span> list = closures.computeIfAbsent(date, k -> new ArrayList<>());
      if (!list.contains(span)) {
        list.add(span);
      }
      return this;
    }

    /**
     * Makes {@code date} an extra opening date with the interval {@code start} to {@code end}; call it again to add
     * more intervals to the date. The date's own intervals replace the weekly intervals of its weekday on that date
     * (an overnight interval from the day before still runs into it). {@code end} {@link LocalTime#MIDNIGHT} means
     * 24:00; an {@code end} before {@code start} lies on the next date.
     *
     * @param date the local date
     * @param start the local start, inclusive
     * @param end the local end, exclusive
     * @return this builder
     * @throws IllegalArgumentException when the interval is empty, overlaps another interval of the date (the
     *     message names both), or {@code date} is a holiday or outside 1900-01-01 to 2149-12-31
     */
    public Builder openOn(LocalDate date, LocalTime start, LocalTime end) {
      requireNonNull(date, "date");
      requireNonNull(start, "start");
      requireNonNull(end, "end");
      checkDate(date);
      String label = "open " + date + " ";
      if (Span.isEmpty(start, end)) {
        throw new IllegalArgumentException("empty interval " + label + Span.text(start, end));
      }
      if (holidays.contains(date)) {
        throw new IllegalArgumentException(date + " cannot be both a holiday and an extra opening date");
      }
      Span span = Span.of(start, end);
      List<Span> same = openings.getOrDefault(date, List.of());
      for (Span other : same) {
        if (other.start() < span.end() && span.start() < other.end()) {
          throw overlap(label + other, label + span);
        }
      }
      openings.computeIfAbsent(date, k -> new ArrayList<>()).add(span);
      return this;
    }

    /**
     * Checks that the intervals of each extra opening date do not overlap those of the neighbouring dates (an
     * overnight interval of the day before running into the date, or one of the date's overnight intervals running
     * into the next date), then builds the calendar and precomputes its open-time tables (the zone's transitions are
     * computed once per zone and shared).
     *
     * @return the immutable calendar
     * @throws IllegalArgumentException when an extra opening date's interval overlaps one of a neighbouring date; the
     *     message names both intervals and the dates
     */
    public BusinessCalendar build() {
      for (Map.Entry<LocalDate, List<Span>> entry : openings.entrySet()) {
        LocalDate date = entry.getKey();
        String label = "open " + date + " ";
        LocalDate previous = date.minusDays(1);
        LocalDate next = date.plusDays(1);
        for (Span span : entry.getValue()) {
          for (Span other : owned(previous)) {
            if (spills(other, span)) {
              throw new NeighbourConflict(date, describe(previous, other), label + span);
            }
          }
          for (Span other : owned(next)) {
            if (spills(span, other)) {
              throw new NeighbourConflict(date, label + span, describe(next, other));
            }
          }
        }
      }
      return new BusinessCalendar(this);
    }

    private List<Span> owned(LocalDate date) {
      return OpenTime.owned(date, weekly, holidays, openings);
    }

    private String describe(LocalDate date, Span span) {
      return openings.containsKey(date)
          ? "open " + date + " " + span
          : DAY_NAMES[date.getDayOfWeek().ordinal()] + " " + span + " on " + date;
    }

    /** True when {@code first}, owned by one date, runs past midnight into {@code second}, owned by the next. */
    private static boolean spills(Span first, Span second) {
      return first.crossesMidnight() && second.start() < first.end() - Span.DAY;
    }

    private static boolean weekOverlap(int d1, Span s1, int d2, Span s2) {
      long week = 7 * Span.DAY;
      long a1 = d1 * Span.DAY + s1.start();
      long b1 = d1 * Span.DAY + s1.end();
      long a2 = d2 * Span.DAY + s2.start();
      long b2 = d2 * Span.DAY + s2.end();
      for (long shift = -week; shift <= week; shift += week) {
        if (a1 < b2 + shift && a2 + shift < b1) {
          return true;
        }
      }
      return false;
    }

    private static IllegalArgumentException overlap(String first, String second) {
      return new IllegalArgumentException("overlapping intervals " + first + " and " + second);
    }

    /** An overlap between an extra opening date and a neighbouring date, found by build(). */
    static final class NeighbourConflict extends IllegalArgumentException {
      private static final long serialVersionUID = 1L;
      final transient LocalDate date;

      NeighbourConflict(LocalDate date, String first, String second) {
        super("overlapping intervals " + first + " and " + second);
        this.date = date;
      }
    }

    private static void checkDate(LocalDate date) {
      if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
        throw new IllegalArgumentException(
            "date " + date + " is outside the supported range " + MIN_DATE + " to " + MAX_DATE);
      }
    }
  }
}
