package io.github.bpokit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Interactions.Draw;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Interaction} validation over random interactions (QuickTheories, fixed seeds). Named {@code *Test} so
 * that Surefire's default includes run it.
 */
class InteractionPropertiesTest {
  /** One broken rule: a change to a valid builder and the one problem it must cause. */
  record Broken(String rule, Interaction.Builder builder, Problem expected) {
    @Override
    public String toString() {
      return rule + " -> " + expected;
    }
  }

  /** Breaks one rule of a valid interaction, adjusting other fields only where needed to keep them valid. */
  interface Breaker extends BiFunction<Interaction, Draw, Broken> {}

  static final List<String> BLANKS = List.of("", " ", "\t", "  \n ", "\u2003");
  static final List<String> MALFORMED_TAGS = List.of("en_US", "e", "123", "en--GB", "en-", "ça", "toolongtag");

  static Interaction.Builder copy(Interaction i) {
    return Interaction.builder().from(i);
  }

  static Broken missing(String field, Interaction i, java.util.function.UnaryOperator<Interaction.Builder> unset) {
    return new Broken("missing " + field, unset.apply(copy(i)), Problem.missing(field));
  }

  static final List<Breaker> BREAKERS = List.of(
      (i, d) -> missing("interaction_id", i, b -> b.interactionId(null)),
      (i, d) -> missing("customer_id", i, b -> b.customerId(null)),
      (i, d) -> missing("channel", i, b -> b.channel(null)),
      (i, d) -> missing("category", i, b -> b.category(null)),
      (i, d) -> missing("created_at", i, b -> b.createdAt(null)),
      (i, d) -> missing("outcome", i, b -> b.outcome(null)),
      (i, d) -> {
        String blank = d.pick(BLANKS);
        return switch (d.intBetween(0, 2)) {
          case 0 -> new Broken("blank id", copy(i).interactionId(blank),
              Problem.of("interaction_id", blank, "must not be blank"));
          case 1 -> new Broken("blank customer", copy(i).customerId(blank),
              Problem.of("customer_id", blank, "must not be blank"));
          default -> new Broken("blank category", copy(i).category(blank),
              Problem.of("category", blank, "must not be blank"));
        };
      },
      (i, d) -> {
        String blank = d.pick(BLANKS);
        String message = "must not be blank when present (leave it empty instead)";
        return switch (d.intBetween(0, 3)) {
          case 0 -> new Broken("blank ticket", copy(i).ticketId(blank), Problem.of("ticket_id", blank, message));
          case 1 -> new Broken("blank language", copy(i).language(blank), Problem.of("language", blank, message));
          case 2 -> new Broken("blank vendor", copy(i).vendor(blank), Problem.of("vendor", blank, message));
          default -> new Broken("blank agent", copy(i).agentId(blank), Problem.of("agent_id", blank, message));
        };
      },
      (i, d) -> {
        String tag = d.pick(MALFORMED_TAGS);
        return new Broken("malformed language", copy(i).language(tag),
            Problem.of("language", tag, "is not a well-formed BCP-47 language tag"));
      },
      (i, d) -> {
        Instant answered = i.createdAt().minusSeconds(d.between(1, 86_400));
        Interaction.Builder b = copy(i).answeredAt(answered);
        if (i.outcome() == Outcome.ABANDONED) {
          b.outcome(Outcome.UNRESOLVED);
        }
        return new Broken("answered before created", b,
            Problem.of("answered_at", answered.toString(), "must not be before created_at " + i.createdAt()));
      },
      (i, d) -> {
        Instant ended = i.createdAt().minusNanos(d.between(1, 86_400_000_000_000L));
        return new Broken("ended before created", copy(i).answeredAt(Optional.empty()).endedAt(ended),
            Problem.of("ended_at", ended.toString(), "must not be before created_at " + i.createdAt()));
      },
      (i, d) -> {
        Instant answered = i.createdAt().plusSeconds(d.between(1, 86_400));
        Instant ended = answered.minusSeconds(d.between(1, answered.getEpochSecond() - i.createdAt().getEpochSecond()));
        Interaction.Builder b = copy(i).answeredAt(answered).endedAt(ended);
        if (i.outcome() == Outcome.ABANDONED) {
          b.outcome(Outcome.TRANSFERRED);
        }
        return new Broken("ended before answered", b,
            Problem.of("ended_at", ended.toString(), "must not be before answered_at " + answered));
      },
      (i, d) -> {
        long negative = d.between(Long.MIN_VALUE, -1);
        String value = Long.toString(negative);
        return switch (d.intBetween(0, 4)) {
          case 0 -> new Broken("negative wait", copy(i).waitSeconds(negative),
              Problem.of("wait_seconds", value, "must not be negative"));
          case 1 -> new Broken("negative talk", copy(i).talkSeconds(negative),
              Problem.of("talk_seconds", value, "must not be negative"));
          case 2 -> new Broken("negative hold", copy(i).holdSeconds(negative),
              Problem.of("hold_seconds", value, "must not be negative"));
          case 3 -> new Broken("negative wrap", copy(i).wrapSeconds(negative),
              Problem.of("wrap_seconds", value, "must not be negative"));
          default -> {
            int count = (int) d.between(Integer.MIN_VALUE, -1);
            yield new Broken("negative reopened", copy(i).reopened(count),
                Problem.of("reopened", Integer.toString(count), "must not be negative"));
          }
        };
      },
      (i, d) -> {
        long talk = d.between(1, Long.MAX_VALUE);
        long hold = d.between(Long.MAX_VALUE - talk + 1, Long.MAX_VALUE);
        long largest = Math.max(talk, hold);
        return new Broken("handle time overflow", copy(i).talkSeconds(talk).holdSeconds(hold).wrapSeconds(0),
            Problem.of(largest == talk ? "talk_seconds" : "hold_seconds", Long.toString(largest),
                "makes the handle time talk_seconds + hold_seconds + wrap_seconds = " + talk + " + " + hold
                    + " + 0 exceed " + Long.MAX_VALUE + " seconds"));
      },
      (i, d) -> {
        int csat = d.percent(50) ? (int) d.between(Integer.MIN_VALUE, 0) : (int) d.between(6, Integer.MAX_VALUE);
        return new Broken("csat out of range", copy(i).csat(csat),
            Problem.of("csat", Integer.toString(csat), "must be between 1 and 5"));
      },
      (i, d) -> {
        int nps = d.percent(50) ? (int) d.between(Integer.MIN_VALUE, -1) : (int) d.between(11, Integer.MAX_VALUE);
        return new Broken("nps out of range", copy(i).nps(nps),
            Problem.of("nps", Integer.toString(nps), "must be between 0 and 10"));
      },
      (i, d) -> {
        int ces = d.percent(50) ? (int) d.between(Integer.MIN_VALUE, 0) : (int) d.between(8, Integer.MAX_VALUE);
        return new Broken("ces out of range", copy(i).ces(ces),
            Problem.of("ces", Integer.toString(ces), "must be between 1 and 7"));
      },
      (i, d) -> {
        double qa = switch (d.intBetween(0, 4)) {
          case 0 -> Double.NaN;
          case 1 -> d.percent(50) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          case 2 -> -d.between(1, 1_000_000) / 1000.0;
          default -> 100 + d.between(1, 1_000_000) / 1000.0;
        };
        String field = d.percent(50) ? "qa_partner" : "qa_client";
        Interaction.Builder b = field.equals("qa_partner") ? copy(i).qaPartner(qa) : copy(i).qaClient(qa);
        return new Broken(field + " out of range", b,
            Problem.of(field, Double.toString(qa), "must be between 0 and 100"));
      },
      (i, d) -> {
        Instant answered = i.createdAt().plusSeconds(d.between(0, 3_600));
        Interaction.Builder b = copy(i).outcome(Outcome.ABANDONED).answeredAt(answered).endedAt(Optional.empty());
        return new Broken("abandoned but answered", b, Problem.of("answered_at", answered.toString(),
            "must be empty when outcome is ABANDONED (an abandoned contact was never answered)"));
      },
      (i, d) -> new Broken("bot contained by a human", copy(i).outcome(Outcome.BOT_CONTAINED).handledBy(HandledBy.HUMAN),
          Problem.of("handled_by", "HUMAN", "must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED")));

