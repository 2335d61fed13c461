package io.github.bpokit.core.time;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when the text form of a {@link BusinessCalendar} cannot be parsed. It carries the text and the zero-based
 * index of the character where the problem was found; the message names the problem, the index and the text.
 *
 * <pre>{@code
 * try {
 *   BusinessCalendar.parse("Mon-Fry 09:00-17:00");
 * } catch (BusinessCalendarParseException e) {
 *   e.index();      // 4
 *   e.getMessage(); // unknown day 'Fry', expected Mon, Tue, ... at index 4 in "Mon-Fry 09:00-17:00"
 * }
 * }</pre>
 */
public final class BusinessCalendarParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int index;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, e.g. {@code unknown day 'Fry'}
   * @param text the whole text that was parsed
   * @param index the zero-based index in {@code text} where the problem was found
   */
  public BusinessCalendarParseException(String problem, String text, int index) {
    super(requireNonNull(problem, "problem") + " at index " + index + " in \"" + requireNonNull(text, "text") + "\"");
    this.text = text;
    this.index = index;
  }

  /**
   * Returns the text that could not be parsed.
   *
   * @return the whole text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the zero-based index in {@link #text()} where the problem was found.
   *
   * @return the index, between 0 and the text's length
   */
  public int index() {
    return index;
  }
}
