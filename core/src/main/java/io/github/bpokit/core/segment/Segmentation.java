package io.github.bpokit.core.segment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How interactions are sliced: an ordered set of {@link Dimension}s, each at most once. The whole, with no dimension,
 * has one segment, {@link SegmentKey#all()}. {@link #keyOf(Interaction)} names the segment an interaction falls in;
 * it is meant for the KPI hot path (no lookup, one small allocation for up to two dimensions).
 *
 * <p>The order matters: by {@code channel,category} gives keys labelled {@code "CHAT|billing"}, by
 * {@code category,channel} gives {@code "billing|CHAT"}. Its text form, {@link #toString()}, is the command line's
 * {@code --by} value, read back by {@link #parse(String)}.
 *
 * <pre>{@code
 * Segmentation by = Segmentation.parse("channel,category");
 * SegmentKey key = by.keyOf(interaction);        // CHAT|billing
 * Map<SegmentKey, Long> counts = interactions.stream()
 *     .collect(Collectors.groupingBy(by::keyOf, TreeMap::new, Collectors.counting()));
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class Segmentation implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Dimension[] DIMENSIONS = Dimension.values();

  static final Segmentation WHOLE = new Segmentation(new Dimension[0]);

  private final Dimension[] dimensions;
  private final ImmutableList<Dimension> list;
  /** For each dimension's ordinal, its index here, or -1. */
  private final byte[] indexes;
  private final int hash;
  private final @Nullable Dimension first;
  private final @Nullable Dimension second;

  private Segmentation(Dimension[] dimensions) {
    this.dimensions = dimensions;
    this.list = ImmutableList.copyOf(dimensions);
    this.indexes = new byte[DIMENSIONS.length];
    Arrays.fill(indexes, (byte) -1);
    for (int i = 0; i < dimensions.length; i++) {
      indexes[dimensions[i].ordinal()] = (byte) i;
    }
    this.hash = Arrays.hashCode(dimensions);
    this.first = dimensions.length > 0 ? dimensions[0] : null;
    this.second = dimensions.length > 1 ? dimensions[1] : null;
  }

  /**
   * Returns the whole: no dimension, one segment, {@link SegmentKey#all()}.
   *
   * @return the segmentation with no dimension
   */
  public static Segmentation whole() {
    return WHOLE;
  }

  /**
   * Returns the segmentation by these dimensions, in this order.
   *
   * <pre>{@code
   * Segmentation.of(Dimension.CHANNEL, Dimension.PRIORITY);  // channel,priority
   * }</pre>
   *
   * @param dimensions the dimensions, each at most once; none for the whole
   * @return the segmentation
   * @throws IllegalArgumentException naming a repeated dimension
   */
  public static Segmentation of(Dimension... dimensions) {
    return of(Arrays.asList(dimensions));
  }

  /**
   * Returns the segmentation by these dimensions, in this order.
   *
   * @param dimensions the dimensions, each at most once; empty for the whole
   * @return the segmentation
   * @throws IllegalArgumentException naming a repeated dimension
   */
  public static Segmentation of(List<Dimension> dimensions) {
    Dimension[] array = dimensions.toArray(new Dimension[0]);
    if (array.length == 0) {
      return WHOLE;
    }
    boolean[] seen = new boolean[DIMENSIONS.length];
    for (Dimension d : array) {
      requireNonNull(d, "dimension");
      if (seen[d.ordinal()]) {
        throw new IllegalArgumentException("dimension " + d.id() + " repeated in " + ids(Arrays.asList(array)));
      }
      seen[d.ordinal()] = true;
    }
    return new Segmentation(array);
  }

  /**
   * Parses the command line's {@code --by} value: dimension ids separated by commas, case-insensitive, white space
   * around each id ignored; {@code "*"} for the whole. The inverse of {@link #toString()}.
   *
   * <pre>{@code
   * Segmentation.parse("channel, Category");  // channel,category
   * Segmentation.parse("*");                  // the whole
   * Segmentation.parse("channel,queue");      // IllegalArgumentException: unknown dimension 'queue' in ...
   * }</pre>
   *
   * @param text the ids, e.g. {@code "channel,category"}
   * @return the segmentation
   * @throws IllegalArgumentException naming the text and the offending id when one is unknown, empty or repeated,
   *     or when the text is blank
   */
  public static Segmentation parse(String text) {
    if (text.strip().equals("*")) {
      return WHOLE;
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("no dimension in '" + text + "' (use '*' for the whole), expected ids "
          + "among " + Dimension.ids() + " separated by commas");
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String id = item.strip();
      if (id.isEmpty()) {
        throw new IllegalArgumentException("empty dimension in '" + text + "', expected ids among "
            + Dimension.ids() + " separated by commas");
      }
      Dimension d = byId(id);
      if (d == null) {
        throw new IllegalArgumentException("unknown dimension '" + id + "' in '" + text + "', expected one of "
            + Dimension.ids());
      }
      if (dimensions.contains(d)) {
        throw new IllegalArgumentException("dimension '" + id + "' repeated in '" + text + "'");
      }
      dimensions.add(d);
    }
    return of(dimensions);
  }

  private static @Nullable Dimension byId(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    for (Dimension d : DIMENSIONS) {
      if (d.id().equals(lower)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Returns the dimensions, in order.
   *
   * @return the dimensions; empty for the whole
   */
  public List<Dimension> dimensions() {
    return list;
  }

  /**
   * Returns how many dimensions there are.
   *
   * @return the number of dimensions; 0 for the whole
   */
  public int size() {
    return dimensions.length;
  }

  /**
   * Returns whether this is the whole, with no dimension.
   *
   * @return whether there is no dimension
   */
  public boolean isWhole() {
    return dimensions.length == 0;
  }

  /**
   * Returns the position of a dimension here.
   *
   * @param dimension the dimension
   * @return its 0-based index, or -1 when this segmentation does not use it
   */
  public int indexOf(Dimension dimension) {
    return indexes[dimension.ordinal()];
  }

  /**
   * Returns the key of the segment an interaction falls in: its value of each dimension, see
   * {@link Dimension#valueIn(Interaction)}. For the whole, always {@link SegmentKey#all()}.
   *
   * <pre>{@code
   * Segmentation.parse("channel,vendor").keyOf(interaction).label();  // "EMAIL|(none)"
   * }</pre>
   *
   * @param interaction the interaction
   * @return the key; a new object, except for the whole
   */
  public SegmentKey keyOf(Interaction interaction) {
    requireNonNull(interaction, "interaction");
    return keyOf(interaction, Dimension::valueIn);
  }

  /**
   * Returns the key of the segment a valid record falls in, as {@link #keyOf(Interaction)} for the interaction it
   * holds; see {@link Dimension#valueIn(InteractionRecord)}.
   *
   * <pre>{@code
   * Segmentation.parse("channel").keyOf(new InteractionRecord().channel(Channel.CHAT)).label();  // "CHAT"
   * }</pre>
   *
   * @param record the record; each dimension's field must be set, unless it is optional
   * @return the key; a new object, except for the whole
   * @throws NullPointerException when a dimension's field is required and unset
   */
  public SegmentKey keyOf(InteractionRecord record) {
    requireNonNull(record, "record");
    return keyOf(record, Dimension::valueIn);
  }

  private <T> SegmentKey keyOf(T source, BiFunction<Dimension, T, String> valueOf) {
    Dimension a = first;
    if (a == null) {
      return SegmentKey.all();
    }
    Dimension b = second;
    if (b == null) {
      return new SegmentKey(this, valueOf.apply(a, source), "", null);
    }
    String[] more = null;
    if (dimensions.length > 2) {
      more = new String[dimensions.length - 2];
      for (int i = 0; i < more.length; i++) {
        more[i] = valueOf.apply(dimensions[i + 2], source);
      }
    }
    return new SegmentKey(this, valueOf.apply(a, source), valueOf.apply(b, source), more);
  }

  /**
   * Returns the key with these values, one per dimension in order; the same as
   * {@link SegmentKey#of(List, List) SegmentKey.of(dimensions(), values)}.
   *
   * <pre>{@code
   * Segmentation.parse("channel,tier").key(List.of("chat", "L2"));  // CHAT|L2
   * }</pre>
   *
   * @param values the values; see {@link SegmentKey#of(List, List)} for what is accepted
   * @return the key
   * @throws IllegalArgumentException when the count differs from the number of dimensions or a value is not valid
   *     for its dimension, naming it
   */
  public SegmentKey key(List<String> values) {
    if (values.size() != dimensions.length) {
      throw new IllegalArgumentException(dimensions.length + " dimension(s) " + ids(list) + " but "
          + values.size() + " value(s) " + values);
    }
    if (dimensions.length == 0) {
      return SegmentKey.all();
    }
    String[] canonical = new String[dimensions.length];
    for (int i = 0; i < canonical.length; i++) {
      canonical[i] = dimensions[i].canonical(requireNonNull(values.get(i), "value"));
    }
    String[] more = canonical.length > 2 ? Arrays.copyOfRange(canonical, 2, canonical.length) : null;
    return new SegmentKey(this, canonical[0], canonical.length > 1 ? canonical[1] : "", more);
  }

  /**
   * Reads back a key from its {@linkplain SegmentKey#label() label}: {@code "*"} for the whole, else the values
   * separated by {@code '|'}, with the escapes the label uses undone.
   *
   * <pre>{@code
   * Segmentation.parse("channel,category").parseKey("CHAT|billing");
   * }</pre>
   *
   * @param label the label, e.g. {@code "CHAT|billing"}
   * @return the key, equal to the one whose label it is
   * @throws IllegalArgumentException when the label does not have one value per dimension or a value is not valid
   *     for its dimension, naming it
   */
  public SegmentKey parseKey(String label) {
    if (dimensions.length == 0) {
      if (!label.equals("*")) {
        throw new IllegalArgumentException("the whole has the one label '*', got '" + label + "'");
      }
      return SegmentKey.all();
    }
    List<String> values = new ArrayList<>(dimensions.length);
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '\\' && i + 1 < label.length()) {
        value.append(label.charAt(++i));
      } else if (c == '|') {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    values.add(value.toString());
    if (values.size() != dimensions.length) {
      throw new IllegalArgumentException("label '" + label + "' has " + values.size() + " value(s), expected "
          + dimensions.length + " for " + this);
    }
    return key(values);
  }

  static String ids(List<Dimension> dimensions) {
    return dimensions.stream().map(Dimension::id).collect(Collectors.joining(", ", "[", "]"));
  }

  Dimension dimension(int index) {
    return dimensions[index];
  }

  /**
   * Returns whether the other object is a segmentation by the same dimensions in the same order.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || other instanceof Segmentation that && hash == that.hash && Arrays.equals(dimensions, that.dimensions);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the dimension ids separated by commas, e.g. {@code "channel,category"}, or {@code "*"} for the whole: the
   * command line's {@code --by} value, which {@link #parse(String)} reads back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return dimensions.length == 0
        ? "*"
        : list.stream().map(Dimension::id).collect(Collectors.joining(","));
  }

  private Object writeReplace() {
    return new Serialized(dimensions.clone());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Segmentation is read through its serialized form");
  }

  /** The serialized form: the dimensions, checked again when read. */
  private static final class Serialized implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Dimension[] dimensions;

    Serialized(Dimension[] dimensions) {
      this.dimensions = dimensions;
    }

    private Object readResolve() {
      return of(dimensions);
    }
  }
}
