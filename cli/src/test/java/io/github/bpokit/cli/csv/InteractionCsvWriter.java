package io.github.bpokit.cli.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.bpokit.core.model.Interaction;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Writes interactions in the CSV format of SPEC §1.1, for tests: any column order, any line delimiter, any rendering
 * of instants. Absent values are empty cells; quoting is FastCSV's (only when needed).
 */
final class InteractionCsvWriter {
  /** Instants as {@link Instant#toString()}, e.g. {@code 2026-10-01T09:30:00Z}. */
  static final Function<Instant, String> UTC = Instant::toString;

  private final List<Column> columns;
  private final Function<Instant, String> instants;
  private final CsvWriter csv;

  InteractionCsvWriter(Writer out, List<Column> columns, LineDelimiter lineDelimiter,
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

  /** Instants at a fixed offset in ISO-8601, e.g. {@code 2026-10-01T11:30:00+02:00} (seconds always shown). */
  static Function<Instant, String> atOffset(ZoneOffset offset) {
    return instant -> OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** Writes every interaction with every column in SPEC order, LF line ends and UTC instants. */
  static String toCsv(List<Interaction> interactions) {
    return toCsv(interactions, Column.all(), LineDelimiter.LF, UTC);
  }

  static String toCsv(List<Interaction> interactions, List<Column> columns, LineDelimiter lineDelimiter,
      Function<Instant, String> instants) {
    StringWriter out = new StringWriter();
    InteractionCsvWriter writer = new InteractionCsvWriter(out, columns, lineDelimiter, instants);
    interactions.forEach(writer::write);
    writer.flush();
    return out.toString();
  }

  void write(Interaction interaction) {
    List<String> cells = new ArrayList<>(columns.size());
    for (Column column : columns) {
      cells.add(cell(interaction, column));
    }
    csv.writeRecord(cells);
  }

  void flush() {
    try {
      csv.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
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
