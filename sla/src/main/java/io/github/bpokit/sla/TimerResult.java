package io.github.bpokit.sla;

import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one SLA timer (one metric, one cycle of it) on one ticket, as of an instant: its status, its target,
 * the business time elapsed, what remains, its due and breach instants, and whether it is at risk. Made by
 * {@link SlaClock}; immutable.
 *
 * <pre>{@code
 * TimerResult firstReply = evaluation.result(SlaMetric.FIRST_REPLY).orElseThrow();
 * firstReply.status();     // RUNNING
 * firstReply.target();     // PT4H
 * firstReply.elapsed();    // PT1H  (business time on the policy's calendar)
 * firstReply.remaining();  // PT3H
 * firstReply.due();        // Optional[2026-10-05T12:00:00Z]
 * firstReply.isAtRisk();   // false: 3 h left is more than 25% of 4 h
 * }</pre>
 *
 * <h2>Instants</h2>
 *
 * <ul>
 *   <li>{@link #due()}: the earliest instant at which the target is used up if the timer runs on without pause:
 *       {@code calendar.plusBusinessTime(from, remaining)} counted from the last time the timer started, resumed or
 *       was re-targeted. A stop in closed time after it is still on time when no business time elapsed in between
 *       (a reply on Saturday to a request due Friday 17:00 on a Mon-Fri calendar is late only from Monday's opening
 *       on, since timers compare business time). Present for RUNNING, ACHIEVED (the deadline that was met) and
 *       BREACHED (equal to {@link #breachedAt()}); empty for PAUSED, whose deadline depends on when it resumes.
 *   <li>{@link #breachedAt()}: for BREACHED, the instant the target was used up (the due instant when the timer ran
 *       out, the instant of the PRIORITY_CHANGED when a shorter target left it already over); for RUNNING, when it
 *       will breach unless stopped or paused first (equal to {@link #due()}); empty for ACHIEVED and PAUSED.
 * </ul>
 */
public final class TimerResult {
  private final SlaMetric metric;
  private final int cycle;
  private final TimerStatus status;
  private final Instant startedAt;
  private final @Nullable Instant stoppedAt;
  private final long target;
  private final long elapsed;
  private final Instant anchorAt;
  private final long anchorRemaining;
  private final boolean atRisk;
  private final BusinessCalendar calendar;

  TimerResult(SlaMetric metric, int cycle, TimerStatus status, Instant startedAt, @Nullable Instant stoppedAt,
      long target, long elapsed, Instant anchorAt, long anchorRemaining, boolean atRisk, BusinessCalendar calendar) {
    this.metric = metric;
    this.cycle = cycle;
    this.status = status;
    this.startedAt = startedAt;
    this.stoppedAt = stoppedAt;
    this.target = target;
    this.elapsed = elapsed;
    this.anchorAt = anchorAt;
    this.anchorRemaining = anchorRemaining;
    this.atRisk = atRisk;
    this.calendar = calendar;
  }

  /**
   * Returns the metric.
   *
   * @return the metric
   */
  public SlaMetric metric() {
    return metric;
  }

  /**
   * Returns which cycle of the metric this is: 1 for the only cycle of FIRST_REPLY, REQUESTER_WAIT, AGENT_WORK and
   * RESOLUTION; 1, 2, ... in order for NEXT_REPLY and PERIODIC_UPDATE.
   *
   * @return the 1-based cycle number
   */
  public int cycle() {
    return cycle;
  }

  /**
   * Returns the status as of the evaluation's instant.
   *
   * @return the status
   */
  public TimerStatus status() {
    return status;
  }

  /**
   * Returns whether the timer has stopped: fulfilled by a reply or a solve (a resumable timer stopped by a solve
   * counts as stopped until a REOPENED event resumes it).
   *
   * @return whether {@link #stoppedAt()} is present
   */
  public boolean isStopped() {
    return stoppedAt != null;
  }

  /**
   * Returns when the cycle started: the CREATED event, the customer message that opened a NEXT_REPLY cycle, the
   * reply or REOPENED event that opened a PERIODIC_UPDATE cycle.
   *
   * @return the start
   */
  public Instant startedAt() {
    return startedAt;
  }

  /**
   * Returns when the timer stopped: the fulfilling reply or the (last) solve.
   *
   * @return the stop, or empty while it runs or is paused
   */
  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  /**
   * Returns the target: the policy's target for the metric at the priority in force while the timer ran (the last
   * one before it stopped; for a breached timer, the one it breached).
   *
   * @return the target business time
   */
  public Duration target() {
    return Duration.ofNanos(target);
  }

  /**
   * Returns the business time elapsed on the policy's calendar while the timer ran (pauses excluded), up to its stop
   * or the evaluation's instant.
   *
   * @return the elapsed business time, never more than the calendar time since {@link #startedAt()}
   */
  public Duration elapsed() {
    return Duration.ofNanos(elapsed);
  }

  /**
   * Returns the business time left: target minus elapsed.
   *
   * @return the remaining business time; negative when over the target (BREACHED)
   */
  public Duration remaining() {
    return Duration.ofNanos(target - elapsed);
  }

  /**
   * Returns the due instant; see the {@linkplain TimerResult class description}. Computed on each call.
   *
   * @return the due instant; empty for PAUSED, and when the calendar has not enough open time left before
   *     {@link BusinessCalendar#MAX_INSTANT}
   */
  public Optional<Instant> due() {
    if (status == TimerStatus.PAUSED) {
      return Optional.empty();
    }
    long remaining = Math.max(0, anchorRemaining);
    try {
      return Optional.of(calendar.plusBusinessTime(anchorAt, Duration.ofNanos(remaining)));
    } catch (IllegalArgumentException notEnoughOpenTime) {
      return Optional.empty();
    }
  }

  /**
   * Returns when the timer breached or, while it runs, will breach; see the {@linkplain TimerResult class
   * description}. Computed on each call.
   *
   * @return the breach instant; empty for ACHIEVED and PAUSED
   */
  public Optional<Instant> breachedAt() {
    return status == TimerStatus.BREACHED || status == TimerStatus.RUNNING ? due() : Optional.empty();
  }

  /**
   * Returns whether a running or paused timer has little time left: remaining at or below the clock's
   * {@linkplain SlaClock#atRiskShare() at-risk share} of the target. Always false for ACHIEVED and BREACHED.
   *
   * @return whether the timer is at risk
   */
  public boolean isAtRisk() {
    return atRisk;
  }

  /**
   * Returns whether the other object is a result with the same values, on the same calendar.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TimerResult that && metric == that.metric && cycle == that.cycle
        && status == that.status && startedAt.equals(that.startedAt) && Objects.equals(stoppedAt, that.stoppedAt)
        && target == that.target && elapsed == that.elapsed && anchorAt.equals(that.anchorAt)
        && anchorRemaining == that.anchorRemaining && atRisk == that.atRisk && calendar.equals(that.calendar);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(metric, cycle, status, startedAt, stoppedAt, target, elapsed, anchorAt, anchorRemaining);
  }

  /**
   * Returns e.g. {@code next_reply#2 BREACHED target PT1H elapsed PT1H30M}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return metric.id() + "#" + cycle + " " + status + (atRisk ? " (at risk)" : "") + " target " + target()
        + " elapsed " + elapsed();
  }
}
