package io.github.bpokit.core.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One validation problem: the field (its CSV column name), the offending value as text, and what is wrong with it.
 *
 * <pre>{@code
 * Problem p = Problem.of("csat", "7", "must be between 1 and 5");
 * p.toString(); // csat '7': must be between 1 and 5
 * }</pre>
 *
 * @param field the field's CSV column name, e.g. {@code "answered_at"}
 * @param value the offending value as text; empty when the field is missing
 * @param message what is wrong, e.g. {@code "must not be before created_at 2026-10-01T09:00:00Z"}
 */
public record Problem(String field, String value, String message) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a problem.
   *
   * @param field the field's CSV column name
   * @param value the offending value as text; empty when the field is missing
   * @param message what is wrong
   */
  public Problem {
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(message, "message");
  }

  /**
   * Creates a problem.
   *
   * @param field the field's CSV column name
   * @param value the offending value as text
   * @param message what is wrong
   * @return the problem
   */
  public static Problem of(String field, String value, String message) {
    return new Problem(field, value, message);
  }

  /**
   * A missing required field.
   *
   * @param field the field's CSV column name
   * @return the problem {@code "<field> '': missing required field"}
   */
  public static Problem missing(String field) {
    return new Problem(field, "", "missing required field");
  }

  /** Returns {@code field 'value': message}. */
  @Override
  public String toString() {
    return field + " '" + value + "': " + message;
  }
}
