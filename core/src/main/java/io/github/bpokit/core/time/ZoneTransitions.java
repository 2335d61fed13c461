package io.github.bpokit.core.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The offset transitions of one zone within the supported range of {@link BusinessCalendar}, as primitive arrays with
 * a bucket index so that finding the transitions at or before an instant costs O(1). Shared by every calendar in the
 * zone; built once per zone (a few hundred {@link ZoneRules#nextTransition} calls).
 */
final class ZoneTransitions {
  private static final ConcurrentMap<ZoneId, ZoneTransitions> CACHE = new ConcurrentHashMap<>();

  /** Buckets of 2^51 ns (about 26 days); transitions are always days apart, so a bucket holds very few. */
  private static final int SHIFT = 51;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** Transition instants, epoch nanoseconds, ascending. */
  final long[] at;
  /** Offset before each transition, nanoseconds. */
  final long[] before;
  /** Offset after each transition, nanoseconds. */
  final long[] after;
  /** Offset before the first transition (the only offset of a fixed-offset zone), nanoseconds. */
  final long initial;
  /** Number of transitions. */
  final int count;

  private final long base;
  private final int[] bucket;

  static ZoneTransitions of(ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return new ZoneTransitions(zone.getRules());
    }
    return CACHE.computeIfAbsent(zone, z -> new ZoneTransitions(z.getRules()));
  }

  private ZoneTransitions(ZoneRules rules) {
    long lo = OpenTime.MIN - 2 * OpenTime.DAY;
    long hi = OpenTime.MAX + 2 * OpenTime.DAY;
    Instant first = toInstant(lo);
    initial = rules.getOffset(first).getTotalSeconds() * NANOS_PER_SECOND;
    List<ZoneOffsetTransition> list = new ArrayList<>();
    if (!rules.isFixedOffset()) {
      for (ZoneOffsetTransition t = rules.nextTransition(first);
          t != null && t.getInstant().getEpochSecond() * NANOS_PER_SECOND <= hi;
          t = rules.nextTransition(t.getInstant())) {
        list.add(t);
      }
    }
    count = list.size();
    at = new long[count];
    before = new long[count];
    after = new long[count];
    for (int i = 0; i < count; i++) {
      ZoneOffsetTransition t = list.get(i);
      at[i] = t.getInstant().getEpochSecond() * NANOS_PER_SECOND + t.getInstant().getNano();
      before[i] = t.getOffsetBefore().getTotalSeconds() * NANOS_PER_SECOND;
      after[i] = t.getOffsetAfter().getTotalSeconds() * NANOS_PER_SECOND;
    }
    base = lo;
    bucket = new int[(int) ((hi - lo) >>> SHIFT) + 2];
    int k = 0;
    for (int b = 0; b < bucket.length; b++) {
      long bucketStart = lo + ((long) b << SHIFT);
      while (k < count && at[k] < bucketStart) {
        k++;
      }
      bucket[b] = k;
    }
  }

  /** The number of transitions at or before {@code t} (epoch nanoseconds within the supported range). */
  int countAtOrBefore(long t) {
    if (count == 0) {
      return 0;
    }
    int k = bucket[(int) ((t - base) >>> SHIFT)];
    while (k < count && at[k] <= t) {
      k++;
    }
    return k;
  }

  /** True when transition {@code j} turns the clocks back (a fall-back overlap). */
  boolean isOverlap(int j) {
    return after[j] < before[j];
  }

  private static Instant toInstant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }
}
