package io.github.bpokit.kpi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How well two raters (the partner's and the client's QA reviewers) agree when they put the same interactions into k
 * ordered bands, e.g. fail/pass (k = 2) or poor/fair/good/excellent (k = 4), from a {@link BandAgreementAccumulator}:
 * the k×k confusion matrix of counts, the observed agreement, and Cohen's kappa, unweighted and weighted.
 *
 * <p><b>Kappa.</b> With {@code o(i, j)} the count of items the partner put in band i and the client in band j, n the
 * total, {@code r(i)} and {@code c(j)} the row and column totals and {@code w(i, j)} a disagreement weight,
 * weighted kappa (Cohen 1968, "Weighted kappa: nominal scale agreement with provision for scaled disagreement or partial
 * credit", Psychological Bulletin 70(4):213–220) is {@code 1 − n·Σ w·o / Σ w·r·c}. Weights 0 on the diagonal and 1
 * elsewhere give Cohen's kappa (Cohen 1960), {@code (po − pe) / (1 − pe)}; {@code w = |i − j|} gives the
 * linear-weighted and {@code w = (i − j)²} the quadratic-weighted kappa (scaling the weights does not change kappa).
 * Sums are exact integers, divided once at the end.
 *
 * <p><b>No value.</b> Kappa has no value for n = 0, and when chance disagreement {@code Σ w·r·c} is 0, which happens
 * exactly when both raters put every item into one and the same band (expected agreement pe = 1): kappa is then 0/0,
 * and reported as "no value" rather than 1, although observed agreement is perfect.
 *
 * <pre>{@code
 * BandAgreementAccumulator acc = new BandAgreementAccumulator(2); // 0 = fail, 1 = pass
 * acc.add(1, 1, 20);   // partner pass, client pass, 20 times
 * acc.add(1, 0, 5);
 * acc.add(0, 1, 10);
 * acc.add(0, 0, 15);
 * BandAgreement agreement = acc.snapshot();
 * agreement.observedAgreement();  // 35/50
 * agreement.kappa();              // OptionalDouble[0.4]
 * }</pre>
 */
public final class BandAgreement implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int bands;
  /** Row-major: {@code counts[partner * bands + client]}. */
  private final long[] counts;

  BandAgreement(int bands, long[] counts) {
    this.bands = bands;
    this.counts = counts;
  }

  /**
   * Returns the number of bands k.
   *
   * @return k, {@code >= 2}
   */
  public int bands() {
    return bands;
  }

  /**
   * Returns the number of items rated by both.
   *
   * @return n
   */
  public long count() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /**
   * Returns how many items the partner put in one band and the client in another.
   *
   * @param partnerBand the partner's band, {@code 0..k−1}
   * @param clientBand the client's band, {@code 0..k−1}
   * @return the count
   * @throws IllegalArgumentException when a band is not in {@code 0..k−1}
   */
  public long count(int partnerBand, int clientBand) {
    BandAgreementAccumulator.checkBand("partner band", partnerBand, bands);
    BandAgreementAccumulator.checkBand("client band", clientBand, bands);
    return counts[partnerBand * bands + clientBand];
  }

  /**
   * Returns the share of items both put in the same band, po, with its Wilson interval.
   *
   * @return the diagonal of the matrix of n
   */
  public Proportion observedAgreement() {
    long diagonal = 0;
    for (int i = 0; i < bands; i++) {
      diagonal += counts[i * bands + i];
    }
    return new Proportion(diagonal, count());
  }

  /**
   * Returns the agreement expected by chance from the two raters' band shares, {@code pe = Σ r(i)·c(i) / n²}.
   *
   * @return pe in {@code [0, 1]}, or empty when n = 0
   */
  public OptionalDouble expectedAgreement() {
    long n = count();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    long[] rows = rowTotals();
    long[] columns = columnTotals();
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < bands; i++) {
      sum = sum.add(BigInteger.valueOf(rows[i]).multiply(BigInteger.valueOf(columns[i])));
    }
    BigInteger n2 = BigInteger.valueOf(n).multiply(BigInteger.valueOf(n));
    return OptionalDouble.of(ratio(sum, n2));
  }

  /**
   * Returns Cohen's kappa (Cohen 1960), {@code (po − pe) / (1 − pe)}: 1 for perfect agreement, 0 for agreement no
   * better than chance, negative for worse.
   *
   * @return kappa, or empty when n = 0 or pe = 1 (see the class comment)
   */
  public OptionalDouble kappa() {
    return weightedKappa(0);
  }

  /**
   * Returns the linear-weighted kappa (Cohen 1968), disagreement weights {@code |i − j|}: a near miss costs less than a
   * far one.
   *
   * @return kappa, or empty when n = 0 or pe = 1
   */
  public OptionalDouble linearWeightedKappa() {
    return weightedKappa(1);
  }

  /**
   * Returns the quadratic-weighted kappa (Cohen 1968; Fleiss and Cohen 1973), disagreement weights {@code (i − j)²}.
   *
   * @return kappa, or empty when n = 0 or pe = 1
   */
  public OptionalDouble quadraticWeightedKappa() {
    return weightedKappa(2);
  }

  /** {@code 1 − n·Σ w·o / Σ w·r·c} with weights by power of |i − j|: 0 = unweighted, 1 = linear, 2 = quadratic. */
  private OptionalDouble weightedKappa(int power) {
    long n = count();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    long[] rows = rowTotals();
    long[] columns = columnTotals();
    BigInteger observed = BigInteger.ZERO; // Σ w·o
    BigInteger expected = BigInteger.ZERO; // Σ w·r·c
    for (int i = 0; i < bands; i++) {
      for (int j = 0; j < bands; j++) {
        if (i == j) {
          continue;
        }
        long distance = Math.abs(i - j);
        long weight = power == 0 ? 1 : power == 1 ? distance : distance * distance;
        observed = observed.add(BigInteger.valueOf(weight).multiply(BigInteger.valueOf(counts[i * bands + j])));
        expected = expected.add(
            BigInteger.valueOf(weight).multiply(BigInteger.valueOf(rows[i])).multiply(BigInteger.valueOf(columns[j])));
      }
    }
    if (expected.signum() == 0) {
      return OptionalDouble.empty();
    }
    BigInteger numerator = expected.subtract(BigInteger.valueOf(n).multiply(observed));
    return OptionalDouble.of(ratio(numerator, expected));
  }

  private long[] rowTotals() {
    long[] rows = new long[bands];
    for (int i = 0; i < bands; i++) {
      for (int j = 0; j < bands; j++) {
        rows[i] += counts[i * bands + j];
      }
    }
    return rows;
  }

  private long[] columnTotals() {
    long[] columns = new long[bands];
    for (int i = 0; i < bands; i++) {
      for (int j = 0; j < bands; j++) {
        columns[j] += counts[i * bands + j];
      }
    }
    return columns;
  }

  private static double ratio(BigInteger numerator, BigInteger denominator) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BandAgreement)) {
      return false;
    }
    BandAgreement that = (BandAgreement) o;
    return bands == that.bands && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * bands + Arrays.hashCode(counts);
  }

  /** Returns e.g. {@code BandAgreement{bands=2, counts=[[15, 10], [5, 20]]}}, partner bands as rows. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("BandAgreement{bands=").append(bands).append(", counts=[");
    for (int i = 0; i < bands; i++) {
      text.append(i == 0 ? "" : ", ").append(Arrays.toString(Arrays.copyOfRange(counts, i * bands, (i + 1) * bands)));
    }
    return text.append("]}").toString();
  }
}
