package io.github.bpokit.kpi.internal;

import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct keys (a string and an int tag, e.g. a customer id and a category number) 0, 1, 2, … in order of
 * first appearance, keeping no {@code String} objects: each key is an entry in byte pages (its id, tag, length and
 * characters, one byte each when they all fit in Latin-1, else two), and an open-addressing hash table (linear
 * probing, at most 5/8 full) holds each entry's 32-bit hash and page offset in one {@code long}. Looking a key up
 * touches one table slot and, on a hash match, the entry itself: two cache misses at most on large tables, where a
 * map of strings would take five or six. About {@code 13 + length} bytes per key in pages, plus 4 bytes of offset by
 * id and 8 to 13 bytes of table. Not thread-safe.
 *
 * <pre>{@code
 * KeyTable keys = new KeyTable();
 * keys.intern("c-1", 0);   // 0
 * keys.intern("c-1", 3);   // 1
 * keys.intern("c-1", 0);   // 0
 * keys.text(1);            // "c-1"
 * keys.tag(1);             // 3
 * }</pre>
 */
public final class KeyTable implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int PAGE_BITS = 20;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int MAX_PAGES = 1 << (32 - PAGE_BITS);
  private static final int HEADER = 12;
  private static final int UTF16 = 1 << 31;
  private static final long EMPTY = -1L;

  /** Entries: id, tag, length (with {@link #UTF16} when two bytes a character), characters. */
  private byte[][] pages = {new byte[256]};
  /** Where the next entry goes in the last page. */
  private int position;
  /** Each slot: the key's hash in the high half, its entry's offset ({@code page << 20 | position}) in the low. */
  private long[] slots = newSlots(16);
  /** The entry offset of each id. */
  private int[] offsets = new int[16];
  private int size;

  /** Creates an empty table. */
  public KeyTable() {}

  private static long[] newSlots(int capacity) {
    long[] s = new long[capacity];
    Arrays.fill(s, EMPTY);
    return s;
  }

  /**
   * Returns the id of a key, numbering it when it is new.
   *
   * @param text the string part
   * @param tag the int part
   * @return its id, {@code 0 <= id < size()}
   */
  public int intern(String text, int tag) {
    int hash = Hashing.mix(text.hashCode() * 0x9E3779B9 + tag);
    long[] s = slots;
    int mask = s.length - 1;
    int i = hash & mask;
    while (true) {
      long slot = s[i];
      if (slot == EMPTY) {
        return add(text, tag, hash, i);
      }
      if ((int) (slot >>> 32) == hash) {
        int offset = (int) slot;
        byte[] page = pages[offset >>> PAGE_BITS];
        int at = offset & (PAGE - 1);
        if ((int) INT.get(page, at + 4) == tag && sameText(page, at, text)) {
          return (int) INT.get(page, at);
        }
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean sameText(byte[] page, int at, String text) {
    int header = (int) INT.get(page, at + 8);
    int length = header & ~UTF16;
    if (length != text.length()) {
      return false;
    }
    int p = at + HEADER;
    if ((header & UTF16) == 0) {
      for (int k = 0; k < length; k++) {
        if (text.charAt(k) != (page[p + k] & 0xFF)) {
          return false;
        }
      }
    } else {
      for (int k = 0; k < length; k++) {
        if (text.charAt(k) != (char) ((page[p + 2 * k] & 0xFF) | (page[p + 2 * k + 1] & 0xFF) << 8)) {
          return false;
        }
      }
    }
    return true;
  }

  private int add(String text, int tag, int hash, int slot) {
    int id = size;
    if (id == Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many distinct keys: " + id);
    }
    int length = text.length();
    boolean latin1 = true;
    for (int k = 0; k < length && latin1; k++) {
      latin1 = text.charAt(k) <= 0xFF;
    }
    long bytes = HEADER + (latin1 ? (long) length : 2L * length);
    int offset = reserve(bytes);
    byte[] page = pages[offset >>> PAGE_BITS];
    int at = offset & (PAGE - 1);
    INT.set(page, at, id);
    INT.set(page, at + 4, tag);
    INT.set(page, at + 8, latin1 ? length : length | UTF16);
    int p = at + HEADER;
    for (int k = 0; k < length; k++) {
      char c = text.charAt(k);
      if (latin1) {
        page[p + k] = (byte) c;
      } else {
        page[p + 2 * k] = (byte) c;
        page[p + 2 * k + 1] = (byte) (c >>> 8);
      }
    }
    if (id == offsets.length) {
      offsets = Arrays.copyOf(offsets, Hashing.grow(id));
    }
    offsets[id] = offset;
    slots[slot] = (long) hash << 32 | (offset & 0xFFFF_FFFFL);
    size = id + 1;
    if (8L * size > 5L * slots.length) {
      rehash();
    }
    return id;
  }

  /** Returns the offset of {@code bytes} free bytes, in the last page or a new one. */
  private int reserve(long bytes) {
    int last = pages.length - 1;
    byte[] page = pages[last];
    if (position + bytes <= page.length) {
      int offset = last << PAGE_BITS | position;
      position += (int) bytes;
      return offset;
    }
    if (last == 0 && page.length < PAGE && position + bytes <= PAGE) {
      // the first page grows, so that small tables stay small
      pages[0] = Arrays.copyOf(page, (int) Math.min(PAGE, Math.max(2L * page.length, position + bytes)));
      int offset = position;
      position += (int) bytes;
      return offset;
    }
    if (pages.length == MAX_PAGES || bytes > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("key table full: " + size + " keys");
    }
    pages = Arrays.copyOf(pages, pages.length + 1);
    pages[last + 1] = new byte[(int) Math.max(PAGE, bytes)]; // a key longer than a page gets a page of its own
    position = (int) bytes;
    return (last + 1) << PAGE_BITS;
  }

  private void rehash() {
    long[] bigger = newSlots(Math.multiplyExact(slots.length, 2));
    int mask = bigger.length - 1;
    for (long slot : slots) {
      if (slot != EMPTY) {
        int i = (int) (slot >>> 32) & mask;
        while (bigger[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        bigger[i] = slot;
      }
    }
    slots = bigger;
  }

  /**
   * Returns the string part of a key.
   *
   * @param id the key's id
   * @return a new string equal to the one interned
   * @throws IndexOutOfBoundsException when there is no such id
   */
  public String text(int id) {
    int offset = offset(id);
    byte[] page = pages[offset >>> PAGE_BITS];
    int at = offset & (PAGE - 1);
    int header = (int) INT.get(page, at + 8);
    int length = header & ~UTF16;
    if ((header & UTF16) == 0) {
      return new String(page, at + HEADER, length, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[length]; // not through a charset, which would replace a lone surrogate
    int p = at + HEADER;
    for (int k = 0; k < length; k++) {
      chars[k] = (char) ((page[p + 2 * k] & 0xFF) | (page[p + 2 * k + 1] & 0xFF) << 8);
    }
    return new String(chars);
  }

  /**
   * Returns the int part of a key.
   *
   * @param id the key's id
   * @return the tag interned with it
   * @throws IndexOutOfBoundsException when there is no such id
   */
  public int tag(int id) {
    int offset = offset(id);
    return (int) INT.get(pages[offset >>> PAGE_BITS], (offset & (PAGE - 1)) + 4);
  }

  private int offset(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("no key with id " + id + " among " + size);
    }
    return offsets[id];
  }

  /**
   * Returns how many distinct keys were interned.
   *
   * @return the number of ids
   */
  public int size() {
    return size;
  }
}
