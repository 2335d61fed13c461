package io.github.bpokit.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Durations as people type them on a command line or in a file: ISO-8601 ({@code PT4H}, {@code P7D},
 * {@code PT1H30M}) or days, hours, minutes and seconds in that order ({@code 7d}, {@code 4h}, {@code 90m},
 * {@code 1h30m}, {@code 45s}), case-insensitive.
 */
final class Durations {
  private static final char[] UNITS = {'d', 'h', 'm', 's'};

  private Durations() {}

  /** The duration the text names, or empty when it names none. */
  static Optional<Duration> parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("p") || s.startsWith("-p")) {
      try {
        return Optional.of(Duration.parse(s.toUpperCase(Locale.ROOT)));
      } catch (DateTimeParseException | ArithmeticException e) {
        return Optional.empty();
      }
    }
    Duration total = Duration.ZERO;
    int i = 0;
    int unit = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start || i == s.length() || i - start > 9) {
        return Optional.empty();
      }
      int k = unit;
      while (k < UNITS.length && UNITS[k] != s.charAt(i)) {
        k++;
      }
      if (k == UNITS.length) {
        return Optional.empty(); // an unknown unit, or units out of order
      }
      long n = Long.parseLong(s.substring(start, i));
      total = total.plus(switch (k) {
        case 0 -> Duration.ofDays(n);
        case 1 -> Duration.ofHours(n);
        case 2 -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      });
      unit = k + 1;
      i++;
    }
    return unit == 0 ? Optional.empty() : Optional.of(total);
  }

  /**
   * The duration a command-line option names.
   *
   * @throws IllegalArgumentException naming the option and the text when it names no duration
   */
  static Duration option(String option, String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException(
        option + " '" + text + "': expected a duration such as 180s, 30m, 1h30m, 7d or ISO-8601 PT3M"));
  }
}
