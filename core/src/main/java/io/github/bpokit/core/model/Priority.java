package io.github.bpokit.core.model;

import io.github.bpokit.core.internal.Enums;

/**
 * The priority of an interaction (SPEC §1.1, column {@code priority}; default {@link #NORMAL}).
 *
 * <pre>{@code
 * Priority value = Priority.parse("low");
 * }</pre>
 */
public enum Priority {
  /** Low priority. */
  LOW,
  /** Normal priority, the default. */
  NORMAL,
  /** High priority. */
  HIGH,
  /** Urgent. */
  URGENT;

  /**
   * Parses a name, ignoring case and surrounding white space.
   *
   * @param text the name
   * @return the constant
   * @throws IllegalArgumentException naming the text and the accepted values when it is not one of them
   */
  public static Priority parse(String text) {
    return Enums.parse(Priority.class, text);
  }
}
