package io.github.bpokit.kpi.internal;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Numbers distinct {@code long}s 0, 1, 2, … in order of first appearance: an open-addressing hash table of ids (linear
 * probing, at most half full) over an array of the values by id, about 16 bytes per distinct value. Not thread-safe.
 *
 * <pre>{@code
 * LongDictionary pairs = new LongDictionary();
 * pairs.intern(42L << 32 | 7);   // 0
 * pairs.get(0);                  // 42L << 32 | 7
 * }</pre>
 */
public final class LongDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  private long[] byId = new long[8];
  /** Id + 1 of the value in each slot, 0 for an empty slot. */
  private int[] slots = new int[16];
  private int size;

  /** Creates an empty dictionary. */
  public LongDictionary() {}

  /**
   * Returns the id of a value, numbering it when it is new.
   *
   * @param value the value
   * @return its id, {@code 0 <= id < size()}
   */
  public int intern(long value) {
    int mask = slots.length - 1;
    int i = Hashing.mix(value) & mask;
    while (true) {
      int entry = slots[i];
      if (entry == 0) {
        return add(value, i);
      }
      if (byId[entry - 1] == value) {
        return entry - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private int add(long value, int slot) {
    int id = size;
    if (id == byId.length) {
      byId = Arrays.copyOf(byId, Hashing.grow(id));
    }
    byId[id] = value;
    slots[slot] = id + 1;
    size = id + 1;
    if (2 * size > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] bigger = new int[Math.multiplyExact(slots.length, 2)];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int i = Hashing.mix(byId[id]) & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = id + 1;
    }
    slots = bigger;
  }

  /**
   * Returns the value with an id.
   *
   * @param id the id
   * @return the value
   * @throws IndexOutOfBoundsException when there is no such id
   */
  public long get(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("no value with id " + id + " among " + size);
    }
    return byId[id];
  }

  /**
   * Returns how many distinct values were interned.
   *
   * @return the number of ids
   */
  public int size() {
    return size;
  }
}
