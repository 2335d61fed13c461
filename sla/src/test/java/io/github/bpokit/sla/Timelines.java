package io.github.bpokit.sla;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random valid ticket timelines and a few clocks to evaluate them with, all from seeds. */
final class Timelines {
  private Timelines() {}

  static final BusinessCalendar[] CALENDARS = {
      BusinessCalendar.TWENTY_FOUR_SEVEN,
      T.OFFICE,
      BusinessCalendar.parse("tz=Europe/Berlin; Mon-Fri 08:00-12:00,13:00-18:00; Sat 10:00-14:00; "
          + "holidays 2026-10-03,2026-12-25,2026-12-26; closed 2026-12-24 12:00-24:00"),
      BusinessCalendar.parse("tz=America/New_York; Mon-Fri 22:00-06:00"),
  };

  private static final String[] CATEGORIES = {"billing", "returns", "order_status"};
  private static final String[] VENDORS = {"inhouse", "acme", "zeta"};

  /** A random valid ticket with up to {@code maxEvents} events after CREATED, starting in October 2026. */
  static Ticket ticket(long seed, int maxEvents) {
    SplittableRandom r = new SplittableRandom(seed);
    Ticket.Builder b = Ticket.builder("T-" + Long.toHexString(seed))
        .channel(pick(r, Channel.values()))
        .priority(pick(r, Priority.values()));
    if (r.nextInt(4) > 0) {
      b.category(pick(r, CATEGORIES));
    }
    if (r.nextInt(4) > 0) {
      b.vendor(pick(r, VENDORS));
    }
    Instant at = Instant.parse("2026-10-01T00:00:00Z").plusSeconds(r.nextLong(90L * 86_400)).plusNanos(
        r.nextInt(4) == 0 ? r.nextInt(1_000_000_000) : 0);
    b.created(at);
    TicketStatus status = TicketStatus.NEW;
    int events = r.nextInt(maxEvents + 1);
    for (int i = 0; i < events && status != TicketStatus.CLOSED; i++) {
      int gap = r.nextInt(10);
      at = at.plusSeconds(gap < 2 ? 0 : gap < 6 ? r.nextLong(3 * 3600) : r.nextLong(3 * 86_400));
      int kind = r.nextInt(10);
      if (status == TicketStatus.SOLVED) {
        if (kind < 5) {
          b.reopened(at);
          status = TicketStatus.OPEN;
        } else if (kind < 7) {
          b.statusChanged(at, TicketStatus.CLOSED);
          status = TicketStatus.CLOSED;
        } else if (kind < 9) {
          b.priorityChanged(at, pick(r, Priority.values()));
        } else {
          b.internalNote(at);
        }
      } else if (kind < 3) {
        b.customerMessage(at);
      } else if (kind < 6) {
        b.agentReply(at);
      } else if (kind < 7) {
        b.internalNote(at);
      } else if (kind < 8) {
        b.priorityChanged(at, pick(r, Priority.values()));
      } else {
        List<TicketStatus> next = new ArrayList<>();
        for (TicketStatus s : TicketStatus.values()) {
          if (status.canChangeTo(s)) {
            next.add(s);
          }
        }
        status = next.get(r.nextInt(next.size()));
        b.statusChanged(at, status);
      }
    }
    return b.build();
  }

  /** A clock with three policies (by channel, by category, a catch-all) on random calendars and targets. */
  static SlaClock clock(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    SlaClock.Builder clock = SlaClock.builder().atRiskShare(r.nextInt(5) / 4.0);
    clock.policy(policy(r, SlaPolicy.builder("chat").channels(Channel.CHAT, Channel.WHATSAPP)));
    clock.policy(policy(r, SlaPolicy.builder("billing").categories("billing")));
    if (r.nextInt(4) > 0) {
      clock.policy(policy(r, SlaPolicy.builder("default")));
    }
    return clock.build();
  }

  private static SlaPolicy policy(SplittableRandom r, SlaPolicy.Builder p) {
    p.calendar(pick(r, CALENDARS));
    for (SlaMetric m : SlaMetric.values()) {
      int kind = r.nextInt(4);
      if (kind == 1) {
        p.target(m, minutes(r));
      } else if (kind >= 2) {
        for (Priority priority : Priority.values()) {
          if (kind == 3 || r.nextBoolean()) {
            p.target(m, priority, minutes(r));
          }
        }
      }
    }
    return p.build();
  }

  private static Duration minutes(SplittableRandom r) {
    return Duration.ofMinutes(1 + r.nextInt(r.nextBoolean() ? 240 : 4 * 24 * 60));
  }

  /** The same ticket with only the events up to {@code asOf}; null when it was created after it. */
  static Ticket prefix(Ticket t, Instant asOf) {
    Ticket.Builder b = Ticket.builder(t.id()).channel(t.channel()).priority(t.priority());
    t.category().ifPresent(b::category);
    t.vendor().ifPresent(b::vendor);
    for (TicketEvent e : t.events()) {
      if (!e.at().isAfter(asOf)) {
        b.event(e);
      }
    }
    return b.build();
  }

  private static <E> E pick(SplittableRandom r, E[] values) {
    return values[r.nextInt(values.length)];
  }
}
