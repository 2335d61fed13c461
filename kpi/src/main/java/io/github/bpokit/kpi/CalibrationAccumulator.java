package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.kpi.internal.FixedPoint;
import io.github.bpokit.kpi.internal.Int128;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;

/**
 * Compares the QA scores that the partner's reviewer and the client's reviewer gave the same interactions, for a
 * {@link Calibration}: share of pairs within a tolerance, mean absolute difference, mean bias and ICC(2,1).
 *
 * <p><b>Fixed-point grid.</b> Scores are put on a grid of micro-points, {@code Math.round(score × 10^6)} (half up),
 * which is exact for scores with up to six decimal places; the tolerance is on the same grid, so "within 5 points" is
 * decided exactly ({@code |partner − client| <= tolerance}, bounds included). Scores must lie within
 * ±{@value #MAX_ABS_SCORE} points (any QA scale, 0–100 being the usual one). The accumulator keeps the count, the pairs
 * within tolerance and exact 128-bit sums of the difference {@code d = partner − client}, of {@code |d|}, of
 * {@code d²}, of the total {@code s = partner + client} and of {@code s²}: the sufficient statistics of every result,
 * exact and therefore mergeable in any order (exact for fewer than 2^40 pairs). Mutable and not thread-safe; merge
 * partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * CalibrationAccumulator calibration = new CalibrationAccumulator();   // tolerance 5 points
 * for (Interaction i : interactions) {
 *   if (i.qaPartner().isPresent() && i.qaClient().isPresent()) {
 *     calibration.add(i.qaPartner().getAsDouble(), i.qaClient().getAsDouble());
 *   }
 * }
 * Calibration result = calibration.snapshot();
 * result.withinTolerance();        // e.g. 46/50
 * result.meanAbsoluteDifference(); // e.g. OptionalDouble[2.4]
 * result.intraclassCorrelation();  // ICC(2,1)
 * }</pre>
 */
public final class CalibrationAccumulator implements Accumulator<CalibrationAccumulator, Calibration> {
  private static final long serialVersionUID = 1L;

  /** The default tolerance, in points: partner and client agree when their scores differ by at most 5. */
  public static final double DEFAULT_TOLERANCE = 5;

  /** The largest absolute score accepted, in points. */
  public static final double MAX_ABS_SCORE = 1_000_000;

  static final int SCALE = 6;

  private final long toleranceUnits;
  private long count;
  private long within;
  private final Int128 sumDifference = new Int128();
  private final Int128 sumAbsDifference = new Int128();
  private final Int128 sumSquaredDifference = new Int128();
  private final Int128 sumTotal = new Int128();
  private final Int128 sumSquaredTotal = new Int128();

  /** Creates an accumulator with the default tolerance of {@value #DEFAULT_TOLERANCE} points. */
  public CalibrationAccumulator() {
    this(DEFAULT_TOLERANCE);
  }

  /**
   * Creates an accumulator with a tolerance.
   *
   * @param tolerance how many points apart two scores may be and still agree, {@code >= 0}; on the micro-point grid
   * @throws IllegalArgumentException when the tolerance is negative, not finite or above {@value #MAX_ABS_SCORE}
   */
  public CalibrationAccumulator(double tolerance) {
    if (!(tolerance >= 0 && tolerance <= MAX_ABS_SCORE)) {
      throw new IllegalArgumentException("tolerance must be between 0 and " + MAX_ABS_SCORE + " points: " + tolerance);
    }
    this.toleranceUnits = FixedPoint.toUnits(tolerance, SCALE, "tolerance");
  }

  /**
   * Returns a collector comparing the partner's and the client's score of each element, with the default tolerance.
   *
   * @param <T> the element type
   * @param partner the partner's score of each element
   * @param client the client's score of each element
   * @return a collector to a {@link Calibration}
   */
  public static <T> Collector<T, ?, Calibration> toCalibration(
      ToDoubleFunction<? super T> partner, ToDoubleFunction<? super T> client) {
    requireNonNull(partner, "partner");
    requireNonNull(client, "client");
    return Collector.of(
        CalibrationAccumulator::new,
        (acc, element) -> acc.add(partner.applyAsDouble(element), client.applyAsDouble(element)),
        CalibrationAccumulator::merge,
        CalibrationAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the tolerance.
   *
   * @return the tolerance in points, on the micro-point grid
   */
  public double tolerance() {
    return toleranceUnits / 1e6;
  }

  /**
   * Adds the two scores of one interaction.
   *
   * @param partner the score given by the partner's (or in-house) reviewer
   * @param client the score given by the client's reviewer
   * @throws IllegalArgumentException when a score is not finite or beyond ±{@value #MAX_ABS_SCORE} points
   */
  public void add(double partner, double client) {
    long a = units(partner, "partner score");
    long b = units(client, "client score");
    long d = a - b;
    long s = a + b;
    long absD = Math.abs(d);
    count++;
    within += absD <= toleranceUnits ? 1 : 0;
    sumDifference.add(d);
    sumAbsDifference.add(absD);
    sumSquaredDifference.addProduct(d, d);
    sumTotal.add(s);
    sumSquaredTotal.addProduct(s, s);
  }

  private static long units(double score, String what) {
    if (!(Math.abs(score) <= MAX_ABS_SCORE)) {
      throw new IllegalArgumentException(what + " must be a finite number within ±" + MAX_ABS_SCORE + ": " + score);
    }
    return Math.round(score * 1e6); // |units| <= 10^12
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the two accumulators have different tolerances
   */
  @Override
  public CalibrationAccumulator merge(CalibrationAccumulator other) {
    if (other.toleranceUnits != toleranceUnits) {
      throw new IllegalArgumentException("cannot merge calibrations with tolerances " + tolerance() + " and "
          + other.tolerance() + " points");
    }
    count = Math.addExact(count, other.count);
    within += other.within;
    sumDifference.add(other.sumDifference); // safe when other == this: Int128.add reads before it writes
    sumAbsDifference.add(other.sumAbsDifference);
    sumSquaredDifference.add(other.sumSquaredDifference);
    sumTotal.add(other.sumTotal);
    sumSquaredTotal.add(other.sumSquaredTotal);
    return this;
  }

  @Override
  public Calibration snapshot() {
    return new Calibration(
        count,
        toleranceUnits,
        within,
        sumDifference.toBigInteger(),
        sumAbsDifference.toBigInteger(),
        sumSquaredDifference.toBigInteger(),
        sumTotal.toBigInteger(),
        sumSquaredTotal.toBigInteger());
  }

  /** Returns e.g. {@code CalibrationAccumulator{pairs=50, tolerance=5.0}}. */
  @Override
  public String toString() {
    return "CalibrationAccumulator{pairs=" + count + ", tolerance=" + tolerance() + "}";
  }
}
