package io.github.bpokit.cli.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The interaction ids seen so far in one input, with the line each was first accepted on, for duplicate detection.
 *
 * <p>Holding every id as a {@code String} in a {@code HashMap} costs about 100 bytes an id. Two parts instead:
 *
 * <ul>
 *   <li>Ids of the dense form, one common prefix and a number without leading zeros ({@code i1}, {@code i2}, ...,
 *       {@code T-1044}), the usual shape of generated ids, are kept by number in pages of {@code int} lines: 4 bytes
 *       an id when the numbers are dense, no hashing, and consecutive ids in the same cache lines. Pages are only
 *       allocated while they stay dense enough (at most four times the room the dense ids need).
 *   <li>Every other id (and a dense one whose page would be too sparse, or whose line does not fit an {@code int})
 *       goes to an open-addressing table of fingerprints: the 128-bit MurmurHash3 of its text cut to 96 bits, packed
 *       with its line into two adjacent {@code long}s, 16 bytes a slot, at most 75% of the slots in use, so 21 to 43
 *       bytes an id, one cache line touched per lookup, nothing allocated. Two different ids share a fingerprint with
 *       probability about n²/2⁹⁷ (6·10⁻¹⁶ for ten million ids), so the table is exact in practice. Lines that do not
 *       fit 32 bits (more than four billion lines) are kept aside in a map.
 * </ul>
 *
 * <p>An id's form depends on its text and on the prefix, which the first id ending in a number fixes for good, so an
 * id is always looked for where it was put. It is the only part of a read whose memory grows with the input:
 * O(distinct ids).
 */
final class IdIndex {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final double MAX_LOAD = 0.75;
  private static final long HIGH_HALF = 0xFFFF_FFFF_0000_0000L;
  private static final long LOW_HALF = 0x0000_0000_FFFF_FFFFL;
  /** Stands for "the line is in {@link #wideLines}" in the low half of a slot's second word. */
  private static final long WIDE = LOW_HALF;
  /** Replaces a first fingerprint word of 0, which marks an empty slot. */
  private static final long ZERO_STANDIN = 0x9E3779B97F4A7C15L;

  /**
   * Slot {@code s} is {@code slots[2s]}, the first 64 bits of the fingerprint (0 when the slot is empty), and
   * {@code slots[2s + 1]}, the next 32 bits of the fingerprint in its high half and the line in its low half.
   */
  private long[] slots;
  private int mask;
  private int size;
  private int threshold;
  private final long narrowLimit;
  private final Map<Fingerprint, Long> wideLines = new HashMap<>();

  private record Fingerprint(long first, long second) {}

  IdIndex() {
    this(1024);
  }

  /** Creates a table that holds {@code expected} ids without growing. */
  IdIndex(int expected) {
    this(expected, WIDE);
  }

  /** As {@link #IdIndex(int)}, keeping lines from {@code narrowLimit} on aside (a test sets it low). */
  IdIndex(int expected, long narrowLimit) {
    this.narrowLimit = Math.min(narrowLimit, WIDE);
    long wanted = (long) Math.ceil(Math.max(16, expected) / MAX_LOAD);
    expectedCapacity = (int) Math.min(1 << 29, Long.highestOneBit(wanted - 1) << 1);
    allocate(16); // the table proper when the first id goes in: ids of the dense form may never need it
  }

  /** The capacity of the table when its first id goes in. */
  private final int expectedCapacity;

  /** Returns how many ids are held. */
  int size() {
    return size + denseSize;
  }

  /** Returns the line the id was put with, or 0 when it was never put. */
  long lineOf(String id) {
    long key = denseKey(id);
    if (key >= 0) {
      long line = denseLine(key);
      if (line != 0 || !denseFormInTable) {
        return line;
      }
    }
    return tableLineOf(id);
  }

  private long tableLineOf(String id) {
    long h1 = first(hash1(id));
    return tableLineOf(h1, hash2 & HIGH_HALF);
  }

  private long tableLineOf(long h1, long h2) {
    for (int slot = (int) h1 & mask; ; slot = (slot + 1) & mask) {
      long first = slots[2 * slot];
      if (first == 0) {
        return 0;
      }
      long second = slots[2 * slot + 1];
      if (first == h1 && (second & HIGH_HALF) == h2) {
        return line(h1, second);
      }
    }
  }

