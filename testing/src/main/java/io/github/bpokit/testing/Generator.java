package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Makes values from random draws. It is framework-neutral: {@link #next(RandomSource)} takes every choice from the
 * {@link RandomSource} it is given, so a seed, a JDK random generator or a property-testing library can drive it.
 * Implementations in this package are immutable and thread-safe (the source is not shared between calls), and
 * configured fluently: each configuring method returns a new generator.
 *
 * <pre>{@code
 * Generator<Interaction> interactions = Generators.interactions().channels(Channel.CHAT).customers(20);
 * Interaction one = interactions.next(7);                 // the same value for the same seed
 * List<Interaction> log = interactions.sample(7, 1_000);  // the same list for the same seed
 * // plain JUnit: a fixed seed per test, a new value per repetition
 * for (long seed = 0; seed < 500; seed++) {
 *   Interaction i = interactions.next(seed);
 *   ...
 * }
 * // QuickTheories: one line, failures shrink towards simpler values
 * Gen<Interaction> gen = in -> interactions.next(
 *     (min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min)));
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Returns a value made from draws of {@code source}.
   *
   * @param source where the random choices come from
   * @return the value
   */
  T next(RandomSource source);

  /**
   * Returns the value this seed gives: {@code next(RandomSource.seeded(seed))}.
   *
   * @param seed the seed
   * @return the value; the same for the same seed
   */
  default T next(long seed) {
    return next(RandomSource.seeded(seed));
  }

  /**
   * Returns {@code count} values drawn one after another from one source seeded with {@code seed}.
   *
   * @param seed the seed
   * @param count how many, at least 0
   * @return the values; the same list for the same seed
   * @throws IllegalArgumentException when {@code count} is negative
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    RandomSource source = RandomSource.seeded(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(source));
    }
    return values;
  }

  /**
   * Returns an endless stream of values drawn from one source seeded with {@code seed}.
   *
   * @param seed the seed
   * @return the sequential stream; the same values in the same order for the same seed
   */
  default Stream<T> stream(long seed) {
    RandomSource source = RandomSource.seeded(seed);
    return Stream.generate(() -> next(source));
  }

  /**
   * Returns a generator of the values mapped by {@code mapper}.
   *
   * @param mapper the function applied to each value
   * @param <R> the type of the mapped values
   * @return the generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    return source -> mapper.apply(next(source));
  }

  /**
   * Returns a generator of lists of {@code minSize} to {@code maxSize} values; the minimum draw gives the shortest.
   *
   * @param minSize the least size, at least 0
   * @param maxSize the greatest size, at least {@code minSize}
   * @return the generator
   * @throws IllegalArgumentException when the sizes are negative or out of order
   */
  default Generator<List<T>> lists(int minSize, int maxSize) {
    Generators.checkSizes(minSize, maxSize);
    return source -> {
      int size = source.intBetween(minSize, maxSize);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(source));
      }
      return values;
    };
  }
}
