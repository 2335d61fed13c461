package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Generates valid {@link BusinessCalendar}s of the shapes support desks use. Get one from
 * {@link Generators#calendars()}; each configuring method returns a new generator.
 *
 * <pre>{@code
 * BusinessCalendar c = Generators.calendars().zones(ZoneId.of("Europe/Berlin")).year(2026).next(42);
 * c.format();  // e.g. "tz=Europe/Berlin; Mon-Fri 08:30-12:00,13:00-17:30; Sat 10:00-14:00; holidays 2026-05-01"
 * }</pre>
 *
 * <p>Shapes, in order of simplicity (the minimum draw gives the first, 24x7 in the first zone): 24x7; office hours
 * Monday to Friday (start 06:00 to 10:00, end 16:00 to 20:00, on the half hour); the same split by a lunch break;
 * office hours with a night shift Monday to Friday 22:00-06:00 (crossing midnight, Friday's into Saturday); any of
 * these may add Saturday 10:00-14:00. On top, in the configured year: up to four holidays, up to two partial-day
 * closures (from an hour to the end of the day, or crossing midnight) and at most one extra opening date
 * (10:00-14:00, never a holiday). The default zones have fixed offsets, DST shifts of one hour and of 30 minutes
 * (Australia/Lord_Howe) and a half-hour offset (Asia/Kolkata), so DST days are covered.
 */
public final class CalendarGenerator implements Generator<BusinessCalendar> {
  static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("America/Sao_Paulo"));

  private final List<ZoneId> zones;
  private final int year;

  CalendarGenerator() {
    this(ZONES, 2026);
  }

  private CalendarGenerator(List<ZoneId> zones, int year) {
    this.zones = zones;
    this.year = year;
  }

  /**
   * Returns a generator of calendars in these zones.
   *
   * @param zones at least one zone
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public CalendarGenerator zones(ZoneId... zones) {
    List<ZoneId> list = Generators.values("zones", zones);
    return new CalendarGenerator(list, year);
  }

  /**
   * Returns a generator whose holidays, closures and extra opening dates fall in this year.
   *
   * @param year 1901 to 2148 (default 2026), so that every date and its neighbours are supported
   * @return the new generator
   * @throws IllegalArgumentException when out of range
   */
  public CalendarGenerator year(int year) {
    if (year < 1901 || year > 2148) {
      throw new IllegalArgumentException("year must be 1901 to 2148, got " + year);
    }
    return new CalendarGenerator(zones, year);
  }

  @Override
  public BusinessCalendar next(RandomSource in) {
    requireNonNull(in, "in");
    BusinessCalendar.Builder b = BusinessCalendar.builder().zone(in.pick(zones));
    int shape = in.weighted(20, 40, 25, 15);
    if (shape == 0) {
      b.open(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    } else {
      LocalTime start = halfHour(in, 6 * 60, 10 * 60);
      LocalTime end = halfHour(in, 16 * 60, 20 * 60);
      if (shape == 2) {
        LocalTime lunch = halfHour(in, 11 * 60 + 30, 12 * 60 + 30);
        LocalTime back = lunch.plusMinutes(30 + 30 * in.between(0, 2));
        b.open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, start, lunch);
        b.open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, back, end);
      } else {
        b.open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, start, end);
      }
      if (shape == 3) {
        b.open(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0));
      }
      if (in.chance(30)) {
        b.open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0));
      }
    }
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    int holidays = in.chance(60) ? in.intBetween(1, 4) : 0;
    LocalDate[] dates = new LocalDate[holidays];
    for (int i = 0; i < holidays; i++) {
      dates[i] = first.plusDays(in.between(0, days - 1));
      b.holiday(dates[i]);
    }
    int closures = in.chance(30) ? in.intBetween(1, 2) : 0;
    for (int i = 0; i < closures; i++) {
      LocalDate date = first.plusDays(in.between(0, days - 1));
      LocalTime from = LocalTime.of(in.intBetween(0, 23), 0);
      LocalTime to = in.chance(50) ? LocalTime.MIDNIGHT : LocalTime.of(in.intBetween(0, 23), 30);
      b.closed(date, from, to);
    }
    if (in.chance(20)) {
      LocalDate date = first.plusDays(in.between(0, days - 1));
      if (!List.of(dates).contains(date)) {
        b.openOn(date, LocalTime.of(10, 0), LocalTime.of(14, 0));
      }
    }
    return b.build();
  }

  private static LocalTime halfHour(RandomSource in, int fromMinute, int toMinute) {
    return LocalTime.MIN.plusMinutes(fromMinute + 30L * in.between(0, (toMinute - fromMinute) / 30));
  }
}
