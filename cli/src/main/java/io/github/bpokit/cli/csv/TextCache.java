package io.github.bpokit.cli.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the UTF-8 text of low-cardinality cells (category, language, vendor, agent) once per distinct value: equal
 * bytes give the same {@code String}, so a read of millions of rows holds a few hundred strings for these columns
 * instead of one per row, and the language check of {@code Interaction} sees the same instance again. Values of up to
 * 16 bytes are keyed by their bytes packed in two {@code long}s (a lookup is a hash and two comparisons); longer ones
 * by a copy of their bytes. At most {@link #MAX_SIZE} values of each kind are kept; past that, new values are decoded
 * every time.
 */
final class TextCache {
  static final int MAX_SIZE = 4096;

  private final long[] firstWords = new long[2 * MAX_SIZE];
  private final long[] secondWords = new long[2 * MAX_SIZE];
  private final int[] lengths = new int[2 * MAX_SIZE];
  private final String[] shortValues = new String[2 * MAX_SIZE];
  private int shortSize;

  private final byte[][] longKeys = new byte[2 * MAX_SIZE][];
  private final String[] longValues = new String[2 * MAX_SIZE];
  private int longSize;

  private static final int MASK = 2 * MAX_SIZE - 1;

  /** Returns the text of the bytes {@code [from, to)}, which must be valid UTF-8. */
  String get(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length > 16) {
      return getLong(bytes, from, to);
    }
    long first = Utf8CsvReader.word(bytes, from, Math.min(length, 8));
    long second = length > 8 ? Utf8CsvReader.word(bytes, from + 8, length - 8) : 0;
    long hash = (first * 0x9E3779B97F4A7C15L + second + length) * 0xC2B2AE3D27D4EB4FL;
    for (int slot = (int) (hash >>> 40) & MASK; ; slot = (slot + 1) & MASK) {
      String value = shortValues[slot];
      if (value == null) {
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (shortSize < MAX_SIZE) {
          firstWords[slot] = first;
          secondWords[slot] = second;
          lengths[slot] = length;
          shortValues[slot] = text;
          shortSize++;
        }
        return text;
      }
      if (firstWords[slot] == first && secondWords[slot] == second && lengths[slot] == length) {
        return value;
      }
    }
  }

  private String getLong(byte[] bytes, int from, int to) {
    int hash = to - from;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + bytes[i];
    }
    hash *= 0x9E3779B1;
    for (int slot = (hash >>> 16) & MASK; ; slot = (slot + 1) & MASK) {
      byte[] key = longKeys[slot];
      if (key == null) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (longSize < MAX_SIZE) {
          longKeys[slot] = Arrays.copyOfRange(bytes, from, to);
          longValues[slot] = text;
          longSize++;
        }
        return text;
      }
      if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
        return longValues[slot];
      }
    }
  }
}
