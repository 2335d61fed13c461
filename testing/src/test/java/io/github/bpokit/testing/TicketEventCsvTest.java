package io.github.bpokit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketStatus;
import io.github.bpokit.sla.TimelineException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketEventCsvTest {
  @Test
  void writesOneRowPerEventWithTheTicketsAttributesOnItsCreatedRow() {
    Instant t0 = Instant.parse("2026-10-05T09:00:00Z");
    Ticket ticket = Ticket.builder("T-1").channel(Channel.CHAT).priority(Priority.HIGH).category("billing, refunds")
        .created(t0).agentReply(t0.plusSeconds(60)).statusChanged(t0.plusSeconds(60), TicketStatus.PENDING)
        .priorityChanged(t0.plusSeconds(90), Priority.URGENT).build();
    assertThat(TicketEventCsv.write(List.of(ticket))).isEqualTo(TicketEventCsv.HEADER + "\n"
        + "T-1,2026-10-05T09:00:00Z,CREATED,,HIGH,CHAT,\"billing, refunds\",\n"
        + "T-1,2026-10-05T09:01:00Z,AGENT_PUBLIC_REPLY,,,,,\n"
        + "T-1,2026-10-05T09:01:00Z,STATUS_CHANGED,PENDING,,,,\n"
        + "T-1,2026-10-05T09:01:30Z,PRIORITY_CHANGED,,URGENT,,,\n");
  }

  @Test
  void writesAnInvalidTimelineUpToItsOffendingEvent() {
    InvalidTimeline bad = Generators.invalidTimelines().rules(TimelineException.Rule.REOPEN_SOLVED_ONLY)
        .from(Generators.tickets().maxEvents(0)).next(3);
    String csv = TicketEventCsv.write(bad);
    // CREATED, then the REOPENED of a NEW ticket
    assertThat(csv.lines().toList()).hasSize(3);
    assertThat(csv.lines().skip(2).findFirst().orElseThrow()).contains(",REOPENED,");
    assertThat(bad.eventNumber()).isEqualTo(2);
    assertThat(TicketEventCsv.write(Generators.invalidTimelines().rules(TimelineException.Rule.NO_EVENTS).next(1)))
        .isEqualTo(TicketEventCsv.HEADER + "\n");
  }
}
