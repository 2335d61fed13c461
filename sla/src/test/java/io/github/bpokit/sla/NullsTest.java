package io.github.bpokit.sla;

import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every public method rejects null arguments with a NullPointerException. */
class NullsTest {
  @Test
  void publicMethodsRejectNulls() {
    Ticket ticket = T.ticket("T-1", "2026-10-05T09:00").agentReply(T.at("2026-10-05T10:00")).build();
    SlaPolicy policy = SlaPolicy.builder("p").target(SlaMetric.FIRST_REPLY, T.h(1)).build();
    SlaClock clock = SlaClock.builder().policy(policy).build();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Instant.class, Instant.parse("2026-10-05T09:00:00Z"))
        .setDefault(Duration.class, Duration.ofHours(1))
        .setDefault(Ticket.class, ticket)
        .setDefault(TicketEvent.class, TicketEvent.of(TicketEventType.CUSTOMER_MESSAGE, T.at("2026-10-05T11:00")))
        .setDefault(SlaPolicy.class, SlaPolicy.builder("q").build())
        .setDefault(BusinessCalendar.class, T.OFFICE)
        .setDefault(Segmentation.class, Segmentation.whole())
        .setDefault(SegmentKey.class, SegmentKey.all())
        .setDefault(Channel.class, Channel.CHAT)
        .setDefault(Priority.class, Priority.HIGH)
        .setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(TicketEvent.class);
    tester.testAllPublicStaticMethods(Ticket.class);
    tester.testAllPublicStaticMethods(SlaPolicy.class);
    tester.testAllPublicStaticMethods(SlaAdherenceAccumulator.class);
    tester.testAllPublicInstanceMethods(Ticket.builder("T-2"));
    tester.testAllPublicInstanceMethods(SlaPolicy.builder("p2"));
    tester.testAllPublicInstanceMethods(policy);
    tester.testAllPublicInstanceMethods(SlaClock.builder());
    tester.testAllPublicInstanceMethods(clock);
    tester.testAllPublicInstanceMethods(clock.evaluate(ticket));
    tester.testAllPublicInstanceMethods(new SlaAdherenceAccumulator());
    tester.testAllPublicInstanceMethods(new SlaAdherenceAccumulator().snapshot());
    tester.testAllPublicConstructors(SlaAdherenceAccumulator.class);
  }
}
