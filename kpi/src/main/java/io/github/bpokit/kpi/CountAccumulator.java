package io.github.bpokit.kpi;

/**
 * Counts observations, for a {@link Count}. Mutable and not thread-safe; merge partial accumulators instead of sharing
 * one.
 *
 * <pre>{@code
 * CountAccumulator handled = new CountAccumulator();
 * for (Interaction i : interactions) {
 *   if (i.isHandled()) {
 *     handled.increment();
 *   }
 * }
 * Count result = handled.snapshot();
 * }</pre>
 */
public final class CountAccumulator implements Accumulator<CountAccumulator, Count> {
  private static final long serialVersionUID = 1L;

  private long count;

  /** Creates an accumulator at zero. */
  public CountAccumulator() {}

  /** Counts one observation. */
  public void increment() {
    count++;
  }

  /**
   * Counts several observations at once.
   *
   * @param observations how many to add, {@code >= 0}
   * @throws IllegalArgumentException when {@code observations < 0}
   * @throws ArithmeticException when the count overflows a {@code long}
   */
  public void add(long observations) {
    if (observations < 0) {
      throw new IllegalArgumentException("observations must be >= 0: " + observations);
    }
    count = Math.addExact(count, observations);
  }

  /**
   * {@inheritDoc}
   *
   * @throws ArithmeticException when the count overflows a {@code long}
   */
  @Override
  public CountAccumulator merge(CountAccumulator other) {
    count = Math.addExact(count, other.count);
    return this;
  }

  @Override
  public Count snapshot() {
    return new Count(count);
  }

  /** Returns e.g. {@code CountAccumulator{1250}}. */
  @Override
  public String toString() {
    return "CountAccumulator{" + count + "}";
  }
}
