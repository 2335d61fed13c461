package io.github.bpokit.core.segment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A dimension interactions can be segmented by (SPEC §4): KPIs are reported for the whole and per value of any
 * combination of dimensions. Each dimension reads one field of an {@link Interaction} as text, see
 * {@link #valueIn(Interaction)}.
 *
 * <pre>{@code
 * Dimension d = Dimension.parse("channel");  // CHANNEL, whose id() is "channel"
 * d.valueIn(interaction);                    // "CHAT"
 * Dimension.VENDOR.valueIn(interaction);     // "acme", or "(none)" when the interaction has no vendor
 * }</pre>
 */
public enum Dimension {
  /** The interaction's channel, by its constant's name, e.g. {@code "CHAT"}. */
  CHANNEL(Channel.class),
  /** The interaction's category, as given (stripped, case-sensitive). */
  CATEGORY(null),
  /** The interaction's language tag as given, or {@link #ABSENT}. */
  LANGUAGE(null),
  /** The interaction's priority, by its constant's name, e.g. {@code "URGENT"}. */
  PRIORITY(Priority.class),
  /** Who handled it, {@code inhouse} or a partner, as given, or {@link #ABSENT}. */
  VENDOR(null),
  /** The agent who handled it, as given, or {@link #ABSENT}. */
  AGENT(null),
  /** The support tier, by its constant's name, e.g. {@code "L2"}. */
  TIER(Tier.class);

  /**
   * The value of an optional dimension ({@link #LANGUAGE}, {@link #VENDOR}, {@link #AGENT}) for an interaction that
   * has none: {@value}. It can be no language tag; a vendor or agent literally named {@value} falls into the same
   * segment as the interactions without one.
   */
  public static final String ABSENT = "(none)";

  private final String id = name().toLowerCase(Locale.ROOT);
  /** For enum-valued dimensions, the constants' names in declaration order; empty for text dimensions. */
  private final ImmutableList<String> names;
  /** For enum-valued dimensions, the rank of each constant's name; empty for text dimensions. */
  private final ImmutableMap<String, Integer> ranks;

  Dimension(@Nullable Class<? extends Enum<?>> type) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
    if (type != null) {
      for (Enum<?> constant : type.getEnumConstants()) {
        names.add(constant.name());
        ranks.put(constant.name(), constant.ordinal());
      }
    }
    this.names = names.build();
    this.ranks = ranks.build();
  }

  /**
   * Returns the identifier used on the command line and in CSV and JSON output, e.g. {@code "channel"}.
   *
   * @return the lower-case id
   */
  public String id() {
    return id;
  }

  /**
   * Returns whether an interaction may lack this dimension's field ({@link #LANGUAGE}, {@link #VENDOR},
   * {@link #AGENT}), in which case its value is {@link #ABSENT}.
   *
   * @return whether the field is optional
   */
  public boolean isOptional() {
    return this == LANGUAGE || this == VENDOR || this == AGENT;
  }

  /**
   * Returns this dimension's value for an interaction: the name of the constant for {@link #CHANNEL},
   * {@link #PRIORITY} and {@link #TIER} (e.g. {@code "CHAT"}, {@code "URGENT"}, {@code "L2"}, defaults included), the
   * text as held by the interaction for the others, and {@link #ABSENT} when an optional field is empty. Allocates
   * nothing: every value is a string the interaction or the enum constant already holds.
   *
   * <pre>{@code
   * Dimension.TIER.valueIn(interaction);  // "L1" when the interaction's tier was left to its default
   * }</pre>
   *
   * @param interaction the interaction
   * @return the value, never blank
   */
  public String valueIn(Interaction interaction) {
    return switch (this) {
      case CHANNEL -> interaction.channel().name();
      case CATEGORY -> interaction.category();
      case LANGUAGE -> interaction.language().orElse(ABSENT);
      case PRIORITY -> interaction.priority().name();
      case VENDOR -> interaction.vendor().orElse(ABSENT);
      case AGENT -> interaction.agentId().orElse(ABSENT);
      case TIER -> interaction.tier().name();
    };
  }

  /**
   * Returns this dimension's value for a record, as {@link #valueIn(Interaction)} for the interaction it holds.
   *
   * <pre>{@code
   * Dimension.VENDOR.valueIn(new InteractionRecord());  // "(none)"
   * }</pre>
   *
   * @param record the record
   * @return the value
   * @throws NullPointerException when this dimension's field is required and unset in the record
   */
  public String valueIn(InteractionRecord record) {
    return switch (this) {
      case CHANNEL -> requireNonNull(record.channel(), "channel").name();
      case CATEGORY -> requireNonNull(record.category(), "category");
      case LANGUAGE -> orAbsent(record.language());
      case PRIORITY -> record.priority().name();
      case VENDOR -> orAbsent(record.vendor());
      case AGENT -> orAbsent(record.agentId());
      case TIER -> record.tier().name();
    };
  }

  private static String orAbsent(@Nullable String value) {
    return value == null ? ABSENT : value;
  }

  /**
   * Parses a dimension by its id, ignoring case and surrounding white space.
   *
   * @param text the id, e.g. {@code "vendor"}
   * @return the dimension
   * @throws IllegalArgumentException naming the text and the accepted ids when it is not a dimension
   */
  public static Dimension parse(String text) {
    String id = text.strip().toLowerCase(Locale.ROOT);
    for (Dimension d : values()) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension '" + text + "', expected one of " + ids());
  }

  /** Returns every id, comma-separated, in declaration order. */
  static String ids() {
    return Arrays.stream(values()).map(Dimension::id).collect(Collectors.joining(", "));
  }

  /**
   * Checks a value given for this dimension and returns it in canonical form: the constant's name for an enum-valued
   * dimension (any case and surrounding white space accepted), the text as given for the others.
   *
   * @throws IllegalArgumentException when the value is blank or names no constant
   */
  String canonical(String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("value for " + id + " must not be blank, got '" + value + "'");
    }
    if (names.isEmpty()) {
      return value;
    }
    String name = value.strip().toUpperCase(Locale.ROOT);
    Integer rank = ranks.get(name);
    if (rank == null) {
      throw new IllegalArgumentException("unknown " + id + " '" + value + "', expected one of "
          + String.join(", ", names));
    }
    return names.get(rank);
  }

  /**
   * Orders two canonical values of this dimension: by declaration order of the constants for enum-valued dimensions
   * (VOICE before EMAIL, LOW before URGENT, L1 before L3); {@link #ABSENT} first and then by {@link String#compareTo}
   * for the others.
   */
  int compareValues(String a, String b) {
    if (!names.isEmpty()) {
      return Integer.compare(rank(a), rank(b));
    }
    boolean absentA = a.equals(ABSENT);
    boolean absentB = b.equals(ABSENT);
    if (absentA || absentB) {
      return absentA == absentB ? 0 : absentA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private int rank(String name) {
    Integer rank = ranks.get(name);
    if (rank == null) {
      throw new IllegalStateException("not a canonical " + id + " value: " + name);
    }
    return rank;
  }
}
