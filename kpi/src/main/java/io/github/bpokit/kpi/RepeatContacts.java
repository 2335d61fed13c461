package io.github.bpokit.kpi;

import io.github.bpokit.kpi.internal.LongDictionary;
import io.github.bpokit.kpi.internal.StringDictionary;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The state behind {@code fcr}, {@code recontact_rate} and {@code fcr_pending} (SPEC §4, "Repeat contacts"): every
 * interaction's creation instant, kept compactly per (customer, category) key so that repeats can be found whatever
 * the order of the input, and across segments.
 *
 * <p><b>Layout.</b> Customers and categories are numbered by {@link StringDictionary}s, each (customer, category) pair
 * (or customer alone when the category does not matter) by a {@link LongDictionary}. Each interaction is a row of four
 * primitive columns in pages of 65,536 rows: epoch second ({@code long}), nanosecond ({@code int}), pair id
 * ({@code int}), and the cell (the finest scorecard key the interaction falls in) with two flags, handled and resolved
 * (RESOLVED or BOT_CONTAINED), in one {@code int}: 20 bytes a row, plus about 40 bytes per distinct customer (beside
 * the customer id string itself, shared with nothing else) and 16 per distinct pair. No {@code Interaction} is kept.
 *
 * <p><b>Evaluation</b>, at snapshot time, once the as-of instant is known: rows are counting-sorted by pair; each pair's
 * rows are sorted by instant; an interaction i has a repeat when the first instant strictly after created_at(i) is at
 * most created_at(i) + window. That depends neither on the order rows were added in nor on how they were split across
 * accumulators, so merging is exact.
 */
final class RepeatContacts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Counter offsets of one cell in the array {@link #evaluate} returns. */
  static final int ELIGIBLE = 0;
  static final int FIRST_CONTACT_RESOLVED = 1;
  static final int REPEATED = 2;
  static final int PENDING = 3;
  static final int COUNTERS = 4;

  private static final int PAGE_BITS = 16;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int OFFSET_MASK = PAGE - 1;
  private static final int HANDLED = 1 << 30;
  private static final int RESOLVED = 1 << 29;
  /** The largest cell number that fits beside the flags. */
  static final int MAX_CELL = RESOLVED - 1;
  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private final boolean sameCategory;
  private final StringDictionary customers = new StringDictionary();
  private final StringDictionary categories = new StringDictionary();
  private final LongDictionary pairs = new LongDictionary();
  private long[][] seconds = new long[0][];
  private int[][] nanos = new int[0][];
  private int[][] pairIds = new int[0][];
  /** The cell, {@code <= MAX_CELL}, or-ed with {@link #HANDLED} and {@link #RESOLVED}. */
  private int[][] cells = new int[0][];
  private int size;

  RepeatContacts(boolean sameCategory) {
    this.sameCategory = sameCategory;
  }

  /** Returns the number of rows. */
  int size() {
    return size;
  }

  /**
   * Adds one interaction.
   *
   * @param cell the finest scorecard key it falls in, {@code 0..MAX_CELL}
   * @param handled whether its outcome is not ABANDONED
   * @param resolved whether its outcome is RESOLVED or BOT_CONTAINED
   */
  void add(String customer, String category, Instant createdAt, int cell, boolean handled, boolean resolved) {
    int customerId = customers.intern(customer);
    int categoryId = sameCategory ? categories.intern(category) : 0;
    int pair = pairs.intern(pairKey(customerId, categoryId));
    append(createdAt.getEpochSecond(), createdAt.getNano(), pair,
        cell | (handled ? HANDLED : 0) | (resolved ? RESOLVED : 0));
  }

  private static long pairKey(int customerId, int categoryId) {
    return (long) customerId << 32 | (categoryId & 0xFFFF_FFFFL);
  }

