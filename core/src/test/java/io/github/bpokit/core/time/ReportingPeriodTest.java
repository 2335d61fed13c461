package io.github.bpokit.core.time;

import static io.github.bpokit.core.time.PeriodUnit.DAY;
import static io.github.bpokit.core.time.PeriodUnit.MONTH;
import static io.github.bpokit.core.time.PeriodUnit.QUARTER;
import static io.github.bpokit.core.time.PeriodUnit.WEEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static Instant instant(String text) {
    return Instant.parse(text);
  }

  static ReportingPeriod berlin(String label) {
    return ReportingPeriod.parse(label, BERLIN);
  }

  static List<String> labels(List<ReportingPeriod> periods) {
    return periods.stream().map(ReportingPeriod::toString).collect(Collectors.toList());
  }

  @Nested
  class Containing {
    @Test
    void daysChangeAtLocalMidnight() {
      // Berlin is at +02:00 in October
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-04T21:59:59.999999999Z"), BERLIN))
          .hasToString("2026-10-04");
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-04T22:00:00Z"), BERLIN)).hasToString("2026-10-05");
      // New York is at -04:00 in October
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-05T03:59:59Z"), NEW_YORK))
          .hasToString("2026-10-04");
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-05T04:00:00Z"), NEW_YORK))
          .hasToString("2026-10-05");
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-05T03:59:59Z"), ZoneOffset.UTC))
          .hasToString("2026-10-05");
    }

    @Test
    void daysAreDstCorrectInBerlin() {
      ReportingPeriod springForward = berlin("2026-03-29");
      assertThat(springForward.start()).isEqualTo(instant("2026-03-28T23:00:00Z"));
      assertThat(springForward.end()).isEqualTo(instant("2026-03-29T22:00:00Z"));
      assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
      ReportingPeriod fallBack = berlin("2026-10-25");
      assertThat(Duration.between(fallBack.start(), fallBack.end())).isEqualTo(Duration.ofHours(25));
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-25T00:30:00Z"), BERLIN)).isEqualTo(fallBack);
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-25T01:30:00Z"), BERLIN)).isEqualTo(fallBack);
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-25T22:59:59Z"), BERLIN)).isEqualTo(fallBack);
      assertThat(ReportingPeriod.containing(DAY, instant("2026-10-25T23:00:00Z"), BERLIN)).hasToString("2026-10-26");
    }

    @Test
    void daysAreDstCorrectInNewYork() {
      ReportingPeriod springForward = ReportingPeriod.parse("2026-03-08", NEW_YORK);
      assertThat(springForward.start()).isEqualTo(instant("2026-03-08T05:00:00Z"));
      assertThat(springForward.end()).isEqualTo(instant("2026-03-09T04:00:00Z"));
      assertThat(Duration.between(springForward.start(), springForward.end())).isEqualTo(Duration.ofHours(23));
      ReportingPeriod fallBack = ReportingPeriod.parse("2026-11-01", NEW_YORK);
      assertThat(Duration.between(fallBack.start(), fallBack.end())).isEqualTo(Duration.ofHours(25));
      assertThat(ReportingPeriod.containing(DAY, instant("2026-11-02T04:59:59Z"), NEW_YORK)).isEqualTo(fallBack);
    }

    @Test
    void aDayWhoseMidnightIsSkippedStartsAtTheEndOfTheGap() {
      ZoneId santiago = ZoneId.of("America/Santiago");
      // 2026-09-06 00:00 -04:00 jumps to 01:00 -03:00
      ReportingPeriod day = ReportingPeriod.parse("2026-09-06", santiago);
      assertThat(day.start()).isEqualTo(instant("2026-09-06T04:00:00Z"));
      assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
      assertThat(ReportingPeriod.containing(DAY, instant("2026-09-06T03:59:59Z"), santiago))
          .hasToString("2026-09-05");
      // 2026-04-05 00:00 -03:00 falls back to 2026-04-04 23:00 -04:00: the 4th lasts 25 hours
      ReportingPeriod fallBack = ReportingPeriod.parse("2026-04-04", santiago);
      assertThat(Duration.between(fallBack.start(), fallBack.end())).isEqualTo(Duration.ofHours(25));
      assertThat(ReportingPeriod.containing(DAY, instant("2026-04-05T03:30:00Z"), santiago)).isEqualTo(fallBack);
    }

    @Test
    void minutesRepeatedAcrossMidnightBelongToTheLaterDay() {
      // America/Goose_Bay, 2010-11-07 00:01 -03:00 fell back to 2010-11-06 23:01 -04:00
      ZoneId gooseBay = ZoneId.of("America/Goose_Bay");
      ReportingPeriod november7 = ReportingPeriod.parse("2010-11-07", gooseBay);
      assertThat(november7.start()).isEqualTo(instant("2010-11-07T03:00:00Z"));
      Instant repeated = instant("2010-11-07T03:30:00Z"); // 23:30 -04:00 on the 6th, after the 7th began
      assertThat(ReportingPeriod.containing(DAY, repeated, gooseBay)).isEqualTo(november7);
      assertThat(november7.contains(repeated)).isTrue();
      assertThat(ReportingPeriod.containing(DAY, instant("2010-11-07T02:59:59Z"), gooseBay))
          .hasToString("2010-11-06");
      assertThat(ReportingPeriod.containing(MONTH, repeated, gooseBay)).hasToString("2010-11");
    }

    @Test
    void aRepeatedDayBelongsToTheDayAfterIt() {
      // America/Juneau, 1867-10-19 15:33:32 +15:02:19 fell back to 1867-10-18 15:33:32 -08:57:41 (Alaska purchase)
      ZoneId juneau = ZoneId.of("America/Juneau");
      for (long hours = 0; hours < 48; hours++) {
        Instant instant = instant("1867-10-19T00:00:00Z").plus(Duration.ofHours(hours));
        ReportingPeriod day = ReportingPeriod.containing(DAY, instant, juneau);
        assertThat(day.contains(instant)).as("%s in %s", instant, day).isTrue();
      }
      assertThat(ReportingPeriod.containing(DAY, instant("1867-10-19T01:00:00Z"), juneau)).hasToString("1867-10-19");
    }

    @Test
    void isoWeeksAcrossTheYearBoundary() {
      ReportingPeriod week = ReportingPeriod.containing(WEEK, LocalDate.of(2026, 12, 31), BERLIN);
      assertThat(week).hasToString("2026-W53");
      assertThat(week.startDate()).isEqualTo(LocalDate.of(2026, 12, 28));
      assertThat(week.endDateExclusive()).isEqualTo(LocalDate.of(2027, 1, 4));
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2027, 1, 1), BERLIN)).isEqualTo(week);
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2027, 1, 3), BERLIN)).isEqualTo(week);
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2027, 1, 4), BERLIN)).hasToString("2027-W01");
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2019, 12, 30), BERLIN)).hasToString("2020-W01");
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2026, 1, 1), BERLIN)).hasToString("2026-W01");
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2021, 1, 3), BERLIN)).hasToString("2020-W53");
      // Berlin is at +01:00 in January
      assertThat(ReportingPeriod.containing(WEEK, instant("2027-01-03T22:59:59Z"), BERLIN)).hasToString("2026-W53");
      assertThat(ReportingPeriod.containing(WEEK, instant("2027-01-03T23:00:00Z"), BERLIN)).hasToString("2027-W01");
    }

    @Test
    void weeksStartOnMonday() {
      ReportingPeriod week = ReportingPeriod.containing(WEEK, instant("2026-10-07T12:00:00Z"), BERLIN);
      assertThat(week).hasToString("2026-W41");
      assertThat(week.startDate()).isEqualTo(LocalDate.of(2026, 10, 5));
      assertThat(week.start()).isEqualTo(instant("2026-10-04T22:00:00Z"));
      assertThat(week.end()).isEqualTo(instant("2026-10-11T22:00:00Z"));
      assertThat(ReportingPeriod.containing(WEEK, LocalDate.of(2026, 10, 11), BERLIN)).isEqualTo(week);
    }

    @Test
    void quarterBoundaries() {
      assertThat(ReportingPeriod.containing(QUARTER, instant("2026-03-31T21:59:59Z"), BERLIN)).hasToString("2026-Q1");
      assertThat(ReportingPeriod.containing(QUARTER, instant("2026-03-31T22:00:00Z"), BERLIN)).hasToString("2026-Q2");
      assertThat(ReportingPeriod.containing(QUARTER, instant("2026-12-31T22:59:59Z"), BERLIN)).hasToString("2026-Q4");
      assertThat(ReportingPeriod.containing(QUARTER, instant("2026-12-31T23:00:00Z"), BERLIN)).hasToString("2027-Q1");
      ReportingPeriod q1 = berlin("2026-Q1");
      assertThat(q1.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(q1.endDateExclusive()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(q1.start()).isEqualTo(instant("2025-12-31T23:00:00Z"));
      assertThat(q1.end()).isEqualTo(instant("2026-03-31T22:00:00Z"));
      assertThat(Duration.between(q1.start(), q1.end())).isEqualTo(Duration.ofDays(90).minusHours(1));
      for (int month = 1; month <= 12; month++) {
        LocalDate date = LocalDate.of(2026, month, 17);
        assertThat(ReportingPeriod.containing(QUARTER, date, BERLIN))
            .hasToString("2026-Q" + ((month + 2) / 3));
      }
    }

    @Test
    void months() {
      ReportingPeriod october = ReportingPeriod.containing(MONTH, instant("2026-10-15T12:00:00Z"), BERLIN);
      assertThat(october).hasToString("2026-10");
      assertThat(october.start()).isEqualTo(instant("2026-09-30T22:00:00Z"));
      assertThat(october.end()).isEqualTo(instant("2026-10-31T23:00:00Z"));
      assertThat(Duration.between(october.start(), october.end())).isEqualTo(Duration.ofDays(31).plusHours(1));
      assertThat(october.contains(instant("2026-09-30T22:00:00Z"))).isTrue();
      assertThat(october.contains(instant("2026-09-30T21:59:59.999Z"))).isFalse();
      assertThat(october.contains(instant("2026-10-31T22:59:59Z"))).isTrue();
      assertThat(october.contains(instant("2026-10-31T23:00:00Z"))).isFalse();
    }
  }

  @Nested
  class Factories {
    @Test
    void ofAcceptsAlignedStartDates() {
      assertThat(ReportingPeriod.of(DAY, LocalDate.of(2026, 10, 7), BERLIN)).hasToString("2026-10-07");
      assertThat(ReportingPeriod.of(WEEK, LocalDate.of(2026, 10, 5), BERLIN)).hasToString("2026-W41");
      assertThat(ReportingPeriod.of(MONTH, LocalDate.of(2026, 10, 1), BERLIN)).hasToString("2026-10");
      assertThat(ReportingPeriod.of(QUARTER, LocalDate.of(2026, 10, 1), BERLIN)).hasToString("2026-Q4");
    }

    @Test
    void ofRejectsUnalignedStartDatesNamingThem() {
      assertThatThrownBy(() -> ReportingPeriod.of(WEEK, LocalDate.of(2026, 10, 7), BERLIN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("2026-10-07 (WEDNESDAY) is not the first day of a WEEK period: weeks start on Monday");
      assertThatThrownBy(() -> ReportingPeriod.of(MONTH, LocalDate.of(2026, 10, 2), BERLIN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("2026-10-02 (FRIDAY) is not the first day of a MONTH period: months start on the 1st");
      assertThatThrownBy(() -> ReportingPeriod.of(QUARTER, LocalDate.of(2026, 2, 1), BERLIN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("2026-02-01 (SUNDAY) is not the first day of a QUARTER period: quarters start on January,"
              + " April, July or October 1st");
    }

    @Test
    void containingALocalDateAligns() {
      assertThat(ReportingPeriod.containing(QUARTER, LocalDate.of(2026, 11, 15), BERLIN).startDate())
          .isEqualTo(LocalDate.of(2026, 10, 1));
      assertThat(ReportingPeriod.containing(MONTH, LocalDate.of(2026, 11, 15), BERLIN).startDate())
          .isEqualTo(LocalDate.of(2026, 11, 1));
      assertThat(ReportingPeriod.containing(DAY, LocalDate.of(2026, 11, 15), BERLIN).startDate())
          .isEqualTo(LocalDate.of(2026, 11, 15));
      ReportingPeriod period = ReportingPeriod.containing(WEEK, LocalDate.of(2026, 11, 15), NEW_YORK);
      assertThat(period.unit()).isEqualTo(WEEK);
      assertThat(period.zone()).isEqualTo(NEW_YORK);
      assertThat(period.startDate()).isEqualTo(LocalDate.of(2026, 11, 9));
    }
  }

  @Nested
  class Labels {
    @ParameterizedTest
    @CsvSource({"2026-10-05, DAY", "2026-W41, WEEK", "2026-W01, WEEK", "2020-W53, WEEK", "2026-10, MONTH",
        "2026-01, MONTH", "2026-Q4, QUARTER", "2026-Q1, QUARTER", "0999-01, MONTH", "-0001-Q1, QUARTER",
        "+10000-W01, WEEK", "0001-01-01, DAY", "2024-02-29, DAY"})
    void roundTripThroughToString(String label, PeriodUnit unit) {
      ReportingPeriod period = ReportingPeriod.parse(label, BERLIN);
      assertThat(period.unit()).isEqualTo(unit);
      assertThat(period.zone()).isEqualTo(BERLIN);
      assertThat(period).hasToString(label);
      assertThat(ReportingPeriod.parse(period.toString(), BERLIN)).isEqualTo(period);
    }

    @Test
    void parsesLowerCaseAndSurroundingWhiteSpace() {
      assertThat(berlin(" 2026-w41 ")).isEqualTo(berlin("2026-W41"));
      assertThat(berlin("2026-q4")).isEqualTo(berlin("2026-Q4"));
      assertThat(berlin("2026-W41").startDate()).isEqualTo(LocalDate.of(2026, 10, 5));
      assertThat(berlin("2026-W53").startDate()).isEqualTo(LocalDate.of(2026, 12, 28));
      assertThat(berlin("2020-W01").startDate()).isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "2026/10", "26-10", "2026-10-5", "2026-1", "2026-W1", "2026-Q",
        "2026-Q10", "2026-M10", "2026-10-05T00:00", "2026-W41-1", "2026-H1", "1234567890-01"})
    void rejectsMalformedLabels(String label) {
      assertThatThrownBy(() -> ReportingPeriod.parse(label, BERLIN)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid reporting period '" + label + "': expected 2026-10-05 (day), 2026-W41 (week),"
              + " 2026-10 (month) or 2026-Q4 (quarter)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-W54|week 54 is not between 1 and 53 (ISO weeks of 2026)",
        "2027-W53|week 53 is not between 1 and 52 (ISO weeks of 2027)",
        "2026-W00|week 0 is not between 1 and 53 (ISO weeks of 2026)",
        "2026-Q5|quarter 5 is not between 1 and 4",
        "2026-Q0|quarter 0 is not between 1 and 4",
        "+2026-10|years need exactly 4 digits, or a sign and more digits (as in +10000)",
        "12026-10|years need exactly 4 digits, or a sign and more digits (as in +10000)",
        "2026-13|Invalid value for MonthOfYear (valid values 1 - 12): 13",
        "2026-00|Invalid value for MonthOfYear (valid values 1 - 12): 0",
        "2026-02-30|Invalid date 'FEBRUARY 30'",
        "2027-02-29|Invalid date 'February 29' as '2027' is not a leap year"})
    void rejectsLabelsOfPeriodsThatDoNotExist(String label, String reason) {
      assertThatThrownBy(() -> ReportingPeriod.parse(label, BERLIN)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid reporting period '" + label + "': " + reason);
    }
  }

  @Nested
  class Iteration {
    @Test
    void nextPreviousAndPlus() {
      assertThat(berlin("2026-Q4").next()).hasToString("2027-Q1");
      assertThat(berlin("2026-01").previous()).hasToString("2025-12");
      assertThat(berlin("2026-W53").next()).hasToString("2027-W01");
      assertThat(berlin("2026-03-01").previous()).hasToString("2026-02-28");
      assertThat(berlin("2026-10-05").plus(-5)).hasToString("2026-09-30");
      assertThat(berlin("2026-Q1").plus(4)).hasToString("2027-Q1");
      assertThat(berlin("2026-Q1").plus(-1)).hasToString("2025-Q4");
      assertThat(berlin("2026-W41").plus(12)).hasToString("2026-W53");
      assertThat(berlin("2026-W41").plus(13)).hasToString("2027-W01");
      ReportingPeriod month = berlin("2026-10");
      assertThat(month.plus(0)).isSameAs(month);
      assertThat(month.next().zone()).isEqualTo(BERLIN);
    }

    @Test
    void rangeListsThePeriodsOverlappingTheRange() {
      Instant january15 = LocalDate.of(2026, 1, 15).atStartOfDay(BERLIN).toInstant();
      Instant april1 = LocalDate.of(2026, 4, 1).atStartOfDay(BERLIN).toInstant();
      assertThat(labels(ReportingPeriod.range(MONTH, january15, april1, BERLIN)))
          .containsExactly("2026-01", "2026-02", "2026-03");
      assertThat(labels(ReportingPeriod.range(MONTH, january15, april1.plusNanos(1), BERLIN)))
          .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
      // 2027-01-01T00:00Z is already 01:00 on January 1st in Berlin
      assertThat(labels(ReportingPeriod.range(QUARTER, instant("2026-01-01T00:00:00Z"),
          instant("2027-01-01T00:00:00Z"), BERLIN)))
          .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1");
      assertThat(ReportingPeriod.range(WEEK, berlin("2026-W01").start(), berlin("2027-W01").start(), BERLIN))
          .hasSize(53);
      assertThat(labels(ReportingPeriod.range(DAY, instant("2026-03-28T12:00:00Z"), instant("2026-03-30T00:00:00Z"),
          BERLIN))).containsExactly("2026-03-28", "2026-03-29", "2026-03-30");
    }

    @Test
    void classExample() {
      ReportingPeriod q4 = berlin("2026-Q4");
      assertThat(q4.contains(instant("2026-12-31T22:59:59Z"))).isTrue();
      assertThat(labels(ReportingPeriod.range(MONTH, instant("2026-01-15T00:00:00Z"), q4.start(), BERLIN)))
          .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
              "2026-09");
    }

    @Test
    void anEmptyRangeHasNoPeriod() {
      Instant instant = instant("2026-10-05T12:00:00Z");
      assertThat(ReportingPeriod.range(DAY, instant, instant, BERLIN)).isEmpty();
      assertThat(labels(ReportingPeriod.range(DAY, instant, instant.plusNanos(1), BERLIN)))
          .containsExactly("2026-10-05");
    }

    @Test
    void rangeRejectsAReversedRangeNamingBothEnds() {
      assertThatThrownBy(() -> ReportingPeriod.range(DAY, instant("2026-02-01T00:00:00Z"),
          instant("2026-01-01T00:00:00Z"), BERLIN)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid range: toExclusive 2026-01-01T00:00:00Z is before fromInclusive 2026-02-01T00:00:00Z");
    }

    @Test
    void periodsUntil() {
      assertThat(labels(berlin("2026-01").periodsUntil(berlin("2026-04"))))
          .containsExactly("2026-01", "2026-02", "2026-03");
      assertThat(labels(berlin("2026-W52").periodsUntil(berlin("2027-W02"))))
          .containsExactly("2026-W52", "2026-W53", "2027-W01");
      assertThat(berlin("2026-Q1").periodsUntil(berlin("2026-Q1"))).isEmpty();
      assertThat(berlin("2026-01-01").periodsUntil(berlin("2027-01-01"))).hasSize(365);
      List<ReportingPeriod> periods = berlin("2026-01").periodsUntil(berlin("2026-03"));
      assertThatThrownBy(() -> periods.add(berlin("2026-03"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void periodsUntilRejectsReversedAndIncomparableEnds() {
      assertThatThrownBy(() -> berlin("2026-04").periodsUntil(berlin("2026-01")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid range: endExclusive 2026-01 is before 2026-04");
      assertThatThrownBy(() -> berlin("2026-01").periodsUntil(berlin("2026-Q2")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot compare 2026-01 (MONTH in Europe/Berlin) with 2026-Q2 (QUARTER in Europe/Berlin): unit"
              + " and zone must be the same");
      assertThatThrownBy(() -> berlin("2026-01").periodsUntil(ReportingPeriod.parse("2026-04", NEW_YORK)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot compare 2026-01 (MONTH in Europe/Berlin) with 2026-04 (MONTH in America/New_York):"
              + " unit and zone must be the same");
    }
  }

  @Nested
  class Contracts {
    @Test
    void ordersByTime() {
      List<ReportingPeriod> periods = new ArrayList<>(List.of(berlin("2026-03"), berlin("2025-12"), berlin("2026-01")));
      Collections.sort(periods);
      assertThat(labels(periods)).containsExactly("2025-12", "2026-01", "2026-03");
      assertThat(berlin("2026-01").compareTo(berlin("2026-01"))).isZero();
      assertThatThrownBy(() -> berlin("2026-W41").compareTo(berlin("2026-10-05")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot compare 2026-W41 (WEEK in Europe/Berlin) with 2026-10-05 (DAY in Europe/Berlin): unit"
              + " and zone must be the same");
    }

    @Test
    void equalWhenUnitStartAndZoneAreEqual() {
      new EqualsTester()
          .addEqualityGroup(berlin("2026-10"), ReportingPeriod.of(MONTH, LocalDate.of(2026, 10, 1), BERLIN),
              ReportingPeriod.containing(MONTH, LocalDate.of(2026, 10, 31), BERLIN),
              ReportingPeriod.containing(MONTH, instant("2026-10-15T00:00:00Z"), ZoneId.of("Europe/Berlin")),
              berlin("2026-09").next())
          .addEqualityGroup(ReportingPeriod.parse("2026-10", NEW_YORK))
          .addEqualityGroup(berlin("2026-10-01"))
          .addEqualityGroup(berlin("2026-Q4"))
          .addEqualityGroup(berlin("2026-11"))
          .addEqualityGroup(ReportingPeriod.parse("2026-10", ZoneOffset.ofHours(2)))
          .testEquals();
    }

    @Test
    void rejectsNullEverywhere() {
      NullPointerTester tester = new NullPointerTester()
          .setDefault(ZoneId.class, BERLIN)
          .setDefault(Instant.class, instant("2026-10-05T12:00:00Z"))
          .setDefault(LocalDate.class, LocalDate.of(2026, 10, 1))
          .setDefault(PeriodUnit.class, MONTH)
          .setDefault(ReportingPeriod.class, berlin("2026-12"));
      tester.testAllPublicStaticMethods(ReportingPeriod.class);
      tester.testAllPublicInstanceMethods(berlin("2026-10"));
    }

    @Test
    void serializes() {
      SerializableTester.reserializeAndAssert(berlin("2026-W41"));
      SerializableTester.reserializeAndAssert(ReportingPeriod.parse("2026-Q4", ZoneOffset.UTC));
      assertThat(SerializableTester.reserialize(berlin("2026-10-05")).zone()).isEqualTo(BERLIN);
    }
  }
}
