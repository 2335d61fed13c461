package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The merge laws every {@link Accumulator} obeys (DESIGN.md "Accumulate, merge, snapshot"), checked on one input and
 * two cut points: split-and-merge equals one pass, merge is commutative and associative, the empty accumulator is its
 * identity, the order of the input does not matter, merging an accumulator with itself counts everything twice, and an
 * accumulator survives serialization mid-stream.
 */
final class MergeLaws<T, A extends Accumulator<A, R>, R> {
  private final Supplier<A> factory;
  private final BiConsumer<A, T> add;

  private MergeLaws(Supplier<A> factory, BiConsumer<A, T> add) {
    this.factory = factory;
    this.add = add;
  }

  static <T, A extends Accumulator<A, R>, R> MergeLaws<T, A, R> of(Supplier<A> factory, BiConsumer<A, T> add) {
    return new MergeLaws<>(factory, add);
  }

  A accumulate(List<T> input) {
    A acc = factory.get();
    input.forEach(x -> add.accept(acc, x));
    return acc;
  }

  R onePass(List<T> input) {
    return accumulate(input).snapshot();
  }

  /**
   * Checks every law.
   *
   * @param cut1 a cut point as a fraction in [0, 1] of the input size
   * @param cut2 a second cut point as a fraction in [0, 1]
   * @param seed the seed of the permutation
   */
  void check(List<T> input, double cut1, double cut2, long seed) {
    int n = input.size();
    int i = (int) Math.round(cut1 * n);
    int j = (int) Math.round(cut2 * n);
    int lo = Math.min(i, j);
    int hi = Math.max(i, j);
    List<T> a = input.subList(0, lo);
    List<T> b = input.subList(lo, hi);
    List<T> c = input.subList(hi, n);
    R whole = onePass(input);

    // split anywhere, merge: the same as one pass, in either order
    assertThat(accumulate(input.subList(0, lo)).merge(accumulate(input.subList(lo, n))).snapshot())
        .as("split at %d then merge", lo)
        .isEqualTo(whole);
    assertThat(accumulate(input.subList(lo, n)).merge(accumulate(input.subList(0, lo))).snapshot())
        .as("commutative")
        .isEqualTo(whole);
    // associative
    R left = accumulate(a).merge(accumulate(b)).merge(accumulate(c)).snapshot();
    R right = accumulate(a).merge(accumulate(b).merge(accumulate(c))).snapshot();
    assertThat(left).as("(a+b)+c").isEqualTo(whole);
    assertThat(right).as("a+(b+c)").isEqualTo(whole);
    // empty is the identity, on either side
    assertThat(accumulate(input).merge(factory.get()).snapshot()).as("x + empty").isEqualTo(whole);
    assertThat(factory.get().merge(accumulate(input)).snapshot()).as("empty + x").isEqualTo(whole);
    // any permutation
    List<T> shuffled = new ArrayList<>(input);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(onePass(shuffled)).as("permuted").isEqualTo(whole);
    // merging with itself = merging with a copy
    A self = accumulate(input);
    assertThat(self.merge(self).snapshot()).as("x + x").isEqualTo(accumulate(input).merge(accumulate(input)).snapshot());
    // the snapshot does not change the accumulator; the accumulator survives serialization mid-stream
    A first = accumulate(a);
    first.snapshot();
    A copy = SerializableTester.reserialize(first);
    b.forEach(x -> add.accept(copy, x));
    c.forEach(x -> add.accept(copy, x));
    assertThat(copy.snapshot()).as("serialized after %d, then continued", lo).isEqualTo(whole);
    // the result is serializable too
    assertThat(SerializableTester.reserialize(whole)).isEqualTo(whole);
  }
}
