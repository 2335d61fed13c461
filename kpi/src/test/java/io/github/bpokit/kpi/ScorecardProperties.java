package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.ReportingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the scorecard on random logs and scorecards: every KPI of every row equals a brute-force oracle written from
 * SPEC §4 (repeat contacts in O(n²)); records give the result of their interactions; split-and-merge equals one pass;
 * any permutation gives the same result; a parallel stream gives the sequential result; every proportion's interval
 * contains its value.
 */
class ScorecardProperties {
  private static final long SEED = 20261124L;
  private static final Gen<Double> CUT = doubles().between(0, 1);

  @Test
  void everyKpiOfEveryRowMatchesTheOracle() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(ScorecardFixtures.scorecards(), ScorecardFixtures.logs(50))
        .checkAssert((scorecard, log) -> {
          ScorecardResult result = scorecard.compute(log);
          Map<ScorecardKey, Map<KpiId, KpiValue>> expected = oracle(scorecard, log);
          assertThat(result.keys()).containsExactlyElementsOf(expected.keySet());
          expected.forEach((key, values) -> assertThat(result.get(key).values()).as(key.label()).isEqualTo(values));
          assertThat(result.interactions()).isEqualTo(log.size());
        });
  }

  @Test
  void splitAndMergeEqualsOnePassInAnyOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(250)
        .forAll(ScorecardFixtures.scorecards().zip(ScorecardFixtures.logs(40), Map::entry), CUT, CUT, longs().all())
        .checkAssert((input, cut1, cut2, seed) ->
            MergeLaws.<Interaction, ScorecardAccumulator, ScorecardResult>of(
                    input.getKey()::newAccumulator, ScorecardAccumulator::add)
                .check(input.getValue(), cut1, cut2, seed));
  }

  @Test
  void addingRecordsEqualsAddingTheirInteractions() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(ScorecardFixtures.scorecards(), ScorecardFixtures.logs(50))
        .checkAssert((scorecard, log) -> {
          ScorecardAccumulator acc = scorecard.newAccumulator();
          InteractionRecord row = new InteractionRecord(); // one record, filled again for each row
          log.forEach(interaction -> acc.add(row.from(interaction)));
          assertThat(acc.snapshot()).isEqualTo(scorecard.compute(log));
        });
  }

  @Test
  void parallelCollectorEqualsSequential() {
    qt().withFixedSeed(SEED)
        .withExamples(20)
        .forAll(ScorecardFixtures.scorecards(), longs().between(0, 1_000))
        .checkAssert((scorecard, seed) -> {
          List<Interaction> log = ScorecardFixtures.log(seed, 3_000);
          ScorecardResult sequential = scorecard.compute(log);
          assertThat(log.parallelStream().collect(scorecard.collector())).isEqualTo(sequential);
          assertThat(log.stream().collect(scorecard.collector())).isEqualTo(sequential);
        });
  }

  @Test
  void everyProportionIntervalContainsItsValue() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(ScorecardFixtures.scorecards(), ScorecardFixtures.logs(50))
        .checkAssert((scorecard, log) -> {
          for (SegmentScores row : scorecard.compute(log).segments().values()) {
            for (KpiValue value : row.values().values()) {
              assertThat(value.value().isPresent() ? Double.isNaN(value.value().getAsDouble()) : false).isFalse();
              if (value instanceof Proportion || value instanceof NetPromoterScore) {
                assertThat(value.interval().isPresent()).isEqualTo(value.value().isPresent());
                value.interval().ifPresent(ci -> assertThat(ci.contains(value.value().getAsDouble())).isTrue());
              }
            }
          }
        });
  }

  // ------------------------------------------------------------------------------------------------------------------
  // The oracle: SPEC §4 read literally, one filter per KPI, repeat contacts by comparing every pair

  static Map<ScorecardKey, Map<KpiId, KpiValue>> oracle(Scorecard scorecard, List<Interaction> log) {
    Optional<Instant> asOf = scorecard.asOf()
        .or(() -> log.stream().map(Interaction::createdAt).max(Comparator.naturalOrder()));
    TreeMap<ScorecardKey, List<Interaction>> rows = new TreeMap<>();
    rows.put(ScorecardKey.whole(), new ArrayList<>());
    for (Interaction i : log) {
      for (ScorecardKey key : keysOf(scorecard, i)) {
        rows.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<ScorecardKey, Map<KpiId, KpiValue>> out = new TreeMap<>();
    rows.forEach((key, members) -> {
      Map<KpiId, KpiValue> values = new EnumMap<>(KpiId.class);
      for (KpiId kpi : scorecard.kpis()) {
        values.put(kpi, kpi(kpi, scorecard, members, log, asOf));
      }
      out.put(key, values);
    });
    return out;
  }

  private static Set<ScorecardKey> keysOf(Scorecard scorecard, Interaction i) {
    Set<ScorecardKey> keys = new LinkedHashSet<>();
    SegmentKey segment = scorecard.segmentation().keyOf(i);
    keys.add(ScorecardKey.whole());
    keys.add(ScorecardKey.of(segment));
    if (scorecard.periodUnit().isPresent()) {
      ReportingPeriod period = ReportingPeriod.containing(
          scorecard.periodUnit().get(), i.createdAt(), scorecard.zone().orElseThrow());
      keys.add(ScorecardKey.of(period, SegmentKey.all()));
      keys.add(ScorecardKey.of(period, segment));
    }
    return keys;
  }

  private static KpiValue kpi(KpiId kpi, Scorecard sc, List<Interaction> rows, List<Interaction> log,
      Optional<Instant> asOf) {
    switch (kpi) {
      case CONTACTS:
        return Count.of(rows.size());
      case HANDLED:
        return Count.of(count(rows, Interaction::isHandled));
      case ABANDONMENT_RATE:
        return share(rows, i -> true, i -> i.outcome() == Outcome.ABANDONED);
      case ASA_SECONDS:
        return mean(rows, Interaction::isHumanAnswered, Interaction::waitSeconds);
      case AHT_SECONDS:
        return mean(rows, i -> i.isHandled() && i.handledBy() != HandledBy.BOT, Interaction::handleTimeSeconds);
      case CSAT:
        return share(rows, i -> i.csat().isPresent(), i -> i.csat().getAsInt() >= 4);
      case CSAT_MEAN:
        return mean(rows, i -> i.csat().isPresent(), i -> i.csat().getAsInt());
      case NPS:
        return NetPromoterScore.of(
            count(rows, i -> i.nps().isPresent() && i.nps().getAsInt() >= 9),
            count(rows, i -> i.nps().isPresent() && i.nps().getAsInt() >= 7 && i.nps().getAsInt() <= 8),
            count(rows, i -> i.nps().isPresent() && i.nps().getAsInt() <= 6));
      case CES_MEAN:
        return mean(rows, i -> i.ces().isPresent(), i -> i.ces().getAsInt());
      case FCR:
        return share(rows, i -> eligible(sc, i, asOf),
            i -> (i.outcome() == Outcome.RESOLVED || i.outcome() == Outcome.BOT_CONTAINED) && !repeated(sc, i, log));
      case RECONTACT_RATE:
        return share(rows, i -> eligible(sc, i, asOf), i -> repeated(sc, i, log));
      case FCR_PENDING:
        return Count.of(count(rows, i -> i.isHandled() && !eligible(sc, i, asOf)));
      case ESCALATION_RATE:
        return share(rows, Interaction::isHandled, i -> i.outcome() == Outcome.ESCALATED);
      case CONTAINMENT_RATE:
        return share(rows, i -> i.handledBy() == HandledBy.BOT || i.handledBy() == HandledBy.BOT_TO_HUMAN,
            i -> i.outcome() == Outcome.BOT_CONTAINED);
      case DEFLECTION_RATE:
        return share(rows, Interaction::isHandled, i -> i.outcome() == Outcome.BOT_CONTAINED);
      case FRT_P50_SECONDS:
        return quantile(sc, rows, Interaction::isHumanAnswered, i -> frt(sc, i), 0.5);
      case FRT_P90_SECONDS:
        return quantile(sc, rows, Interaction::isHumanAnswered, i -> frt(sc, i), 0.9);
      case RESOLUTION_P50_SECONDS:
        return quantile(sc, rows, i -> i.resolutionTime().isPresent(), i -> i.resolutionTime().orElseThrow(), 0.5);
      case RESOLUTION_P90_SECONDS:
        return quantile(sc, rows, i -> i.resolutionTime().isPresent(), i -> i.resolutionTime().orElseThrow(), 0.9);
      case SLA_FIRST_RESPONSE: {
        long met = count(rows, i -> i.isHumanAnswered()
            && frt(sc, i).compareTo(sc.firstResponseTarget(i.channel())) <= 0);
        long denominator = count(rows, Interaction::isHumanAnswered)
            + count(rows, i -> i.outcome() == Outcome.ABANDONED
                && Duration.ofSeconds(i.waitSeconds()).compareTo(sc.firstResponseTarget(i.channel())) > 0);
        return Proportion.of(met, denominator);
      }
      case SERVICE_LEVEL: {
        long within = count(rows, i -> i.isHumanAnswered()
            && Duration.ofSeconds(i.waitSeconds()).compareTo(sc.serviceLevelThreshold()) <= 0);
        long denominator = count(rows, Interaction::isHumanAnswered)
            + count(rows, i -> i.outcome() == Outcome.ABANDONED
                && Duration.ofSeconds(i.waitSeconds()).compareTo(sc.shortAbandonThreshold()) >= 0);
        return Proportion.of(within, denominator);
      }
      case SERVICE_LEVEL_ANSWERED:
        return share(rows, Interaction::isHumanAnswered,
            i -> Duration.ofSeconds(i.waitSeconds()).compareTo(sc.serviceLevelThreshold()) <= 0);
      case QA_MEAN: {
        MeanAccumulator qa = new MeanAccumulator(6);
        rows.stream().filter(i -> i.qaPartner().isPresent()).forEach(i -> qa.add(i.qaPartner().getAsDouble()));
        return qa.snapshot();
      }
      case CALIBRATION_MAD:
        return calibration(sc, rows).meanAbsoluteDifference();
      case CALIBRATION_WITHIN_5:
        return calibration(sc, rows).withinTolerance();
      case REOPEN_RATE:
        return share(rows, i -> i.outcome() == Outcome.RESOLVED, i -> i.reopened() > 0);
      default:
        throw new AssertionError(kpi);
    }
  }

  /** answered_at − created_at, in calendar time or on the scorecard's business calendar. */
  static Duration frt(Scorecard sc, Interaction i) {
    return sc.firstResponseCalendar()
        .map(c -> c.businessTimeBetween(i.createdAt(), i.answeredAt().orElseThrow()))
        .orElseGet(() -> i.firstResponseTime().orElseThrow());
  }

  /** Handled, and its window closed by the as-of instant. */
  static boolean eligible(Scorecard sc, Interaction i, Optional<Instant> asOf) {
    return i.isHandled() && asOf.isPresent() && !i.createdAt().plus(sc.fcrWindow()).isAfter(asOf.get());
  }

  /** Any other interaction of the customer (and category) created in (created_at, created_at + window]. */
  static boolean repeated(Scorecard sc, Interaction i, List<Interaction> log) {
    Instant end = i.createdAt().plus(sc.fcrWindow());
    for (Interaction j : log) {
      if (j != i
          && j.customerId().equals(i.customerId())
          && (!sc.fcrSameCategory() || j.category().equals(i.category()))
          && j.createdAt().isAfter(i.createdAt())
          && !j.createdAt().isAfter(end)) {
        return true;
      }
    }
    return false;
  }

  private static long count(List<Interaction> rows, Predicate<Interaction> p) {
    return rows.stream().filter(p).count();
  }

  private static Proportion share(List<Interaction> rows, Predicate<Interaction> in, Predicate<Interaction> success) {
    List<Interaction> denominator = rows.stream().filter(in).collect(Collectors.toList());
    return Proportion.of(count(denominator, success), denominator.size());
  }

  private static Mean mean(List<Interaction> rows, Predicate<Interaction> in,
      java.util.function.ToLongFunction<Interaction> value) {
    List<Interaction> members = rows.stream().filter(in).collect(Collectors.toList());
    return Mean.of(members.size(), members.stream().mapToLong(value).sum());
  }

  /** quantile_cont of the whole seconds (the floor of each duration), or the sketch of them past the exact limit. */
  private static QuantileValue quantile(Scorecard sc, List<Interaction> rows, Predicate<Interaction> in,
      java.util.function.Function<Interaction, Duration> duration, double q) {
    long[] seconds = rows.stream().filter(in).map(duration).mapToLong(Duration::getSeconds).sorted().toArray();
    if (seconds.length > sc.quantileExactLimit()) {
      QuantileAccumulator sketch = new QuantileAccumulator(sc.quantileExactLimit());
      for (long s : seconds) {
        sketch.add(s);
      }
      return QuantileValue.of(sketch.snapshot(), q);
    }
    if (seconds.length == 0) {
      return QuantileValue.of(q, OptionalDouble.empty(), 0, true);
    }
    return QuantileValue.of(q, OptionalDouble.of(QuantileTest.quantileCont(seconds, q)), seconds.length, true);
  }

  private static Calibration calibration(Scorecard sc, List<Interaction> rows) {
    CalibrationAccumulator acc = new CalibrationAccumulator(sc.calibrationTolerance());
    rows.stream()
        .filter(i -> i.qaPartner().isPresent() && i.qaClient().isPresent())
        .forEach(i -> acc.add(i.qaPartner().getAsDouble(), i.qaClient().getAsDouble()));
    return acc.snapshot();
  }
}
