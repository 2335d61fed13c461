package io.github.bpokit.sla;

import static io.github.bpokit.sla.T.at;
import static io.github.bpokit.sla.T.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.SerializableTester;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.kpi.Proportion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlaAdherenceTest {
  final SlaClock clock = SlaClock.builder()
      .policy(SlaPolicy.builder("email").channels(Channel.EMAIL).calendar(T.OFFICE)
          .target(SlaMetric.FIRST_REPLY, h(4)).target(SlaMetric.RESOLUTION, h(8)).build())
      .policy(SlaPolicy.builder("chat").channels(Channel.CHAT).target(SlaMetric.FIRST_REPLY, h(1)).build())
      .build();

  List<TicketEvaluation> sample() {
    List<TicketEvaluation> list = new ArrayList<>();
    list.add(clock.evaluate(T.ticket("E-1", "2026-10-05T09:00").agentReply(at("2026-10-05T10:00"))
        .statusChanged(at("2026-10-05T12:00"), TicketStatus.SOLVED).build())); // both achieved
    list.add(clock.evaluate(T.ticket("E-2", "2026-10-05T09:00").priority(Priority.HIGH)
        .agentReply(at("2026-10-05T14:00")).build())); // first reply breached, resolution running at risk
    list.add(clock.evaluate(Ticket.builder("C-1").channel(Channel.CHAT).category("billing")
        .created(at("2026-10-05T09:00")).agentReply(at("2026-10-05T09:30")).build())); // achieved
    list.add(clock.evaluate(Ticket.builder("V-1").channel(Channel.VOICE).created(at("2026-10-05T09:00"))
        .build())); // unmatched
    list.add(clock.evaluate(Ticket.builder("V-0").channel(Channel.VOICE).created(at("2026-10-05T09:00"))
        .build())); // unmatched
    list.add(clock.evaluate(T.ticket("E-3", "2026-10-06T09:00").build(), at("2026-10-05T12:00"))); // not created
    return list;
  }

  @Test
  void countsPerMetricAndSegment() {
    SlaAdherenceAccumulator acc = new SlaAdherenceAccumulator(Segmentation.parse("channel"));
    sample().forEach(acc::add);
    SlaAdherence a = acc.snapshot();
    assertThat(a.tickets()).isEqualTo(5);
    assertThat(a.unmatched()).isEqualTo(2);
    assertThat(a.unmatchedTicketIds()).containsExactly("V-0", "V-1");
    assertThat(a.counts(SlaMetric.FIRST_REPLY)).isEqualTo(new TimerCounts(2, 1, 0, 0, 0));
    assertThat(a.adherence(SlaMetric.FIRST_REPLY)).isEqualTo(Proportion.of(2, 3));
    assertThat(a.counts(SlaMetric.RESOLUTION)).isEqualTo(new TimerCounts(1, 0, 1, 0, 0)); // 3 h left of 8 h
    assertThat(a.adherence(SlaMetric.NEXT_REPLY).isEmpty()).isTrue();
    SegmentKey email = SegmentKey.of(Dimension.CHANNEL, "EMAIL");
    SegmentKey voice = SegmentKey.of(Dimension.CHANNEL, "VOICE");
    assertThat(a.segments()).containsExactly(SegmentKey.all(), voice, email, SegmentKey.of(Dimension.CHANNEL,
        "CHAT"));
    assertThat(a.adherence(email, SlaMetric.FIRST_REPLY)).isEqualTo(Proportion.of(1, 2));
    assertThat(a.tickets(email)).isEqualTo(2);
    assertThat(a.unmatched(voice)).isEqualTo(2);
    assertThat(a.counts(SegmentKey.of(Dimension.CHANNEL, "SOCIAL"), SlaMetric.FIRST_REPLY))
        .isEqualTo(TimerCounts.zero());
    assertThat(a.tickets(SegmentKey.of(Dimension.CHANNEL, "SOCIAL"))).isZero();
    assertThat(a.segmentation()).isEqualTo(Segmentation.parse("channel"));
    assertThat(a).hasToString("SlaAdherence{channel: 5 tickets, 2 unmatched, first_reply 2/3, resolution 1/1}");
    assertThat(acc).hasToString("SlaAdherenceAccumulator{channel: 4 segments, 5 tickets}");
  }

  @Test
  void segmentsByEveryTicketDimension() {
    SlaAdherence a = sample().stream().collect(
        SlaAdherenceAccumulator.toAdherence(Segmentation.parse("vendor,category,priority,channel")));
    assertThat(a.segments()).extracting(SegmentKey::label).containsExactly("*", "(none)|(none)|NORMAL|VOICE",
        "(none)|(none)|NORMAL|EMAIL", "(none)|(none)|HIGH|EMAIL", "(none)|billing|NORMAL|CHAT");
    assertThatThrownBy(() -> new SlaAdherenceAccumulator(Segmentation.parse("channel,tier")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tickets are segmented by channel, category, priority and vendor, not by tier");
    assertThatThrownBy(() -> SlaAdherenceAccumulator.toAdherence(Segmentation.parse("agent")))
        .hasMessage("tickets are segmented by channel, category, priority and vendor, not by agent");
    assertThatThrownBy(() -> sample().get(0).value(Dimension.LANGUAGE))
        .hasMessage("tickets are segmented by channel, category, priority and vendor, not by language");
    assertThatThrownBy(() -> new SlaAdherenceAccumulator().merge(new SlaAdherenceAccumulator(
        Segmentation.parse("channel"))))
        .hasMessage("cannot merge adherence by * with adherence by channel");
  }

  @Test
  void timerCountsAreChecked() {
    assertThatThrownBy(() -> new TimerCounts(1, 1, 1, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timer counts must not be negative and at risk at most running + paused: 1, 1, 1, 1, 3");
    assertThatThrownBy(() -> new TimerCounts(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new TimerCounts(3, 1, 2, 2, 1).timers()).isEqualTo(8);
    assertThat(new TimerCounts(3, 1, 2, 2, 1).adherence()).isEqualTo(Proportion.of(3, 4));
  }

  /** Split anywhere and merge = one pass, in any order; empty is the identity; survives serialization. */
  @Test
  void mergeLaws() {
    qt().withFixedSeed(20261123L).withExamples(300)
        .forAll(longs().all(), integers().between(0, 40), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert((seed, n, cut1, cut2) -> {
          Random random = new Random(seed);
          SlaClock c = Timelines.clock(seed);
          List<TicketEvaluation> input = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            input.add(c.evaluate(Timelines.ticket(random.nextLong(), 8)));
          }
          Segmentation by = Segmentation.parse(List.of("channel", "priority", "category,vendor", "*")
              .get(random.nextInt(4)));
          int i = (int) Math.round(cut1 * n);
          int j = (int) Math.round(cut2 * n);
          int lo = Math.min(i, j);
          int hi = Math.max(i, j);
          SlaAdherence whole = accumulate(by, input).snapshot();
          SlaAdherenceAccumulator a = accumulate(by, input.subList(0, lo));
          SlaAdherenceAccumulator b = accumulate(by, input.subList(lo, hi));
          SlaAdherenceAccumulator d = accumulate(by, input.subList(hi, n));
          assertThat(accumulate(by, input.subList(0, lo)).merge(accumulate(by, input.subList(lo, n))).snapshot())
              .isEqualTo(whole).hasSameHashCodeAs(whole);
          assertThat(accumulate(by, input.subList(lo, n)).merge(accumulate(by, input.subList(0, lo))).snapshot())
              .isEqualTo(whole);
          assertThat(a.merge(b.merge(d)).snapshot()).isEqualTo(whole);
          assertThat(new SlaAdherenceAccumulator(by).merge(accumulate(by, input)).snapshot()).isEqualTo(whole);
          assertThat(accumulate(by, input).merge(new SlaAdherenceAccumulator(by)).snapshot()).isEqualTo(whole);
          List<TicketEvaluation> shuffled = new ArrayList<>(input);
          Collections.shuffle(shuffled, random);
          assertThat(accumulate(by, shuffled).snapshot()).isEqualTo(whole);
          SlaAdherenceAccumulator self = accumulate(by, input);
          assertThat(self.merge(self).snapshot()).isEqualTo(accumulate(by, input).merge(accumulate(by, input))
              .snapshot());
          assertThat(input.parallelStream().collect(SlaAdherenceAccumulator.toAdherence(by))).isEqualTo(whole);
          assertThat(SerializableTester.reserialize(whole)).isEqualTo(whole);
          SlaAdherenceAccumulator half = SerializableTester.reserialize(accumulate(by, input.subList(0, lo)));
          input.subList(lo, n).forEach(half::add);
          assertThat(half.snapshot()).isEqualTo(whole);
        });
  }

  private static SlaAdherenceAccumulator accumulate(Segmentation by, List<TicketEvaluation> input) {
    SlaAdherenceAccumulator acc = new SlaAdherenceAccumulator(by);
    input.forEach(acc::add);
    return acc;
  }
}
