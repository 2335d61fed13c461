package io.github.bpokit.kpi.internal;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Numbers distinct strings 0, 1, 2, … in order of first appearance: an open-addressing hash table of ids (linear
 * probing, at most half full) over an array of the strings by id. Per distinct string it keeps the string itself, one
 * reference and about two table slots of 4 bytes; no boxing, no entry objects. Not thread-safe.
 *
 * <pre>{@code
 * StringDictionary customers = new StringDictionary();
 * customers.intern("c-1");   // 0
 * customers.intern("c-2");   // 1
 * customers.intern("c-1");   // 0
 * customers.get(1);          // "c-2"
 * customers.find("c-3");     // -1
 * }</pre>
 */
public final class StringDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  private String[] byId = new String[8];
  /** Id + 1 of the string in each slot, 0 for an empty slot. */
  private int[] slots = new int[16];
  private int size;

  /** Creates an empty dictionary. */
  public StringDictionary() {}

  /**
   * Returns the id of a string, numbering it when it is new.
   *
   * @param value the string
   * @return its id, {@code 0 <= id < size()}
   */
  public int intern(String value) {
    int slot = slotOf(value);
    int entry = slots[slot];
    return entry != 0 ? entry - 1 : add(value, slot);
  }

  /**
   * Returns the id of a string without numbering it.
   *
   * @param value the string
   * @return its id, or -1 when it was never interned
   */
  public int find(String value) {
    return slots[slotOf(value)] - 1;
  }

  /** Returns the slot of a string: where it is, or the empty slot where it would go. */
  private int slotOf(String value) {
    int mask = slots.length - 1;
    int i = Hashing.mix(value.hashCode()) & mask;
    while (true) {
      int entry = slots[i];
      if (entry == 0 || byId[entry - 1].equals(value)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  private int add(String value, int slot) {
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
      int i = Hashing.mix(byId[id].hashCode()) & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = id + 1;
    }
    slots = bigger;
  }

  /**
   * Returns the string with an id.
   *
   * @param id the id
   * @return the string
   * @throws IndexOutOfBoundsException when there is no such id
   */
  public String get(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("no string with id " + id + " among " + size);
    }
    return byId[id];
  }

  /**
   * Returns how many distinct strings were interned.
   *
   * @return the number of ids
   */
  public int size() {
    return size;
  }
}
