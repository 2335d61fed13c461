package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import java.util.function.ToIntFunction;
import java.util.stream.Collector;

/**
 * Counts likelihood-to-recommend answers 0–10 into promoters, passives and detractors, for a {@link NetPromoterScore}.
 * Mutable and not thread-safe; merge partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * NpsAccumulator nps = new NpsAccumulator();
 * for (Interaction i : interactions) {
 *   i.nps().ifPresent(nps::add);
 * }
 * nps.snapshot().value();
 * }</pre>
 */
public final class NpsAccumulator implements Accumulator<NpsAccumulator, NetPromoterScore> {
  private static final long serialVersionUID = 1L;

  private static final int DETRACTOR = 0;
  private static final int PASSIVE = 1;
  private static final int PROMOTER = 2;
  /** The group of each answer 0..10. */
  private static final int[] GROUP = {
    DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR, PASSIVE, PASSIVE, PROMOTER, PROMOTER
  };

  /** Counts per group, indexed by {@link #DETRACTOR}, {@link #PASSIVE}, {@link #PROMOTER}. */
  private final long[] counts = new long[3];

  /** Creates an empty accumulator. */
  public NpsAccumulator() {}

  /**
   * Returns a collector of the NPS of the elements' answers.
   *
   * @param <T> the element type
   * @param answer the answer 0..10 of each element
   * @return a collector to a {@link NetPromoterScore}
   */
  public static <T> Collector<T, ?, NetPromoterScore> toNps(ToIntFunction<? super T> answer) {
    requireNonNull(answer, "answer");
    return Collector.of(
        NpsAccumulator::new,
        (acc, element) -> acc.add(answer.applyAsInt(element)),
        NpsAccumulator::merge,
        NpsAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts one answer.
   *
   * @param answer the likelihood to recommend, 0 to 10
   * @throws IllegalArgumentException when the answer is not in {@code 0..10}
   */
  public void add(int answer) {
    if (Integer.compareUnsigned(answer, 10) > 0) {
      throw new IllegalArgumentException("NPS answer must be between 0 and 10: " + answer);
    }
    counts[GROUP[answer]]++;
  }

  @Override
  public NpsAccumulator merge(NpsAccumulator other) {
    long promoters = other.counts[PROMOTER];
    long passives = other.counts[PASSIVE];
    long detractors = other.counts[DETRACTOR];
    counts[PROMOTER] += promoters;
    counts[PASSIVE] += passives;
    counts[DETRACTOR] += detractors;
    return this;
  }

  @Override
  public NetPromoterScore snapshot() {
    return new NetPromoterScore(counts[PROMOTER], counts[PASSIVE], counts[DETRACTOR]);
  }

  /** Returns e.g. {@code NpsAccumulator{NPS(promoters=50, passives=30, detractors=20)}}. */
  @Override
  public String toString() {
    return "NpsAccumulator{" + snapshot() + "}";
  }
}
