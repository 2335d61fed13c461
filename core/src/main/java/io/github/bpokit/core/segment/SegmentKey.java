package io.github.bpokit.core.segment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The name of one segment: a value for each dimension of a {@link Segmentation}, e.g. channel = CHAT and category =
 * billing, or {@link #all()}, the whole. KPIs are accumulated per key, so keys are cheap to make
 * ({@link Segmentation#keyOf}), to hash (precomputed) and to compare.
 *
 * <pre>{@code
 * SegmentKey key = SegmentKey.of(List.of(Dimension.CHANNEL, Dimension.CATEGORY), List.of("chat", "billing"));
 * key.label();                       // "CHAT|billing", its key in the scorecard's JSON (SPEC §7)
 * key.value(Dimension.CHANNEL);      // Optional[CHAT]
 * key.value(Dimension.VENDOR);       // Optional.empty: not a dimension of this key
 * SegmentKey.all().label();          // "*"
 * }</pre>
 *
 * <p>Values: for {@link Dimension#CHANNEL}, {@link Dimension#PRIORITY} and {@link Dimension#TIER} the constant's name
 * (the factories accept any case and surrounding white space and keep the name); for the other dimensions any
 * non-blank text, kept verbatim, {@code '|'} included, with {@link Dimension#ABSENT} for an interaction without that
 * field.
 *
 * <p>Natural order (consistent with {@code equals}): the whole first; then by number of dimensions; then by the
 * dimensions in declaration order of {@link Dimension} position by position; then by values position by position,
 * enum-valued dimensions in declaration order of their constants (VOICE before EMAIL, LOW before URGENT), text in
 * {@link String#compareTo} order with {@link Dimension#ABSENT} first.
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class SegmentKey implements Comparable<SegmentKey>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final SegmentKey ALL = new SegmentKey(Segmentation.WHOLE, "", "", null);

  private final Segmentation segmentation;
  /** The first value; unused ({@code ""}) for the whole. */
  private final String v0;
  /** The second value; unused ({@code ""}) for fewer than two dimensions. */
  private final String v1;
  /** The third value on; null for fewer than three dimensions. */
  private final String @Nullable [] more;
  private final int hash;
  private transient @Nullable String label;

  /** Trusts its caller: the values are canonical and there is one per dimension. */
  SegmentKey(Segmentation segmentation, String v0, String v1, String @Nullable [] more) {
    this.segmentation = segmentation;
    this.v0 = v0;
    this.v1 = v1;
    this.more = more;
    int h = segmentation.hashCode();
    int size = segmentation.size();
    for (int i = 0; i < size; i++) {
      h = 31 * h + value(i).hashCode();
    }
    this.hash = h;
  }

  /**
   * Returns the whole: the one segment of {@link Segmentation#whole()}, labelled {@code "*"}, first in the natural
   * order.
   *
   * @return the key of the whole
   */
  public static SegmentKey all() {
    return ALL;
  }

  /**
   * Returns the key of one dimension's value.
   *
   * <pre>{@code
   * SegmentKey.of(Dimension.PRIORITY, "urgent");  // URGENT
   * }</pre>
   *
   * @param dimension the dimension
   * @param value the value, see the class description
   * @return the key
   * @throws IllegalArgumentException when the value is blank or, for an enum-valued dimension, names no constant
   */
  public static SegmentKey of(Dimension dimension, String value) {
    requireNonNull(dimension, "dimension");
    requireNonNull(value, "value");
    return Segmentation.of(dimension).key(List.of(value));
  }

  /**
   * Returns the key with these dimensions, in this order, and values.
   *
   * @param dimensions the dimensions, each at most once; empty for the whole
   * @param values one value per dimension, see the class description
   * @return the key
   * @throws IllegalArgumentException naming the offending input when a dimension is repeated, the counts differ, a
   *     value is blank or, for an enum-valued dimension, names no constant
   */
  public static SegmentKey of(List<Dimension> dimensions, List<String> values) {
    requireNonNull(values, "values");
    return Segmentation.of(dimensions).key(values);
  }

  /**
   * Returns the key with these values, its dimensions in {@link Dimension}'s declaration order (channel, category,
   * language, priority, vendor, agent, tier) whatever the map's iteration order; for another order use
   * {@link #of(List, List)}.
   *
   * <pre>{@code
   * SegmentKey.of(Map.of(Dimension.CATEGORY, "billing", Dimension.CHANNEL, "EMAIL"));  // EMAIL|billing
   * }</pre>
   *
   * @param values the value of each dimension; empty for the whole
   * @return the key
   * @throws IllegalArgumentException when a value is blank or, for an enum-valued dimension, names no constant
   */
  public static SegmentKey of(Map<Dimension, String> values) {
    EnumMap<Dimension, String> ordered = new EnumMap<>(Dimension.class);
    ordered.putAll(values);
    return of(new ArrayList<>(ordered.keySet()), new ArrayList<>(ordered.values()));
  }

  /**
   * Returns the segmentation this key belongs to.
   *
   * @return the dimensions, as a segmentation
   */
  public Segmentation segmentation() {
    return segmentation;
  }

  /**
   * Returns the dimensions, in order.
   *
   * @return the dimensions; empty for the whole
   */
  public List<Dimension> dimensions() {
    return segmentation.dimensions();
  }

  /**
   * Returns the values, one per dimension, in order.
   *
   * @return the values; empty for the whole
   */
  public List<String> values() {
    int size = segmentation.size();
    ImmutableList.Builder<String> values = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      values.add(value(i));
    }
    return values.build();
  }

  /**
   * Returns the value of a dimension.
   *
   * @param dimension the dimension
   * @return the value, or empty when the dimension is not one of this key's
   */
  public Optional<String> value(Dimension dimension) {
    int index = segmentation.indexOf(dimension);
    return index < 0 ? Optional.empty() : Optional.of(value(index));
  }

  /**
   * Returns the value at a position.
   *
   * @param index the 0-based position among {@link #dimensions()}
   * @return the value
   * @throws IndexOutOfBoundsException when there is no such position
   */
  public String value(int index) {
    int size = segmentation.size();
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " for a key of " + size + " dimension(s)");
    }
    return index == 0 ? v0 : index == 1 ? v1 : requireNonNull(more)[index - 2];
  }

  /**
   * Returns how many dimensions this key has.
   *
   * @return the number of dimensions; 0 for the whole
   */
  public int size() {
    return segmentation.size();
  }

  /**
   * Returns whether this is the whole, {@link #all()}.
   *
   * @return whether this key has no dimension
   */
  public boolean isAll() {
    return segmentation.isWhole();
  }

  /**
   * Returns the label that names this segment in output, e.g. the scorecard's JSON keys (SPEC §7): {@code "*"} for
   * the whole, else the values joined with {@code '|'}, e.g. {@code "CHAT|billing"}. So that distinct keys of a
   * segmentation always have distinct labels, a {@code '\'} or {@code '|'} inside a value is preceded by a
   * {@code '\'}, as is a lone value {@code "*"}; {@link Segmentation#parseKey(String)} reads a label back.
   *
   * @return the label
   */
  public String label() {
    String l = label;
    if (l == null) {
      l = computeLabel();
      label = l;
    }
    return l;
  }

  private String computeLabel() {
    int size = segmentation.size();
    if (size == 0) {
      return "*";
    }
    if (size == 1 && v0.equals("*")) {
      return "\\*";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append('|');
      }
      String value = value(i);
      for (int c = 0; c < value.length(); c++) {
        char ch = value.charAt(c);
        if (ch == '|' || ch == '\\') {
          out.append('\\');
        }
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * Compares by the natural order described on the class.
   *
   * @param other the key to compare with
   * @return negative, zero or positive as this key is before, equal to or after the other
   */
  @Override
  public int compareTo(SegmentKey other) {
    if (this == other) {
      return 0;
    }
    int size = segmentation.size();
    int c = Integer.compare(size, other.segmentation.size());
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < size; i++) {
      c = Integer.compare(segmentation.dimension(i).ordinal(), other.segmentation.dimension(i).ordinal());
      if (c != 0) {
        return c;
      }
    }
    for (int i = 0; i < size; i++) {
      c = segmentation.dimension(i).compareValues(value(i), other.value(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * Returns whether the other object is a key with the same dimensions in the same order and the same values.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof SegmentKey that
        && hash == that.hash
        && v0.equals(that.v0)
        && v1.equals(that.v1)
        && Arrays.equals(more, that.more)
        && segmentation.equals(that.segmentation);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}, computed once.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns each dimension's id and value, e.g. {@code "channel=CHAT|category=billing"}, or {@code "*"} for the
   * whole; values are not escaped (use {@link #label()} for output).
   *
   * @return the text form
   */
  @Override
  public String toString() {
    int size = segmentation.size();
    if (size == 0) {
      return "*";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append('|');
      }
      out.append(segmentation.dimension(i).id()).append('=').append(value(i));
    }
    return out.toString();
  }

  private Object writeReplace() {
    return new Serialized(segmentation, values().toArray(new String[0]));
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a SegmentKey is read through its serialized form");
  }

  /** The serialized form: the segmentation and the values, checked again when read. */
  private static final class Serialized implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Segmentation segmentation;
    private final String[] values;

    Serialized(Segmentation segmentation, String[] values) {
      this.segmentation = segmentation;
      this.values = values;
    }

    private Object readResolve() {
      return segmentation.key(Arrays.asList(values));
    }
  }
}
