package io.github.bpokit.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an interaction (or a row describing one) breaks the rules of SPEC §1.1. It carries every problem found,
 * not only the first, each naming the field and the value.
 *
 * <pre>{@code
 * try {
 *   Interaction.builder()...build();
 * } catch (ValidationException e) {
 *   for (Problem p : e.problems()) {
 *     System.err.println(p.field() + ": " + p.message());
 *   }
 * }
 * }</pre>
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was validated, e.g. {@code "interaction i-42"}
   * @param problems every problem found; at least one
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public ValidationException(String subject, List<Problem> problems) {
    super(message(subject, problems));
    this.subject = subject;
    this.problems = List.copyOf(problems);
  }

  private static String message(String subject, List<Problem> problems) {
    requireNonNull(subject, "subject");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    return subject + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  /** Returns what was validated, e.g. {@code "interaction i-42"}. */
  public String subject() {
    return subject;
  }

  /** Returns every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }
}
