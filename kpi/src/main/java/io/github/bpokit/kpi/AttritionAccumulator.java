package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects monthly headcounts and leavers, for an {@link Attrition} over every month seen. Several sites or teams may
 * report the same month: their headcounts and leavers add up within the month, and the month counts once; so merging
 * accumulators of different sites, or of different months, is exact either way. Mutable and not thread-safe; merge
 * partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * AttritionAccumulator acc = new AttritionAccumulator();
 * acc.addMonth(YearMonth.of(2026, 7), 100, 98, 4);   // month, opening, closing, leavers
 * acc.addMonth(YearMonth.of(2026, 8), 98, 97, 3);
 * acc.addMonth(YearMonth.of(2026, 9), 97, 96, 5);
 * Attrition q3 = acc.snapshot();
 * q3.value();        // 12 / 97.666... = 0.1228...
 * q3.annualized();   // × 12 / 3
 * }</pre>
 */
public final class AttritionAccumulator implements Accumulator<AttritionAccumulator, Attrition> {
  private static final long serialVersionUID = 1L;

  /** Per month: the sum of opening + closing headcounts, and the leavers. */
  private final TreeMap<YearMonth, long[]> months = new TreeMap<>();

  /** Creates an empty accumulator. */
  public AttritionAccumulator() {}

  /**
   * Adds one month of one team.
   *
   * @param month the month
   * @param openingHeadcount the headcount at the start of the month, {@code >= 0}
   * @param closingHeadcount the headcount at the end of the month, {@code >= 0}
   * @param leavers the people who left during the month, {@code >= 0}
   * @throws IllegalArgumentException when a count is negative
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  public void addMonth(YearMonth month, long openingHeadcount, long closingHeadcount, long leavers) {
    requireNonNull(month, "month");
    if (openingHeadcount < 0 || closingHeadcount < 0 || leavers < 0) {
      throw new IllegalArgumentException("headcounts and leavers must be >= 0: opening " + openingHeadcount
          + ", closing " + closingHeadcount + ", leavers " + leavers + " in " + month);
    }
    add(month, Math.addExact(openingHeadcount, closingHeadcount), leavers);
  }

  private void add(YearMonth month, long headcount, long leavers) {
    long[] sums = months.computeIfAbsent(month, m -> new long[2]);
    long newHeadcount = Math.addExact(sums[0], headcount);
    long newLeavers = Math.addExact(sums[1], leavers);
    sums[0] = newHeadcount;
    sums[1] = newLeavers;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ArithmeticException when a sum overflows a {@code long}
   */
  @Override
  public AttritionAccumulator merge(AttritionAccumulator other) {
    for (Map.Entry<YearMonth, long[]> e : new TreeMap<>(other.months).entrySet()) {
      long[] sums = e.getValue().clone(); // other may be this
      add(e.getKey(), sums[0], sums[1]);
    }
    return this;
  }

  @Override
  public Attrition snapshot() {
    long headcount = 0;
    long leavers = 0;
    for (long[] sums : months.values()) {
      headcount = Math.addExact(headcount, sums[0]);
      leavers = Math.addExact(leavers, sums[1]);
    }
    return new Attrition(months.size(), leavers, headcount);
  }

  /** Returns e.g. {@code AttritionAccumulator{months=[2026-07, 2026-08]}}. */
  @Override
  public String toString() {
    return "AttritionAccumulator{months=" + months.keySet() + "}";
  }
}
