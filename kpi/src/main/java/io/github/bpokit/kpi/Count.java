package io.github.bpokit.kpi;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * A count of observations, such as the {@code contacts} or {@code handled} KPIs. Unlike a ratio, a count always has a
 * value: zero contacts is a measurement, not a missing one.
 *
 * <pre>{@code
 * Count contacts = Count.of(1_250);
 * contacts.value();       // OptionalDouble[1250.0]
 * contacts.sampleSize();  // 1250
 * }</pre>
 *
 * @param count how many, {@code >= 0}
 */
public record Count(long count) implements KpiValue, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a count.
   *
   * @param count how many
   * @throws IllegalArgumentException when {@code count < 0}
   */
  public Count {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
  }

  /**
   * Creates a count.
   *
   * @param count how many
   * @return the count
   * @throws IllegalArgumentException when {@code count < 0}
   */
  public static Count of(long count) {
    return new Count(count);
  }

  /**
   * Returns the count as a double; always present.
   *
   * @return the count
   */
  @Override
  public OptionalDouble value() {
    return OptionalDouble.of(count);
  }

  /**
   * Returns the count.
   *
   * @return {@link #count()}
   */
  @Override
  public long sampleSize() {
    return count;
  }

  /** Returns the count in decimal. */
  @Override
  public String toString() {
    return Long.toString(count);
  }
}
