package io.github.bpokit.sla;

import io.github.bpokit.kpi.Proportion;
import java.io.Serializable;

/**
 * How many timers of one metric (every cycle counts) ended or stand in each status, in one segment; with the
 * adherence they give. Immutable.
 *
 * <pre>{@code
 * TimerCounts c = new TimerCounts(45, 5, 3, 1, 2);
 * c.adherence();   // 45/50: achieved / (achieved + breached)
 * c.timers();      // 54
 * }</pre>
 *
 * @param achieved the ACHIEVED timers
 * @param breached the BREACHED timers
 * @param running the RUNNING timers
 * @param paused the PAUSED timers
 * @param atRisk the running or paused timers that are at risk (a subset of {@code running + paused})
 */
public record TimerCounts(long achieved, long breached, long running, long paused, long atRisk)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final TimerCounts ZERO = new TimerCounts(0, 0, 0, 0, 0);

  /**
   * Creates the counts.
   *
   * @param achieved the ACHIEVED timers
   * @param breached the BREACHED timers
   * @param running the RUNNING timers
   * @param paused the PAUSED timers
   * @param atRisk the at-risk timers among the running and paused ones
   * @throws IllegalArgumentException when a count is negative or {@code atRisk > running + paused}
   */
  public TimerCounts {
    if (achieved < 0 || breached < 0 || running < 0 || paused < 0 || atRisk < 0
        || atRisk > running + paused) {
      throw new IllegalArgumentException("timer counts must not be negative and at risk at most running + paused: "
          + achieved + ", " + breached + ", " + running + ", " + paused + ", " + atRisk);
    }
  }

  /**
   * Returns no timer at all.
   *
   * @return all counts 0
   */
  public static TimerCounts zero() {
    return ZERO;
  }

  /**
   * Returns all timers: achieved + breached + running + paused.
   *
   * @return the total
   */
  public long timers() {
    return achieved + breached + running + paused;
  }

  /**
   * Returns the SLA adherence, achieved / (achieved + breached) (SPEC §3), as a proportion with its Wilson interval;
   * running and paused timers are not decided yet and do not count.
   *
   * @return the adherence; no value when no timer is decided
   */
  public Proportion adherence() {
    return Proportion.of(achieved, achieved + breached);
  }
}
