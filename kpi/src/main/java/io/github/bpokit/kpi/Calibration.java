package io.github.bpokit.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How well the partner's QA reviewers agree with the client's on the same interactions (QA calibration, SPEC §4), from a
 * {@link CalibrationAccumulator}: the share of pairs within a tolerance, the mean absolute difference, the mean
 * difference (the partner's bias), both raters' means, and the intraclass correlation ICC(2,1).
 *
 * <p><b>ICC(2,1)</b> (Shrout and Fleiss 1979, "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2):420–428; McGraw and Wong 1996 call it ICC(A,1)): two-way random effects, absolute
 * agreement, single rater, here with k = 2 raters (partner and client) and n interactions as targets:
 * {@code (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS) / n)}, with BMS, JMS and EMS the between-targets,
 * between-raters and residual mean squares of the two-way ANOVA. They are computed exactly from the accumulator's
 * integer sums (with s and d each pair's sum and difference, {@code 2n·SS_targets = nΣs² − (Σs)²},
 * {@code 2n·SS_raters = (Σd)²}, {@code 2n·SS_error = nΣd² − (Σd)²}) and divided once at the end. The ICC has no value
 * with fewer than two pairs, or when its denominator is 0 (no variation at all, e.g. every score equal).
 *
 * <pre>{@code
 * CalibrationAccumulator acc = new CalibrationAccumulator(5);
 * acc.add(90, 88);
 * acc.add(70, 78);
 * acc.add(85, 85);
 * Calibration c = acc.snapshot();
 * c.withinTolerance();                // 2/3
 * c.meanAbsoluteDifference().value(); // OptionalDouble[3.333...]
 * c.meanDifference().value();         // OptionalDouble[-2.0]: the partner scores 2 points lower on average
 * c.intraclassCorrelation();          // OptionalDouble[0.8247...]
 * }</pre>
 */
public final class Calibration implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int SCALE = CalibrationAccumulator.SCALE;
  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);

  private final long count;
  private final long toleranceUnits;
  private final long within;
  private final BigInteger sumDifference;
  private final BigInteger sumAbsDifference;
  private final BigInteger sumSquaredDifference;
  private final BigInteger sumTotal;
  private final BigInteger sumSquaredTotal;

  Calibration(
      long count,
      long toleranceUnits,
      long within,
      BigInteger sumDifference,
      BigInteger sumAbsDifference,
      BigInteger sumSquaredDifference,
      BigInteger sumTotal,
      BigInteger sumSquaredTotal) {
    this.count = count;
    this.toleranceUnits = toleranceUnits;
    this.within = within;
    this.sumDifference = sumDifference;
    this.sumAbsDifference = sumAbsDifference;
    this.sumSquaredDifference = sumSquaredDifference;
    this.sumTotal = sumTotal;
    this.sumSquaredTotal = sumSquaredTotal;
  }

  /**
   * Returns the number of interactions scored by both reviewers.
   *
   * @return n, {@code >= 0}
   */
  public long pairs() {
    return count;
  }

  /**
   * Returns the tolerance the pairs were judged with.
   *
   * @return the tolerance in points
   */
  public double tolerance() {
    return toleranceUnits / 1e6;
  }

  /**
   * Returns the share of pairs whose scores differ by at most the tolerance ({@code calibration_within_5} with the
   * default tolerance), with its Wilson interval.
   *
   * @return within-tolerance pairs of all pairs
   */
  public Proportion withinTolerance() {
    return new Proportion(within, count);
  }

  /**
   * Returns the mean absolute difference {@code |partner − client|} ({@code calibration_mad}), in points, on the
   * micro-point grid.
   *
   * @return the mean, scale 6; no value when there are no pairs
   * @throws ArithmeticException when the exact sum exceeds a {@code long} of micro-points
   */
  public Mean meanAbsoluteDifference() {
    return mean(sumAbsDifference);
  }

  /**
   * Returns the mean difference {@code partner − client}, in points: positive when the partner scores higher than the
   * client on average.
   *
   * @return the mean, scale 6; no value when there are no pairs
   * @throws ArithmeticException when the exact sum exceeds a {@code long} of micro-points
   */
  public Mean meanDifference() {
    return mean(sumDifference);
  }

  /**
   * Returns the partner's mean score over the pairs.
   *
   * @return the mean, scale 6; no value when there are no pairs
   * @throws ArithmeticException when the exact sum exceeds a {@code long} of micro-points
   */
  public Mean partnerMean() {
    return mean(sumTotal.add(sumDifference).shiftRight(1)); // Σa = (Σs + Σd) / 2, exactly
  }

  /**
   * Returns the client's mean score over the pairs.
   *
   * @return the mean, scale 6; no value when there are no pairs
   * @throws ArithmeticException when the exact sum exceeds a {@code long} of micro-points
   */
  public Mean clientMean() {
    return mean(sumTotal.subtract(sumDifference).shiftRight(1)); // Σb = (Σs − Σd) / 2, exactly
  }

  private Mean mean(BigInteger sumUnits) {
    return new Mean(count, sumUnits.longValueExact(), SCALE);
  }

  /**
   * Returns ICC(2,1), the two-way random-effects, absolute-agreement, single-rater intraclass correlation of partner
   * and client scores (see the class comment): 1 for perfect agreement, near 0 or negative when the scores agree no
   * better than chance.
   *
   * @return the ICC, at most 1; empty with fewer than two pairs or when the scores do not vary at all
   */
  public OptionalDouble intraclassCorrelation() {
    if (count < 2) {
      return OptionalDouble.empty();
    }
    BigInteger n = BigInteger.valueOf(count);
    BigInteger targets = n.multiply(sumSquaredTotal).subtract(sumTotal.multiply(sumTotal)); // 2n·SS_targets
    BigInteger raters = sumDifference.multiply(sumDifference); // 2n·SS_raters
    BigInteger error = n.multiply(sumSquaredDifference).subtract(raters); // 2n·SS_error
    // ICC = n(A − E) / (n(A + E) + 2(n − 1)C − 2E), from the mean squares A/(2n(n−1)), E/(2n(n−1)), C/(2n)
    BigInteger numerator = n.multiply(targets.subtract(error));
    BigInteger denominator = n.multiply(targets.add(error))
        .add(TWO.multiply(n.subtract(BigInteger.ONE)).multiply(raters))
        .subtract(TWO.multiply(error));
    if (denominator.signum() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(ratio(numerator, denominator));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Calibration)) {
      return false;
    }
    Calibration that = (Calibration) o;
    return count == that.count
        && toleranceUnits == that.toleranceUnits
        && within == that.within
        && sumDifference.equals(that.sumDifference)
        && sumAbsDifference.equals(that.sumAbsDifference)
        && sumSquaredDifference.equals(that.sumSquaredDifference)
        && sumTotal.equals(that.sumTotal)
        && sumSquaredTotal.equals(that.sumSquaredTotal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, toleranceUnits, within, sumDifference, sumAbsDifference, sumSquaredDifference,
        sumTotal, sumSquaredTotal);
  }

  /** Returns e.g. {@code Calibration{pairs=3, within 5.0=2/3, mad=3.333..., icc=0.78...}}. */
  @Override
  public String toString() {
    return "Calibration{pairs=" + count + ", within " + tolerance() + "=" + withinTolerance()
        + ", mad=" + (count == 0 ? "none" : ratio(sumAbsDifference, BigInteger.valueOf(count).multiply(MILLION)))
        + ", icc=" + intraclassCorrelation() + "}";
  }

  private static double ratio(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
  }
}
