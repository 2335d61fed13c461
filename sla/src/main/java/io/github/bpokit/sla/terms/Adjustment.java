package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The money rule of a band, as a signed share of the period's fees: positive is a bonus, negative a service credit.
 * Three kinds:
 *
 * <ul>
 *   <li>{@link #none()}: no money (BASE, REMEDIATION);
 *   <li>{@link #fixed(BigDecimal)}: a fixed share, e.g. {@code -0.05} for a 5% credit;
 *   <li>{@link #sliding(BigDecimal, BigDecimal, BigDecimal, BigDecimal)}: a share sliding linearly between two points
 *       of the KPI, e.g. {@code +0.05} at {@code 0.88} rising to {@code +0.10} at {@code 0.95}; before the first point
 *       the first share holds, beyond the second the second share holds.
 * </ul>
 *
 * <p>All arithmetic is in {@link BigDecimal}. A measured KPI (a {@code double}) enters as
 * {@link BigDecimal#valueOf(double)} (its shortest decimal representation, so {@code 0.9} is exactly 0.9). The sliding
 * interpolation is exact when the quotient terminates and otherwise carried to 34 significant digits
 * ({@link MathContext#DECIMAL128}); the amount is rounded once, to the currency's minor unit, by the evaluation.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Adjustment credit = Adjustment.fixed(new BigDecimal("-0.05"));             // a 5% service credit
 * Adjustment bonus = Adjustment.sliding("0.88", "0.05", "0.95", "0.10");    // +5% at 88% rising to +10% at 95%
 * bonus.shareAt(new BigDecimal("0.915"));                                   // 0.075
 * }</pre>
 */
public final class Adjustment {
  private static final Adjustment NONE = new Adjustment(Kind.NONE, BigDecimal.ZERO, BigDecimal.ZERO, null, null);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The kind of an adjustment. */
  public enum Kind {
    /** No money. */
    NONE,
    /** A fixed share of fees. */
    FIXED,
    /** A share sliding linearly between two KPI values. */
    SLIDING
  }

  private final Kind kind;
  private final BigDecimal share;
  private final BigDecimal toShare;
  private final @Nullable BigDecimal from;
  private final @Nullable BigDecimal to;

  private Adjustment(Kind kind, BigDecimal share, BigDecimal toShare, @Nullable BigDecimal from,
      @Nullable BigDecimal to) {
    this.kind = kind;
    this.share = share;
    this.toShare = toShare;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the adjustment of no money.
   *
   * @return none
   */
  public static Adjustment none() {
    return NONE;
  }

  /**
   * Returns a fixed signed share of fees.
   *
   * @param share e.g. {@code 0.05} for a 5% bonus, {@code -0.05} for a 5% credit; from -1 to 1
   * @return the adjustment
   * @throws IllegalArgumentException naming the share when it is outside [-1, 1]
   */
  public static Adjustment fixed(BigDecimal share) {
    checkShare("share", share);
    return share.signum() == 0 ? NONE : new Adjustment(Kind.FIXED, share, share, null, null);
  }

  /**
   * Returns a share sliding linearly from {@code share} at KPI value {@code from} to {@code toShare} at {@code to}.
   *
   * @param from the KPI value where the first share holds
   * @param share the first signed share, from -1 to 1
   * @param to the KPI value where the second share holds, different from {@code from}
   * @param toShare the second signed share, from -1 to 1
   * @return the adjustment
   * @throws IllegalArgumentException naming the value when a share is outside [-1, 1] or the two points are equal
   */
  public static Adjustment sliding(BigDecimal from, BigDecimal share, BigDecimal to, BigDecimal toShare) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkShare("share", share);
    checkShare("toShare", toShare);
    if (from.compareTo(to) == 0) {
      throw new IllegalArgumentException("a sliding adjustment needs two different KPI values, got " + from.toPlainString()
          + " twice");
    }
    return new Adjustment(Kind.SLIDING, share, toShare, from, to);
  }

  /**
   * Returns the sliding adjustment of {@link #sliding(BigDecimal, BigDecimal, BigDecimal, BigDecimal)} from
   * decimal text, e.g. {@code sliding("0.88", "0.05", "0.95", "0.10")}.
   *
   * @param from the first KPI value
   * @param share the first share
   * @param to the second KPI value
   * @param toShare the second share
   * @return the adjustment
   */
  public static Adjustment sliding(String from, String share, String to, String toShare) {
    return sliding(new BigDecimal(from), new BigDecimal(share), new BigDecimal(to), new BigDecimal(toShare));
  }

  private static void checkShare(String name, BigDecimal share) {
    requireNonNull(share, name);
    if (share.abs().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(name + " " + share.toPlainString()
          + " is outside [-1, 1]: a share of fees, e.g. 0.05 for 5%");
    }
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the signed share of fees at a KPI value.
   *
   * @param value the KPI value, e.g. {@code BigDecimal.valueOf(0.9)}
   * @return the share, e.g. {@code 0.0642857...} for the example above at 0.9
   */
  public BigDecimal shareAt(BigDecimal value) {
    requireNonNull(value, "value");
    if (kind != Kind.SLIDING) {
      return share;
    }
    BigDecimal f = requireNonNull(from);
    BigDecimal t = requireNonNull(to);
    boolean rising = t.compareTo(f) > 0;
    if (rising ? value.compareTo(f) <= 0 : value.compareTo(f) >= 0) {
      return share;
    }
    if (rising ? value.compareTo(t) >= 0 : value.compareTo(t) <= 0) {
      return toShare;
    }
    BigDecimal numerator = toShare.subtract(share).multiply(value.subtract(f));
    BigDecimal denominator = t.subtract(f);
    BigDecimal step;
    try {
      step = numerator.divide(denominator);
    } catch (ArithmeticException nonTerminating) {
      step = numerator.divide(denominator, MathContext.DECIMAL128);
    }
    return share.add(step);
  }

  /**
   * Returns the rule in words, e.g. {@code "+5% of fees"} or {@code "sliding +5% at 0.88 to +10% at 0.95 of fees"}.
   *
   * @return the description
   */
  public String describe() {
    switch (kind) {
      case NONE:
        return "no adjustment";
      case FIXED:
        return percent(share) + " of fees";
      default:
        return "sliding " + percent(share) + " at " + requireNonNull(from).toPlainString() + " to " + percent(toShare)
            + " at " + requireNonNull(to).toPlainString() + " of fees";
    }
  }

  /**
   * Formats a share as a signed percentage with at most four decimals, e.g. {@code +6.4286%}.
   *
   * @param share the share
   * @return the text
   */
  static String percent(BigDecimal share) {
    BigDecimal p = share.multiply(HUNDRED).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return (p.signum() > 0 ? "+" : "") + (p.signum() == 0 ? "0" : p.toPlainString()) + "%";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Adjustment)) {
      return false;
    }
    Adjustment o = (Adjustment) other;
    return kind == o.kind && share.compareTo(o.share) == 0 && toShare.compareTo(o.toShare) == 0
        && cmp(from, o.from) && cmp(to, o.to);
  }

  private static boolean cmp(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, share.stripTrailingZeros(), toShare.stripTrailingZeros(),
        from == null ? null : from.stripTrailingZeros(), to == null ? null : to.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return describe();
  }
}
