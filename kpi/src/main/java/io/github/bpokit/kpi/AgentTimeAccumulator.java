package io.github.bpokit.kpi;

/**
 * Sums agents' handle, available and paid time, for {@link AgentTime#occupancy() occupancy} and
 * {@link AgentTime#utilization() utilization}; feed it one agent-interval (or agent-day) at a time. Mutable and not
 * thread-safe; merge partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * AgentTimeAccumulator team = new AgentTimeAccumulator();
 * team.add(23_400, 27_000, 28_800);   // agent 1, one day
 * team.add(20_000, 25_000, 28_800);   // agent 2
 * team.snapshot().occupancy().value(); // OptionalDouble[0.8346...]
 * }</pre>
 */
public final class AgentTimeAccumulator implements Accumulator<AgentTimeAccumulator, AgentTime> {
  private static final long serialVersionUID = 1L;

  private long handleSeconds;
  private long availableSeconds;
  private long paidSeconds;

  /** Creates an empty accumulator. */
  public AgentTimeAccumulator() {}

  /**
   * Adds the time of one agent over one interval.
   *
   * @param handleSeconds the handle time
   * @param availableSeconds the available time
   * @param paidSeconds the paid time
   * @throws IllegalArgumentException as {@link AgentTime#of} does
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  public void add(long handleSeconds, long availableSeconds, long paidSeconds) {
    add(AgentTime.of(handleSeconds, availableSeconds, paidSeconds));
  }

  /**
   * Adds some agent time.
   *
   * @param time the time
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  public void add(AgentTime time) {
    AgentTime sum = snapshot().plus(time);
    handleSeconds = sum.handleSeconds();
    availableSeconds = sum.availableSeconds();
    paidSeconds = sum.paidSeconds();
  }

  /**
   * {@inheritDoc}
   *
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  @Override
  public AgentTimeAccumulator merge(AgentTimeAccumulator other) {
    add(other.snapshot());
    return this;
  }

  @Override
  public AgentTime snapshot() {
    return new AgentTime(handleSeconds, availableSeconds, paidSeconds);
  }

  /** Returns e.g. {@code AgentTimeAccumulator{AgentTime[handleSeconds=..., ...]}}. */
  @Override
  public String toString() {
    return "AgentTimeAccumulator{" + snapshot() + "}";
  }
}
