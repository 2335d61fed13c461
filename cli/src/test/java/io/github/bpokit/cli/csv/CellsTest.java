package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class CellsTest {

  @Test
  void emptyAndBlankCellsAreAbsent() {
    assertThat(Cells.value("")).isNull();
    assertThat(Cells.value(" \t ")).isNull();
    assertThat(Cells.value(" a b ")).isEqualTo("a b");
    String plain = "abc";
    assertThat(Cells.value(plain)).isSameAs(plain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-10-01T09:30:00Z", "2026-10-01T11:30:00+02:00", "2026-10-01T04:30:00-05:00",
      "2026-10-01T09:30:00.5Z", "2026-10-01T09:30:00.123456789+01:00", "2024-02-29T23:59:59Z",
      "2000-02-29T00:00:00Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "2026-10-01T09:30:00+18:00", "2026-10-01T09:30:00-18:00", "2026-10-01T09:30:00-00:00",
      "2026-10-01T09:30:00+05:45", "1969-12-31T23:59:59Z", "1600-03-01T00:00:00Z"})
  void theFastPathAgreesWithTheJdk(String text) {
    Instant expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    assertThat(Cells.fastInstant(text)).isEqualTo(expected);
    assertThat(Cells.instant(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-10-01T09:30Z", "2026-10-01t09:30:00z", "2026-10-01T09:30:00+02:00:00",
      "2026-10-01T09:30:00+0200", "2026-10-01T09:30:00.Z", "+12026-10-01T09:30:00Z", "2026-10-01T09:30:00.1234567891Z",
      "2026-02-29T09:30:00Z", "2026-04-31T09:30:00Z", "2026-13-01T09:30:00Z", "2026-10-01T24:00:00Z",
      "2026-10-01T09:60:00Z", "2026-10-01T09:30:60Z", "2026-10-01T09:30:00+19:00", "2026-10-01T09:30:00+18:30",
      "2026-10-01T09:30:00", "2026-10-01 09:30:00Z", "2026-10-01", "20261001T093000Z", "2026-1O-01T09:30:00Z",
      "2026-10-01T09:30:00 Z", "2026-10-01T09:30:00ZZ", "２０２６-10-01T09:30:00Z"})
  void unusualTextIsLeftToTheJdk(String text) {
    assertThat(Cells.fastInstant(text)).isNull();
    Instant jdk;
    try {
      jdk = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      jdk = null;
    }
    assertThat(Cells.instant(text)).isEqualTo(jdk);
  }

  @Test
  void randomDateTimesParseAsTheJdkParsesThem() {
    List<DateTimeFormatter> formats = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX"));
    qt().withFixedSeed(3L).withExamples(5000)
        .forAll(Generate.longRange(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T00:00:00Z").getEpochSecond()),
            Generate.range(0, 999_999_999), Generate.range(-18 * 4, 18 * 4), Generate.range(0, formats.size() - 1))
        .checkAssert((second, nanos, quarterHours, format) -> {
          OffsetDateTime dateTime = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, nanos),
              ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60));
          String text = dateTime.format(formats.get(format));
          Instant expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
          assertThat(Cells.instant(text)).as(text).isEqualTo(expected);
        });
  }

  @Test
  void epochDaysMatchTheJdkForEveryDayOfFourCenturies() {
    for (LocalDate day = LocalDate.of(1800, 1, 1); day.getYear() < 2200; day = day.plusDays(1)) {
      assertThat(Cells.epochDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))
          .isEqualTo(day.toEpochDay());
    }
    assertThat(Cells.epochDay(0, 1, 1)).isEqualTo(LocalDate.of(0, 1, 1).toEpochDay());
    assertThat(Cells.epochDay(9999, 12, 31)).isEqualTo(LocalDate.of(9999, 12, 31).toEpochDay());
  }

  @Test
  void instantProblemsExplainTheMistake() {
    assertThat(Cells.instantProblem("2026-10-01T09:30:00")).startsWith("has no UTC offset");
    assertThat(Cells.instantProblem("2026-10-01 09:30:00")).startsWith(
        "not ISO-8601: put a T between the date and the time and add Z or an offset such as +02:00");
    assertThat(Cells.instantProblem("2026-10-01T25:00:00Z")).isEqualTo("not an ISO-8601 date-time with offset "
        + "(Invalid value for HourOfDay (valid values 0 - 23): 25), " + Cells.EXAMPLE_INSTANTS);
  }

  @Test
  void wholeNumbers() {
    for (String yes : List.of("0", "7", "-1", "+12", "123456789012345678", "-123456789012345678")) {
      assertThat(Cells.isShortWholeNumber(yes)).as(yes).isTrue();
    }
    for (String no : List.of("", "-", "+", "1.0", "1e3", " 1", "1 ", "0x10", "١٢", "1234567890123456789", "--1")) {
      assertThat(Cells.isShortWholeNumber(no)).as(no).isFalse();
    }
  }

  @Test
  void decimals() {
    for (String yes : List.of("0", "88", "88.5", "-0.5", "+1", ".5", "5.", "1e-5", "1.5E+2", "100.000")) {
      assertThat(Cells.isDecimal(yes)).as(yes).isTrue();
    }
    for (String no : List.of("", ".", "-", "NaN", "Infinity", "-Infinity", "0x1p3", "85d", "85f", "1e", "1e+",
        "88,5", "8 8", "1.2.3", "e5")) {
      assertThat(Cells.isDecimal(no)).as(no).isFalse();
    }
  }
}
