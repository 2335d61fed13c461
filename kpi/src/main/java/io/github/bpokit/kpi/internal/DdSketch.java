package io.github.bpokit.kpi.internal;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A DDSketch over non-negative {@code long} values at 1% relative accuracy: Masson, Rim and Lee, "DDSketch: a fast and
 * fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12):2195–2205, 2019
 * (<a href="https://www.vldb.org/pvldb/vol12/p2195-masson.pdf">paper</a>).
 *
 * <p><b>Mapping.</b> With α = 0.01 and γ = (1 + α) / (1 − α), a value {@code x >= 1} goes to bucket
 * {@code i = floor(ln(x) / ln(γ))}, which covers {@code [γ^i, γ^(i+1))}; {@code x = 0} has its own zero bucket. A bucket
 * is represented by {@code γ^i · (1 + α)} (= {@code 2γ^(i+1) / (γ + 1)}, the paper's representative, whose paper index
 * {@code ceil(log_γ x)} is ours plus one at every value that is not an exact power of γ), which is within α of every
 * value in the bucket. These are exactly the index and value of {@code com.datadoghq.sketch.ddsketch.mapping
 * .LogarithmicMapping(0.01)}, so bucket counts agree with {@code DDSketches.logarithmicUnboundedDense(0.01)} on the same
 * data; logarithms are taken with {@link StrictMath} so every JVM computes the same buckets.
 *
 * <p><b>Store.</b> Buckets are counted in a dense {@code long[]} indexed by slot: slot 0 is the zero bucket and slot
 * {@code i + 1} is bucket {@code i}. Memory is naturally bounded without collapsing: every {@code long} up to
 * {@link Long#MAX_VALUE} maps to a bucket index in {@code [0, 2183]}, so a sketch is at most 2,185 counters (17.5 kB)
 * whatever the input size. Counts are integers, so merging is exact, associative and commutative: the sketch of a
 * multiset does not depend on insertion order or on how the input was split.
 *
 * <p><b>Quantiles.</b> {@link #valueAtRank(long)} walks the buckets to the one holding the value of 0-based rank
 * {@code r} and returns its representative, as DDSketch's {@code getValueAtQuantile(q)} does at
 * {@code r = floor(q · (n − 1))}.
 */
public final class DdSketch implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The relative accuracy α. */
  public static final double RELATIVE_ACCURACY = 0.01;

  /** 1 / ln(γ), computed as LogarithmicMapping does. */
  private static final double MULTIPLIER =
      StrictMath.log(Math.E) / StrictMath.log((1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY));

  /** The bucket index of {@link Long#MAX_VALUE}, the largest index a {@code long} can reach. */
  public static final int MAX_INDEX = indexOf(Long.MAX_VALUE);

  private static final int SLOTS = MAX_INDEX + 2;
  private static final int SMALL = 1 << 16;
  /** The slot of each value below {@link #SMALL}, precomputed so that most additions take no logarithm. */
  private static final short[] SMALL_SLOTS = new short[SMALL];
  /** The value of each slot: 0 for the zero bucket, else the bucket's representative. */
  private static final double[] SLOT_VALUES = new double[SLOTS];

  static {
    for (int x = 1; x < SMALL; x++) {
      SMALL_SLOTS[x] = (short) (indexOf(x) + 1);
    }
    for (int i = 0; i <= MAX_INDEX; i++) {
      SLOT_VALUES[i + 1] = StrictMath.exp(i / MULTIPLIER) * (1 + RELATIVE_ACCURACY);
    }
  }

  /** Slot {@code offset + j} is counted in {@code counts[j]}. */
  private final int offset;
  private final long[] counts;
  private long count;

  private DdSketch(int offset, long[] counts, long count) {
    this.offset = offset;
    this.counts = counts;
    this.count = count;
  }

  /** Returns a new, empty sketch able to count every non-negative {@code long}. */
  public static DdSketch create() {
    return new DdSketch(0, new long[SLOTS], 0);
  }

  private static int indexOf(long value) {
    return (int) (StrictMath.log((double) value) * MULTIPLIER);
  }

  /** Returns the bucket index of a value {@code >= 1}. */
  public static int index(long value) {
    return value < SMALL ? SMALL_SLOTS[(int) value] - 1 : indexOf(value);
  }

  /** Returns the representative value {@code γ^i · (1 + α)} of bucket {@code i} in {@code [0, MAX_INDEX]}. */
  public static double representative(int index) {
    return SLOT_VALUES[index + 1];
  }

  /** Counts a value {@code >= 0} (not checked: the caller validates). Only for a sketch made by {@link #create()}. */
  public void add(long value) {
    counts[value < SMALL ? SMALL_SLOTS[(int) value] : indexOf(value) + 1]++;
    count++;
  }

  /** Counts the first {@code n} values of an array, each {@code >= 0}. Only for a sketch made by {@link #create()}. */
  public void addAll(long[] values, int n) {
    for (int i = 0; i < n; i++) {
      add(values[i]);
    }
  }

  /** Adds another sketch's counts to this one, made by {@link #create()}. */
  public void merge(DdSketch other) {
    long[] from = other.counts;
    int shift = other.offset - offset;
    for (int j = 0; j < from.length; j++) {
      counts[j + shift] += from[j];
    }
    count += other.count;
  }

  /** Returns how many values were counted. */
  public long count() {
    return count;
  }

  /** Returns how many zeros were counted. */
  public long zeroCount() {
    return countAtSlot(0);
  }

  /** Returns how many values fell in bucket {@code index}; 0 for an index out of {@code [0, MAX_INDEX]}. */
  public long countAtIndex(int index) {
    return index < 0 ? 0 : countAtSlot(index + 1);
  }

  private long countAtSlot(int slot) {
    int j = slot - offset;
    return j >= 0 && j < counts.length ? counts[j] : 0;
  }

  /**
   * Returns the representative value of the bucket holding the value of 0-based rank {@code rank}: 0 for the zero
   * bucket, else {@code γ^i · (1 + α)}, within 1% of the exact value of that rank.
   *
   * @throws IllegalArgumentException when {@code rank} is not in {@code [0, count)}
   */
  public double valueAtRank(long rank) {
    if (rank < 0 || rank >= count) {
      throw new IllegalArgumentException("rank must be in [0, " + count + "): " + rank);
    }
    long cumulative = 0;
    for (int j = 0; j < counts.length; j++) {
      cumulative += counts[j];
      if (cumulative > rank) {
        return SLOT_VALUES[j + offset];
      }
    }
    throw new AssertionError("counts do not add up to " + count);
  }

  /** Returns an independent copy holding only the range of non-empty buckets. */
  public DdSketch trimmedCopy() {
    int first = firstNonEmpty();
    int last = lastNonEmpty();
    return first > last
        ? new DdSketch(0, new long[0], 0)
        : new DdSketch(offset + first, Arrays.copyOfRange(counts, first, last + 1), count);
  }

  /** Returns an independent copy that can still be added to. */
  public DdSketch mutableCopy() {
    DdSketch copy = create();
    copy.merge(this);
    return copy;
  }

  private int firstNonEmpty() {
    int j = 0;
    while (j < counts.length && counts[j] == 0) {
      j++;
    }
    return j;
  }

  private int lastNonEmpty() {
    int j = counts.length - 1;
    while (j >= 0 && counts[j] == 0) {
      j--;
    }
    return j;
  }

  /** Two sketches are equal when every bucket holds the same count, whatever their storage range. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DdSketch)) {
      return false;
    }
    DdSketch that = (DdSketch) o;
    if (count != that.count) {
      return false;
    }
    int first = firstNonEmpty();
    int last = lastNonEmpty();
    int thatFirst = that.firstNonEmpty();
    int thatLast = that.lastNonEmpty();
    if (first > last || thatFirst > thatLast) {
      return first > last && thatFirst > thatLast;
    }
    return first + offset == thatFirst + that.offset
        && last - first == thatLast - thatFirst
        && Arrays.equals(counts, first, last + 1, that.counts, thatFirst, thatLast + 1);
  }

  @Override
  public int hashCode() {
    int first = firstNonEmpty();
    int last = lastNonEmpty();
    if (first > last) {
      return 0;
    }
    int hash = Long.hashCode(count);
    for (int j = first; j <= last; j++) {
      hash = 31 * hash + Long.hashCode(counts[j]);
    }
    return 31 * hash + (first + offset);
  }

  @Override
  public String toString() {
    return "DdSketch{count=" + count + ", buckets=" + (lastNonEmpty() - firstNonEmpty() + 1) + "}";
  }
}
