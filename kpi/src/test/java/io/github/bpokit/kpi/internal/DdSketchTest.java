package io.github.bpokit.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.mapping.LogarithmicMapping;
import com.datadoghq.sketch.ddsketch.store.Bin;
import java.util.Iterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our DDSketch against the reference implementation, com.datadoghq:sketches-java (test scope only). */
class DdSketchTest {
  private static final double[] QS = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1};

  @Test
  void sameBucketIndexAndValueAsLogarithmicMapping() {
    LogarithmicMapping reference = new LogarithmicMapping(0.01);
    for (long x = 1; x <= 200_000; x++) {
      assertThat(DdSketch.index(x)).as("index of %d", x).isEqualTo(reference.index(x));
    }
    Random random = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      long x = 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
      assertThat(DdSketch.index(x)).as("index of %d", x).isEqualTo(reference.index(x));
    }
    // Values agree to the last few bits, not always to the bit: we take StrictMath.exp, so that every JVM computes the
    // same sketch, where sketches-java takes Math.exp, which may differ by an ulp.
    for (int i = 0; i <= DdSketch.MAX_INDEX; i++) {
      assertThat(DdSketch.representative(i)).as("value of bucket %d", i)
          .isCloseTo(reference.value(i), within(reference.value(i) * 1e-15));
    }
    assertThat(DdSketch.MAX_INDEX).isEqualTo(2183).isEqualTo(reference.index(Long.MAX_VALUE));
  }

  @Test
  void everyValueIsWithinOnePercentOfItsBucketsRepresentative() {
    for (long x = 1; x <= 300_000; x++) {
      double representative = DdSketch.representative(DdSketch.index(x));
      assertThat(Math.abs(representative - x)).as("x=%d", x).isLessThanOrEqualTo(0.01 * x * (1 + 1e-12));
    }
    double top = DdSketch.representative(DdSketch.index(Long.MAX_VALUE));
    assertThat(Math.abs(top - 0x1p63)).isLessThanOrEqualTo(0.01 * 0x1p63);
  }

  @Test
  void sameBucketsAndQuantilesAsDdSketchesLogarithmicUnboundedDense() {
    qt().withFixedSeed(1905L)
        .withExamples(200)
        .forAll(integers().between(1, 5_000), integers().between(0, 2), longs().all())
        .checkAssert((n, shape, seed) -> {
          Random random = new Random(seed);
          DdSketch ours = DdSketch.create();
          DDSketch theirs = DDSketches.logarithmicUnboundedDense(0.01);
          for (int i = 0; i < n; i++) {
            long x = switch (shape) {
              case 0 -> random.nextInt(50);
              case 1 -> (long) Math.exp(random.nextGaussian() * 3 + 6);
              default -> random.nextLong() >>> (1 + random.nextInt(63));
            };
            ours.add(x);
            theirs.accept(x);
          }
          assertThat(ours.count()).isEqualTo((long) n);
          assertThat((double) ours.zeroCount())
              .isEqualTo(theirs.getCount() - theirs.getPositiveValueStore().getTotalCount());
          long inBins = ours.zeroCount();
          Iterator<Bin> bins = theirs.getPositiveValueStore().getAscendingIterator();
          while (bins.hasNext()) {
            Bin bin = bins.next();
            assertThat((double) ours.countAtIndex(bin.getIndex())).as("bucket %d", bin.getIndex())
                .isEqualTo(bin.getCount());
            inBins += ours.countAtIndex(bin.getIndex());
          }
          assertThat(inBins).as("no bucket of ours is missing from theirs").isEqualTo((long) n);
          for (double q : QS) {
            double expected = theirs.getValueAtQuantile(q);
            assertThat(ours.valueAtRank((long) Math.floor(q * (n - 1))))
                .as("q=%s", q)
                .isCloseTo(expected, within(expected * 1e-15));
          }
        });
  }

  @Test
  void mergingAddsCounts() {
    DdSketch a = DdSketch.create();
    DdSketch b = DdSketch.create();
    DdSketch both = DdSketch.create();
    Random random = new Random(3);
    for (int i = 0; i < 1000; i++) {
      long x = random.nextInt(100_000);
      (i % 3 == 0 ? a : b).add(x);
      both.add(x);
    }
    a.merge(b.trimmedCopy());
    assertThat(a).isEqualTo(both).isEqualTo(both.trimmedCopy()).hasSameHashCodeAs(both.trimmedCopy());
    assertThat(a.mutableCopy()).isEqualTo(both);
    assertThat(DdSketch.create()).isEqualTo(DdSketch.create().trimmedCopy())
        .hasSameHashCodeAs(DdSketch.create().trimmedCopy());
    assertThat(both.toString()).startsWith("DdSketch{count=1000, buckets=");
    assertThatThrownBy(() -> both.valueAtRank(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rank must be in [0, 1000): 1000");
  }
}
