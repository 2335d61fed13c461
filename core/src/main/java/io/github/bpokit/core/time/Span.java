package io.github.bpokit.core.time;

import java.time.LocalTime;

/**
 * A half-open local time range {@code [start, end)} that belongs to one date (or one weekday), in nanoseconds after
 * that date's midnight. {@code start} is in {@code [0, DAY)}; {@code end} is in {@code (start, start + DAY]}: an end of
 * exactly {@link #DAY} is {@code 24:00}, an end after {@code DAY} lies on the next date (an interval crossing
 * midnight).
 */
record Span(long start, long end) implements Comparable<Span> {
  static final long DAY = 86_400_000_000_000L;

  /**
   * The span from {@code start} to {@code end}: an end of {@code 00:00} means {@code 24:00}, an end before the start
   * means that time on the next date. The caller rejects {@code start == end} (unless both are {@code 00:00}, the
   * whole day) as empty.
   */
  static Span of(LocalTime start, LocalTime end) {
    long s = start.toNanoOfDay();
    long e = end.toNanoOfDay();
    if (e == 0) {
      e = DAY;
    } else if (e < s) {
      e += DAY;
    }
    return new Span(s, e);
  }

  /** True when {@code start} and {@code end} make an empty interval, e.g. {@code 09:00-09:00}. */
  static boolean isEmpty(LocalTime start, LocalTime end) {
    return start.equals(end) && !end.equals(LocalTime.MIDNIGHT);
  }

  /** The text form, e.g. {@code 09:00-17:00}, {@code 22:00-06:00}, {@code 12:00-24:00}. */
  static String text(LocalTime start, LocalTime end) {
    return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
  }

  boolean crossesMidnight() {
    return end > DAY;
  }

  @Override
  public int compareTo(Span other) {
    int c = Long.compare(start, other.start);
    return c != 0 ? c : Long.compare(end, other.end);
  }

  @Override
  public String toString() {
    String e = end == DAY ? "24:00" : LocalTime.ofNanoOfDay(end % DAY).toString();
    return LocalTime.ofNanoOfDay(start) + "-" + e;
  }
}
