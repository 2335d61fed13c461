package io.github.bpokit.core.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Daylight saving time per SPEC section 2, on every 2022-2026 transition of Europe/Berlin and America/New_York: local
 * intervals resolve to the first instant the wall clock shows their times (or later), so real elapsed time wins.
 */
class BusinessCalendarDstTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The spring-forward and fall-back transitions of both zones in 2022-2026 (20 transitions). */
  static Stream<Arguments> transitions() {
    List<Arguments> out = new ArrayList<>();
    for (ZoneId zone : List.of(BERLIN, NEW_YORK)) {
      Instant t = Year.of(2022).atDay(1).atStartOfDay(zone).toInstant();
      Instant end = Year.of(2027).atDay(1).atStartOfDay(zone).toInstant();
      for (ZoneOffsetTransition tr = zone.getRules().nextTransition(t);
          tr.getInstant().isBefore(end);
          tr = zone.getRules().nextTransition(tr.getInstant())) {
        out.add(Arguments.of(zone, tr));
      }
    }
    assertThat(out).hasSize(20);
    return out.stream();
  }

  /** A calendar open every day in {@code [start, end)}, measured over the transition's local day. */
  private static Duration openOnTheDay(ZoneId zone, ZoneOffsetTransition tr, LocalTime start, LocalTime end) {
    BusinessCalendar c = BusinessCalendar.builder().zone(zone).open(MONDAY, SUNDAY, start, end).build();
    LocalDate day = tr.getDateTimeBefore().toLocalDate();
    return c.businessTimeBetween(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The local time at which the skipped or repeated hour starts: 02:00 in both zones, 01:00 for New York's fall. */
  private static LocalTime hourStart(ZoneOffsetTransition tr) {
    return (tr.isGap() ? tr.getDateTimeBefore() : tr.getDateTimeAfter()).toLocalTime();
  }

  @ParameterizedTest
  @MethodSource("transitions")
  void aNightShiftIsFiveHoursInSpringAndSevenInFall(ZoneId zone, ZoneOffsetTransition tr) {
    assertThat(openOnTheDay(zone, tr, LocalTime.MIDNIGHT, LocalTime.of(6, 0)))
        .isEqualTo(Duration.ofHours(tr.isGap() ? 5 : 7));
  }

  @ParameterizedTest
  @MethodSource("transitions")
  void theSkippedHourIsNeverOpenAndTheRepeatedHourCountsTwice(ZoneId zone, ZoneOffsetTransition tr) {
    LocalTime start = hourStart(tr);
    assertThat(openOnTheDay(zone, tr, start, start.plusHours(1))).isEqualTo(Duration.ofHours(tr.isGap() ? 0 : 2));
    assertThat(openOnTheDay(zone, tr, start.minusHours(1), start.plusHours(2))).isEqualTo(Duration.ofHours(tr.isGap() ? 2 : 4));
  }

  @ParameterizedTest
  @MethodSource("transitions")
  void anIntervalStartingInsideTheHour(ZoneId zone, ZoneOffsetTransition tr) {
    LocalTime start = hourStart(tr).plusMinutes(30);
    LocalTime end = hourStart(tr).plusHours(2);
    BusinessCalendar c = BusinessCalendar.builder().zone(zone).open(MONDAY, SUNDAY, start, end).build();
    LocalDate day = tr.getDateTimeBefore().toLocalDate();
    Instant midnight = day.atStartOfDay(zone).toInstant();
    if (tr.isGap()) {
      // 02:30 is never shown: open when the clock jumps to 03:00, until 04:00
      assertThat(c.nextOpening(midnight)).contains(tr.getInstant());
      assertThat(openOnTheDay(zone, tr, start, end)).isEqualTo(Duration.ofHours(1));
    } else {
      // from the first 02:30 (summer time) through the repeated hour to 04:00 standard time
      assertThat(c.nextOpening(midnight)).contains(tr.getInstant().minus(Duration.ofMinutes(30)));
      assertThat(c.isOpen(tr.getInstant().plus(Duration.ofMinutes(10)))).isTrue();
      assertThat(openOnTheDay(zone, tr, start, end)).isEqualTo(Duration.ofMinutes(150));
    }
  }

  @ParameterizedTest
  @MethodSource("transitions")
  void anIntervalEndingInsideTheHour(ZoneId zone, ZoneOffsetTransition tr) {
    LocalTime start = hourStart(tr).minusHours(1);
    LocalTime end = hourStart(tr).plusMinutes(30);
    BusinessCalendar c = BusinessCalendar.builder().zone(zone).open(MONDAY, SUNDAY, start, end).build();
    Instant opening = tr.getDateTimeBefore().toLocalDate().atTime(start).atZone(zone).toInstant();
    if (tr.isGap()) {
      // closes when the clock jumps past 02:30
      assertThat(c.nextClosing(opening)).contains(tr.getInstant());
      assertThat(openOnTheDay(zone, tr, start, end)).isEqualTo(Duration.ofHours(1));
    } else {
      // closes at the first 02:30 and does not reopen while the clock repeats 02:00-02:30
      assertThat(c.nextClosing(opening)).contains(tr.getInstant().minus(Duration.ofMinutes(30)));
      assertThat(c.isOpen(tr.getInstant().plus(Duration.ofMinutes(10)))).isFalse();
      assertThat(openOnTheDay(zone, tr, start, end)).isEqualTo(Duration.ofMinutes(90));
    }
  }

  @ParameterizedTest
  @MethodSource("transitions")
  void theLawsHoldAcrossTheTransition(ZoneId zone, ZoneOffsetTransition tr) {
    BusinessCalendar c = BusinessCalendar.builder().zone(zone).open(MONDAY, SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)).build();
    Instant start = tr.getInstant().minus(Duration.ofHours(3));
    for (int minutes = 0; minutes <= 8 * 60; minutes += 7) {
      Duration d = Duration.ofMinutes(minutes);
      Instant due = c.plusBusinessTime(start, d);
      assertThat(c.businessTimeBetween(start, due)).isEqualTo(d);
      assertThat(c.businessTimeBetween(c.minusBusinessTime(due, d), due)).isEqualTo(d);
    }
  }

  @Test
  void springForwardSaturdayNightShiftIsSevenHoursAndFallBackNine() {
    BusinessCalendar c = BusinessCalendar.parse("tz=Europe/Berlin; Sat 22:00-06:00");
    assertThat(c.businessTimeBetween(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
        .isEqualTo(Duration.ofHours(7));
    assertThat(c.businessTimeBetween(Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z")))
        .isEqualTo(Duration.ofHours(9));
    assertThat(c.nextClosing(Instant.parse("2026-10-24T21:00:00Z"))).contains(Instant.parse("2026-10-25T05:00:00Z"));
  }

  @Test
  void officeHoursKeepTheirLocalTimesAcrossTheTransitionWeekend() {
    BusinessCalendar c =
        BusinessCalendar.builder().zone(BERLIN).open(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    // Friday 16:00 CET + 2 h = Monday 10:00 CEST
    assertThat(c.plusBusinessTime(Instant.parse("2026-03-27T15:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    assertThat(c.nextOpening(Instant.parse("2026-10-24T12:00:00Z"))).contains(Instant.parse("2026-10-26T08:00:00Z"));
    assertThat(c.isOpen(Instant.parse("2026-10-23T07:30:00Z"))).isTrue(); // 09:30 CEST
    assertThat(c.isOpen(Instant.parse("2026-10-26T07:30:00Z"))).isFalse(); // 08:30 CET
  }

  @Test
  void pastDatesUseTheOffsetOfTheirOwnDate() {
    BusinessCalendar c =
        BusinessCalendar.builder().zone(NEW_YORK).open(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    assertThat(c.nextOpening(Instant.parse("2022-07-01T00:00:00Z"))).contains(Instant.parse("2022-07-01T13:00:00Z"));
    assertThat(c.nextOpening(Instant.parse("2022-12-01T00:00:00Z"))).contains(Instant.parse("2022-12-01T14:00:00Z"));
    // 2007 rules changed the US transition dates: 2006-10-27 (Friday) was still EDT, 2006-10-30 EST
    assertThat(c.nextOpening(Instant.parse("2006-10-27T00:00:00Z"))).contains(Instant.parse("2006-10-27T13:00:00Z"));
    assertThat(c.nextOpening(Instant.parse("2006-10-30T00:00:00Z"))).contains(Instant.parse("2006-10-30T14:00:00Z"));
  }

  @Test
  void aWeekendShiftWithASkippedHourInsideIt() {
    BusinessCalendar c = BusinessCalendar.builder().zone(NEW_YORK).open(SATURDAY, LocalTime.of(20, 0), LocalTime.of(8, 0)).build();
    // 2026-03-07 20:00 EST (01:00Z) to 2026-03-08 08:00 EDT (12:00Z)
    assertThat(c.nextOpening(Instant.parse("2026-03-07T00:00:00Z"))).contains(Instant.parse("2026-03-08T01:00:00Z"));
    assertThat(c.nextClosing(Instant.parse("2026-03-08T02:00:00Z"))).contains(Instant.parse("2026-03-08T12:00:00Z"));
    assertThat(c.plusBusinessTime(Instant.parse("2026-03-07T00:00:00Z"), Duration.ofHours(11)))
        .isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
  }
}
