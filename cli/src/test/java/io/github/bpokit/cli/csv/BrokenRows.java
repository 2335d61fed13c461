package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.CsvText.ANSWERED;
import static io.github.bpokit.cli.csv.CsvText.CREATED;

import io.github.bpokit.core.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** One broken row of each kind SPEC §1.1 names, each with the exact problems the reader must report. */
final class BrokenRows {
  private BrokenRows() {}

  /** The id of the first, valid row (line 2) of every test file; the duplicate case reuses it. */
  static final String FIRST_ID = "first";

  static final String INSTANT_EXAMPLES = "e.g. 2026-10-01T09:30:00Z or 2026-10-01T11:30:00+02:00";

  /**
   * A broken row.
   *
   * @param name what is broken
   * @param changes the cells changed from the valid base row
   * @param edit an edit of the whole cell list (ragged rows)
   * @param expected every problem, in column order
   */
  record BrokenRow(String name, Map<Column, String> changes, UnaryOperator<List<String>> edit,
      List<Problem> expected) {
    String csv(String id) {
      return CsvText.row(id, changes, edit);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<BrokenRow> all() {
    List<BrokenRow> rows = new ArrayList<>();
    // time order
    rows.add(broken("answered_at before created_at", Map.of(Column.ANSWERED_AT, "2026-10-01T08:59:00Z"),
        Problem.of("answered_at", "2026-10-01T08:59:00Z", "must not be before created_at " + CREATED)));
    rows.add(broken("ended_at before created_at",
        Map.of(Column.ANSWERED_AT, "", Column.ENDED_AT, "2026-10-01T08:00:00Z"),
        Problem.of("ended_at", "2026-10-01T08:00:00Z", "must not be before created_at " + CREATED)));
    rows.add(broken("ended_at before answered_at", Map.of(Column.ENDED_AT, "2026-10-01T09:00:10Z"),
        Problem.of("ended_at", "2026-10-01T09:00:10Z", "must not be before answered_at " + ANSWERED)));
    // negative durations and counts
    for (Column column : List.of(Column.WAIT_SECONDS, Column.TALK_SECONDS, Column.HOLD_SECONDS,
        Column.WRAP_SECONDS, Column.REOPENED)) {
      rows.add(broken("negative " + column.header(), Map.of(column, "-1"),
          Problem.of(column.header(), "-1", "must not be negative")));
    }
    // scores out of range
    rows.add(outOfRange(Column.CSAT, "0", "0", "1 and 5"));
    rows.add(outOfRange(Column.CSAT, "6", "6", "1 and 5"));
    rows.add(outOfRange(Column.NPS, "-1", "-1", "0 and 10"));
    rows.add(outOfRange(Column.NPS, "11", "11", "0 and 10"));
    rows.add(outOfRange(Column.CES, "0", "0", "1 and 7"));
    rows.add(outOfRange(Column.CES, "8", "8", "1 and 7"));
    rows.add(outOfRange(Column.QA_PARTNER, "100.5", "100.5", "0 and 100"));
    rows.add(outOfRange(Column.QA_CLIENT, "-0.5", "-0.5", "0 and 100"));
    // unknown enum values
    rows.add(broken("unknown channel", Map.of(Column.CHANNEL, "FAX"), Problem.of("channel", "FAX",
        "unknown Channel 'FAX', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP")));
    rows.add(broken("unknown priority", Map.of(Column.PRIORITY, "critical"), Problem.of("priority", "critical",
        "unknown Priority 'critical', expected one of LOW, NORMAL, HIGH, URGENT")));
    rows.add(broken("unknown tier", Map.of(Column.TIER, "L4"),
        Problem.of("tier", "L4", "unknown Tier 'L4', expected one of L1, L2, L3")));
    rows.add(broken("unknown outcome", Map.of(Column.OUTCOME, "LOST"), Problem.of("outcome", "LOST",
        "unknown Outcome 'LOST', expected one of RESOLVED, ESCALATED, TRANSFERRED, UNRESOLVED, ABANDONED, "
            + "BOT_CONTAINED")));
    rows.add(broken("unknown handled_by", Map.of(Column.HANDLED_BY, "ROBOT"), Problem.of("handled_by", "ROBOT",
        "unknown HandledBy 'ROBOT', expected one of HUMAN, BOT, BOT_TO_HUMAN")));
    // missing required fields (an empty or blank cell is absent)
    for (Column column : Column.all()) {
      if (column.isRequired()) {
        rows.add(broken("missing " + column.header(), Map.of(column, column == Column.CATEGORY ? "   " : ""),
            Problem.missing(column.header())));
      }
    }
    // duplicate interaction_id
    rows.add(broken("duplicate interaction_id", Map.of(Column.INTERACTION_ID, FIRST_ID),
        Problem.of("interaction_id", FIRST_ID, "duplicate of line 2")));
    // outcome rules
    rows.add(broken("ABANDONED with answered_at", Map.of(Column.OUTCOME, "ABANDONED"), Problem.of("answered_at",
        ANSWERED, "must be empty when outcome is ABANDONED (an abandoned contact was never answered)")));
    rows.add(broken("BOT_CONTAINED handled by HUMAN", Map.of(Column.OUTCOME, "BOT_CONTAINED"),
        Problem.of("handled_by", "HUMAN", "must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED")));
    rows.add(broken("BOT_CONTAINED with handled_by defaulting to HUMAN",
        Map.of(Column.OUTCOME, "BOT_CONTAINED", Column.HANDLED_BY, ""),
        Problem.of("handled_by", "HUMAN", "must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED")));
    // malformed instants
    rows.add(broken("local created_at without offset", Map.of(Column.CREATED_AT, "2026-10-01T09:00:00"),
        Problem.of("created_at", "2026-10-01T09:00:00",
            "has no UTC offset: add Z or an offset such as +02:00 (" + INSTANT_EXAMPLES + ")")));
    rows.add(broken("space instead of T", Map.of(Column.ANSWERED_AT, "2026-10-01 09:00:30Z"),
        Problem.of("answered_at", "2026-10-01 09:00:30Z",
            "not ISO-8601: put a T between the date and the time (" + INSTANT_EXAMPLES + ")")));
    rows.add(broken("impossible date", Map.of(Column.ENDED_AT, "2026-02-30T10:00:00Z"),
        Problem.of("ended_at", "2026-02-30T10:00:00Z",
            "not an ISO-8601 date-time with offset (Invalid date 'FEBRUARY 30'), " + INSTANT_EXAMPLES)));
    rows.add(broken("not a date", Map.of(Column.ENDED_AT, "tomorrow"),
        Problem.of("ended_at", "tomorrow", "not an ISO-8601 date-time with offset, " + INSTANT_EXAMPLES)));
    // malformed numbers
    rows.add(broken("fractional seconds", Map.of(Column.WAIT_SECONDS, "12.5"),
        Problem.of("wait_seconds", "12.5", "not a whole number")));
    rows.add(broken("words for a number", Map.of(Column.TALK_SECONDS, "ten"),
        Problem.of("talk_seconds", "ten", "not a whole number")));
    rows.add(broken("huge number", Map.of(Column.HOLD_SECONDS, "99999999999999999999"),
        Problem.of("hold_seconds", "99999999999999999999", "is too large for a whole number")));
    rows.add(broken("fractional csat", Map.of(Column.CSAT, "4.5"),
        Problem.of("csat", "4.5", "not a whole number")));
    rows.add(broken("int overflow", Map.of(Column.REOPENED, "3000000000"),
        Problem.of("reopened", "3000000000", "is too large for a whole number of this column")));
    rows.add(broken("decimal comma", Map.of(Column.QA_PARTNER, "88,5"),
        Problem.of("qa_partner", "88,5", "not a decimal number (use a dot as the decimal separator)")));
    rows.add(broken("NaN score", Map.of(Column.QA_CLIENT, "NaN"),
        Problem.of("qa_client", "NaN", "not a decimal number")));
    rows.add(broken("typed score", Map.of(Column.QA_CLIENT, "85d"),
        Problem.of("qa_client", "85d", "not a decimal number")));
    // text rules of the model
    rows.add(broken("malformed language tag", Map.of(Column.LANGUAGE, "en_US"),
        Problem.of("language", "en_US", "is not a well-formed BCP-47 language tag")));
    // ragged rows
    rows.add(new BrokenRow("one cell short", Map.of(), cells -> cells.subList(0, cells.size() - 1),
        List.of(Problem.of("", "", "has 24 cells but the header has 25"))));
    rows.add(new BrokenRow("one cell too many", Map.of(), cells -> {
      List<String> more = new ArrayList<>(cells);
      more.add("extra");
      return more;
    }, List.of(Problem.of("", "", "has 26 cells but the header has 25"))));
    // several problems in one row, reported together in column order, a failed required cell not also missing
    rows.add(new BrokenRow("several problems",
        Map.of(Column.CHANNEL, "FAX", Column.CUSTOMER_ID, "", Column.CSAT, "9", Column.QA_PARTNER, "abc",
            Column.OUTCOME, "ABANDONED", Column.CREATED_AT, "noon"),
        UnaryOperator.identity(), List.of(
            Problem.missing("customer_id"),
            Problem.of("channel", "FAX",
                "unknown Channel 'FAX', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP"),
            Problem.of("created_at", "noon", "not an ISO-8601 date-time with offset, " + INSTANT_EXAMPLES),
            Problem.of("answered_at", ANSWERED,
                "must be empty when outcome is ABANDONED (an abandoned contact was never answered)"),
            Problem.of("csat", "9", "must be between 1 and 5"),
            Problem.of("qa_partner", "abc", "not a decimal number"))));
    rows.add(new BrokenRow("duplicate with another problem",
        Map.of(Column.INTERACTION_ID, FIRST_ID, Column.NPS, "12"), UnaryOperator.identity(), List.of(
            Problem.of("interaction_id", FIRST_ID, "duplicate of line 2"),
            Problem.of("nps", "12", "must be between 0 and 10"))));
    return rows;
  }

  private static BrokenRow broken(String name, Map<Column, String> changes, Problem expected) {
    return new BrokenRow(name, changes, UnaryOperator.identity(), List.of(expected));
  }

  private static BrokenRow outOfRange(Column column, String cell, String reported, String range) {
    return broken(column.header() + " " + cell + " out of range", Map.of(column, cell),
        Problem.of(column.header(), reported, "must be between " + range));
  }
}
