package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Problem;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import io.github.bpokit.sla.TicketStatus;
import io.github.bpokit.sla.TimelineException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads ticket event CSV files, one event per row, into validated {@link Ticket}s (SPEC §3), strictly: the first bad
 * row stops the read with a {@link CsvValidationException} naming its line and every problem.
 *
 * <p>The format: UTF-8, RFC 4180 quoting, a header of column names (trimmed, exactly spelt, any order, unknown
 * columns ignored), empty lines skipped; an empty or blank cell is an absent value.
 *
 * <pre>
 * column     required                        values
 * ticket_id  yes                             the ticket's id
 * at         yes                             ISO-8601 instant with Z or an offset
 * event      yes                             CREATED, CUSTOMER_MESSAGE, AGENT_PUBLIC_REPLY, AGENT_INTERNAL_NOTE,
 *                                            STATUS_CHANGED, PRIORITY_CHANGED, REOPENED (any case)
 * status     on STATUS_CHANGED rows          NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED (any case)
 * priority   on PRIORITY_CHANGED rows;       LOW, NORMAL, HIGH, URGENT (any case); on CREATED rows the priority
 *            optional on CREATED rows        at creation, NORMAL when empty
 * channel    on CREATED rows                 VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP (any case)
 * category   no, read on CREATED rows        free text
 * vendor     no, read on CREATED rows        inhouse or a partner name
 * </pre>
 *
 * <p>The header must have {@code ticket_id}, {@code at}, {@code event} and {@code channel}. Each cell is read only
 * where the table says, and ignored on other rows (exports often repeat a ticket's attributes on every row). The
 * rows of one ticket may be interleaved with those of others; in file order they must form a valid timeline (its
 * CREATED row first, in time order, legal status changes: see {@link Ticket}), checked row by row, so a timeline
 * error names the line of the offending event. Tickets are returned in the order of their first row. Memory grows
 * with the number of events, which are all kept.
 *
 * <pre>{@code
 * TicketEventCsvReader.TicketLog log = TicketEventCsvReader.read(Path.of("ticket-events.csv"));
 * log.tickets();  // validated tickets
 * log.latest();   // the latest event instant, the default as-of instant
 * }</pre>
 */
public final class TicketEventCsvReader {
  /** The column names, in the order of the format. */
  static final List<String> COLUMNS =
      List.of("ticket_id", "at", "event", "status", "priority", "channel", "category", "vendor");

  private static final int TICKET_ID = 0;
  private static final int AT = 1;
  private static final int EVENT = 2;
  private static final int STATUS = 3;
  private static final int PRIORITY = 4;
  private static final int CHANNEL = 5;
  private static final int CATEGORY = 6;
  private static final int VENDOR = 7;
  private static final int[] REQUIRED = {TICKET_ID, AT, EVENT, CHANNEL};

  private TicketEventCsvReader() {}

  /**
   * What a file held.
   *
   * @param tickets the tickets, in the order of their first row
   * @param rows the data rows read
   * @param latest the latest event instant, or null when there is no row
   */
  public record TicketLog(List<Ticket> tickets, long rows, @Nullable Instant latest) {
    /** Copies the list. */
    public TicketLog {
      tickets = List.copyOf(tickets);
    }
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param file the CSV file
   * @return the tickets
   * @throws CsvValidationException for a bad header, text that is not UTF-8 or not CSV, or the first bad row
   * @throws IOException when the file cannot be read
   */
  public static TicketLog read(Path file) throws IOException {
    requireNonNull(file, "file");
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
      return read(reader);
    }
  }

  /**
   * Reads CSV text to its end; the reader is not closed.
   *
   * @param reader the CSV text; a leading byte-order mark is skipped
   * @return the tickets
   * @throws CsvValidationException for a bad header, text that is not CSV, or the first bad row
   * @throws IOException when the text cannot be read
   */
  public static TicketLog read(Reader reader) throws IOException {
    requireNonNull(reader, "reader");
    return FastCsvRecords.read(reader, "ticket_id,at,event,status,priority,channel,category,vendor", Session::new,
        Session::row).finish();
  }

  /** The state of one read. */
  private static final class Session {
    private final int[] index = new int[COLUMNS.size()];
    private final int width;
    private final Map<String, Ticket.Builder> tickets = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long rows;
    private @Nullable Instant latest;

    Session(CsvRecord header) {
      Arrays.fill(index, -1);
      width = header.getFieldCount();
      List<Problem> headerProblems = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        String name = header.getField(i);
        if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
          name = name.substring(1);
        }
        int column = COLUMNS.indexOf(name.strip());
        if (column < 0) {
          continue;
        }
        if (index[column] >= 0) {
          headerProblems.add(Problem.of(COLUMNS.get(column), "",
              "duplicate column: columns " + (index[column] + 1) + " and " + (i + 1) + " both have this name"));
        } else {
          index[column] = i;
        }
      }
      for (int column : REQUIRED) {
        if (index[column] < 0) {
          headerProblems.add(Problem.of(COLUMNS.get(column), "", "missing required column"));
        }
      }
      if (!headerProblems.isEmpty()) {
        throw new CsvValidationException(header.getStartingLineNumber(), headerProblems);
      }
    }

    void row(CsvRecord record) {
      rows++;
      long line = record.getStartingLineNumber();
      if (record.getFieldCount() != width) {
        throw new CsvValidationException(line, List.of(Problem.of("", "",
            "has " + record.getFieldCount() + " cells but the header has " + width)));
      }
      problems.clear();
      String id = required(record, TICKET_ID);
      String atText = required(record, AT);
      Instant at = null;
      if (atText != null) {
        at = Cells.instant(atText);
        if (at == null) {
          problems.add(Problem.of("at", atText, Cells.instantProblem(atText)));
        }
      }
      TicketEventType type = parse(record, EVENT, "missing required field", TicketEventType::parse);
      TicketStatus status = null;
      Priority priority = null;
      Channel channel = null;
      if (type == TicketEventType.STATUS_CHANGED) {
        status = parse(record, STATUS, "required on STATUS_CHANGED rows", TicketStatus::parse);
      } else if (type == TicketEventType.PRIORITY_CHANGED) {
        priority = parse(record, PRIORITY, "required on PRIORITY_CHANGED rows", Priority::parse);
      } else if (type == TicketEventType.CREATED) {
        priority = parse(record, PRIORITY, null, Priority::parse);
        channel = parse(record, CHANNEL, "required on CREATED rows", Channel::parse);
      }
      if (!problems.isEmpty() || id == null || at == null || type == null) {
        throw new CsvValidationException(line, problems);
      }
      TicketEvent event = type == TicketEventType.STATUS_CHANGED ? TicketEvent.statusChanged(at, requireNonNull(status))
          : type == TicketEventType.PRIORITY_CHANGED ? TicketEvent.priorityChanged(at, requireNonNull(priority))
          : TicketEvent.of(type, at);
      try {
        Ticket.Builder ticket = tickets.get(id);
        if (ticket == null) {
          ticket = Ticket.builder(id);
          if (type == TicketEventType.CREATED) {
            ticket.channel(requireNonNull(channel));
            if (priority != null) {
              ticket.priority(priority);
            }
            String category = cell(record, CATEGORY);
            if (category != null) {
              ticket.category(category);
            }
            String vendor = cell(record, VENDOR);
            if (vendor != null) {
              ticket.vendor(vendor);
            }
          }
          ticket.event(event); // a first row that is not CREATED fails here
          tickets.put(id, ticket);
        } else {
          ticket.event(event);
        }
      } catch (TimelineException e) {
        throw new CsvValidationException(line, List.of(Problem.of("", "", e.getMessage())));
      }
      if (latest == null || at.isAfter(latest)) {
        latest = at;
      }
    }

    private @Nullable String cell(CsvRecord record, int column) {
      int i = index[column];
      return i < 0 ? null : Cells.value(record.getField(i));
    }

    private @Nullable String required(CsvRecord record, int column) {
      String v = cell(record, column);
      if (v == null) {
        problems.add(Problem.missing(COLUMNS.get(column)));
      }
      return v;
    }

    /** Parses a cell; an absent one is a problem with {@code missing} as its message, unless that is null. */
    private <E> @Nullable E parse(CsvRecord record, int column, @Nullable String missing,
        Function<String, E> parser) {
      String v = cell(record, column);
      if (v == null) {
        if (missing != null) {
          problems.add(Problem.of(COLUMNS.get(column), "", missing));
        }
        return null;
      }
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(COLUMNS.get(column), v, String.valueOf(e.getMessage())));
        return null;
      }
    }

    TicketLog finish() {
      List<Ticket> built = new ArrayList<>(tickets.size());
      for (Ticket.Builder b : tickets.values()) {
        built.add(b.build());
      }
      return new TicketLog(built, rows, latest);
    }
  }
}
