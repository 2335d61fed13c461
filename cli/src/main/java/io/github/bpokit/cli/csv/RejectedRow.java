package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A data row that failed validation: where it was, what it held and every reason it was refused.
 *
 * @param line the 1-based line the row starts on (line 1 is the header)
 * @param header the header of the file, as read (names trimmed), for writing rejects next to their columns
 * @param cells the row's cells exactly as read, possibly more or fewer than the header has
 * @param problems every reason, in column order; never empty
 */
public record RejectedRow(long line, List<String> header, List<String> cells, List<Problem> problems) {

  /** Copies the lists and checks that there is at least one problem. */
  public RejectedRow {
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
    header = List.copyOf(header);
    cells = List.copyOf(cells);
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected row needs at least one problem");
    }
  }

  /** Returns every reason as text, e.g. {@code csat '9': must be between 1 and 5}; see {@link #reason(Problem)}. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      reasons.add(reason(problem));
    }
    return reasons;
  }

  /** Returns {@code line N: reason; reason; ...}, the form the {@code bpokit} command prints. */
  public String describe() {
    return describe(line, problems);
  }

  static String describe(long line, List<Problem> problems) {
    StringBuilder text = new StringBuilder("line ").append(line).append(": ");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        text.append("; ");
      }
      text.append(reason(problems.get(i)));
    }
    return text.toString();
  }

  /**
   * Formats one problem: {@code field 'value': message}, or {@code field: message} when there is no value (a missing
   * field), or only the message when the problem concerns the whole row (a wrong number of cells).
   *
   * @param problem the problem
   * @return the text
   */
  public static String reason(Problem problem) {
    requireNonNull(problem, "problem");
    if (problem.field().isEmpty()) {
      return problem.message();
    }
    if (problem.value().isEmpty()) {
      return problem.field() + ": " + problem.message();
    }
    return problem.field() + " '" + problem.value() + "': " + problem.message();
  }
}
