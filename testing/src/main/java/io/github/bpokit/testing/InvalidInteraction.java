package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Problem;
import io.github.bpokit.core.model.ValidationException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An interaction field set that breaks exactly one rule of SPEC §1.1, with the problem validation must report.
 * Made by {@link Generators#invalidInteractions()} from a valid interaction ({@link #valid()}) changed as little as
 * the rule needs.
 *
 * <pre>{@code
 * InvalidInteraction bad = Generators.invalidInteractions().next(42);
 * ValidationException e = assertThrows(ValidationException.class, () -> bad.builder().build());
 * assertEquals(List.of(bad.problem()), e.problems());
 * assertEquals(bad.expectedMessage(), e.getMessage());
 * // the same field set as a CSV row (every rule but BLANK_TEXT has one)
 * bad.csvCells().ifPresent(cells -> csv.append(InteractionCsv.writer().row(cells)));
 * }</pre>
 */
public final class InvalidInteraction {
  private final InteractionRule rule;
  private final Problem problem;
  private final Interaction valid;
  private final Consumer<Interaction.Builder> change;
  private final @Nullable Map<String, String> csvCells;
  private final String subject;

  InvalidInteraction(InteractionRule rule, Problem problem, Interaction valid, Consumer<Interaction.Builder> change,
      @Nullable Map<String, String> csvCells) {
    this.rule = requireNonNull(rule, "rule");
    this.problem = problem;
    this.valid = valid;
    this.change = change;
    this.csvCells = csvCells == null ? null : Collections.unmodifiableMap(csvCells);
    // validation names an interaction by its id, unless the id is what is missing or blank
    this.subject = "interaction " + (problem.field().equals("interaction_id") ? "(no interaction_id)"
        : valid.interactionId());
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public InteractionRule rule() {
    return rule;
  }

  /**
   * Returns the one problem validation must report: the field, the value as text and the message.
   *
   * @return e.g. {@code csat '6': must be between 1 and 5}
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the message of the {@link ValidationException} that {@code builder().build()} must throw.
   *
   * @return e.g. {@code interaction i-7: csat '6': must be between 1 and 5}
   */
  public String expectedMessage() {
    return new ValidationException(subject, List.of(problem)).getMessage();
  }

  /**
   * Returns the valid interaction this one was made from.
   *
   * @return the interaction before the change
   */
  public Interaction valid() {
    return valid;
  }

  /**
   * Returns a fresh builder holding the invalid field set: its {@code build()} throws a {@link ValidationException}
   * with exactly {@link #problem()}.
   *
   * @return a new builder
   */
  public Interaction.Builder builder() {
    Interaction.Builder builder = Interaction.builder().from(valid);
    change.accept(builder);
    return builder;
  }

  /**
   * Returns the field set as CSV cells (column name to text, as {@link InteractionCsv#cells} writes them), whose row
   * a SPEC §1.1 reader must reject with {@link #problem()}.
   *
   * @return the cells, unmodifiable; empty for {@link InteractionRule#BLANK_TEXT}, which a CSV cell cannot express
   */
  public Optional<Map<String, String>> csvCells() {
    return Optional.ofNullable(csvCells);
  }

  /**
   * Returns e.g. {@code SCORE_OUT_OF_RANGE: csat '6': must be between 1 and 5}.
   *
   * @return the rule and the problem
   */
  @Override
  public String toString() {
    return rule + ": " + problem;
  }
}