  private void append(long second, int nano, int pair, int cell) {
    int row = size;
    if (row == Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " interactions for repeat contacts");
    }
    int page = row >>> PAGE_BITS;
    int offset = row & OFFSET_MASK;
    if (page == seconds.length) {
      int capacity = page == 0 ? 16 : PAGE;
      seconds = Arrays.copyOf(seconds, page + 1);
      nanos = Arrays.copyOf(nanos, page + 1);
      pairIds = Arrays.copyOf(pairIds, page + 1);
      cells = Arrays.copyOf(cells, page + 1);
      seconds[page] = new long[capacity];
      nanos[page] = new int[capacity];
      pairIds[page] = new int[capacity];
      cells[page] = new int[capacity];
    } else if (offset == seconds[page].length) {
      // only the first page grows, so that small accumulators stay small
      int capacity = Math.min(PAGE, 2 * offset);
      seconds[page] = Arrays.copyOf(seconds[page], capacity);
      nanos[page] = Arrays.copyOf(nanos[page], capacity);
      pairIds[page] = Arrays.copyOf(pairIds[page], capacity);
      cells[page] = Arrays.copyOf(cells[page], capacity);
    }
    seconds[page][offset] = second;
    nanos[page][offset] = nano;
    pairIds[page][offset] = pair;
    cells[page][offset] = cell;
    size = row + 1;
  }

  /**
   * Adds every row of another store, renumbering its cells; {@code other} is not changed (it may be this store).
   *
   * @param cellMap this accumulator's cell for each of the other's cells
   */
  void merge(RepeatContacts other, int[] cellMap) {
    if (other.sameCategory != sameCategory) {
      throw new IllegalArgumentException("cannot merge repeat contacts with and without the same-category rule");
    }
    int[] customerMap = new int[other.customers.size()];
    for (int c = 0; c < customerMap.length; c++) {
      customerMap[c] = customers.intern(other.customers.get(c));
    }
    int[] categoryMap = new int[other.categories.size()];
    for (int c = 0; c < categoryMap.length; c++) {
      categoryMap[c] = categories.intern(other.categories.get(c));
    }
    int[] pairMap = new int[other.pairs.size()];
    for (int p = 0; p < pairMap.length; p++) {
      long key = other.pairs.get(p);
      int customer = customerMap[(int) (key >>> 32)];
      int category = sameCategory ? categoryMap[(int) key] : 0;
      pairMap[p] = pairs.intern(pairKey(customer, category));
    }
    int rows = other.size; // read once: when other == this, the rows appended below are not read again
    for (int row = 0; row < rows; row++) {
      int page = row >>> PAGE_BITS;
      int offset = row & OFFSET_MASK;
      int cell = other.cells[page][offset];
      append(other.seconds[page][offset], other.nanos[page][offset], pairMap[other.pairIds[page][offset]],
          (cell & ~MAX_CELL) | cellMap[cell & MAX_CELL]);
    }
  }

  /**
   * Decides, for every handled interaction, whether it is eligible (its window closed by {@code asOf}), whether it had
   * a repeat contact and whether it was resolved at first contact, or is still pending; and counts per cell.
   *
   * @param window the repeat-contact window, {@code >= 0}
   * @param asOf the as-of instant
   * @param cellCount the number of cells
   * @return the counters, {@link #COUNTERS} per cell: {@code counts[cell * COUNTERS + ELIGIBLE]} and so on
   */
  long[] evaluate(Duration window, Instant asOf, int cellCount) {
    long[] counts = new long[Math.multiplyExact(cellCount, COUNTERS)];
    int rows = size;
    if (rows == 0) {
      return counts;
    }
    int pairCount = pairs.size();
    // counting sort of the rows by pair
    int[] start = new int[pairCount + 1];
    for (int row = 0; row < rows; row++) {
      start[pairIds[row >>> PAGE_BITS][row & OFFSET_MASK] + 1]++;
    }
    int largest = 0;
    for (int p = 0; p < pairCount; p++) {
      largest = Math.max(largest, start[p + 1]);
      start[p + 1] += start[p];
    }
    int[] order = new int[rows];
    int[] next = Arrays.copyOf(start, pairCount);
    for (int row = 0; row < rows; row++) {
      order[next[pairIds[row >>> PAGE_BITS][row & OFFSET_MASK]]++] = row;
    }

    long windowSeconds = window.getSeconds();
    int windowNanos = window.getNano();
    long asOfSecond = asOf.getEpochSecond();
    int asOfNano = asOf.getNano();
    long[] groupSeconds = new long[largest];
    int[] groupNanos = new int[largest];
    int[] groupCells = new int[largest];
    int[] sorted = new int[largest];
    int[] buffer = new int[largest];
    for (int p = 0; p < pairCount; p++) {
      int from = start[p];
      int m = start[p + 1] - from;
      for (int k = 0; k < m; k++) {
        int row = order[from + k];
        int page = row >>> PAGE_BITS;
        int offset = row & OFFSET_MASK;
        groupSeconds[k] = seconds[page][offset];
        groupNanos[k] = nanos[page][offset];
        groupCells[k] = cells[page][offset];
        sorted[k] = k;
      }
      sortByInstant(sorted, buffer, m, groupSeconds, groupNanos);
      int runStart = 0;
      while (runStart < m) {
        // [runStart, runEnd): interactions created at the same instant; runEnd is the first one strictly after
        long second = groupSeconds[sorted[runStart]];
        int nano = groupNanos[sorted[runStart]];
        int runEnd = runStart + 1;
        while (runEnd < m && groupSeconds[sorted[runEnd]] == second && groupNanos[sorted[runEnd]] == nano) {
          runEnd++;
        }
        // the end of the window, created_at + window
        long endSecond = second + windowSeconds;
        int endNano = nano + windowNanos;
        if (endNano >= NANOS_PER_SECOND) {
          endNano -= NANOS_PER_SECOND;
          endSecond++;
        }
        boolean eligible = compare(endSecond, endNano, asOfSecond, asOfNano) <= 0;
        boolean repeated = runEnd < m
            && compare(groupSeconds[sorted[runEnd]], groupNanos[sorted[runEnd]], endSecond, endNano) <= 0;
        for (int k = runStart; k < runEnd; k++) {
          int cell = groupCells[sorted[k]];
          if ((cell & HANDLED) == 0) {
            continue;
          }
          int base = (cell & MAX_CELL) * COUNTERS;
          if (!eligible) {
            counts[base + PENDING]++;
          } else {
            counts[base + ELIGIBLE]++;
            if (repeated) {
              counts[base + REPEATED]++;
            } else if ((cell & RESOLVED) != 0) {
              counts[base + FIRST_CONTACT_RESOLVED]++;
            }
          }
        }
        runStart = runEnd;
      }
    }
    return counts;
  }

  private static int compare(long secondA, int nanoA, long secondB, int nanoB) {
    int bySecond = Long.compare(secondA, secondB);
    return bySecond != 0 ? bySecond : Integer.compare(nanoA, nanoB);
  }

  /** Sorts {@code index[0..m)} by (second, nano) of the indexed entries: insertion sort when short, else merge sort. */
  static void sortByInstant(int[] index, int[] buffer, int m, long[] seconds, int[] nanos) {
    if (m < 2) {
      return;
    }
    if (m <= 24) {
      insertionSort(index, 0, m, seconds, nanos);
      return;
    }
    // bottom-up merge sort over runs of 16 sorted by insertion
    int run = 16;
    for (int lo = 0; lo < m; lo += run) {
      insertionSort(index, lo, Math.min(m, lo + run), seconds, nanos);
    }
    int[] from = index;
    int[] to = buffer;
    for (int width = run; width < m; width *= 2) {
      for (int lo = 0; lo < m; lo += 2 * width) {
        int mid = Math.min(m, lo + width);
        int hi = Math.min(m, lo + 2 * width);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          int a = from[i];
          int b = from[j];
          if (compare(seconds[b], nanos[b], seconds[a], nanos[a]) < 0) {
            to[k++] = b;
            j++;
          } else {
            to[k++] = a;
            i++;
          }
        }
        while (i < mid) {
          to[k++] = from[i++];
        }
        while (j < hi) {
          to[k++] = from[j++];
        }
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    if (from != index) {
      System.arraycopy(from, 0, index, 0, m);
    }
  }

  private static void insertionSort(int[] index, int lo, int hi, long[] seconds, int[] nanos) {
    for (int i = lo + 1; i < hi; i++) {
      int x = index[i];
      long s = seconds[x];
      int n = nanos[x];
      int j = i - 1;
      while (j >= lo && compare(seconds[index[j]], nanos[index[j]], s, n) > 0) {
        index[j + 1] = index[j];
        j--;
      }
      index[j + 1] = x;
    }
  }
}
