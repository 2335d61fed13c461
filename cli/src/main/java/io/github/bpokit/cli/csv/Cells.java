package io.github.bpokit.cli.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Parsing of single cells without regular expressions and without exceptions on the common, valid path. Each parser
 * has a fast path for the canonical form and falls back to the JDK's parser (which may throw) only for unusual text.
 */
final class Cells {
  private Cells() {}

  static final String EXAMPLE_INSTANTS = "e.g. 2026-10-01T09:30:00Z or 2026-10-01T11:30:00+02:00";

  /** Returns the cell with surrounding white space removed, or {@code null} when it is empty or blank. */
  static @Nullable String value(String cell) {
    int length = cell.length();
    if (length == 0) {
      return null;
    }
    if (cell.charAt(0) > ' ' && cell.charAt(length - 1) > ' ') {
      return cell; // the common case: nothing to strip, no copy
    }
    String stripped = cell.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  // ---- whole numbers ----

  /**
   * Returns whether the text is an optionally signed whole number of at most 18 digits, which always fits a
   * {@code long}; longer numbers go through {@link Long#parseLong} to detect overflow.
   */
  static boolean isShortWholeNumber(String s) {
    int length = s.length();
    int i = 0;
    if (length > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      i = 1;
    }
    int digits = length - i;
    if (digits == 0 || digits > 18) {
      return false;
    }
    for (; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- decimals ----

  /**
   * Returns whether the text is a plain decimal number: optional sign, digits with an optional decimal point (at least
   * one digit in all) and an optional exponent. Unlike {@link Double#parseDouble} it refuses {@code NaN},
   * {@code Infinity}, hexadecimal and type suffixes such as {@code 85d}.
   */
  static boolean isDecimal(String s) {
    int length = s.length();
    int i = 0;
    if (i < length && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < length && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < length && s.charAt(i) == '.') {
      i++;
      while (i < length && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < length && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < length && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < length && isDigit(s.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == length;
  }

  // ---- instants ----

  /**
   * Parses the canonical ISO-8601 form {@code yyyy-MM-ddTHH:mm:ss[.fffffffff](Z|±HH:MM)} without allocating anything
   * but the result; returns {@code null} for any other text (which {@link #instant} then hands to the JDK).
   */
  static @Nullable Instant fastInstant(String s) {
    int length = s.length();
    if (length < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < length && isDigit(s.charAt(i))) {
        nanos = nanos * 10 + (s.charAt(i) - '0');
        i++;
      }
      int fractionDigits = i - start;
      if (fractionDigits == 0 || fractionDigits > 9) {
        return null;
      }
      for (int k = fractionDigits; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == length - 1 && s.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == length - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int offsetHours = digits(s, i + 1, 2);
      int offsetMinutes = digits(s, i + 4, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours > 18
          || (offsetHours == 18 && offsetMinutes != 0)) {
        return null;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s.charAt(i) == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /**
   * Parses an ISO-8601 date-time with an offset or {@code Z}, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does.
   *
   * @return the instant, or {@code null} when the text is not one, in which case {@link #instantProblem} explains
   */
  static @Nullable Instant instant(String s) {
    Instant fast = fastInstant(s);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Explains why {@link #instant} refused the text. */
  static String instantProblem(String s) {
    try {
      OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      throw new AssertionError("not a problem: " + s);
    } catch (DateTimeParseException e) {
      if (isLocalDateTime(s)) {
        return "has no UTC offset: add Z or an offset such as +02:00 (" + EXAMPLE_INSTANTS + ")";
      }
      if (s.length() > 11 && s.charAt(10) == ' ') {
        String withT = s.substring(0, 10) + 'T' + s.substring(11);
        boolean offset = instant(withT) != null;
        if (offset || isLocalDateTime(withT)) {
          return "not ISO-8601: put a T between the date and the time"
              + (offset ? "" : " and add Z or an offset such as +02:00") + " (" + EXAMPLE_INSTANTS + ")";
        }
      }
      Throwable cause = e.getCause();
      String detail = cause instanceof DateTimeException && cause.getMessage() != null
          ? " (" + cause.getMessage() + ")" : "";
      return "not an ISO-8601 date-time with offset" + detail + ", " + EXAMPLE_INSTANTS;
    }
  }

  private static boolean isLocalDateTime(String s) {
    try {
      LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Reads {@code count} decimal digits at {@code start}; -1 when one of them is not a digit. */
  private static int digits(String s, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int monthLength(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), year 0 to 9999. */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}
