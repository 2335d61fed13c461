package io.github.bpokit.core.segment;

import io.github.bpokit.core.internal.Enums;

import java.util.Locale;

/**
 * A dimension interactions can be segmented by (SPEC §4): KPIs are reported for the whole and per value of any
 * combination of dimensions.
 *
 * <pre>{@code
 * Dimension d = Dimension.parse("channel"); // CHANNEL, whose id() is "channel"
 * }</pre>
 */
public enum Dimension {
  /** The interaction's channel. */
  CHANNEL,
  /** The interaction's category. */
  CATEGORY,
  /** The interaction's language tag. */
  LANGUAGE,
  /** The interaction's priority. */
  PRIORITY,
  /** Who handled it: {@code inhouse} or a partner. */
  VENDOR,
  /** The agent who handled it. */
  AGENT,
  /** The support tier. */
  TIER;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** Returns the identifier used on the command line and in CSV and JSON output, e.g. {@code "channel"}. */
  public String id() {
    return id;
  }

  /**
   * Parses a dimension by its id, ignoring case and surrounding white space.
   *
   * @param text the id, e.g. {@code "vendor"}
   * @return the dimension
   * @throws IllegalArgumentException naming the text and the accepted ids when it is not a dimension
   */
  public static Dimension parse(String text) {
    return Enums.parse(Dimension.class, text);
  }
}
