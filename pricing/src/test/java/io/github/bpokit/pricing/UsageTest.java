package io.github.bpokit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.testing.Generator;
import io.github.bpokit.testing.Generators;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class UsageTest {
  static final ReportingPeriod OCTOBER = ReportingPeriod.parse("2026-10", ZoneOffset.UTC);
  static final UsageRules SIX_SECONDS = UsageRules.defaults().withBillingIncrement(Duration.ofSeconds(6));

  static Interaction interaction(int i, Channel channel, Outcome outcome, long talk, long wrap, Double qa,
      int reopened) {
    Interaction.Builder builder = Interaction.builder();
    builder.interactionId("i" + i).customerId("c" + i).channel(channel).category(i % 2 == 0 ? "billing" : "orders")
        .createdAt(Instant.parse("2026-10-05T10:00:00Z").plusSeconds(i)).outcome(outcome).talkSeconds(talk)
        .wrapSeconds(wrap).reopened(reopened);
    if (outcome != Outcome.ABANDONED) {
      builder.answeredAt(Instant.parse("2026-10-05T10:00:00Z").plusSeconds(i + 1));
    }
    if (qa != null) {
      builder.qaPartner(qa);
    }
    return builder.build();
  }

  @Test
  void billsPerMinuteInSixSecondIncrements() {
    // a 31-second contact bills as 36 seconds in 6-second increments (the telecom "6/6" billing rule:
    // ceil(31 / 6) = 6 increments × 6 s = 36 s = 0.6 min); 36 s stays 36 s; 0 s bills as 0 s
    assertThat(SIX_SECONDS.billableSeconds(31, 0, 0)).isEqualTo(36);
    assertThat(SIX_SECONDS.billableSeconds(30, 0, 6)).isEqualTo(36);
    assertThat(SIX_SECONDS.billableSeconds(0, 0, 0)).isZero();
    assertThat(SIX_SECONDS.withWrapCap(Duration.ofSeconds(10)).billableSeconds(20, 5, 300)).isEqualTo(36);
    Usage usage = Usage.builder(OCTOBER).contacts(1).billableSeconds(36).build();
    assertThat(usage.billableMinutes()).isEqualByComparingTo("0.6");
  }

  @Test
  void derivesUsageFromInteractionsInOnePass() {
    UsageAccumulator accumulator = new UsageAccumulator(OCTOBER, SIX_SECONDS.withWrapCap(Duration.ofSeconds(30)));
    accumulator.add(interaction(0, Channel.VOICE, Outcome.RESOLVED, 31, 0, 90.0, 0)); // 36 s, QA pass
    accumulator.add(interaction(1, Channel.CHAT, Outcome.RESOLVED, 100, 60, 70.0, 2)); // 100 + 30 → 132 s, QA fail
    accumulator.add(interaction(2, Channel.CHAT, Outcome.ESCALATED, 60, 0, null, 0)); // 60 s
    accumulator.add(interaction(3, Channel.VOICE, Outcome.ABANDONED, 0, 0, null, 0)); // not handled
    accumulator.add(Interaction.builder().interactionId("late").customerId("c").channel(Channel.EMAIL)
        .category("orders").createdAt(Instant.parse("2026-11-01T00:00:00Z")).outcome(Outcome.RESOLVED).build());
    Usage usage = accumulator.snapshot();
    assertThat(usage.contacts()).isEqualTo(3);
    assertThat(usage.contactsByChannel()).containsExactly(Map.entry(Channel.VOICE, 1L), Map.entry(Channel.CHAT, 2L));
    assertThat(usage.contactsByCategory()).containsExactly(Map.entry("billing", 2L), Map.entry("orders", 1L));
    assertThat(usage.resolved()).isEqualTo(2);
    assertThat(usage.reopened()).isEqualTo(1);
    assertThat(usage.handleSeconds()).isEqualTo(31 + 160 + 60);
    assertThat(usage.billableSeconds()).isEqualTo(36 + 132 + 60);
    assertThat(usage.qaAudited()).isEqualTo(2);
    assertThat(usage.qaPassed()).isEqualTo(1);
    assertThat(usage.qaFailed()).isEqualTo(1);
    assertThat(usage.outsidePeriod()).isEqualTo(1);
    assertThat(usage.measure("resolved")).contains(BigDecimal.valueOf(2));
    assertThat(usage.summary())
        .isEqualTo("usage 2026-10: 3 contacts, 2 resolved, 1 re-opened, 3.8 billable minutes, QA 1/2 passed");
  }

  @Test
  void summarisesMinutesThatDoNotTerminateToTwoDecimalsWithTheExactSeconds() {
    // 1,975,448 s / 60 = 32,924.1333... min: written 32924.13 with the exact seconds beside it
    Usage usage = Usage.builder(OCTOBER).contacts(10).billableSeconds(1_975_448).build();
    assertThat(usage.summary()).isEqualTo(
        "usage 2026-10: 10 contacts, 0 resolved, 0 re-opened, 32924.13 (1975448 s) billable minutes, QA 0/0 passed");
  }

  @Test
  void takesAMeasureGivenLater() {
    Usage usage = Usage.builder(OCTOBER).contacts(10).resolved(8).measure("recovered_revenue", BigDecimal.TEN).build();
    Usage more = usage.withMeasure("confirmed_resolutions", BigDecimal.valueOf(7));
    assertThat(more.measure("confirmed_resolutions")).contains(BigDecimal.valueOf(7));
    assertThat(more.measure("recovered_revenue")).contains(BigDecimal.TEN);
    assertThat(more.withMeasure("recovered_revenue", BigDecimal.ONE).measure("recovered_revenue"))
        .contains(BigDecimal.ONE);
    assertThat(more.resolved()).isEqualTo(8);
    assertThat(usage.measure("confirmed_resolutions")).isEmpty();
    assertThatThrownBy(() -> usage.withMeasure("resolved", BigDecimal.ONE))
        .hasMessage("measure 'resolved' is built in; give it through its own field");
  }

  @Test
  void splitAndMergeEqualsOnePass() {
    // realistic logs from bpokit-testing: every channel, outcome and handled-by, QA scores, reopened contacts, and
    // contacts created after October (outside the period)
    Generator<List<Interaction>> logs = Generators.interactions()
        .between(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z")).qa(40).logs(0, 40);
    Gen<List<Interaction>> gen = in -> logs.next((min, max) -> in.next(Constraint.between(min, max)
        .withShrinkPoint(min)));
    QuickTheory.qt().withFixedSeed(7L).withExamples(100)
        .forAll(gen, integers().between(0, 40))
        .checkAssert((all, cut) -> {
          int split = Math.min(cut, all.size());
          UsageAccumulator left = new UsageAccumulator(OCTOBER, SIX_SECONDS);
          UsageAccumulator right = new UsageAccumulator(OCTOBER, SIX_SECONDS);
          all.subList(0, split).forEach(left::add);
          all.subList(split, all.size()).forEach(right::add);
          Usage onePass = all.stream().collect(UsageAccumulator.collector(OCTOBER, SIX_SECONDS));
          assertThat(right.merge(left).snapshot()).isEqualTo(onePass);
        });
  }

  @Test
  void checksItsCounts() {
    assertThatThrownBy(() -> Usage.builder(OCTOBER).contacts(5).resolved(6).build())
        .hasMessage("resolved (6) must not exceed contacts (5)");
    assertThatThrownBy(() -> Usage.builder(OCTOBER).contacts(5).qa(3, 4).build())
        .hasMessage("QA passed (4) must not exceed QA audited (3)");
    assertThatThrownBy(() -> Usage.builder(OCTOBER).contacts(-1).build())
        .hasMessage("contacts must not be negative: -1");
    assertThatThrownBy(() -> Usage.builder(OCTOBER).contacts(5).contacts(Channel.CHAT, 4).build())
        .hasMessage("contacts by channel sum to 4, not to the 5 contacts");
    assertThatThrownBy(() -> Usage.builder(OCTOBER).measure("resolved", BigDecimal.ONE).build())
        .hasMessage("measure 'resolved' is built in; give it through its own field");
    assertThatThrownBy(() -> new UsageAccumulator(OCTOBER, SIX_SECONDS)
        .merge(new UsageAccumulator(OCTOBER, UsageRules.defaults())))
        .hasMessage("cannot merge usage of 2026-10 (1 s increments, wrap uncapped, QA pass at 80) into usage of "
            + "2026-10 (6 s increments, wrap uncapped, QA pass at 80)");
    assertThatThrownBy(() -> UsageRules.defaults().withBillingIncrement(Duration.ofMillis(1500)))
        .hasMessage("billing increment must be a whole number of seconds, at least 1: PT1.5S");
    assertThatThrownBy(() -> UsageRules.defaults().withQaPassThreshold(101))
        .hasMessage("QA pass threshold must be in [0, 100]: 101.0");
  }

  @Test
  void valueSemanticsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(UsageRules.defaults(), UsageRules.defaults().withQaPassThreshold(80))
        .addEqualityGroup(SIX_SECONDS)
        .addEqualityGroup(SIX_SECONDS.withWrapCap(Duration.ofSeconds(30)))
        .addEqualityGroup(Usage.builder(OCTOBER).contacts(3).build(), Usage.builder(OCTOBER).contacts(3).build())
        .testEquals();
    NullPointerTester tester = new NullPointerTester().setDefault(ReportingPeriod.class, OCTOBER)
        .setDefault(UsageRules.class, SIX_SECONDS);
    tester.testAllPublicStaticMethods(Usage.class);
    tester.testAllPublicInstanceMethods(Usage.builder(OCTOBER).build());
    tester.testAllPublicInstanceMethods(Usage.builder(OCTOBER));
    tester.testAllPublicInstanceMethods(SIX_SECONDS);
    tester.testAllPublicStaticMethods(UsageAccumulator.class);
    tester.testAllPublicConstructors(UsageAccumulator.class);
    tester.testAllPublicInstanceMethods(new UsageAccumulator(OCTOBER, SIX_SECONDS));
  }
}
