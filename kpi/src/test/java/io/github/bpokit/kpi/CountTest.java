package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class CountTest {

  @Test
  void countsAlwaysHaveAValue() {
    CountAccumulator handled = new CountAccumulator();
    assertThat(handled.snapshot().value()).hasValue(0.0);
    handled.increment();
    handled.add(4);
    Count count = handled.snapshot();
    assertThat(count).isEqualTo(Count.of(5));
    assertThat(count.value()).hasValue(5.0);
    assertThat(count.sampleSize()).isEqualTo(5);
    assertThat(count.interval()).isEmpty();
    assertThat(count.toString()).isEqualTo("5");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> Count.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be >= 0: -1");
    assertThatThrownBy(() -> new CountAccumulator().add(-2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observations must be >= 0: -2");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester().addEqualityGroup(Count.of(1), new Count(1)).addEqualityGroup(Count.of(2)).testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicStaticMethods(Count.class);
    nulls.testAllPublicInstanceMethods(Count.of(1));
    nulls.testAllPublicInstanceMethods(new CountAccumulator());
  }
}
