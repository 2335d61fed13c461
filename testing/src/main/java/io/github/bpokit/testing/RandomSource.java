package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Where a {@link Generator} takes its random choices from: one method, a whole number in a closed range. It is a
 * functional interface so that any source of randomness fits in one lambda: a seed ({@link #seeded(long)}), any
 * {@link RandomGenerator} ({@link #of(RandomGenerator)}), or a property-testing library's source, whose shrinking then
 * works on every draw.
 *
 * <pre>{@code
 * RandomSource seeded = RandomSource.seeded(42);                          // plain JUnit, reproducible
 * RandomSource jdk = RandomSource.of(RandomGenerator.of("L64X128MixRandom"));
 * // QuickTheories (org.quicktheories.core.RandomnessSource in, org.quicktheories.impl.Constraint):
 * RandomSource qt = (min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min));
 * }</pre>
 *
 * <p><b>Shrinking.</b> The generators of this package draw so that the minimum of every range is the simplest choice:
 * an optional field absent, the first of a list of options (the first enum constant, the most common channel), the
 * shortest text, the smallest duration, the fewest events. A source that always answers {@code min} gives the
 * simplest value a generator can make, and a library that shrinks draws towards their minimum shrinks values
 * towards simpler ones.
 */
@FunctionalInterface
public interface RandomSource {
  /**
   * Returns a whole number in {@code [min, max]}.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return a value in the range
   */
  long between(long min, long max);

  /**
   * Returns an int in {@code [min, max]}.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return a value in the range
   */
  default int intBetween(int min, int max) {
    return (int) between(min, max);
  }

  /**
   * Returns true with the given probability; the minimum draw answers false.
   *
   * @param percent the chance of true, 0 to 100
   * @return whether the chance came up
   */
  default boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /**
   * Returns one of the values; the minimum draw answers the first.
   *
   * @param values the values, not empty
   * @param <T> the type of the values
   * @return one of them
   */
  default <T> T pick(List<T> values) {
    return values.get(intBetween(0, values.size() - 1));
  }

  /**
   * Returns an index into {@code weights}, each index with a probability proportional to its weight; the minimum
   * draw answers the first index with a positive weight.
   *
   * @param weights non-negative weights, at least one positive
   * @return the index drawn
   */
  default int weighted(int... weights) {
    long total = 0;
    for (int w : weights) {
      total += w;
    }
    long draw = between(0, total - 1);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("weights must be non-negative with a positive sum");
  }

  /**
   * Returns a source drawing from a {@link SplittableRandom} with this seed: the same seed gives the same draws.
   *
   * @param seed the seed
   * @return the source; not thread-safe
   */
  static RandomSource seeded(long seed) {
    return of(new SplittableRandom(seed));
  }

  /**
   * Returns a source drawing from a JDK random generator.
   *
   * @param random the generator, e.g. {@code new SplittableRandom(7)} or {@code RandomGenerator.getDefault()}
   * @return the source; thread-safe when {@code random} is
   */
  static RandomSource of(RandomGenerator random) {
    requireNonNull(random, "random");
    return (min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
      }
      if (min == max) {
        return min;
      }
      // max - min + 1 overflows only for ranges wider than half the long range
      return max - min + 1 > 0 ? min + random.nextLong(max - min + 1) : drawWide(random, min, max);
    };
  }

  private static long drawWide(RandomGenerator random, long min, long max) {
    while (true) {
      long value = random.nextLong();
      if (value >= min && value <= max) {
        return value;
      }
    }
  }
}
