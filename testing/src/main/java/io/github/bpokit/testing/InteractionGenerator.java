package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates valid {@link Interaction}s: every value passes every rule of SPEC §1.1, so {@code build()} never throws.
 * Get one from {@link Generators#interactions()} and configure it fluently; each method returns a new generator.
 *
 * <pre>{@code
 * InteractionGenerator gen = Generators.interactions()
 *     .channels(Channel.VOICE, Channel.CHAT)
 *     .customers(50)
 *     .vendors("inhouse", "acme")
 *     .between(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));
 * Interaction one = gen.next(42);
 * List<Interaction> month = gen.logs(10_000, 10_000).next(42); // ids i-1 ... i-10000, in created_at order
 * }</pre>
 *
 * <h2>The realistic mix (the default)</h2>
 *
 * <ul>
 *   <li>Channels weighted as a typical partner program: voice 35%, chat 25%, email 20%, WhatsApp 8%, in-app 7%,
 *       social 5% (renormalised over the channels configured); priorities mostly NORMAL, tiers mostly L1.
 *   <li>Outcomes: RESOLVED 60%, UNRESOLVED 10%, BOT_CONTAINED 9%, ABANDONED 8%, ESCALATED 8%, TRANSFERRED 5%.
 *   <li>Outcome and handled_by agree: BOT_CONTAINED is handled by BOT or BOT_TO_HUMAN; an ABANDONED contact is never
 *       answered, has no agent and no handle time, and waited as long as its patience; a BOT contact has no agent.
 *   <li>Consistent times: {@code answered_at = created_at + wait_seconds}; live channels (voice, chat, WhatsApp,
 *       in-app) wait seconds to minutes and end after talk and hold; written channels (email, social) answer within
 *       minutes to two days and end up to five days later; some unresolved or escalated contacts are still open (no
 *       {@code ended_at}).
 *   <li>A pool of customers ({@link #customers(int)}) and agents ({@link #agents(int)}) so that repeat contacts and
 *       per-agent segments occur; categories, languages and vendors from short lists.
 *   <li>Optional parts: surveys (CSAT skewed high, NPS and CES consistent with it) on {@link #surveys(int)} percent of
 *       handled contacts, QA scores on {@link #qa(int)} percent of human contacts (a client calibration score within
 *       10 points on half of them), reopened counts on {@link #reopens(int)} percent of resolved ones.
 * </ul>
 *
 * <h2>Edge cases</h2>
 *
 * {@link #edgeCases()} spans the whole valid domain instead, for readers, writers and validators: instants from 1970
 * to 2099 with nanoseconds, any valid combination of optional fields (each present half of the time), durations up
 * to a third of {@code Long.MAX_VALUE} (their sum still fits, as validation requires), boundary and arbitrary QA
 * scores, reopened counts up to {@code Integer.MAX_VALUE}, and text ({@link #hostileText()}) made of characters that
 * stress CSV quoting and UTF-8: commas, quotes, line breaks, tabs, accents, CJK, a surrogate pair. The configured
 * channels and outcomes still apply; the pools and the time window do not.
 *
 * <h2>Shrinking</h2>
 *
 * The minimum of every draw is the simplest choice (see {@link RandomSource}): a source that always answers its
 * minimum gives a VOICE, RESOLVED contact by customer {@code c-1} in the first category, created at the start of
 * the window and answered and ended at once, with no other optional field.
 */
public final class InteractionGenerator implements Generator<Interaction> {
  /** The start of the default window of created_at: 2026-10-01T00:00:00Z. */
  public static final Instant DEFAULT_FROM = Instant.parse("2026-10-01T00:00:00Z");
  /** The end (exclusive) of the default window of created_at: 2026-11-01T00:00:00Z. */
  public static final Instant DEFAULT_TO = Instant.parse("2026-11-01T00:00:00Z");

  static final List<String> CATEGORIES = List.of("order_status", "billing", "returns", "delivery_issue", "refund",
      "account_access", "technical_issue", "cancellation");
  static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt-BR", "en-GB", "zh-Hant-TW", "sr-Latn",
      "es-419");
  static final List<String> VENDORS = List.of("inhouse", "acme", "globex");

  /** Weights in the order of {@link Channel#values()}: VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP. */
  private static final int[] CHANNEL_MIX = {35, 20, 25, 5, 8, 7};
  /** Weights in the order of {@link Outcome#values()}: RESOLVED, ESCALATED, TRANSFERRED, UNRESOLVED, ABANDONED, BOT. */
  private static final int[] OUTCOME_MIX = {60, 8, 5, 10, 8, 9};
  /** Weights in the order of {@link Priority#values()}: NORMAL drawn first (the simplest), then LOW, HIGH, URGENT. */
  private static final List<Priority> PRIORITIES = List.of(Priority.NORMAL, Priority.LOW, Priority.HIGH,
      Priority.URGENT);
  private static final int[] PRIORITY_MIX = {70, 12, 13, 5};
  private static final int[] TIER_MIX = {80, 15, 5};
  /** CSAT answers 1 to 5, skewed high as real surveys are. */
  private static final int[] CSAT_MIX = {8, 6, 12, 30, 44};

  /** Characters that stress CSV quoting and UTF-8: separators, quotes, line breaks, accents, a surrogate pair. */
  static final List<String> HOSTILE_ALPHABET = List.of(
      "a", "b", "z", "A", "Q", "0", "7", "9", "-", "_", ".", ":", "/", " ", ",", ",", "\"", "\"", "'", ";", "\n",
      "\r\n", "\t", "é", "ß", "中", "😀", "#", "=");
  private static final long EDGE_MIN_EPOCH_SECOND = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
  private static final long EDGE_MAX_EPOCH_SECOND = Instant.parse("2099-12-31T00:00:00Z").getEpochSecond();
  private static final List<Double> EDGE_SCORES = List.of(0.0, 100.0, 50.5, 1e-5, 99.99999999999999,
      33.333333333333336, 0.1);

  /** The configuration; never changed once a generator holds it. */
  private static final class Settings implements Cloneable {
    List<Channel> channels = List.of(Channel.values());
    List<Outcome> outcomes = List.of(Outcome.values());
    int customers = 300;
    int agents = 40;
    List<String> categories = CATEGORIES;
    List<String> languages = LANGUAGES;
    List<String> vendors = VENDORS;
    Instant from = DEFAULT_FROM;
    Instant to = DEFAULT_TO;
    int surveys = 20;
    int qa = 10;
    int reopens = 10;
    boolean hostileText;
    boolean edgeValues;

    @Override
    protected Settings clone() {
      try {
        return (Settings) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Settings s;

  InteractionGenerator() {
    this(new Settings());
  }

  private InteractionGenerator(Settings settings) {
    this.s = settings;
  }

  private interface Change {
    void apply(Settings settings);
  }

  private InteractionGenerator with(Change change) {
    Settings copy = s.clone();
    change.apply(copy);
    return new InteractionGenerator(copy);
  }

  /**
   * Returns a generator of contacts on these channels only (weighted by the realistic mix among them).
   *
   * @param channels at least one channel
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public InteractionGenerator channels(Channel... channels) {
    List<Channel> list = Generators.enumValues("channels", Channel.class, channels);
    return with(c -> c.channels = list);
  }

  /**
   * Returns a generator of contacts with these outcomes only (weighted by the realistic mix among them).
   *
   * @param outcomes at least one outcome
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public InteractionGenerator outcomes(Outcome... outcomes) {
    List<Outcome> list = Generators.enumValues("outcomes", Outcome.class, outcomes);
    return with(c -> c.outcomes = list);
  }

  /**
   * Returns a generator whose contacts come from {@code count} customers, {@code c-1} to {@code c-<count>}: the fewer,
   * the more repeat contacts.
   *
   * @param count at least 1 (default 300)
   * @return the new generator
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  public InteractionGenerator customers(int count) {
    Generators.checkPositive("customers", count);
    return with(c -> c.customers = count);
  }

  /**
   * Returns a generator whose human contacts are handled by {@code count} agents, {@code a-1} to {@code a-<count>}.
   *
   * @param count at least 1 (default 40)
   * @return the new generator
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  public InteractionGenerator agents(int count) {
    Generators.checkPositive("agents", count);
    return with(c -> c.agents = count);
  }

  /**
   * Returns a generator with these categories (the first is the simplest, drawn by the minimum).
   *
   * @param categories at least one, none blank
   * @return the new generator
   * @throws IllegalArgumentException when none is given or one is blank
   */
  public InteractionGenerator categories(String... categories) {
    List<String> list = Generators.texts("categories", categories);
    return with(c -> c.categories = list);
  }

  /**
   * Returns a generator with these language tags.
   *
   * @param languages at least one well-formed BCP-47 tag, e.g. {@code en}, {@code pt-BR}
   * @return the new generator
   * @throws IllegalArgumentException when none is given or one is blank
   */
  public InteractionGenerator languages(String... languages) {
    List<String> list = Generators.texts("languages", languages);
    return with(c -> c.languages = list);
  }

  /**
   * Returns a generator with these vendors, e.g. {@code inhouse} and partner names.
   *
   * @param vendors at least one, none blank
   * @return the new generator
   * @throws IllegalArgumentException when none is given or one is blank
   */
  public InteractionGenerator vendors(String... vendors) {
    List<String> list = Generators.texts("vendors", vendors);
    return with(c -> c.vendors = list);
  }

  /**
   * Returns a generator whose contacts are created in {@code [from, to)}; answers and ends may come later.
   *
   * @param from the first instant, inclusive
   * @param to the end, exclusive, after {@code from}
   * @return the new generator
   * @throws IllegalArgumentException when {@code to} is not after {@code from}
   */
  public InteractionGenerator between(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the window [" + from + ", " + to + ") is empty: to must be after from");
    }
    return with(c -> {
      c.from = from;
      c.to = to;
    });
  }

  /**
   * Returns a generator with a survey answer (CSAT, often NPS, sometimes CES) on this share of handled contacts.
   *
   * @param percent 0 to 100 (default 20)
   * @return the new generator
   * @throws IllegalArgumentException when out of range
   */
  public InteractionGenerator surveys(int percent) {
    Generators.checkPercent("surveys", percent);
    return with(c -> c.surveys = percent);
  }

  /**
   * Returns a generator with a partner QA score on this share of contacts a person handled.
   *
   * @param percent 0 to 100 (default 10)
   * @return the new generator
   * @throws IllegalArgumentException when out of range
   */
  public InteractionGenerator qa(int percent) {
    Generators.checkPercent("qa", percent);
    return with(c -> c.qa = percent);
  }

  /**
   * Returns a generator that reopens this share of resolved contacts (1 to 3 times).
   *
   * @param percent 0 to 100 (default 10)
   * @return the new generator
   * @throws IllegalArgumentException when out of range
   */
  public InteractionGenerator reopens(int percent) {
    Generators.checkPercent("reopens", percent);
    return with(c -> c.reopens = percent);
  }

  /**
   * Returns a generator whose ids, customers, categories, vendors and agents are short random texts (1 to 12
   * characters, stripped, never blank) of characters that stress CSV quoting and UTF-8.
   *
   * @return the new generator
   */
  public InteractionGenerator hostileText() {
    return with(c -> c.hostileText = true);
  }

  /**
   * Returns a generator over the whole valid domain instead of the realistic mix, with hostile text (see the class
   * description).
   *
   * @return the new generator
   */
  public InteractionGenerator edgeCases() {
    return with(c -> {
      c.hostileText = true;
      c.edgeValues = true;
    });
  }

  /**
   * Returns a generator of interaction logs of {@code minSize} to {@code maxSize} interactions with distinct ids: in
   * the realistic mix {@code i-1}, {@code i-2}, ... in created_at order; with {@link #hostileText()} the position and
   * a colon before the random text ({@code 1:…}, {@code 2:…}) in the order drawn.
   *
   * @param minSize the least size, at least 0
   * @param maxSize the greatest size, at least {@code minSize}
   * @return the generator
   * @throws IllegalArgumentException when the sizes are negative or out of order
   */
  public Generator<List<Interaction>> logs(int minSize, int maxSize) {
    return lists(minSize, maxSize).map(drawn -> {
      if (!s.hostileText) {
        drawn.sort(Comparator.comparing(Interaction::createdAt));
      }
      List<Interaction> log = new ArrayList<>(drawn.size());
      for (int i = 0; i < drawn.size(); i++) {
        Interaction interaction = drawn.get(i);
        String id = s.hostileText ? (i + 1) + ":" + interaction.interactionId() : "i-" + (i + 1);
        log.add(Interaction.builder().from(interaction).interactionId(id).build());
      }
      return log;
    });
  }

  @Override
  public Interaction next(RandomSource source) {
    return builder(source).build();
  }

  /**
   * Returns a builder of a valid interaction, ready to build or to be changed first.
   *
   * @param source where the random choices come from
   * @return a fresh builder
   */
  public Interaction.Builder builder(RandomSource source) {
    requireNonNull(source, "source");
    return s.edgeValues ? edge(source) : realistic(source);
  }

  // ---- the realistic mix ----

  private Interaction.Builder realistic(RandomSource in) {
    Channel channel = s.channels.get(in.weighted(weights(s.channels, CHANNEL_MIX)));
    Outcome outcome = s.outcomes.get(in.weighted(weights(s.outcomes, OUTCOME_MIX)));
    Interaction.Builder b = Interaction.builder()
        .interactionId(s.hostileText ? text(in) : "i-" + in.between(1, 999_999_999_999L))
        .customerId(s.hostileText ? text(in) : "c-" + in.between(1, s.customers))
        .channel(channel)
        .category(s.hostileText ? text(in) : in.pick(s.categories))
        .outcome(outcome);
    if (in.chance(60)) {
      b.ticketId(s.hostileText ? text(in) : "t-" + in.between(1, Math.max(1, s.customers * 3L)));
    }
    if (in.chance(85)) {
      b.language(in.pick(s.languages));
    }
    if (in.chance(60)) {
      b.priority(PRIORITIES.get(in.weighted(PRIORITY_MIX)));
    }
    if (in.chance(85)) {
      b.vendor(s.hostileText ? text(in) : in.pick(s.vendors));
    }
    if (in.chance(60)) {
      b.tier(Tier.values()[in.weighted(TIER_MIX)]);
    }

    HandledBy handledBy = handledBy(in, channel, outcome);
    if (handledBy != HandledBy.HUMAN || in.chance(50)) {
      b.handledBy(handledBy);
    }
    boolean person = handledBy != HandledBy.BOT && outcome != Outcome.ABANDONED;
    if (person && in.chance(95)) {
      b.agentId(s.hostileText ? text(in) : "a-" + in.between(1, s.agents));
    }

    long window = Math.max(1, s.to.getEpochSecond() - s.from.getEpochSecond());
    Instant created = s.from.plusSeconds(in.between(0, window - 1));
    b.createdAt(created);
    boolean live = channel != Channel.EMAIL && channel != Channel.SOCIAL;
    if (outcome == Outcome.ABANDONED) {
      long patience = in.between(0, live ? 600 : 86_400);
      b.waitSeconds(patience);
      if (in.chance(80)) {
        b.endedAt(created.plusSeconds(patience));
      }
      return b;
    }
    long wait = live ? in.between(0, handledBy == HandledBy.BOT ? 5 : 300) : in.between(0, 48 * 3_600);
    Instant answered = created.plusSeconds(wait);
    b.answeredAt(answered).waitSeconds(wait);
    long talk = person ? in.between(0, live ? 1_500 : 900) : 0;
    long hold = person && channel == Channel.VOICE && in.chance(30) ? in.between(0, 180) : 0;
    long wrap = person && in.chance(80) ? in.between(0, 120) : 0;
    b.talkSeconds(talk).holdSeconds(hold).wrapSeconds(wrap);
    boolean open = (outcome == Outcome.UNRESOLVED || outcome == Outcome.ESCALATED) && in.chance(30);
    if (!open) {
      long more = live ? talk + hold + in.between(0, 60) : talk + in.between(0, 5 * 86_400);
      b.endedAt(answered.plusSeconds(more));
    }
    if (in.chance(s.surveys)) {
      survey(in, b, outcome);
    }
    if (person && in.chance(s.qa)) {
      double partner = in.between(0, 200) / 2.0;
      b.qaPartner(partner);
      if (in.chance(50)) {
        b.qaClient(Math.max(0, Math.min(100, partner + in.between(-20, 20) / 2.0)));
      }
    }
    if (outcome == Outcome.RESOLVED && in.chance(s.reopens)) {
      b.reopened(in.intBetween(1, 3));
    }
    return b;
  }

  private static HandledBy handledBy(RandomSource in, Channel channel, Outcome outcome) {
    if (outcome == Outcome.BOT_CONTAINED) {
      return in.chance(30) ? HandledBy.BOT_TO_HUMAN : HandledBy.BOT;
    }
    boolean botChannel = channel == Channel.CHAT || channel == Channel.WHATSAPP || channel == Channel.IN_APP;
    int kind = in.weighted(80, botChannel ? 18 : 3, botChannel ? 2 : 1);
    return kind == 0 ? HandledBy.HUMAN : kind == 1 ? HandledBy.BOT_TO_HUMAN : HandledBy.BOT;
  }

  private static void survey(RandomSource in, Interaction.Builder b, Outcome outcome) {
    int csat = 1 + in.weighted(CSAT_MIX);
    if (outcome != Outcome.RESOLVED && outcome != Outcome.BOT_CONTAINED && csat > 1 && in.chance(50)) {
      csat--; // unresolved contacts are rated a little lower
    }
    b.csat(csat);
    if (in.chance(60)) {
      int nps = Math.min(10, Math.max(0, 2 * csat - 1 + in.intBetween(-1, 1)));
      b.nps(nps);
    }
    if (in.chance(40)) {
      b.ces(Math.min(7, Math.max(1, 7 - csat + in.intBetween(-1, 1))));
    }
  }

  // ---- the whole valid domain ----

  private Interaction.Builder edge(RandomSource in) {
    Outcome outcome = in.pick(s.outcomes);
    Instant created = instant(in);
    Interaction.Builder b = Interaction.builder()
        .interactionId(text(in))
        .customerId(text(in))
        .channel(in.pick(s.channels))
        .category(text(in))
        .createdAt(created)
        .outcome(outcome);
    if (in.chance(50)) {
      b.ticketId(text(in));
    }
    if (in.chance(50)) {
      b.language(in.pick(s.languages));
    }
    if (in.chance(50)) {
      b.priority(in.pick(List.of(Priority.values())));
    }
    if (in.chance(50)) {
      b.vendor(text(in));
    }
    if (in.chance(50)) {
      b.agentId(text(in));
    }
    if (in.chance(50)) {
      b.tier(in.pick(List.of(Tier.values())));
    }
    Instant answered = null;
    if (outcome != Outcome.ABANDONED && in.chance(50)) {
      answered = later(created, in);
      b.answeredAt(answered);
    }
    if (in.chance(50)) {
      b.endedAt(later(answered == null ? created : answered, in));
    }
    if (in.chance(50)) {
      b.waitSeconds(duration(in));
    }
    if (in.chance(50)) {
      b.talkSeconds(duration(in));
    }
    if (in.chance(50)) {
      b.holdSeconds(duration(in));
    }
    if (in.chance(50)) {
      b.wrapSeconds(duration(in));
    }
    if (outcome == Outcome.BOT_CONTAINED) {
      b.handledBy(in.chance(50) ? HandledBy.BOT_TO_HUMAN : HandledBy.BOT);
    } else if (in.chance(50)) {
      b.handledBy(in.pick(List.of(HandledBy.values())));
    }
    if (in.chance(50)) {
      b.csat(in.intBetween(1, 5));
    }
    if (in.chance(50)) {
      b.nps(in.intBetween(0, 10));
    }
    if (in.chance(50)) {
      b.ces(in.intBetween(1, 7));
    }
    if (in.chance(50)) {
      b.qaPartner(score(in));
    }
    if (in.chance(50)) {
      b.qaClient(score(in));
    }
    if (in.chance(50)) {
      b.reopened(in.chance(50) ? in.intBetween(0, Integer.MAX_VALUE) : in.intBetween(0, 5));
    }
    return b;
  }

  private static Instant instant(RandomSource in) {
    return Instant.ofEpochSecond(in.between(EDGE_MIN_EPOCH_SECOND, EDGE_MAX_EPOCH_SECOND), nanos(in));
  }

  private static int nanos(RandomSource in) {
    switch (in.intBetween(0, 2)) {
      case 0:
        return 0;
      case 1:
        return in.intBetween(0, 999) * 1_000_000;
      default:
        return in.intBetween(0, 999_999_999);
    }
  }

  private static Instant later(Instant instant, RandomSource in) {
    long seconds = in.chance(50) ? in.between(0, 86_400L * 10) : 0;
    return instant.plusSeconds(seconds).plusNanos(in.chance(50) ? nanos(in) : 0);
  }

  private static long duration(RandomSource in) {
    switch (in.intBetween(0, 2)) {
      case 0:
        return 0;
      case 1:
        return in.between(0, 100_000);
      default:
        // up to a third of the long range: the largest values a reader must carry, while their sum (the handle
        // time) still fits, as validation requires
        return in.between(0, Long.MAX_VALUE / 3);
    }
  }

  private static double score(RandomSource in) {
    if (in.chance(50)) {
      return in.pick(EDGE_SCORES);
    }
    // any double in [0, 100]: 53 random bits scaled, as java.util.Random#nextDouble does
    return in.between(0, (1L << 53) - 1) * 0x1.0p-53 * 100;
  }

  /** Text that is not blank and has no white space at either end. */
  static String text(RandomSource in) {
    int length = in.intBetween(1, 12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(in.pick(HOSTILE_ALPHABET));
    }
    String value = text.toString().strip();
    return value.isEmpty() ? "x" : value;
  }

  // ---- helpers ----

  /** The weights of the chosen constants, taken from the mix indexed by the constants' ordinals. */
  private static <E extends Enum<E>> int[] weights(List<E> chosen, int[] mix) {
    int[] weights = new int[chosen.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = mix[chosen.get(i).ordinal()];
    }
    return weights;
  }
}
