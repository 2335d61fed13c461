package io.github.bpokit.sla;

/**
 * The state of one SLA timer (one metric, one cycle) as of an instant. Every timer is in exactly one state.
 *
 * <pre>{@code
 * TimerResult r = evaluation.results().get(0);
 * if (r.status() == TimerStatus.BREACHED) {
 *   System.out.println(r.metric() + " breached at " + r.breachedAt().orElseThrow());
 * }
 * }</pre>
 */
public enum TimerStatus {
  /** Stopped (fulfilled) with no more elapsed time than the target. */
  ACHIEVED,
  /**
   * More elapsed time than the target: stopped late, or still running or paused past the target. A breached timer
   * stays breached, whatever happens later (a late reply, a priority change to a longer target).
   */
  BREACHED,
  /** Counting time, not yet over its target. */
  RUNNING,
  /** Not counting time for now (REQUESTER_WAIT in PENDING; AGENT_WORK in PENDING and ON_HOLD), not over its target. */
  PAUSED
}
