package io.github.bpokit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import io.github.bpokit.sla.TicketStatus;
import io.github.bpokit.sla.TimelineException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineGeneratorTest {
  private static final TicketGenerator TICKETS = Generators.tickets();

  @Test
  void everyGeneratedTicketBuildsAndEvaluates() {
    SlaClock clock = SlaClock.builder().policy(SlaPolicy.builder("all").calendar(BusinessCalendar.parse(
        "Mon-Fri 09:00-17:00")).target(SlaMetric.FIRST_REPLY, Duration.ofHours(4))
        .target(SlaMetric.RESOLUTION, Duration.ofHours(40)).build()).build();
    Set<TicketEventType> types = EnumSet.noneOf(TicketEventType.class);
    Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    Set<Priority> priorities = EnumSet.noneOf(Priority.class);
    for (Ticket t : TICKETS.sample(4, 3_000)) {
      Ticket.Builder again = Ticket.builder(t.id()).channel(t.channel()).priority(t.priority()).events(t.events());
      t.category().ifPresent(again::category);
      t.vendor().ifPresent(again::vendor);
      assertThat(again.build()).isEqualTo(t);
      assertThat(clock.evaluate(t).results()).isNotEmpty();
      assertThat(t.events().size()).isBetween(1, 13);
      assertThat(t.createdAt()).isAfterOrEqualTo(TicketGenerator.DEFAULT_FROM).isBefore(TicketGenerator.DEFAULT_TO);
      channels.add(t.channel());
      priorities.add(t.priority());
      for (TicketEvent e : t.events()) {
        types.add(e.type());
        e.status().ifPresent(statuses::add);
      }
    }
    assertThat(types).containsExactlyInAnyOrder(TicketEventType.values());
    assertThat(statuses).containsExactlyInAnyOrder(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD,
        TicketStatus.SOLVED, TicketStatus.CLOSED); // never back to NEW
    assertThat(channels).containsExactlyInAnyOrder(Channel.values());
    assertThat(priorities).containsExactlyInAnyOrder(Priority.values());
  }

  @Test
  void honoursItsConfigurationAndSeeds() {
    Instant from = Instant.parse("2030-01-01T00:00:00Z");
    TicketGenerator gen = TICKETS.channels(Channel.EMAIL).priorities(Priority.URGENT).maxEvents(3)
        .between(from, from.plusSeconds(60));
    for (Ticket t : gen.sample(2, 500)) {
      assertThat(t.channel()).isEqualTo(Channel.EMAIL);
      assertThat(t.priority()).isEqualTo(Priority.URGENT);
      assertThat(t.events().size()).isBetween(1, 4);
      assertThat(t.createdAt()).isAfterOrEqualTo(from).isBefore(from.plusSeconds(60));
    }
    assertThat(TICKETS.sample(9, 100)).isEqualTo(TICKETS.sample(9, 100));
    assertThat(TICKETS.next((min, max) -> min).events()).hasSize(1);
    assertThatThrownBy(() -> TICKETS.maxEvents(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sizes must satisfy 0 <= minSize <= maxSize, got minSize 0 and maxSize -1");
    assertThatThrownBy(() -> TICKETS.channels()).hasMessage("channels must name at least one Channel");
    assertThatThrownBy(() -> TICKETS.between(from, from))
        .hasMessage("the window [2030-01-01T00:00:00Z, 2030-01-01T00:00:00Z) is empty: to must be after from");
  }

  @Test
  void everyInvalidTimelineFailsWithExactlyItsRule() {
    Set<TimelineException.Rule> rules = EnumSet.noneOf(TimelineException.Rule.class);
    for (InvalidTimeline bad : Generators.invalidTimelines().sample(6, 3_000)) {
      TimelineException e = catchThrowableOfType(TimelineException.class, bad::build);
      assertThat(e).as("%s", bad).isNotNull();
      assertThat(e.rule()).as("%s", bad).isEqualTo(bad.rule());
      assertThat(e.eventNumber()).as("%s", bad).isEqualTo(bad.eventNumber());
      assertThat(e.event()).isEqualTo(bad.offendingEvent());
      assertThat(e).as("%s", bad).hasMessage(bad.expectedMessage());
      assertThat(e.ticketId()).isEqualTo(bad.ticketId());
      // every event before the offending one is valid
      if (bad.eventNumber() > 0) {
        Ticket.builder(bad.ticketId()).channel(bad.channel()).events(bad.events().subList(0, bad.eventNumber() - 1));
      }
      rules.add(bad.rule());
    }
    assertThat(rules).containsExactlyInAnyOrder(TimelineException.Rule.values());
  }

  @Test
  void invalidTimelinesCanBeChosenByRule() {
    InvalidTimelineGenerator order = Generators.invalidTimelines().rules(TimelineException.Rule.TIME_ORDER)
        .from(TICKETS.maxEvents(2));
    List<InvalidTimeline> sample = order.sample(1, 100);
    assertThat(sample).extracting(InvalidTimeline::rule).containsOnly(TimelineException.Rule.TIME_ORDER);
    assertThat(sample).allMatch(bad -> bad.events().size() <= 4);
    assertThat(Generators.invalidTimelines().next((min, max) -> min).toString())
        .isEqualTo("NO_EVENTS at event 0 of T-1");
    assertThatThrownBy(() -> Generators.invalidTimelines().rules()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules must name at least one TimelineException.Rule");
  }
}
