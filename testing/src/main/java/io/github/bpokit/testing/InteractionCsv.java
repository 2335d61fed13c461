package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Interaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Writes interactions in the CSV form of SPEC §1.1, for feeding CSV readers in tests: any column order, any line
 * separator, any rendering of instants. Absent values are empty cells; a cell is quoted as RFC 4180 says, only when it
 * contains a comma, a double quote, a carriage return or a line feed. Immutable; each configuring method returns a
 * new writer.
 *
 * <pre>{@code
 * String csv = InteractionCsv.writer().write(Generators.interactions().logs(100, 100).next(42));
 * String crlf = InteractionCsv.writer()
 *     .columns(List.of("outcome", "created_at", "channel", "interaction_id", "customer_id", "category"))
 *     .lineSeparator("\r\n")
 *     .instants(InteractionCsv.atOffset(ZoneOffset.ofHours(2)))  // 2026-10-01T11:30:00+02:00
 *     .write(interactions);
 * Map<String, String> cells = InteractionCsv.cells(interaction); // column name to cell text, SPEC order
 * }</pre>
 *
 * <p>Numbers are plain: whole numbers in decimal, QA scores as {@code BigDecimal.valueOf(score).toPlainString()}
 * (e.g. {@code 88.5}, {@code 0.00001}: no exponent). Instants default to {@link Instant#toString()}
 * ({@code 2026-10-01T09:30:00Z}, fractions of a second as needed).
 */
public final class InteractionCsv {
  /** The SPEC §1.1 columns, in the specification's order. */
  public static final List<String> COLUMNS = List.of("interaction_id", "ticket_id", "customer_id", "channel",
      "category", "language", "priority", "vendor", "agent_id", "tier", "created_at", "answered_at", "ended_at",
      "wait_seconds", "talk_seconds", "hold_seconds", "wrap_seconds", "outcome", "handled_by", "csat", "nps", "ces",
      "qa_partner", "qa_client", "reopened");

  private static final InteractionCsv DEFAULT = new InteractionCsv(COLUMNS, "\n", Instant::toString);

  private final List<String> columns;
  private final String lineSeparator;
  private final Function<Instant, String> instants;

  private InteractionCsv(List<String> columns, String lineSeparator, Function<Instant, String> instants) {
    this.columns = columns;
    this.lineSeparator = lineSeparator;
    this.instants = instants;
  }

  /**
   * Returns the default writer: every column in SPEC order, LF line ends, instants as {@link Instant#toString()}.
   *
   * @return the writer
   */
  public static InteractionCsv writer() {
    return DEFAULT;
  }

  /**
   * Returns a writer of these columns, in this order (a subset is allowed, e.g. to test a reader's defaults).
   *
   * @param columns column names of {@link #COLUMNS}, each at most once, at least one
   * @return the new writer
   * @throws IllegalArgumentException when a name is unknown or repeated, or none is given
   */
  public InteractionCsv columns(List<String> columns) {
    List<String> list = List.copyOf(columns);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("columns must name at least one column");
    }
    for (int i = 0; i < list.size(); i++) {
      String column = list.get(i);
      if (!COLUMNS.contains(column)) {
        throw new IllegalArgumentException("unknown column '" + column + "', expected one of " + COLUMNS);
      }
      if (list.indexOf(column) != i) {
        throw new IllegalArgumentException("column '" + column + "' is given twice");
      }
    }
    return new InteractionCsv(list, lineSeparator, instants);
  }

  /**
   * Returns a writer ending lines with this separator.
   *
   * @param lineSeparator {@code "\n"}, {@code "\r\n"} or {@code "\r"}
   * @return the new writer
   * @throws IllegalArgumentException for any other separator
   */
  public InteractionCsv lineSeparator(String lineSeparator) {
    if (!List.of("\n", "\r\n", "\r").contains(requireNonNull(lineSeparator, "lineSeparator"))) {
      throw new IllegalArgumentException("line separator must be LF, CRLF or CR, got '"
          + lineSeparator.replace("\r", "\\r").replace("\n", "\\n") + "'");
    }
    return new InteractionCsv(columns, lineSeparator, instants);
  }

  /**
   * Returns a writer rendering instants with this function.
   *
   * @param instants e.g. {@link #atOffset(ZoneOffset)}
   * @return the new writer
   */
  public InteractionCsv instants(Function<Instant, String> instants) {
    return new InteractionCsv(columns, lineSeparator, requireNonNull(instants, "instants"));
  }

  /**
   * Returns instants rendered in ISO-8601 at a fixed offset, seconds always shown, e.g.
   * {@code 2026-10-01T11:30:00+02:00}.
   *
   * @param offset the offset
   * @return the rendering
   */
  public static Function<Instant, String> atOffset(ZoneOffset offset) {
    requireNonNull(offset, "offset");
    return instant -> OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /**
   * Returns the header line, without a line separator.
   *
   * @return e.g. {@code interaction_id,ticket_id,customer_id,...}
   */
  public String header() {
    return line(columns);
  }

  /**
   * Returns the header and one line per interaction, each ended by the line separator.
   *
   * @param interactions the interactions
   * @return the CSV text
   */
  public String write(Iterable<Interaction> interactions) {
    requireNonNull(interactions, "interactions");
    StringBuilder csv = new StringBuilder(header()).append(lineSeparator);
    for (Interaction interaction : interactions) {
      csv.append(row(interaction)).append(lineSeparator);
    }
    return csv.toString();
  }

  /**
   * Returns the line of one interaction, without a line separator.
   *
   * @param interaction the interaction
   * @return the line of its cells in this writer's columns
   */
  public String row(Interaction interaction) {
    return row(cells(interaction));
  }

  /**
   * Returns the line of these cells, e.g. those of {@link InvalidInteraction#csvCells()}, without a line separator;
   * a column without a cell is empty.
   *
   * @param cells cell text by column name
   * @return the line of the cells in this writer's columns
   */
  public String row(Map<String, String> cells) {
    requireNonNull(cells, "cells");
    List<String> line = new ArrayList<>(columns.size());
    for (String column : columns) {
      String cell = cells.getOrDefault(column, "");
      line.add(column.endsWith("_at") && !cell.isEmpty() ? instants.apply(Instant.parse(cell)) : cell);
    }
    return line(line);
  }

  /**
   * Returns the cells of an interaction: text by column name, every column of {@link #COLUMNS} in order, absent
   * values as empty text, instants as {@link Instant#toString()}.
   *
   * @param i the interaction
   * @return a new, modifiable map
   */
  public static Map<String, String> cells(Interaction i) {
    requireNonNull(i, "interaction");
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("interaction_id", i.interactionId());
    cells.put("ticket_id", text(i.ticketId()));
    cells.put("customer_id", i.customerId());
    cells.put("channel", i.channel().name());
    cells.put("category", i.category());
    cells.put("language", text(i.language()));
    cells.put("priority", i.priority().name());
    cells.put("vendor", text(i.vendor()));
    cells.put("agent_id", text(i.agentId()));
    cells.put("tier", i.tier().name());
    cells.put("created_at", i.createdAt().toString());
    cells.put("answered_at", text(i.answeredAt().map(Instant::toString)));
    cells.put("ended_at", text(i.endedAt().map(Instant::toString)));
    cells.put("wait_seconds", Long.toString(i.waitSeconds()));
    cells.put("talk_seconds", Long.toString(i.talkSeconds()));
    cells.put("hold_seconds", Long.toString(i.holdSeconds()));
    cells.put("wrap_seconds", Long.toString(i.wrapSeconds()));
    cells.put("outcome", i.outcome().name());
    cells.put("handled_by", i.handledBy().name());
    cells.put("csat", number(i.csat()));
    cells.put("nps", number(i.nps()));
    cells.put("ces", number(i.ces()));
    cells.put("qa_partner", number(i.qaPartner()));
    cells.put("qa_client", number(i.qaClient()));
    cells.put("reopened", Integer.toString(i.reopened()));
    return cells;
  }

  /**
   * Returns a cell as RFC 4180 writes it: quoted, with inner quotes doubled, when it contains a comma, a double
   * quote, a carriage return or a line feed; as it is otherwise.
   *
   * @param cell the cell text
   * @return the cell as written
   */
  public static String quote(String cell) {
    requireNonNull(cell, "cell");
    boolean needed = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
        || cell.indexOf('\n') >= 0;
    return needed ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  private static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    return line.toString();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String number(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  /** A score in plain decimal notation, as short as {@link Double#toString(double)} keeps it. */
  static String score(double score) {
    return BigDecimal.valueOf(score).toPlainString();
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? score(value.getAsDouble()) : "";
  }
}
