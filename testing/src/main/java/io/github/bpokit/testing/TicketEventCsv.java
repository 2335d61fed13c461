package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import java.util.List;
import java.util.Optional;

/**
 * Writes tickets in bpokit's ticket event CSV form (the input of {@code bpokit sla}; see {@code docs/sla.md}): one
 * event per row under the header {@code ticket_id,at,event,status,priority,channel,category,vendor}. A CREATED row
 * carries the ticket's channel, priority at creation, category and vendor; a STATUS_CHANGED row its status; a
 * PRIORITY_CHANGED row its priority; other cells are empty. Instants are {@link java.time.Instant#toString()}; cells
 * are quoted as RFC 4180 says ({@link InteractionCsv#quote}); lines end with LF.
 *
 * <pre>{@code
 * String csv = TicketEventCsv.write(Generators.tickets().sample(42, 100));
 * String broken = TicketEventCsv.write(Generators.invalidTimelines().next(7)); // a reader must reject its last row
 * }</pre>
 */
public final class TicketEventCsv {
  /** The header line, without a line separator. */
  public static final String HEADER = "ticket_id,at,event,status,priority,channel,category,vendor";

  private TicketEventCsv() {}

  /**
   * Returns the header and the rows of every ticket's events, ticket after ticket.
   *
   * @param tickets the tickets
   * @return the CSV text
   */
  public static String write(Iterable<Ticket> tickets) {
    requireNonNull(tickets, "tickets");
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Ticket t : tickets) {
      for (TicketEvent e : t.events()) {
        String priority = e.type() == TicketEventType.CREATED ? t.priority().name() : "";
        row(csv, t.id(), e, priority, t.channel(), t.category(), t.vendor());
      }
    }
    return csv.toString();
  }

  /**
   * Returns the header and the rows of an invalid timeline's events (channel on its CREATED rows): a reader must
   * reject the row of {@link InvalidTimeline#eventNumber()}, line {@code eventNumber() + 1}, with
   * {@link InvalidTimeline#expectedMessage()}. A {@link io.github.bpokit.sla.TimelineException.Rule#NO_EVENTS}
   * timeline has no row, and CSV cannot express it: its text is the header alone.
   *
   * @param timeline the invalid timeline
   * @return the CSV text
   */
  public static String write(InvalidTimeline timeline) {
    requireNonNull(timeline, "timeline");
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (TicketEvent e : timeline.events()) {
      row(csv, timeline.ticketId(), e, "", timeline.channel(), Optional.empty(), Optional.empty());
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String id, TicketEvent e, String priority, Channel channel,
      Optional<String> category, Optional<String> vendor) {
    boolean created = e.type() == TicketEventType.CREATED;
    List<String> cells = List.of(id, e.at().toString(), e.type().name(),
        e.status().map(Enum::name).orElse(""),
        e.priority().map(Enum::name).orElse(priority),
        created ? channel.name() : "",
        created ? category.orElse("") : "",
        created ? vendor.orElse("") : "");
    for (int i = 0; i < cells.size(); i++) {
      csv.append(i == 0 ? "" : ",").append(InteractionCsv.quote(cells.get(i)));
    }
    csv.append('\n');
  }
}
