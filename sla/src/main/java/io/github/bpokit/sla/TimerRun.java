package io.github.bpokit.sla;

import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of one ticket's timeline under one policy: a single pass over the events, with one business-time
 * coordinate per distinct event instant ({@code businessTimeBetween(created, at)}), so every elapsed time is a
 * difference of two longs and the calendar is called once per event. Not thread-safe; used once.
 */
final class TimerRun {
  private static final int METRICS = SlaMetric.values().length;
  private static final int FIRST_REPLY = SlaMetric.FIRST_REPLY.ordinal();
  private static final int NEXT_REPLY = SlaMetric.NEXT_REPLY.ordinal();
  private static final int PERIODIC_UPDATE = SlaMetric.PERIODIC_UPDATE.ordinal();
  private static final int REQUESTER_WAIT = SlaMetric.REQUESTER_WAIT.ordinal();
  private static final int AGENT_WORK = SlaMetric.AGENT_WORK.ordinal();
  private static final int RESOLUTION = SlaMetric.RESOLUTION.ordinal();
  private static final SlaMetric[] METRIC = SlaMetric.values();

  /** Timer phases. */
  private static final byte IDLE = 0;
  private static final byte RUNNING = 1;
  private static final byte PAUSED = 2;
  /** Stopped by a solve, may resume after REOPENED (resumable metrics only). */
  private static final byte STOPPED = 3;

  private final SlaPolicy policy;
  private final BusinessCalendar calendar;
  private final double atRiskShare;
  private final long[] targets;

  // per metric, indexed by ordinal
  private final long[] effective = new long[METRICS];
  private final byte[] phase = new byte[METRICS];
  private final int[] cycle = new int[METRICS];
  private final Instant[] startedAt = new Instant[METRICS];
  private final @Nullable Instant[] stoppedAt = new Instant[METRICS];
  private final long[] elapsed = new long[METRICS];
  private final long[] target = new long[METRICS];
  private final Instant[] anchorAt = new Instant[METRICS];
  private final long[] anchorRemaining = new long[METRICS];
  private final boolean[] breached = new boolean[METRICS];

  private TimerResult[] results = new TimerResult[8];
  private int count;
  private TicketStatus status = TicketStatus.NEW;
  private Priority priority;
  private boolean firstReplyDone;

  TimerRun(SlaPolicy policy, double atRiskShare, Priority priority) {
    this.policy = policy;
    this.calendar = policy.calendar();
    this.atRiskShare = atRiskShare;
    this.targets = policy.targets;
    this.priority = priority;
    int p = priority.ordinal();
    for (int m = 0; m < METRICS; m++) {
      effective[m] = targets[m * SlaPolicy.PRIORITIES + p];
    }
  }

  TicketEvaluation run(Ticket ticket, Instant asOf) {
    TicketEvent[] events = ticket.events;
    Instant created = events[0].at;
    Instant previousAt = created;
    long previousC = 0;
    for (TicketEvent e : events) {
      Instant at = e.at;
      if (at.isAfter(asOf)) {
        break;
      }
      if (!at.equals(previousAt)) {
        long c = calendar.businessTimeBetween(created, at).toNanos();
        advance(c - previousC);
        previousC = c;
        previousAt = at;
      }
      apply(e);
    }
    if (!asOf.equals(previousAt)) {
      advance(calendar.businessTimeBetween(created, asOf).toNanos() - previousC);
    }
    for (int m = 0; m < METRICS; m++) {
      if (phase[m] != IDLE) {
        emit(m);
      }
    }
    return new TicketEvaluation(ticket, policy, asOf, true, status, priority, sorted());
  }

  /** Adds business time to every running timer; a timer that goes over its target breaches. */
  private void advance(long delta) {
    for (int m = 0; m < METRICS; m++) {
      if (phase[m] == RUNNING) {
        long e = elapsed[m] + delta;
        elapsed[m] = e;
        if (e > target[m]) {
          breached[m] = true; // the anchor stays where the breach is computed from
        }
      }
    }
  }

  private void apply(TicketEvent e) {
    Instant at = e.at;
    switch (e.type) {
      case CREATED:
        start(FIRST_REPLY, at);
        start(PERIODIC_UPDATE, at);
        start(REQUESTER_WAIT, at);
        start(AGENT_WORK, at);
        start(RESOLUTION, at);
        break;
      case CUSTOMER_MESSAGE:
        if (firstReplyDone && phase[NEXT_REPLY] == IDLE) {
          start(NEXT_REPLY, at);
        }
        break;
      case AGENT_PUBLIC_REPLY:
        firstReplyDone = true;
        stop(FIRST_REPLY, at);
        stop(NEXT_REPLY, at);
        stop(PERIODIC_UPDATE, at);
        start(PERIODIC_UPDATE, at);
        break;
      case STATUS_CHANGED:
        changeStatus(requireStatus(e), at);
        break;
      case REOPENED:
        status = TicketStatus.OPEN;
        resume(REQUESTER_WAIT, at);
        resume(AGENT_WORK, at);
        resume(RESOLUTION, at);
        start(PERIODIC_UPDATE, at);
        break;
      case PRIORITY_CHANGED:
        changePriority(requirePriority(e), at);
        break;
      default: // AGENT_INTERNAL_NOTE
        break;
    }
  }

