package io.github.bpokit.cli.csv;

/**
 * The interaction ids seen so far in one input, with the line each was first accepted on, for duplicate detection.
 *
 * <p>Holding every id as a {@code String} in a {@code HashMap} costs about 100 bytes an id; this open-addressing table
 * keeps a 128-bit MurmurHash3 fingerprint of each id (two {@code long}s) and its line, about 40 bytes an id at the
 * worst load factor, and allocates nothing per lookup. Two different ids share a fingerprint with probability about
 * n²/2¹²⁹ (10⁻²³ for ten million ids), so the table is exact in practice. It is the only part of a read whose memory
 * grows with the input: O(distinct ids).
 */
final class IdIndex {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final double MAX_LOAD = 0.6;

  private long[] high;
  private long[] low;
  private long[] lines; // 0 = empty slot (line numbers start at 1)
  private int size;
  private int threshold;

  IdIndex() {
    this(1024);
  }

  IdIndex(int initialCapacity) {
    int capacity = Integer.highestOneBit(Math.max(16, initialCapacity - 1)) << 1;
    allocate(capacity);
  }

  /** Returns how many ids are held. */
  int size() {
    return size;
  }

  /** Returns the line the id was put with, or 0 when it was never put. */
  long lineOf(String id) {
    long h1 = hash1(id);
    long h2 = hash2;
    int mask = lines.length - 1;
    for (int slot = (int) h1 & mask; ; slot = (slot + 1) & mask) {
      long line = lines[slot];
      if (line == 0) {
        return 0;
      }
      if (high[slot] == h1 && low[slot] == h2) {
        return line;
      }
    }
  }

  /**
   * Records the id with its line unless it is already held.
   *
   * @return 0 when the id was new, else the line it was first put with (the new line is then not recorded)
   */
  long putIfAbsent(String id, long line) {
    if (line <= 0) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    long h1 = hash1(id);
    long h2 = hash2;
    int mask = lines.length - 1;
    int slot = (int) h1 & mask;
    for (; lines[slot] != 0; slot = (slot + 1) & mask) {
      if (high[slot] == h1 && low[slot] == h2) {
        return lines[slot];
      }
    }
    high[slot] = h1;
    low[slot] = h2;
    lines[slot] = line;
    if (++size > threshold) {
      grow();
    }
    return 0;
  }

  private void allocate(int capacity) {
    high = new long[capacity];
    low = new long[capacity];
    lines = new long[capacity];
    threshold = (int) (capacity * MAX_LOAD);
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    long[] oldLines = lines;
    allocate(oldLines.length * 2);
    int mask = lines.length - 1;
    for (int i = 0; i < oldLines.length; i++) {
      if (oldLines[i] != 0) {
        int slot = (int) oldHigh[i] & mask;
        while (lines[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        high[slot] = oldHigh[i];
        low[slot] = oldLow[i];
        lines[slot] = oldLines[i];
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
