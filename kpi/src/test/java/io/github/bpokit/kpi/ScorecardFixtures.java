package io.github.bpokit.kpi;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.core.time.PeriodUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random interaction logs and scorecards for the scorecard properties: few customers and categories and creation
 * instants on a coarse grid, so that repeat contacts, equal instants and instants exactly one window apart are
 * common; every channel, outcome and handled-by value; surveys, QA scores and reopen counts on a fraction; first
 * responses and waits around the channel targets; now and then a nanosecond part. Every interaction satisfies SPEC
 * §1.1. (Core's generator sits in core's test tree, in a package of the core module, which kpi's module-path test
 * compilation cannot see; this one is kpi's own.)
 */
final class ScorecardFixtures {
  private ScorecardFixtures() {}

  static final Instant BASE = Instant.parse("2026-10-01T00:00:00Z");
  /** The grid step of creation instants and windows: 6 hours. */
  static final long STEP = 6 * 3600;

  private static final List<String> VENDORS = List.of("inhouse", "acme", "globex");
  private static final List<String> LANGUAGES = List.of("en", "fr", "de");
  private static final List<BusinessCalendar> CALENDARS = List.of(
      BusinessCalendar.parse("tz=Europe/Paris; Mon-Fri 09:00-18:00"),
      BusinessCalendar.parse("Mon-Sun 08:00:00.5-20:00; Fri 22:00-06:00; holidays 2026-10-05"),
      BusinessCalendar.parse("never"));

  /** A source of random choices: QuickTheories' (which shrinks) or a seeded {@link SplittableRandom}. */
  @FunctionalInterface
  interface Draw {
    long between(long min, long max);

    default int intBetween(int min, int max) {
      return (int) between(min, max);
    }

    default boolean percent(int chance) {
      return between(0, 99) < chance;
    }

    default <T> T pick(List<T> values) {
      return values.get(intBetween(0, values.size() - 1));
    }

    default <E extends Enum<E>> E pick(Class<E> type) {
      E[] constants = type.getEnumConstants();
      return constants[intBetween(0, constants.length - 1)];
    }

    static Draw of(RandomnessSource in) {
      return (min, max) -> in.next(Constraint.between(min, max));
    }

    static Draw of(SplittableRandom random) {
      return (min, max) -> min + random.nextLong(max - min + 1);
    }
  }

  /** Logs of 0 to {@code max} interactions. */
  static Gen<List<Interaction>> logs(int max) {
    return in -> {
      Draw draw = Draw.of(in);
      return log(draw, draw.intBetween(0, max));
    };
  }

  /** A reproducible log of {@code n} interactions. */
  static List<Interaction> log(long seed, int n) {
    return log(Draw.of(new SplittableRandom(seed)), n);
  }

  static List<Interaction> log(Draw draw, int n) {
    List<Interaction> out = new ArrayList<>(n);
    int customers = draw.intBetween(1, 6);
    for (int k = 1; k <= n; k++) {
      out.add(interaction(draw, "i-" + k, customers));
    }
    return out;
  }

  /** One valid interaction on the dense grid of customers, categories and instants. */
  static Interaction interaction(Draw draw, String id, int customers) {
    Channel channel = draw.pick(Channel.class);
    Outcome outcome = draw.pick(Outcome.class);
    HandledBy handledBy = outcome == Outcome.BOT_CONTAINED
        ? (draw.percent(50) ? HandledBy.BOT : HandledBy.BOT_TO_HUMAN)
        : draw.pick(HandledBy.class);
    Instant created = BASE.plusSeconds(draw.between(0, 40) * STEP);
    if (draw.percent(15)) {
      created = created.plusNanos(draw.percent(50) ? 1 : draw.between(1, 999_999_999));
    } else if (draw.percent(10)) {
      created = created.minusNanos(1);
    }
    Interaction.Builder b = Interaction.builder()
        .interactionId(id)
        .customerId("c-" + draw.between(1, customers))
        .channel(channel)
        .category(draw.percent(60) ? "billing" : "returns")
        .createdAt(created)
        .outcome(outcome)
        .handledBy(handledBy);
    if (draw.percent(70)) {
      b.vendor(draw.pick(VENDORS));
    }
    if (draw.percent(70)) {
      b.language(draw.pick(LANGUAGES));
    }
    if (draw.percent(50)) {
      b.priority(draw.pick(Priority.class));
    }
    if (draw.percent(50)) {
      b.tier(draw.pick(Tier.class));
    }
    if (handledBy != HandledBy.BOT && outcome != Outcome.ABANDONED && draw.percent(80)) {
      b.agentId("a-" + draw.between(1, 5));
    }
    Instant start = created;
    if (outcome != Outcome.ABANDONED && draw.percent(85)) {
      // first responses around the channel's target: 0 to twice the target, now and then with a nanosecond part
      long target = Scorecard.defaultFirstResponseTargets().get(channel).getSeconds();
      Instant answered = created.plusSeconds(draw.percent(10) ? target : draw.between(0, 2 * target));
      if (draw.percent(10)) {
        answered = answered.plusNanos(draw.between(1, 999_999_999));
      }
      b.answeredAt(answered);
      start = answered;
    }
    if (draw.percent(80)) {
      b.endedAt(start.plusSeconds(draw.percent(5) ? 0 : draw.between(0, 3 * 24 * 3600))
          .plusNanos(draw.percent(10) ? draw.between(0, 999_999_999) : 0));
    }
    if (draw.percent(85)) {
      b.waitSeconds(draw.percent(50) ? draw.between(0, 40) : draw.between(0, 20_000));
    }
    if (draw.percent(80)) {
      b.talkSeconds(draw.between(0, 3_600));
    }
    if (draw.percent(40)) {
      b.holdSeconds(draw.between(0, 600));
    }
    if (draw.percent(60)) {
      b.wrapSeconds(draw.between(0, 300));
    }
    if (draw.percent(40)) {
      b.csat(draw.intBetween(1, 5));
    }
    if (draw.percent(30)) {
      b.nps(draw.intBetween(0, 10));
    }
    if (draw.percent(25)) {
      b.ces(draw.intBetween(1, 7));
    }
    if (draw.percent(35)) {
      b.qaPartner(qa(draw));
      if (draw.percent(60)) {
        b.qaClient(qa(draw));
      }
    }
    if (draw.percent(20)) {
      b.reopened(draw.intBetween(0, 3));
    }
    return b.build();
  }

  private static double qa(Draw draw) {
    switch (draw.intBetween(0, 4)) {
      case 0:
        return 0.0;
      case 1:
        return 100.0;
      case 2:
        return draw.between(0, 100_000) / 1000.0;
      default:
        return draw.between(0, 1_000) / 10.0;
    }
  }

  /** Scorecards with every KPI and random segmentation, period, window, category rule, as-of and thresholds. */
  static Gen<Scorecard> scorecards() {
    return in -> scorecard(Draw.of(in));
  }

  static Scorecard scorecard(Draw draw) {
    Scorecard.Builder b = Scorecard.builder().kpis(KpiId.all());
    switch (draw.intBetween(0, 4)) {
      case 0:
        break;
      case 1:
        b.segmentBy(Dimension.CHANNEL);
        break;
      case 2:
        b.segmentBy(Dimension.CHANNEL, Dimension.CATEGORY);
        break;
      case 3:
        b.segmentBy(Segmentation.parse("category"));
        break;
      default:
        b.segmentBy(Dimension.VENDOR, Dimension.TIER, Dimension.PRIORITY);
        break;
    }
    switch (draw.intBetween(0, 3)) {
      case 0:
        break;
      case 1:
        b.period(PeriodUnit.DAY, ZoneId.of("UTC"));
        break;
      case 2:
        b.period(PeriodUnit.WEEK, ZoneId.of("Europe/Paris"));
        break;
      default:
        b.period(PeriodUnit.MONTH, ZoneId.of("America/New_York"));
        break;
    }
    Duration window = Duration.ofSeconds(draw.between(0, 8) * STEP);
    if (draw.percent(10)) {
      window = window.plusNanos(1);
    }
    b.fcrWindow(window).fcrSameCategory(draw.percent(60));
    if (draw.percent(50)) {
      Instant asOf = BASE.plusSeconds(draw.between(0, 45) * STEP);
      b.asOf(draw.percent(20) ? asOf.minusNanos(1) : asOf);
    }
    if (draw.percent(30)) {
      b.serviceLevelThreshold(Duration.ofSeconds(draw.between(0, 30)))
          .shortAbandonThreshold(Duration.ofMillis(draw.between(0, 10_000)))
          .firstResponseTarget(draw.pick(Channel.class), Duration.ofSeconds(draw.between(0, 100)))
          .calibrationTolerance(draw.between(0, 20) / 2.0);
    }
    if (draw.percent(30)) {
      b.quantileExactLimit(draw.intBetween(0, 8));
    }
    if (draw.percent(25)) {
      b.firstResponseCalendar(draw.pick(CALENDARS));
    }
    return b.build();
  }
}
