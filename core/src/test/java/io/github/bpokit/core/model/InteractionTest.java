package io.github.bpokit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples and edge cases of {@link Interaction}: every SPEC §1.1 rule with its message, and SPEC §1.2. */
class InteractionTest {
  static final Instant T0 = Instant.parse("2026-10-01T09:30:00Z");

  /** The least valid interaction: required fields only. */
  static Interaction.Builder minimal() {
    return Interaction.builder()
        .interactionId("i-1")
        .customerId("c-9")
        .channel(Channel.VOICE)
        .category("billing")
        .createdAt(T0)
        .outcome(Outcome.RESOLVED);
  }

  /** A valid interaction with every field set, none to its default. */
  static Interaction full() {
    return minimal()
        .ticketId("t-7")
        .language("en-GB")
        .priority(Priority.HIGH)
        .vendor("acme")
        .agentId("a-3")
        .tier(Tier.L2)
        .answeredAt(T0.plusSeconds(18))
        .endedAt(T0.plusSeconds(360))
        .waitSeconds(18)
        .talkSeconds(280)
        .holdSeconds(30)
        .wrapSeconds(45)
        .handledBy(HandledBy.BOT_TO_HUMAN)
        .csat(5)
        .nps(9)
        .ces(2)
        .qaPartner(92.5)
        .qaClient(88)
        .reopened(1)
        .build();
  }

