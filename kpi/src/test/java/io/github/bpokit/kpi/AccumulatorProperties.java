package io.github.bpokit.kpi;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The merge laws of {@link MergeLaws} for every accumulator, on random inputs and cut points. */
class AccumulatorProperties {
  private static final long SEED = 20261123L;

  private static final Gen<Double> CUT = doubles().between(0, 1);
  private static final Gen<Long> SHUFFLE_SEED = longs().all();

  private static <T> void checkLaws(MergeLaws<T, ?, ?> laws, Gen<List<T>> inputs, int examples) {
    qt().withFixedSeed(SEED)
        .withExamples(examples)
        .forAll(inputs, CUT, CUT, SHUFFLE_SEED)
        .checkAssert(laws::check);
  }

  @Test
  void proportion() {
    checkLaws(
        MergeLaws.of(ProportionAccumulator::new, ProportionAccumulator::add),
        lists().of(booleans().all()).ofSizeBetween(0, 60),
        300);
  }

  @Test
  void proportionFromCounts() {
    MergeLaws<Integer, ProportionAccumulator, Proportion> laws =
        MergeLaws.of(ProportionAccumulator::new, (acc, k) -> acc.addCounts(k / 2, k));
    checkLaws(laws, lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 30), 200);
  }

  @Test
  void count() {
    MergeLaws<Integer, CountAccumulator, Count> laws =
        MergeLaws.of(CountAccumulator::new, (acc, k) -> acc.add(k));
    checkLaws(laws, lists().of(integers().between(0, 5)).ofSizeBetween(0, 30), 200);
  }

  @Test
  void meanOfWholeNumbers() {
    MergeLaws<Long, MeanAccumulator, Mean> laws = MergeLaws.of(MeanAccumulator::new, MeanAccumulator::add);
    checkLaws(laws, lists().of(longs().between(-1_000_000_000L, 1_000_000_000L)).ofSizeBetween(0, 60), 300);
  }

  @Test
  void meanOfDecimals() {
    // doubles with many digits: summing them as doubles would depend on the order; on the grid it does not
    MergeLaws<Double, MeanAccumulator, Mean> laws =
        MergeLaws.of(() -> new MeanAccumulator(6), MeanAccumulator::add);
    checkLaws(laws, lists().of(doubles().between(0, 100)).ofSizeBetween(0, 60), 300);
  }

  @Test
  void nps() {
    MergeLaws<Integer, NpsAccumulator, NetPromoterScore> laws = MergeLaws.of(NpsAccumulator::new, NpsAccumulator::add);
    checkLaws(laws, lists().of(integers().between(0, 10)).ofSizeBetween(0, 60), 300);
  }

  @Test
  void quantilesAcrossTheExactLimit() {
    // a small exact limit so that inputs cross it: exact parts, sketched parts and conversions all meet
    MergeLaws<Long, QuantileAccumulator, QuantileSummary> laws =
        MergeLaws.of(() -> new QuantileAccumulator(12), QuantileAccumulator::add);
    checkLaws(laws, lists().of(longs().between(0, 100_000)).ofSizeBetween(0, 40), 400);
  }

  @Test
  void quantilesWithWideValues() {
    MergeLaws<Long, QuantileAccumulator, QuantileSummary> laws =
        MergeLaws.of(() -> new QuantileAccumulator(5), QuantileAccumulator::add);
    checkLaws(laws, lists().of(longs().between(0, Long.MAX_VALUE)).ofSizeBetween(0, 30), 200);
  }

  @Test
  void quantilesAlwaysSketched() {
    MergeLaws<Long, QuantileAccumulator, QuantileSummary> laws =
        MergeLaws.of(() -> new QuantileAccumulator(0), QuantileAccumulator::add);
    checkLaws(laws, lists().of(longs().between(0, 1_000)).ofSizeBetween(0, 30), 200);
  }

  @Test
  void calibration() {
    MergeLaws<double[], CalibrationAccumulator, Calibration> laws =
        MergeLaws.of(CalibrationAccumulator::new, (acc, pair) -> acc.add(pair[0], pair[1]));
    Gen<double[]> pairs = doubles().between(0, 100).zip(doubles().between(0, 100), (a, b) -> new double[] {a, b});
    checkLaws(laws, lists().of(pairs).ofSizeBetween(0, 40), 300);
  }

  @Test
  void calibrationAtTheEdgesOfTheScale() {
    MergeLaws<double[], CalibrationAccumulator, Calibration> laws =
        MergeLaws.of(() -> new CalibrationAccumulator(250_000), (acc, pair) -> acc.add(pair[0], pair[1]));
    Gen<Double> score = doubles().between(-CalibrationAccumulator.MAX_ABS_SCORE, CalibrationAccumulator.MAX_ABS_SCORE);
    checkLaws(laws, lists().of(score.zip(score, (a, b) -> new double[] {a, b})).ofSizeBetween(0, 40), 200);
  }

  @Test
  void bandAgreement() {
    MergeLaws<int[], BandAgreementAccumulator, BandAgreement> laws =
        MergeLaws.of(() -> new BandAgreementAccumulator(4), (acc, pair) -> acc.add(pair[0], pair[1]));
    Gen<int[]> pairs = integers().between(0, 3).zip(integers().between(0, 3), (a, b) -> new int[] {a, b});
    checkLaws(laws, lists().of(pairs).ofSizeBetween(0, 60), 300);
  }
}
