package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.kpi.internal.KeyTable;
import io.github.bpokit.kpi.internal.StringDictionary;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The state behind {@code fcr}, {@code recontact_rate} and {@code fcr_pending} (SPEC §4, "Repeat contacts"): every
 * interaction's creation instant, kept compactly per (customer, category) key so that repeats can be found whatever
 * the order of the input, and across segments.
 *
 * <p><b>Layout.</b> Each interaction is a row of primitive columns in pages of 65,536 rows: the epoch second, as an
 * {@code int} difference from the page's first second (a page whose instants span more than 68 years keeps
 * {@code long}s instead); the nanosecond ({@code int}), only in pages where one is not 0; the (customer, category)
 * key ({@code long}); and the cell (the finest scorecard key the interaction falls in) with two flags, handled and
 * resolved (RESOLVED or BOT_CONTAINED), in one {@code int}: 16 bytes a row for whole-second instants, 20 with
 * nanoseconds. No {@code Interaction} is kept, and adding a row looks nothing up in a large table.
 *
 * <p><b>Keys.</b> Categories are numbered by a small {@link StringDictionary} (always 0 without the same-category
 * rule). A customer id of the usual form, a prefix not ending in a digit followed by 1 to 12 digits without a leading
 * zero ({@code c3068847}, {@code CUST-17}, {@code 42}), is its key: the prefix's number (a second small dictionary,
 * up to 127 prefixes), the category number (below 65,536) and the number, packed in 63 bits. Any other id, and any
 * pair beyond those limits, is numbered by a {@link KeyTable} (its characters in byte pages, about 30 bytes per pair
 * plus the id's length) and its key is that number with the sign bit set. Within one store a (customer, category)
 * pair always gets the same key: the dictionaries only grow, so whether a prefix is numbered is decided when it is
 * first seen; {@link #merge} re-encodes the other store's keys in this store's terms.
 *
 * <p><b>Evaluation</b>, at snapshot time, once the as-of instant is known: rows are radix-sorted by key (stable, only
 * on the 12-bit digits that differ between rows; when key, second and cell fit in one {@code long}, by the key's top
 * bits into buckets of about 2,048 rows, then each bucket by the others while it is in the cache); each key's rows are
 * sorted by instant (as one {@code long} of the second and the cell when the instants are whole seconds less than 68
 * years apart); an interaction i has a repeat when the first instant strictly after created_at(i) is at most
 * created_at(i) + window. That depends neither on the order rows were added in nor on how they were split across
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

  /** Keys of the ids numbered by {@link #pairs}: the sign bit and the pair number. */
  private static final long NUMBERED = Long.MIN_VALUE;
  private static final int PREFIX_SHIFT = 56;
  private static final int CATEGORY_SHIFT = 40;
  private static final long NUMBER_MASK = (1L << CATEGORY_SHIFT) - 1;
  /** The most prefixes and the largest category number a packed key has room for. */
  static final int MAX_PREFIXES = 127;
  static final int MAX_PACKED_CATEGORY = (1 << (PREFIX_SHIFT - CATEGORY_SHIFT)) - 1;
  private static final int MAX_DIGITS = 12;
  private static final int DIGIT_BITS = 12;
  private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;
  private static final int DIGITS = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
  /** Rows per bucket, about, of the packed rows' evaluation: a bucket and its scratch, 32 KB, stay in the cache. */
  static final int BUCKET_ROWS = 2048;

  private final boolean sameCategory;
  private final StringDictionary categories = new StringDictionary();
  /** The prefixes of the customer ids packed in keys. */
  private final StringDictionary prefixes = new StringDictionary();
  /** The (customer, category number) pairs whose key is not packed (category 0 without the same-category rule). */
  private final KeyTable pairs = new KeyTable();
  /** The prefix last looked up and its number, for the hot path (not serialized). */
  private transient @Nullable String lastPrefix;
  private transient int lastPrefixId;
  /** Per page: the epoch second of its first row. */
  private long[] pageBases = new long[0];
  /** Per page: each row's epoch second minus the page's base, while they all fit in an int; else null. */
  private int @Nullable [][] secondDeltas = new int[0][];
  /** Per page: each row's epoch second, once a delta did not fit in an int; else null. */
  private long @Nullable [][] wideSeconds = new long[0][];
  /** Per page: each row's nanosecond, or null while they are all 0. */
  private int @Nullable [][] nanos = new int[0][];
  private long[][] keys = new long[0][];
  /** The cell, {@code <= MAX_CELL}, or-ed with {@link #HANDLED} and {@link #RESOLVED}. */
  private int[][] cells = new int[0][];
  private int size;
  /** The rows the pages have room for: {@link #append} grows them when {@link #size} reaches it. */
  private int capacity;
  /** What the rows span, kept up to date as they are added (on the threads that add them, not in the evaluation). */
  private final Stats stats = new Stats();

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
   * @param second {@code created_at}, its epoch second
   * @param nano {@code created_at}, its nanosecond within the second
   * @param cell the finest scorecard key it falls in, {@code 0..MAX_CELL}
   * @param handled whether its outcome is not ABANDONED
   * @param resolved whether its outcome is RESOLVED or BOT_CONTAINED
   */
  void add(String customer, String category, long second, int nano, int cell, boolean handled, boolean resolved) {
    long key = key(customer, sameCategory ? categories.intern(category) : 0);
    append(second, nano, key,
        cell | (handled ? HANDLED : 0) | (resolved ? RESOLVED : 0));
  }

  /** Returns the key of a (customer, category number) pair: packed when it has the usual form, else numbered. */
  private long key(String customer, int category) {
    int length = customer.length();
    // the digits at the end, up to one more than a packed number has (not packed then): a loop over every character
    // of the last MAX_DIGITS + 1, not one that stops at the first non-digit from the end, whose range checks the JIT
    // hoisted in a way that failed in some runs (and had the reader the key was compiled into compiled again)
    int from = Math.max(0, length - MAX_DIGITS - 1);
    int digitsFrom = from;
    for (int k = from; k < length; k++) {
      if (!isDigit(customer.charAt(k))) {
        digitsFrom = k + 1;
      }
    }
    int digits = length - digitsFrom;
    if (category <= MAX_PACKED_CATEGORY && digits > 0 && digits <= MAX_DIGITS
        && (digits == 1 || customer.charAt(digitsFrom) != '0')
        && (digitsFrom == 0 || !isDigit(customer.charAt(digitsFrom - 1)))) {
      int prefix = prefixId(customer, digitsFrom);
      if (prefix >= 0) {
        long number = 0;
        for (int k = digitsFrom; k < length; k++) {
          number = 10 * number + (customer.charAt(k) - '0');
        }
        return packed(prefix, category, number);
      }
    }
    return NUMBERED | pairs.intern(customer, category);
  }

  /** The packed key of a prefix number, a category number and a customer number. */
  private static long packed(int prefix, int category, long number) {
    return (long) prefix << PREFIX_SHIFT | (long) category << CATEGORY_SHIFT | number;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns the number of {@code customer}'s first {@code length} characters as a prefix, or -1 when full. */
  private int prefixId(String customer, int length) {
    String last = lastPrefix;
    if (last != null && last.length() == length && customer.startsWith(last)) {
      return lastPrefixId;
    }
    String prefix = customer.substring(0, length);
    int id = prefixes.find(prefix);
    if (id < 0) {
      if (prefixes.size() == MAX_PREFIXES) {
        return -1;
      }
      id = prefixes.intern(prefix);
    }
    lastPrefix = prefix;
    lastPrefixId = id;
    return id;
  }

  private void append(long second, int nano, long key, int cell) {
    // the rare cases (a new or fuller page, seconds too far apart, a first nanosecond) in methods of their own, so
    // that this one, run for every interaction, compiles small; and one test for room, taken while the first page
    // grows: a test the JIT has never seen taken is compiled as a trap, and taking it later compiles this again
    int row = size;
    if (row == capacity) {
      grow(row, second);
    }
    int page = row >>> PAGE_BITS;
    int offset = row & OFFSET_MASK;
    int[] deltas = secondDeltas[page];
    long delta = second - pageBases[page];
    if (deltas != null && delta == (int) delta) {
      deltas[offset] = (int) delta;
    } else {
      putWide(page, offset, second);
    }
    if (nano != 0 || nanos[page] != null) {
      putNano(page, offset, nano);
    }
    keys[page][offset] = key;
    cells[page][offset] = cell;
    size = row + 1;
    stats.add(second, key, cell);
  }

  /** Makes room for {@code row}: a new page (first at {@code second}), or a larger first one. */
  private void grow(int row, long second) {
    if (row == Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " interactions for repeat contacts");
    }
    int page = row >>> PAGE_BITS;
    int offset = row & OFFSET_MASK;
    if (page == keys.length) {
      int length = page == 0 ? 16 : PAGE;
      pageBases = Arrays.copyOf(pageBases, page + 1);
      secondDeltas = Arrays.copyOf(secondDeltas, page + 1);
      wideSeconds = Arrays.copyOf(wideSeconds, page + 1);
      nanos = Arrays.copyOf(nanos, page + 1);
      keys = Arrays.copyOf(keys, page + 1);
      cells = Arrays.copyOf(cells, page + 1);
      pageBases[page] = second;
      secondDeltas[page] = new int[length];
      keys[page] = new long[length];
      cells[page] = new int[length];
    } else {
      // only the first page grows, so that small accumulators stay small
      int length = Math.min(PAGE, 2 * offset);
      int[] deltas = secondDeltas[page];
      long[] wide = wideSeconds[page];
      int[] nano0 = nanos[page];
      secondDeltas[page] = deltas == null ? null : Arrays.copyOf(deltas, length);
      wideSeconds[page] = wide == null ? null : Arrays.copyOf(wide, length);
      nanos[page] = nano0 == null ? null : Arrays.copyOf(nano0, length);
      keys[page] = Arrays.copyOf(keys[page], length);
      cells[page] = Arrays.copyOf(cells[page], length);
    }
    capacity = (int) Math.min(Integer.MAX_VALUE, ((long) page << PAGE_BITS) + keys[page].length);
  }

  /** Stores a row's second in a page of whole seconds, which it first becomes if it kept deltas. */
  private void putWide(int page, int offset, long second) {
    long[] wide = wideSeconds[page];
    if (wide == null) {
      // instants more than 68 years apart in one page: keep its seconds whole
      int[] deltas = requireNonNull(secondDeltas[page]);
      wide = new long[keys[page].length];
      for (int k = 0; k < offset; k++) {
        wide[k] = pageBases[page] + deltas[k];
      }
      wideSeconds[page] = wide;
      secondDeltas[page] = null;
    }
    wide[offset] = second;
  }

  private void putNano(int page, int offset, int nano) {
    int[] pageNanos = nanos[page];
    if (pageNanos == null) {
      pageNanos = new int[keys[page].length];
      nanos[page] = pageNanos;
    }
    pageNanos[offset] = nano;
  }

  private long second(int page, int offset) {
    long[] wide = wideSeconds[page];
    return wide != null ? wide[offset] : pageBases[page] + requireNonNull(secondDeltas[page])[offset];
  }

  private int nano(int page, int offset) {
    int[] pageNanos = nanos[page];
    return pageNanos == null ? 0 : pageNanos[offset];
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
    KeyMap keyMap = new KeyMap(other);
    // every row's second is merged as it is, and so is its key when the map is the identity: their statistics once
    // here; the runs copied below add the keys and cells the maps change
    stats.addSeconds(other.stats);
    if (keyMap.identity) {
      stats.addKeys(other.stats);
    }
    int rows = other.size; // read once: when other == this, the rows appended below are not read again
    for (int row = 0, n; row < rows; row += n) {
      // a run of rows that is in one page of each store
      int page = row >>> PAGE_BITS;
      int offset = row & OFFSET_MASK;
      if (size == capacity) {
        grow(size, other.second(page, offset));
      }
      int into = size >>> PAGE_BITS;
      int at = size & OFFSET_MASK;
      n = Math.min(Math.min(rows - row, PAGE - offset), keys[into].length - at);
      int[] fromDeltas = other.secondDeltas[page];
      int[] toDeltas = secondDeltas[into];
      if (fromDeltas != null && toDeltas != null && other.nanos[page] == null && nanos[into] == null
          && shiftDeltas(fromDeltas, offset, toDeltas, at, n, other.pageBases[page] - pageBases[into])) {
        keyMap.map(other.keys[page], offset, keys[into], at, n);
        stats.addCells(mapCells(other.cells[page], offset, cells[into], at, n, cellMap));
        size += n;
      } else {
        for (int k = offset; k < offset + n; k++) {
          int cell = other.cells[page][k];
          append(other.second(page, k), other.nano(page, k), keyMap.map(other.keys[page][k]),
              (cell & ~MAX_CELL) | cellMap[cell & MAX_CELL]);
        }
      }
    }
  }

  /**
   * Writes {@code n} deltas from {@code from} on, each plus {@code shift}, to {@code to} from {@code at} on; returns
   * whether they all fit in an int (else what was written is to be written again).
   */
  private static boolean shiftDeltas(int[] from, int offset, int[] to, int at, int n, long shift) {
    boolean fit = true;
    for (int k = 0; k < n; k++) {
      long delta = from[offset + k] + shift;
      fit &= delta == (int) delta;
      to[at + k] = (int) delta;
    }
    return fit;
  }

  /** Writes {@code n} cells, renumbered; returns the or of their new numbers. */
  private static int mapCells(int[] from, int offset, int[] to, int at, int n, int[] cellMap) {
    int numbers = 0;
    for (int k = 0; k < n; k++) {
      int cell = from[offset + k];
      int mapped = cellMap[cell & MAX_CELL];
      numbers |= mapped;
      to[at + k] = (cell & ~MAX_CELL) | mapped;
    }
    return numbers;
  }

  /** Another store's keys in this store's terms. */
  private final class KeyMap {
    private final RepeatContacts other;
    private final int[] categoryMap;
    private final int[] prefixMap;
    private final long[] pairMap;
    /** Whether every key of the other store is the same here (the same prefixes and categories, no numbered pair). */
    private final boolean identity;

    KeyMap(RepeatContacts other) {
      this.other = other;
      boolean same = other.pairs.size() == 0;
      categoryMap = new int[other.categories.size()];
      for (int c = 0; c < categoryMap.length; c++) {
        categoryMap[c] = categories.intern(other.categories.get(c));
        same &= !sameCategory || categoryMap[c] == c;
      }
      prefixMap = new int[other.prefixes.size()];
      for (int p = 0; p < prefixMap.length; p++) {
        String prefix = other.prefixes.get(p);
        prefixMap[p] = prefixId(prefix, prefix.length());
        same &= prefixMap[p] == p;
      }
      pairMap = new long[other.pairs.size()];
      for (int p = 0; p < pairMap.length; p++) {
        pairMap[p] = key(other.pairs.text(p), sameCategory ? categoryMap[other.pairs.tag(p)] : 0);
      }
      identity = same;
    }

    long map(long key) {
      if (key < 0) {
        return pairMap[(int) (key & ~NUMBERED)];
      }
      int otherPrefix = (int) (key >>> PREFIX_SHIFT);
      int prefix = prefixMap[otherPrefix];
      int category = sameCategory ? categoryMap[(int) (key >>> CATEGORY_SHIFT) & MAX_PACKED_CATEGORY] : 0;
      long number = key & NUMBER_MASK;
      return prefix >= 0 && category <= MAX_PACKED_CATEGORY
          ? packed(prefix, category, number)
          : key(other.prefixes.get(otherPrefix) + number, category);
    }

    /** Writes {@code n} keys in this store's terms, adding those it changes to its statistics. */
    void map(long[] from, int offset, long[] to, int at, int n) {
      if (identity) {
        System.arraycopy(from, offset, to, at, n);
        return;
      }
      for (int k = 0; k < n; k++) {
        long key = map(from[offset + k]);
        to[at + k] = key;
        stats.addKey(key);
      }
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
    return evaluate(window, asOf, cellCount, true, BUCKET_ROWS);
  }

  /**
   * As {@link #evaluate(Duration, Instant, int)}, for tests: {@code together} false keeps keys and payloads apart;
   * the packed rows go in buckets of about {@code bucketRows}.
   */
  long[] evaluate(Duration window, Instant asOf, int cellCount, boolean together, int bucketRows) {
    // Each pass over the rows is a method of its own: run once on millions of rows, a loop is compiled on the stack
    // (OSR) while it runs, and a small method compiles in a fraction of the time a method holding every loop would,
    // each time again.
    long[] counts = new long[Math.multiplyExact(cellCount, COUNTERS)];
    int rows = size;
    if (rows == 0) {
      return counts;
    }
    boolean wholeSeconds = true;
    for (int[] pageNanos : nanos) {
      wholeSeconds &= pageNanos == null;
    }
    long firstSecond = stats.firstSecond;
    boolean packed = wholeSeconds && stats.lastSecond - firstSecond <= Integer.MAX_VALUE;
    Packing packing = packed && together ? stats.packing(stats.lastSecond - firstSecond) : null;
    if (packing != null) {
      return evaluatePacked(packing, firstSecond, window, asOf, counts, bucketRows);
    }
    // else the rows sorted by key, each with its instant and cell when they fit in a positive long (whole seconds
    // less than 68 years apart), else with its row number (the instant and cell read from the pages)
    long[] sortedKeys = new long[rows];
    long[] payloads = new long[rows];
    for (int page = 0; page < keys.length; page++) {
      int from = page << PAGE_BITS;
      int count = Math.min(PAGE, rows - from);
      System.arraycopy(keys[page], 0, sortedKeys, from, count);
      if (packed) {
        // every page keeps deltas: a page of whole seconds spans more than Integer.MAX_VALUE seconds by itself
        packDeltas(payloads, from, count, requireNonNull(secondDeltas[page]), pageBases[page] - firstSecond,
            cells[page]);
      } else {
        rowNumbers(payloads, from, count);
      }
    }
    Sorted sorted = sortByKey(sortedKeys, payloads);
    int largest = largestGroup(sorted.keys);

    Groups groups = new Groups(this, packed ? Packing.APART : null, firstSecond, largest, window, asOf, counts);
    for (int from = 0, to; from < rows; from = to) {
      to = groupEnd(sorted.keys, from, rows, 0);
      groups.evaluate(sorted.payloads, from, to);
    }
    return counts;
  }

  /**
   * The usual case: each row's key, instant and cell packed in one long, the key above. Sorted by the key's bits, the
   * rows of a key are together, and sorting them sorts them by instant. The rows go by the key's top bits into
   * buckets of about {@code bucketRows} rows when the keys are spread (counted as they are packed, then moved, one
   * pass over all the rows); each bucket is then sorted by the key's other bits while it is in the cache (each pass
   * over 16 KB, not 16 MB) and its keys' rows evaluated there. Adds to {@code counts} and returns it.
   */
  private long[] evaluatePacked(Packing packing, long firstSecond, Duration window, Instant asOf, long[] counts,
      int bucketRows) {
    int rows = size;
    int keyBits = packing.keyBits();
    int topBits = Math.min(Math.min(keyBits, DIGIT_BITS),
        Integer.SIZE - Integer.numberOfLeadingZeros((rows - 1) / Math.max(1, bucketRows))); // 2^topBits buckets
    int restBits = keyBits - topBits;
    int shift = packing.payloadBits() + restBits;
    int mask = (1 << topBits) - 1;
    long[] values = new long[rows];
    int[] starts = new int[mask + 2]; // the rows of each bucket, then where it starts
    for (int page = 0; page < keys.length; page++) {
      int from = page << PAGE_BITS;
      packTogether(values, from, Math.min(PAGE, rows - from), page, pageBases[page] - firstSecond, packing, starts,
          shift, mask);
    }
    startsFromCounts(starts, 0); // the last, counted 0, turns into the number of rows
    long[] byBucket = new long[rows];
    scatter(values, byBucket, starts.clone(), shift, mask, 0, rows);
    evaluateBuckets(byBucket, values, starts, packing.payloadBits(), restBits,
        new Groups(this, packing, firstSecond, 0, window, asOf, counts));
    return counts;
  }

  /**
   * Sorts each bucket of {@code rows} by the key's other bits, with the same range of {@code scratch}, and evaluates
   * its rows, key after key; {@code starts}: where each bucket starts, then their end.
   */
  private static void evaluateBuckets(long[] rows, long[] scratch, int[] starts, int low, int restBits,
      Groups groups) {
    for (int b = 0; b + 1 < starts.length; b++) {
      int from = starts[b];
      int to = starts[b + 1];
      groups.evaluateKeys(sortByBits(rows, scratch, from, to, low, restBits), from, to, low);
    }
  }

  /**
   * How a row's instant and cell are packed in a long, and its key above them when they are together: the key as
   * (its prefix and category less the least of them) above (its customer number), the payload as (second less the
   * first second) above (cell number, handled and resolved flags). {@code encodedCells}: whether the cell is (number
   * << 2 | handled << 1 | resolved), else as stored.
   */
  record Packing(long leastHigh, int numberBits, int keyBits, int payloadBits, int cellBits, boolean encodedCells) {
    /** The payloads of rows whose keys are apart: (second - first second) << 32 | cell as stored. */
    static final Packing APART = new Packing(0, 0, 0, Long.SIZE, 32, false);

    /** The second, less the first second, of a packed value. */
    long second(long value) {
      return (value & -1L >>> (Long.SIZE - payloadBits)) >>> cellBits;
    }

    /** The cell as stored (number and flags) of a packed value. */
    int cell(long value) {
      if (!encodedCells) {
        return (int) value;
      }
      int encoded = (int) (value & ((1L << cellBits) - 1));
      return encoded >>> 2 | (encoded & 3) << 29;
    }
  }

  /**
   * Returns how the rows, their seconds {@code span} apart at most, fit in one long each; null when key and payload
   * take more than 63 bits. For tests: {@link #evaluate} takes the span from the same statistics.
   */
  @Nullable Packing packing(long span) {
    return stats.packing(span);
  }

  /**
   * What the rows span: their seconds, the bits above their keys' numbers, the bits of the numbers and the cells. Kept
   * as rows are added and merged, so that the evaluation starts packing at once.
   */
  private static final class Stats implements Serializable {
    private static final long serialVersionUID = 1L;
    long firstSecond = Long.MAX_VALUE;
    long lastSecond = Long.MIN_VALUE;
    long leastHigh = Long.MAX_VALUE;
    long greatestHigh;
    long numbers;
    int cellNumbers;

    void add(long second, long key, int cell) {
      firstSecond = Math.min(firstSecond, second);
      lastSecond = Math.max(lastSecond, second);
      addKey(key);
      cellNumbers |= cell & MAX_CELL;
    }

    void addKey(long key) {
      long high = key >>> CATEGORY_SHIFT;
      leastHigh = Math.min(leastHigh, high);
      greatestHigh = Math.max(greatestHigh, high);
      numbers |= key & NUMBER_MASK;
    }

    void addKeys(Stats other) {
      leastHigh = Math.min(leastHigh, other.leastHigh);
      greatestHigh = Math.max(greatestHigh, other.greatestHigh);
      numbers |= other.numbers;
    }

    void addSeconds(Stats other) {
      firstSecond = Math.min(firstSecond, other.firstSecond);
      lastSecond = Math.max(lastSecond, other.lastSecond);
    }

    void addCells(int numbers) {
      cellNumbers |= numbers;
    }

    /** Returns how the rows fit in one long each, their seconds {@code span} apart at most; null when not. */
    @Nullable Packing packing(long span) {
      int numberBits = Long.SIZE - Long.numberOfLeadingZeros(numbers);
      int keyBits = Long.SIZE - Long.numberOfLeadingZeros(greatestHigh - leastHigh) + numberBits;
      int cellBits = Integer.SIZE - Integer.numberOfLeadingZeros(cellNumbers) + 2; // and the two flags
      int deltaBits = Long.SIZE - Long.numberOfLeadingZeros(span);
      return keyBits + deltaBits + cellBits <= 63
          ? new Packing(leastHigh, numberBits, keyBits, deltaBits + cellBits, cellBits, true)
          : null;
    }
  }

  /**
   * Packs the first {@code count} rows of a page together, {@code base} being its base less the first second; counts
   * them by bucket, their bits {@code mask} at {@code shift}, in {@code buckets}.
   */
  private void packTogether(long[] values, int from, int count, int page, long base, Packing packing, int[] buckets,
      int shift, int mask) {
    long[] pageKeys = keys[page];
    int[] deltas = requireNonNull(secondDeltas[page]);
    int[] pageCells = cells[page];
    int payloadBits = packing.payloadBits();
    int cellBits = packing.cellBits();
    int numberShift = packing.numberBits() + payloadBits;
    long leastHigh = packing.leastHigh();
    for (int k = 0; k < count; k++) {
      long key = pageKeys[k];
      int cell = pageCells[k];
      long encodedCell = (cell & MAX_CELL) << 2 | (cell >>> 29 & 3);
      long value = ((key >>> CATEGORY_SHIFT) - leastHigh) << numberShift | (key & NUMBER_MASK) << payloadBits
          | (deltas[k] + base) << cellBits | encodedCell;
      values[from + k] = value;
      buckets[(int) (value >>> shift) & mask]++;
    }
  }

  private static void rowNumbers(long[] payloads, int from, int count) {
    for (int k = 0; k < count; k++) {
      payloads[from + k] = from + k;
    }
  }

  /** Packs {@code (second - firstSecond) << 32 | cell} from a page of deltas; {@code shift} is base - firstSecond. */
  private static void packDeltas(long[] payloads, int from, int count, int[] deltas, long shift, int[] pageCells) {
    for (int k = 0; k < count; k++) {
      payloads[from + k] = (deltas[k] + shift) << 32 | pageCells[k];
    }
  }

  /** Returns the end, at most {@code end}, of the run of equal keys (the bits from {@code low} up) at {@code from}. */
  private static int groupEnd(long[] sorted, int from, int end, int low) {
    long key = sorted[from] >>> low;
    int to = from + 1;
    while (to < end && sorted[to] >>> low == key) {
      to++;
    }
    return to;
  }

  private static int largestGroup(long[] sortedKeys) {
    int largest = 0;
    for (int from = 0, to; from < sortedKeys.length; from = to) {
      to = groupEnd(sortedKeys, from, sortedKeys.length, 0);
      largest = Math.max(largest, to - from);
    }
    return largest;
  }

  /** The evaluation of one key's rows after another, with the scratch arrays they share. */
  private static final class Groups {
    private final RepeatContacts store;
    /** How the rows are packed; null when the payloads are row numbers. */
    private final @Nullable Packing packing;
    private final long firstSecond;
    private final long windowSeconds;
    private final int windowNanos;
    private final long asOfSecond;
    private final int asOfNano;
    /**
     * The last second, less the first, of a packed row whose window closes by {@code asOf}: {@code firstSecond +
     * second + window <= asOf} (whole seconds, nanoseconds 0) exactly when {@code second <= lastEligible}.
     */
    private final long lastEligible;
    private final long[] counts;
    private final long[] groupSeconds;
    private final int[] groupNanos;
    private final int[] groupCells;
    private final int[] sorted;
    private final int[] buffer;

    Groups(RepeatContacts store, @Nullable Packing packing, long firstSecond, int largest, Duration window,
        Instant asOf, long[] counts) {
      this.store = store;
      this.packing = packing;
      this.firstSecond = firstSecond;
      this.windowSeconds = window.getSeconds();
      this.windowNanos = window.getNano();
      this.asOfSecond = asOf.getEpochSecond();
      this.asOfNano = asOf.getNano();
      // a window of at most MAX_FCR_WINDOW and instants' seconds: no overflow
      this.lastEligible = asOfSecond - firstSecond - windowSeconds - (windowNanos > asOfNano ? 1 : 0);
      this.counts = counts;
      int scratch = packing != null ? 0 : largest; // the packed rows are sorted where they are
      groupSeconds = new long[scratch];
      groupNanos = new int[scratch];
      groupCells = new int[scratch];
      sorted = new int[scratch];
      buffer = new int[scratch];
    }

    /**
     * Counts the packed rows {@code [from, to)}, in order of their keys (the bits from {@code low} up), key after key;
     * a key with one row (most of them) on the spot: eligible or pending, never repeated.
     */
    void evaluateKeys(long[] sorted, int from, int to, int low) {
      Packing p = requireNonNull(packing);
      for (int at = from, end; at < to; at = end) {
        long value = sorted[at];
        end = groupEnd(sorted, at, to, low);
        if (end - at == 1) {
          count(p.cell(value), p.second(value) <= lastEligible, false);
        } else {
          evaluatePacked(sorted, at, end, p);
        }
      }
    }

    /** Counts the rows {@code [from, to)} of the sorted payloads, which all have the same key. */
    void evaluate(long[] payloads, int from, int to) {
      Packing p = packing;
      if (p != null) {
        evaluatePacked(payloads, from, to, p);
      } else {
        evaluateRows(payloads, from, to);
      }
    }

    /**
     * The payloads are packed (the key's bits, the same for all, above them): sorted, they are in order of instant.
     */
    private void evaluatePacked(long[] payloads, int from, int to, Packing p) {
      if (to - from > 1) {
        Arrays.sort(payloads, from, to);
      }
      int runStart = from;
      while (runStart < to) {
        // [runStart, runEnd): interactions created in the same second; runEnd is the first one strictly after
        long second = p.second(payloads[runStart]);
        int runEnd = runStart + 1;
        while (runEnd < to && p.second(payloads[runEnd]) == second) {
          runEnd++;
        }
        boolean eligible = second <= lastEligible;
        // the next second is whole: within created_at + window exactly when within its whole seconds
        boolean repeated = runEnd < to && p.second(payloads[runEnd]) - second <= windowSeconds;
        for (int k = runStart; k < runEnd; k++) {
          count(p.cell(payloads[k]), eligible, repeated);
        }
        runStart = runEnd;
      }
    }

    /** The payloads are row numbers: the instants, with their nanoseconds, and the cells are read from the pages. */
    private void evaluateRows(long[] payloads, int from, int to) {
      int m = to - from;
      for (int k = 0; k < m; k++) {
        int row = (int) payloads[from + k];
        int page = row >>> PAGE_BITS;
        int offset = row & OFFSET_MASK;
        groupSeconds[k] = store.second(page, offset);
        groupNanos[k] = store.nano(page, offset);
        groupCells[k] = store.cells[page][offset];
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
          count(groupCells[sorted[k]], eligible, repeated);
        }
        runStart = runEnd;
      }
    }

    private void count(int cell, boolean eligible, boolean repeated) {
      // without a branch on what the rows say, which no predictor guesses: every counter added to, most by 0
      int handled = (cell & HANDLED) != 0 ? 1 : 0;
      int resolved = (cell & RESOLVED) != 0 ? 1 : 0;
      int counted = eligible ? handled : 0;
      int again = repeated ? counted : 0;
      int base = (cell & MAX_CELL) * COUNTERS;
      long[] c = counts;
      c[base + PENDING] += handled - counted;
      c[base + ELIGIBLE] += counted;
      c[base + REPEATED] += again;
      c[base + FIRST_CONTACT_RESOLVED] += (counted - again) & resolved;
    }
  }

  /** Keys in order and their payloads. */
  record Sorted(long[] keys, long[] payloads) {}

  /**
   * Sorts {@code keys} (as unsigned numbers) and permutes {@code payloads} alike, stably: a least-significant-digit
   * radix sort on 12-bit digits, skipping the digits that are the same in every key. The result is in the arrays
   * given or in two of the same length, wherever the last pass left it (not copied back: 32 MB for 2 million rows).
   */
  static Sorted sortByKey(long[] keys, long[] payloads) {
    int n = keys.length;
    if (n < 2) {
      return new Sorted(keys, payloads);
    }
    int[][] counts = histograms(keys);
    long[] fromKeys = keys;
    long[] fromPayloads = payloads;
    long[] toKeys = null;
    long[] toPayloads = null;
    for (int d = 0; d < DIGITS; d++) {
      int[] next = counts[d];
      int shift = d * DIGIT_BITS;
      if (next[(int) (fromKeys[0] >>> shift) & DIGIT_MASK] == n) {
        continue; // every key has this digit
      }
      if (toKeys == null || toPayloads == null) {
        toKeys = new long[n];
        toPayloads = new long[n];
      }
      startsFromCounts(next, 0);
      scatter(fromKeys, fromPayloads, toKeys, toPayloads, next, shift);
      long[] swapKeys = fromKeys;
      fromKeys = toKeys;
      toKeys = swapKeys;
      long[] swapPayloads = fromPayloads;
      fromPayloads = toPayloads;
      toPayloads = swapPayloads;
    }
    return new Sorted(fromKeys, fromPayloads);
  }

  /**
   * Sorts {@code values[from, to)} stably by their {@code bits} bits from bit {@code low} up (as unsigned numbers),
   * with {@code scratch[from, to)}: a least-significant-digit radix sort in as few passes of at most 12 bits as there
   * are, the passes of equal width but the last. Returns the array the last pass left the result in, {@code values}
   * or {@code scratch}, at the same places; the rest of both is left alone.
   */
  static long[] sortByBits(long[] values, long[] scratch, int from, int to, int low, int bits) {
    int n = to - from;
    if (n < 2 || bits == 0) {
      return values;
    }
    int passes = (bits + DIGIT_BITS - 1) / DIGIT_BITS;
    int width = (bits + passes - 1) / passes;
    int[] masks = new int[passes]; // the last digit may be narrower
    for (int d = 0; d < passes; d++) {
      masks[d] = (1 << Math.min(width, bits - d * width)) - 1;
    }
    int[][] counts = new int[passes][1 << width];
    for (int k = from; k < to; k++) {
      long value = values[k];
      for (int d = 0; d < passes; d++) {
        counts[d][(int) (value >>> (low + d * width)) & masks[d]]++;
      }
    }
    long[] source = values;
    long[] target = scratch;
    for (int d = 0; d < passes; d++) {
      int[] next = counts[d];
      startsFromCounts(next, from);
      scatter(source, target, next, low + d * width, masks[d], from, to);
      long[] swap = source;
      source = target;
      target = swap;
    }
    return source;
  }

  /**
   * Turns the count of each digit value into the place its first key goes to: {@code first} and the sums of the
   * counts before it.
   */
  private static void startsFromCounts(int[] counts, int first) {
    int sum = first;
    for (int b = 0; b < counts.length; b++) {
      int c = counts[b];
      counts[b] = sum;
      sum += c;
    }
  }

  /** Moves every value of {@code from[begin, end)} to the next place of its digit at {@code shift}, in order. */
  private static void scatter(long[] from, long[] to, int[] next, int shift, int mask, int begin, int end) {
    for (int k = begin; k < end; k++) {
      long value = from[k];
      to[next[(int) (value >>> shift) & mask]++] = value;
    }
  }

  /** Returns, for each digit, how many keys have each of its values. */
  private static int[][] histograms(long[] keys) {
    int[][] counts = new int[DIGITS][DIGIT_MASK + 1];
    for (long key : keys) {
      for (int d = 0; d < DIGITS; d++) {
        counts[d][(int) (key >>> (d * DIGIT_BITS)) & DIGIT_MASK]++;
      }
    }
    return counts;
  }

  /** Moves every key and its payload to the next place of its digit at {@code shift}, in order. */
  private static void scatter(long[] fromKeys, long[] fromPayloads, long[] toKeys, long[] toPayloads, int[] next,
      int shift) {
    for (int k = 0; k < fromKeys.length; k++) {
      long key = fromKeys[k];
      int at = next[(int) (key >>> shift) & DIGIT_MASK]++;
      toKeys[at] = key;
      toPayloads[at] = fromPayloads[k];
    }
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
