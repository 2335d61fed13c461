package io.github.bpokit.kpi;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What every single-number KPI result can say about itself: its value ("no value" when there is nothing to measure,
 * never NaN and never a made-up 0), how many observations it rests on, and, where the KPI has one, a 95% interval.
 * Implemented by {@link Proportion}, {@link Mean}, {@link NetPromoterScore} and {@link Count}, so that contract terms
 * can judge any KPI (value against bands, sample size against a minimum) without knowing its kind.
 *
 * <pre>{@code
 * KpiValue kpi = Proportion.of(45, 50);
 * kpi.value();        // OptionalDouble[0.9]
 * kpi.sampleSize();   // 50
 * kpi.interval();     // Optional[[0.7864..., 0.9565...]]
 * }</pre>
 */
public interface KpiValue {

  /**
   * Returns the value, or empty when there is nothing to measure (an empty denominator, no observations).
   *
   * @return the value; never NaN
   */
  OptionalDouble value();

  /**
   * Returns how many observations the value rests on: the denominator of a proportion, the count of a mean.
   *
   * @return the sample size, {@code >= 0}
   */
  long sampleSize();

  /**
   * Returns the 95% interval around the value, when the KPI has one and there is a value.
   *
   * @return the interval; empty by default
   */
  default Optional<Interval> interval() {
    return Optional.empty();
  }
}
