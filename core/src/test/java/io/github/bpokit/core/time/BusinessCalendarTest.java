package io.github.bpokit.core.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples (SPEC section 2 and issue 3), edge cases and errors. All dates are in 2026 unless stated. */
class BusinessCalendarTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
  }

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  private static LocalTime t(String time) {
    return LocalTime.parse(time);
  }

  @Nested
  class SpecExamples {
    @Test
    void nineToFiveFridayAfternoonPlusFourHoursIsMondayNoon() {
      BusinessCalendar c = BusinessCalendar.builder().open(MONDAY, FRIDAY, t("09:00"), t("17:00")).build();
      Instant friday = utc("2026-10-02T16:00");
      assertThat(friday.atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(FRIDAY);
      Instant due = c.plusBusinessTime(friday, Duration.ofHours(4));
      assertThat(due).isEqualTo(utc("2026-10-05T12:00"));
      assertThat(c.businessTimeBetween(friday, due)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void eightToSixMondayFivePmPlusFourHoursIsTuesdayEleven() {
      BusinessCalendar c = BusinessCalendar.parse("Mon-Fri 08:00-18:00");
      assertThat(c.plusBusinessTime(utc("2026-10-05T17:00"), Duration.ofHours(4))).isEqualTo(utc("2026-10-06T11:00"));
    }

    @Test
    void classDocumentationExample() {
      BusinessCalendar office =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .open(MONDAY, FRIDAY, t("09:00"), t("17:00"))
              .holiday(LocalDate.of(2026, 12, 25))
              .closed(LocalDate.of(2026, 12, 24), t("12:00"), LocalTime.MIDNIGHT)
              .build();
      BusinessCalendar same =
          BusinessCalendar.parse(
              "tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays 2026-12-25; closed 2026-12-24 12:00-24:00");
      assertThat(same).isEqualTo(office);
      Instant created = Instant.parse("2026-12-23T15:00:00Z");
      Instant due = office.plusBusinessTime(created, Duration.ofHours(6));
      assertThat(due).isEqualTo(Instant.parse("2026-12-28T10:00:00Z"));
      assertThat(office.businessTimeBetween(created, due)).isEqualTo(Duration.ofHours(6));
    }
  }

  @Nested
  class Schedules {
    @Test
    void sundayOnly() {
      BusinessCalendar c = BusinessCalendar.parse("Sun 09:00-17:00");
      Instant monday = utc("2026-10-05T10:00");
      assertThat(c.nextOpening(monday)).contains(utc("2026-10-11T09:00"));
      assertThat(c.businessTimeBetween(monday, utc("2026-10-12T10:00"))).isEqualTo(Duration.ofHours(8));
      assertThat(c.plusBusinessTime(monday, Duration.ofHours(8))).isEqualTo(utc("2026-10-11T17:00"));
      assertThat(c.plusBusinessTime(monday, Duration.ofHours(10))).isEqualTo(utc("2026-10-18T11:00"));
      assertThat(c.minusBusinessTime(monday, Duration.ofHours(10))).isEqualTo(utc("2026-09-27T15:00"));
    }

    @Test
    void splitDay() {
      BusinessCalendar c = BusinessCalendar.parse("Mon-Fri 06:00-12:00,13:00-18:00");
      Instant mondayNine = utc("2026-10-05T09:00");
      assertThat(c.plusBusinessTime(mondayNine, Duration.ofMinutes(3 * 60 + 1))).isEqualTo(utc("2026-10-05T13:01"));
      assertThat(c.plusBusinessTime(utc("2026-10-09T09:00"), Duration.ofHours(11))).isEqualTo(utc("2026-10-12T09:00"));
      // used up exactly at the lunch break: the break's start, not the end
      assertThat(c.plusBusinessTime(mondayNine, Duration.ofHours(3))).isEqualTo(utc("2026-10-05T12:00"));
      // counting back from inside the break starts at 12:00; used up exactly at an opening: that opening
      assertThat(c.minusBusinessTime(utc("2026-10-05T12:30"), Duration.ofHours(1))).isEqualTo(utc("2026-10-05T11:00"));
      assertThat(c.minusBusinessTime(utc("2026-10-05T13:30"), Duration.ofMinutes(30)))
          .isEqualTo(utc("2026-10-05T13:00"));
      assertThat(c.isOpen(utc("2026-10-05T12:00"))).isFalse();
      assertThat(c.isOpen(utc("2026-10-05T13:00"))).isTrue();
      assertThat(c.nextClosing(mondayNine)).contains(utc("2026-10-05T12:00"));
      assertThat(c.nextOpening(utc("2026-10-05T12:10"))).contains(utc("2026-10-05T13:00"));
      assertThat(c.businessTimeBetween(utc("2026-10-05T00:00"), utc("2026-10-12T00:00"))).isEqualTo(Duration.ofHours(55));
    }

    @Test
    void fourDayHolidayBlock() {
      BusinessCalendar c =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .open(MONDAY, FRIDAY, t("09:00"), t("17:00"))
              .holidays(
                  List.of(
                      LocalDate.of(2026, 4, 3),
                      LocalDate.of(2026, 4, 4),
                      LocalDate.of(2026, 4, 5),
                      LocalDate.of(2026, 4, 6)))
              .build();
      // Maundy Thursday 16:00 + 2 h: Good Friday to Easter Monday are closed
      assertThat(c.plusBusinessTime(berlin("2026-04-02T16:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-04-07T10:00"));
      assertThat(c.businessTimeBetween(berlin("2026-04-02T17:00"), berlin("2026-04-07T09:00"))).isZero();
      assertThat(c.nextOpening(berlin("2026-04-03T10:00"))).contains(berlin("2026-04-07T09:00"));
      assertThat(c.minusBusinessTime(berlin("2026-04-07T10:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-04-02T16:00"));
    }

    @Test
    void overnightShiftsAcrossTheWeekend() {
      BusinessCalendar c = BusinessCalendar.parse("Fri-Sun 20:00-08:00");
      Instant friday = utc("2026-10-02T21:00");
      assertThat(c.nextClosing(friday)).contains(utc("2026-10-03T08:00"));
      assertThat(c.plusBusinessTime(friday, Duration.ofHours(20))).isEqualTo(utc("2026-10-04T05:00"));
      // Sunday night runs into Monday morning, across the end of the week
      assertThat(c.businessTimeBetween(utc("2026-10-04T23:00"), utc("2026-10-05T09:00"))).isEqualTo(Duration.ofHours(9));
      assertThat(c.isOpen(utc("2026-10-05T07:59:59.999999999"))).isTrue();
      assertThat(c.isOpen(utc("2026-10-05T08:00"))).isFalse();
      assertThat(c.nextOpening(utc("2026-10-05T08:00"))).contains(utc("2026-10-09T20:00"));
      assertThat(c.businessTimeBetween(utc("2026-10-05T00:00"), utc("2026-10-12T00:00"))).isEqualTo(Duration.ofHours(36));
    }

    @Test
    void aHolidayCancelsTheShiftThatStartsOnItNotTheOneRunningIntoIt() {
      BusinessCalendar c = BusinessCalendar.parse("Fri-Sun 20:00-08:00; holidays 2026-10-03");
      assertThat(c.isOpen(utc("2026-10-03T07:00"))).isTrue(); // Friday's shift
      assertThat(c.isOpen(utc("2026-10-03T21:00"))).isFalse(); // Saturday's shift is cancelled
      assertThat(c.isOpen(utc("2026-10-04T07:00"))).isFalse();
      assertThat(c.businessTimeBetween(utc("2026-10-02T00:00"), utc("2026-10-05T12:00"))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void twentyFourSevenHasNoClosedMinuteAtMidnight() {
      BusinessCalendar c = BusinessCalendar.TWENTY_FOUR_SEVEN;
      assertThat(c.isOpen(utc("2026-10-05T00:00"))).isTrue();
      assertThat(c.isOpen(utc("2026-10-04T23:59:59.999999999"))).isTrue();
      assertThat(c.nextClosing(utc("2026-10-04T23:59"))).isEmpty();
      assertThat(c.nextOpening(utc("2026-10-04T23:59"))).contains(utc("2026-10-04T23:59"));
      assertThat(c.plusBusinessTime(utc("2026-10-04T23:59:30"), Duration.ofMinutes(1))).isEqualTo(utc("2026-10-05T00:00:30"));
      assertThat(c.businessTimeBetween(utc("2026-10-04T12:00"), utc("2026-10-06T12:00"))).isEqualTo(Duration.ofHours(48));
      assertThat(c.businessTimeBetween(BusinessCalendar.MIN_INSTANT, BusinessCalendar.MAX_INSTANT))
          .isEqualTo(Duration.between(BusinessCalendar.MIN_INSTANT, BusinessCalendar.MAX_INSTANT));
      assertThat(c.plusBusinessTime(BusinessCalendar.MIN_INSTANT, Duration.between(BusinessCalendar.MIN_INSTANT, BusinessCalendar.MAX_INSTANT)))
          .isEqualTo(BusinessCalendar.MAX_INSTANT);
      assertThat(c.format()).isEqualTo("24x7");
    }

    @Test
    void twentyFourSevenInADaylightSavingZoneCountsRealElapsedTime() {
      BusinessCalendar c = BusinessCalendar.ofTwentyFourSeven(BERLIN);
      Instant from = Instant.parse("2026-03-28T00:00:00Z");
      Instant to = Instant.parse("2026-11-01T00:00:00Z");
      assertThat(c.businessTimeBetween(from, to)).isEqualTo(Duration.between(from, to));
      assertThat(c.nextClosing(from)).isEmpty();
      assertThat(c.plusBusinessTime(from, Duration.ofDays(100))).isEqualTo(from.plus(Duration.ofDays(100)));
    }

    @Test
    void adjacentIntervalsFormOneOpenPeriod() {
      BusinessCalendar c = BusinessCalendar.parse("Mon 09:00-12:00,12:00-17:00; Mon 22:00-24:00; Tue 00:00-06:00");
      assertThat(c.nextClosing(utc("2026-10-05T10:00"))).contains(utc("2026-10-05T17:00"));
      assertThat(c.nextClosing(utc("2026-10-05T23:00"))).contains(utc("2026-10-06T06:00"));
      assertThat(c.isOpen(utc("2026-10-06T00:00"))).isTrue();
      assertThat(c).isNotEqualTo(BusinessCalendar.parse("Mon 09:00-17:00,22:00-06:00"));
      assertThat(c.businessTimeBetween(utc("2026-10-05T00:00"), utc("2026-10-07T00:00")))
          .isEqualTo(BusinessCalendar.parse("Mon 09:00-17:00,22:00-06:00")
              .businessTimeBetween(utc("2026-10-05T00:00"), utc("2026-10-07T00:00")));
    }

    @Test
    void partialDayClosure() {
      BusinessCalendar c = BusinessCalendar.parse("Mon-Fri 09:00-17:00; closed 2026-12-24 12:00-24:00");
      assertThat(c.isOpen(utc("2026-12-24T11:59"))).isTrue();
      assertThat(c.isOpen(utc("2026-12-24T12:00"))).isFalse();
      assertThat(c.nextClosing(utc("2026-12-24T10:00"))).contains(utc("2026-12-24T12:00"));
      assertThat(c.businessTimeBetween(utc("2026-12-24T00:00"), utc("2026-12-25T00:00"))).isEqualTo(Duration.ofHours(3));
      assertThat(c.plusBusinessTime(utc("2026-12-24T11:00"), Duration.ofHours(2))).isEqualTo(utc("2026-12-25T10:00"));
    }

    @Test
    void closureAcrossMidnightClosesTheNightShiftOfEitherDay() {
      BusinessCalendar c = BusinessCalendar.parse("Mon-Sun 20:00-08:00; closed 2026-10-05 23:00-02:00");
      assertThat(c.isOpen(utc("2026-10-05T22:59"))).isTrue();
      assertThat(c.isOpen(utc("2026-10-06T01:59"))).isFalse();
      assertThat(c.nextClosing(utc("2026-10-05T21:00"))).contains(utc("2026-10-05T23:00"));
      assertThat(c.nextOpening(utc("2026-10-05T23:30"))).contains(utc("2026-10-06T02:00"));
      assertThat(c.businessTimeBetween(utc("2026-10-05T20:00"), utc("2026-10-06T08:00"))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void extraOpeningDateReplacesTheWeeklyIntervalsOfThatDate() {
      BusinessCalendar c =
          BusinessCalendar.builder()
              .open(MONDAY, FRIDAY, t("09:00"), t("17:00"))
              .openOn(LocalDate.of(2026, 12, 27), t("10:00"), t("14:00")) // a Sunday
              .openOn(LocalDate.of(2026, 12, 23), t("12:00"), t("14:00")) // a Wednesday: only 12-14
              .build();
      assertThat(c.businessTimeBetween(utc("2026-12-26T00:00"), utc("2026-12-28T00:00"))).isEqualTo(Duration.ofHours(4));
      assertThat(c.businessTimeBetween(utc("2026-12-23T00:00"), utc("2026-12-24T00:00"))).isEqualTo(Duration.ofHours(2));
      assertThat(c.nextOpening(utc("2026-12-23T09:00"))).contains(utc("2026-12-23T12:00"));
      assertThat(c.nextOpening(utc("2026-12-26T09:00"))).contains(utc("2026-12-27T10:00"));
      assertThat(c.plusBusinessTime(utc("2026-12-25T16:00"), Duration.ofHours(2))).isEqualTo(utc("2026-12-27T11:00"));
      assertThat(c.format()).isEqualTo("Mon-Fri 09:00-17:00; open 2026-12-23 12:00-14:00; open 2026-12-27 10:00-14:00");
    }

    @Test
    void weekdayRangesWrapPastSunday() {
      BusinessCalendar c = BusinessCalendar.builder().open(SATURDAY, MONDAY, t("10:00"), t("14:00")).build();
      assertThat(c.format()).isEqualTo("Mon,Sat-Sun 10:00-14:00");
    }

    @Test
    void exactToTheNanosecond() {
      BusinessCalendar c = BusinessCalendar.parse("Mon-Fri 09:00-17:00");
      assertThat(c.businessTimeBetween(utc("2026-10-05T08:59:59.999999999"), utc("2026-10-05T09:00:00.000000003")))
          .isEqualTo(Duration.ofNanos(3));
      assertThat(c.plusBusinessTime(utc("2026-10-05T16:59:59.999999999"), Duration.ofNanos(2)))
          .isEqualTo(utc("2026-10-06T09:00:00.000000001"));
      assertThat(c.minusBusinessTime(utc("2026-10-06T09:00:00.000000001"), Duration.ofNanos(2)))
          .isEqualTo(utc("2026-10-05T16:59:59.999999999"));
    }

    @Test
    void zeroDurationReturnsTheStartEvenWhenClosed() {
      BusinessCalendar c = BusinessCalendar.parse("Mon-Fri 09:00-17:00");
      Instant saturday = utc("2026-10-03T12:00");
      assertThat(c.plusBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
      assertThat(c.minusBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
      assertThat(c.plusBusinessTime(saturday, Duration.ofNanos(1))).isEqualTo(utc("2026-10-05T09:00:00.000000001"));
    }

    @Test
    void openTimeFarAheadIsFoundWithoutSearching() {
      BusinessCalendar c =
          BusinessCalendar.builder().openOn(LocalDate.of(2140, 6, 1), t("10:00"), t("12:00")).build();
      Instant now = utc("2026-10-05T00:00");
      assertThat(c.nextOpening(now)).contains(utc("2140-06-01T10:00"));
      assertThat(c.plusBusinessTime(now, Duration.ofHours(1))).isEqualTo(utc("2140-06-01T11:00"));
      assertThat(c.nextOpening(utc("2140-06-01T12:00"))).isEmpty();
      assertThatThrownBy(() -> c.plusBusinessTime(now, Duration.ofHours(3)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "cannot add PT3H of business time to 2026-10-05T00:00:00Z: only PT2H of open time remain before "
                  + "2150-01-01T00:00:00Z, the end of the supported range");
    }

    @Test
    void aCalendarThatIsNeverOpen() {
      BusinessCalendar never = BusinessCalendar.parse("never");
      Instant now = utc("2026-10-05T00:00");
      assertThat(never.isOpen(now)).isFalse();
      assertThat(never.nextOpening(now)).isEmpty();
      assertThat(never.nextClosing(now)).contains(now);
      assertThat(never.businessTimeBetween(BusinessCalendar.MIN_INSTANT, BusinessCalendar.MAX_INSTANT)).isZero();
      assertThatThrownBy(() -> never.plusBusinessTime(now, Duration.ofMinutes(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot add PT1M of business time to 2026-10-05T00:00:00Z: calendar \"never\" is never open, "
              + "so none of open time remain before 2150-01-01T00:00:00Z, the end of the supported range");
      assertThatThrownBy(() -> never.minusBusinessTime(now, Duration.ofMinutes(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot subtract PT1M of business time from 2026-10-05T00:00:00Z: calendar \"never\" is never "
              + "open, so none of open time lie after 1900-01-01T00:00:00Z, the start of the supported range");
    }
  }

  @Nested
  class Errors {
    private final BusinessCalendar c = BusinessCalendar.parse("Mon-Fri 09:00-17:00");

    @Test
    void negativeRangeNamesBothInstants() {
      assertThatThrownBy(() -> c.businessTimeBetween(utc("2026-10-06T00:00"), utc("2026-10-05T00:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("from 2026-10-06T00:00:00Z is after to 2026-10-05T00:00:00Z");
    }

    @Test
    void negativeDuration() {
      assertThatThrownBy(() -> c.plusBusinessTime(utc("2026-10-05T00:00"), Duration.ofHours(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("duration must not be negative: PT-1H");
      assertThatThrownBy(() -> c.minusBusinessTime(utc("2026-10-05T00:00"), Duration.ofHours(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("duration must not be negative: PT-1H");
    }

    @Test
    void instantsOutsideTheSupportedRange() {
      String message =
          "instant 2150-01-01T00:00:00.000000001Z is outside the supported range 1900-01-01T00:00:00Z to "
              + "2150-01-01T00:00:00Z";
      Instant late = BusinessCalendar.MAX_INSTANT.plusNanos(1);
      assertThatThrownBy(() -> c.isOpen(late)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
      assertThatThrownBy(() -> c.nextOpening(Instant.MAX))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("instant +1000000000-12-31T23:59:59.999999999Z is outside the supported range");
      assertThatThrownBy(() -> c.nextClosing(BusinessCalendar.MIN_INSTANT.minusNanos(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("instant 1899-12-31T23:59:59.999999999Z is outside the supported range 1900-01-01T00:00:00Z "
              + "to 2150-01-01T00:00:00Z");
      assertThat(c.isOpen(BusinessCalendar.MAX_INSTANT)).isFalse();
      assertThat(c.isOpen(BusinessCalendar.MIN_INSTANT)).isFalse(); // Monday 00:00
      assertThat(c.nextOpening(BusinessCalendar.MIN_INSTANT)).contains(utc("1900-01-01T09:00"));
    }

    @Test
    void durationBeyondTheSupportedRange() {
      assertThatThrownBy(() -> BusinessCalendar.TWENTY_FOUR_SEVEN.plusBusinessTime(utc("2026-10-05T00:00"), Duration.ofDays(365L * 1000)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot add PT8760000H of business time to 2026-10-05T00:00:00Z: only PT1080312H of open time "
              + "remain before 2150-01-01T00:00:00Z, the end of the supported range");
    }

    @Test
    void emptyIntervals() {
      assertThatThrownBy(() -> BusinessCalendar.builder().open(MONDAY, t("09:00"), t("09:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("empty interval Mon 09:00-09:00");
      assertThatThrownBy(() -> BusinessCalendar.builder().closed(LocalDate.of(2026, 12, 24), t("12:00"), t("12:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("empty interval closed 2026-12-24 12:00-12:00");
      assertThatThrownBy(() -> BusinessCalendar.builder().openOn(LocalDate.of(2026, 12, 27), t("10:00"), t("10:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("empty interval open 2026-12-27 10:00-10:00");
      // 00:00 to 00:00 is the whole day, not an empty interval
      assertThat(BusinessCalendar.builder().open(MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build().format())
          .isEqualTo("Mon 00:00-24:00");
    }

    @Test
    void overlappingIntervalsNameBoth() {
      assertThatThrownBy(
              () -> BusinessCalendar.builder().open(MONDAY, t("09:00"), t("12:00")).open(MONDAY, t("11:00"), t("17:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapping intervals Mon 09:00-12:00 and Mon 11:00-17:00");
      assertThatThrownBy(
              () -> BusinessCalendar.builder().open(FRIDAY, t("22:00"), t("06:00")).open(SATURDAY, t("05:00"), t("10:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapping intervals Fri 22:00-06:00 and Sat 05:00-10:00");
      assertThatThrownBy(
              () -> BusinessCalendar.builder().open(MONDAY, t("05:00"), t("10:00")).open(SUNDAY, t("22:00"), t("06:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapping intervals Mon 05:00-10:00 and Sun 22:00-06:00");
      assertThatThrownBy(
              () -> BusinessCalendar.builder().open(MONDAY, t("09:00"), t("17:00")).open(MONDAY, t("09:00"), t("17:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapping intervals Mon 09:00-17:00 and Mon 09:00-17:00");
      LocalDate date = LocalDate.of(2026, 12, 27);
      assertThatThrownBy(
              () -> BusinessCalendar.builder().openOn(date, t("10:00"), t("14:00")).openOn(date, t("13:00"), t("15:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapping intervals open 2026-12-27 10:00-14:00 and open 2026-12-27 13:00-15:00");
    }

    @Test
    void extraOpeningThatOverlapsANeighbouringDateFailsAtBuildWhateverTheOrder() {
      LocalDate friday = LocalDate.of(2026, 12, 25);
      String message = "overlapping intervals open 2026-12-25 22:00-06:00 and Sat 00:00-10:00 on 2026-12-26";
      assertThatThrownBy(
              () -> BusinessCalendar.builder()
                  .open(SATURDAY, t("00:00"), t("10:00"))
                  .openOn(friday, t("22:00"), t("06:00"))
                  .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(
              () -> BusinessCalendar.builder()
                  .openOn(friday, t("22:00"), t("06:00"))
                  .open(SATURDAY, t("00:00"), t("10:00"))
                  .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(
              () -> BusinessCalendar.builder()
                  .open(THURSDAY, t("20:00"), t("04:00"))
                  .openOn(friday, t("02:00"), t("06:00"))
                  .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapping intervals Thu 20:00-04:00 on 2026-12-24 and open 2026-12-25 02:00-06:00");
      // a holiday on the neighbouring date removes the conflict
      assertThat(
              BusinessCalendar.builder()
                  .open(SATURDAY, t("00:00"), t("10:00"))
                  .openOn(friday, t("22:00"), t("06:00"))
                  .holiday(LocalDate.of(2026, 12, 26))
                  .build()
                  .businessTimeBetween(utc("2026-12-25T00:00"), utc("2026-12-27T00:00")))
          .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void holidayAndExtraOpeningOnTheSameDate() {
      LocalDate date = LocalDate.of(2026, 12, 27);
      String message = "2026-12-27 cannot be both a holiday and an extra opening date";
      assertThatThrownBy(() -> BusinessCalendar.builder().holiday(date).openOn(date, t("10:00"), t("14:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> BusinessCalendar.builder().openOn(date, t("10:00"), t("14:00")).holiday(date))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }

    @Test
    void datesOutsideTheSupportedRange() {
      assertThatThrownBy(() -> BusinessCalendar.builder().holiday(LocalDate.of(2150, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("date 2150-01-01 is outside the supported range 1900-01-01 to 2149-12-31");
      assertThatThrownBy(() -> BusinessCalendar.builder().closed(LocalDate.of(1899, 12, 31), t("10:00"), t("11:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("date 1899-12-31 is outside the supported range 1900-01-01 to 2149-12-31");
    }
  }

  @Nested
  class ObjectContract {
    @Test
    void equalsAndHashCode() {
      new EqualsTester()
          .addEqualityGroup(
              BusinessCalendar.parse("Mon-Fri 09:00-17:00"),
              BusinessCalendar.parse(" mon - friday 9:00 - 17:00 "),
              BusinessCalendar.builder().open(MONDAY, FRIDAY, t("09:00"), t("17:00")).build(),
              BusinessCalendar.builder().zone(ZoneId.of("Etc/UTC")).open(FRIDAY, t("09:00"), t("17:00"))
                  .open(MONDAY, DayOfWeek.THURSDAY, t("09:00"), t("17:00")).build())
          .addEqualityGroup(
              BusinessCalendar.TWENTY_FOUR_SEVEN,
              BusinessCalendar.parse("24x7"),
              BusinessCalendar.parse("Mon-Sun 00:00-24:00"),
              BusinessCalendar.ofTwentyFourSeven(ZoneId.of("UTC")))
          .addEqualityGroup(BusinessCalendar.ofTwentyFourSeven(BERLIN))
          .addEqualityGroup(BusinessCalendar.parse("Mon-Fri 09:00-17:00; holidays 2026-12-25"))
          .addEqualityGroup(BusinessCalendar.parse("Mon-Fri 09:00-17:00; closed 2026-12-24 12:00-24:00"))
          .addEqualityGroup(BusinessCalendar.parse("Mon-Fri 09:00-17:00; open 2026-12-27 10:00-14:00"))
          .addEqualityGroup(BusinessCalendar.parse("Mon-Fri 09:00-12:00,12:00-17:00"))
          .addEqualityGroup(BusinessCalendar.parse("tz=Europe/Berlin; Mon-Fri 09:00-17:00"))
          .testEquals();
    }

    @Test
    void toBuilderCopiesTheDefinition() {
      BusinessCalendar c =
          BusinessCalendar.parse(
              "tz=Europe/Berlin; Mon-Fri 09:00-17:00; Fri 22:00-06:00; holidays 2026-12-25; "
                  + "closed 2026-12-24 12:00-24:00; open 2026-12-27 10:00-14:00");
      assertThat(c.toBuilder().build()).isEqualTo(c);
      assertThat(c.toBuilder().holiday(LocalDate.of(2026, 12, 26)).build().format())
          .isEqualTo("tz=Europe/Berlin; Mon-Thu 09:00-17:00; Fri 09:00-17:00,22:00-06:00; "
              + "holidays 2026-12-25,2026-12-26; closed 2026-12-24 12:00-24:00; open 2026-12-27 10:00-14:00");
      assertThat(c.zone()).isEqualTo(BERLIN);
      assertThat(c).hasToString(c.format());
    }

    @Test
    void serializesThroughItsTextForm() {
      BusinessCalendar c =
          BusinessCalendar.parse("tz=America/New_York; Mon-Fri 08:00-12:00,13:00-18:00; holidays 2026-11-26");
      BusinessCalendar copy = SerializableTester.reserializeAndAssert(c);
      assertThat(copy.plusBusinessTime(utc("2026-11-25T20:00"), Duration.ofHours(2)))
          .isEqualTo(c.plusBusinessTime(utc("2026-11-25T20:00"), Duration.ofHours(2)));
      SerializableTester.reserializeAndAssert(BusinessCalendar.TWENTY_FOUR_SEVEN);
    }

    @Test
    void rejectsNulls() {
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(Instant.class, utc("2026-10-05T10:00"))
              .setDefault(Duration.class, Duration.ofHours(1))
              .setDefault(ZoneId.class, BERLIN)
              .setDefault(LocalDate.class, LocalDate.of(2026, 10, 5))
              .setDefault(LocalTime.class, LocalTime.of(9, 0))
              .setDefault(CharSequence.class, "Mon-Fri 09:00-17:00");
      tester.testAllPublicStaticMethods(BusinessCalendar.class);
      tester.testAllPublicInstanceMethods(BusinessCalendar.parse("Mon-Fri 09:00-17:00"));
      tester.testAllPublicInstanceMethods(BusinessCalendar.builder());
      tester.testAllPublicConstructors(BusinessCalendarParseException.class);
    }
  }

  private static final DayOfWeek THURSDAY = DayOfWeek.THURSDAY;
}
