package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import io.github.bpokit.core.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Occupancy and utilization, attrition and backlog: worked examples, edge cases and merge laws. */
class WorkforceKpiTest {
  private static final Instant T = Instant.parse("2026-10-31T18:00:00Z");

  // ---- occupancy and utilization ----

  @Test
  void occupancyAndUtilization() {
    AgentTime day = AgentTime.of(23_400, 27_000, 28_800); // 6.5 h handling, 7.5 h available, 8 h paid
    assertThat(day.occupancy()).isEqualTo(Ratio.of(23_400, 27_000));
    assertThat(day.occupancy().value().getAsDouble()).isCloseTo(0.866_666, within(1e-6));
    assertThat(day.utilization().value()).hasValue(0.8125);
    assertThat(day.occupancy().interval()).isEmpty();
    assertThat(day.occupancy().sampleSize()).isEqualTo(27_000);
    assertThat(AgentTime.of(0, 0, 0).occupancy().value()).isEmpty();
    assertThat(AgentTime.of(0, 0, 0).utilization().value()).isEmpty();
    assertThatThrownBy(() -> AgentTime.of(100, 90, 200)).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> AgentTime.of(100, 200, 90)).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> AgentTime.of(-1, 0, 0)).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> Ratio.of(1, -1)).hasMessageContaining(">= 0");

    AgentTimeAccumulator team = new AgentTimeAccumulator();
    team.add(23_400, 27_000, 28_800);
    team.add(20_000, 25_000, 28_800);
    assertThat(team.snapshot()).isEqualTo(AgentTime.of(43_400, 52_000, 57_600));
    assertThat(team.snapshot().occupancy().value().getAsDouble()).isCloseTo(43_400.0 / 52_000, within(1e-15));
    assertThat(team.toString()).contains("43400");
  }

  @Test
  void agentTimeMergeLaws() {
    Gen<AgentTime> times = longs().between(0, 10_000).zip(longs().between(0, 10_000), longs().between(0, 10_000),
        (h, idle, aux) -> AgentTime.of(h, h + idle, h + idle + aux));
    qt().withFixedSeed(1L).withExamples(200)
        .forAll(lists().of(times).ofSizeBetween(0, 30), doubles().between(0, 1), doubles().between(0, 1),
            longs().all())
        .checkAssert(MergeLaws.<AgentTime, AgentTimeAccumulator, AgentTime>of(
            AgentTimeAccumulator::new, AgentTimeAccumulator::add)::check);
  }

  // ---- attrition ----

  @Test
  void attrition() {
    Attrition q3 = Attrition.of(12, 100, 96, 3);
    assertThat(q3.averageHeadcount()).hasValue(98.0);
    assertThat(q3.value().getAsDouble()).isCloseTo(12.0 / 98, within(1e-15));
    assertThat(q3.annualized().getAsDouble()).isCloseTo(12.0 / 98 * 4, within(1e-15));
    assertThat(q3.sampleSize()).isEqualTo(3);
    assertThat(q3.months()).isEqualTo(3);
    assertThat(q3.leavers()).isEqualTo(12);
    assertThat(q3.interval()).isEmpty();

    AttritionAccumulator acc = new AttritionAccumulator();
    acc.addMonth(YearMonth.of(2026, 7), 100, 98, 4);
    acc.addMonth(YearMonth.of(2026, 8), 98, 97, 3);
    acc.addMonth(YearMonth.of(2026, 9), 97, 96, 5);
    Attrition quarter = acc.snapshot();
    // average headcount (99 + 97.5 + 96.5) / 3 = 97.666...; 12 leavers
    assertThat(quarter.averageHeadcount().getAsDouble()).isCloseTo(586.0 / 6, within(1e-12));
    assertThat(quarter.value().getAsDouble()).isCloseTo(12 / (586.0 / 6), within(1e-15));
    assertThat(quarter.annualized().getAsDouble()).isCloseTo(12 / (586.0 / 6) * 12 / 3, within(1e-15));

    // a second site reporting the same months adds headcount, not months
    AttritionAccumulator site2 = new AttritionAccumulator();
    site2.addMonth(YearMonth.of(2026, 7), 50, 50, 1);
    Attrition both = new AttritionAccumulator().merge(acc).merge(site2).snapshot();
    assertThat(both.months()).isEqualTo(3);
    assertThat(both.leavers()).isEqualTo(13);
    assertThat(both.averageHeadcount().getAsDouble()).isCloseTo(686.0 / 6, within(1e-12));

    Attrition none = new AttritionAccumulator().snapshot();
    assertThat(none.value()).isEmpty();
    assertThat(none.annualized()).isEmpty();
    assertThat(none.averageHeadcount()).isEmpty();
    assertThat(Attrition.of(3, 0, 0, 1).value()).isEmpty(); // nobody employed: no rate
    assertThat(Attrition.of(3, 2, 2, 1).value()).hasValue(1.5); // attrition can exceed 100%
    assertThatThrownBy(() -> Attrition.of(1, 10, 10, 0)).hasMessageContaining("months");
    assertThatThrownBy(() -> acc.addMonth(YearMonth.of(2026, 10), -1, 0, 0)).hasMessageContaining("-1");
    new EqualsTester()
        .addEqualityGroup(q3, Attrition.of(12, 96, 100, 3), SerializableTester.reserialize(q3))
        .addEqualityGroup(Attrition.of(12, 100, 96, 2))
        .addEqualityGroup(Attrition.of(11, 100, 96, 3))
        .addEqualityGroup(none)
        .testEquals();
    assertThat(q3.toString()).contains("averageHeadcount=98.0");
    new NullPointerTester().testAllPublicInstanceMethods(acc);
  }

  @Test
  void attritionMergeLaws() {
    Gen<long[]> months = integers().between(0, 5).zip(longs().between(0, 200), longs().between(0, 200),
        longs().between(0, 20), (m, open, close, leavers) -> new long[] {m, open, close, leavers});
    qt().withFixedSeed(2L).withExamples(200)
        .forAll(lists().of(months).ofSizeBetween(0, 20), doubles().between(0, 1), doubles().between(0, 1),
            longs().all())
        .checkAssert(MergeLaws.<long[], AttritionAccumulator, Attrition>of(AttritionAccumulator::new,
            (acc, m) -> acc.addMonth(YearMonth.of(2026, 1 + (int) m[0]), m[1], m[2], m[3]))::check);
  }

  // ---- backlog ----

  @Test
  void backlog() {
    BacklogAccumulator acc = new BacklogAccumulator(T, Duration.ofDays(2));
    acc.add(T.minusSeconds(60), Optional.empty());                     // 1 min: [0, 1 h)
    acc.add(T.minus(Duration.ofHours(1)), Optional.empty());           // exactly 1 h: [1 h, 4 h)
    acc.add(T.minus(Duration.ofDays(2)), Optional.of(T.plusSeconds(1))); // 2 d, ends after t: open, not past due
    acc.add(T.minus(Duration.ofDays(2)).minusNanos(1), Optional.empty()); // just past due
    acc.add(T.minus(Duration.ofDays(10)), Optional.empty());           // [7 d, ∞)
    acc.add(T.minus(Duration.ofDays(3)), Optional.of(T));              // ended at t: not open
    acc.add(T.plusSeconds(1), Optional.empty());                       // created after t: not part of it
    acc.add(T, Optional.empty());                                      // created at t: open, age 0
    Backlog backlog = acc.snapshot();
    assertThat(backlog.at()).isEqualTo(T);
    assertThat(backlog.dueAge()).isEqualTo(Duration.ofDays(2));
    assertThat(backlog.open()).isEqualTo(Count.of(6));
    assertThat(backlog.pastDue()).isEqualTo(Proportion.of(2, 6));
    assertThat(backlog.oldestAge()).contains(Duration.ofDays(10));
    assertThat(backlog.buckets()).containsExactly(
        new Backlog.Bucket(Duration.ZERO, Optional.of(Duration.ofHours(1)), 2),
        new Backlog.Bucket(Duration.ofHours(1), Optional.of(Duration.ofHours(4)), 1),
        new Backlog.Bucket(Duration.ofHours(4), Optional.of(Duration.ofDays(1)), 0),
        new Backlog.Bucket(Duration.ofDays(1), Optional.of(Duration.ofDays(3)), 2),
        new Backlog.Bucket(Duration.ofDays(3), Optional.of(Duration.ofDays(7)), 0),
        new Backlog.Bucket(Duration.ofDays(7), Optional.empty(), 1));

    Backlog empty = new BacklogAccumulator(T, Duration.ZERO, List.of()).snapshot();
    assertThat(empty.open()).isEqualTo(Count.of(0));
    assertThat(empty.pastDue().value()).isEmpty();
    assertThat(empty.oldestAge()).isEmpty();
    assertThat(empty.buckets()).containsExactly(new Backlog.Bucket(Duration.ZERO, Optional.empty(), 0));

    Interaction open = Interaction.builder().from(ScorecardGoldenTest.LOG.get(0)).endedAt(Optional.empty()).build();
    BacklogAccumulator fromInteractions = new BacklogAccumulator(Instant.parse("2026-10-06T09:00:00Z"),
        Duration.ofHours(12), List.of(Duration.ofHours(1)));
    fromInteractions.add(open);
    fromInteractions.add(ScorecardGoldenTest.LOG.get(1)); // ended 10-05 10:10
    assertThat(fromInteractions.snapshot().pastDue()).isEqualTo(Proportion.of(1, 1));

    assertThatThrownBy(() -> new BacklogAccumulator(T, Duration.ofSeconds(-1))).hasMessageContaining("due age");
    assertThatThrownBy(() -> new BacklogAccumulator(T, Duration.ZERO, List.of(Duration.ofHours(2),
        Duration.ofHours(1)))).hasMessageContaining("increasing");
    assertThatThrownBy(() -> new BacklogAccumulator(T, Duration.ZERO, List.of(Duration.ZERO)))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> acc.merge(new BacklogAccumulator(T, Duration.ofDays(1))))
        .hasMessageContaining("cannot merge");
    new EqualsTester()
        .addEqualityGroup(backlog, SerializableTester.reserialize(backlog), acc.snapshot())
        .addEqualityGroup(empty)
        .testEquals();
    assertThat(backlog.toString()).contains("open=6");
    NullPointerTester nulls = new NullPointerTester()
        .setDefault(Instant.class, T)
        .setDefault(Duration.class, Duration.ofHours(1))
        .setDefault(Interaction.class, ScorecardGoldenTest.LOG.get(0));
    nulls.testAllPublicConstructors(BacklogAccumulator.class);
    nulls.testAllPublicInstanceMethods(acc);
    nulls.testAllPublicInstanceMethods(backlog);
  }

  @Test
  void backlogMergeLaws() {
    Gen<Instant[]> contacts = longs().between(-20 * 86_400, 86_400).zip(longs().between(-1, 20 * 86_400),
        (created, duration) -> new Instant[] {T.plusSeconds(created),
            duration < 0 ? null : T.plusSeconds(created + duration)});
    qt().withFixedSeed(3L).withExamples(200)
        .forAll(lists().of(contacts).ofSizeBetween(0, 30), doubles().between(0, 1), doubles().between(0, 1),
            longs().all())
        .checkAssert(MergeLaws.<Instant[], BacklogAccumulator, Backlog>of(
            () -> new BacklogAccumulator(T, Duration.ofDays(2)),
            (acc, c) -> acc.add(c[0], Optional.ofNullable(c[1])))::check);
  }
}
