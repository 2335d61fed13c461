package io.github.bpokit.core.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arithmetic of a {@link BusinessCalendar}: all positions are {@code long} nanoseconds, instants as epoch nanos,
 * wall-clock times as "local epoch nanos" (the local date-time read as if it were UTC).
 *
 * <p>The model. Let {@code S} be the set of local times that are open (weekly schedule, holidays, closures and extra
 * opening dates applied per local date) and {@code M(x)} the measure of {@code S} before local time {@code x}. An
 * instant {@code t} is open when the wall clock's high-water mark {@code h(t)} is in {@code S}: normally
 * {@code h(t) = t + offset(t)}; in the repeated hour after a fall-back transition at {@code T} it stays at the local
 * time just before {@code T}. The cumulative open time is then {@code C(t) = M(h(t)) + K(t)}, where {@code K} sums, per
 * earlier transition, minus the open time of the skipped local hour (spring forward) or the open time added while the
 * clock repeats an hour (fall back). {@code M} is O(1) from per-week prefix sums plus a binary search over the few
 * dates whose open time differs from the weekly pattern; {@code K} is a prefix sum over the zone's transitions. Every
 * operation is {@code C}, its inverse, or a walk along runs of open time, so costs do not depend on the length of the
 * range beyond O(log(exceptional dates + transitions)).
 */
final class OpenTime {
  static final long NANOS_PER_SECOND = 1_000_000_000L;
  static final long HOUR = 3600 * NANOS_PER_SECOND;
  static final long DAY = 24 * HOUR;
  static final long WEEK = 7 * DAY;
  /** Epoch day 0 (1970-01-01) is a Thursday: shifting by three days puts a Monday 00:00 at multiples of a week. */
  private static final long MONDAY_SHIFT = 3 * DAY;
  /** 1900-01-01T00:00:00Z in epoch nanoseconds. */
  static final long MIN = -2_208_988_800L * NANOS_PER_SECOND;
  /** 2150-01-01T00:00:00Z in epoch nanoseconds. */
  static final long MAX = 5_680_281_600L * NANOS_PER_SECOND;
  /** A run of open time or a solution that does not end within the supported range. */
  static final long NONE = Long.MAX_VALUE;

  // ---- weekly pattern: merged half-open intervals of the week, nanoseconds after Monday 00:00
  private final long[] wkStart;
  private final long[] wkEnd;
  /** Open time before interval j; length wkN + 1. */
  private final long[] wkCum;
  /** End of the run of open time that contains interval j (past the week's end when it wraps); NONE for 24x7. */
  private final long[] wkRunEnd;
  private final int wkN;
  private final long weekOpen;
  /** For each hour of the week, the first interval ending after the hour starts. */
  private final int[] hourIndex;

  // ---- exceptional local days: open time differs from the weekly pattern
  private final long[] exDay;
  /** Merged open intervals of each exceptional day, flat {start, end, ...}, nanoseconds after its midnight. */
  private final long[][] exSpans;
  /** Sum over earlier exceptional days of (their open time - the weekly pattern's); length exN + 1. */
  private final long[] exCum;
  private final long[] exMStart;
  private final long[] exMEnd;
  private final int exN;

  // ---- zone transitions
  private final ZoneTransitions tz;
  private final long[] at;
  private final long[] before;
  private final long[] after;
  private final int tn;
  /** Open time of the skipped hour (negated) or of the repeated hour, per transition. */
  private final long[] adj;
  /** Sum of adj over earlier transitions; length tn + 1. */
  private final long[] cumAdj;
  /** C at each transition. */
  private final long[] cat;
  /** Whether the calendar is open while the clock repeats the hour after transition j (fall back only). */
  private final boolean[] frozenOpen;

  private final long cMin;
  private final long cMax;

