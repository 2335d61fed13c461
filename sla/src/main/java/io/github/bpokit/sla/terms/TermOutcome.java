package io.github.bpokit.sla.terms;

/**
 * The outcome of a service level term in one period, best first: {@link #BONUS}, {@link #BASE},
 * {@link #REMEDIATION}, {@link #PENALTY}; {@link #NOT_MEASURABLE} when the sample is below the term's minimum or the
 * KPI has no value.
 *
 *
 * <pre>{@code
 * TermOutcome.REMEDIATION.isAtOrWorseThan(TermOutcome.BASE);   // true: used by triggers
 * }</pre>
 */
public enum TermOutcome {
  /** Better than target: a bonus may be earned. */
  BONUS,
  /** On target: no adjustment. */
  BASE,
  /** Below target: a remediation plan is due; usually no money. */
  REMEDIATION,
  /** Well below target: a service credit. */
  PENALTY,
  /** Too few observations (or none) to judge: no credit, no bonus, never counted by a trigger. */
  NOT_MEASURABLE;

  /**
   * Returns whether this outcome is measurable and at or worse than the other, e.g. PENALTY is at or worse than
   * REMEDIATION; NOT_MEASURABLE is never at or worse than anything.
   *
   * @param other a measurable outcome
   * @return whether this outcome counts as "at or worse than" {@code other}
   * @throws IllegalArgumentException when {@code other} is NOT_MEASURABLE
   */
  public boolean isAtOrWorseThan(TermOutcome other) {
    if (other == NOT_MEASURABLE) {
      throw new IllegalArgumentException("cannot compare with NOT_MEASURABLE: it is not an outcome on the scale");
    }
    return this != NOT_MEASURABLE && compareTo(other) >= 0;
  }

  /**
   * Returns whether the term met its target: BONUS or BASE. This is "compliant" for earn-back.
   *
   * @return whether compliant
   */
  public boolean isCompliant() {
    return this == BONUS || this == BASE;
  }

  /**
   * Parses a name, case-insensitively: {@code "bonus"}, {@code "not_measurable"}.
   *
   * @param text the name
   * @return the outcome
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static TermOutcome parse(String text) {
    for (TermOutcome o : values()) {
      if (o.name().equalsIgnoreCase(text.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown outcome '" + text + "': expected bonus, base, remediation, penalty or not_measurable");
  }
}