  /**
   * Records the id with its line unless it is already held.
   *
   * @return 0 when the id was new, else the line it was first put with (the new line is then not recorded)
   */
  long putIfAbsent(String id, long line) {
    checkLine(line);
    long key = denseKey(id);
    if (key >= 0) {
      long first = denseLine(key);
      if (first != 0) {
        return first;
      }
      if (denseFormInTable) {
        first = tableLineOf(id);
        if (first != 0) {
          return first;
        }
      }
      if (putDense(key, line)) {
        return 0;
      }
      denseFormInTable = true;
    }
    long h1 = hash1(id);
    return put(h1, hash2, line);
  }

  /**
   * As {@link #putIfAbsent(String, long)} for an id given as the bytes of ASCII (or Latin-1) text: the same id as
   * the {@code String} of those characters.
   */
  long putIfAbsentLatin1(byte[] text, int from, int to, long line) {
    checkLine(line);
    long key = denseKey(text, from, to);
    if (key >= 0) {
      return putIfAbsentDense(key, text, from, to, line);
    }
    long h1 = hash1(text, from, to);
    return put(h1, hash2, line);
  }

  /**
   * As {@link #putIfAbsentLatin1} for an id whose {@link #denseKey(byte[], int, int)} is {@code key}, at least 0.
   */
  long putIfAbsentDense(long key, byte[] text, int from, int to, long line) {
    checkLine(line);
    long first = denseLine(key);
    if (first != 0) {
      return first;
    }
    if (denseFormInTable) {
      long h1 = first(hash1(text, from, to));
      first = tableLineOf(h1, hash2 & HIGH_HALF);
      if (first != 0) {
        return first;
      }
    }
    if (putDense(key, line)) {
      return 0;
    }
    denseFormInTable = true;
    long h1 = hash1(text, from, to);
    return put(h1, hash2, line);
  }

