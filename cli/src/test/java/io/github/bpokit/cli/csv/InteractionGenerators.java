package io.github.bpokit.cli.csv;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import java.time.Instant;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** QuickTheories generators of valid interactions, every optional field sometimes present and sometimes absent. */
final class InteractionGenerators {
  private InteractionGenerators() {}

  /** Characters that stress CSV quoting and UTF-8: separators, quotes, line breaks, accents, a surrogate pair. */
  private static final List<String> ALPHABET = List.of(
      "a", "b", "z", "A", "Q", "0", "7", "9", "-", "_", ".", ":", "/", " ", ",", ",", "\"", "\"", "'", ";", "\n",
      "\r\n", "\t", "é", "ß", "中", "😀", "#", "=");
  private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "en-GB", "pt-BR", "zh-Hant-TW",
      "sr-Latn", "es-419");
  private static final long MIN_EPOCH_SECOND = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_EPOCH_SECOND = Instant.parse("2099-12-31T00:00:00Z").getEpochSecond();
  private static final List<Double> SPECIAL_SCORES = List.of(0.0, 100.0, 50.5, 1e-5, 99.99999999999999,
      33.333333333333336, 0.1);

  private static final Gen<Boolean> BOOLEANS = Generate.booleans();
  private static final Gen<Integer> TEXT_LENGTHS = Generate.range(1, 12);
  private static final Gen<Integer> CHARACTERS = Generate.range(0, ALPHABET.size() - 1);
  private static final Gen<Long> EPOCH_SECONDS = Generate.longRange(MIN_EPOCH_SECOND, MAX_EPOCH_SECOND);
  private static final Gen<Integer> NANOS = Generate.oneOf(Generate.constant(0),
      Generate.range(0, 999).map(ms -> ms * 1_000_000), Generate.range(0, 999_999_999));
  private static final Gen<Long> DELAYS = Generate.oneOf(Generate.constant(0L), Generate.longRange(0, 86_400L * 10));
  private static final Gen<Long> DURATIONS = Generate.oneOf(Generate.constant(0L), Generate.longRange(0, 100_000),
      // up to a third of the long range: the largest values the reader must carry, while their sum (the handle
      // time) still fits, as validation requires
      Generate.longRange(0, Long.MAX_VALUE / 3));
  private static final Gen<Double> SCORES = Generate.oneOf(Generate.pick(SPECIAL_SCORES),
      SourceDSL.doubles().between(0, 100));

  /** Returns valid interactions. */
  static Gen<Interaction> interactions() {
    return InteractionGenerators::interaction;
  }

  /** Text that is not blank and has no white space at either end (the reader strips cells). */
  static Gen<String> texts() {
    return InteractionGenerators::text;
  }

  private static String text(RandomnessSource in) {
    int length = TEXT_LENGTHS.generate(in);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.get(CHARACTERS.generate(in)));
    }
    String value = text.toString().strip();
    return value.isEmpty() ? "x" : value;
  }

  private static boolean maybe(RandomnessSource in) {
    return BOOLEANS.generate(in);
  }

  private static Instant instant(RandomnessSource in) {
    return Instant.ofEpochSecond(EPOCH_SECONDS.generate(in), NANOS.generate(in));
  }

  private static Instant later(Instant instant, RandomnessSource in) {
    return instant.plusSeconds(DELAYS.generate(in)).plusNanos(maybe(in) ? NANOS.generate(in) : 0);
  }

  private static Interaction interaction(RandomnessSource in) {
    Outcome outcome = Generate.enumValues(Outcome.class).generate(in);
    Instant created = instant(in);
    Interaction.Builder builder = Interaction.builder()
        .interactionId(text(in))
        .customerId(text(in))
        .channel(Generate.enumValues(Channel.class).generate(in))
        .category(text(in))
        .createdAt(created)
        .outcome(outcome);
    if (maybe(in)) {
      builder.ticketId(text(in));
    }
    if (maybe(in)) {
      builder.language(Generate.pick(LANGUAGES).generate(in));
    }
    if (maybe(in)) {
      builder.priority(Generate.enumValues(Priority.class).generate(in));
    }
    if (maybe(in)) {
      builder.vendor(text(in));
    }
    if (maybe(in)) {
      builder.agentId(text(in));
    }
    if (maybe(in)) {
      builder.tier(Generate.enumValues(Tier.class).generate(in));
    }
    Instant answered = null;
    if (outcome != Outcome.ABANDONED && maybe(in)) {
      answered = later(created, in);
      builder.answeredAt(answered);
    }
    if (maybe(in)) {
      builder.endedAt(later(answered == null ? created : answered, in));
    }
    if (maybe(in)) {
      builder.waitSeconds(DURATIONS.generate(in));
    }
    if (maybe(in)) {
      builder.talkSeconds(DURATIONS.generate(in));
    }
    if (maybe(in)) {
      builder.holdSeconds(DURATIONS.generate(in));
    }
    if (maybe(in)) {
      builder.wrapSeconds(DURATIONS.generate(in));
    }
    if (outcome == Outcome.BOT_CONTAINED) {
      builder.handledBy(maybe(in) ? HandledBy.BOT : HandledBy.BOT_TO_HUMAN);
    } else if (maybe(in)) {
      builder.handledBy(Generate.enumValues(HandledBy.class).generate(in));
    }
    if (maybe(in)) {
      builder.csat(Generate.range(1, 5).generate(in));
    }
    if (maybe(in)) {
      builder.nps(Generate.range(0, 10).generate(in));
    }
    if (maybe(in)) {
      builder.ces(Generate.range(1, 7).generate(in));
    }
    if (maybe(in)) {
      builder.qaPartner(SCORES.generate(in));
    }
    if (maybe(in)) {
      builder.qaClient(SCORES.generate(in));
    }
    if (maybe(in)) {
      builder.reopened(Generate.oneOf(Generate.range(0, 5), Generate.range(0, Integer.MAX_VALUE)).generate(in));
    }
    return builder.build();
  }
}
