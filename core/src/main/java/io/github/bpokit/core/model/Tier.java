package io.github.bpokit.core.model;

import io.github.bpokit.core.internal.Enums;

/**
 * The support tier that handled an interaction (SPEC §1.1, column {@code tier}; default {@link #L1}).
 *
 * <pre>{@code
 * Tier value = Tier.parse("l1");
 * }</pre>
 */
public enum Tier {
  /** First line, the default. */
  L1,
  /** Second line. */
  L2,
  /** Third line (specialists, engineering). */
  L3;

  /**
   * Parses a name, ignoring case and surrounding white space.
   *
   * @param text the name
   * @return the constant
   * @throws IllegalArgumentException naming the text and the accepted values when it is not one of them
   */
  public static Tier parse(String text) {
    return Enums.parse(Tier.class, text);
  }
}
