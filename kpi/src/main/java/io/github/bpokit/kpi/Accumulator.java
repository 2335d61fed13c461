package io.github.bpokit.kpi;

import java.io.Serializable;

/**
 * A mutable, not thread-safe, serializable accumulator of one KPI kind: observations go in through the kind's own
 * {@code add} methods (primitive, allocation-free), partial accumulators are combined with {@link #merge}, and
 * {@link #snapshot()} returns an immutable result.
 *
 * <p>Merging is exact: every accumulator keeps integer state only (counts, and decimals on a documented fixed-point grid
 * in {@code long}s), so splitting the input anywhere, accumulating the parts in any order and merging them gives a
 * snapshot equal, bit for bit, to one pass over the whole input. Merge is associative and commutative and an empty
 * accumulator is its identity; this is what lets parallel streams, Spark, Flink or Beam drive the accumulators.
 *
 * <pre>{@code
 * ProportionAccumulator monday = new ProportionAccumulator();
 * ProportionAccumulator tuesday = new ProportionAccumulator();
 * monday.add(true);
 * tuesday.add(false);
 * Proportion both = monday.merge(tuesday).snapshot(); // 1 of 2
 * }</pre>
 *
 * @param <A> the accumulator's own type
 * @param <R> the result type
 */
public interface Accumulator<A extends Accumulator<A, R>, R> extends Serializable {

  /**
   * Adds everything another accumulator of the same kind and configuration has seen to this one; {@code other} is not
   * changed (it may be this accumulator itself, which then counts everything twice).
   *
   * @param other the accumulator to merge in
   * @return this accumulator
   * @throws IllegalArgumentException when the two are configured differently
   */
  A merge(A other);

  /**
   * Returns an immutable result of everything added so far; the accumulator can go on accumulating.
   *
   * @return the result
   */
  R snapshot();
}
