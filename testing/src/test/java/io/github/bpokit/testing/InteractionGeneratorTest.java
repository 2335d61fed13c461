package io.github.bpokit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class InteractionGeneratorTest {
  private static final InteractionGenerator REALISTIC = Generators.interactions();
  private static final InteractionGenerator EDGES = Generators.interactions().edgeCases();

  @Test
  void everyGeneratedInteractionPassesValidation() {
    for (InteractionGenerator gen : List.of(REALISTIC, EDGES, REALISTIC.hostileText(),
        REALISTIC.channels(Channel.EMAIL).outcomes(Outcome.ABANDONED, Outcome.BOT_CONTAINED).surveys(100).qa(100)
            .reopens(100))) {
      for (Interaction i : gen.sample(1, 3_000)) {
        // build() already ran in the generator; building the same field set again must give the same value
        assertThat(Interaction.builder().from(i).build()).isEqualTo(i);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertThat(REALISTIC.sample(42, 200)).isEqualTo(REALISTIC.sample(42, 200));
    assertThat(EDGES.sample(42, 200)).isEqualTo(EDGES.sample(42, 200));
    assertThat(REALISTIC.next(7)).isEqualTo(REALISTIC.next(7));
    assertThat(REALISTIC.stream(9).limit(50).toList()).isEqualTo(REALISTIC.sample(9, 50));
    assertThat(REALISTIC.logs(10, 30).next(3)).isEqualTo(REALISTIC.logs(10, 30).next(3));
    assertThat(REALISTIC.sample(42, 200)).isNotEqualTo(REALISTIC.sample(43, 200));
  }

  @Test
  void coversEveryEnumValueAndBothStatesOfEveryOptionalField() {
    for (InteractionGenerator gen : List.of(REALISTIC, EDGES)) {
      List<Interaction> sample = gen.sample(5, 5_000);
      assertThat(values(sample, Interaction::channel)).containsExactlyInAnyOrder(Channel.values());
      assertThat(values(sample, Interaction::outcome)).containsExactlyInAnyOrder(Outcome.values());
      assertThat(values(sample, Interaction::handledBy)).containsExactlyInAnyOrder(HandledBy.values());
      assertThat(values(sample, Interaction::priority)).containsExactlyInAnyOrder(Priority.values());
      assertThat(values(sample, Interaction::tier)).containsExactlyInAnyOrder(Tier.values());
      for (Function<Interaction, Boolean> present : List.<Function<Interaction, Boolean>>of(
          i -> i.ticketId().isPresent(), i -> i.language().isPresent(), i -> i.vendor().isPresent(),
          i -> i.agentId().isPresent(), i -> i.answeredAt().isPresent(), i -> i.endedAt().isPresent(),
          i -> i.csat().isPresent(), i -> i.nps().isPresent(), i -> i.ces().isPresent(),
          i -> i.qaPartner().isPresent(), i -> i.qaClient().isPresent(), i -> i.reopened() > 0,
          i -> i.holdSeconds() > 0, i -> i.wrapSeconds() > 0)) {
        assertThat(values(sample, present)).containsExactlyInAnyOrder(true, false);
      }
      assertThat(values(sample, Interaction::csat)).hasSize(6); // 1..5 and absent
      assertThat(values(sample, Interaction::nps)).hasSize(12); // 0..10 and absent
      assertThat(values(sample, Interaction::ces)).hasSize(8); // 1..7 and absent
    }
  }

  @Test
  void theRealisticMixKeepsOutcomesHandledByAndTimesConsistent() {
    List<Interaction> sample = REALISTIC.sample(11, 5_000);
    long voice = sample.stream().filter(i -> i.channel() == Channel.VOICE).count();
    long social = sample.stream().filter(i -> i.channel() == Channel.SOCIAL).count();
    assertThat(voice).isBetween(1_500L, 2_000L); // 35% of 5000 = 1750
    assertThat(social).isBetween(150L, 350L); // 5% = 250
    for (Interaction i : sample) {
      assertThat(i.createdAt()).isBetween(InteractionGenerator.DEFAULT_FROM, InteractionGenerator.DEFAULT_TO);
      assertThat(i.createdAt()).isBefore(InteractionGenerator.DEFAULT_TO);
      assertThat(i.customerId()).matches("c-([1-9]|[1-9][0-9]|[12][0-9][0-9]|300)");
      if (i.outcome() == Outcome.ABANDONED) {
        assertThat(i.answeredAt()).isEmpty();
        assertThat(i.agentId()).isEmpty();
        assertThat(i.handleTimeSeconds()).isZero();
      } else {
        // answered_at = created_at + wait_seconds
        assertThat(i.firstResponseTime()).contains(Duration.ofSeconds(i.waitSeconds()));
      }
      if (i.outcome() == Outcome.BOT_CONTAINED) {
        assertThat(i.handledBy()).isNotEqualTo(HandledBy.HUMAN);
      }
      if (i.handledBy() == HandledBy.BOT) {
        assertThat(i.agentId()).isEmpty();
        assertThat(i.handleTimeSeconds()).isZero();
      }
      if (i.reopened() > 0) {
        assertThat(i.outcome()).isEqualTo(Outcome.RESOLVED);
      }
      i.qaClient().ifPresent(client -> assertThat(Math.abs(client - i.qaPartner().getAsDouble()))
          .isLessThanOrEqualTo(10));
    }
  }

  @Test
  void honoursItsConfiguration() {
    Instant from = Instant.parse("2027-02-01T00:00:00Z");
    Instant to = Instant.parse("2027-02-02T00:00:00Z");
    InteractionGenerator gen = REALISTIC.channels(Channel.VOICE, Channel.CHAT).customers(5).agents(2)
        .categories("billing").languages("fr").vendors("acme").between(from, to).outcomes(Outcome.RESOLVED)
        .surveys(0).qa(0).reopens(0);
    for (Interaction i : gen.sample(3, 2_000)) {
      assertThat(i.channel()).isIn(Channel.VOICE, Channel.CHAT);
      assertThat(i.customerId()).isIn("c-1", "c-2", "c-3", "c-4", "c-5");
      assertThat(i.agentId().orElse("a-1")).isIn("a-1", "a-2");
      assertThat(i.category()).isEqualTo("billing");
      assertThat(i.language().orElse("fr")).isEqualTo("fr");
      assertThat(i.vendor().orElse("acme")).isEqualTo("acme");
      assertThat(i.createdAt()).isAfterOrEqualTo(from).isBefore(to);
      assertThat(i.outcome()).isEqualTo(Outcome.RESOLVED);
      assertThat(i.csat()).isEmpty();
      assertThat(i.qaPartner()).isEmpty();
      assertThat(i.reopened()).isZero();
    }
    assertThat(values(gen.sample(3, 2_000), Interaction::customerId)).hasSize(5);
    // the original is unchanged: configuring returns a new generator
    assertThat(values(REALISTIC.sample(3, 2_000), Interaction::channel)).hasSize(6);
  }

  @Test
  void edgeCasesSpanTheWholeValidDomain() {
    List<Interaction> sample = EDGES.channels(Channel.SOCIAL).sample(8, 3_000);
    assertThat(values(sample, Interaction::channel)).containsExactly(Channel.SOCIAL);
    assertThat(sample).anyMatch(i -> i.createdAt().isBefore(Instant.parse("2000-01-01T00:00:00Z")));
    assertThat(sample).anyMatch(i -> i.createdAt().isAfter(Instant.parse("2070-01-01T00:00:00Z")));
    assertThat(sample).anyMatch(i -> i.createdAt().getNano() % 1_000_000 != 0);
    assertThat(sample).anyMatch(i -> i.talkSeconds() > Long.MAX_VALUE / 4);
    assertThat(sample).anyMatch(i -> i.reopened() > 1_000_000);
    assertThat(sample).anyMatch(i -> i.qaPartner().orElse(-1) == 100.0);
    assertThat(sample).anyMatch(i -> i.customerId().contains(",") || i.customerId().contains("\""));
    assertThat(sample).anyMatch(i -> i.category().contains("\n"));
    assertThat(sample).anyMatch(i -> i.interactionId().contains("😀"));
    // an agent on a bot-only contact is valid, and the edge cases produce it
    assertThat(sample).anyMatch(i -> i.handledBy() == HandledBy.BOT && i.agentId().isPresent());
    for (Interaction i : sample) {
      assertThat(i.interactionId()).isEqualTo(i.interactionId().strip()).isNotBlank();
    }
  }

  @Test
  void logsHaveDistinctIdsAndTheRequestedSizes() {
    for (List<Interaction> log : REALISTIC.logs(0, 40).sample(2, 100)) {
      assertThat(log.size()).isBetween(0, 40);
      for (int i = 0; i < log.size(); i++) {
        assertThat(log.get(i).interactionId()).isEqualTo("i-" + (i + 1));
        if (i > 0) {
          assertThat(log.get(i).createdAt()).isAfterOrEqualTo(log.get(i - 1).createdAt());
        }
      }
    }
    for (List<Interaction> log : EDGES.logs(1, 5).sample(2, 300)) {
      assertThat(log).extracting(Interaction::interactionId).doesNotHaveDuplicates();
      assertThat(log.get(0).interactionId()).startsWith("1:");
    }
    assertThat(REALISTIC.lists(3, 3).next(1)).hasSize(3);
  }

  @Test
  void theMinimumDrawGivesTheSimplestInteraction() {
    RandomSource minimum = (min, max) -> min;
    Interaction simplest = REALISTIC.next(minimum);
    assertThat(simplest).isEqualTo(Interaction.builder().interactionId("i-1").customerId("c-1")
        .channel(Channel.VOICE).category("order_status").outcome(Outcome.RESOLVED)
        .createdAt(InteractionGenerator.DEFAULT_FROM).answeredAt(InteractionGenerator.DEFAULT_FROM)
        .endedAt(InteractionGenerator.DEFAULT_FROM).build());
    assertThat(REALISTIC.logs(0, 10).next(minimum)).isEmpty();
    assertThat(EDGES.next(minimum).interactionId()).isEqualTo("a");
  }

  /** The one-line QuickTheories adapter of the Javadoc: values are valid, and a failing property shrinks. */
  @Test
  void quickTheoriesDrivesItInOneLine() {
    Gen<Interaction> gen =
        in -> REALISTIC.next((min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min)));
    qt().withFixedSeed(20261001L).withExamples(500).forAll(gen)
        .checkAssert(i -> assertThat(i.createdAt()).isBefore(InteractionGenerator.DEFAULT_TO));
    assertThatThrownBy(() -> qt().withFixedSeed(3L).withExamples(100).withShrinkCycles(20).forAll(gen)
        .checkAssert(i -> assertThat(i.waitSeconds()).isLessThan(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("alsified");
  }

  @Test
  void rejectsBadConfiguration() {
    assertThatThrownBy(() -> REALISTIC.channels()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channels must name at least one Channel");
    assertThatThrownBy(() -> REALISTIC.outcomes()).hasMessage("outcomes must name at least one Outcome");
    assertThatThrownBy(() -> REALISTIC.customers(0)).hasMessage("customers must be at least 1, got 0");
    assertThatThrownBy(() -> REALISTIC.agents(-2)).hasMessage("agents must be at least 1, got -2");
    assertThatThrownBy(() -> REALISTIC.categories("billing", " "))
        .hasMessage("categories must not be blank, got ' '");
    assertThatThrownBy(() -> REALISTIC.vendors()).hasMessage("vendors must name at least one value");
    assertThatThrownBy(() -> REALISTIC.surveys(101)).hasMessage("surveys must be a percentage from 0 to 100, got 101");
    assertThatThrownBy(() -> REALISTIC.qa(-1)).hasMessage("qa must be a percentage from 0 to 100, got -1");
    assertThatThrownBy(() -> REALISTIC.between(InteractionGenerator.DEFAULT_TO, InteractionGenerator.DEFAULT_FROM))
        .hasMessage("the window [2026-11-01T00:00:00Z, 2026-10-01T00:00:00Z) is empty: to must be after from");
    assertThatThrownBy(() -> REALISTIC.logs(5, 4))
        .hasMessage("sizes must satisfy 0 <= minSize <= maxSize, got minSize 5 and maxSize 4");
    assertThatThrownBy(() -> REALISTIC.sample(1, -1)).hasMessage("count must not be negative: -1");
  }

  private static <T> Set<T> values(List<Interaction> sample, Function<Interaction, T> attribute) {
    Set<T> values = new HashSet<>();
    sample.forEach(i -> values.add(attribute.apply(i)));
    return values;
  }
}
