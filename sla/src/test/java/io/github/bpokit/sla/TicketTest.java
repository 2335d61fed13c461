package io.github.bpokit.sla;

import static io.github.bpokit.sla.T.at;
import static io.github.bpokit.sla.T.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketTest {

  static TimelineException failure(Runnable r) {
    try {
      r.run();
    } catch (TimelineException e) {
      return e;
    }
    throw new AssertionError("no TimelineException");
  }

  @Test
  void aValidTicketKeepsItsAttributesAndEvents() {
    Ticket t = Ticket.builder("T-1").channel(Channel.CHAT).priority(Priority.HIGH).category(" billing ")
        .vendor("acme").created(at("2026-10-05T09:00")).customerMessage(at("2026-10-05T09:00"))
        .agentReply(at("2026-10-05T09:01")).internalNote(at("2026-10-05T09:02"))
        .statusChanged(at("2026-10-05T09:03"), TicketStatus.SOLVED)
        .priorityChanged(at("2026-10-05T09:04"), Priority.LOW)
        .reopened(at("2026-10-05T09:05"))
        .statusChanged(at("2026-10-05T09:06"), TicketStatus.SOLVED)
        .statusChanged(at("2026-10-05T09:07"), TicketStatus.CLOSED)
        .build();
    assertThat(t.id()).isEqualTo("T-1");
    assertThat(t.channel()).isEqualTo(Channel.CHAT);
    assertThat(t.priority()).isEqualTo(Priority.HIGH);
    assertThat(t.category()).contains("billing");
    assertThat(t.vendor()).contains("acme");
    assertThat(t.events()).hasSize(9);
    assertThat(t.createdAt()).isEqualTo(at("2026-10-05T09:00"));
    assertThat(t.lastEventAt()).isEqualTo(at("2026-10-05T09:07"));
    assertThat(t.events().get(5)).hasToString("PRIORITY_CHANGED to LOW at 2026-10-05T09:04:00Z");
    assertThat(t.events().get(5).priority()).contains(Priority.LOW);
    assertThat(t.events().get(4).status()).contains(TicketStatus.SOLVED);
    assertThat(t.events().get(1).status()).isEmpty();
    assertThat(t).hasToString("Ticket{T-1, CHAT, HIGH, billing, acme, 9 events}");
    Ticket minimal = ticket("T-2", "2026-10-05T09:00").build();
    assertThat(minimal.category()).isEmpty();
    assertThat(minimal.vendor()).isEmpty();
    assertThat(minimal.priority()).isEqualTo(Priority.NORMAL);
    assertThat(minimal).hasToString("Ticket{T-2, EMAIL, NORMAL, -, -, 1 events}");
    assertThat(minimal).isEqualTo(ticket("T-2", "2026-10-05T09:00").build())
        .hasSameHashCodeAs(ticket("T-2", "2026-10-05T09:00").build())
        .isNotEqualTo(ticket("T-2", "2026-10-05T09:01").build())
        .isNotEqualTo(ticket("T-3", "2026-10-05T09:00").build());
    assertThat(Ticket.builder("T-4").channel(Channel.EMAIL).events(minimal.events()).build().events())
        .isEqualTo(minimal.events());
  }

  @Test
  void eventsNeedTheirValues() {
    assertThatThrownBy(() -> TicketEvent.of(TicketEventType.STATUS_CHANGED, at("2026-10-05T09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("STATUS_CHANGED needs the new status: use TicketEvent.statusChanged");
    assertThatThrownBy(() -> TicketEvent.of(TicketEventType.PRIORITY_CHANGED, at("2026-10-05T09:00")))
        .hasMessage("PRIORITY_CHANGED needs the new priority: use TicketEvent.priorityChanged");
    TicketEvent e = TicketEvent.statusChanged(at("2026-10-05T09:00"), TicketStatus.OPEN);
    assertThat(e).isEqualTo(TicketEvent.statusChanged(at("2026-10-05T09:00"), TicketStatus.OPEN))
        .hasSameHashCodeAs(TicketEvent.statusChanged(at("2026-10-05T09:00"), TicketStatus.OPEN))
        .isNotEqualTo(TicketEvent.statusChanged(at("2026-10-05T09:00"), TicketStatus.PENDING));
    assertThat(TicketEvent.of(TicketEventType.REOPENED, at("2026-10-05T09:00")))
        .hasToString("REOPENED at 2026-10-05T09:00:00Z");
  }

  @Test
  void attributesAreChecked() {
    assertThatThrownBy(() -> Ticket.builder(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ticket id must not be blank, got ' '");
    assertThatThrownBy(() -> Ticket.builder("T-1").category(""))
        .hasMessage("ticket T-1: category must not be blank, got ''");
    assertThatThrownBy(() -> Ticket.builder("T-1").vendor(" "))
        .hasMessage("ticket T-1: vendor must not be blank, got ' '");
    assertThatThrownBy(() -> Ticket.builder("T-1").created(at("2026-10-05T09:00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(TimelineException.class)
        .hasMessage("ticket T-1: the channel is required");
  }

  @Test
  void aTimelineNeedsItsCreatedEvent() {
    TimelineException e = failure(() -> Ticket.builder("T-1").channel(Channel.EMAIL).build());
    assertThat(e.rule()).isEqualTo(TimelineException.Rule.NO_EVENTS);
    assertThat(e.eventNumber()).isZero();
    assertThat(e.event()).isEmpty();
    assertThat(e.ticketId()).isEqualTo("T-1");
    assertThat(e).hasMessage("ticket T-1: a timeline needs its CREATED event, and there is no event");
  }

  @Test
  void createdComesFirstAndOnce() {
    TimelineException first = failure(() -> Ticket.builder("T-1").customerMessage(at("2026-10-05T09:00")));
    assertThat(first.rule()).isEqualTo(TimelineException.Rule.CREATED_FIRST);
    assertThat(first.eventNumber()).isEqualTo(1);
    assertThat(first.event()).contains(TicketEvent.of(TicketEventType.CUSTOMER_MESSAGE, at("2026-10-05T09:00")));
    assertThat(first).hasMessage(
        "ticket T-1, event 1 (CUSTOMER_MESSAGE at 2026-10-05T09:00:00Z): the first event must be CREATED");
    TimelineException twice = failure(() -> ticket("T-1", "2026-10-05T09:00").created(at("2026-10-05T09:00")));
    assertThat(twice.rule()).isEqualTo(TimelineException.Rule.ONE_CREATED);
    assertThat(twice).hasMessage("ticket T-1, event 2 (CREATED at 2026-10-05T09:00:00Z): a ticket has exactly one "
        + "CREATED event, and event 1 is one");
  }

  @Test
  void eventsAreInTimeOrderAndEqualInstantsKeepTheirOrder() {
    TimelineException e = failure(() -> ticket("T-1", "2026-10-05T09:00").agentReply(at("2026-10-05T10:00"))
        .customerMessage(at("2026-10-05T09:59")));
    assertThat(e.rule()).isEqualTo(TimelineException.Rule.TIME_ORDER);
    assertThat(e.eventNumber()).isEqualTo(3);
    assertThat(e).hasMessage("ticket T-1, event 3 (CUSTOMER_MESSAGE at 2026-10-05T09:59:00Z): events must be in "
        + "time order, but event 2 is later, at 2026-10-05T10:00:00Z");
    Ticket same = ticket("T-1", "2026-10-05T09:00").agentReply(at("2026-10-05T09:00"))
        .customerMessage(at("2026-10-05T09:00")).build();
    assertThat(same.events()).extracting(TicketEvent::type).containsExactly(TicketEventType.CREATED,
        TicketEventType.AGENT_PUBLIC_REPLY, TicketEventType.CUSTOMER_MESSAGE);
  }

  @Test
  void instantsLieInTheCalendarsRange() {
    TimelineException e = failure(() -> Ticket.builder("T-1").created(Instant.parse("1899-12-31T23:59:59Z")));
    assertThat(e.rule()).isEqualTo(TimelineException.Rule.TIME_RANGE);
    assertThat(e).hasMessage("ticket T-1, event 1 (CREATED at 1899-12-31T23:59:59Z): the instant is outside the "
        + "supported range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z");
    assertThat(failure(() -> ticket("T-1", "2026-10-05T09:00").agentReply(Instant.parse("2150-01-01T00:00:01Z")))
        .rule()).isEqualTo(TimelineException.Rule.TIME_RANGE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''                  | OPEN    | ''",
      "''                  | NEW     | illegal status change NEW -> NEW: the status is already NEW",
      "''                  | CLOSED  | illegal status change NEW -> CLOSED: only a SOLVED ticket can be closed",
      "OPEN                | NEW     | illegal status change OPEN -> NEW: no ticket goes back to NEW",
      "OPEN                | OPEN    | illegal status change OPEN -> OPEN: the status is already OPEN",
      "PENDING,ON_HOLD     | CLOSED  | illegal status change ON_HOLD -> CLOSED: only a SOLVED ticket can be closed",
      "SOLVED              | OPEN    | illegal status change SOLVED -> OPEN: a solved ticket is closed, or opened "
          + "again by a REOPENED event",
      "SOLVED              | PENDING | illegal status change SOLVED -> PENDING: a solved ticket is closed, or opened "
          + "again by a REOPENED event",
      "SOLVED              | SOLVED  | illegal status change SOLVED -> SOLVED: the status is already SOLVED",
      "SOLVED              | NEW     | illegal status change SOLVED -> NEW: no ticket goes back to NEW",
      "SOLVED              | CLOSED  | ''",
      "ON_HOLD,PENDING,OPEN,SOLVED | CLOSED | ''",
  })
  void statusTransitions(String path, TicketStatus to, String message) {
    Ticket.Builder b = ticket("T-1", "2026-10-05T09:00");
    int minute = 1;
    if (!path.isEmpty()) {
      for (String s : path.split(",")) {
        b.statusChanged(at("2026-10-05T09:0" + minute++), TicketStatus.valueOf(s));
      }
    }
    int number = minute + 1;
    Instant when = at("2026-10-05T09:0" + minute);
    if (message.isEmpty()) {
      b.statusChanged(when, to);
      assertThat(b.build().events()).hasSize(number);
    } else {
      TimelineException e = failure(() -> b.statusChanged(when, to));
      assertThat(e.rule()).isEqualTo(TimelineException.Rule.STATUS_TRANSITION);
      assertThat(e.detail()).isEqualTo(message);
      assertThat(e).hasMessage("ticket T-1, event " + number + " (STATUS_CHANGED to " + to + " at " + when + "): "
          + message);
      assertThat(b.build().events()).hasSize(number - 1); // the bad event was not added
    }
  }

  @Test
  void transitionTable() {
    assertThat(List.of(TicketStatus.values())).allSatisfy(from -> {
      assertThat(from.canChangeTo(TicketStatus.NEW)).isFalse();
      assertThat(from.canChangeTo(from)).isFalse();
      assertThat(TicketStatus.CLOSED.canChangeTo(from)).isFalse();
      assertThat(from.canChangeTo(TicketStatus.SOLVED)).isEqualTo(from.compareTo(TicketStatus.SOLVED) < 0);
      assertThat(from.canChangeTo(TicketStatus.CLOSED)).isEqualTo(from == TicketStatus.SOLVED);
    });
    assertThat(TicketStatus.NEW.canChangeTo(TicketStatus.ON_HOLD)).isTrue();
    assertThat(TicketStatus.PENDING.canChangeTo(TicketStatus.ON_HOLD)).isTrue();
    assertThat(TicketStatus.ON_HOLD.canChangeTo(TicketStatus.OPEN)).isTrue();
    assertThat(TicketStatus.SOLVED.canChangeTo(TicketStatus.OPEN)).isFalse();
  }

  @Test
  void reopenedNeedsASolvedTicket() {
    TimelineException e = failure(() -> ticket("T-1", "2026-10-05T09:00").reopened(at("2026-10-05T10:00")));
    assertThat(e.rule()).isEqualTo(TimelineException.Rule.REOPEN_SOLVED_ONLY);
    assertThat(e).hasMessage(
        "ticket T-1, event 2 (REOPENED at 2026-10-05T10:00:00Z): REOPENED needs a SOLVED ticket, but the status is NEW");
  }

  @Test
  void aSolvedTicketTakesNoMessagesOrReplies() {
    Ticket.Builder solved = ticket("T-1", "2026-10-05T09:00")
        .statusChanged(at("2026-10-05T10:00"), TicketStatus.SOLVED);
    TimelineException message = failure(() -> solved.customerMessage(at("2026-10-05T11:00")));
    assertThat(message.rule()).isEqualTo(TimelineException.Rule.SOLVED_TICKET);
    assertThat(message).hasMessage("ticket T-1, event 3 (CUSTOMER_MESSAGE at 2026-10-05T11:00:00Z): the ticket is "
        + "SOLVED: a CUSTOMER_MESSAGE needs a REOPENED event first (a solved ticket takes only REOPENED, "
        + "STATUS_CHANGED to CLOSED, AGENT_INTERNAL_NOTE and PRIORITY_CHANGED)");
    assertThat(failure(() -> solved.agentReply(at("2026-10-05T11:00"))).detail())
        .startsWith("the ticket is SOLVED: a AGENT_PUBLIC_REPLY needs a REOPENED event first");
    solved.internalNote(at("2026-10-05T11:00")).priorityChanged(at("2026-10-05T11:00"), Priority.HIGH);
    assertThat(solved.build().events()).hasSize(4);
  }

  @Test
  void nothingFollowsClosed() {
    Ticket.Builder closed = ticket("T-1", "2026-10-05T09:00")
        .statusChanged(at("2026-10-05T10:00"), TicketStatus.SOLVED)
        .statusChanged(at("2026-10-05T10:30"), TicketStatus.CLOSED);
    TimelineException e = failure(() -> closed.internalNote(at("2026-10-05T11:00")));
    assertThat(e.rule()).isEqualTo(TimelineException.Rule.CLOSED_TICKET);
    assertThat(e).hasMessage("ticket T-1, event 4 (AGENT_INTERNAL_NOTE at 2026-10-05T11:00:00Z): no event may "
        + "follow CLOSED (event 3)");
    assertThat(failure(() -> closed.reopened(at("2026-10-05T11:00"))).rule())
        .isEqualTo(TimelineException.Rule.CLOSED_TICKET);
  }
}
