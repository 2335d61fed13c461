package io.github.bpokit.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Seedable generators of valid {@link Interaction}s, for property tests (QuickTheories {@link Gen}s, seeded with
 * {@code qt().withFixedSeed(...)}) and for tests and benchmarks that need a reproducible list ({@link #sample}).
 *
 * <p>Every interaction satisfies every rule of SPEC §1.1; the mix is realistic enough for segment and KPI tests: a
 * small pool of customers, categories, languages, vendors and agents so that values repeat, every channel, outcome,
 * priority, tier and handled-by value, optional fields present or absent, scores on the edges of their ranges, and
 * now and then surrounding white space around required text (which the model strips) or non-ASCII text.
 *
 * <pre>{@code
 * qt().withFixedSeed(42).forAll(Interactions.valid()).checkAssert(i -> ...);
 * List<Interaction> log = Interactions.sample(7, 10_000);
 * }</pre>
 */
@SuppressWarnings("exports") // QuickTheories is on the class path of the tests, not a module
public final class Interactions {
  private Interactions() {}

  /** The first instant generated: 2026-01-01T00:00:00Z. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  static final List<String> CATEGORIES =
      List.of("order_status", "billing", "returns", "technical", "account", "shipping", "Billing", "réclamation");
  static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "pt-BR", "en-GB", "zh-Hant-TW", "nl");
  static final List<String> VENDORS = List.of("inhouse", "acme", "globex", "Initech BPO");
  static final List<String> PADDING = List.of(" ", "  ", "\t", "\u2003");

  /** A source of random choices: QuickTheories' (which shrinks) or a seeded {@link SplittableRandom}. */
  @FunctionalInterface
  public interface Draw {
    /**
     * Returns a value in {@code [min, max]}.
     *
     * @param min the least value
     * @param max the greatest value
     * @return the value
     */
    long between(long min, long max);

    /** Returns an int in {@code [min, max]}. */
    default int intBetween(int min, int max) {
      return (int) between(min, max);
    }

    /** Returns true with the given probability, in percent. */
    default boolean percent(int chance) {
      return between(0, 99) < chance;
    }

    /** Returns one of the values. */
    default <T> T pick(List<T> values) {
      return values.get(intBetween(0, values.size() - 1));
    }

    /** Returns one of the constants of an enum. */
    default <E extends Enum<E>> E pick(Class<E> type) {
      E[] constants = type.getEnumConstants();
      return constants[intBetween(0, constants.length - 1)];
    }

    /** Draws from QuickTheories' source, so that failures shrink. */
    static Draw of(RandomnessSource in) {
      return (min, max) -> in.next(Constraint.between(min, max));
    }

    /** Draws from a seeded generator. */
    static Draw of(SplittableRandom random) {
      return (min, max) -> max == Long.MAX_VALUE && min == Long.MIN_VALUE
          ? random.nextLong()
          : min + random.nextLong(max - min + 1);
    }
  }

  /** Returns a generator of valid interactions, each with a random {@code interaction_id}. */
  public static Gen<Interaction> valid() {
    return builders().map(Interaction.Builder::build);
  }

  /**
   * Returns a generator of builders of valid interactions, whose required text may still carry surrounding white
   * space; a fresh builder each time.
   */
  public static Gen<Interaction.Builder> builders() {
    Gen<Interaction.Builder> gen = in -> {
      Draw draw = Draw.of(in);
      return builder(draw, "i-" + draw.between(1, 999_999_999_999L));
    };
    return gen.describedAs(b -> b.build().toString());
  }

  /**
   * Returns {@code count} valid interactions drawn from {@code seed}, with the distinct ids {@code i-1}, {@code i-2},
   * and so on; the same seed always gives the same list.
   *
   * @param seed the seed
   * @param count how many
   * @return the interactions
   */
  public static List<Interaction> sample(long seed, int count) {
    Draw draw = Draw.of(new SplittableRandom(seed));
    List<Interaction> out = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      out.add(builder(draw, "i-" + i).build());
    }
    return out;
  }

  /**
   * Returns a builder of one valid interaction.
   *
   * @param draw where the random choices come from
   * @param id the interaction id
   * @return the builder, ready to build
   */
  public static Interaction.Builder builder(Draw draw, String id) {
    Interaction.Builder b = Interaction.builder()
        .interactionId(pad(draw, id))
        .customerId(pad(draw, "c-" + draw.between(1, 300)))
        .channel(draw.pick(Channel.class))
        .category(pad(draw, draw.percent(95) ? draw.pick(CATEGORIES) : "cat " + draw.between(0, 9_999) + " ∑"));
    if (draw.percent(60)) {
      b.ticketId("t-" + draw.between(1, 5_000));
    }
    if (draw.percent(80)) {
      b.language(draw.pick(LANGUAGES));
    }
    if (draw.percent(70)) {
      b.priority(draw.pick(Priority.class));
    }
    if (draw.percent(80)) {
      b.vendor(draw.pick(VENDORS));
    }
    if (draw.percent(50)) {
      b.tier(draw.pick(Tier.class));
    }

    Outcome outcome = draw.pick(Outcome.class);
    b.outcome(outcome);
    HandledBy handledBy = outcome == Outcome.BOT_CONTAINED
        ? (draw.percent(50) ? HandledBy.BOT : HandledBy.BOT_TO_HUMAN)
        : draw.pick(HandledBy.class);
    if (handledBy != HandledBy.HUMAN || draw.percent(50)) {
      b.handledBy(handledBy);
    }
    if (handledBy != HandledBy.BOT && outcome != Outcome.ABANDONED && draw.percent(85)) {
      b.agentId("a-" + draw.between(1, 40));
    }

    Instant created = EPOCH.plusSeconds(draw.between(0, 366L * 24 * 3600)).plusNanos(
        draw.percent(10) ? draw.between(1, 999_999_999) : 0);
    b.createdAt(created);
    Instant start = created;
    if (outcome != Outcome.ABANDONED && draw.percent(90)) {
      Instant answered = created.plusSeconds(draw.percent(10) ? 0 : draw.between(0, 48 * 3600));
      b.answeredAt(answered);
      start = answered;
    }
    if (draw.percent(85)) {
      b.endedAt(start.plusSeconds(draw.percent(5) ? 0 : draw.between(0, 7 * 24 * 3600)));
    }
    if (draw.percent(80)) {
      b.waitSeconds(draw.between(0, 3_600));
    }
    if (draw.percent(80)) {
      b.talkSeconds(draw.between(0, 7_200));
    }
    if (draw.percent(40)) {
      b.holdSeconds(draw.between(0, 900));
    }
    if (draw.percent(60)) {
      b.wrapSeconds(draw.between(0, 600));
    }
    if (draw.percent(30)) {
      b.csat(draw.intBetween(1, 5));
    }
    if (draw.percent(20)) {
      b.nps(draw.intBetween(0, 10));
    }
    if (draw.percent(15)) {
      b.ces(draw.intBetween(1, 7));
    }
    if (draw.percent(25)) {
      b.qaPartner(qa(draw));
      if (draw.percent(50)) {
        b.qaClient(qa(draw));
      }
    }
    if (outcome == Outcome.RESOLVED && draw.percent(10)) {
      b.reopened(draw.intBetween(0, 3));
    }
    return b;
  }

  private static double qa(Draw draw) {
    switch (draw.intBetween(0, 5)) {
      case 0:
        return 0.0;
      case 1:
        return 100.0;
      default:
        return draw.between(0, 1_000) / 10.0;
    }
  }

  private static String pad(Draw draw, String text) {
    return draw.percent(5) ? draw.pick(PADDING) + text + draw.pick(PADDING) : text;
  }
}
