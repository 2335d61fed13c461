package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.model.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the SLA timers of tickets (SPEC §3): an ordered list of {@link SlaPolicy policies} (the first that a
 * ticket matches applies) and the share of its target below which a running or paused timer is at risk. Immutable
 * and thread-safe: one clock evaluates any number of tickets, from any number of threads.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendar.parse("Mon-Fri 09:00-17:00");
 * SlaClock clock = SlaClock.builder()
 *     .policy(SlaPolicy.builder("office").calendar(office)
 *         .target(SlaMetric.FIRST_REPLY, Duration.ofHours(4)).build())
 *     .build();
 * Ticket ticket = Ticket.builder("T-1").channel(Channel.EMAIL)
 *     .created(Instant.parse("2026-10-02T16:00:00Z"))  // a Friday
 *     .build();
 * TimerResult firstReply = clock.evaluate(ticket, Instant.parse("2026-10-02T17:00:00Z"))
 *     .result(SlaMetric.FIRST_REPLY).orElseThrow();
 * firstReply.status();     // RUNNING
 * firstReply.remaining();  // PT3H
 * firstReply.due();        // Optional[2026-10-05T12:00:00Z], Monday 12:00
 * }</pre>
 *
 * <h2>Timers</h2>
 *
 * Each metric's timer runs on the policy's calendar: elapsed time is business time, and a pause takes away only the
 * business time it covers (a weekend in PENDING on a Mon-Fri calendar gives no extra credit).
 *
 * <table>
 *   <caption>When each timer runs, pauses and stops</caption>
 *   <tr><th>metric</th><th>starts</th><th>pauses</th><th>stops (fulfilled)</th><th>cycles</th></tr>
 *   <tr><td>FIRST_REPLY</td><td>CREATED</td><td>never</td><td>first AGENT_PUBLIC_REPLY or first SOLVED</td>
 *       <td>one</td></tr>
 *   <tr><td>NEXT_REPLY</td><td>a CUSTOMER_MESSAGE after the first reply (or first solve), when no cycle is open: the
 *       oldest unanswered message</td><td>never</td><td>next AGENT_PUBLIC_REPLY or SOLVED</td>
 *       <td>one per run of customer messages</td></tr>
 *   <tr><td>PERIODIC_UPDATE</td><td>CREATED, each AGENT_PUBLIC_REPLY, REOPENED</td><td>never</td>
 *       <td>next AGENT_PUBLIC_REPLY or SOLVED</td><td>one per gap</td></tr>
 *   <tr><td>REQUESTER_WAIT</td><td>CREATED</td><td>in PENDING</td><td>SOLVED; resumes after REOPENED</td>
 *       <td>one</td></tr>
 *   <tr><td>AGENT_WORK</td><td>CREATED</td><td>in PENDING and ON_HOLD</td><td>SOLVED; resumes after REOPENED</td>
 *       <td>one</td></tr>
 *   <tr><td>RESOLUTION</td><td>CREATED</td><td>never</td><td>SOLVED; resumes after REOPENED</td><td>one</td></tr>
 * </table>
 *
 * <ul>
 *   <li><b>Targets.</b> A timer's target is the policy's target for its metric at the priority in force. A
 *       PRIORITY_CHANGED re-targets every running or paused timer, keeping its elapsed time (4 h to 2 h after 1 h
 *       elapsed leaves 1 h); a timer that is already over the new target breaches at the change. Stopped and breached
 *       timers keep their target; a resumed one takes the target in force. A change to a priority for which the policy has no
 *       target for a metric leaves that metric's target as it was.
 *   <li><b>Breach.</b> A timer breaches when its elapsed business time exceeds its target; a stop with elapsed time
 *       equal to the target is on time. A breached timer stays BREACHED whatever follows, including a late reply.
 *       A resumable timer stopped within its target is ACHIEVED until a reopen resumes it and it runs over.
 *   <li><b>As of an instant.</b> {@link #evaluate(Ticket, Instant)} ignores the events after the instant (events at
 *       the instant count) and measures running timers up to it. {@link #evaluate(Ticket)}, the final state, is the
 *       evaluation as of the ticket's last event: timers still open then are RUNNING or PAUSED (or BREACHED).
 *   <li><b>Not measured.</b> A metric without a target for the ticket's priority has no result; a ticket no policy
 *       matches has none at all and is reported as unmatched.
 * </ul>
 *
 * <p>Cost: one {@code businessTimeBetween} call per distinct event instant plus one for the as-of instant, and one
 * small object per timer result; due and breach instants are computed only when asked for.
 */
public final class SlaClock {
  /** The default {@linkplain #atRiskShare() at-risk share}: 25% of the target. */
  public static final double DEFAULT_AT_RISK_SHARE = 0.25;

  private final ImmutableList<SlaPolicy> policies;
  private final SlaPolicy[] array;
  private final double atRiskShare;

  private SlaClock(Builder b) {
    this.policies = ImmutableList.copyOf(b.policies);
    this.array = policies.toArray(new SlaPolicy[0]);
    this.atRiskShare = b.atRiskShare;
  }

  /**
   * Returns an empty builder: no policy, at-risk share {@value #DEFAULT_AT_RISK_SHARE}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policies, in the order in which they are tried.
   *
   * @return the policies
   */
  public List<SlaPolicy> policies() {
    return policies;
  }

  /**
   * Returns the share of its target at or below which the remaining time of a running or paused timer makes it at
   * risk.
   *
   * @return the share, from 0 to 1
   */
  public double atRiskShare() {
    return atRiskShare;
  }

  /**
   * Returns the policy that applies to a ticket: the first whose condition it matches.
   *
   * @param ticket the ticket
   * @return the policy, or empty when none matches
   */
  public Optional<SlaPolicy> policyFor(Ticket ticket) {
    return Optional.ofNullable(select(requireNonNull(ticket, "ticket")));
  }

  private @Nullable SlaPolicy select(Ticket ticket) {
    for (SlaPolicy p : array) {
      if (p.matches(ticket)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Evaluates the ticket's timers at its final state: as of its last event.
   *
   * @param ticket the ticket
   * @return the evaluation as of {@link Ticket#lastEventAt()}
   */
  public TicketEvaluation evaluate(Ticket ticket) {
    return evaluate(ticket, requireNonNull(ticket, "ticket").lastEventAt());
  }

  /**
   * Evaluates the ticket's timers as of an instant: events after it are ignored, running timers are measured up to
   * it. A ticket created after the instant gets an evaluation without results whose {@link
   * TicketEvaluation#isCreated()} is false.
   *
   * @param ticket the ticket
   * @param asOf the instant
   * @return the evaluation
   * @throws IllegalArgumentException when the instant is after {@link
   *     io.github.bpokit.core.time.BusinessCalendar#MAX_INSTANT} (and the ticket was created before it)
   */
  public TicketEvaluation evaluate(Ticket ticket, Instant asOf) {
    requireNonNull(ticket, "ticket");
    requireNonNull(asOf, "asOf");
    SlaPolicy policy = select(ticket);
    if (asOf.isBefore(ticket.createdAt())) {
      return new TicketEvaluation(ticket, policy, asOf, false, TicketStatus.NEW, ticket.priority,
          new TimerResult[0]);
    }
    if (policy == null) {
      return unmatched(ticket, asOf);
    }
    return new TimerRun(policy, atRiskShare, ticket.priority).run(ticket, asOf);
  }

  /** Status and priority as of the instant, without timers. */
  private static TicketEvaluation unmatched(Ticket ticket, Instant asOf) {
    TicketStatus status = TicketStatus.NEW;
    Priority priority = ticket.priority;
    for (TicketEvent e : ticket.events) {
      if (e.at.isAfter(asOf)) {
        break;
      }
      if (e.status != null) {
        status = e.status;
      } else if (e.priority != null) {
        priority = e.priority;
      } else if (e.type == TicketEventType.REOPENED) {
        status = TicketStatus.OPEN;
      }
    }
    return new TicketEvaluation(ticket, null, asOf, true, status, priority, new TimerResult[0]);
  }

  /**
   * Returns e.g. {@code SlaClock[email, chat, default; at risk <= 25%]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    policies.forEach(p -> names.add(p.name()));
    return "SlaClock[" + String.join(", ", names) + "; at risk <= " + Math.round(atRiskShare * 1000) / 10.0
        + "%]";
  }

  /**
   * Collects the policies, in order, and the at-risk share. Not thread-safe.
   *
   * <pre>{@code
   * SlaClock clock = SlaClock.builder().policy(vip).policy(email).policy(fallback).atRiskShare(0.2).build();
   * }</pre>
   */
  public static final class Builder {
    private final List<SlaPolicy> policies = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private double atRiskShare = DEFAULT_AT_RISK_SHARE;

    private Builder() {}

    /**
     * Appends a policy: it is tried after the ones added before.
     *
     * @param policy the policy
     * @return this builder
     * @throws IllegalArgumentException when a policy of the same name was added before
     */
    public Builder policy(SlaPolicy policy) {
      requireNonNull(policy, "policy");
      if (!names.add(policy.name())) {
        throw new IllegalArgumentException("two policies are named '" + policy.name()
            + "': names identify policies in reports and must be unique");
      }
      policies.add(policy);
      return this;
    }

    /**
     * Appends policies in order, as {@link #policy(SlaPolicy)} does.
     *
     * @param policies the policies
     * @return this builder
     * @throws IllegalArgumentException when a name repeats
     */
    public Builder policies(Iterable<SlaPolicy> policies) {
      requireNonNull(policies, "policies");
      for (SlaPolicy p : policies) {
        policy(p);
      }
      return this;
    }

    /**
     * Sets the at-risk share (default {@value SlaClock#DEFAULT_AT_RISK_SHARE}): a running or paused timer is at risk
     * when its remaining time is at most this share of its target.
     *
     * @param share from 0 (at risk only with no time left) to 1 (always at risk)
     * @return this builder
     * @throws IllegalArgumentException when the share is not within 0 to 1
     */
    public Builder atRiskShare(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("at-risk share must be between 0 and 1, got " + share);
      }
      this.atRiskShare = share;
      return this;
    }

    /**
     * Builds the clock.
     *
     * @return the immutable clock
     */
    public SlaClock build() {
      return new SlaClock(this);
    }
  }
}
