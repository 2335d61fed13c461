package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Counts the backlog at one instant t (SPEC §4, "more KPIs"): the contacts open at t, that is created at or before t
 * and not ended by t ({@code created_at <= t} and {@code ended_at} absent or {@code > t}); their ages
 * {@code t − created_at} in buckets; and the share past a due age ({@code age > dueAge}). Contacts created after t are
 * not part of it. Bucket edges {@code e1 < e2 < … < ek} give the buckets {@code [0, e1)}, {@code [e1, e2)}, …,
 * {@code [ek, ∞)}; by default 1 hour, 4 hours, 1 day, 3 days and 7 days. Mutable and not thread-safe; merge partial
 * accumulators of the same instant, due age and edges instead of sharing one.
 *
 * <pre>{@code
 * BacklogAccumulator acc = new BacklogAccumulator(Instant.parse("2026-10-31T18:00:00Z"), Duration.ofDays(2));
 * interactions.forEach(acc::add);
 * Backlog backlog = acc.snapshot();
 * backlog.open();          // Count 57
 * backlog.pastDue();       // Proportion 9/57
 * backlog.buckets();       // [0 s–1 h: 12, 1 h–4 h: 20, ...]
 * }</pre>
 */
public final class BacklogAccumulator implements Accumulator<BacklogAccumulator, Backlog> {
  private static final long serialVersionUID = 1L;

  /** The default bucket edges: 1 hour, 4 hours, 1 day, 3 days, 7 days. */
  public static final List<Duration> DEFAULT_BUCKET_EDGES = ImmutableList.of(
      Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

  private final Instant at;
  private final Duration dueAge;
  private final Duration[] edges;
  private final long[] buckets;
  private long open;
  private long pastDue;
  private boolean any;
  private long oldestSeconds;
  private int oldestNanos;

  /**
   * Creates an accumulator with the default bucket edges.
   *
   * @param at the instant t the backlog is taken at
   * @param dueAge the age beyond which an open contact is past due, {@code >= 0}
   * @throws IllegalArgumentException when the due age is negative
   */
  public BacklogAccumulator(Instant at, Duration dueAge) {
    this(at, dueAge, DEFAULT_BUCKET_EDGES);
  }

  /**
   * Creates an accumulator.
   *
   * @param at the instant t the backlog is taken at
   * @param dueAge the age beyond which an open contact is past due, {@code >= 0}
   * @param bucketEdges the bucket edges, positive and strictly increasing; may be empty (one bucket)
   * @throws IllegalArgumentException when the due age is negative or the edges are not positive and increasing
   */
  public BacklogAccumulator(Instant at, Duration dueAge, List<Duration> bucketEdges) {
    this.at = requireNonNull(at, "at");
    this.dueAge = requireNonNull(dueAge, "dueAge");
    if (dueAge.isNegative()) {
      throw new IllegalArgumentException("due age must not be negative: " + dueAge);
    }
    this.edges = bucketEdges.toArray(new Duration[0]);
    for (int i = 0; i < edges.length; i++) {
      requireNonNull(edges[i], "bucket edge");
      if (edges[i].isNegative() || edges[i].isZero() || (i > 0 && edges[i].compareTo(edges[i - 1]) <= 0)) {
        throw new IllegalArgumentException("bucket edges must be positive and strictly increasing: " + bucketEdges);
      }
    }
    this.buckets = new long[edges.length + 1];
  }

  /**
   * Adds an interaction: it counts when open at t.
   *
   * @param interaction the interaction
   */
  public void add(Interaction interaction) {
    add(interaction.createdAt(), interaction.endedAt());
  }

  /**
   * Adds a contact: it counts when open at t.
   *
   * @param createdAt when it was created
   * @param endedAt when it ended, or empty while still open
   */
  public void add(Instant createdAt, Optional<Instant> endedAt) {
    requireNonNull(createdAt, "createdAt");
    requireNonNull(endedAt, "endedAt");
    if (createdAt.isAfter(at) || (endedAt.isPresent() && !endedAt.get().isAfter(at))) {
      return;
    }
    Duration age = Duration.between(createdAt, at);
    int bucket = Arrays.binarySearch(edges, age);
    bucket = bucket >= 0 ? bucket + 1 : -bucket - 1; // an age equal to an edge starts that edge's bucket
    buckets[bucket]++;
    open++;
    if (age.compareTo(dueAge) > 0) {
      pastDue++;
    }
    noteAge(age.getSeconds(), age.getNano());
  }

  private void noteAge(long seconds, int nanos) {
    if (!any || seconds > oldestSeconds || (seconds == oldestSeconds && nanos > oldestNanos)) {
      any = true;
      oldestSeconds = seconds;
      oldestNanos = nanos;
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the two accumulators differ in instant, due age or bucket edges
   */
  @Override
  public BacklogAccumulator merge(BacklogAccumulator other) {
    if (!at.equals(other.at) || !dueAge.equals(other.dueAge) || !Arrays.equals(edges, other.edges)) {
      throw new IllegalArgumentException("cannot merge backlogs at " + at + " due " + dueAge + " edges "
          + Arrays.toString(edges) + " and at " + other.at + " due " + other.dueAge + " edges "
          + Arrays.toString(other.edges));
    }
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = Math.addExact(buckets[i], other.buckets[i]);
    }
    open = Math.addExact(open, other.open);
    pastDue += other.pastDue;
    if (other.any) {
      noteAge(other.oldestSeconds, other.oldestNanos);
    }
    return this;
  }

  @Override
  public Backlog snapshot() {
    return new Backlog(at, dueAge, edges.clone(), buckets.clone(), pastDue,
        any ? Optional.of(Duration.ofSeconds(oldestSeconds, oldestNanos)) : Optional.empty());
  }

  /** Returns e.g. {@code BacklogAccumulator{at=..., open=57}}. */
  @Override
  public String toString() {
    return "BacklogAccumulator{at=" + at + ", open=" + open + "}";
  }
}
