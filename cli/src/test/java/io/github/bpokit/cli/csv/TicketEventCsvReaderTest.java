package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.cli.csv.TicketEventCsvReader.TicketLog;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import io.github.bpokit.sla.TicketStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketEventCsvReaderTest {
  static final String HEADER = "ticket_id,at,event,status,priority,channel,category,vendor\n";

  static TicketLog read(String text) throws IOException {
    return TicketEventCsvReader.read(new StringReader(text));
  }

  static String failure(String text) {
    try {
      read(text);
    } catch (CsvValidationException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no CsvValidationException");
  }

  @Test
  void readsTicketsInTheOrderOfTheirFirstRowFromInterleavedRows() throws IOException {
    TicketLog log = read("\uFEFFvendor, event ,at,ticket_id,channel,priority,status,category,extra\n"
        + "acme,CREATED,2026-10-05T09:00:00Z,T-2,chat,urgent,,billing,x\n"
        + ",created,2026-10-05T09:30:00+02:00,T-1,EMAIL,,,,\n"
        + "\n"
        + "ignored,agent_public_reply,2026-10-05T09:05:00Z,T-2,VOICE,LOW,SOLVED,other,\n"
        + ",STATUS_CHANGED,2026-10-05T09:06:00Z,T-2,,,pending,,\n"
        + ",PRIORITY_CHANGED,2026-10-05T09:07:00Z,T-2,,high,,,\n"
        + ",STATUS_CHANGED,2026-10-05T09:08:00Z,T-1,,,SOLVED,,\n");
    assertThat(log.rows()).isEqualTo(6);
    assertThat(log.latest()).isEqualTo(Instant.parse("2026-10-05T09:08:00Z"));
    assertThat(log.tickets()).extracting(Ticket::id).containsExactly("T-2", "T-1");
    Ticket t2 = log.tickets().get(0);
    assertThat(t2.channel()).isEqualTo(Channel.CHAT);
    assertThat(t2.priority()).isEqualTo(Priority.URGENT);
    assertThat(t2.category()).contains("billing");
    assertThat(t2.vendor()).contains("acme");
    assertThat(t2.events()).containsExactly(
        TicketEvent.of(TicketEventType.CREATED, Instant.parse("2026-10-05T09:00:00Z")),
        TicketEvent.of(TicketEventType.AGENT_PUBLIC_REPLY, Instant.parse("2026-10-05T09:05:00Z")),
        TicketEvent.statusChanged(Instant.parse("2026-10-05T09:06:00Z"), TicketStatus.PENDING),
        TicketEvent.priorityChanged(Instant.parse("2026-10-05T09:07:00Z"), Priority.HIGH));
    Ticket t1 = log.tickets().get(1);
    assertThat(t1.priority()).isEqualTo(Priority.NORMAL);
    assertThat(t1.category()).isEmpty();
    assertThat(t1.vendor()).isEmpty();
    assertThat(t1.createdAt()).isEqualTo(Instant.parse("2026-10-05T07:30:00Z"));
  }

  @Test
  void readsTheSampleFile() throws IOException {
    TicketLog log = TicketEventCsvReader.read(Path.of("..", "samples", "ticket-events.csv"));
    assertThat(log.rows()).isEqualTo(59);
    assertThat(log.tickets()).hasSize(13);
    assertThat(log.latest()).isEqualTo(Instant.parse("2026-10-09T08:00:00Z"));
  }

  @Test
  void anEmptyFileHasOnlyAHeader() throws IOException {
    TicketLog log = read("ticket_id,at,event,channel\n");
    assertThat(log.tickets()).isEmpty();
    assertThat(log.rows()).isZero();
    assertThat(log.latest()).isNull();
  }

  @Test
  void headerProblems() {
    assertThat(failure("")).isEqualTo("line 1: the file is empty: expected a header line naming the columns, e.g. "
        + "ticket_id,at,event,status,priority,channel,category,vendor");
    assertThat(failure("ticket_id,At,event,event\n")).isEqualTo("line 1: event: duplicate column: columns 3 and 4 "
        + "both have this name; at: missing required column; channel: missing required column");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // a row after a valid CREATED row of T-1 on line 2
      "T-1,2026-10-05T10:00:00Z,CUSTOMER_MESSAGE,,,,,,        | line 3: has 9 cells but the header has 8",
      ",,,,,,,                                                 | line 3: ticket_id: missing required field; at: "
          + "missing required field; event: missing required field",
      "T-1,2026-10-05 10:00:00Z,REPLY,,,,,                     | line 3: at '2026-10-05 10:00:00Z': not ISO-8601: "
          + "put a T between the date and the time (e.g. 2026-10-01T09:30:00Z or 2026-10-01T11:30:00+02:00); "
          + "event 'REPLY': unknown TicketEventType 'REPLY', expected one of CREATED, CUSTOMER_MESSAGE, "
          + "AGENT_PUBLIC_REPLY, AGENT_INTERNAL_NOTE, STATUS_CHANGED, PRIORITY_CHANGED, REOPENED",
      "T-1,2026-10-05T10:00:00Z,STATUS_CHANGED,,,,,            | line 3: status: required on STATUS_CHANGED rows",
      "T-1,2026-10-05T10:00:00Z,STATUS_CHANGED,waiting,,,,     | line 3: status 'waiting': unknown TicketStatus "
          + "'waiting', expected one of NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED",
      "T-1,2026-10-05T10:00:00Z,PRIORITY_CHANGED,,,,,          | line 3: priority: required on PRIORITY_CHANGED rows",
      "T-1,2026-10-05T10:00:00Z,PRIORITY_CHANGED,,P1,,,        | line 3: priority 'P1': unknown Priority 'P1', "
          + "expected one of LOW, NORMAL, HIGH, URGENT",
      "T-2,2026-10-05T10:00:00Z,CREATED,,,,,                   | line 3: channel: required on CREATED rows",
      "T-2,2026-10-05T10:00:00Z,CREATED,,LOW,FAX,,             | line 3: channel 'FAX': unknown Channel 'FAX', "
          + "expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP",
      "T-2,2026-10-05T10:00:00Z,AGENT_PUBLIC_REPLY,,,,,        | line 3: ticket T-2, event 1 (AGENT_PUBLIC_REPLY at "
          + "2026-10-05T10:00:00Z): the first event must be CREATED",
      "T-1,2026-10-05T10:00:00Z,CREATED,,,EMAIL,,              | line 3: ticket T-1, event 2 (CREATED at "
          + "2026-10-05T10:00:00Z): a ticket has exactly one CREATED event, and event 1 is one",
      "T-1,2026-10-05T08:00:00Z,AGENT_PUBLIC_REPLY,,,,,        | line 3: ticket T-1, event 2 (AGENT_PUBLIC_REPLY at "
          + "2026-10-05T08:00:00Z): events must be in time order, but event 1 is later, at 2026-10-05T09:00:00Z",
      "T-1,2026-10-05T10:00:00Z,STATUS_CHANGED,CLOSED,,,,      | line 3: ticket T-1, event 2 (STATUS_CHANGED to "
          + "CLOSED at 2026-10-05T10:00:00Z): illegal status change NEW -> CLOSED: only a SOLVED ticket can be closed",
      "T-1,2026-10-05T10:00:00Z,REOPENED,,,,,                  | line 3: ticket T-1, event 2 (REOPENED at "
          + "2026-10-05T10:00:00Z): REOPENED needs a SOLVED ticket, but the status is NEW",
  })
  void rowProblemsStopTheReadWithTheirLine(String row, String message) {
    assertThat(failure(HEADER + "T-1,2026-10-05T09:00:00Z,CREATED,,,EMAIL,,\n" + row + "\n"))
        .isEqualTo(message);
  }

  @Test
  void aTimelineErrorNamesTheLineOfItsEvent() {
    String text = HEADER
        + "T-1,2026-10-05T09:00:00Z,CREATED,,,EMAIL,,\n"
        + "T-2,2026-10-05T09:00:00Z,CREATED,,,CHAT,,\n"
        + "T-1,2026-10-05T09:10:00Z,STATUS_CHANGED,SOLVED,,,,\n"
        + "T-2,2026-10-05T09:20:00Z,CUSTOMER_MESSAGE,,,,,\n"
        + "T-1,2026-10-05T09:30:00Z,CUSTOMER_MESSAGE,,,,,\n";
    assertThat(failure(text)).isEqualTo("line 6: ticket T-1, event 3 (CUSTOMER_MESSAGE at 2026-10-05T09:30:00Z): "
        + "the ticket is SOLVED: a CUSTOMER_MESSAGE needs a REOPENED event first (a solved ticket takes only "
        + "REOPENED, STATUS_CHANGED to CLOSED, AGENT_INTERNAL_NOTE and PRIORITY_CHANGED)");
  }
}
