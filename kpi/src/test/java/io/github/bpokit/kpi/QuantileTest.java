package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuantileTest {
  private static final double[] QS = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1};

  private static QuantileSummary summarize(int exactLimit, long... values) {
    QuantileAccumulator acc = new QuantileAccumulator(exactLimit);
    for (long v : values) {
      acc.add(v);
    }
    return acc.snapshot();
  }

  /**
   * The test oracle: quantile_cont / numpy 'linear' / R type 7 on sorted values, in exact rational arithmetic (q as the
   * decimal it is written as), rounded once to the nearest double.
   */
  static double quantileCont(long[] sorted, double q) {
    BigDecimal rank = new BigDecimal(Double.toString(q)).multiply(BigDecimal.valueOf(sorted.length - 1));
    int low = rank.intValue();
    int high = Math.min(low + 1, sorted.length - 1);
    BigDecimal step = BigDecimal.valueOf(sorted[high]).subtract(BigDecimal.valueOf(sorted[low]));
    return BigDecimal.valueOf(sorted[low]).add(rank.subtract(BigDecimal.valueOf(low)).multiply(step)).doubleValue();
  }

  @Test
  void interpolationIsExactNotBinary() {
    // rank 0.9 × 7 = 6.3: three tenths of the way from 9000 to 18000 is 11700, which binary doubles miss
    QuantileSummary s = summarize(QuantileAccumulator.DEFAULT_EXACT_LIMIT, 5, 15, 30, 40, 50, 1800, 9000, 18000);
    assertThat(s.quantile(0.9)).hasValue(11700.0);
    assertThat(s.quantile(0.5)).hasValue(45.0);
  }

  @Test
  void linearInterpolationBetweenClosestRanks() {
    // DuckDB: SELECT quantile_cont(x, 0.5), quantile_cont(x, 0.9) FROM (VALUES (1), (2), (3), (4)) t(x) -> 2.5, 3.7;
    // numpy.quantile([1, 2, 3, 4], [0.5, 0.9]) -> [2.5, 3.7] (method='linear', the default)
    QuantileSummary s = summarize(QuantileAccumulator.DEFAULT_EXACT_LIMIT, 4, 1, 3, 2);
    assertThat(s.isExact()).isTrue();
    assertThat(s.relativeAccuracy()).isZero();
    assertThat(s.quantile(0.5)).hasValue(2.5);
    assertThat(s.median()).hasValue(2.5);
    assertThat(s.quantile(0.9).getAsDouble()).isCloseTo(3.7, within(1e-12));
    assertThat(s.quantile(0)).hasValue(1.0);
    assertThat(s.quantile(1)).hasValue(4.0);
    assertThat(s.quantile(0.25)).hasValue(1.75);
    assertThat(s.min()).hasValue(1);
    assertThat(s.max()).hasValue(4);
    assertThat(s.count()).isEqualTo(4);
    // numpy.percentile documentation: a = [[10, 7, 4], [3, 2, 1]], np.percentile(a, 50) -> 3.5
    assertThat(summarize(100, 10, 7, 4, 3, 2, 1).quantile(0.5)).hasValue(3.5);
  }

  @Test
  void emptySingleAndEqualValues() {
    QuantileSummary none = new QuantileAccumulator().snapshot();
    assertThat(none.count()).isZero();
    assertThat(none.quantile(0.5)).isEmpty();
    assertThat(none.min()).isEmpty();
    assertThat(none.max()).isEmpty();
    assertThat(none.toString()).isEqualTo("QuantileSummary{exact, n=0}");

    for (double q : QS) {
      assertThat(summarize(10, 42).quantile(q)).hasValue(42.0);
      // all equal, past the exact limit: min and max pin the sketch estimate to the exact value
      assertThat(summarize(10, LongStream.generate(() -> 42).limit(1_000).toArray()).quantile(q)).hasValue(42.0);
    }
    QuantileSummary zeros = summarize(0, 0, 0, 0);
    assertThat(zeros.isExact()).isFalse();
    assertThat(zeros.quantile(0.5)).hasValue(0.0);
  }

  @Test
  void exactUpToTheLimitThenSketched() {
    QuantileAccumulator acc = new QuantileAccumulator(3);
    acc.add(10);
    acc.add(20);
    acc.add(30);
    assertThat(acc.snapshot().isExact()).isTrue();
    acc.add(40);
    QuantileSummary sketched = acc.snapshot();
    assertThat(sketched.isExact()).isFalse();
    assertThat(sketched.relativeAccuracy()).isEqualTo(0.01);
    assertThat(sketched.count()).isEqualTo(4);
    assertThat(sketched.min()).hasValue(10);
    assertThat(sketched.max()).hasValue(40);
    assertThat(sketched.quantile(0)).hasValue(10.0);
    assertThat(sketched.quantile(1)).hasValue(40.0);
    assertThat(sketched.quantile(0.5).getAsDouble()).isCloseTo(25, within(0.25));
    assertThat(acc.toString()).isEqualTo("QuantileAccumulator{sketch 1%, n=4}");
    assertThat(new QuantileAccumulator().exactLimit()).isEqualTo(10_000);

    // merging two exact parts stays exact within the limit, and is sketched beyond it
    QuantileAccumulator a = new QuantileAccumulator(3);
    a.add(1);
    QuantileAccumulator b = new QuantileAccumulator(3);
    b.add(2);
    b.add(3);
    assertThat(a.merge(b).snapshot().isExact()).isTrue();
    assertThat(a.merge(b).snapshot().isExact()).isFalse();
  }

  @Test
  void sketchedQuantilesAreWithinOnePercentOfQuantileCont() {
    qt().withFixedSeed(2019L)
        .withExamples(150)
        .forAll(integers().between(1, 3_000), integers().between(0, 3), longs().all())
        .checkAssert((n, shape, seed) -> {
          Random random = new Random(seed);
          long[] values = new long[n];
          for (int i = 0; i < n; i++) {
            values[i] = switch (shape) {
              case 0 -> random.nextInt(100); // small, many ties, zeros
              case 1 -> (long) Math.exp(random.nextGaussian() * 2 + 5); // lognormal seconds
              case 2 -> random.nextLong() >>> 1; // the whole long range
              default -> 1 + random.nextInt(1_000_000);
            };
          }
          QuantileSummary sketch = summarize(20, values);
          QuantileSummary exact = summarize(n, values);
          long[] sorted = values.clone();
          Arrays.sort(sorted);
          assertThat(exact.isExact()).isTrue();
          assertThat(sketch.isExact()).isEqualTo(n <= 20);
          for (double q : QS) {
            double truth = quantileCont(sorted, q);
            assertThat(exact.quantile(q).getAsDouble()).isEqualTo(truth);
            assertThat(sketch.quantile(q).getAsDouble())
                .as("q=%s n=%d shape=%d", q, n, shape)
                .isCloseTo(truth, within(0.01 * truth * (1 + 1e-12)));
          }
        });
  }

  @Test
  void collector() {
    QuantileSummary s = List.of(4L, 1L, 3L, 2L).stream().collect(QuantileAccumulator.toQuantiles(Long::longValue));
    assertThat(s).isEqualTo(summarize(100, 1, 2, 3, 4));
    QuantileSummary big = LongStream.range(0, 50_000).boxed().parallel()
        .collect(QuantileAccumulator.toQuantiles(Long::longValue));
    assertThat(big).isEqualTo(summarize(QuantileAccumulator.DEFAULT_EXACT_LIMIT,
        LongStream.range(0, 50_000).toArray()));
    assertThat(big.quantile(0.5).getAsDouble()).isCloseTo(24_999.5, within(250.0));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> new QuantileAccumulator().add(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantile values must be >= 0: -1");
    assertThatThrownBy(() -> new QuantileAccumulator(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exact limit must be >= 0: -5");
    assertThatThrownBy(() -> summarize(5, 1).quantile(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantile must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> summarize(5, 1).quantile(Double.NaN))
        .hasMessage("quantile must be between 0 and 1: NaN");
    assertThatThrownBy(() -> new QuantileAccumulator(5).merge(new QuantileAccumulator(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge quantile accumulators with exact limits 5 and 6");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(summarize(10, 1, 2, 3), summarize(10, 3, 2, 1), summarize(3, 2, 3, 1))
        .addEqualityGroup(summarize(2, 1, 2, 3), summarize(0, 3, 1, 2))
        .addEqualityGroup(summarize(10, 1, 2, 2))
        .addEqualityGroup(summarize(10))
        .addEqualityGroup(summarize(0, 100, 101)) // one bucket, two values
        .addEqualityGroup(summarize(0, 100, 100)) // same bucket counts, different maximum
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicInstanceMethods(summarize(10, 1, 2, 3));
    nulls.testAllPublicStaticMethods(QuantileAccumulator.class);
    nulls.testAllPublicInstanceMethods(new QuantileAccumulator());
  }

  @Test
  void toStrings() {
    assertThat(summarize(10, 1, 2, 3, 4).toString())
        .startsWith("QuantileSummary{exact, n=4, min=1, p50=2.5, p90=3.7");
    assertThat(summarize(1, 1, 2).toString()).startsWith("QuantileSummary{sketch 1%, n=2, min=1");
  }
}
