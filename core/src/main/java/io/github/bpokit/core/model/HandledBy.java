package io.github.bpokit.core.model;

import io.github.bpokit.core.internal.Enums;

/**
 * Who handled an interaction (SPEC §1.1, column {@code handled_by}; default {@link #HUMAN}).
 *
 * <pre>{@code
 * HandledBy value = HandledBy.parse("human");
 * }</pre>
 */
public enum HandledBy {
  /** A person only. */
  HUMAN,
  /** A bot only. */
  BOT,
  /** A bot session handed to a person. */
  BOT_TO_HUMAN;

  /**
   * Parses a name, ignoring case and surrounding white space.
   *
   * @param text the name
   * @return the constant
   * @throws IllegalArgumentException naming the text and the accepted values when it is not one of them
   */
  public static HandledBy parse(String text) {
    return Enums.parse(HandledBy.class, text);
  }
}
