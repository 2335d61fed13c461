package io.github.bpokit.cli.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.bpokit.core.model.Interaction;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Writes interactions in the CSV format of SPEC §1.1, as {@link InteractionCsvReader} reads it: any column order, any
 * line delimiter, any rendering of instants. Absent values are empty cells; quoting is FastCSV's (only when needed);
 * QA scores are written as {@link Double#toString(double)} ({@code 84.5}). Not thread-safe.
 *
 * <pre>{@code
 * String csv = InteractionCsvWriter.toCsv(interactions, Column.all(), LineDelimiter.LF,
 *     InteractionCsvWriter.inZone(ZoneId.of("Europe/Berlin")));   // 2026-10-01T11:30:00+02:00
 * }</pre>
 */
public final class InteractionCsvWriter {
  /** Instants as {@link Instant#toString()}, e.g. {@code 2026-10-01T09:30:00Z}. */
  public static final Function<Instant, String> UTC = Instant::toString;

  private final List<Column> columns;
  private final Function<Instant, String> instants;
  private final CsvWriter csv;

  /**
   * Writes the header line at once.
   *
   * @param out where the CSV text goes; {@link #flush()} flushes it, nothing closes it
   * @param columns the columns, in this order
   * @param lineDelimiter the line end
   * @param instants how instants are written
   */
  public InteractionCsvWriter(Writer out, List<Column> columns, LineDelimiter lineDelimiter,
      Function<Instant, String> instants) {
    this.columns = List.copyOf(columns);
    this.instants = instants;
    this.csv = CsvWriter.builder().lineDelimiter(lineDelimiter).build(out);
    List<String> header = new ArrayList<>();
    for (Column column : columns) {
      header.add(column.header());
    }
    csv.writeRecord(header);
  }

  /**
   * Returns instants at a fixed offset in ISO-8601, e.g. {@code 2026-10-01T11:30:00+02:00} (seconds always shown).
   *
   * @param offset the offset
   * @return the rendering
   */
  public static Function<Instant, String> atOffset(ZoneOffset offset) {
    return inZone(offset);
  }

  /**
   * Returns instants in ISO-8601 with the offset in force in a zone at each instant, e.g.
   * {@code 2026-10-01T11:30:00+02:00} and {@code 2026-11-02T09:00:00+01:00} in Europe/Berlin (seconds always shown).
   *
   * @param zone the zone
   * @return the rendering
   */
  public static Function<Instant, String> inZone(ZoneId zone) {
    return instant -> OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * Writes every interaction with every column in SPEC order, LF line ends and UTC instants.
   *
   * @param interactions the rows
   * @return the CSV text with its header
   */
  public static String toCsv(List<Interaction> interactions) {
    return toCsv(interactions, Column.all(), LineDelimiter.LF, UTC);
  }

  /**
   * Writes interactions with the given columns, line ends and instants.
   *
   * @param interactions the rows
   * @param columns the columns, in this order
   * @param lineDelimiter the line end
   * @param instants how instants are written
   * @return the CSV text with its header
   */
  public static String toCsv(List<Interaction> interactions, List<Column> columns, LineDelimiter lineDelimiter,
      Function<Instant, String> instants) {
    StringWriter out = new StringWriter();
    InteractionCsvWriter writer = new InteractionCsvWriter(out, columns, lineDelimiter, instants);
    interactions.forEach(writer::write);
    writer.flush();
    return out.toString();
  }

  /**
   * Writes one row.
   *
   * @param interaction the row
   */
  public void write(Interaction interaction) {
    List<String> cells = new ArrayList<>(columns.size());
    for (Column column : columns) {
      cells.add(cell(interaction, column));
    }
    csv.writeRecord(cells);
  }

  /**
   * Flushes the rows written so far to the writer.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String cell(Interaction i, Column column) {
    switch (column) {
      case INTERACTION_ID:
        return i.interactionId();
      case TICKET_ID:
        return text(i.ticketId());
      case CUSTOMER_ID:
        return i.customerId();
      case CHANNEL:
        return i.channel().name();
      case CATEGORY:
        return i.category();
      case LANGUAGE:
        return text(i.language());
      case PRIORITY:
        return i.priority().name();
      case VENDOR:
        return text(i.vendor());
      case AGENT_ID:
        return text(i.agentId());
      case TIER:
        return i.tier().name();
      case CREATED_AT:
        return instants.apply(i.createdAt());
      case ANSWERED_AT:
        return i.answeredAt().map(instants).orElse("");
      case ENDED_AT:
        return i.endedAt().map(instants).orElse("");
      case WAIT_SECONDS:
        return Long.toString(i.waitSeconds());
      case TALK_SECONDS:
        return Long.toString(i.talkSeconds());
      case HOLD_SECONDS:
        return Long.toString(i.holdSeconds());
      case WRAP_SECONDS:
        return Long.toString(i.wrapSeconds());
      case OUTCOME:
        return i.outcome().name();
      case HANDLED_BY:
        return i.handledBy().name();
      case CSAT:
        return number(i.csat());
      case NPS:
        return number(i.nps());
      case CES:
        return number(i.ces());
      case QA_PARTNER:
        return number(i.qaPartner());
      case QA_CLIENT:
        return number(i.qaClient());
      case REOPENED:
        return Integer.toString(i.reopened());
      default:
        throw new AssertionError(column);
    }
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String number(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }
}
