package io.github.bpokit.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DimensionTest {
  static final Instant T0 = Instant.parse("2026-10-01T09:30:00Z");

  /** Every field a dimension reads left unset: the defaults and the absent optionals. */
  static Interaction bare() {
    return Interaction.builder().interactionId("i-1").customerId("c-1").channel(Channel.EMAIL)
        .category(" order_status ").createdAt(T0).outcome(Outcome.RESOLVED).build();
  }

  /** Every field a dimension reads set. */
  static Interaction full() {
    return Interaction.builder().from(bare()).channel(Channel.WHATSAPP).category("Billing | refunds")
        .language("pt-BR").priority(Priority.URGENT).vendor("acme").agentId("a-7").tier(Tier.L3)
        .handledBy(HandledBy.BOT_TO_HUMAN).build();
  }

  @Test
  void idsAreLowerCaseNames() {
    assertThat(Arrays.stream(Dimension.values()).map(Dimension::id))
        .containsExactly("channel", "category", "language", "priority", "vendor", "agent", "tier");
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void parseReadsIdsInAnyCase(Dimension d) {
    assertThat(Dimension.parse(d.id())).isSameAs(d);
    assertThat(Dimension.parse(" " + d.name() + "\t")).isSameAs(d);
  }

  @Test
  void parseNamesTheUnknownTextAndTheIds() {
    assertThatThrownBy(() -> Dimension.parse("queue")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dimension 'queue', expected one of channel, category, language, priority, vendor, "
            + "agent, tier");
    assertThatThrownBy(() -> Dimension.parse("")).hasMessageStartingWith("unknown dimension '', expected");
    assertThatThrownBy(() -> Dimension.parse("agent_id")).hasMessageStartingWith("unknown dimension 'agent_id'");
  }

  @Test
  void valuesOfAFullInteraction() {
    Interaction i = full();
    assertThat(Dimension.CHANNEL.valueIn(i)).isEqualTo("WHATSAPP");
    assertThat(Dimension.CATEGORY.valueIn(i)).isEqualTo("Billing | refunds");
    assertThat(Dimension.LANGUAGE.valueIn(i)).isEqualTo("pt-BR");
    assertThat(Dimension.PRIORITY.valueIn(i)).isEqualTo("URGENT");
    assertThat(Dimension.VENDOR.valueIn(i)).isEqualTo("acme");
    assertThat(Dimension.AGENT.valueIn(i)).isEqualTo("a-7");
    assertThat(Dimension.TIER.valueIn(i)).isEqualTo("L3");
  }

  @Test
  void valuesOfABareInteractionAreTheDefaultsAndThePlaceholder() {
    Interaction i = bare();
    assertThat(Dimension.ABSENT).isEqualTo("(none)");
    assertThat(Dimension.CHANNEL.valueIn(i)).isEqualTo("EMAIL");
    assertThat(Dimension.CATEGORY.valueIn(i)).isEqualTo("order_status");
    assertThat(Dimension.LANGUAGE.valueIn(i)).isEqualTo("(none)");
    assertThat(Dimension.PRIORITY.valueIn(i)).isEqualTo("NORMAL");
    assertThat(Dimension.VENDOR.valueIn(i)).isEqualTo("(none)");
    assertThat(Dimension.AGENT.valueIn(i)).isEqualTo("(none)");
    assertThat(Dimension.TIER.valueIn(i)).isEqualTo("L1");
  }

  @ParameterizedTest
  @EnumSource(Dimension.class)
  void valuesAreStringsTheInteractionOrTheEnumAlreadyHolds(Dimension d) {
    for (Interaction i : new Interaction[] {bare(), full()}) {
      String expected = switch (d) {
        case CHANNEL -> i.channel().name();
        case CATEGORY -> i.category();
        case LANGUAGE -> i.language().orElse(Dimension.ABSENT);
        case PRIORITY -> i.priority().name();
        case VENDOR -> i.vendor().orElse(Dimension.ABSENT);
        case AGENT -> i.agentId().orElse(Dimension.ABSENT);
        case TIER -> i.tier().name();
      };
      assertThat(d.valueIn(i)).isSameAs(expected).isSameAs(d.valueIn(i));
    }
  }

  @Test
  void optionalDimensionsAreTheOnesThatCanBeAbsent() {
    assertThat(Arrays.stream(Dimension.values()).filter(Dimension::isOptional))
        .containsExactly(Dimension.LANGUAGE, Dimension.VENDOR, Dimension.AGENT);
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(Interaction.class, full());
    tester.testAllPublicStaticMethods(Dimension.class);
    for (Dimension d : Dimension.values()) {
      tester.testAllPublicInstanceMethods(d);
    }
  }
}
