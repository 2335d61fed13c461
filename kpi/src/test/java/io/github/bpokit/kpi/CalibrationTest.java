package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /**
   * The test oracle: Shrout and Fleiss (1979) intraclass correlations from the two-way ANOVA of n targets rated by k
   * judges, in plain double arithmetic. Returns {ICC(1,1), ICC(2,1), ICC(3,1)}.
   */
  static double[] shroutFleiss(double[][] ratings) {
    int n = ratings.length;
    int k = ratings[0].length;
    double grand = 0;
    for (double[] row : ratings) {
      for (double x : row) {
        grand += x;
      }
    }
    grand /= n * k;
    double ssRows = 0;
    for (double[] row : ratings) {
      double mean = 0;
      for (double x : row) {
        mean += x / k;
      }
      ssRows += k * (mean - grand) * (mean - grand);
    }
    double ssColumns = 0;
    for (int j = 0; j < k; j++) {
      double mean = 0;
      for (double[] row : ratings) {
        mean += row[j] / n;
      }
      ssColumns += n * (mean - grand) * (mean - grand);
    }
    double ssTotal = 0;
    for (double[] row : ratings) {
      for (double x : row) {
        ssTotal += (x - grand) * (x - grand);
      }
    }
    double bms = ssRows / (n - 1);
    double wms = (ssTotal - ssRows) / (n * (k - 1.0));
    double jms = ssColumns / (k - 1);
    double ems = (ssTotal - ssRows - ssColumns) / ((n - 1.0) * (k - 1));
    return new double[] {
      (bms - wms) / (bms + (k - 1) * wms),
      (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n),
      (bms - ems) / (bms + (k - 1) * ems),
    };
  }

  @Test
  void oracleReproducesShroutAndFleissTable2() {
    // Shrout PE, Fleiss JL (1979), "Intraclass correlations: uses in assessing rater reliability", Psychological
    // Bulletin 86(2):420-428, Table 2 (6 targets x 4 judges) and Table 4: ICC(1,1) = .17, ICC(2,1) = .29,
    // ICC(3,1) = .71.
    double[][] table2 = {
      {9, 2, 5, 8},
      {6, 1, 3, 2},
      {8, 4, 6, 8},
      {7, 1, 2, 6},
      {10, 5, 6, 9},
      {6, 2, 4, 7},
    };
    double[] icc = shroutFleiss(table2);
    assertThat(icc[0]).isCloseTo(0.17, within(0.005));
    assertThat(icc[1]).isCloseTo(0.29, within(0.005));
    assertThat(icc[2]).isCloseTo(0.71, within(0.005));
  }

  @Test
  void iccOfTwoJudgesOfShroutAndFleissTable2() {
    // Judges 1 and 4 of Table 2 as partner and client, by hand (k = 2, n = 6): sums s = 17, 8, 16, 13, 19, 13 and
    // differences d = 1, 4, 0, 1, 1, -1; SS targets = 1308/2 - 86^2/12 = 37.667, SS judges = 6^2/12 = 3.0,
    // SS error = (6 x 20 - 6^2)/12 = 7.0; BMS = 7.5333, JMS = 3.0, EMS = 1.4;
    // ICC(2,1) = (7.5333 - 1.4) / (7.5333 + 1.4 + 2 (3.0 - 1.4) / 6) = 6.1333 / 9.4667 = 0.64789.
    CalibrationAccumulator acc = new CalibrationAccumulator();
    double[][] pairs = {{9, 8}, {6, 2}, {8, 8}, {7, 6}, {10, 9}, {6, 7}};
    for (double[] pair : pairs) {
      acc.add(pair[0], pair[1]);
    }
    Calibration c = acc.snapshot();
    assertThat(c.intraclassCorrelation().getAsDouble()).isCloseTo(0.64789, within(0.00001));
    assertThat(c.intraclassCorrelation().getAsDouble()).isCloseTo(shroutFleiss(pairs)[1], within(1e-12));
    assertThat(c.pairs()).isEqualTo(6);
    assertThat(c.withinTolerance()).isEqualTo(Proportion.of(6, 6));
    assertThat(c.meanAbsoluteDifference()).isEqualTo(Mean.of(6, 8_000_000, 6));
    assertThat(c.meanDifference().value()).hasValue(1.0);
    assertThat(c.partnerMean().value()).hasValue(46.0 / 6);
    assertThat(c.clientMean().value()).hasValue(40.0 / 6);
  }

  @Test
  void javadocExample() {
    CalibrationAccumulator acc = new CalibrationAccumulator(5);
    acc.add(90, 88);
    acc.add(70, 78);
    acc.add(85, 85);
    Calibration c = acc.snapshot();
    assertThat(c.withinTolerance()).isEqualTo(Proportion.of(2, 3));
    assertThat(c.meanAbsoluteDifference().value().getAsDouble()).isCloseTo(10.0 / 3, within(1e-15));
    assertThat(c.meanDifference().value()).hasValue(-2.0);
    assertThat(c.intraclassCorrelation().getAsDouble())
        .isCloseTo(shroutFleiss(new double[][] {{90, 88}, {70, 78}, {85, 85}})[1], within(1e-12));
    assertThat(c.toString()).startsWith("Calibration{pairs=3, within 5.0=2/3, mad=3.333");
  }

  @Test
  void iccMatchesTheAnovaOracleOnRandomScores() {
    qt().withFixedSeed(1979L)
        .withExamples(300)
        .forAll(integers().between(2, 200), longs().all())
        .checkAssert((n, seed) -> {
          Random random = new Random(seed);
          double[][] pairs = new double[n][];
          CalibrationAccumulator acc = new CalibrationAccumulator();
          for (int i = 0; i < n; i++) {
            double truth = 50 + 20 * random.nextGaussian();
            // scores with two decimals: exact on the micro-point grid
            double partner = Math.round((truth + 3 + 5 * random.nextGaussian()) * 100) / 100.0;
            double client = Math.round((truth + 5 * random.nextGaussian()) * 100) / 100.0;
            pairs[i] = new double[] {partner, client};
            acc.add(partner, client);
          }
          double expected = shroutFleiss(pairs)[1];
          assertThat(acc.snapshot().intraclassCorrelation().getAsDouble()).isCloseTo(expected, within(1e-9));
        });
  }

  @Test
  void toleranceIsDecidedExactlyOnTheGrid() {
    CalibrationAccumulator acc = new CalibrationAccumulator(5);
    acc.add(85.0, 90.0); // exactly 5 apart: within
    acc.add(90.1, 85.1); // 5 apart on the grid, though 90.1 - 85.1 = 4.999999999999986 in doubles: within
    acc.add(80.0, 85.000001); // 5.000001 apart: not within
    assertThat(acc.snapshot().withinTolerance()).isEqualTo(Proportion.of(2, 3));
    assertThat(acc.tolerance()).isEqualTo(5.0);
    assertThat(new CalibrationAccumulator().tolerance()).isEqualTo(CalibrationAccumulator.DEFAULT_TOLERANCE);
    CalibrationAccumulator strict = new CalibrationAccumulator(0);
    strict.add(70.5, 70.5);
    strict.add(70.5, 70.500001);
    assertThat(strict.snapshot().withinTolerance()).isEqualTo(Proportion.of(1, 2));
  }

  @Test
  void emptyOneAndConstant() {
    Calibration none = new CalibrationAccumulator().snapshot();
    assertThat(none.pairs()).isZero();
    assertThat(none.withinTolerance().value()).isEmpty();
    assertThat(none.meanAbsoluteDifference().value()).isEmpty();
    assertThat(none.intraclassCorrelation()).isEmpty();
    assertThat(none.toString()).contains("mad=none");

    CalibrationAccumulator one = new CalibrationAccumulator();
    one.add(80, 75);
    assertThat(one.snapshot().intraclassCorrelation()).as("n = 1").isEmpty();
    assertThat(one.snapshot().meanAbsoluteDifference().value()).hasValue(5.0);

    CalibrationAccumulator constant = new CalibrationAccumulator();
    for (int i = 0; i < 10; i++) {
      constant.add(80, 80);
    }
    assertThat(constant.snapshot().intraclassCorrelation()).as("no variation at all").isEmpty();

    CalibrationAccumulator perfect = new CalibrationAccumulator();
    perfect.add(60, 60);
    perfect.add(80, 80);
    perfect.add(95.5, 95.5);
    assertThat(perfect.snapshot().intraclassCorrelation()).hasValue(1.0);

    CalibrationAccumulator crossed = new CalibrationAccumulator();
    crossed.add(1, 2);
    crossed.add(2, 1);
    assertThat(crossed.snapshot().intraclassCorrelation()).as("denominator 0 with n = 2").isEmpty();
  }

  @Test
  void collector() {
    List<double[]> rows = List.of(new double[] {90, 88}, new double[] {70, 78});
    Calibration c = rows.stream().collect(CalibrationAccumulator.toCalibration(r -> r[0], r -> r[1]));
    assertThat(c.withinTolerance()).isEqualTo(Proportion.of(1, 2));
  }

  @Test
  void badInput() {
    CalibrationAccumulator acc = new CalibrationAccumulator();
    assertThatThrownBy(() -> acc.add(Double.NaN, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner score must be a finite number within ±1000000.0: NaN");
    assertThatThrownBy(() -> acc.add(80, 2e6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client score must be a finite number within ±1000000.0: 2000000.0");
    assertThatThrownBy(() -> new CalibrationAccumulator(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must be between 0 and 1000000.0 points: -1.0");
    assertThatThrownBy(() -> new CalibrationAccumulator(5).merge(new CalibrationAccumulator(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge calibrations with tolerances 5.0 and 10.0 points");
    assertThat(acc.snapshot().pairs()).isZero();
  }

  @Test
  void equalsAndNulls() {
    CalibrationAccumulator a = new CalibrationAccumulator();
    a.add(80, 85);
    CalibrationAccumulator b = new CalibrationAccumulator();
    b.add(85, 80);
    CalibrationAccumulator wide = new CalibrationAccumulator(10);
    wide.add(80, 85);
    new EqualsTester()
        .addEqualityGroup(a.snapshot(), a.snapshot())
        .addEqualityGroup(b.snapshot())
        .addEqualityGroup(wide.snapshot())
        .addEqualityGroup(new CalibrationAccumulator().snapshot())
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicInstanceMethods(a.snapshot());
    nulls.testAllPublicStaticMethods(CalibrationAccumulator.class);
    nulls.testAllPublicInstanceMethods(new CalibrationAccumulator());
  }
}
