package io.github.bpokit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnumsTest {
  @Test
  void metricsHaveIdsAndKpiIds() {
    assertThat(SlaMetric.values()).extracting(SlaMetric::id).containsExactly("first_reply", "next_reply",
        "periodic_update", "requester_wait", "agent_work", "resolution");
    assertThat(SlaMetric.AGENT_WORK.kpiId()).isEqualTo("sla_agent_work");
    assertThat(SlaMetric.parse(" Periodic_Update ")).isEqualTo(SlaMetric.PERIODIC_UPDATE);
    assertThatThrownBy(() -> SlaMetric.parse("first_response"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown SLA metric 'first_response', expected one of first_reply, next_reply, "
            + "periodic_update, requester_wait, agent_work, resolution");
    assertThat(SlaMetric.values()).filteredOn(SlaMetric::resumesAfterReopen)
        .containsExactly(SlaMetric.REQUESTER_WAIT, SlaMetric.AGENT_WORK, SlaMetric.RESOLUTION);
  }

  @Test
  void statusesAndEventTypesParseIgnoringCase() {
    assertThat(TicketStatus.parse("on_hold")).isEqualTo(TicketStatus.ON_HOLD);
    assertThat(TicketEventType.parse(" agent_public_reply")).isEqualTo(TicketEventType.AGENT_PUBLIC_REPLY);
    assertThatThrownBy(() -> TicketStatus.parse("waiting"))
        .hasMessage("unknown TicketStatus 'waiting', expected one of NEW, OPEN, PENDING, ON_HOLD, SOLVED, CLOSED");
    assertThatThrownBy(() -> TicketEventType.parse("REPLY"))
        .hasMessage("unknown TicketEventType 'REPLY', expected one of CREATED, CUSTOMER_MESSAGE, AGENT_PUBLIC_REPLY, "
            + "AGENT_INTERNAL_NOTE, STATUS_CHANGED, PRIORITY_CHANGED, REOPENED");
  }
}