  private static TicketStatus requireStatus(TicketEvent e) {
    TicketStatus s = e.status;
    if (s == null) {
      throw new IllegalStateException("STATUS_CHANGED without a status");
    }
    return s;
  }

  private static Priority requirePriority(TicketEvent e) {
    Priority p = e.priority;
    if (p == null) {
      throw new IllegalStateException("PRIORITY_CHANGED without a priority");
    }
    return p;
  }

  private void changeStatus(TicketStatus to, Instant at) {
    status = to;
    switch (to) {
      case SOLVED:
        firstReplyDone = true;
        stop(FIRST_REPLY, at);
        stop(NEXT_REPLY, at);
        stop(PERIODIC_UPDATE, at);
        suspend(REQUESTER_WAIT, at);
        suspend(AGENT_WORK, at);
        suspend(RESOLUTION, at);
        break;
      case PENDING:
        pause(REQUESTER_WAIT);
        pause(AGENT_WORK);
        break;
      case ON_HOLD:
        proceed(REQUESTER_WAIT, at);
        pause(AGENT_WORK);
        break;
      case NEW:
      case OPEN:
        proceed(REQUESTER_WAIT, at);
        proceed(AGENT_WORK, at);
        break;
      default: // CLOSED: every timer stopped at the solve before it
        break;
    }
  }

  private void changePriority(Priority to, Instant at) {
    priority = to;
    int p = to.ordinal();
    for (int m = 0; m < METRICS; m++) {
      long t = targets[m * SlaPolicy.PRIORITIES + p];
      if (t != SlaPolicy.NONE) {
        effective[m] = t;
        if (phase[m] == RUNNING || phase[m] == PAUSED) {
          retarget(m, at);
        }
      }
    }
  }

  /**
   * Gives a running or paused (or resuming) timer the effective target, keeping its elapsed time. A breached timer
   * keeps the target it breached: a breach is never undone.
   */
  private void retarget(int m, Instant at) {
    if (breached[m]) {
      return;
    }
    target[m] = effective[m];
    long remaining = target[m] - elapsed[m];
    if (remaining < 0) {
      breached[m] = true; // already over the shorter target: breached now
      remaining = 0;
    }
    anchorAt[m] = at;
    anchorRemaining[m] = remaining;
  }

  private void start(int m, Instant at) {
    if ((policy.measured & (1 << m)) == 0) {
      return;
    }
    phase[m] = RUNNING;
    cycle[m]++;
    startedAt[m] = at;
    stoppedAt[m] = null;
    elapsed[m] = 0;
    target[m] = effective[m];
    breached[m] = false;
    anchorAt[m] = at;
    anchorRemaining[m] = effective[m];
  }

  /** Ends a cycle (a reply or a solve fulfils it) and records its result. */
  private void stop(int m, Instant at) {
    if (phase[m] == RUNNING || phase[m] == PAUSED) {
      stoppedAt[m] = at;
      emit(m);
      phase[m] = IDLE;
    }
  }

  /** Stops a resumable timer at a solve; its result is recorded at the end, unless a reopen resumes it. */
  private void suspend(int m, Instant at) {
    if (phase[m] == RUNNING || phase[m] == PAUSED) {
      phase[m] = STOPPED;
      stoppedAt[m] = at;
    }
  }

  private void resume(int m, Instant at) {
    if (phase[m] == STOPPED) {
      phase[m] = RUNNING;
      stoppedAt[m] = null;
      retarget(m, at);
    }
  }

  private void pause(int m) {
    if (phase[m] == RUNNING) {
      phase[m] = PAUSED;
    }
  }

  private void proceed(int m, Instant at) {
    if (phase[m] == PAUSED) {
      phase[m] = RUNNING;
      if (!breached[m]) {
        anchorAt[m] = at;
        anchorRemaining[m] = target[m] - elapsed[m];
      }
    }
  }

  private void emit(int m) {
    long t = target[m];
    if (t == SlaPolicy.NONE) {
      return; // no target at any priority in force so far: not measured
    }
    Instant stop = stoppedAt[m];
    TimerStatus s;
    if (breached[m]) {
      s = TimerStatus.BREACHED;
    } else if (stop != null) {
      s = TimerStatus.ACHIEVED;
    } else {
      s = phase[m] == PAUSED ? TimerStatus.PAUSED : TimerStatus.RUNNING;
    }
    long e = elapsed[m];
    boolean atRisk = (s == TimerStatus.RUNNING || s == TimerStatus.PAUSED) && t - e <= atRiskShare * t;
    if (count == results.length) {
      results = Arrays.copyOf(results, count * 2);
    }
    results[count++] = new TimerResult(METRIC[m], cycle[m], s, startedAt[m], stop, t, e, anchorAt[m],
        anchorRemaining[m], atRisk, calendar);
  }

  /** The results by metric (stable: the cycles of a metric are recorded in order). */
  private TimerResult[] sorted() {
    TimerResult[] out = Arrays.copyOf(results, count);
    for (int i = 1; i < out.length; i++) {
      TimerResult r = out[i];
      int j = i - 1;
      while (j >= 0 && out[j].metric().ordinal() > r.metric().ordinal()) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = r;
    }
    return out;
  }
}
