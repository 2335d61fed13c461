package io.github.bpokit.cli.demo;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import io.github.bpokit.sla.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A ticket's events as the simulation adds them, in time order; what happens at or after the extraction instant is
 * not known yet, so that event and every later one are left out.
 */
final class Timeline {
  private final Instant extracted;
  private final List<TicketEvent> events = new ArrayList<>();
  private boolean cut;

  Timeline(Instant created, Instant extracted) {
    this.extracted = extracted;
    add(TicketEvent.of(TicketEventType.CREATED, created));
  }

  Timeline reply(Instant at) {
    return add(TicketEvent.of(TicketEventType.AGENT_PUBLIC_REPLY, at));
  }

  Timeline message(Instant at) {
    return add(TicketEvent.of(TicketEventType.CUSTOMER_MESSAGE, at));
  }

  Timeline note(Instant at) {
    return add(TicketEvent.of(TicketEventType.AGENT_INTERNAL_NOTE, at));
  }

  Timeline reopened(Instant at) {
    return add(TicketEvent.of(TicketEventType.REOPENED, at));
  }

  Timeline status(Instant at, TicketStatus status) {
    return add(TicketEvent.statusChanged(at, status));
  }

  private Timeline add(TicketEvent event) {
    cut |= !event.at().isBefore(extracted);
    if (!cut) {
      events.add(event);
    }
    return this;
  }

  /** Builds the ticket; throws {@link io.github.bpokit.sla.TimelineException} if the simulation broke a rule. */
  Ticket build(String id, Channel channel, Priority priority, String category, String vendor) {
    return Ticket.builder(id).channel(channel).priority(priority).category(category).vendor(vendor).events(events)
        .build();
  }
}