  /**
   * Returns whether some id is held both here and in {@code other}: the check that the parts of a file read in parts
   * ({@link PartedRead}), each with an index of its own, have no id in common. Each index may keep an id in its pages
   * or in its table, depending on its own prefix and history, so each place of one is looked for in every place of
   * the other where the id could be: pages against pages page by page when the prefixes agree, and every other id by
   * its fingerprint in the other's table.
   */
  boolean overlaps(IdIndex other) {
    if (denseSize > 0 && other.denseSize > 0 && Arrays.equals(prefix, other.prefix)) {
      IdIndex fewer = pagesAllocated <= other.pagesAllocated ? this : other;
      IdIndex more = fewer == this ? other : this;
      for (int p = 0; p < fewer.pagesAllocated; p++) {
        int index = fewer.allocatedPages[p];
        int[] mine = fewer.pages[index];
        int[] theirs = more.pages[index];
        if (theirs != null) {
          for (int k = 0; k < PAGE; k++) {
            if (mine[k] != 0 && theirs[k] != 0) {
              return true;
            }
          }
        }
      }
    }
    if (denseIdsInTableOf(other) || other.denseIdsInTableOf(this)) {
      return true;
    }
    IdIndex smaller = size <= other.size ? this : other;
    IdIndex larger = smaller == this ? other : this;
    if (smaller.size == 0) {
      return false;
    }
    long[] table = smaller.slots;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != 0 && larger.tableLineOf(table[i], table[i + 1] & HIGH_HALF) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds every id of {@code other} (with its line there): the union of the ids of the parts read so far, which each
   * next part is checked against with {@link #overlaps}. An id already here keeps its line. The ids of other's table
   * are known only by their fingerprints, so one of them that is also in this index's pages is then held twice (and
   * counted twice by {@link #size}); {@link #lineOf} and {@link #overlaps} are as for the union.
   */
  void putAll(IdIndex other) {
    byte[] p = other.prefix;
    if (other.denseSize > 0 && p != null) {
      byte[] text = Arrays.copyOf(p, p.length + 10);
      for (int a = 0; a < other.pagesAllocated; a++) {
        int index = other.allocatedPages[a];
        int[] page = other.pages[index];
        for (int k = 0; k < PAGE; k++) {
          if (page[k] != 0) {
            putIfAbsentLatin1(text, 0, digits(((long) index << PAGE_BITS) | k, text, p.length), page[k]);
          }
        }
      }
    }
    if (other.size > 0) {
      if (!Arrays.equals(p, prefix) || other.denseFormInTable) {
        denseFormInTable = true; // some of its table's ids may be of this index's dense form: look there for them too
      }
      long[] table = other.slots;
      for (int i = 0; i < table.length; i += 2) {
        long first = table[i];
        if (first != 0) {
          put(first, table[i + 1], other.line(first, table[i + 1]));
        }
      }
    }
  }

  /** Whether one of the ids in this index's pages is in the table of {@code other}. */
  private boolean denseIdsInTableOf(IdIndex other) {
    byte[] p = prefix;
    if (denseSize == 0 || other.size == 0 || p == null
        || (Arrays.equals(p, other.prefix) && !other.denseFormInTable)) {
      return false; // other keeps every id of this form in its pages, if at all
    }
    byte[] text = Arrays.copyOf(p, p.length + 10);
    for (int a = 0; a < pagesAllocated; a++) {
      int index = allocatedPages[a];
      int[] page = pages[index];
      for (int k = 0; k < PAGE; k++) {
        if (page[k] != 0) {
          int to = digits(((long) index << PAGE_BITS) | k, text, p.length);
          long h1 = first(other.hash1(text, 0, to));
          if (other.tableLineOf(h1, other.hash2 & HIGH_HALF) != 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Writes the decimal digits of {@code number} (at least 0) into {@code text} at {@code at}; returns their end. */
  private static int digits(long number, byte[] text, int at) {
    int length = 1;
    for (long rest = number; rest >= 10; rest /= 10) {
      length++;
    }
    long rest = number;
    for (int i = at + length - 1; i >= at; i--) {
      text[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    return at + length;
  }

  // ---- the dense part: ids that are one common prefix and a number, such as i1, i2, ..., T-1044 ----

  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int MAX_PREFIX = 32;

  /** The prefix of the dense form, ASCII; null until an id ending in a number fixes it. */
  private byte @Nullable [] prefix;
  /**
   * Lines of the dense ids by number, in pages of {@link #PAGE}, 0 for none; null pages are not allocated. The page
   * table covers every number of nine digits from the start (1 MB), so that no lookup has to check its bounds.
   */
  private final int[][] pages = new int[(int) (999_999_999L >>> PAGE_BITS) + 1][];
  private long pagesAllocated;
  /** The indexes of the allocated pages, in the order they were allocated: {@code [0, pagesAllocated)}. */
  private int[] allocatedPages = new int[16];
  private int denseSize;
  /** Whether some id of the dense form was put in the hash table (no page for it): lookups must look there too. */
  private boolean denseFormInTable;

  /**
   * Returns the number of an id of the dense form, else -1. The dense form is the prefix, then 1 to 9 digits without
   * a leading zero, so that an id and its number determine each other. The prefix is that of the first id looked at
   * that ends in such a number (at most 32 ASCII characters before it), and never changes: an id's form, and so where
   * it is kept, is the same at every lookup.
   */
  long denseKey(byte[] text, int from, int to) {
    int digitsFrom = to;
    while (digitsFrom > from && digitsFrom > to - 10 && isDigit(text[digitsFrom - 1])) {
      digitsFrom--;
    }
    int digits = to - digitsFrom;
    if (digits == 0 || digits > 9 || (digits > 1 && text[digitsFrom] == '0')
        || (digitsFrom > from && isDigit(text[digitsFrom - 1]))) {
      return -1;
    }
    byte[] p = prefix;
    int length = digitsFrom - from;
    if (p == null) {
      if (length > MAX_PREFIX) {
        return -1;
      }
      for (int i = from; i < digitsFrom; i++) {
        if (text[i] < 0) {
          return -1;
        }
      }
      p = prefix = Arrays.copyOfRange(text, from, digitsFrom);
    }
    if (length != p.length) {
      return -1;
    }
    for (int i = 0; i < length; i++) {
      if (text[from + i] != p[i]) {
        return -1;
      }
    }
    long number = 0;
    for (int i = digitsFrom; i < to; i++) {
      number = number * 10 + (text[i] - '0');
    }
    return number;
  }

  /** As {@link #denseKey(byte[], int, int)} for an id given as text. */
  long denseKey(CharSequence text) {
    int to = text.length();
    int digitsFrom = to;
    while (digitsFrom > 0 && digitsFrom > to - 10 && isDigit(text.charAt(digitsFrom - 1))) {
      digitsFrom--;
    }
    int digits = to - digitsFrom;
    if (digits == 0 || digits > 9 || (digits > 1 && text.charAt(digitsFrom) == '0')
        || (digitsFrom > 0 && isDigit(text.charAt(digitsFrom - 1)))) {
      return -1;
    }
    byte[] p = prefix;
    if (p == null) {
      if (digitsFrom > MAX_PREFIX) {
        return -1;
      }
      byte[] bytes = new byte[digitsFrom];
      for (int i = 0; i < digitsFrom; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          return -1;
        }
        bytes[i] = (byte) c;
      }
      p = prefix = bytes;
    }
    if (digitsFrom != p.length) {
      return -1;
    }
    for (int i = 0; i < digitsFrom; i++) {
      if (text.charAt(i) != p[i]) {
        return -1;
      }
    }
    long number = 0;
    for (int i = digitsFrom; i < to; i++) {
      number = number * 10 + (text.charAt(i) - '0');
    }
    return number;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private long denseLine(long key) {
    int[] page = pages[(int) (key >>> PAGE_BITS)];
    return page == null ? 0 : page[(int) key & (PAGE - 1)];
  }

  /**
   * Keeps the line of a dense id, unless the line does not fit an int or its page would make the pages more than
   * four times larger than the dense ids need (sparse numbers): returns false, and the id goes to the hash table.
   */
  private boolean putDense(long key, long line) {
    if (line > Integer.MAX_VALUE) {
      return false;
    }
    int index = (int) (key >>> PAGE_BITS);
    int[] page = pages[index];
    if (page == null) {
      page = newPage(index);
      if (page == null) {
        return false;
      }
    }
    page[(int) key & (PAGE - 1)] = (int) line;
    denseSize++;
    return true;
  }

  /**
   * Allocates page {@code index}, or returns null when it would make the pages too large. A method of its own, run
   * once a page: its rare test (a fuller list of pages) would otherwise be compiled into the reader as a trap, and
   * the reader compiled again once taken.
   */
  private int @Nullable [] newPage(int index) {
    if ((pagesAllocated + 1) * PAGE > 4L * (denseSize + 1) + (1 << 16)) {
      return null;
    }
    int[] page = pages[index] = new int[PAGE];
    if (pagesAllocated == allocatedPages.length) {
      allocatedPages = Arrays.copyOf(allocatedPages, 2 * allocatedPages.length);
    }
    allocatedPages[(int) pagesAllocated++] = index;
    return page;
  }

  /**
   * Loads the slots where the ids of these fingerprints would be ({@link #hash1} of each; those with a dense key of at
   * least 0 are skipped: they are not in the table), so that putting them right
   * after finds them in the cache: the loads do not depend on one another, so their cache and TLB misses overlap
   * instead of following one another, one per row.
   */
  void touch(long[] hashes1, long[] denseKeys, int count) {
    long[] table = slots;
    long sum = 0;
    for (int k = 0; k < count; k++) {
      if (denseKeys[k] < 0) {
        sum += table[2 * ((int) first(hashes1[k]) & mask)];
      }
    }
    touched += sum;
  }

  /** The sum of the slots touched: keeps the loads of {@link #touch} from being optimized away. */
  private long touched;

  /**
   * Records the id of this fingerprint ({@link #hash1} and {@link #hash2()} of its text) with its line unless it is
   * already held; as {@link #putIfAbsent(String, long)}.
   */
  long putIfAbsent(long hash1, long hash2, long line) {
    checkLine(line);
    return put(hash1, hash2, line);
  }

  private static void checkLine(long line) {
    if (line <= 0) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
  }

  private long put(long hash1, long hash2, long line) {
    if (size == 0 && mask + 1 < expectedCapacity) {
      allocate(expectedCapacity);
    }
    long h1 = first(hash1);
    long h2 = hash2 & HIGH_HALF;
    long[] table = slots;
    int slot = (int) h1 & mask;
    for (long first; (first = table[2 * slot]) != 0; slot = (slot + 1) & mask) {
      long second = table[2 * slot + 1];
      if (first == h1 && (second & HIGH_HALF) == h2) {
        return line(h1, second);
      }
    }
    table[2 * slot] = h1;
    if (line < narrowLimit) {
      table[2 * slot + 1] = h2 | line;
    } else {
      table[2 * slot + 1] = h2 | WIDE;
      wideLines.put(new Fingerprint(h1, h2), line);
    }
    if (++size > threshold) {
      grow();
    }
    return 0;
  }

  private static long first(long h1) {
    return h1 == 0 ? ZERO_STANDIN : h1;
  }

  private long line(long h1, long second) {
    long line = second & LOW_HALF;
    return line == WIDE ? wideLines.get(new Fingerprint(h1, second & HIGH_HALF)) : line;
  }

  private void allocate(int capacity) {
    slots = new long[2 * capacity];
    mask = capacity - 1;
    threshold = (int) (capacity * MAX_LOAD);
  }

  private void grow() {
    long[] old = slots;
    allocate((mask + 1) * 2);
    long[] table = slots;
    for (int i = 0; i < old.length; i += 2) {
      long first = old[i];
      if (first != 0) {
        int slot = (int) first & mask;
        while (table[2 * slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = first;
        table[2 * slot + 1] = old[i + 1];
      }
    }
  }

  // ---- MurmurHash3 x64 128 over the UTF-16LE code units of the text (as Guava's hashUnencodedChars) ----

  /** The second half of the last fingerprint computed by {@link #hash1}; avoids allocating a pair. */
  private long hash2;

  /** Computes the fingerprint of the text: returns its first half and leaves the second in {@link #hash2}. */
  long hash1(CharSequence text) {
    long h1 = 0;
    long h2 = 0;
    int length = text.length();
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      long k1 = chars4(text, i);
      long k2 = chars4(text, i + 4);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int remaining = length - i;
    if (remaining > 0) {
      long k1 = 0;
      long k2 = 0;
      for (int j = 0; j < remaining; j++) {
        long c = text.charAt(i + j);
        if (j < 4) {
          k1 |= c << (16 * j);
        } else {
          k2 |= c << (16 * (j - 4));
        }
      }
      h1 ^= mixK1(k1);
      h2 ^= mixK2(k2);
    }
    return finish(h1, h2, length);
  }

  /** As {@link #hash1(CharSequence)} for the text whose characters are these bytes (ASCII or Latin-1). */
  long hash1(byte[] text, int from, int to) {
    long h1 = 0;
    long h2 = 0;
    int length = to - from;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long k1 = bytes4(text, i);
      long k2 = bytes4(text, i + 4);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int remaining = to - i;
    if (remaining > 0) {
      long k1 = 0;
      long k2 = 0;
      for (int j = 0; j < remaining; j++) {
        long c = text[i + j] & 0xFF;
        if (j < 4) {
          k1 |= c << (16 * j);
        } else {
          k2 |= c << (16 * (j - 4));
        }
      }
      h1 ^= mixK1(k1);
      h2 ^= mixK2(k2);
    }
    return finish(h1, h2, length);
  }

  private long finish(long h1, long h2, int length) {
    long lengthInBytes = 2L * length;
    h1 ^= lengthInBytes;
    h2 ^= lengthInBytes;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    hash2 = h2;
    return h1;
  }

  /** Returns the second half of the last fingerprint computed. */
  long hash2() {
    return hash2;
  }

  private static long chars4(CharSequence text, int at) {
    return text.charAt(at) | (long) text.charAt(at + 1) << 16 | (long) text.charAt(at + 2) << 32
        | (long) text.charAt(at + 3) << 48;
  }

  private static long bytes4(byte[] text, int at) {
    return (text[at] & 0xFFL) | (text[at + 1] & 0xFFL) << 16 | (text[at + 2] & 0xFFL) << 32
        | (text[at + 3] & 0xFFL) << 48;
  }

  private static long mixK1(long k1) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    k1 *= C2;
    return k1;
  }

  private static long mixK2(long k2) {
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    k2 *= C1;
    return k2;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
