package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MeanTest {

  @Test
  void meanOfWholeNumbers() {
    MeanAccumulator aht = new MeanAccumulator();
    for (long seconds : new long[] {325, 280, 410, 285}) {
      aht.add(seconds);
    }
    Mean mean = aht.snapshot();
    assertThat(mean).isEqualTo(Mean.of(4, 1_300));
    assertThat(mean.value()).hasValue(325.0);
    assertThat(mean.sum()).isEqualByComparingTo("1300");
    assertThat(mean.sampleSize()).isEqualTo(4);
    assertThat(mean.interval()).isEmpty();
    assertThat(mean.toString()).isEqualTo("mean(1300/4)");
  }

  @Test
  void decimalsOnTheMicroPointGrid() {
    MeanAccumulator qa = new MeanAccumulator(6);
    qa.add(87.0);
    qa.add(84.5);
    Mean mean = qa.snapshot();
    assertThat(mean).isEqualTo(Mean.of(2, 171_500_000, 6));
    assertThat(mean.sum()).isEqualTo(new BigDecimal("171.500000"));
    assertThat(mean.value()).hasValue(85.75);
    // whole numbers are exact on any grid, and 0.1 + 0.2 is exactly 0.3 on the grid
    qa = new MeanAccumulator(6);
    qa.add(0.1);
    qa.add(0.2);
    qa.add(3L);
    assertThat(qa.snapshot().sum()).isEqualTo(new BigDecimal("3.300000"));
    assertThat(qa.snapshot().value()).hasValue(1.1);
  }

  @Test
  void roundingToTheGridIsHalfUp() {
    MeanAccumulator acc = new MeanAccumulator(1);
    acc.add(0.25); // 2.5 units -> 3
    acc.add(-0.25); // -2.5 units -> -2 (Math.round rounds half towards positive infinity)
    assertThat(acc.snapshot().sumUnits()).isEqualTo(1);
  }

  @Test
  void theValueIsTheExactQuotientRoundedOnce() {
    assertThat(Mean.of(3, 10).value()).hasValue(10.0 / 3);
    assertThat(Mean.of(3, 10_000_000, 6).value()).hasValue(10.0 / 3);
    // beyond 2^53 the BigDecimal path takes over: (2^62 + 1) / 1
    assertThat(Mean.of(1, (1L << 62) + 1).value()).hasValue(0x1p62);
    assertThat(Mean.of(3, Long.MAX_VALUE, 18).value()).hasValue(9.223372036854775807 / 3);
  }

  @Test
  void emptyHasNoValue() {
    assertThat(new MeanAccumulator().snapshot().value()).isEmpty();
    assertThat(Mean.of(0, 0, 6).value()).isEmpty();
    assertThat(new MeanAccumulator(6).snapshot().sum()).isEqualTo(new BigDecimal("0.000000"));
  }

  @Test
  void singleAndEqualValues() {
    MeanAccumulator acc = new MeanAccumulator();
    acc.add(7);
    assertThat(acc.snapshot().value()).hasValue(7.0);
    LongStream.range(0, 1000).forEach(i -> acc.add(7));
    assertThat(acc.snapshot().value()).hasValue(7.0);
  }

  @Test
  void collectors() {
    List<Integer> answers = List.of(5, 4, 4, 1);
    assertThat(answers.stream().collect(MeanAccumulator.toMean(Integer::longValue))).isEqualTo(Mean.of(4, 14));
    List<Double> scores = List.of(87.25, 90.5);
    assertThat(scores.parallelStream().collect(MeanAccumulator.toMean(2, Double::doubleValue)))
        .isEqualTo(Mean.of(2, 17_775, 2));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> new MeanAccumulator(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be between 0 and 18: 19");
    assertThatThrownBy(() -> new MeanAccumulator(6).add(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(": NaN");
    assertThatThrownBy(() -> new MeanAccumulator(6).add(1e20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(": 1.0E20");
    assertThatThrownBy(() -> Mean.of(-1, 0)).hasMessage("count must be >= 0: -1");
    assertThatThrownBy(() -> Mean.of(0, 5)).hasMessage("the sum of no observations must be 0: 5");
    assertThatThrownBy(() -> new MeanAccumulator().merge(new MeanAccumulator(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge means on different grids: scale 0 and scale 6");
    MeanAccumulator big = new MeanAccumulator();
    big.add(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.add(1)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Mean.of(2, 10), Mean.of(2, 10, 0), new Mean(2, 10, 0))
        .addEqualityGroup(Mean.of(2, 100, 1))
        .addEqualityGroup(Mean.of(0, 0))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(Mean.class);
    nulls.testAllPublicInstanceMethods(Mean.of(2, 10));
    nulls.testAllPublicStaticMethods(MeanAccumulator.class);
    nulls.testAllPublicInstanceMethods(new MeanAccumulator());
  }
}
