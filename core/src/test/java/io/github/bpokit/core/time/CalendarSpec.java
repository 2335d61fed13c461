package io.github.bpokit.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A random business calendar together with a reference implementation of its semantics that shares no code with
 * {@link OpenTime}: it resolves each date's local intervals with {@code java.time} ("the first instant at which the
 * wall clock shows the time or later") and measures the resulting instant intervals, and, independently, decides
 * whether an instant is open from the wall clock's high-water mark.
 */
final class CalendarSpec {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"), // 30-minute DST shift
          ZoneId.of("America/Sao_Paulo"), // DST at midnight until 2019
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Europe/London"));

  /** Zones with odd histories: seconds in offsets, a skipped calendar day, double summer time. */
  static final List<ZoneId> HISTORIC_ZONES =
      List.of(
          ZoneId.of("Europe/Amsterdam"), // +00:19:32 until 1937
          ZoneId.of("Africa/Monrovia"), // -00:44:30 until 1972
          ZoneId.of("Pacific/Apia"), // skipped 2011-12-30
          ZoneId.of("Europe/Berlin"), // +03:00 in 1945 and 1947
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("UTC"));

  final ZoneId zone;
  final List<List<LocalTime[]>> weekly = new ArrayList<>();
  final Set<LocalDate> holidays = new HashSet<>();
  final Map<LocalDate, List<LocalTime[]>> closures = new HashMap<>();
  final Map<LocalDate, List<LocalTime[]>> openings = new HashMap<>();
  /** A date around which the test instants cluster: near a DST transition of the zone when it has one. */
  final LocalDate center;

  final BusinessCalendar calendar;

