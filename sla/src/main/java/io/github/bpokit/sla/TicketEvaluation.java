package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.segment.Dimension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SLA timers of one ticket as of an instant: the policy that applies (if any), the ticket's status and priority
 * then, and one {@link TimerResult} per measured metric and cycle. Made by {@link SlaClock#evaluate}; immutable.
 *
 * <pre>{@code
 * TicketEvaluation e = clock.evaluate(ticket, Instant.parse("2026-10-05T11:00:00Z"));
 * e.policy().map(SlaPolicy::name);          // Optional[email business hours]
 * e.result(SlaMetric.FIRST_REPLY);          // the first reply timer
 * e.results(SlaMetric.NEXT_REPLY);          // every next-reply cycle, in order
 * e.breached();                              // the breached timers
 * }</pre>
 *
 * <p>A ticket that no policy matches has {@link #isMatched()} false and no results; one created after the instant has
 * {@link #isCreated()} false and no results.
 */
public final class TicketEvaluation {
  private final Ticket ticket;
  private final @Nullable SlaPolicy policy;
  private final Instant asOf;
  private final boolean created;
  private final TicketStatus status;
  private final Priority priority;
  private final TimerResult[] results;

  TicketEvaluation(Ticket ticket, @Nullable SlaPolicy policy, Instant asOf, boolean created, TicketStatus status,
      Priority priority, TimerResult[] results) {
    this.ticket = ticket;
    this.policy = policy;
    this.asOf = asOf;
    this.created = created;
    this.status = status;
    this.priority = priority;
    this.results = results;
  }

  /**
   * Returns the ticket.
   *
   * @return the ticket, with all its events (also those after {@link #asOf()})
   */
  public Ticket ticket() {
    return ticket;
  }

  /**
   * Returns the instant as of which the timers were evaluated; events after it were ignored.
   *
   * @return the instant
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Returns the policy that applies: the first of the clock's policies that the ticket matches.
   *
   * @return the policy, or empty when none matches
   */
  public Optional<SlaPolicy> policy() {
    return Optional.ofNullable(policy);
  }

  /**
   * Returns whether a policy applies to the ticket. An unmatched ticket has no timer; it is reported as such, e.g.
   * by {@link SlaAdherence#unmatchedTicketIds()}, never silently dropped.
   *
   * @return whether {@link #policy()} is present
   */
  public boolean isMatched() {
    return policy != null;
  }

  /**
   * Returns whether the ticket existed as of {@link #asOf()}: created at or before it.
   *
   * @return whether the CREATED event is not after the instant
   */
  public boolean isCreated() {
    return created;
  }

  /**
   * Returns the status as of {@link #asOf()}.
   *
   * @return the status after the last event up to that instant ({@link TicketStatus#NEW} before creation)
   */
  public TicketStatus status() {
    return status;
  }

  /**
   * Returns the priority in force as of {@link #asOf()}.
   *
   * @return the priority at creation, changed by the PRIORITY_CHANGED events up to that instant
   */
  public Priority priority() {
    return priority;
  }

  /**
   * Returns every timer result.
   *
   * @return the results, by metric in {@link SlaMetric} order and by cycle within a metric; unmodifiable
   */
  public List<TimerResult> results() {
    return Collections.unmodifiableList(Arrays.asList(results));
  }

  /**
   * Returns the results of one metric.
   *
   * @param metric the metric
   * @return its cycles in order; empty when the metric is not measured or has not started
   */
  public List<TimerResult> results(SlaMetric metric) {
    requireNonNull(metric, "metric");
    List<TimerResult> list = new ArrayList<>(2);
    for (TimerResult r : results) {
      if (r.metric() == metric) {
        list.add(r);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the latest cycle of a metric: the only one for FIRST_REPLY, REQUESTER_WAIT, AGENT_WORK and RESOLUTION.
   *
   * @param metric the metric
   * @return its last cycle, or empty when it is not measured or has not started
   */
  public Optional<TimerResult> result(SlaMetric metric) {
    requireNonNull(metric, "metric");
    for (int i = results.length - 1; i >= 0; i--) {
      if (results[i].metric() == metric) {
        return Optional.of(results[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the breached timers.
   *
   * @return the results whose status is BREACHED, in {@link #results()} order
   */
  public List<TimerResult> breached() {
    List<TimerResult> list = new ArrayList<>(0);
    for (TimerResult r : results) {
      if (r.status() == TimerStatus.BREACHED) {
        list.add(r);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the ticket's value of a segment dimension: the channel's name for {@link Dimension#CHANNEL}, the
   * category for {@link Dimension#CATEGORY}, the priority in force as of {@link #asOf()} for
   * {@link Dimension#PRIORITY}, the vendor for {@link Dimension#VENDOR}; {@link Dimension#ABSENT} for a missing
   * category or vendor.
   *
   * @param dimension one of CHANNEL, CATEGORY, PRIORITY, VENDOR
   * @return the value
   * @throws IllegalArgumentException for another dimension: tickets have no language, agent or tier
   */
  public String value(Dimension dimension) {
    requireNonNull(dimension, "dimension");
    switch (dimension) {
      case CHANNEL:
        return ticket.channel.name();
      case CATEGORY:
        return ticket.category == null ? Dimension.ABSENT : ticket.category;
      case PRIORITY:
        return priority.name();
      case VENDOR:
        return ticket.vendor == null ? Dimension.ABSENT : ticket.vendor;
      default:
        throw new IllegalArgumentException(unsupported(dimension));
    }
  }

  static String unsupported(Dimension dimension) {
    return "tickets are segmented by channel, category, priority and vendor, not by " + dimension.id();
  }

  /**
   * Returns whether the other object is an evaluation of an equal ticket, by the same policy object, as of the same
   * instant, with equal results.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TicketEvaluation that && ticket.equals(that.ticket) && policy == that.policy
        && asOf.equals(that.asOf) && created == that.created && status == that.status
        && priority == that.priority && Arrays.equals(results, that.results);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(ticket.id, asOf, status, priority) * 31 + Arrays.hashCode(results);
  }

  /**
   * Returns e.g. {@code T-1001 as of 2026-10-05T11:00:00Z by email: [first_reply#1 ACHIEVED ...]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return ticket.id + " as of " + asOf + (policy == null ? " (no policy)" : " by " + policy.name()) + ": "
        + Arrays.toString(results);
  }
}
