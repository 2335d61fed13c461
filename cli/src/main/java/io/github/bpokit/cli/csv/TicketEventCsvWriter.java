package io.github.bpokit.cli.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Writes tickets in the ticket event CSV format that {@link TicketEventCsvReader} reads: the header
 * {@code ticket_id,at,event,status,priority,channel,category,vendor}, then each ticket's events in order, one per
 * row, ticket after ticket. The CREATED row carries the ticket's priority, channel, category and vendor; a
 * STATUS_CHANGED row its status, a PRIORITY_CHANGED row its priority; every other cell is empty. LF line ends.
 *
 * <pre>{@code
 * String csv = TicketEventCsvWriter.toCsv(tickets, Instant::toString);
 * TicketEventCsvReader.read(new StringReader(csv)).tickets();  // equal to tickets
 * }</pre>
 */
public final class TicketEventCsvWriter {
  private TicketEventCsvWriter() {}

  /**
   * Writes every event of every ticket.
   *
   * @param tickets the tickets, written in this order
   * @param instants how instants are written, e.g. {@link InteractionCsvWriter#inZone}
   * @return the CSV text with its header
   */
  public static String toCsv(List<Ticket> tickets, Function<Instant, String> instants) {
    StringWriter out = new StringWriter();
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord(TicketEventCsvReader.COLUMNS);
    for (Ticket ticket : tickets) {
      for (TicketEvent event : ticket.events()) {
        boolean created = event.type() == TicketEventType.CREATED;
        csv.writeRecord(ticket.id(), instants.apply(event.at()), event.type().name(),
            event.status().map(Enum::name).orElse(""),
            created ? ticket.priority().name() : event.priority().map(Enum::name).orElse(""),
            created ? ticket.channel().name() : "",
            created ? ticket.category().orElse("") : "",
            created ? ticket.vendor().orElse("") : "");
      }
    }
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: a StringWriter does not fail
    }
    return out.toString();
  }
}
