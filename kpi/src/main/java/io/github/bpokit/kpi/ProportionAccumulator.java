package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * Counts successes among observations, for a {@link Proportion} such as a CSAT top-2-box share, an abandonment rate or
 * a service level. Mutable and not thread-safe; merge partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * ProportionAccumulator abandonment = new ProportionAccumulator();
 * for (Interaction i : interactions) {
 *   abandonment.add(i.outcome() == Outcome.ABANDONED);
 * }
 * Proportion rate = abandonment.snapshot();
 *
 * Proportion csat = surveys.stream().collect(ProportionAccumulator.toProportion(answer -> answer >= 4));
 * }</pre>
 */
public final class ProportionAccumulator implements Accumulator<ProportionAccumulator, Proportion> {
  private static final long serialVersionUID = 1L;

  private long numerator;
  private long denominator;

  /** Creates an empty accumulator, 0 of 0. */
  public ProportionAccumulator() {}

  /**
   * Returns a collector counting the elements that satisfy a predicate among all elements.
   *
   * @param <T> the element type
   * @param isSuccess which elements count in the numerator
   * @return a collector to a {@link Proportion}
   */
  public static <T> Collector<T, ?, Proportion> toProportion(Predicate<? super T> isSuccess) {
    requireNonNull(isSuccess, "isSuccess");
    return Collector.of(
        ProportionAccumulator::new,
        (acc, element) -> acc.add(isSuccess.test(element)),
        ProportionAccumulator::merge,
        ProportionAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts one observation.
   *
   * @param success whether it counts in the numerator as well as in the denominator
   */
  public void add(boolean success) {
    numerator += success ? 1 : 0;
    denominator++;
  }

  /**
   * Counts pre-aggregated observations: {@code numerator} successes among {@code denominator} more observations.
   *
   * @param numerator the successes to add
   * @param denominator the observations to add
   * @throws IllegalArgumentException unless {@code 0 <= numerator <= denominator}
   * @throws ArithmeticException when a count overflows a {@code long}
   */
  public void addCounts(long numerator, long denominator) {
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "counts need 0 <= numerator <= denominator: " + numerator + " of " + denominator);
    }
    long newDenominator = Math.addExact(this.denominator, denominator);
    this.numerator += numerator;
    this.denominator = newDenominator;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ArithmeticException when a count overflows a {@code long}
   */
  @Override
  public ProportionAccumulator merge(ProportionAccumulator other) {
    addCounts(other.numerator, other.denominator);
    return this;
  }

  @Override
  public Proportion snapshot() {
    return new Proportion(numerator, denominator);
  }

  /** Returns e.g. {@code ProportionAccumulator{81/263}}. */
  @Override
  public String toString() {
    return "ProportionAccumulator{" + numerator + "/" + denominator + "}";
  }
}