  static Gen<Broken> broken() {
    Gen<Broken> gen = in -> {
      Draw draw = Draw.of(in);
      Interaction valid = Interactions.builder(draw, "i-" + draw.between(1, 1_000_000)).build();
      return BREAKERS.get(draw.intBetween(0, BREAKERS.size() - 1)).apply(valid, draw);
    };
    return gen.describedAs(Broken::toString);
  }

  @Test
  void randomValidInteractionsAlwaysBuild() {
    qt().withFixedSeed(20261001L).withExamples(2_000).forAll(Interactions.builders()).checkAssert(builder -> {
      Interaction i = builder.build();
      assertThat(i.interactionId()).isEqualTo(i.interactionId().strip()).isNotBlank();
      assertThat(i.customerId()).isEqualTo(i.customerId().strip()).isNotBlank();
      assertThat(i.category()).isEqualTo(i.category().strip()).isNotBlank();
      assertThat(Interaction.builder().from(i).build()).isEqualTo(i);
      assertThat(i.handleTimeSeconds()).isNotNegative();
      i.firstResponseTime().ifPresent(d -> assertThat(d.isNegative()).isFalse());
      i.resolutionTime().ifPresent(d -> assertThat(d.isNegative()).isFalse());
    });
  }

  @Test
  void breakingOneRuleYieldsExactlyThatProblem() {
    qt().withFixedSeed(42L).withExamples(3_000).forAll(broken()).checkAssert(broken -> {
      ValidationException e = catchThrowableOfType(ValidationException.class, broken.builder()::build);
      assertThat(e).as(broken.rule()).isNotNull();
      assertThat(e.problems()).as(broken.rule()).containsExactly(broken.expected());
    });
  }

  @Test
  void everyRuleIsExercised() {
    assertThat(BREAKERS).hasSize(20);
  }

  @Test
  void sampleIsReproducibleAndHasDistinctIds() {
    List<Interaction> a = Interactions.sample(11, 500);
    assertThat(a).isEqualTo(Interactions.sample(11, 500)).isNotEqualTo(Interactions.sample(12, 500));
    assertThat(a.stream().map(Interaction::interactionId).distinct()).hasSize(500);
    assertThat(a.stream().map(Interaction::outcome).distinct()).hasSize(Outcome.values().length);
    assertThat(a.stream().map(Interaction::channel).distinct()).hasSize(Channel.values().length);
  }
}
