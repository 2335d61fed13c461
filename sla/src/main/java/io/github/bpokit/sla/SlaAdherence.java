package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.kpi.Proportion;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SLA adherence per metric, for the whole and per segment: a snapshot of a {@link SlaAdherenceAccumulator}. Per
 * segment and metric it holds the {@link TimerCounts} and the adherence, achieved / (achieved + breached), as a
 * {@link Proportion} (with its Wilson interval), so it sits in a scorecard beside the other KPIs under
 * {@link SlaMetric#kpiId()}. Immutable and serializable.
 *
 * <pre>{@code
 * SlaAdherence a = accumulator.snapshot();
 * a.adherence(SlaMetric.FIRST_REPLY);                    // the whole: e.g. 180/200
 * for (SegmentKey key : a.segments()) {                  // "*" first, then e.g. EMAIL, CHAT
 *   System.out.println(key.label() + " " + a.adherence(key, SlaMetric.RESOLUTION));
 * }
 * a.unmatchedTicketIds();                                // tickets no policy matched
 * }</pre>
 */
public final class SlaAdherence implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Segmentation segmentation;
  private final ImmutableSortedMap<SegmentKey, long[]> counts;
  private final ImmutableList<String> unmatchedIds;

  SlaAdherence(Segmentation segmentation, Map<SegmentKey, long[]> counts, List<String> unmatchedIds) {
    this.segmentation = segmentation;
    ImmutableSortedMap.Builder<SegmentKey, long[]> copy = ImmutableSortedMap.naturalOrder();
    counts.forEach((key, c) -> copy.put(key, c.clone()));
    if (!counts.containsKey(SegmentKey.all())) {
      copy.put(SegmentKey.all(), new long[SlaAdherenceAccumulator.WIDTH]);
    }
    this.counts = copy.build();
    List<String> ids = new ArrayList<>(unmatchedIds);
    Collections.sort(ids);
    this.unmatchedIds = ImmutableList.copyOf(ids);
  }

  /**
   * Returns the segmentation.
   *
   * @return the dimensions of the segments
   */
  public Segmentation segmentation() {
    return segmentation;
  }

  /**
   * Returns the segments seen: the whole first, then the segments in their natural order.
   *
   * @return the keys; always contains {@link SegmentKey#all()}
   */
  public List<SegmentKey> segments() {
    return counts.keySet().asList();
  }

  /**
   * Returns how many tickets were counted (matched or not).
   *
   * @return the tickets of the whole
   */
  public long tickets() {
    return tickets(SegmentKey.all());
  }

  /**
   * Returns how many tickets of a segment were counted (matched or not).
   *
   * @param segment the segment
   * @return its tickets; 0 for a segment not seen
   */
  public long tickets(SegmentKey segment) {
    return get(segment, SlaAdherenceAccumulator.TICKETS);
  }

  /**
   * Returns how many tickets no policy matched.
   *
   * @return the unmatched tickets of the whole
   */
  public long unmatched() {
    return unmatched(SegmentKey.all());
  }

  /**
   * Returns how many tickets of a segment no policy matched.
   *
   * @param segment the segment
   * @return its unmatched tickets; 0 for a segment not seen
   */
  public long unmatched(SegmentKey segment) {
    return get(segment, SlaAdherenceAccumulator.UNMATCHED);
  }

  /**
   * Returns the ids of the tickets no policy matched.
   *
   * @return the ids, sorted (an id counted twice appears twice)
   */
  public List<String> unmatchedTicketIds() {
    return unmatchedIds;
  }

  /**
   * Returns the timer counts of a metric for the whole.
   *
   * @param metric the metric
   * @return the counts
   */
  public TimerCounts counts(SlaMetric metric) {
    return counts(SegmentKey.all(), metric);
  }

  /**
   * Returns the timer counts of a metric in a segment.
   *
   * @param segment the segment
   * @param metric the metric
   * @return the counts; zero for a segment not seen
   */
  public TimerCounts counts(SegmentKey segment, SlaMetric metric) {
    requireNonNull(metric, "metric");
    long[] c = counts.get(requireNonNull(segment, "segment"));
    if (c == null) {
      return TimerCounts.zero();
    }
    int b = SlaAdherenceAccumulator.FIRST_METRIC + metric.ordinal() * SlaAdherenceAccumulator.PER_METRIC;
    return new TimerCounts(c[b], c[b + 1], c[b + 2], c[b + 3], c[b + 4]);
  }

  /**
   * Returns the adherence of a metric for the whole.
   *
   * @param metric the metric
   * @return achieved / (achieved + breached)
   */
  public Proportion adherence(SlaMetric metric) {
    return counts(metric).adherence();
  }

  /**
   * Returns the adherence of a metric in a segment.
   *
   * @param segment the segment
   * @param metric the metric
   * @return achieved / (achieved + breached); no value when nothing is decided
   */
  public Proportion adherence(SegmentKey segment, SlaMetric metric) {
    return counts(segment, metric).adherence();
  }

  private long get(SegmentKey segment, int index) {
    long[] c = counts.get(requireNonNull(segment, "segment"));
    return c == null ? 0 : c[index];
  }

  /**
   * Returns whether the other object is a snapshot with the same segmentation, counts and unmatched ids.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SlaAdherence that) || !segmentation.equals(that.segmentation)
        || !unmatchedIds.equals(that.unmatchedIds) || !counts.keySet().equals(that.counts.keySet())) {
      return false;
    }
    for (Map.Entry<SegmentKey, long[]> e : counts.entrySet()) {
      if (!Arrays.equals(e.getValue(), that.counts.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = segmentation.hashCode() * 31 + unmatchedIds.hashCode();
    for (Map.Entry<SegmentKey, long[]> e : counts.entrySet()) {
      h = h * 31 + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  /**
   * Returns e.g. {@code SlaAdherence{channel: 120 tickets, 0 unmatched, first_reply 100/110, ...}} (the whole).
   *
   * @return a short description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("SlaAdherence{").append(segmentation).append(": ").append(tickets())
        .append(" tickets, ").append(unmatched()).append(" unmatched");
    for (SlaMetric m : SlaMetric.values()) {
      TimerCounts c = counts(m);
      if (c.timers() > 0) {
        s.append(", ").append(m.id()).append(' ').append(c.adherence());
      }
    }
    return s.append('}').toString();
  }
}
