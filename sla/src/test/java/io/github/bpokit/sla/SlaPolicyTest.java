package io.github.bpokit.sla;

import static io.github.bpokit.sla.T.h;
import static io.github.bpokit.sla.T.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  @Test
  void targetsPerMetricAndPriority() {
    SlaPolicy p = SlaPolicy.builder("email").channels(Channel.EMAIL).calendar(T.OFFICE)
        .target(SlaMetric.FIRST_REPLY, h(8))
        .target(SlaMetric.FIRST_REPLY, Priority.URGENT, h(1))
        .target(SlaMetric.RESOLUTION, Priority.HIGH, h(24))
        .build();
    assertThat(p.name()).isEqualTo("email");
    assertThat(p).hasToString("email");
    assertThat(p.calendar()).isEqualTo(T.OFFICE);
    assertThat(p.target(SlaMetric.FIRST_REPLY, Priority.LOW)).contains(h(8));
    assertThat(p.target(SlaMetric.FIRST_REPLY, Priority.URGENT)).contains(h(1));
    assertThat(p.target(SlaMetric.RESOLUTION, Priority.NORMAL)).isEmpty();
    assertThat(p.target(SlaMetric.NEXT_REPLY, Priority.NORMAL)).isEmpty();
    assertThat(p.targets()).isEqualTo(Map.of(
        SlaMetric.FIRST_REPLY, Map.of(Priority.LOW, h(8), Priority.NORMAL, h(8), Priority.HIGH, h(8),
            Priority.URGENT, h(1)),
        SlaMetric.RESOLUTION, Map.of(Priority.HIGH, h(24))));
    assertThat(p.targets().keySet()).containsExactly(SlaMetric.FIRST_REPLY, SlaMetric.RESOLUTION);
    // a later target for all priorities replaces the earlier ones
    SlaPolicy replaced = SlaPolicy.builder("x").target(SlaMetric.FIRST_REPLY, Priority.URGENT, h(1))
        .target(SlaMetric.FIRST_REPLY, h(2)).build();
    assertThat(replaced.target(SlaMetric.FIRST_REPLY, Priority.URGENT)).contains(h(2));
  }

  @Test
  void defaultsAndConditions() {
    SlaPolicy any = SlaPolicy.builder("any").build();
    assertThat(any.calendar()).isEqualTo(BusinessCalendar.TWENTY_FOUR_SEVEN);
    assertThat(any.isCatchAll()).isTrue();
    assertThat(any.targets()).isEmpty();
    assertThat(any.channels()).isEmpty();
    SlaPolicy p = SlaPolicy.builder("p").channels(Channel.CHAT).channels(Channel.VOICE)
        .priorities(Priority.HIGH).categories(" billing ", "refunds").vendors("acme").build();
    assertThat(p.channels()).containsExactly(Channel.VOICE, Channel.CHAT);
    assertThat(p.priorities()).containsExactly(Priority.HIGH);
    assertThat(p.categories()).containsExactly("billing", "refunds");
    assertThat(p.vendors()).containsExactly("acme");
    Ticket.Builder match = Ticket.builder("T").channel(Channel.CHAT).priority(Priority.HIGH).category("refunds")
        .vendor("acme").created(T.at("2026-10-05T09:00"));
    assertThat(p.matches(match.build())).isTrue();
    assertThat(p.matches(Ticket.builder("T").channel(Channel.CHAT).priority(Priority.HIGH)
        .vendor("acme").created(T.at("2026-10-05T09:00")).build())).as("no category").isFalse();
    assertThat(p.matches(Ticket.builder("T").channel(Channel.CHAT).priority(Priority.HIGH).category("refunds")
        .created(T.at("2026-10-05T09:00")).build())).as("no vendor").isFalse();
    assertThat(p.matches(Ticket.builder("T").channel(Channel.EMAIL).priority(Priority.HIGH).category("refunds")
        .vendor("acme").created(T.at("2026-10-05T09:00")).build())).as("channel").isFalse();
    assertThat(p.matches(Ticket.builder("T").channel(Channel.CHAT).category("refunds")
        .vendor("acme").created(T.at("2026-10-05T09:00")).build())).as("priority").isFalse();
    SlaPolicy predicate = SlaPolicy.builder("q").when(t -> t.events().size() > 1).build();
    assertThat(predicate.matches(match.build())).isFalse();
    assertThat(predicate.matches(match.agentReply(T.at("2026-10-05T09:01")).build())).isTrue();
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> SlaPolicy.builder(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy name must not be blank, got ''");
    SlaPolicy.Builder b = SlaPolicy.builder("email");
    assertThatThrownBy(() -> b.target(SlaMetric.FIRST_REPLY, Duration.ZERO))
        .hasMessage("policy email: target of first_reply must be positive, got PT0S");
    assertThatThrownBy(() -> b.target(SlaMetric.NEXT_REPLY, Priority.LOW, min(-5)))
        .hasMessage("policy email: target of next_reply must be positive, got PT-5M");
    assertThatThrownBy(() -> b.target(SlaMetric.RESOLUTION, Duration.ofDays(40_000)))
        .hasMessage("policy email: target of resolution must be at most 100 years, got PT960000H");
    assertThatThrownBy(() -> b.channels())
        .hasMessage("policy email: channels needs at least one value");
    assertThatThrownBy(() -> b.priorities())
        .hasMessage("policy email: priorities needs at least one value");
    assertThatThrownBy(() -> b.categories())
        .hasMessage("policy email: categories needs at least one value");
    assertThatThrownBy(() -> b.vendors("acme", " "))
        .hasMessage("policy email: vendor must not be blank, got ' '");
    assertThatThrownBy(() -> b.categories(""))
        .hasMessage("policy email: category must not be blank, got ''");
  }
}
