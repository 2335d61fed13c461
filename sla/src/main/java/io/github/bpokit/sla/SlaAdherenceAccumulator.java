package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.kpi.Accumulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;

/**
 * Accumulates SLA adherence over ticket evaluations, per metric, for the whole and per segment: counts of achieved,
 * breached, running, paused and at-risk timers, and the tickets no policy matched. Mutable, not thread-safe,
 * serializable; merging is exact (integer counts), so splitting the evaluations anywhere and merging the parts in any
 * order gives the same {@link SlaAdherence} as one pass.
 *
 * <pre>{@code
 * SlaAdherenceAccumulator acc = new SlaAdherenceAccumulator(Segmentation.parse("channel"));
 * for (Ticket t : tickets) {
 *   acc.add(clock.evaluate(t, asOf));
 * }
 * SlaAdherence adherence = acc.snapshot();
 * adherence.adherence(SegmentKey.of(Dimension.CHANNEL, "EMAIL"), SlaMetric.FIRST_REPLY);  // e.g. 45/50
 *
 * SlaAdherence same = tickets.parallelStream().map(t -> clock.evaluate(t, asOf))
 *     .collect(SlaAdherenceAccumulator.toAdherence(Segmentation.parse("channel")));
 * }</pre>
 *
 * <p>Tickets are segmented by {@link TicketEvaluation#value(Dimension)}: channel, category, priority (the one in
 * force as of the evaluation) and vendor. Each evaluation counts in the whole ({@link SegmentKey#all()}) and in its
 * segment. Evaluations of tickets created after their as-of instant are ignored. Which tickets make up a period is
 * the caller's choice (e.g. the tickets created in it).
 */
public final class SlaAdherenceAccumulator implements Accumulator<SlaAdherenceAccumulator, SlaAdherence> {
  private static final long serialVersionUID = 1L;

  /** Per segment: tickets, unmatched tickets, then per metric achieved, breached, running, paused, at risk. */
  static final int TICKETS = 0;
  static final int UNMATCHED = 1;
  static final int FIRST_METRIC = 2;
  static final int PER_METRIC = 5;
  static final int WIDTH = FIRST_METRIC + PER_METRIC * SlaMetric.values().length;

  private final Segmentation segmentation;
  private final HashMap<SegmentKey, long[]> counts = new HashMap<>();
  private final ArrayList<String> unmatchedIds = new ArrayList<>();

  /** Creates an accumulator for the whole only. */
  public SlaAdherenceAccumulator() {
    this(Segmentation.whole());
  }

  /**
   * Creates an accumulator for the whole and the segments of a segmentation.
   *
   * @param segmentation by which dimensions: any of channel, category, priority, vendor
   * @throws IllegalArgumentException when the segmentation has another dimension (tickets have no language, agent or
   *     tier)
   */
  public SlaAdherenceAccumulator(Segmentation segmentation) {
    requireNonNull(segmentation, "segmentation");
    for (Dimension d : segmentation.dimensions()) {
      if (d != Dimension.CHANNEL && d != Dimension.CATEGORY && d != Dimension.PRIORITY && d != Dimension.VENDOR) {
        throw new IllegalArgumentException(TicketEvaluation.unsupported(d));
      }
    }
    this.segmentation = segmentation;
  }

  /**
   * Returns a collector of evaluations into their adherence, for streams (parallel ones included).
   *
   * @param segmentation by which dimensions, as for {@link #SlaAdherenceAccumulator(Segmentation)}
   * @return the collector
   */
  public static Collector<TicketEvaluation, ?, SlaAdherence> toAdherence(Segmentation segmentation) {
    requireNonNull(segmentation, "segmentation");
    new SlaAdherenceAccumulator(segmentation); // fail now for an unsupported dimension
    return Collector.of(
        () -> new SlaAdherenceAccumulator(segmentation),
        SlaAdherenceAccumulator::add,
        SlaAdherenceAccumulator::merge,
        SlaAdherenceAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the segmentation.
   *
   * @return the dimensions the segments are made of
   */
  public Segmentation segmentation() {
    return segmentation;
  }

  /**
   * Counts one ticket's evaluation: the ticket, each of its timer results by metric and status, or, when no policy
   * matched it, the ticket as unmatched (with its id).
   *
   * @param evaluation the evaluation; ignored when its ticket was created after its as-of instant
   */
  public void add(TicketEvaluation evaluation) {
    requireNonNull(evaluation, "evaluation");
    if (!evaluation.isCreated()) {
      return;
    }
    long[] whole = counts.computeIfAbsent(SegmentKey.all(), k -> new long[WIDTH]);
    add(whole, evaluation);
    if (!segmentation.isWhole()) {
      List<Dimension> dimensions = segmentation.dimensions();
      List<String> values = new ArrayList<>(dimensions.size());
      for (Dimension d : dimensions) {
        values.add(evaluation.value(d));
      }
      add(counts.computeIfAbsent(segmentation.key(values), k -> new long[WIDTH]), evaluation);
    }
    if (!evaluation.isMatched()) {
      unmatchedIds.add(evaluation.ticket().id());
    }
  }

  private static void add(long[] c, TicketEvaluation evaluation) {
    c[TICKETS]++;
    if (!evaluation.isMatched()) {
      c[UNMATCHED]++;
      return;
    }
    for (TimerResult r : evaluation.results()) {
      int base = FIRST_METRIC + r.metric().ordinal() * PER_METRIC;
      c[base + r.status().ordinal()]++;
      if (r.isAtRisk()) {
        c[base + 4]++;
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the segmentations differ
   */
  @Override
  public SlaAdherenceAccumulator merge(SlaAdherenceAccumulator other) {
    requireNonNull(other, "other");
    if (!segmentation.equals(other.segmentation)) {
      throw new IllegalArgumentException("cannot merge adherence by " + segmentation + " with adherence by "
          + other.segmentation);
    }
    List<Map.Entry<SegmentKey, long[]>> entries = new ArrayList<>(other.counts.entrySet());
    for (Map.Entry<SegmentKey, long[]> entry : entries) {
      long[] theirs = entry.getValue().clone();
      long[] mine = counts.computeIfAbsent(entry.getKey(), k -> new long[WIDTH]);
      for (int i = 0; i < WIDTH; i++) {
        mine[i] = Math.addExact(mine[i], theirs[i]);
      }
    }
    unmatchedIds.addAll(new ArrayList<>(other.unmatchedIds));
    return this;
  }

  @Override
  public SlaAdherence snapshot() {
    return new SlaAdherence(segmentation, counts, unmatchedIds);
  }

  /**
   * Returns e.g. {@code SlaAdherenceAccumulator{channel: 3 segments, 1200 tickets}}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    long[] whole = counts.get(SegmentKey.all());
    return "SlaAdherenceAccumulator{" + segmentation + ": " + counts.size() + " segments, "
        + (whole == null ? 0 : whole[TICKETS]) + " tickets}";
  }
}
