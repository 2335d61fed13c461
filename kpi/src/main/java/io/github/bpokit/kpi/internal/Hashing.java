package io.github.bpokit.kpi.internal;

/** Hash mixing and array growth shared by the dictionaries. */
final class Hashing {
  private Hashing() {}

  /** Spreads an int hash over all bits (the finalizer of MurmurHash3), so that low bits index a table well. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Spreads a long hash (the finalizer of MurmurHash3's 64-bit variant), folded to an int. */
  static int mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  /** The next capacity of an array of {@code size} elements: 1.5 times, at least 8, at most the largest array. */
  static int grow(int size) {
    if (size >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many distinct values: " + size);
    }
    return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(8, size + (long) (size >> 1)));
  }
}
