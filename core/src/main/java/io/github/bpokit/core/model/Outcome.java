package io.github.bpokit.core.model;

import io.github.bpokit.core.internal.Enums;

/**
 * How an interaction ended (SPEC §1.1, column {@code outcome}).
 *
 * <pre>{@code
 * Outcome value = Outcome.parse("resolved");
 * }</pre>
 */
public enum Outcome {
  /** The customer's need was met. */
  RESOLVED,
  /** Handed to a higher tier or another team. */
  ESCALATED,
  /** Transferred to another queue or agent. */
  TRANSFERRED,
  /** Ended without meeting the need. */
  UNRESOLVED,
  /** The customer left before being answered. */
  ABANDONED,
  /** A bot met the need without a person. */
  BOT_CONTAINED;

  /**
   * Parses a name, ignoring case and surrounding white space.
   *
   * @param text the name
   * @return the constant
   * @throws IllegalArgumentException naming the text and the accepted values when it is not one of them
   */
  public static Outcome parse(String text) {
    return Enums.parse(Outcome.class, text);
  }
}
