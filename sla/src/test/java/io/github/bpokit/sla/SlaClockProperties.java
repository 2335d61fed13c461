package io.github.bpokit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Laws of the timers over random valid timelines, clocks and instants. */
class SlaClockProperties {
  private static final long SEED = 20261123L;
  private static final int EXAMPLES = 3000;

  private static Instant between(Ticket t, int permille) {
    Instant from = t.createdAt().minusSeconds(3600);
    Instant to = t.lastEventAt().plusSeconds(3 * 86_400);
    long span = Duration.between(from, to).getSeconds();
    return from.plusSeconds(span * permille / 1000);
  }

  @Test
  void everyTimerHasOneStatusAndTheCountsAddUp() {
    Map<TimerStatus, Long> seen = new EnumMap<>(TimerStatus.class);
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), longs().all(), integers().between(0, 1000))
        .checkAssert((ticketSeed, clockSeed, permille) -> {
          Ticket t = Timelines.ticket(ticketSeed, 12);
          SlaClock clock = Timelines.clock(clockSeed);
          TicketEvaluation e = clock.evaluate(t, between(t, permille));
          SlaAdherenceAccumulator acc = new SlaAdherenceAccumulator();
          acc.add(e);
          SlaAdherence a = acc.snapshot();
          Map<SlaMetric, Long> perMetric = new EnumMap<>(SlaMetric.class);
          e.results().forEach(r -> perMetric.merge(r.metric(), 1L, Long::sum));
          long total = 0;
          for (SlaMetric m : SlaMetric.values()) {
            TimerCounts c = a.counts(m);
            assertThat(c.achieved() + c.breached() + c.running() + c.paused())
                .isEqualTo(c.timers()).isEqualTo(perMetric.getOrDefault(m, 0L));
            total += c.timers();
          }
          assertThat(total).isEqualTo(e.results().size());
          e.results().forEach(r -> seen.merge(r.status(), 1L, Long::sum));
          assertThat(a.tickets()).isEqualTo(e.isCreated() ? 1 : 0);
          assertThat(a.unmatched()).isEqualTo(e.isCreated() && !e.isMatched() ? 1 : 0);
        });
    // the generator reaches every status, often
    assertThat(seen).allSatisfy((status, n) -> assertThat(n).as("%s", status).isGreaterThan(EXAMPLES / 20));
    assertThat(seen).hasSize(4);
  }

  @Test
  void elapsedBusinessTimeNeverExceedsCalendarTimeAndStatusesAreConsistent() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), longs().all(), integers().between(0, 1000))
        .checkAssert((ticketSeed, clockSeed, permille) -> {
          Ticket t = Timelines.ticket(ticketSeed, 12);
          SlaClock clock = Timelines.clock(clockSeed);
          Instant asOf = between(t, permille);
          TicketEvaluation e = clock.evaluate(t, asOf);
          for (TimerResult r : e.results()) {
            Instant end = r.stoppedAt().orElse(asOf);
            assertThat(r.startedAt()).isBeforeOrEqualTo(end);
            assertThat(r.elapsed()).as("%s", r).isBetween(Duration.ZERO, Duration.between(r.startedAt(), end));
            assertThat(r.elapsed()).isLessThanOrEqualTo(
                e.policy().orElseThrow().calendar().businessTimeBetween(r.startedAt(), end));
            assertThat(r.remaining()).isEqualTo(r.target().minus(r.elapsed()));
            assertThat(r.status() == TimerStatus.BREACHED).as("%s", r)
                .isEqualTo(r.elapsed().compareTo(r.target()) > 0);
            assertThat(r.status() == TimerStatus.ACHIEVED).isEqualTo(r.isStopped() && r.status() != TimerStatus.BREACHED);
            boolean open = r.status() == TimerStatus.RUNNING || r.status() == TimerStatus.PAUSED;
            if (open) {
              assertThat(r.isStopped()).isFalse();
            }
            assertThat(r.isAtRisk()).isEqualTo(open
                && r.remaining().toNanos() <= clock.atRiskShare() * r.target().toNanos());
            assertThat(r.due().isPresent()).isEqualTo(r.status() != TimerStatus.PAUSED);
            if (r.status() == TimerStatus.RUNNING && !r.remaining().isZero()) {
              Instant due = r.due().orElseThrow();
              assertThat(e.policy().orElseThrow().calendar().businessTimeBetween(asOf, due))
                  .isEqualTo(r.remaining());
              assertThat(r.breachedAt()).contains(due);
            }
            if (r.status() == TimerStatus.BREACHED) {
              Instant breach = r.breachedAt().orElseThrow();
              assertThat(breach).isBetween(r.startedAt(), end);
            } else if (r.status() != TimerStatus.RUNNING) {
              assertThat(r.breachedAt()).isEmpty();
            }
          }
        });
  }

  @Test
  void theFinalEvaluationIsTheEvaluationAsOfTheLastEvent() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), longs().all())
        .checkAssert((ticketSeed, clockSeed) -> {
          Ticket t = Timelines.ticket(ticketSeed, 12);
          SlaClock clock = Timelines.clock(clockSeed);
          TicketEvaluation last = clock.evaluate(t, t.lastEventAt());
          assertThat(clock.evaluate(t)).isEqualTo(last).hasSameHashCodeAs(last);
          assertThat(clock.evaluate(t).asOf()).isEqualTo(t.lastEventAt());
        });
  }

  @Test
  void eventsAfterTheInstantChangeNothing() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), longs().all(), integers().between(0, 1000))
        .checkAssert((ticketSeed, clockSeed, permille) -> {
          Ticket t = Timelines.ticket(ticketSeed, 12);
          SlaClock clock = Timelines.clock(clockSeed);
          Instant asOf = between(t, permille);
          if (asOf.isBefore(t.createdAt())) {
            assertThat(clock.evaluate(t, asOf).isCreated()).isFalse();
            return;
          }
          TicketEvaluation full = clock.evaluate(t, asOf);
          TicketEvaluation prefix = clock.evaluate(Timelines.prefix(t, asOf), asOf);
          assertThat(full.results()).isEqualTo(prefix.results());
          assertThat(full.status()).isEqualTo(prefix.status());
          assertThat(full.priority()).isEqualTo(prefix.priority());
        });
  }

  @Test
  void timersOnlyMoveForward() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), longs().all(), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((ticketSeed, clockSeed, p1, p2) -> {
          Ticket t = Timelines.ticket(ticketSeed, 12);
          SlaClock clock = Timelines.clock(clockSeed);
          TicketEvaluation early = clock.evaluate(t, between(t, Math.min(p1, p2)));
          TicketEvaluation late = clock.evaluate(t, between(t, Math.max(p1, p2)));
          for (TimerResult before : early.results()) {
            Optional<TimerResult> after = late.results(before.metric()).stream()
                .filter(r -> r.cycle() == before.cycle()).findFirst();
            assertThat(after).as("%s", before).isPresent();
            TimerResult r = after.orElseThrow();
            assertThat(r.elapsed()).isGreaterThanOrEqualTo(before.elapsed());
            assertThat(r.startedAt()).isEqualTo(before.startedAt());
            if (before.status() == TimerStatus.BREACHED) {
              assertThat(r.status()).isEqualTo(TimerStatus.BREACHED);
              assertThat(r.breachedAt()).isEqualTo(before.breachedAt());
            }
            if (before.isStopped() && !before.metric().resumesAfterReopen()) {
              assertThat(r).isEqualTo(before);
            }
          }
        });
  }

  @Test
  void onA24x7CalendarTheElapsedTimeOfUnpausedTimersIsCalendarTime() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(0, 1000))
        .checkAssert((ticketSeed, permille) -> {
          Ticket t = Timelines.ticket(ticketSeed, 12);
          SlaClock clock = SlaClock.builder().policy(SlaPolicy.builder("24x7")
              .target(SlaMetric.FIRST_REPLY, Duration.ofHours(1))
              .target(SlaMetric.NEXT_REPLY, Duration.ofHours(1))
              .target(SlaMetric.PERIODIC_UPDATE, Duration.ofHours(1))
              .target(SlaMetric.RESOLUTION, Duration.ofHours(1)).build()).build();
          Instant asOf = between(t, permille);
          TicketEvaluation e = clock.evaluate(t, asOf);
          boolean reopened = t.events().stream().anyMatch(ev -> ev.type() == TicketEventType.REOPENED
              && !ev.at().isAfter(asOf));
          for (TimerResult r : e.results()) {
            if (r.metric() != SlaMetric.RESOLUTION || !reopened) {
              assertThat(r.elapsed()).isEqualTo(Duration.between(r.startedAt(), r.stoppedAt().orElse(asOf)));
            }
          }
        });
  }
}
