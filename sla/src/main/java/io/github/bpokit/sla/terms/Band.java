package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;

/**
 * One row of a term's band table: a range of KPI values (explicit about inclusion at each edge), the outcome and the
 * money rule.
 *
 * <pre>{@code
 * Band bonus = new Band(Range.atLeast(0.88), TermOutcome.BONUS, Adjustment.sliding("0.88", "0.05", "0.95", "0.10"));
 * csatTerm.bandOf(0.88);   // the band holding exactly 0.88: BONUS here, as [0.82, 0.88) excludes it
 * }</pre>
 *
 * @param range the KPI values of this band, e.g. {@code Range.closedOpen(0.82, 0.88)}; not empty
 * @param outcome the outcome, not NOT_MEASURABLE
 * @param adjustment the money rule
 */
public record Band(Range<Double> range, TermOutcome outcome, Adjustment adjustment) {
  /**
   * Validates the band.
   *
   * @throws IllegalArgumentException naming the range when it is empty, or when the outcome is NOT_MEASURABLE
   */
  public Band {
    requireNonNull(range, "range");
    requireNonNull(outcome, "outcome");
    requireNonNull(adjustment, "adjustment");
    if (range.isEmpty()) {
      throw new IllegalArgumentException("band " + range + " is empty: no KPI value can fall in it");
    }
    if (outcome == TermOutcome.NOT_MEASURABLE) {
      throw new IllegalArgumentException(
          "band " + range + " cannot have the outcome NOT_MEASURABLE: that is for too small samples only");
    }
  }

  @Override
  public String toString() {
    return range + " " + outcome + " (" + adjustment.describe() + ")";
  }
}
