package io.github.bpokit.cli.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Builds CSV text for tests from a valid base row and per-row changes. */
final class CsvText {
  private CsvText() {}

  static final String CREATED = "2026-10-01T09:00:00Z";
  static final String ANSWERED = "2026-10-01T09:00:30Z";
  static final String ENDED = "2026-10-01T09:10:00Z";

  /** A valid row with every column filled (its id is set per row). */
  static final Map<Column, String> BASE = base();

  private static Map<Column, String> base() {
    Map<Column, String> row = new EnumMap<>(Column.class);
    row.put(Column.INTERACTION_ID, "?");
    row.put(Column.TICKET_ID, "t-1");
    row.put(Column.CUSTOMER_ID, "c-1");
    row.put(Column.CHANNEL, "VOICE");
    row.put(Column.CATEGORY, "billing");
    row.put(Column.LANGUAGE, "en");
    row.put(Column.PRIORITY, "HIGH");
    row.put(Column.VENDOR, "northwind-bpo");
    row.put(Column.AGENT_ID, "nw-0142");
    row.put(Column.TIER, "L1");
    row.put(Column.CREATED_AT, CREATED);
    row.put(Column.ANSWERED_AT, ANSWERED);
    row.put(Column.ENDED_AT, ENDED);
    row.put(Column.WAIT_SECONDS, "30");
    row.put(Column.TALK_SECONDS, "500");
    row.put(Column.HOLD_SECONDS, "20");
    row.put(Column.WRAP_SECONDS, "50");
    row.put(Column.OUTCOME, "RESOLVED");
    row.put(Column.HANDLED_BY, "HUMAN");
    row.put(Column.CSAT, "4");
    row.put(Column.NPS, "9");
    row.put(Column.CES, "2");
    row.put(Column.QA_PARTNER, "88.5");
    row.put(Column.QA_CLIENT, "85");
    row.put(Column.REOPENED, "0");
    return row;
  }

  /** The header of every column in SPEC order. */
  static String header() {
    return header(Column.all());
  }

  static String header(List<Column> columns) {
    List<String> names = new ArrayList<>();
    for (Column column : columns) {
      names.add(column.header());
    }
    return String.join(",", names);
  }

  /** A base row with this id and these changes, every column in SPEC order. */
  static String row(String id, Map<Column, String> changes) {
    return row(id, changes, UnaryOperator.identity());
  }

  /** As {@link #row(String, Map)}, then the cell list edited (to make ragged rows). */
  static String row(String id, Map<Column, String> changes, UnaryOperator<List<String>> edit) {
    Map<Column, String> row = new EnumMap<>(BASE);
    row.put(Column.INTERACTION_ID, id);
    row.putAll(changes);
    List<String> cells = new ArrayList<>();
    for (Column column : Column.all()) {
      cells.add(row.get(column));
    }
    return line(edit.apply(cells));
  }

  static String valid(String id) {
    return row(id, Map.of());
  }

  /** Joins cells with commas, quoting as RFC 4180 does when needed. */
  static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i);
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.toString();
  }

  /** Lines joined with LF, ending with one. */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static String lines(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }
}