  OpenTime(
      ZoneId zone,
      List<List<Span>> weekly,
      Set<LocalDate> holidays,
      Map<LocalDate, List<Span>> closures,
      Map<LocalDate, List<Span>> openings) {
    // weekly pattern
    List<long[]> week = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      for (Span s : weekly.get(d)) {
        long a = d * DAY + s.start();
        long b = d * DAY + s.end();
        if (b <= WEEK) {
          week.add(new long[] {a, b});
        } else {
          week.add(new long[] {a, WEEK});
          week.add(new long[] {0, b - WEEK});
        }
      }
    }
    long[] merged = merge(week);
    wkN = merged.length / 2;
    wkStart = new long[wkN];
    wkEnd = new long[wkN];
    wkCum = new long[wkN + 1];
    wkRunEnd = new long[wkN];
    for (int j = 0; j < wkN; j++) {
      wkStart[j] = merged[2 * j];
      wkEnd[j] = merged[2 * j + 1];
      wkCum[j + 1] = wkCum[j] + wkEnd[j] - wkStart[j];
      wkRunEnd[j] = wkEnd[j];
    }
    weekOpen = wkCum[wkN];
    if (weekOpen == WEEK) {
      Arrays.fill(wkRunEnd, NONE);
    } else if (wkN > 1 && wkStart[0] == 0 && wkEnd[wkN - 1] == WEEK) {
      wkRunEnd[wkN - 1] = WEEK + wkEnd[0];
    }
    hourIndex = new int[168];
    for (int h = 0, j = 0; h < 168; h++) {
      while (j < wkN && wkEnd[j] <= h * HOUR) {
        j++;
      }
      hourIndex[h] = j;
    }

    // exceptional days
    TreeSet<Long> candidates = new TreeSet<>();
    for (LocalDate date : holidays) {
      candidates.add(date.toEpochDay());
      candidates.add(date.toEpochDay() + 1);
    }
    for (LocalDate date : closures.keySet()) {
      candidates.add(date.toEpochDay());
      candidates.add(date.toEpochDay() + 1);
    }
    for (LocalDate date : openings.keySet()) {
      candidates.add(date.toEpochDay());
      candidates.add(date.toEpochDay() + 1);
    }
    List<Long> days = new ArrayList<>();
    List<long[]> spans = new ArrayList<>();
    for (long day : candidates) {
      long[] actual = actualDay(day, weekly, holidays, closures, openings);
      if (!Arrays.equals(actual, weeklyDay(day))) {
        days.add(day);
        spans.add(actual);
      }
    }
    exN = days.size();
    exDay = new long[exN];
    exSpans = new long[exN][];
    exCum = new long[exN + 1];
    exMStart = new long[exN];
    exMEnd = new long[exN];
    for (int e = 0; e < exN; e++) {
      exDay[e] = days.get(e);
      exSpans[e] = spans.get(e);
      long dayStart = exDay[e] * DAY;
      long open = measure(exSpans[e]);
      exMStart[e] = w(dayStart) + exCum[e];
      exMEnd[e] = exMStart[e] + open;
      exCum[e + 1] = exCum[e] + open - (w(dayStart + DAY) - w(dayStart));
    }

