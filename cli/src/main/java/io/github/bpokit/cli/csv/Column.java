package io.github.bpokit.cli.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The columns of the interaction CSV format (SPEC §1.1), in the order of the specification. */
public enum Column {
  /** {@code interaction_id}, required. */
  INTERACTION_ID("interaction_id", true),
  /** {@code ticket_id}. */
  TICKET_ID("ticket_id", false),
  /** {@code customer_id}, required. */
  CUSTOMER_ID("customer_id", true),
  /** {@code channel}, required. */
  CHANNEL("channel", true),
  /** {@code category}, required. */
  CATEGORY("category", true),
  /** {@code language}. */
  LANGUAGE("language", false),
  /** {@code priority}. */
  PRIORITY("priority", false),
  /** {@code vendor}. */
  VENDOR("vendor", false),
  /** {@code agent_id}. */
  AGENT_ID("agent_id", false),
  /** {@code tier}. */
  TIER("tier", false),
  /** {@code created_at}, required. */
  CREATED_AT("created_at", true),
  /** {@code answered_at}. */
  ANSWERED_AT("answered_at", false),
  /** {@code ended_at}. */
  ENDED_AT("ended_at", false),
  /** {@code wait_seconds}. */
  WAIT_SECONDS("wait_seconds", false),
  /** {@code talk_seconds}. */
  TALK_SECONDS("talk_seconds", false),
  /** {@code hold_seconds}. */
  HOLD_SECONDS("hold_seconds", false),
  /** {@code wrap_seconds}. */
  WRAP_SECONDS("wrap_seconds", false),
  /** {@code outcome}, required. */
  OUTCOME("outcome", true),
  /** {@code handled_by}. */
  HANDLED_BY("handled_by", false),
  /** {@code csat}. */
  CSAT("csat", false),
  /** {@code nps}. */
  NPS("nps", false),
  /** {@code ces}. */
  CES("ces", false),
  /** {@code qa_partner}. */
  QA_PARTNER("qa_partner", false),
  /** {@code qa_client}. */
  QA_CLIENT("qa_client", false),
  /** {@code reopened}. */
  REOPENED("reopened", false);

  private static final List<Column> ALL = List.of(values());
  private static final Map<String, Column> BY_HEADER = new HashMap<>();

  static {
    for (Column column : ALL) {
      BY_HEADER.put(column.header, column);
    }
  }

  private final String header;
  private final boolean required;

  Column(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** Returns the header name, e.g. {@code "created_at"}. */
  public String header() {
    return header;
  }

  /** Returns whether the column must be present in the header and filled in every row. */
  public boolean isRequired() {
    return required;
  }

  /** Returns every column in specification order. */
  public static List<Column> all() {
    return ALL;
  }

  /** Returns the column with this exact header name, or {@code null}. */
  static @Nullable Column byHeader(String name) {
    return BY_HEADER.get(name);
  }

  /** Returns the specification position of a problem's field, or -1 for a field that is not a column. */
  static int order(String field) {
    Column column = BY_HEADER.get(field);
    return column == null ? -1 : column.ordinal();
  }
}
