package io.github.bpokit.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** The compact text form of a {@link BusinessCalendar}; the grammar is documented on that class. */
final class CalendarText {
  private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String KEYWORDS = "tz=, 24x7, never, holidays, closed or open";

  private CalendarText() {}

  // ============================================================================================================ format

  static String format(
      ZoneId zone,
      List<List<Span>> weekly,
      Set<LocalDate> holidays,
      Map<LocalDate, List<Span>> closures,
      Map<LocalDate, List<Span>> openings) {
    StringJoiner out = new StringJoiner("; ");
    if (!zone.equals(ZoneOffset.UTC)) {
      out.add("tz=" + zone.getId());
    }
    List<Span> wholeDay = List.of(new Span(0, Span.DAY));
    if (weekly.stream().allMatch(wholeDay::equals)) {
      out.add("24x7");
    } else if (weekly.stream().allMatch(List::isEmpty)) {
      out.add("never");
    } else {
      boolean[] done = new boolean[7];
      for (int d = 0; d < 7; d++) {
        if (done[d] || weekly.get(d).isEmpty()) {
          continue;
        }
        boolean[] group = new boolean[7];
        for (int e = d; e < 7; e++) {
          if (weekly.get(e).equals(weekly.get(d))) {
            group[e] = true;
            done[e] = true;
          }
        }
        out.add(days(group) + " " + spans(weekly.get(d)));
      }
    }
    if (!holidays.isEmpty()) {
      StringJoiner dates = new StringJoiner(",", "holidays ", "");
      holidays.forEach(date -> dates.add(date.toString()));
      out.add(dates.toString());
    }
    closures.forEach((date, list) -> out.add("closed " + date + " " + spans(list)));
    openings.forEach((date, list) -> out.add("open " + date + " " + spans(list)));
    return out.toString();
  }

  private static String days(boolean[] group) {
    StringJoiner out = new StringJoiner(",");
    for (int d = 0; d < 7; d++) {
      if (!group[d]) {
        continue;
      }
      int last = d;
      while (last + 1 < 7 && group[last + 1]) {
        last++;
      }
      out.add(last == d ? DAY_NAMES[d] : DAY_NAMES[d] + "-" + DAY_NAMES[last]);
      d = last;
    }
    return out.toString();
  }

  private static String spans(List<Span> spans) {
    StringJoiner out = new StringJoiner(",");
    spans.forEach(s -> out.add(s.toString()));
    return out.toString();
  }

  // ============================================================================================================= parse

  static BusinessCalendar parse(String text) {
    return new Parser(text).calendar();
  }

  private static final class Parser {
    private final String text;
    private final BusinessCalendar.Builder builder = BusinessCalendar.builder();
    private final Map<LocalDate, Integer> openingIndex = new java.util.HashMap<>();
    private int pos;
    private boolean zoneSeen;

    Parser(String text) {
      this.text = text;
    }

    BusinessCalendar calendar() {
      skipSpace();
      if (atEnd()) {
        throw error(pos, "empty business calendar; write 'never' for a calendar that is never open");
      }
      while (true) {
        clause();
        skipSpace();
        if (atEnd()) {
          break;
        }
        if (text.charAt(pos) != ';') {
          throw error(pos, "expected ';' or the end of the text, found " + found(pos));
        }
        pos++;
        skipSpace();
        if (atEnd()) {
          break;
        }
      }
      try {
        return builder.build();
      } catch (BusinessCalendar.Builder.NeighbourConflict e) {
        throw error(openingIndex.get(e.date), e.getMessage());
      }
    }