    // transitions
    tz = ZoneTransitions.of(zone);
    at = tz.at;
    before = tz.before;
    after = tz.after;
    tn = tz.count;
    adj = new long[tn];
    cumAdj = new long[tn + 1];
    cat = new long[tn];
    frozenOpen = new boolean[tn];
    for (int j = 0; j < tn; j++) {
      if (tz.isOverlap(j)) {
        frozenOpen[j] = inS(at[j] + before[j] - 1);
        adj[j] = frozenOpen[j] ? before[j] - after[j] : 0;
      } else {
        adj[j] = m(at[j] + before[j]) - m(at[j] + after[j]);
      }
      cat[j] = m(at[j] + before[j]) + cumAdj[j];
      cumAdj[j + 1] = cumAdj[j] + adj[j];
    }
    cMin = c(MIN);
    cMax = c(MAX);
  }

  // =============================================================================================== public operations

  /** Open time in {@code [from, to)}, {@code from <= to}, both within the supported range. */
  long between(long from, long to) {
    return c(to) - c(from);
  }

  /** Open time from {@code MIN} to {@code MAX}. */
  long total() {
    return cMax - cMin;
  }

  /** Open time in {@code [t, MAX)}. */
  long after(long t) {
    return cMax - c(t);
  }

  /** Open time in {@code [MIN, t)}. */
  long before(long t) {
    return c(t) - cMin;
  }

  /** The earliest instant at which {@code d > 0} of open time has elapsed after {@code t}; d <= after(t). */
  long plus(long t, long d) {
    return cInvEarliest(c(t) + d);
  }

  /** The latest instant from which {@code d > 0} of open time elapses until {@code t}; d <= before(t). */
  long minus(long t, long d) {
    return cInvLatest(c(t) - d);
  }

  boolean isOpen(long t) {
    int k = tz.countAtOrBefore(t);
    if (k == 0) {
      return inS(t + tz.initial);
    }
    int j = k - 1;
    if (after[j] < before[j] && t < at[j] + before[j] - after[j]) {
      return frozenOpen[j];
    }
    return inS(t + after[j]);
  }

  /** The first open instant at or after {@code t}, or NONE when the calendar stays closed until MAX. */
  long nextOpening(long t) {
    if (isOpen(t)) {
      return t;
    }
    long ct = c(t);
    if (ct == cMax) {
      return NONE;
    }
    return cInvLatest(ct);
  }

  /** The first closed instant at or after {@code t}, or NONE when the calendar stays open beyond MAX. */
  long nextClosing(long t) {
    if (!isOpen(t)) {
      return t;
    }
    int k = tz.countAtOrBefore(t);
    while (true) {
      if (k > 0 && after[k - 1] < before[k - 1] && t < at[k - 1] + before[k - 1] - after[k - 1]) {
        // open while the clock repeats an hour: open until the repeat ends, then as the schedule says
        t = at[k - 1] + before[k - 1] - after[k - 1];
        if (!inS(at[k - 1] + before[k - 1])) {
          return t;
        }
        continue;
      }
      long off = k == 0 ? tz.initial : after[k - 1];
      long y = runEnd(t + off);
      long pieceEnd = k < tn ? at[k] : MAX;
      if (y != NONE && y - off < pieceEnd) {
        return y - off;
      }
      if (k == tn) {
        return y != NONE && y - off <= MAX ? y - off : NONE;
      }
      t = at[k];
      if (!tz.isOverlap(k) && !inS(at[k] + after[k])) {
        return t;
      }
      k++;
    }
  }

  // ================================================================================ cumulative open time and inverse

  /** Cumulative open time at instant {@code t}, relative to an arbitrary fixed origin. */
  private long c(long t) {
    int k = tz.countAtOrBefore(t);
    if (k == 0) {
      return m(t + tz.initial);
    }
    int j = k - 1;
    if (after[j] < before[j] && t < at[j] + before[j] - after[j]) {
      return cat[j] + (frozenOpen[j] ? t - at[j] : 0);
    }
    return m(t + after[j]) + cumAdj[k];
  }

  /** The earliest instant {@code t} with {@code c(t) == y}, {@code cMin < y <= cMax}. */
  private long cInvEarliest(long y) {
    int j = lowerBound(cat, tn, y);
    if (j > 0) {
      int p = j - 1;
      if (frozenOpen[p] && cat[p] + adj[p] >= y) {
        return at[p] + (y - cat[p]);
      }
    }
    long off = j == 0 ? tz.initial : after[j - 1];
    long pieceStart = j == 0 ? MIN : at[j - 1] + Math.max(0, before[j - 1] - after[j - 1]);
    long x = Math.max(mInvEarliest(y - cumAdj[j]), pieceStart + off);
    return x - off;
  }

  /** The latest instant {@code t} with {@code c(t) == y}, {@code cMin <= y < cMax}. */
  private long cInvLatest(long y) {
    int j = upperBound(cat, tn, y);
    if (j > 0) {
      int p = j - 1;
      if (frozenOpen[p] && cat[p] + adj[p] > y) {
        return at[p] + (y - cat[p]);
      }
    }
    long off = j == 0 ? tz.initial : after[j - 1];
    long pieceEnd = j < tn ? at[j] : MAX;
    long x = Math.min(mInvLatest(y - cumAdj[j]), pieceEnd + off);
    return x - off;
  }

  // ==================================================================================== local time: S, M, M inverse

  /** Measure of the open local time before local time {@code x}. */
  private long m(long x) {
    if (exN == 0) {
      return w(x);
    }
    long day = Math.floorDiv(x, DAY);
    int e = Arrays.binarySearch(exDay, day);
    if (e >= 0) {
      return exMStart[e] + measureBefore(exSpans[e], x - day * DAY);
    }
    return w(x) + exCum[-e - 1];
  }

  /** Whether local time {@code x} is open. */
  private boolean inS(long x) {
    if (exN > 0) {
      long day = Math.floorDiv(x, DAY);
      int e = Arrays.binarySearch(exDay, day);
      if (e >= 0) {
        return contains(exSpans[e], x - day * DAY);
      }
    }
    long pos = Math.floorMod(x + MONDAY_SHIFT, WEEK);
    int j = locate(pos);
    return j < wkN && wkStart[j] <= pos;
  }

  /** The end of the run of open local time that contains the open local time {@code x}; NONE when endless. */
  private long runEnd(long x) {
    while (true) {
      long day = Math.floorDiv(x, DAY);
      int e = exN == 0 ? -1 : Arrays.binarySearch(exDay, day);
      if (e >= 0) {
        long end = endOfSpanContaining(exSpans[e], x - day * DAY);
        if (end < DAY) {
          return day * DAY + end;
        }
        x = (day + 1) * DAY;
        if (!inS(x)) {
          return x;
        }
        continue;
      }
      int next = -e - 1;
      long y = weeklyRunEnd(x);
      long nextEx = next < exN ? exDay[next] * DAY : NONE;
      if (y < nextEx) {
        return y;
      }
      if (nextEx == NONE) {
        return NONE;
      }
      x = nextEx;
      if (!inS(x)) {
        return x;
      }
    }
  }

  private long mInvEarliest(long y) {
    if (exN == 0) {
      return wInvEarliest(y);
    }
    int e = lowerBound(exMEnd, exN, y);
    if (e < exN && exMStart[e] < y) {
      return exDay[e] * DAY + spanPoint(exSpans[e], y - exMStart[e], true);
    }
    return wInvEarliest(y - exCum[e]);
  }

  private long mInvLatest(long y) {
    if (exN == 0) {
      return wInvLatest(y);
    }
    int e = upperBound(exMEnd, exN, y);
    if (e < exN && exMStart[e] <= y) {
      return exDay[e] * DAY + spanPoint(exSpans[e], y - exMStart[e], false);
    }
    return wInvLatest(y - exCum[e]);
  }

  // ======================================================================================= weekly pattern: W and L

  /** Weekly-pattern measure of open local time before {@code x}. */
  private long w(long x) {
    long xs = x + MONDAY_SHIFT;
    long week = Math.floorDiv(xs, WEEK);
    long pos = xs - week * WEEK;
    int j = locate(pos);
    long l = j < wkN && wkStart[j] <= pos ? wkCum[j] + pos - wkStart[j] : wkCum[j];
    return week * weekOpen + l;
  }

  private long weeklyRunEnd(long x) {
    long xs = x + MONDAY_SHIFT;
    long week = Math.floorDiv(xs, WEEK);
    int j = locate(xs - week * WEEK);
    long end = wkRunEnd[j];
    return end == NONE ? NONE : week * WEEK + end - MONDAY_SHIFT;
  }

  /** The earliest local time with {@code w(x) == y}; very small when the weekly pattern is never open. */
  private long wInvEarliest(long y) {
    if (weekOpen == 0) {
      return Long.MIN_VALUE / 2;
    }
    long k = Math.floorDiv(y - 1, weekOpen);
    long r = y - k * weekOpen;
    int j = 0;
    while (wkCum[j + 1] < r) {
      j++;
    }
    return k * WEEK + wkStart[j] + (r - wkCum[j]) - MONDAY_SHIFT;
  }

  /** The latest local time with {@code w(x) == y}; very large when the weekly pattern is never open. */
  private long wInvLatest(long y) {
    if (weekOpen == 0) {
      return Long.MAX_VALUE / 2;
    }
    long k = Math.floorDiv(y, weekOpen);
    long r = y - k * weekOpen;
    int j = 0;
    while (wkCum[j + 1] <= r) {
      j++;
    }
    return k * WEEK + wkStart[j] + (r - wkCum[j]) - MONDAY_SHIFT;
  }

  /** The first weekly interval that ends after {@code pos} (nanoseconds after Monday 00:00), or wkN. */
  private int locate(long pos) {
    int j = hourIndex[(int) (pos / HOUR)];
    while (j < wkN && wkEnd[j] <= pos) {
      j++;
    }
    return j;
  }

  /** The weekly pattern's open intervals on local epoch day {@code day}, merged, relative to its midnight. */
  private long[] weeklyDay(long day) {
    long from = Math.floorMod(day + 3, 7) * DAY;
    long to = from + DAY;
    List<long[]> list = new ArrayList<>();
    for (int j = 0; j < wkN; j++) {
      long a = Math.max(wkStart[j], from);
      long b = Math.min(wkEnd[j], to);
      if (a < b) {
        list.add(new long[] {a - from, b - from});
      }
    }
    return merge(list);
  }

  // ====================================================================================== definition of one day

  /**
   * The open intervals of local date {@code day} from first principles: the intervals owned by the date (its extra
   * opening, nothing on a holiday, else its weekday's), the part after midnight of the previous date's intervals,
   * minus the closures of the date and the part after midnight of the previous date's closures.
   */
  private static long[] actualDay(
      long day,
      List<List<Span>> weekly,
      Set<LocalDate> holidays,
      Map<LocalDate, List<Span>> closures,
      Map<LocalDate, List<Span>> openings) {
    LocalDate date = LocalDate.ofEpochDay(day);
    LocalDate previous = date.minusDays(1);
    List<long[]> open = new ArrayList<>();
    for (Span s : owned(date, weekly, holidays, openings)) {
      open.add(new long[] {s.start(), Math.min(s.end(), DAY)});
    }
    for (Span s : owned(previous, weekly, holidays, openings)) {
      if (s.end() > DAY) {
        open.add(new long[] {0, s.end() - DAY});
      }
    }
    long[] set = merge(open);
    for (Span s : closures.getOrDefault(date, Collections.emptyList())) {
      set = subtract(set, s.start(), Math.min(s.end(), DAY));
    }
    for (Span s : closures.getOrDefault(previous, Collections.emptyList())) {
      if (s.end() > DAY) {
        set = subtract(set, 0, s.end() - DAY);
      }
    }
    return set;
  }

  static List<Span> owned(
      LocalDate date, List<List<Span>> weekly, Set<LocalDate> holidays, Map<LocalDate, List<Span>> openings) {
    List<Span> extra = openings.get(date);
    if (extra != null) {
      return extra;
    }
    if (holidays.contains(date)) {
      return Collections.emptyList();
    }
    return weekly.get(date.getDayOfWeek().ordinal());
  }

  // ====================================================================================== flat interval helpers

  /** Sorts and merges overlapping or touching intervals into a flat {start, end, ...} array. */
  private static long[] merge(List<long[]> intervals) {
    List<long[]> sorted = new ArrayList<>(intervals);
    sorted.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] out = new long[2 * sorted.size()];
    int n = 0;
    for (long[] iv : sorted) {
      if (iv[0] >= iv[1]) {
        continue;
      }
      if (n > 0 && iv[0] <= out[n - 1]) {
        out[n - 1] = Math.max(out[n - 1], iv[1]);
      } else {
        out[n++] = iv[0];
        out[n++] = iv[1];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long[] subtract(long[] set, long from, long to) {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < set.length; i += 2) {
      long a = set[i];
      long b = set[i + 1];
      if (b <= from || a >= to) {
        out.add(new long[] {a, b});
      } else {
        out.add(new long[] {a, from});
        out.add(new long[] {to, b});
      }
    }
    return merge(out);
  }

  private static long measure(long[] spans) {
    long sum = 0;
    for (int i = 0; i < spans.length; i += 2) {
      sum += spans[i + 1] - spans[i];
    }
    return sum;
  }

  private static long measureBefore(long[] spans, long x) {
    long sum = 0;
    for (int i = 0; i < spans.length && spans[i] < x; i += 2) {
      sum += Math.min(spans[i + 1], x) - spans[i];
    }
    return sum;
  }

  private static boolean contains(long[] spans, long x) {
    for (int i = 0; i < spans.length && spans[i] <= x; i += 2) {
      if (x < spans[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private static long endOfSpanContaining(long[] spans, long x) {
    for (int i = 0; i < spans.length; i += 2) {
      if (spans[i] <= x && x < spans[i + 1]) {
        return spans[i + 1];
      }
    }
    throw new IllegalStateException("not open at " + x);
  }

  /**
   * The point within the spans where {@code r} of open time has elapsed since the day's midnight: the earliest such
   * point (an interval's end when r lands exactly on it) or the latest (the next interval's start).
   */
  private static long spanPoint(long[] spans, long r, boolean earliest) {
    long acc = 0;
    for (int i = 0; i < spans.length; i += 2) {
      long len = spans[i + 1] - spans[i];
      if (earliest ? r <= acc + len : r < acc + len) {
        return spans[i] + (r - acc);
      }
      acc += len;
    }
    throw new IllegalStateException("no point with " + r + " of open time");
  }

  /** First index in a[0..n) with a[i] >= y. */
  private static int lowerBound(long[] a, int n, long y) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < y) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index in a[0..n) with a[i] > y. */
  private static int upperBound(long[] a, int n, long y) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= y) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