  private CalendarSpec(ZoneId zone, LocalDate center, BusinessCalendar.Builder builder, SplittableRandom r) {
    this.zone = zone;
    this.center = center;
    for (int d = 0; d < 7; d++) {
      weekly.add(new ArrayList<>());
    }
    int style = r.nextInt(10);
    if (style == 0) {
      tryOpen(builder, DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    } else if (style <= 3) {
      // office hours, maybe split, maybe a night shift
      LocalTime a = grid(r, 5 * 60, 10 * 60);
      LocalTime b = grid(r, 11 * 60, 13 * 60);
      LocalTime c = grid(r, 13 * 60, 15 * 60);
      LocalTime e = grid(r, 16 * 60, 20 * 60);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (r.nextInt(7) < 5) {
          if (r.nextBoolean()) {
            tryOpen(builder, day, day, a, e);
          } else {
            tryOpen(builder, day, day, a, b);
            tryOpen(builder, day, day, c, e);
          }
        }
        if (r.nextInt(4) == 0) {
          tryOpen(builder, day, day, grid(r, 21 * 60, 24 * 60 - 5), grid(r, 0, 7 * 60));
        }
      }
    } else if (style <= 8) {
      // random cut points anywhere in the week, including across midnight and across the week's end
      int n = 1 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        int startMinute = r.nextInt(7 * 24 * 12) * 5;
        int length = (1 + r.nextInt(r.nextBoolean() ? 24 : 24 * 12 - 1)) * 5;
        DayOfWeek day = DayOfWeek.of(1 + startMinute / (24 * 60));
        LocalTime start = LocalTime.ofSecondOfDay((startMinute % (24 * 60)) * 60L);
        LocalTime end = start.plusMinutes(length);
        tryOpen(builder, day, day, start, end);
      }
    }
    // style 9: no weekly schedule at all
    int holidayCount = r.nextInt(4) == 0 ? 0 : r.nextInt(8);
    for (int i = 0; i < holidayCount; i++) {
      LocalDate date = center.plusDays(r.nextInt(41) - 20);
      try {
        builder.holiday(date);
        holidays.add(date);
      } catch (IllegalArgumentException e) {
        // an extra opening date already
      }
    }
    int closureCount = r.nextInt(3) == 0 ? 0 : r.nextInt(5);
    for (int i = 0; i < closureCount; i++) {
      LocalDate date = center.plusDays(r.nextInt(41) - 20);
      LocalTime from = grid(r, 0, 24 * 60 - 5);
      LocalTime to = r.nextInt(5) == 0 ? LocalTime.MIDNIGHT : grid(r, 0, 24 * 60 - 5);
      if (Span.isEmpty(from, to)) {
        continue;
      }
      builder.closed(date, from, to);
      closures.computeIfAbsent(date, k -> new ArrayList<>()).add(new LocalTime[] {from, to});
    }
    BusinessCalendar current = builder.build();
    int openingCount = style == 9 ? 1 + r.nextInt(6) : r.nextInt(3) == 0 ? 0 : r.nextInt(4);
    for (int i = 0; i < openingCount; i++) {
      LocalDate date = center.plusDays(r.nextInt(41) - 20);
      LocalTime from = grid(r, 0, 24 * 60 - 5);
      LocalTime to = r.nextInt(6) == 0 ? LocalTime.MIDNIGHT : grid(r, 0, 24 * 60 - 5);
      if (Span.isEmpty(from, to)) {
        continue;
      }
      try {
        current = current.toBuilder().openOn(date, from, to).build();
        openings.computeIfAbsent(date, k -> new ArrayList<>()).add(new LocalTime[] {from, to});
      } catch (IllegalArgumentException e) {
        // overlaps a neighbour or is a holiday
      }
    }
    calendar = current;
  }

  private void tryOpen(BusinessCalendar.Builder builder, DayOfWeek from, DayOfWeek to, LocalTime start, LocalTime end) {
    if (Span.isEmpty(start, end)) {
      return;
    }
    for (DayOfWeek d = from; ; d = d.plus(1)) {
      try {
        builder.open(d, start, end);
        weekly.get(d.ordinal()).add(new LocalTime[] {start, end});
      } catch (IllegalArgumentException e) {
        // overlaps an interval already there
      }
      if (d == to) {
        return;
      }
    }
  }

  private static LocalTime grid(SplittableRandom r, int fromMinute, int toMinute) {
    int minute = fromMinute + 5 * r.nextInt((toMinute - fromMinute) / 5 + 1);
    return minute >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(minute * 60L);
  }

  /** A random calendar; its instants cluster in the window 2021-2027, around a DST transition when there is one. */
  static CalendarSpec random(long seed) {
    return random(seed, ZONES, Instant.parse("2021-06-01T00:00:00Z"), 6 * 365);
  }

  /**
   * A random calendar whose instants cluster anywhere in the supported range 1900-2149, in zones with odd histories;
   * edges are not on whole minutes there, so only the exact oracles apply.
   */
  static CalendarSpec randomHistoric(long seed) {
    return random(seed, HISTORIC_ZONES, Instant.parse("1900-03-01T00:00:00Z"), 249 * 365);
  }

  private static CalendarSpec random(long seed, List<ZoneId> zones, Instant from, int days) {
    SplittableRandom r = new SplittableRandom(seed);
    ZoneId zone = zones.get(r.nextInt(zones.size()));
    Instant around = from.plus(Duration.ofDays(r.nextInt(days)));
    ZoneOffsetTransition next = zone.getRules().nextTransition(around);
    if (next != null && r.nextInt(4) != 0 && next.getInstant().isBefore(Instant.parse("2149-10-01T00:00:00Z"))) {
      around = next.getInstant();
    }
    LocalDate center = LocalDate.ofInstant(around, zone);
    return new CalendarSpec(zone, center, BusinessCalendar.builder().zone(zone), r);
  }

  /** A random instant within {@code days} of the center, at nanosecond, second or minute precision. */
  Instant instantNear(SplittableRandom r, int days) {
    long base = center.atStartOfDay(zone).toInstant().getEpochSecond();
    long seconds = base + r.nextLong(-days * 86_400L, days * 86_400L);
    switch (r.nextInt(3)) {
      case 0:
        return Instant.ofEpochSecond(seconds, r.nextInt(1_000_000_000));
      case 1:
        return Instant.ofEpochSecond(seconds);
      default:
        return Instant.ofEpochSecond(Math.floorDiv(seconds, 60) * 60);
    }
  }

  // ========================================================================================== oracle 1: intervals

  /** Open time in [from, to) from the resolved instant intervals. */
  Duration oracleBetween(Instant from, Instant to) {
    long a = nanos(from);
    long b = nanos(to);
    long sum = 0;
    for (long[] iv : openIntervals(from, to)) {
      long s = Math.max(iv[0], a);
      long e = Math.min(iv[1], b);
      if (s < e) {
        sum += e - s;
      }
    }
    return Duration.ofNanos(sum);
  }

  boolean oracleIsOpen(Instant t) {
    long x = nanos(t);
    for (long[] iv : openIntervals(t, t)) {
      if (iv[0] <= x && x < iv[1]) {
        return true;
      }
    }
    return false;
  }

  /** The disjoint open instant intervals (epoch nanos) that may meet [from, to]. */
  List<long[]> openIntervals(Instant from, Instant to) {
    LocalDate first = LocalDate.ofInstant(from, zone).minusDays(2);
    LocalDate last = LocalDate.ofInstant(to, zone).plusDays(2);
    List<long[]> open = new ArrayList<>();
    List<long[]> closed = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (LocalTime[] iv : owned(d)) {
        open.add(resolve(d, iv));
      }
      for (LocalTime[] iv : closures.getOrDefault(d, List.of())) {
        closed.add(resolve(d, iv));
      }
    }
    List<long[]> result = new ArrayList<>();
    for (long[] iv : merge(open)) {
      List<long[]> pieces = List.of(iv);
      for (long[] c : merge(closed)) {
        List<long[]> next = new ArrayList<>();
        for (long[] p : pieces) {
          if (c[1] <= p[0] || c[0] >= p[1]) {
            next.add(p);
          } else {
            if (p[0] < c[0]) {
              next.add(new long[] {p[0], c[0]});
            }
            if (c[1] < p[1]) {
              next.add(new long[] {c[1], p[1]});
            }
          }
        }
        pieces = next;
      }
      result.addAll(pieces);
    }
    return result;
  }

  private List<LocalTime[]> owned(LocalDate date) {
    if (openings.containsKey(date)) {
      return openings.get(date);
    }
    if (holidays.contains(date)) {
      return List.of();
    }
    return weekly.get(date.getDayOfWeek().ordinal());
  }

  private long[] resolve(LocalDate date, LocalTime[] iv) {
    LocalDateTime start = date.atTime(iv[0]);
    LocalDateTime end =
        iv[1].equals(LocalTime.MIDNIGHT) || !iv[1].isAfter(iv[0])
            ? date.plusDays(1).atTime(iv[1])
            : date.atTime(iv[1]);
    return new long[] {firstInstantShowing(start), firstInstantShowing(end)};
  }

  /** The first instant at which the wall clock shows {@code local} or a later time. */
  private long firstInstantShowing(LocalDateTime local) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      return nanos(rules.getTransition(local).getInstant());
    }
    return offsets.stream().mapToLong(o -> nanos(local.toInstant(o))).min().getAsLong();
  }

  private static List<long[]> merge(List<long[]> intervals) {
    List<long[]> sorted = new ArrayList<>(intervals);
    sorted.removeIf(iv -> iv[0] >= iv[1]);
    sorted.sort(Comparator.comparingLong(iv -> iv[0]));
    List<long[]> out = new ArrayList<>();
    for (long[] iv : sorted) {
      if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], iv[1]);
      } else {
        out.add(iv.clone());
      }
    }
    return out;
  }

  // ============================================================================ oracle 2: the wall clock, stepwise

  /**
   * Whether {@code t} is open, from the local wall-clock time alone: the highest local time the clock has shown up to
   * {@code t} (its reading, except while it repeats an hour after being turned back) lies in the day's schedule.
   */
  boolean wallClockIsOpen(Instant t) {
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition previous = rules.previousTransition(t.plusNanos(1));
    LocalDateTime local;
    if (previous != null
        && previous.isOverlap()
        && t.isBefore(previous.getInstant().plus(previous.getDuration().negated()))) {
      local = previous.getDateTimeBefore().minusNanos(1);
    } else {
      local = LocalDateTime.ofInstant(t, zone);
    }
    LocalDate date = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    boolean open = false;
    for (LocalTime[] iv : owned(date)) {
      open |= containsToday(iv, time);
    }
    for (LocalTime[] iv : owned(date.minusDays(1))) {
      open |= containsTomorrow(iv, time);
    }
    for (LocalTime[] iv : closures.getOrDefault(date, List.of())) {
      open &= !containsToday(iv, time);
    }
    for (LocalTime[] iv : closures.getOrDefault(date.minusDays(1), List.of())) {
      open &= !containsTomorrow(iv, time);
    }
    return open;
  }

  /** Open time in [from, to) counted minute by minute with the wall clock (exact when all edges are on minutes). */
  Duration steppedBetween(Instant from, Instant to) {
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
      if (wallClockIsOpen(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  private static boolean containsToday(LocalTime[] iv, LocalTime time) {
    boolean toMidnight = iv[1].equals(LocalTime.MIDNIGHT) || !iv[1].isAfter(iv[0]);
    return !time.isBefore(iv[0]) && (toMidnight || time.isBefore(iv[1]));
  }

  private static boolean containsTomorrow(LocalTime[] iv, LocalTime time) {
    boolean overnight = !iv[1].equals(LocalTime.MIDNIGHT) && !iv[1].isAfter(iv[0]);
    return overnight && time.isBefore(iv[1]);
  }

  static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  @Override
  public String toString() {
    return calendar.format() + " (center " + center + ")";
  }
}
