package io.github.bpokit.examples;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvaluation;
import io.github.bpokit.sla.TicketStatus;
import io.github.bpokit.sla.TimerResult;
import io.github.bpokit.sla.TimerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * SLA due dates on a business calendar (weekends and holidays don't count), then the SLA timers of one ticket's
 * timeline evaluated by an {@link SlaClock}, while it runs and once it is solved.
 */
public final class BusinessHoursDueDates {
  private BusinessHoursDueDates() {}

  public static void main(String[] args) {
    // The desk is open Monday to Friday 09:00-17:00 (UTC unless "tz=..." is given), closed on 24 and 25 December.
    BusinessCalendar office = BusinessCalendar.parse("Mon-Fri 09:00-17:00; holidays 2026-12-24,2026-12-25");
    Duration fourHours = Duration.ofHours(4);
    // Friday 16:00 + 4 business hours: 1 h on Friday, 3 h on Monday, due Monday 12:00 (SPEC §2)
    System.out.println("Friday 16:00 + 4h -> " + office.plusBusinessTime(at("2026-10-02T16:00:00Z"), fourHours));
    // Wednesday 23 December 15:00: 2 h that day, Thursday and Friday are holidays, 2 h on Monday 28 December
    System.out.println("23 Dec 15:00 + 4h -> " + office.plusBusinessTime(at("2026-12-23T15:00:00Z"), fourHours));
    // On a Mon-Fri 08:00-18:00 calendar, Monday 17:00 + 4 business hours is Tuesday 11:00 (SPEC §2)
    BusinessCalendar longDays = BusinessCalendar.parse("Mon-Fri 08:00-18:00");
    System.out.println("Monday 17:00 + 4h -> " + longDays.plusBusinessTime(at("2026-10-05T17:00:00Z"), fourHours));
    System.out.println("open time Friday 16:00 to Monday 12:00: "
        + office.businessTimeBetween(at("2026-10-02T16:00:00Z"), at("2026-10-05T12:00:00Z")));

    // An SLA policy for email: its timers run on the office calendar. The first policy a ticket matches applies.
    SlaClock clock = SlaClock.builder()
        .policy(SlaPolicy.builder("email office hours").channels(Channel.EMAIL).calendar(office)
            .target(SlaMetric.FIRST_REPLY, Duration.ofHours(4))
            .target(SlaMetric.REQUESTER_WAIT, Duration.ofHours(8)) // pauses while the ticket is PENDING
            .target(SlaMetric.RESOLUTION, Duration.ofHours(8))     // never pauses
            .build())
        .build();
    Ticket ticket = Ticket.builder("T-1001").channel(Channel.EMAIL)
        .created(at("2026-10-02T16:00:00Z"))                              // Friday 16:00
        .agentReply(at("2026-10-05T10:00:00Z"))                           // Monday 10:00
        .statusChanged(at("2026-10-05T10:00:00Z"), TicketStatus.PENDING)  // waiting for the customer
        .customerMessage(at("2026-10-05T14:00:00Z"))
        .statusChanged(at("2026-10-05T14:00:00Z"), TicketStatus.OPEN)
        .statusChanged(at("2026-10-06T11:00:00Z"), TicketStatus.SOLVED)   // Tuesday 11:00
        .build();
    print(clock.evaluate(ticket, at("2026-10-02T17:00:00Z"))); // as of Friday 17:00, while the timers run
    print(clock.evaluate(ticket));                              // the final state, as of the last event
  }

  private static void print(TicketEvaluation evaluation) {
    System.out.println(evaluation.ticket().id() + " under '" + evaluation.policy().orElseThrow().name() + "' as of "
        + evaluation.asOf() + ", " + evaluation.status());
    for (TimerResult timer : evaluation.results()) { // elapsed is business time on the policy's calendar
      String deadline = timer.status() == TimerStatus.BREACHED ? "breached at " + timer.breachedAt().orElseThrow()
          : timer.status() == TimerStatus.PAUSED ? "paused" : "due " + timer.due().orElseThrow();
      System.out.println(String.format(Locale.ROOT, "  %-14s %-8s elapsed %-3s of %-3s %s", timer.metric().id(),
          timer.status(), hours(timer.elapsed()), hours(timer.target()), deadline));
    }
  }

  private static String hours(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT); // PT1H30M -> 1h30m
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
