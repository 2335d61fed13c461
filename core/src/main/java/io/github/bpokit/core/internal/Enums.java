package io.github.bpokit.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Case-insensitive parsing shared by bpokit's enums, with a message that lists the accepted values. */
public final class Enums {
  private Enums() {}

  /**
   * Parses an enum constant by name, ignoring case and surrounding white space.
   *
   * @param type the enum type
   * @param text the name
   * @param <E> the enum type
   * @return the constant
   * @throws IllegalArgumentException naming the text and every accepted name
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "unknown " + type.getSimpleName() + " '" + text + "', expected one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
