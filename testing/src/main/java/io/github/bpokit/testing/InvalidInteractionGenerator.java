package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Problem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@link InvalidInteraction}s: each a valid interaction changed to break exactly one
 * {@link InteractionRule}, with the problem validation must report. Get one from
 * {@link Generators#invalidInteractions()}; each configuring method returns a new generator.
 *
 * <pre>{@code
 * InvalidInteractionGenerator gen = Generators.invalidInteractions()
 *     .rules(InteractionRule.SCORE_OUT_OF_RANGE, InteractionRule.NEGATIVE_DURATION)
 *     .from(Generators.interactions().channels(Channel.EMAIL));
 * for (InvalidInteraction bad : gen.sample(1, 200)) {
 *   assertThatThrownBy(() -> bad.builder().build()).hasMessage(bad.expectedMessage());
 * }
 * }</pre>
 *
 * <p>The rule is drawn uniformly from the configured ones (the minimum draw gives the first), then the field it
 * concerns (e.g. which score) and the bad value: a value just outside its range or far outside it, an instant a
 * second to a day too early, a blank text of spaces, a tab or an em space.
 */
public final class InvalidInteractionGenerator implements Generator<InvalidInteraction> {
  private static final List<String> REQUIRED = List.of("interaction_id", "customer_id", "channel", "category",
      "created_at", "outcome");
  private static final List<String> REQUIRED_TEXT = List.of("interaction_id", "customer_id", "category");
  private static final List<String> OPTIONAL_TEXT = List.of("ticket_id", "language", "vendor", "agent_id");
  private static final List<String> BLANKS = List.of(" ", "   ", "\t", "\u2003");
  private static final List<String> MALFORMED_TAGS = List.of("en_US", "123", "en-", "fr--CA", "toolongtag",
      "e");
  private static final List<String> DURATIONS = List.of("wait_seconds", "talk_seconds", "hold_seconds",
      "wrap_seconds");
  private static final List<String> SCORES = List.of("csat", "nps", "ces", "qa_partner", "qa_client");

  private final InteractionGenerator valid;
  private final List<InteractionRule> rules;

  InvalidInteractionGenerator(InteractionGenerator valid) {
    this(valid, List.of(InteractionRule.values()));
  }

  private InvalidInteractionGenerator(InteractionGenerator valid, List<InteractionRule> rules) {
    this.valid = valid;
    this.rules = rules;
  }

  /**
   * Returns a generator breaking only these rules.
   *
   * @param rules at least one rule
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public InvalidInteractionGenerator rules(InteractionRule... rules) {
    List<InteractionRule> list = Generators.enumValues("rules", InteractionRule.class, rules);
    return new InvalidInteractionGenerator(valid, list);
  }

  /**
   * Returns a generator changing interactions of this generator (default {@link Generators#interactions()}).
   *
   * @param valid the generator of the valid interactions to break
   * @return the new generator
   */
  public InvalidInteractionGenerator from(InteractionGenerator valid) {
    return new InvalidInteractionGenerator(requireNonNull(valid, "valid"), rules);
  }

  @Override
  public InvalidInteraction next(RandomSource in) {
    requireNonNull(in, "in");
    Interaction v = valid.next(in);
    InteractionRule rule = in.pick(rules);
    Map<String, String> cells = InteractionCsv.cells(v);
    Instant created = v.createdAt();
    switch (rule) {
      case MISSING_REQUIRED_FIELD: {
        String field = in.pick(REQUIRED);
        cells.put(field, "");
        return invalid(rule, Problem.missing(field), v, b -> unset(b, field), cells);
      }
      case BLANK_TEXT: {
        String blank = in.pick(BLANKS);
        if (in.chance(50)) {
          String field = in.pick(OPTIONAL_TEXT);
          return invalid(rule, Problem.of(field, blank, "must not be blank when present (leave it empty instead)"),
              v, b -> text(b, field, blank), null);
        }
        String field = in.pick(REQUIRED_TEXT);
        return invalid(rule, Problem.of(field, blank, "must not be blank"), v, b -> text(b, field, blank), null);
      }
      case MALFORMED_LANGUAGE: {
        String tag = in.pick(MALFORMED_TAGS);
        cells.put("language", tag);
        return invalid(rule, Problem.of("language", tag, "is not a well-formed BCP-47 language tag"), v,
            b -> b.language(tag), cells);
      }
      case ANSWERED_BEFORE_CREATED: {
        Instant answered = created.minusSeconds(in.between(1, 86_400));
        Optional<Instant> ended = v.endedAt().filter(e -> !e.isBefore(created));
        Outcome outcome = v.outcome() == Outcome.ABANDONED ? Outcome.UNRESOLVED : v.outcome();
        put(cells, answered, ended.orElse(null));
        cells.put("outcome", outcome.name());
        return invalid(rule, Problem.of("answered_at", answered.toString(), "must not be before created_at "
            + created), v, b -> b.answeredAt(answered).endedAt(ended).outcome(outcome), cells);
      }
      case ENDED_BEFORE_CREATED: {
        Instant ended = created.minusSeconds(in.between(1, 86_400));
        put(cells, null, ended);
        return invalid(rule, Problem.of("ended_at", ended.toString(), "must not be before created_at " + created),
            v, b -> b.answeredAt(Optional.empty()).endedAt(ended), cells);
      }
      case ENDED_BEFORE_ANSWERED: {
        long late = in.between(2, 86_400);
        Instant answered = created.plusSeconds(late);
        Instant ended = created.plusSeconds(in.between(0, late - 1));
        Outcome outcome = v.outcome() == Outcome.ABANDONED ? Outcome.UNRESOLVED : v.outcome();
        put(cells, answered, ended);
        cells.put("outcome", outcome.name());
        return invalid(rule, Problem.of("ended_at", ended.toString(), "must not be before answered_at "
            + answered), v, b -> b.answeredAt(answered).endedAt(ended).outcome(outcome), cells);
      }
      case NEGATIVE_DURATION: {
        String field = in.pick(DURATIONS);
        long value = in.chance(50) ? -in.between(1, 3_600) : -in.between(1, Long.MAX_VALUE);
        cells.put(field, Long.toString(value));
        return invalid(rule, Problem.of(field, Long.toString(value), "must not be negative"), v,
            b -> duration(b, field, value), cells);
      }
      case NEGATIVE_REOPENED: {
        int value = -in.intBetween(1, in.chance(50) ? 5 : Integer.MAX_VALUE);
        cells.put("reopened", Integer.toString(value));
        return invalid(rule, Problem.of("reopened", Integer.toString(value), "must not be negative"), v,
            b -> b.reopened(value), cells);
      }
      case HANDLE_TIME_OVERFLOW:
        return overflow(in, v, cells);
      case SCORE_OUT_OF_RANGE:
        return score(in, v, cells);
      case ABANDONED_ANSWERED: {
        Instant answered = v.answeredAt().orElse(created.plusSeconds(in.between(0, 600)));
        Optional<Instant> ended = v.endedAt().filter(e -> !e.isBefore(answered));
        put(cells, answered, ended.orElse(null));
        cells.put("outcome", Outcome.ABANDONED.name());
        return invalid(rule, Problem.of("answered_at", answered.toString(),
            "must be empty when outcome is ABANDONED (an abandoned contact was never answered)"), v,
            b -> b.outcome(Outcome.ABANDONED).answeredAt(answered).endedAt(ended), cells);
      }
      case BOT_CONTAINED_BY_HUMAN: {
        cells.put("outcome", Outcome.BOT_CONTAINED.name());
        cells.put("handled_by", in.chance(50) ? "" : HandledBy.HUMAN.name()); // an empty cell defaults to HUMAN
        return invalid(rule, Problem.of("handled_by", HandledBy.HUMAN.name(),
            "must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED"), v,
            b -> b.outcome(Outcome.BOT_CONTAINED).handledBy(HandledBy.HUMAN), cells);
      }
      default:
        throw new AssertionError(rule);
    }
  }

  private static InvalidInteraction invalid(InteractionRule rule, Problem problem, Interaction valid,
      Consumer<Interaction.Builder> change, @Nullable Map<String, String> cells) {
    return new InvalidInteraction(rule, problem, valid, change, cells);
  }

  /** Each part valid alone, their sum beyond {@code Long.MAX_VALUE}; validation names the largest part. */
  private static InvalidInteraction overflow(RandomSource in, Interaction v, Map<String, String> cells) {
    long largest = in.between(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE);
    long second = in.between(Long.MAX_VALUE - largest + 1, largest);
    long third = in.between(0, in.chance(50) ? 3_600 : second);
    long[] parts = {largest, second, third};
    int first = in.intBetween(0, 2); // which field holds the largest part
    long talk = parts[first];
    long hold = parts[(first + 1) % 3];
    long wrap = parts[(first + 2) % 3];
    if (in.chance(50)) {
      long swap = hold;
      hold = wrap;
      wrap = swap;
    }
    long max = Math.max(talk, Math.max(hold, wrap));
    String field = max == talk ? "talk_seconds" : max == hold ? "hold_seconds" : "wrap_seconds";
    cells.put("talk_seconds", Long.toString(talk));
    cells.put("hold_seconds", Long.toString(hold));
    cells.put("wrap_seconds", Long.toString(wrap));
    long t = talk;
    long h = hold;
    long w = wrap;
    return invalid(InteractionRule.HANDLE_TIME_OVERFLOW, Problem.of(field, Long.toString(max),
        "makes the handle time talk_seconds + hold_seconds + wrap_seconds = " + talk + " + " + hold + " + " + wrap
            + " exceed " + Long.MAX_VALUE + " seconds"), v, b -> b.talkSeconds(t).holdSeconds(h).wrapSeconds(w),
        cells);
  }

  private static InvalidInteraction score(RandomSource in, Interaction v, Map<String, String> cells) {
    String field = in.pick(SCORES);
    if (field.startsWith("qa_")) {
      // tenths that are never zero, so that the cell and the reported value read the same, e.g. 100.5 or -3.2
      BigDecimal beyond = BigDecimal.valueOf(10 * in.between(0, 99) + in.between(1, 9), 1);
      BigDecimal value = in.chance(50) ? beyond.negate() : beyond.add(BigDecimal.valueOf(100));
      double score = value.doubleValue();
      cells.put(field, value.toPlainString());
      return invalid(InteractionRule.SCORE_OUT_OF_RANGE, Problem.of(field, value.toPlainString(),
          "must be between 0 and 100"), v, b -> {
            if (field.equals("qa_partner")) {
              b.qaPartner(score);
            } else {
              b.qaClient(score);
            }
          }, cells);
    }
    int min = field.equals("nps") ? 0 : 1;
    int max = field.equals("csat") ? 5 : field.equals("nps") ? 10 : 7;
    int distance = in.intBetween(1, in.chance(50) ? 3 : 1_000_000);
    int value = in.chance(50) ? min - distance : max + distance;
    cells.put(field, Integer.toString(value));
    return invalid(InteractionRule.SCORE_OUT_OF_RANGE, Problem.of(field, Integer.toString(value),
        "must be between " + min + " and " + max), v, b -> {
          if (field.equals("csat")) {
            b.csat(value);
          } else if (field.equals("nps")) {
            b.nps(value);
          } else {
            b.ces(value);
          }
        }, cells);
  }

  private static void put(Map<String, String> cells, @Nullable Instant answered, @Nullable Instant ended) {
    cells.put("answered_at", answered == null ? "" : answered.toString());
    cells.put("ended_at", ended == null ? "" : ended.toString());
  }

  /** Unsets a required field: the builder's setters of required fields take null for "unset" (see its Javadoc). */
  private static void unset(Interaction.Builder b, String field) {
    switch (field) {
      case "interaction_id":
        b.interactionId(null);
        break;
      case "customer_id":
        b.customerId(null);
        break;
      case "channel":
        b.channel(null);
        break;
      case "category":
        b.category(null);
        break;
      case "created_at":
        b.createdAt(null);
        break;
      default:
        b.outcome(null);
        break;
    }
  }

  private static void text(Interaction.Builder b, String field, String text) {
    switch (field) {
      case "interaction_id":
        b.interactionId(text);
        break;
      case "customer_id":
        b.customerId(text);
        break;
      case "category":
        b.category(text);
        break;
      case "ticket_id":
        b.ticketId(text);
        break;
      case "language":
        b.language(text);
        break;
      case "vendor":
        b.vendor(text);
        break;
      default:
        b.agentId(text);
        break;
    }
  }

  private static void duration(Interaction.Builder b, String field, long value) {
    switch (field) {
      case "wait_seconds":
        b.waitSeconds(value);
        break;
      case "talk_seconds":
        b.talkSeconds(value);
        break;
      case "hold_seconds":
        b.holdSeconds(value);
        break;
      default:
        b.wrapSeconds(value);
        break;
    }
  }
}
