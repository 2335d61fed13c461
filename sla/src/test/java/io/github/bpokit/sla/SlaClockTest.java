package io.github.bpokit.sla;

import static io.github.bpokit.sla.SlaMetric.AGENT_WORK;
import static io.github.bpokit.sla.SlaMetric.FIRST_REPLY;
import static io.github.bpokit.sla.SlaMetric.NEXT_REPLY;
import static io.github.bpokit.sla.SlaMetric.PERIODIC_UPDATE;
import static io.github.bpokit.sla.SlaMetric.REQUESTER_WAIT;
import static io.github.bpokit.sla.SlaMetric.RESOLUTION;
import static io.github.bpokit.sla.T.OFFICE;
import static io.github.bpokit.sla.T.at;
import static io.github.bpokit.sla.T.h;
import static io.github.bpokit.sla.T.min;
import static io.github.bpokit.sla.T.ticket;
import static io.github.bpokit.sla.TicketStatus.ON_HOLD;
import static io.github.bpokit.sla.TicketStatus.OPEN;
import static io.github.bpokit.sla.TicketStatus.PENDING;
import static io.github.bpokit.sla.TicketStatus.SOLVED;
import static io.github.bpokit.sla.TimerStatus.ACHIEVED;
import static io.github.bpokit.sla.TimerStatus.BREACHED;
import static io.github.bpokit.sla.TimerStatus.PAUSED;
import static io.github.bpokit.sla.TimerStatus.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  /** One policy on the office calendar with these targets for every priority. */
  static SlaClock office(Object... metricsAndTargets) {
    return clock(OFFICE, metricsAndTargets);
  }

  static SlaClock clock(BusinessCalendar calendar, Object... metricsAndTargets) {
    SlaPolicy.Builder p = SlaPolicy.builder("p").calendar(calendar);
    for (int i = 0; i < metricsAndTargets.length; i += 2) {
      p.target((SlaMetric) metricsAndTargets[i], (Duration) metricsAndTargets[i + 1]);
    }
    return SlaClock.builder().policy(p.build()).build();
  }

  static TimerResult only(TicketEvaluation e, SlaMetric metric) {
    List<TimerResult> results = e.results(metric);
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Nested
  class Golden {
    @Test
    void createdFriday1600WithFourHoursFirstReplyIsDueMonday1200() {
      SlaClock clock = office(FIRST_REPLY, h(4));
      Ticket created = ticket("T-1", "2026-10-02T16:00").build();
      TimerResult r = only(clock.evaluate(created), FIRST_REPLY);
      assertThat(r.status()).isEqualTo(RUNNING);
      assertThat(r.elapsed()).isZero();
      assertThat(r.remaining()).isEqualTo(h(4));
      assertThat(r.due()).contains(at("2026-10-05T12:00"));
      assertThat(r.breachedAt()).contains(at("2026-10-05T12:00"));
      assertThat(r.isAtRisk()).isFalse();
      // as of Saturday: one business hour gone, the deadline unchanged
      TimerResult saturday = only(clock.evaluate(created, at("2026-10-03T12:00")), FIRST_REPLY);
      assertThat(saturday.elapsed()).isEqualTo(h(1));
      assertThat(saturday.remaining()).isEqualTo(h(3));
      assertThat(saturday.due()).contains(at("2026-10-05T12:00"));
      // a reply exactly at the deadline is on time, a minute later is not
      Ticket onTime = ticket("T-1", "2026-10-02T16:00").agentReply(at("2026-10-05T12:00")).build();
      TimerResult met = only(clock.evaluate(onTime), FIRST_REPLY);
      assertThat(met.status()).isEqualTo(ACHIEVED);
      assertThat(met.elapsed()).isEqualTo(h(4));
      assertThat(met.stoppedAt()).contains(at("2026-10-05T12:00"));
      assertThat(met.due()).contains(at("2026-10-05T12:00"));
      assertThat(met.breachedAt()).isEmpty();
      Ticket late = ticket("T-1", "2026-10-02T16:00").agentReply(at("2026-10-05T12:01")).build();
      TimerResult missed = only(clock.evaluate(late), FIRST_REPLY);
      assertThat(missed.status()).isEqualTo(BREACHED);
      assertThat(missed.elapsed()).isEqualTo(h(4).plus(min(1)));
      assertThat(missed.remaining()).isEqualTo(min(-1));
      assertThat(missed.breachedAt()).contains(at("2026-10-05T12:00"));
      assertThat(missed.due()).contains(at("2026-10-05T12:00"));
    }

    @Test
    void pendingOverAWeekendOnABusinessCalendar() {
      SlaClock clock = office(REQUESTER_WAIT, h(3), AGENT_WORK, h(3), RESOLUTION, h(5));
      Ticket t = ticket("T-2", "2026-10-02T15:00")
          .statusChanged(at("2026-10-02T16:00"), PENDING)
          .statusChanged(at("2026-10-05T10:00"), OPEN)
          .statusChanged(at("2026-10-05T11:00"), SOLVED)
          .build();
      TicketEvaluation e = clock.evaluate(t);
      assertThat(only(e, REQUESTER_WAIT).elapsed()).isEqualTo(h(2)); // Fri 15-16 and Mon 10-11
      assertThat(only(e, REQUESTER_WAIT).status()).isEqualTo(ACHIEVED);
      assertThat(only(e, AGENT_WORK).elapsed()).isEqualTo(h(2));
      assertThat(only(e, RESOLUTION).elapsed()).isEqualTo(h(4)); // Fri 15-17 and Mon 09-11: never pauses
      assertThat(only(e, RESOLUTION).status()).isEqualTo(ACHIEVED);
      // the pause covered 1 business hour on Friday and 1 on Monday, not the weekend
      TimerResult saturday = only(clock.evaluate(t, at("2026-10-03T12:00")), REQUESTER_WAIT);
      assertThat(saturday.status()).isEqualTo(PAUSED);
      assertThat(saturday.elapsed()).isEqualTo(h(1));
      assertThat(saturday.due()).isEmpty();
      assertThat(saturday.breachedAt()).isEmpty();
      // resumed Monday 10:00 with 2 h left: due 12:00
      TimerResult monday = only(clock.evaluate(t, at("2026-10-05T10:30")), REQUESTER_WAIT);
      assertThat(monday.status()).isEqualTo(RUNNING);
      assertThat(monday.elapsed()).isEqualTo(min(90));
      assertThat(monday.due()).contains(at("2026-10-05T12:00"));
      // on a 24x7 calendar the same ticket waits 2 h as well, but takes 68 h to resolve
      TicketEvaluation always = clock(BusinessCalendar.TWENTY_FOUR_SEVEN, REQUESTER_WAIT, h(3), RESOLUTION, h(5))
          .evaluate(t);
      assertThat(only(always, REQUESTER_WAIT).elapsed()).isEqualTo(h(2));
      assertThat(only(always, RESOLUTION).elapsed()).isEqualTo(h(68));
      assertThat(only(always, RESOLUTION).status()).isEqualTo(BREACHED);
      assertThat(only(always, RESOLUTION).breachedAt()).contains(at("2026-10-02T20:00"));
    }

    @Test
    void reopenResumesResolution() {
      SlaClock clock = office(RESOLUTION, h(4));
      Ticket t = ticket("T-3", "2026-10-05T09:00")
          .statusChanged(at("2026-10-05T12:00"), SOLVED)
          .reopened(at("2026-10-06T09:00"))
          .statusChanged(at("2026-10-06T11:00"), SOLVED)
          .build();
      TimerResult end = only(clock.evaluate(t), RESOLUTION);
      assertThat(end.status()).isEqualTo(BREACHED);
      assertThat(end.elapsed()).isEqualTo(h(5)); // 3 h, then 2 h after the reopen; the night solved does not count
      assertThat(end.startedAt()).isEqualTo(at("2026-10-05T09:00"));
      assertThat(end.stoppedAt()).contains(at("2026-10-06T11:00"));
      assertThat(end.breachedAt()).contains(at("2026-10-06T10:00"));
      assertThat(end.cycle()).isEqualTo(1);
      // solved the first time: achieved, 1 h to spare
      TimerResult solved = only(clock.evaluate(t, at("2026-10-06T08:00")), RESOLUTION);
      assertThat(solved.status()).isEqualTo(ACHIEVED);
      assertThat(solved.elapsed()).isEqualTo(h(3));
      assertThat(solved.stoppedAt()).contains(at("2026-10-05T12:00"));
      assertThat(solved.isAtRisk()).isFalse(); // only running and paused timers are at risk
      // reopened: the same timer runs on with its 3 h
      TimerResult reopened = only(clock.evaluate(t, at("2026-10-06T09:30")), RESOLUTION);
      assertThat(reopened.status()).isEqualTo(RUNNING);
      assertThat(reopened.elapsed()).isEqualTo(min(210));
      assertThat(reopened.stoppedAt()).isEmpty();
      assertThat(reopened.due()).contains(at("2026-10-06T10:00"));
      assertThat(reopened.isAtRisk()).isTrue();
    }

    @Test
    void aSolveFulfilsNextReply() {
      SlaClock clock = office(NEXT_REPLY, h(2));
      Ticket t = ticket("T-4", "2026-10-05T09:00")
          .agentReply(at("2026-10-05T09:30"))
          .customerMessage(at("2026-10-05T10:00"))
          .statusChanged(at("2026-10-05T11:00"), SOLVED)
          .build();
      TimerResult r = only(clock.evaluate(t), NEXT_REPLY);
      assertThat(r.status()).isEqualTo(ACHIEVED);
      assertThat(r.startedAt()).isEqualTo(at("2026-10-05T10:00"));
      assertThat(r.stoppedAt()).contains(at("2026-10-05T11:00"));
      assertThat(r.elapsed()).isEqualTo(h(1));
    }

    @Test
    void priorityChangeFromFourToTwoHoursAfterOneHourLeavesOneHour() {
      SlaClock clock = SlaClock.builder().policy(SlaPolicy.builder("p").calendar(OFFICE)
          .target(FIRST_REPLY, Priority.NORMAL, h(4))
          .target(FIRST_REPLY, Priority.HIGH, h(2))
          .build()).build();
      Ticket t = ticket("T-5", "2026-10-05T09:00").priorityChanged(at("2026-10-05T10:00"), Priority.HIGH).build();
      TicketEvaluation e = clock.evaluate(t);
      TimerResult r = only(e, FIRST_REPLY);
      assertThat(e.priority()).isEqualTo(Priority.HIGH);
      assertThat(r.status()).isEqualTo(RUNNING);
      assertThat(r.target()).isEqualTo(h(2));
      assertThat(r.elapsed()).isEqualTo(h(1));
      assertThat(r.remaining()).isEqualTo(h(1));
      assertThat(r.due()).contains(at("2026-10-05T11:00"));
      assertThat(r.isAtRisk()).isFalse(); // 1 h left of 2 h: more than 25%
      // before the change: 4 h target, due 13:00
      TimerResult before = only(clock.evaluate(t, at("2026-10-05T09:59")), FIRST_REPLY);
      assertThat(before.target()).isEqualTo(h(4));
      assertThat(before.due()).contains(at("2026-10-05T13:00"));
    }
  }

  @Nested
  class PriorityChanges {
    final SlaClock clock = SlaClock.builder().policy(SlaPolicy.builder("p").calendar(OFFICE)
        .target(FIRST_REPLY, h(4))
        .target(FIRST_REPLY, Priority.URGENT, min(30))
        .target(FIRST_REPLY, Priority.LOW, h(8))
        .build()).build();

    @Test
    void aShorterTargetThanTheElapsedTimeBreachesAtTheChangeAndStaysBreached() {
      Ticket t = ticket("T-6", "2026-10-05T09:00")
          .priorityChanged(at("2026-10-05T10:00"), Priority.URGENT)
          .priorityChanged(at("2026-10-05T10:30"), Priority.LOW)
          .agentReply(at("2026-10-05T11:00"))
          .build();
      TimerResult urgent = only(clock.evaluate(t, at("2026-10-05T10:00")), FIRST_REPLY);
      assertThat(urgent.status()).isEqualTo(BREACHED);
      assertThat(urgent.breachedAt()).contains(at("2026-10-05T10:00"));
      assertThat(urgent.target()).isEqualTo(min(30));
      TimerResult end = only(clock.evaluate(t), FIRST_REPLY);
      assertThat(end.status()).isEqualTo(BREACHED);
      assertThat(end.target()).isEqualTo(min(30)); // the target it breached
      assertThat(end.elapsed()).isEqualTo(h(2));
      assertThat(end.breachedAt()).contains(at("2026-10-05T10:00"));
    }

    @Test
    void aStoppedTimerKeepsItsTarget() {
      Ticket t = ticket("T-7", "2026-10-05T09:00")
          .agentReply(at("2026-10-05T10:00"))
          .priorityChanged(at("2026-10-05T10:30"), Priority.URGENT)
          .build();
      TimerResult r = only(clock.evaluate(t), FIRST_REPLY);
      assertThat(r.status()).isEqualTo(ACHIEVED);
      assertThat(r.target()).isEqualTo(h(4));
    }

    @Test
    void aPriorityWithoutTargetKeepsTheTargetAndAMetricStartsBeingMeasuredWhenItGetsOne() {
      SlaClock urgentOnly = SlaClock.builder().policy(SlaPolicy.builder("p").calendar(OFFICE)
          .target(FIRST_REPLY, Priority.URGENT, h(1))
          .target(RESOLUTION, Priority.NORMAL, h(8))
          .build()).build();
      Ticket t = ticket("T-8", "2026-10-05T09:00")
          .priorityChanged(at("2026-10-05T09:30"), Priority.URGENT)
          .build();
      TicketEvaluation before = urgentOnly.evaluate(t, at("2026-10-05T09:15"));
      assertThat(before.results(FIRST_REPLY)).isEmpty(); // not measured at NORMAL
      TicketEvaluation after = urgentOnly.evaluate(t, at("2026-10-05T09:45"));
      TimerResult firstReply = only(after, FIRST_REPLY);
      assertThat(firstReply.elapsed()).isEqualTo(min(45)); // counted from creation
      assertThat(firstReply.remaining()).isEqualTo(min(15));
      assertThat(firstReply.isAtRisk()).isTrue();
      assertThat(only(after, RESOLUTION).target()).isEqualTo(h(8)); // URGENT has no resolution target: kept
    }

    @Test
    void aPausedTimerIsRetargetedToo() {
      SlaClock waits = SlaClock.builder().policy(SlaPolicy.builder("p").calendar(OFFICE)
          .target(REQUESTER_WAIT, h(4))
          .target(REQUESTER_WAIT, Priority.HIGH, h(2))
          .build()).build();
      Ticket t = ticket("T-9", "2026-10-05T09:00")
          .statusChanged(at("2026-10-05T10:00"), PENDING)
          .priorityChanged(at("2026-10-05T11:00"), Priority.HIGH)
          .statusChanged(at("2026-10-05T12:00"), OPEN)
          .build();
      TimerResult paused = only(waits.evaluate(t, at("2026-10-05T11:30")), REQUESTER_WAIT);
      assertThat(paused.status()).isEqualTo(PAUSED);
      assertThat(paused.target()).isEqualTo(h(2));
      assertThat(paused.remaining()).isEqualTo(h(1));
      TimerResult resumed = only(waits.evaluate(t), REQUESTER_WAIT);
      assertThat(resumed.due()).contains(at("2026-10-05T13:00"));
    }
  }

  @Nested
  class Metrics {
    @Test
    void firstReplyNeverPausesAndIsFulfilledByTheFirstReplyOnly() {
      SlaClock clock = office(FIRST_REPLY, h(4));
      Ticket t = ticket("T-10", "2026-10-05T09:00")
          .statusChanged(at("2026-10-05T09:10"), PENDING)
          .customerMessage(at("2026-10-05T10:00"))
          .statusChanged(at("2026-10-05T10:00"), OPEN)
          .internalNote(at("2026-10-05T10:30"))
          .agentReply(at("2026-10-05T11:00"))
          .agentReply(at("2026-10-05T12:00"))
          .build();
      TimerResult r = only(clock.evaluate(t), FIRST_REPLY);
      assertThat(r.status()).isEqualTo(ACHIEVED);
      assertThat(r.elapsed()).isEqualTo(h(2));
      assertThat(r.stoppedAt()).contains(at("2026-10-05T11:00"));
    }

    @Test
    void aSolveWithoutReplyFulfilsFirstReplyAndACustomerMessageAfterTheReopenStartsNextReply() {
      SlaClock clock = office(FIRST_REPLY, h(4), NEXT_REPLY, h(1));
      Ticket t = ticket("T-11", "2026-10-05T09:00")
          .statusChanged(at("2026-10-05T09:30"), SOLVED)
          .reopened(at("2026-10-05T10:00"))
          .customerMessage(at("2026-10-05T10:00"))
          .build();
      TicketEvaluation e = clock.evaluate(t, at("2026-10-05T10:20"));
      assertThat(only(e, FIRST_REPLY).status()).isEqualTo(ACHIEVED);
      assertThat(only(e, FIRST_REPLY).stoppedAt()).contains(at("2026-10-05T09:30"));
      TimerResult next = only(e, NEXT_REPLY);
      assertThat(next.status()).isEqualTo(RUNNING);
      assertThat(next.startedAt()).isEqualTo(at("2026-10-05T10:00"));
      assertThat(next.remaining()).isEqualTo(min(40));
    }

    @Test
    void nextReplyHasOneCycleForEachRunOfCustomerMessagesFromTheOldestUnanswered() {
      SlaClock clock = office(NEXT_REPLY, h(1));
      Ticket t = ticket("T-12", "2026-10-05T09:00")
          .customerMessage(at("2026-10-05T09:05")) // before the first reply: first reply's business
          .agentReply(at("2026-10-05T09:30"))
          .customerMessage(at("2026-10-05T10:00")) // cycle 1 starts
          .customerMessage(at("2026-10-05T10:20")) // same run
          .agentReply(at("2026-10-05T10:50")) // cycle 1: 50 min
          .agentReply(at("2026-10-05T11:00")) // nothing open
          .customerMessage(at("2026-10-05T13:00")) // cycle 2
          .agentReply(at("2026-10-05T14:30")) // 90 min: late
          .customerMessage(at("2026-10-05T16:30")) // cycle 3, running over the night
          .build();
      TicketEvaluation e = clock.evaluate(t, at("2026-10-06T09:15"));
      List<TimerResult> cycles = e.results(NEXT_REPLY);
      assertThat(cycles).extracting(TimerResult::cycle).containsExactly(1, 2, 3);
      assertThat(cycles).extracting(TimerResult::status).containsExactly(ACHIEVED, BREACHED, RUNNING);
      assertThat(cycles).extracting(TimerResult::elapsed).containsExactly(min(50), min(90), min(45));
      assertThat(cycles.get(0).startedAt()).isEqualTo(at("2026-10-05T10:00"));
      assertThat(cycles.get(1).breachedAt()).contains(at("2026-10-05T14:00"));
      assertThat(cycles.get(2).due()).contains(at("2026-10-06T09:30"));
      assertThat(cycles.get(2).isAtRisk()).isTrue(); // 15 min left of 1 h
      assertThat(e.result(NEXT_REPLY)).contains(cycles.get(2));
    }

    @Test
    void periodicUpdateRunsFromCreationAndBetweenRepliesUntilASolveAndAgainAfterAReopen() {
      SlaClock clock = office(PERIODIC_UPDATE, h(2));
      Ticket t = ticket("T-13", "2026-10-05T09:00")
          .agentReply(at("2026-10-05T10:00"))
          .statusChanged(at("2026-10-05T10:00"), PENDING) // never pauses
          .agentReply(at("2026-10-05T13:00"))
          .statusChanged(at("2026-10-05T14:00"), SOLVED)
          .reopened(at("2026-10-06T09:00"))
          .build();
      List<TimerResult> cycles = clock.evaluate(t, at("2026-10-06T10:00")).results(PERIODIC_UPDATE);
      assertThat(cycles).extracting(TimerResult::status).containsExactly(ACHIEVED, BREACHED, ACHIEVED, RUNNING);
      assertThat(cycles).extracting(TimerResult::elapsed).containsExactly(h(1), h(3), h(1), h(1));
      assertThat(cycles).extracting(TimerResult::startedAt).containsExactly(at("2026-10-05T09:00"),
          at("2026-10-05T10:00"), at("2026-10-05T13:00"), at("2026-10-06T09:00"));
      assertThat(cycles.get(2).stoppedAt()).contains(at("2026-10-05T14:00"));
    }

    @Test
    void requesterWaitPausesInPendingOnlyAndAgentWorkInPendingAndOnHold() {
      SlaClock clock = office(REQUESTER_WAIT, h(8), AGENT_WORK, h(8));
      Ticket t = ticket("T-14", "2026-10-05T09:00")
          .statusChanged(at("2026-10-05T09:30"), OPEN) // 30 min NEW: both run
          .statusChanged(at("2026-10-05T10:00"), PENDING) // 30 min OPEN: both run
          .statusChanged(at("2026-10-05T11:00"), ON_HOLD) // 1 h PENDING: both paused
          .statusChanged(at("2026-10-05T13:00"), OPEN) // 2 h ON_HOLD: requester wait runs
          .statusChanged(at("2026-10-05T14:00"), SOLVED) // 1 h OPEN: both run
          .build();
      TicketEvaluation e = clock.evaluate(t);
      assertThat(only(e, REQUESTER_WAIT).elapsed()).isEqualTo(h(4));
      assertThat(only(e, AGENT_WORK).elapsed()).isEqualTo(h(2));
      TicketEvaluation onHold = clock.evaluate(t, at("2026-10-05T12:00"));
      assertThat(only(onHold, REQUESTER_WAIT).status()).isEqualTo(RUNNING);
      assertThat(only(onHold, AGENT_WORK).status()).isEqualTo(PAUSED);
      assertThat(onHold.status()).isEqualTo(ON_HOLD);
    }

    @Test
    void aBreachedTimerStaysBreachedWhenFulfilledLater() {
      SlaClock clock = office(FIRST_REPLY, h(1));
      Ticket t = ticket("T-15", "2026-10-05T09:00").agentReply(at("2026-10-05T11:00")).build();
      TimerResult running = only(clock.evaluate(t, at("2026-10-05T10:30")), FIRST_REPLY);
      assertThat(running.status()).isEqualTo(BREACHED);
      assertThat(running.stoppedAt()).isEmpty();
      assertThat(running.isAtRisk()).isFalse();
      TimerResult replied = only(clock.evaluate(t), FIRST_REPLY);
      assertThat(replied.status()).isEqualTo(BREACHED);
      assertThat(replied.stoppedAt()).contains(at("2026-10-05T11:00"));
      assertThat(replied.breachedAt()).contains(at("2026-10-05T10:00"));
    }

    @Test
    void aTimerBreachedBeforeItsPauseStaysBreached() {
      SlaClock clock = office(AGENT_WORK, h(1));
      Ticket t = ticket("T-16", "2026-10-05T09:00")
          .statusChanged(at("2026-10-05T10:30"), ON_HOLD)
          .build();
      TimerResult r = only(clock.evaluate(t, at("2026-10-05T16:00")), AGENT_WORK);
      assertThat(r.status()).isEqualTo(BREACHED);
      assertThat(r.elapsed()).isEqualTo(min(90));
      assertThat(r.breachedAt()).contains(at("2026-10-05T10:00"));
    }

    @Test
    void aMetricWithoutTargetIsNotMeasured() {
      TicketEvaluation e = office(FIRST_REPLY, h(1)).evaluate(ticket("T-17", "2026-10-05T09:00").build());
      assertThat(e.results()).extracting(TimerResult::metric).containsExactly(FIRST_REPLY);
      assertThat(e.result(RESOLUTION)).isEmpty();
    }

    @Test
    void resultsComeInMetricOrderThenCycleOrder() {
      SlaClock clock = office(FIRST_REPLY, h(8), NEXT_REPLY, h(8), PERIODIC_UPDATE, h(8), REQUESTER_WAIT, h(8),
          AGENT_WORK, h(8), RESOLUTION, h(8));
      Ticket t = ticket("T-18", "2026-10-05T09:00")
          .agentReply(at("2026-10-05T09:10"))
          .customerMessage(at("2026-10-05T09:20"))
          .agentReply(at("2026-10-05T09:30"))
          .customerMessage(at("2026-10-05T09:40"))
          .build();
      assertThat(clock.evaluate(t).results()).extracting(r -> r.metric().id() + "#" + r.cycle())
          .containsExactly("first_reply#1", "next_reply#1", "next_reply#2", "periodic_update#1",
              "periodic_update#2", "periodic_update#3", "requester_wait#1", "agent_work#1", "resolution#1");
    }
  }

  @Nested
  class AtRisk {
    @Test
    void atRiskWhenTheRemainingTimeIsAtMostTheShareOfTheTarget() {
      SlaClock clock = office(FIRST_REPLY, h(4));
      Ticket t = ticket("T-20", "2026-10-05T09:00").build();
      assertThat(only(clock.evaluate(t, at("2026-10-05T11:59")), FIRST_REPLY).isAtRisk()).isFalse();
      assertThat(only(clock.evaluate(t, at("2026-10-05T12:00")), FIRST_REPLY).isAtRisk()).isTrue(); // 1 h = 25%
      SlaClock half = SlaClock.builder().policies(clock.policies()).atRiskShare(0.5).build();
      assertThat(only(half.evaluate(t, at("2026-10-05T11:00")), FIRST_REPLY).isAtRisk()).isTrue();
      SlaClock none = SlaClock.builder().policies(clock.policies()).atRiskShare(0).build();
      assertThat(only(none.evaluate(t, at("2026-10-05T12:59")), FIRST_REPLY).isAtRisk()).isFalse();
      assertThat(only(none.evaluate(t, at("2026-10-05T13:00")), FIRST_REPLY).isAtRisk()).isTrue();
      assertThat(only(none.evaluate(t, at("2026-10-05T13:00")), FIRST_REPLY).status()).isEqualTo(RUNNING);
    }

    @Test
    void theShareIsBetweenZeroAndOne() {
      assertThatThrownBy(() -> SlaClock.builder().atRiskShare(1.5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("at-risk share must be between 0 and 1, got 1.5");
      assertThatThrownBy(() -> SlaClock.builder().atRiskShare(Double.NaN))
          .hasMessage("at-risk share must be between 0 and 1, got NaN");
      assertThat(SlaClock.builder().build().atRiskShare()).isEqualTo(0.25);
    }
  }

  @Nested
  class AsOf {
    final SlaClock clock = office(FIRST_REPLY, h(4), RESOLUTION, h(16));
    final Ticket t = ticket("T-30", "2026-10-05T09:00")
        .agentReply(at("2026-10-05T10:00"))
        .statusChanged(at("2026-10-05T12:00"), SOLVED)
        .build();

    @Test
    void eventsAfterTheInstantAreIgnoredAndEventsAtItCount() {
      TicketEvaluation before = clock.evaluate(t, at("2026-10-05T09:59"));
      assertThat(only(before, FIRST_REPLY).status()).isEqualTo(RUNNING);
      assertThat(before.status()).isEqualTo(TicketStatus.NEW);
      TicketEvaluation at = clock.evaluate(t, at("2026-10-05T10:00"));
      assertThat(only(at, FIRST_REPLY).status()).isEqualTo(ACHIEVED);
      assertThat(only(at, RESOLUTION).elapsed()).isEqualTo(h(1));
      assertThat(at.asOf()).isEqualTo(at("2026-10-05T10:00"));
    }

    @Test
    void theFinalStateIsAsOfTheLastEventAndLaterInstantsChangeNothingStopped() {
      assertThat(clock.evaluate(t)).isEqualTo(clock.evaluate(t, at("2026-10-05T12:00")));
      assertThat(clock.evaluate(t).results()).isEqualTo(clock.evaluate(t, at("2026-11-05T12:00")).results());
      assertThat(clock.evaluate(t).status()).isEqualTo(SOLVED);
    }

    @Test
    void aTicketCreatedLaterHasNoResults() {
      TicketEvaluation e = clock.evaluate(t, at("2026-10-01T00:00"));
      assertThat(e.isCreated()).isFalse();
      assertThat(e.isMatched()).isTrue();
      assertThat(e.results()).isEmpty();
      assertThat(e.status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void anInstantBeyondTheCalendarsRangeIsRejected() {
      assertThatThrownBy(() -> clock.evaluate(t, Instant.parse("2200-01-01T00:00:00Z")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("outside the supported range");
    }
  }

  @Nested
  class PolicySelection {
    final SlaPolicy urgentEmail = SlaPolicy.builder("urgent email").channels(Channel.EMAIL)
        .priorities(Priority.URGENT).target(FIRST_REPLY, h(1)).build();
    final SlaPolicy billing = SlaPolicy.builder("billing").categories("billing").vendors("acme")
        .target(FIRST_REPLY, h(2)).build();
    final SlaPolicy vip = SlaPolicy.builder("vip").when(ticket -> ticket.id().startsWith("VIP"))
        .target(FIRST_REPLY, h(3)).build();
    final SlaPolicy chat = SlaPolicy.builder("chat").channels(Channel.CHAT, Channel.WHATSAPP)
        .target(FIRST_REPLY, min(5)).build();
    final SlaPolicy fallback = SlaPolicy.builder("fallback").target(FIRST_REPLY, h(8)).build();

    Optional<String> selected(SlaClock clock, Ticket.Builder ticket) {
      return clock.policyFor(ticket.build()).map(SlaPolicy::name);
    }

    @Test
    void theFirstMatchWins() {
      SlaClock clock = SlaClock.builder().policy(urgentEmail).policy(billing).policy(vip).policy(chat)
          .policy(fallback).build();
      assertThat(selected(clock, ticket("VIP-1", "2026-10-05T09:00").priority(Priority.URGENT)))
          .contains("urgent email");
      assertThat(selected(clock, ticket("VIP-1", "2026-10-05T09:00").category("billing").vendor("acme")))
          .contains("billing");
      assertThat(selected(clock, ticket("VIP-1", "2026-10-05T09:00").category("billing").vendor("zeta")))
          .contains("vip");
      assertThat(selected(clock, ticket("T-1", "2026-10-05T09:00").category("billing"))).contains("fallback");
      assertThat(selected(clock, Ticket.builder("T-2").channel(Channel.WHATSAPP).created(at("2026-10-05T09:00"))))
          .contains("chat");
      assertThat(fallback.isCatchAll()).isTrue();
      assertThat(vip.isCatchAll()).isFalse();
    }

    @Test
    void theInitialPrioritySelectsThePolicy() {
      SlaClock clock = SlaClock.builder().policy(urgentEmail).build();
      Ticket later = ticket("T-3", "2026-10-05T09:00").priorityChanged(at("2026-10-05T09:10"), Priority.URGENT)
          .build();
      assertThat(clock.policyFor(later)).isEmpty();
    }

    @Test
    void aTicketNoPolicyMatchesIsReportedUnmatched() {
      SlaClock clock = SlaClock.builder().policy(chat).build();
      Ticket t = ticket("T-4", "2026-10-05T09:00")
          .priorityChanged(at("2026-10-05T09:10"), Priority.HIGH)
          .statusChanged(at("2026-10-05T09:20"), SOLVED)
          .reopened(at("2026-10-05T09:30"))
          .build();
      TicketEvaluation e = clock.evaluate(t);
      assertThat(e.isMatched()).isFalse();
      assertThat(e.policy()).isEmpty();
      assertThat(e.results()).isEmpty();
      assertThat(e.isCreated()).isTrue();
      assertThat(e.status()).isEqualTo(OPEN);
      assertThat(e.priority()).isEqualTo(Priority.HIGH);
      assertThat(e.toString()).isEqualTo("T-4 as of 2026-10-05T09:30:00Z (no policy): []");
      SlaAdherenceAccumulator acc = new SlaAdherenceAccumulator();
      acc.add(e);
      assertThat(acc.snapshot().unmatched()).isEqualTo(1);
      assertThat(acc.snapshot().unmatchedTicketIds()).containsExactly("T-4");
    }

    @Test
    void policyNamesAreUnique() {
      assertThatThrownBy(() -> SlaClock.builder().policy(chat).policy(SlaPolicy.builder("chat").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("two policies are named 'chat': names identify policies in reports and must be unique");
      assertThat(SlaClock.builder().policy(chat).policy(fallback).build()).hasToString(
          "SlaClock[chat, fallback; at risk <= 25.0%]");
    }
  }
}
