package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The backlog at one instant, from a {@link BacklogAccumulator}: how many contacts were open, their age distribution in
 * buckets and the share past the due age. Immutable and serializable.
 *
 * <pre>{@code
 * Backlog backlog = acc.snapshot();
 * backlog.open().count();                  // 57
 * backlog.pastDue().value();               // OptionalDouble[0.157...]
 * for (Backlog.Bucket b : backlog.buckets()) {
 *   System.out.println(b.fromInclusive() + " " + b.toExclusive() + " " + b.count());
 * }
 * }</pre>
 */
public final class Backlog implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Instant at;
  private final Duration dueAge;
  private final Duration[] edges;
  private final long[] counts;
  private final long pastDue;
  private final @Nullable Duration oldestAge;

  Backlog(Instant at, Duration dueAge, Duration[] edges, long[] counts, long pastDue, Optional<Duration> oldestAge) {
    this.at = at;
    this.dueAge = dueAge;
    this.edges = edges;
    this.counts = counts;
    this.pastDue = pastDue;
    this.oldestAge = oldestAge.orElse(null);
  }

  /**
   * One age bucket: the open contacts with {@code fromInclusive <= age < toExclusive}.
   *
   * <pre>{@code
   * Backlog.Bucket b = backlog.buckets().get(1);  // [1 h, 4 h)
   * b.fromInclusive();  // PT1H
   * b.toExclusive();    // Optional[PT4H]
   * b.count();          // 20
   * }</pre>
   *
   * @param fromInclusive the lower edge, included
   * @param toExclusive the upper edge, excluded; empty for the last bucket, which has none
   * @param count the open contacts in the bucket, {@code >= 0}
   */
  public record Bucket(Duration fromInclusive, Optional<Duration> toExclusive, long count) {
    /**
     * Creates a bucket.
     *
     * @param fromInclusive the lower edge
     * @param toExclusive the upper edge, if any
     * @param count the open contacts
     */
    public Bucket {
      requireNonNull(fromInclusive, "fromInclusive");
      requireNonNull(toExclusive, "toExclusive");
    }
  }

  /**
   * Returns the instant the backlog was taken at.
   *
   * @return t
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the age beyond which an open contact is past due.
   *
   * @return the due age
   */
  public Duration dueAge() {
    return dueAge;
  }

  /**
   * Returns how many contacts were open at t.
   *
   * @return the open count
   */
  public Count open() {
    return Count.of(Arrays.stream(counts).sum());
  }

  /**
   * Returns the share of open contacts older than the due age.
   *
   * @return past-due of open, with its Wilson interval; no value when nothing was open
   */
  public Proportion pastDue() {
    return Proportion.of(pastDue, open().count());
  }

  /**
   * Returns the age buckets, youngest first.
   *
   * @return an immutable list, one more bucket than edges
   */
  public List<Bucket> buckets() {
    ImmutableList.Builder<Bucket> list = ImmutableList.builderWithExpectedSize(counts.length);
    for (int i = 0; i < counts.length; i++) {
      list.add(new Bucket(i == 0 ? Duration.ZERO : edges[i - 1],
          i < edges.length ? Optional.of(edges[i]) : Optional.empty(), counts[i]));
    }
    return list.build();
  }

  /**
   * Returns the age of the oldest open contact.
   *
   * @return the age, or empty when nothing was open
   */
  public Optional<Duration> oldestAge() {
    return Optional.ofNullable(oldestAge);
  }

  /**
   * Returns whether the other object is a backlog with the same instant, due age, edges and counts.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Backlog)) {
      return false;
    }
    Backlog that = (Backlog) other;
    return at.equals(that.at)
        && dueAge.equals(that.dueAge)
        && Arrays.equals(edges, that.edges)
        && Arrays.equals(counts, that.counts)
        && pastDue == that.pastDue
        && Objects.equals(oldestAge, that.oldestAge);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(at, dueAge, Arrays.hashCode(edges), Arrays.hashCode(counts), pastDue, oldestAge);
  }

  /** Returns e.g. {@code Backlog{at=..., open=57, pastDue=9/57, buckets=[12, 20, ...]}}. */
  @Override
  public String toString() {
    return "Backlog{at=" + at + ", open=" + open() + ", pastDue=" + pastDue() + ", buckets="
        + Arrays.toString(counts) + "}";
  }
}
