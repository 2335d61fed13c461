package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketStatus;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketEventCsvWriterTest {
  private static final Instant T0 = Instant.parse("2026-10-02T14:00:00Z");

  @Test
  void writesEachEventAsARowWithTheTicketsAttributesOnTheCreatedRow() throws IOException {
    Ticket email = Ticket.builder("T-1").channel(Channel.EMAIL).priority(Priority.HIGH).category("billing, refunds")
        .vendor("acme-bpo")
        .created(T0)
        .agentReply(T0.plusSeconds(3600))
        .statusChanged(T0.plusSeconds(3600), TicketStatus.PENDING)
        .customerMessage(T0.plusSeconds(7200))
        .priorityChanged(T0.plusSeconds(7200), Priority.URGENT)
        .statusChanged(T0.plusSeconds(7200), TicketStatus.OPEN)
        .statusChanged(T0.plusSeconds(9000), TicketStatus.SOLVED)
        .reopened(T0.plusSeconds(90_000))
        .build();
    Ticket chat = Ticket.builder("T-2").channel(Channel.CHAT).created(T0).internalNote(T0.plusSeconds(60)).build();
    String csv = TicketEventCsvWriter.toCsv(List.of(email, chat), InteractionCsvWriter.inZone(ZoneId.of(
        "Europe/Berlin")));
    assertThat(csv).isEqualTo("""
        ticket_id,at,event,status,priority,channel,category,vendor
        T-1,2026-10-02T16:00:00+02:00,CREATED,,HIGH,EMAIL,"billing, refunds",acme-bpo
        T-1,2026-10-02T17:00:00+02:00,AGENT_PUBLIC_REPLY,,,,,
        T-1,2026-10-02T17:00:00+02:00,STATUS_CHANGED,PENDING,,,,
        T-1,2026-10-02T18:00:00+02:00,CUSTOMER_MESSAGE,,,,,
        T-1,2026-10-02T18:00:00+02:00,PRIORITY_CHANGED,,URGENT,,,
        T-1,2026-10-02T18:00:00+02:00,STATUS_CHANGED,OPEN,,,,
        T-1,2026-10-02T18:30:00+02:00,STATUS_CHANGED,SOLVED,,,,
        T-1,2026-10-03T17:00:00+02:00,REOPENED,,,,,
        T-2,2026-10-02T16:00:00+02:00,CREATED,,NORMAL,CHAT,,
        T-2,2026-10-02T16:01:00+02:00,AGENT_INTERNAL_NOTE,,,,,
        """);
    assertThat(TicketEventCsvReader.read(new StringReader(csv)).tickets()).containsExactly(email, chat);
    assertThat(TicketEventCsvWriter.toCsv(List.of(), Instant::toString))
        .isEqualTo("ticket_id,at,event,status,priority,channel,category,vendor\n");
  }
}
