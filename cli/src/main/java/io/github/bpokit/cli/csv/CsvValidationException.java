package io.github.bpokit.cli.csv;

import io.github.bpokit.core.model.Problem;
import io.github.bpokit.core.model.ValidationException;
import java.util.List;

/**
 * An interaction CSV file that cannot be read as valid: a bad header (line 1), text that is not CSV or not UTF-8, or,
 * in strict mode, the first bad data row. It carries the 1-based line number and every problem of that line; its
 * message is {@code line N: reason; reason; ...}.
 */
public class CsvValidationException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line (1 is the header)
   * @param problems every problem of that line; at least one
   */
  public CsvValidationException(long line, List<Problem> problems) {
    super("line " + line, problems);
    this.line = line;
  }

  /** Returns the 1-based line number (1 is the header). */
  public long line() {
    return line;
  }

  /** Returns {@code line N: reason; reason; ...} with the reasons formatted by {@link RejectedRow#reason}. */
  @Override
  public String getMessage() {
    return RejectedRow.describe(line, problems());
  }
}