    private void clause() {
      int start = pos;
      String word = word();
      String lower = word.toLowerCase(Locale.ROOT);
      switch (lower) {
        case "tz":
          zone(start);
          break;
        case "24x7":
          add(start, () -> builder.open(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
          break;
        case "never":
          break;
        case "holiday":
        case "holidays":
          requireSpace();
          do {
            int at = pos;
            LocalDate date = date();
            add(at, () -> builder.holiday(date));
          } while (comma());
          break;
        case "closed":
          {
            requireSpace();
            LocalDate date = date();
            requireSpace();
            do {
              Interval iv = interval();
              add(iv.index, () -> builder.closed(date, iv.start, iv.end));
            } while (comma());
            break;
          }
        case "open":
          {
            requireSpace();
            LocalDate date = date();
            openingIndex.putIfAbsent(date, start);
            requireSpace();
            do {
              Interval iv = interval();
              add(iv.index, () -> builder.openOn(date, iv.start, iv.end));
            } while (comma());
            break;
          }
        default:
          weekly(start, word);
      }
    }

    private void zone(int start) {
      if (zoneSeen) {
        throw error(start, "time zone given twice");
      }
      zoneSeen = true;
      skipSpace();
      if (atEnd() || text.charAt(pos) != '=') {
        throw error(pos, "expected '=' after 'tz'");
      }
      pos++;
      skipSpace();
      int at = pos;
      while (!atEnd() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ';') {
        pos++;
      }
      String id = text.substring(at, pos);
      if (id.isEmpty()) {
        throw error(at, "expected a time zone id such as Europe/Berlin after 'tz='");
      }
      ZoneId zone;
      try {
        zone = ZoneId.of(id);
      } catch (DateTimeException e) {
        throw error(at, "unknown time zone '" + id + "'");
      }
      builder.zone(zone);
    }

    private void weekly(int start, String firstWord) {
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      int wordStart = start;
      String word = firstWord;
      while (true) {
        DayOfWeek from = day(wordStart, word, wordStart == start);
        DayOfWeek to = from;
        skipSpace();
        if (!atEnd() && text.charAt(pos) == '-') {
          pos++;
          skipSpace();
          int at = pos;
          to = day(at, word(), false);
          skipSpace();
        }
        for (DayOfWeek d = from; ; d = d.plus(1)) {
          days.add(d);
          if (d == to) {
            break;
          }
        }
        if (atEnd() || text.charAt(pos) != ',') {
          break;
        }
        pos++;
        skipSpace();
        wordStart = pos;
        word = word();
      }
      if (atEnd() || !Character.isDigit(text.charAt(pos))) {
        throw error(pos, "expected an interval such as 09:00-17:00 after the days, found " + found(pos));
      }
      do {
        Interval iv = interval();
        for (DayOfWeek d : days) {
          add(iv.index, () -> builder.open(d, iv.start, iv.end));
        }
      } while (comma());
    }

    private DayOfWeek day(int at, String word, boolean clauseStart) {
      String w = word.toLowerCase(Locale.ROOT);
      for (DayOfWeek d : DayOfWeek.values()) {
        String full = d.name().toLowerCase(Locale.ROOT);
        if (w.length() >= 3 && (w.equals(full) || w.equals(full.substring(0, 3)))) {
          return d;
        }
      }
      String found = word.isEmpty() ? found(at) : "'" + word + "'";
      if (clauseStart) {
        throw error(at, "unknown day " + found + ", expected Mon, Tue, Wed, Thu, Fri, Sat, Sun or " + KEYWORDS);
      }
      throw error(at, "unknown day " + found + ", expected Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    }

    private Interval interval() {
      int at = pos;
      LocalTime start = time(false);
      skipSpace();
      if (atEnd() || text.charAt(pos) != '-') {
        throw error(pos, "expected '-' and an end time after " + text.substring(at, pos).strip());
      }
      pos++;
      skipSpace();
      LocalTime end = time(true);
      return new Interval(at, start, end);
    }

    /** HH:mm, HH:mm:ss or HH:mm:ss.fffffffff; 24:00 as an end. */
    private LocalTime time(boolean end) {
      int at = pos;
      if (atEnd()) {
        throw error(at, "expected a time such as 09:00, found the end of the text");
      }
      String token = token(at);
      int hour = digits(1, 2);
      if (hour < 0 || !expect(':')) {
        throw malformedTime(at, token);
      }
      int minute = digits(2, 2);
      if (minute < 0) {
        throw malformedTime(at, token);
      }
      int second = 0;
      int nano = 0;
      if (!atEnd() && text.charAt(pos) == ':') {
        pos++;
        second = digits(2, 2);
        if (second < 0) {
          throw malformedTime(at, token);
        }
        if (!atEnd() && text.charAt(pos) == '.') {
          pos++;
          int from = pos;
          int fraction = digits(1, 9);
          if (fraction < 0) {
            throw malformedTime(at, token);
          }
          for (int i = pos - from; i < 9; i++) {
            fraction *= 10;
          }
          nano = fraction;
        }
      }
      if (!atEnd() && Character.isLetterOrDigit(text.charAt(pos))) {
        throw malformedTime(at, token);
      }
      if (hour == 24 && minute == 0 && second == 0 && nano == 0) {
        if (!end) {
          throw error(at, "24:00 is only allowed as the end of an interval");
        }
        return LocalTime.MIDNIGHT;
      }
      if (hour > 23 || minute > 59 || second > 59) {
        throw error(at, "time '" + token + "' out of range, expected 00:00 to 23:59:59.999999999 or 24:00 as an end");
      }
      return LocalTime.of(hour, minute, second, nano);
    }

    private IllegalArgumentException malformedTime(int at, String token) {
      return error(at, "malformed time '" + token + "', expected HH:mm such as 09:00");
    }

    private LocalDate date() {
      int at = pos;
      while (!atEnd() && !Character.isWhitespace(text.charAt(pos)) && ",;".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      String token = text.substring(at, pos);
      try {
        return LocalDate.parse(token);
      } catch (DateTimeParseException e) {
        throw error(at, "malformed date '" + token + "', expected an ISO date such as 2026-12-25");
      }
    }

    /** Reads up to max digits (at least min); -1 when there are fewer than min. */
    private int digits(int min, int max) {
      int from = pos;
      int value = 0;
      while (!atEnd() && pos - from < max && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        value = value * 10 + (text.charAt(pos) - '0');
        pos++;
      }
      return pos - from < min ? -1 : value;
    }

    private boolean expect(char c) {
      if (!atEnd() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    /** Skips white space and one comma; true when there was a comma. */
    private boolean comma() {
      int save = pos;
      skipSpace();
      if (!atEnd() && text.charAt(pos) == ',') {
        pos++;
        skipSpace();
        return true;
      }
      pos = save;
      return false;
    }

    private String word() {
      int from = pos;
      while (!atEnd() && Character.isLetterOrDigit(text.charAt(pos))) {
        pos++;
      }
      return text.substring(from, pos);
    }

    private void requireSpace() {
      if (atEnd() || !Character.isWhitespace(text.charAt(pos))) {
        throw error(pos, "expected a space, found " + found(pos));
      }
      skipSpace();
    }

    private void skipSpace() {
      while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private boolean atEnd() {
      return pos >= text.length();
    }

    /** What was found at {@code at}: the quoted token there, or "the end of the text". */
    private String found(int at) {
      return at >= text.length() ? "the end of the text" : "'" + token(at) + "'";
    }

    /** The text from {@code at} up to the next white space, comma, semicolon or dash after the first character. */
    private String token(int at) {
      int end = at + 1;
      while (end < text.length()
          && !Character.isWhitespace(text.charAt(end))
          && ",;-".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      return text.substring(at, end);
    }

    private void add(int at, Runnable step) {
      try {
        step.run();
      } catch (BusinessCalendarParseException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw error(at, e.getMessage());
      }
    }

    private BusinessCalendarParseException error(int at, String problem) {
      return new BusinessCalendarParseException(problem, text, at);
    }
  }

  private static final class Interval {
    final int index;
    final LocalTime start;
    final LocalTime end;

    Interval(int index, LocalTime start, LocalTime end) {
      this.index = index;
      this.start = start;
      this.end = end;
    }
  }
}
