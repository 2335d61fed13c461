package io.github.bpokit.cli.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the UTF-8 text of low-cardinality cells (category, language, vendor, agent) once per distinct value: equal
 * bytes give the same {@code String}, so a read of millions of rows holds a few hundred strings for these columns
 * instead of one per row. At most {@link #MAX_SIZE} values are kept; past that, new values are decoded every time.
 */
final class TextCache {
  static final int MAX_SIZE = 4096;

  private final byte[][] keys = new byte[2 * MAX_SIZE][];
  private final String[] values = new String[2 * MAX_SIZE];
  private final int mask = 2 * MAX_SIZE - 1;
  private int size;

  /** Returns the text of the bytes {@code [from, to)}, which must be valid UTF-8. */
  String get(byte[] bytes, int from, int to) {
    int hash = to - from;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    hash ^= hash >>> 16;
    hash *= 0x9E3779B1;
    for (int slot = (hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (size < MAX_SIZE) {
          keys[slot] = Arrays.copyOfRange(bytes, from, to);
          values[slot] = text;
          size++;
        }
        return text;
      }
      if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
        return values[slot];
      }
    }
  }
}
