package io.github.bpokit.testing;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TimelineException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ticket timeline that breaks exactly one {@linkplain TimelineException.Rule rule of a valid timeline}, with the
 * exception {@link Ticket.Builder} must throw. Made by {@link Generators#invalidTimelines()}: a valid timeline, cut
 * or extended as the rule needs, then the one offending event (none for {@link TimelineException.Rule#NO_EVENTS}).
 *
 * <pre>{@code
 * InvalidTimeline bad = Generators.invalidTimelines().next(42);
 * TimelineException e = assertThrows(TimelineException.class, bad::build);
 * assertEquals(bad.rule(), e.rule());
 * assertEquals(bad.eventNumber(), e.eventNumber());
 * assertEquals(bad.expectedMessage(), e.getMessage());
 * }</pre>
 */
public final class InvalidTimeline {
  private final TimelineException.Rule rule;
  private final String ticketId;
  private final Channel channel;
  private final List<TicketEvent> events;
  private final int eventNumber;
  private final String expectedMessage;

  InvalidTimeline(TimelineException.Rule rule, String ticketId, Channel channel, List<TicketEvent> events,
      @Nullable String detail) {
    this.rule = rule;
    this.ticketId = ticketId;
    this.channel = channel;
    this.events = List.copyOf(events);
    this.eventNumber = rule == TimelineException.Rule.NO_EVENTS ? 0 : events.size();
    TicketEvent offending = eventNumber == 0 ? null : events.get(eventNumber - 1);
    this.expectedMessage = new TimelineException(ticketId, eventNumber, offending, rule,
        detail == null ? "a timeline needs its CREATED event, and there is no event" : detail).getMessage();
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public TimelineException.Rule rule() {
    return rule;
  }

  /**
   * Returns the ticket id.
   *
   * @return e.g. {@code T-4711}
   */
  public String ticketId() {
    return ticketId;
  }

  /**
   * Returns the ticket's channel.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns the events, in order: every one valid but the last, which breaks the rule (empty for
   * {@link TimelineException.Rule#NO_EVENTS}).
   *
   * @return the events; unmodifiable
   */
  public List<TicketEvent> events() {
    return events;
  }

  /**
   * Returns the 1-based number of the offending event: the last one, or 0 for
   * {@link TimelineException.Rule#NO_EVENTS}.
   *
   * @return the number {@link TimelineException#eventNumber()} must report
   */
  public int eventNumber() {
    return eventNumber;
  }

  /**
   * Returns the offending event.
   *
   * @return the last event; empty for {@link TimelineException.Rule#NO_EVENTS}
   */
  public Optional<TicketEvent> offendingEvent() {
    return eventNumber == 0 ? Optional.empty() : Optional.of(events.get(eventNumber - 1));
  }

  /**
   * Returns the message of the {@link TimelineException} that {@link #build()} must throw.
   *
   * @return e.g. {@code ticket T-7, event 4 (REOPENED at 2026-10-05T09:00:00Z): REOPENED needs a SOLVED ticket, but
   *     the status is OPEN}
   */
  public String expectedMessage() {
    return expectedMessage;
  }

  /**
   * Builds the ticket from {@link #events()}, which must throw.
   *
   * @return never returns normally for a generated value
   * @throws TimelineException with {@link #rule()}, {@link #eventNumber()} and {@link #expectedMessage()}
   */
  public Ticket build() {
    return Ticket.builder(ticketId).channel(channel).events(events).build();
  }

  /**
   * Returns e.g. {@code REOPEN_SOLVED_ONLY at event 4 of T-7}.
   *
   * @return the rule and where it is broken
   */
  @Override
  public String toString() {
    return rule + " at event " + eventNumber + " of " + ticketId;
  }
}