  static ValidationException invalid(Interaction.Builder builder) {
    ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);
    assertThat(e).as("build() of an invalid interaction throws a ValidationException").isNotNull();
    return e;
  }

  static List<Problem> problems(UnaryOperator<Interaction.Builder> breaker) {
    return invalid(breaker.apply(minimal())).problems();
  }

  @Test
  void theJavadocExampleBuilds() {
    Interaction call = Interaction.builder()
        .interactionId("i-1")
        .customerId("c-9")
        .channel(Channel.VOICE)
        .category("billing")
        .createdAt(Instant.parse("2026-10-01T09:30:00Z"))
        .answeredAt(Instant.parse("2026-10-01T09:30:18Z"))
        .endedAt(Instant.parse("2026-10-01T09:36:00Z"))
        .waitSeconds(18).talkSeconds(280).wrapSeconds(45)
        .outcome(Outcome.RESOLVED)
        .csat(5)
        .build();
    assertThat(call.handleTimeSeconds()).isEqualTo(325);
    assertThat(call.firstResponseTime()).contains(Duration.ofSeconds(18));
    assertThat(call.resolutionTime()).contains(Duration.ofMinutes(6));
  }

  @Test
  void everyFieldIsKeptAsGiven() {
    Interaction i = full();
    assertThat(i.interactionId()).isEqualTo("i-1");
    assertThat(i.ticketId()).contains("t-7");
    assertThat(i.customerId()).isEqualTo("c-9");
    assertThat(i.channel()).isEqualTo(Channel.VOICE);
    assertThat(i.category()).isEqualTo("billing");
    assertThat(i.language()).contains("en-GB");
    assertThat(i.priority()).isEqualTo(Priority.HIGH);
    assertThat(i.vendor()).contains("acme");
    assertThat(i.agentId()).contains("a-3");
    assertThat(i.tier()).isEqualTo(Tier.L2);
    assertThat(i.createdAt()).isEqualTo(T0);
    assertThat(i.answeredAt()).contains(T0.plusSeconds(18));
    assertThat(i.endedAt()).contains(T0.plusSeconds(360));
    assertThat(i.waitSeconds()).isEqualTo(18);
    assertThat(i.talkSeconds()).isEqualTo(280);
    assertThat(i.holdSeconds()).isEqualTo(30);
    assertThat(i.wrapSeconds()).isEqualTo(45);
    assertThat(i.outcome()).isEqualTo(Outcome.RESOLVED);
    assertThat(i.handledBy()).isEqualTo(HandledBy.BOT_TO_HUMAN);
    assertThat(i.csat()).hasValue(5);
    assertThat(i.nps()).hasValue(9);
    assertThat(i.ces()).hasValue(2);
    assertThat(i.qaPartner()).hasValue(92.5);
    assertThat(i.qaClient()).hasValue(88.0);
    assertThat(i.reopened()).isEqualTo(1);
  }

  @Test
  void defaultsAndAbsentOptionalFields() {
    Interaction i = minimal().build();
    assertThat(i.priority()).isEqualTo(Priority.NORMAL);
    assertThat(i.tier()).isEqualTo(Tier.L1);
    assertThat(i.handledBy()).isEqualTo(HandledBy.HUMAN);
    assertThat(i.waitSeconds()).isZero();
    assertThat(i.talkSeconds()).isZero();
    assertThat(i.holdSeconds()).isZero();
    assertThat(i.wrapSeconds()).isZero();
    assertThat(i.reopened()).isZero();
    assertThat(i.ticketId()).isEmpty();
    assertThat(i.language()).isEmpty();
    assertThat(i.vendor()).isEmpty();
    assertThat(i.agentId()).isEmpty();
    assertThat(i.answeredAt()).isEmpty();
    assertThat(i.endedAt()).isEmpty();
    assertThat(i.csat()).isEmpty();
    assertThat(i.nps()).isEmpty();
    assertThat(i.ces()).isEmpty();
    assertThat(i.qaPartner()).isEmpty();
    assertThat(i.qaClient()).isEmpty();
  }

  @Test
  void defaultsGivenExplicitlyAreEqualToDefaultsLeftUnset() {
    Interaction explicit = minimal().priority(Priority.NORMAL).tier(Tier.L1).handledBy(HandledBy.HUMAN)
        .waitSeconds(0).talkSeconds(0).holdSeconds(0).wrapSeconds(0).reopened(0).build();
    assertThat(explicit).isEqualTo(minimal().build()).hasSameHashCodeAs(minimal().build());
  }

  @Nested
  class RequiredFields {
    @Test
    void eachMissingFieldIsNamed() {
      assertThat(problems(b -> b.interactionId(null))).containsExactly(Problem.missing("interaction_id"));
      assertThat(problems(b -> b.customerId(null))).containsExactly(Problem.missing("customer_id"));
      assertThat(problems(b -> b.channel(null))).containsExactly(Problem.missing("channel"));
      assertThat(problems(b -> b.category(null))).containsExactly(Problem.missing("category"));
      assertThat(problems(b -> b.createdAt(null))).containsExactly(Problem.missing("created_at"));
      assertThat(problems(b -> b.outcome(null))).containsExactly(Problem.missing("outcome"));
    }

    @Test
    void anEmptyBuilderReportsEveryRequiredFieldAtOnce() {
      ValidationException e = invalid(Interaction.builder());
      assertThat(e.problems()).containsExactly(
          Problem.missing("interaction_id"),
          Problem.missing("customer_id"),
          Problem.missing("channel"),
          Problem.missing("category"),
          Problem.missing("created_at"),
          Problem.missing("outcome"));
      assertThat(e.subject()).isEqualTo("interaction (no interaction_id)");
      assertThat(e).hasMessage("interaction (no interaction_id): interaction_id '': missing required field; "
          + "customer_id '': missing required field; channel '': missing required field; "
          + "category '': missing required field; created_at '': missing required field; "
          + "outcome '': missing required field");
    }

    @Test
    void theSubjectNamesTheInteraction() {
      ValidationException e = invalid(minimal().interactionId(" i-42 ").csat(0));
      assertThat(e.subject()).isEqualTo("interaction i-42");
      assertThat(e).hasMessage("interaction i-42: csat '0': must be between 1 and 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\n", " \u2003 "})
    void blankRequiredTextIsNamedWithItsValue(String blank) {
      assertThat(problems(b -> b.interactionId(blank)))
          .containsExactly(Problem.of("interaction_id", blank, "must not be blank"));
      assertThat(problems(b -> b.customerId(blank)))
          .containsExactly(Problem.of("customer_id", blank, "must not be blank"));
      assertThat(problems(b -> b.category(blank)))
          .containsExactly(Problem.of("category", blank, "must not be blank"));
    }

    @Test
    void requiredTextIsStrippedOfSurroundingWhiteSpace() {
      Interaction i = minimal().interactionId("  i-1\t").customerId("\u2003c-9 ").category(" billing ").build();
      assertThat(i.interactionId()).isEqualTo("i-1");
      assertThat(i.customerId()).isEqualTo("c-9");
      assertThat(i.category()).isEqualTo("billing");
      assertThat(i).isEqualTo(minimal().build());
    }

    @Test
    void innerWhiteSpaceAndCaseAreKept() {
      Interaction i = minimal().category(" Order  Status ").build();
      assertThat(i.category()).isEqualTo("Order  Status");
    }

    @Test
    void optionalTextIsStrippedToo() {
      // " acme " and "acme" must not become two vendor segments
      Interaction i = minimal().ticketId(" t-1 ").language(" en ").vendor(" acme ").agentId("a 1 ").build();
      assertThat(i.ticketId()).contains("t-1");
      assertThat(i.language()).contains("en");
      assertThat(i.vendor()).contains("acme");
      assertThat(i.agentId()).contains("a 1");
      assertThat(i).isEqualTo(minimal().ticketId("t-1").language("en").vendor("acme").agentId("a 1").build());
    }
  }

  @Nested
  class OptionalText {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \n"})
    void blankOptionalTextIsAProblem(String blank) {
      String message = "must not be blank when present (leave it empty instead)";
      assertThat(problems(b -> b.ticketId(blank))).containsExactly(Problem.of("ticket_id", blank, message));
      assertThat(problems(b -> b.language(blank))).containsExactly(Problem.of("language", blank, message));
      assertThat(problems(b -> b.vendor(blank))).containsExactly(Problem.of("vendor", blank, message));
      assertThat(problems(b -> b.agentId(blank))).containsExactly(Problem.of("agent_id", blank, message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "EN", "en-US", "pt-BR", "zh-Hant-TW", "sr-Latn-RS", "es-419", "und",
        "de-CH-1996", "en-x-custom", "x-private"})
    void wellFormedLanguageTagsAreAccepted(String tag) {
      assertThat(minimal().language(tag).build().language()).contains(tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US", "e", "123", "en--US", "en-", "-en", "en US", "ça",
        "en-abcdefghi"})
    void malformedLanguageTagsAreNamed(String tag) {
      assertThat(problems(b -> b.language(tag)))
          .containsExactly(Problem.of("language", tag, "is not a well-formed BCP-47 language tag"));
    }
  }

  @Nested
  class Timestamps {
    @Test
    void equalTimestampsAreAllowed() {
      Interaction i = minimal().answeredAt(T0).endedAt(T0).build();
      assertThat(i.firstResponseTime()).contains(Duration.ZERO);
      assertThat(i.resolutionTime()).contains(Duration.ZERO);
    }

    @Test
    void answeredBeforeCreated() {
      Instant answered = T0.minusNanos(1);
      assertThat(problems(b -> b.answeredAt(answered))).containsExactly(Problem.of("answered_at",
          "2026-10-01T09:29:59.999999999Z", "must not be before created_at 2026-10-01T09:30:00Z"));
    }

    @Test
    void endedBeforeCreated() {
      assertThat(problems(b -> b.endedAt(T0.minusSeconds(60)))).containsExactly(Problem.of("ended_at",
          "2026-10-01T09:29:00Z", "must not be before created_at 2026-10-01T09:30:00Z"));
    }

    @Test
    void endedBeforeAnswered() {
      assertThat(problems(b -> b.answeredAt(T0.plusSeconds(60)).endedAt(T0.plusSeconds(30))))
          .containsExactly(Problem.of("ended_at", "2026-10-01T09:30:30Z",
              "must not be before answered_at 2026-10-01T09:31:00Z"));
    }

    @Test
    void endedBeforeBothReportsBoth() {
      assertThat(problems(b -> b.answeredAt(T0.plusSeconds(60)).endedAt(T0.minusSeconds(1)))).containsExactly(
          Problem.of("ended_at", "2026-10-01T09:29:59Z", "must not be before created_at 2026-10-01T09:30:00Z"),
          Problem.of("ended_at", "2026-10-01T09:29:59Z", "must not be before answered_at 2026-10-01T09:31:00Z"));
    }

    @Test
    void withoutCreatedAtOnlyTheOrderOfTheOthersIsChecked() {
      assertThat(problems(b -> b.createdAt(null).answeredAt(T0).endedAt(T0.minusSeconds(1)))).containsExactly(
          Problem.missing("created_at"),
          Problem.of("ended_at", "2026-10-01T09:29:59Z", "must not be before answered_at 2026-10-01T09:30:00Z"));
    }
  }

  @Nested
  class Numbers {
    @Test
    void negativeDurationsAndReopenCounts() {
      String message = "must not be negative";
      assertThat(problems(b -> b.waitSeconds(-1))).containsExactly(Problem.of("wait_seconds", "-1", message));
      assertThat(problems(b -> b.talkSeconds(-2))).containsExactly(Problem.of("talk_seconds", "-2", message));
      assertThat(problems(b -> b.holdSeconds(-3))).containsExactly(Problem.of("hold_seconds", "-3", message));
      assertThat(problems(b -> b.wrapSeconds(Long.MIN_VALUE)))
          .containsExactly(Problem.of("wrap_seconds", "-9223372036854775808", message));
      assertThat(problems(b -> b.reopened(-1))).containsExactly(Problem.of("reopened", "-1", message));
    }

    @Test
    void zeroAndLargeDurationsAreAllowed() {
      Interaction i = minimal().waitSeconds(0).talkSeconds(1_000_000).holdSeconds(0).wrapSeconds(0)
          .reopened(Integer.MAX_VALUE).build();
      assertThat(i.handleTimeSeconds()).isEqualTo(1_000_000);
    }

    @Test
    void handleTimeMustFitInALong() {
      assertThat(minimal().talkSeconds(Long.MAX_VALUE).build().handleTimeSeconds()).isEqualTo(Long.MAX_VALUE);
      assertThat(minimal().talkSeconds(Long.MAX_VALUE - 2).holdSeconds(1).wrapSeconds(1).build()
          .handleTimeSeconds()).isEqualTo(Long.MAX_VALUE);
      assertThat(problems(b -> b.talkSeconds(Long.MAX_VALUE).holdSeconds(1))).containsExactly(Problem.of(
          "talk_seconds", "9223372036854775807", "makes the handle time talk_seconds + hold_seconds + wrap_seconds"
              + " = 9223372036854775807 + 1 + 0 exceed 9223372036854775807 seconds"));
      assertThat(problems(b -> b.talkSeconds(5).holdSeconds(Long.MAX_VALUE - 5).wrapSeconds(Long.MAX_VALUE)))
          .extracting(Problem::field, Problem::value)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("wrap_seconds", "9223372036854775807"));
      assertThat(problems(b -> b.holdSeconds(Long.MAX_VALUE).wrapSeconds(1)))
          .extracting(Problem::field).containsExactly("hold_seconds");
      assertThat(problems(b -> b.holdSeconds(Long.MAX_VALUE).wrapSeconds(-1)))
          .containsExactly(Problem.of("wrap_seconds", "-1", "must not be negative"));
    }

    @Test
    void csatIsOneToFive() {
      assertThat(minimal().csat(1).build().csat()).hasValue(1);
      assertThat(minimal().csat(5).build().csat()).hasValue(5);
      assertThat(problems(b -> b.csat(0))).containsExactly(Problem.of("csat", "0", "must be between 1 and 5"));
      assertThat(problems(b -> b.csat(6))).containsExactly(Problem.of("csat", "6", "must be between 1 and 5"));
      assertThat(problems(b -> b.csat(Integer.MIN_VALUE)))
          .containsExactly(Problem.of("csat", "-2147483648", "must be between 1 and 5"));
    }

    @Test
    void npsIsZeroToTen() {
      assertThat(minimal().nps(0).build().nps()).hasValue(0);
      assertThat(minimal().nps(10).build().nps()).hasValue(10);
      assertThat(problems(b -> b.nps(-1))).containsExactly(Problem.of("nps", "-1", "must be between 0 and 10"));
      assertThat(problems(b -> b.nps(11))).containsExactly(Problem.of("nps", "11", "must be between 0 and 10"));
    }

    @Test
    void cesIsOneToSeven() {
      assertThat(minimal().ces(1).build().ces()).hasValue(1);
      assertThat(minimal().ces(7).build().ces()).hasValue(7);
      assertThat(problems(b -> b.ces(0))).containsExactly(Problem.of("ces", "0", "must be between 1 and 7"));
      assertThat(problems(b -> b.ces(8))).containsExactly(Problem.of("ces", "8", "must be between 1 and 7"));
    }

    @Test
    void qaScoresAreZeroToHundred() {
      Interaction edges = minimal().qaPartner(0).qaClient(100).build();
      assertThat(edges.qaPartner()).hasValue(0.0);
      assertThat(edges.qaClient()).hasValue(100.0);
      assertThat(minimal().qaPartner(-0.0).build().qaPartner()).hasValue(-0.0);
      String message = "must be between 0 and 100";
      assertThat(problems(b -> b.qaPartner(-0.001))).containsExactly(Problem.of("qa_partner", "-0.001", message));
      assertThat(problems(b -> b.qaPartner(100.5))).containsExactly(Problem.of("qa_partner", "100.5", message));
      assertThat(problems(b -> b.qaClient(Math.nextUp(100.0))))
          .containsExactly(Problem.of("qa_client", "100.00000000000001", message));
      assertThat(problems(b -> b.qaClient(-1))).containsExactly(Problem.of("qa_client", "-1", message));
    }

    @Test
    void qaScoresRejectNanAndInfinity() {
      String message = "must be between 0 and 100";
      assertThat(problems(b -> b.qaPartner(Double.NaN))).containsExactly(Problem.of("qa_partner", "NaN", message));
      assertThat(problems(b -> b.qaClient(Double.NaN))).containsExactly(Problem.of("qa_client", "NaN", message));
      assertThat(problems(b -> b.qaPartner(Double.POSITIVE_INFINITY)))
          .containsExactly(Problem.of("qa_partner", "Infinity", message));
      assertThat(problems(b -> b.qaClient(Double.NEGATIVE_INFINITY)))
          .containsExactly(Problem.of("qa_client", "-Infinity", message));
    }
  }

  @Nested
  class OutcomeRules {
    @Test
    void abandonedWithAnAnswerIsAProblem() {
      assertThat(problems(b -> b.outcome(Outcome.ABANDONED).answeredAt(T0.plusSeconds(5)))).containsExactly(
          Problem.of("answered_at", "2026-10-01T09:30:05Z",
              "must be empty when outcome is ABANDONED (an abandoned contact was never answered)"));
    }

    @Test
    void abandonedWithoutAnswerIsFine() {
      Interaction i = minimal().outcome(Outcome.ABANDONED).waitSeconds(75).endedAt(T0.plusSeconds(75)).build();
      assertThat(i.isHandled()).isFalse();
      assertThat(i.isHumanAnswered()).isFalse();
    }

    @Test
    void botContainedHandledByHumanIsAProblemWhetherSetOrDefaulted() {
      Problem expected = Problem.of("handled_by", "HUMAN", "must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED");
      assertThat(problems(b -> b.outcome(Outcome.BOT_CONTAINED))).containsExactly(expected);
      assertThat(problems(b -> b.outcome(Outcome.BOT_CONTAINED).handledBy(HandledBy.HUMAN))).containsExactly(expected);
    }

    @ParameterizedTest
    @EnumSource(value = HandledBy.class, names = {"BOT", "BOT_TO_HUMAN"})
    void botContainedByABotIsFine(HandledBy handledBy) {
      assertThat(minimal().outcome(Outcome.BOT_CONTAINED).handledBy(handledBy).build().outcome())
          .isEqualTo(Outcome.BOT_CONTAINED);
    }
  }

  @Test
  void anInteractionBreakingManyRulesReportsThemAllInOneException() {
    ValidationException e = invalid(Interaction.builder()
        .interactionId("i-7")
        .customerId(" ")
        .category("returns")
        .createdAt(T0)
        .outcome(Outcome.ABANDONED)
        .ticketId("")
        .language("en_GB")
        .answeredAt(T0.minusSeconds(1))
        .endedAt(T0.minusSeconds(2))
        .waitSeconds(-5)
        .csat(9)
        .nps(11)
        .ces(0)
        .qaPartner(Double.NaN)
        .qaClient(101)
        .reopened(-1));
    assertThat(e.problems()).containsExactly(
        Problem.of("customer_id", " ", "must not be blank"),
        Problem.missing("channel"),
        Problem.of("ticket_id", "", "must not be blank when present (leave it empty instead)"),
        Problem.of("language", "en_GB", "is not a well-formed BCP-47 language tag"),
        Problem.of("answered_at", "2026-10-01T09:29:59Z", "must not be before created_at 2026-10-01T09:30:00Z"),
        Problem.of("ended_at", "2026-10-01T09:29:58Z", "must not be before created_at 2026-10-01T09:30:00Z"),
        Problem.of("ended_at", "2026-10-01T09:29:58Z", "must not be before answered_at 2026-10-01T09:29:59Z"),
        Problem.of("wait_seconds", "-5", "must not be negative"),
        Problem.of("reopened", "-1", "must not be negative"),
        Problem.of("csat", "9", "must be between 1 and 5"),
        Problem.of("nps", "11", "must be between 0 and 10"),
        Problem.of("ces", "0", "must be between 1 and 7"),
        Problem.of("qa_partner", "NaN", "must be between 0 and 100"),
        Problem.of("qa_client", "101", "must be between 0 and 100"),
        Problem.of("answered_at", "2026-10-01T09:29:59Z",
            "must be empty when outcome is ABANDONED (an abandoned contact was never answered)"));
    assertThat(e.subject()).isEqualTo("interaction i-7");
    assertThat(e.getMessage()).startsWith("interaction i-7: customer_id ' ': must not be blank; channel '': ")
        .endsWith("; answered_at '2026-10-01T09:29:59Z': must be empty when outcome is ABANDONED "
            + "(an abandoned contact was never answered)");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Nested
  class NullForADefaultedField {
    @Test
    void priorityTierAndHandledByRejectNullAtBuild() {
      assertThatThrownBy(() -> minimal().priority(nullValue()).build()).isInstanceOf(NullPointerException.class)
          .hasMessage("priority must not be null; leave it unset for the default NORMAL");
      assertThatThrownBy(() -> minimal().tier(nullValue()).build()).isInstanceOf(NullPointerException.class)
          .hasMessage("tier must not be null; leave it unset for the default L1");
      assertThatThrownBy(() -> minimal().handledBy(nullValue()).build()).isInstanceOf(NullPointerException.class)
          .hasMessage("handled_by must not be null; leave it unset for the default HUMAN");
    }

    @Test
    void withersRejectNullToo() {
      ImmutableInteraction i = (ImmutableInteraction) full();
      assertThatThrownBy(() -> i.withPriority(nullValue())).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> i.withTier(nullValue())).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> i.withHandledBy(nullValue())).isInstanceOf(NullPointerException.class);
    }

    @SuppressWarnings("NullAway")
    private <T> T nullValue() {
      return null;
    }
  }

  @Nested
  class Derived {
    @ParameterizedTest
    @EnumSource(Outcome.class)
    void handledIsEveryOutcomeButAbandoned(Outcome outcome) {
      Interaction i = minimal().outcome(outcome).handledBy(HandledBy.BOT_TO_HUMAN).build();
      assertThat(i.isHandled()).isEqualTo(outcome != Outcome.ABANDONED);
    }

    @Test
    void humanAnsweredNeedsAnAnswerAndNotABotAlone() {
      Interaction answered = minimal().answeredAt(T0.plusSeconds(5)).build();
      assertThat(answered.isHumanAnswered()).isTrue();
      assertThat(minimal().answeredAt(T0).handledBy(HandledBy.BOT_TO_HUMAN).build().isHumanAnswered()).isTrue();
      assertThat(minimal().answeredAt(T0).handledBy(HandledBy.BOT).build().isHumanAnswered()).isFalse();
      assertThat(minimal().build().isHumanAnswered()).isFalse();
      assertThat(minimal().handledBy(HandledBy.BOT_TO_HUMAN).build().isHumanAnswered()).isFalse();
    }

    @Test
    void handleTimeIsTalkPlusHoldPlusWrap() {
      assertThat(full().handleTimeSeconds()).isEqualTo(280 + 30 + 45);
      assertThat(minimal().build().handleTimeSeconds()).isZero();
      assertThat(minimal().holdSeconds(7).build().handleTimeSeconds()).isEqualTo(7);
    }

    @Test
    void firstResponseTimeWhenAnswered() {
      assertThat(full().firstResponseTime()).contains(Duration.ofSeconds(18));
      assertThat(minimal().answeredAt(T0.plusMillis(1500)).build().firstResponseTime())
          .contains(Duration.ofMillis(1500));
      assertThat(minimal().build().firstResponseTime()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void resolutionTimeOnlyForResolvedContactsThatEnded(Outcome outcome) {
      Interaction ended = minimal().outcome(outcome).handledBy(HandledBy.BOT_TO_HUMAN)
          .endedAt(T0.plusSeconds(3600)).build();
      assertThat(ended.resolutionTime())
          .isEqualTo(outcome == Outcome.RESOLVED ? Optional.of(Duration.ofHours(1)) : Optional.empty());
      Interaction open = minimal().outcome(outcome).handledBy(HandledBy.BOT_TO_HUMAN).build();
      assertThat(open.resolutionTime()).isEmpty();
    }
  }

  @Nested
  class Copies {
    @Test
    void builderFromCopiesEveryField() {
      Interaction i = full();
      assertThat(Interaction.builder().from(i).build()).isEqualTo(i);
      assertThat(Interaction.builder().from(minimal().build()).build()).isEqualTo(minimal().build());
    }

    @Test
    void builderFromThenChangeValidatesAgain() {
      Interaction i = full();
      Interaction changed = Interaction.builder().from(i).csat(3).category(" returns ").build();
      assertThat(changed.csat()).hasValue(3);
      assertThat(changed.category()).isEqualTo("returns");
      assertThat(changed.interactionId()).isEqualTo(i.interactionId());
      assertThat(invalid(Interaction.builder().from(i).outcome(Outcome.ABANDONED)).problems())
          .extracting(Problem::field).containsExactly("answered_at");
    }

    @Test
    void builderFromKeepsPresentOptionalsTheSourceLacks() {
      // Immutables' documented merge rule: an absent optional of the source does not clear a present value.
      Interaction i = Interaction.builder().ticketId("t-1").from(minimal().build()).build();
      assertThat(i.ticketId()).contains("t-1");
      Interaction cleared = Interaction.builder().from(full()).ticketId(Optional.empty()).csat(OptionalInt.empty())
          .qaPartner(OptionalDouble.empty()).build();
      assertThat(cleared.ticketId()).isEmpty();
      assertThat(cleared.csat()).isEmpty();
      assertThat(cleared.qaPartner()).isEmpty();
    }

    @Test
    void withersValidateAndStrip() {
      ImmutableInteraction i = (ImmutableInteraction) full();
      assertThat(i.withCsat(4).csat()).hasValue(4);
      assertThat(i.withCsat(5)).isSameAs(i);
      assertThat(i.withCategory(" returns ").category()).isEqualTo("returns");
      assertThat(catchThrowableOfType(ValidationException.class, () -> i.withCsat(7)).problems())
          .containsExactly(Problem.of("csat", "7", "must be between 1 and 5"));
      assertThat(catchThrowableOfType(ValidationException.class, () -> i.withChannel(null)).problems())
          .containsExactly(Problem.missing("channel"));
      assertThat(catchThrowableOfType(ValidationException.class, () -> i.withEndedAt(T0.minusSeconds(1)))
          .problems()).extracting(Problem::field).containsExactly("ended_at", "ended_at");
    }

    @Test
    void toStringNamesTheFields() {
      assertThat(minimal().build().toString()).isEqualTo("Interaction{interactionId=i-1, customerId=c-9, "
          + "channel=VOICE, category=billing, priority=NORMAL, tier=L1, createdAt=2026-10-01T09:30:00Z, "
          + "waitSeconds=0, talkSeconds=0, holdSeconds=0, wrapSeconds=0, outcome=RESOLVED, handledBy=HUMAN, "
          + "reopened=0}");
    }
  }
}
