package io.github.bpokit.benchmarks;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to evaluate the SLA timers of 1 million precomputed ticket timelines (6.0 events each on average) against 3
 * policies, on one thread; one operation is the whole million:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SlaBenchmark -f 1 -wi 3 -i 5 -w 1 -r 2
 * </pre>
 *
 * <p>The policies: email on a Berlin office calendar with 40 holidays (all six metrics, per-priority targets), chat
 * and WhatsApp on 24x7 (first reply, next reply, resolution), and a catch-all on a New York split-day calendar
 * (first reply, requester wait, resolution). Timelines start in 2026: CREATED, a first reply, pending and a customer
 * answer with a reopen of the status, a second reply, a solve; some with a priority change, a reopen or a close, some
 * still open. The setup evaluates every ticket four times before JMH's own warmup, so that the JIT has compiled the
 * evaluation before the first measured operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SlaBenchmark {
  static final int TICKETS = 1_000_000;

  private static final String BERLIN_HOLIDAYS =
      "2024-01-01,2024-03-08,2024-03-29,2024-04-01,2024-05-01,2024-05-09,2024-05-20,2024-10-03,2024-12-25,"
          + "2024-12-26,2025-01-01,2025-03-08,2025-04-18,2025-04-21,2025-05-01,2025-05-29,2025-06-09,2025-10-03,"
          + "2025-12-25,2025-12-26,2026-01-01,2026-03-08,2026-04-03,2026-04-06,2026-05-01,2026-05-14,2026-05-25,"
          + "2026-10-03,2026-12-25,2026-12-26,2027-01-01,2027-03-08,2027-03-26,2027-03-29,2027-05-01,2027-05-06,"
          + "2027-05-17,2027-10-03,2027-12-25,2027-12-26";

  private SlaClock clock;
  private Ticket[] tickets;
  private Instant asOf;
  /** Events per ticket, on average, for the report. */
  public double eventsPerTicket;

  @Setup
  public void setUp() {
    BusinessCalendar berlin = BusinessCalendar.parse("tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays "
        + BERLIN_HOLIDAYS + "; closed 2026-12-24 12:00-24:00");
    BusinessCalendar newYork = BusinessCalendar.parse(
        "tz=America/New_York; Mon-Fri 08:00-12:00,13:00-18:00; Sat 10:00-14:00; holidays 2026-11-26,2026-12-25");
    clock = SlaClock.builder()
        .policy(SlaPolicy.builder("email").channels(Channel.EMAIL).calendar(berlin)
            .target(SlaMetric.FIRST_REPLY, Duration.ofHours(8))
            .target(SlaMetric.FIRST_REPLY, Priority.HIGH, Duration.ofHours(4))
            .target(SlaMetric.FIRST_REPLY, Priority.URGENT, Duration.ofHours(1))
            .target(SlaMetric.NEXT_REPLY, Duration.ofHours(8))
            .target(SlaMetric.PERIODIC_UPDATE, Duration.ofHours(16))
            .target(SlaMetric.REQUESTER_WAIT, Duration.ofHours(24))
            .target(SlaMetric.AGENT_WORK, Duration.ofHours(16))
            .target(SlaMetric.RESOLUTION, Duration.ofHours(40))
            .build())
        .policy(SlaPolicy.builder("chat").channels(Channel.CHAT, Channel.WHATSAPP)
            .target(SlaMetric.FIRST_REPLY, Duration.ofMinutes(5))
            .target(SlaMetric.NEXT_REPLY, Duration.ofMinutes(10))
            .target(SlaMetric.RESOLUTION, Duration.ofHours(24))
            .build())
        .policy(SlaPolicy.builder("default").calendar(newYork)
            .target(SlaMetric.FIRST_REPLY, Duration.ofHours(4))
            .target(SlaMetric.REQUESTER_WAIT, Duration.ofHours(16))
            .target(SlaMetric.RESOLUTION, Duration.ofHours(32))
            .build())
        .build();
    SplittableRandom r = new SplittableRandom(42);
    Channel[] channels = Channel.values();
    Priority[] priorities = Priority.values();
    long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    tickets = new Ticket[TICKETS];
    long events = 0;
    for (int i = 0; i < TICKETS; i++) {
      Instant at = Instant.ofEpochSecond(start + r.nextLong(330L * 86_400));
      Ticket.Builder b = Ticket.builder("T-" + i)
          .channel(channels[r.nextInt(channels.length)])
          .priority(priorities[r.nextInt(priorities.length)])
          .category("billing")
          .created(at);
      int shape = r.nextInt(10);
      at = later(r, at);
      b.agentReply(at);
      if (shape == 0) {
        b.priorityChanged(at, Priority.URGENT);
      }
      if (shape < 8) {
        b.statusChanged(at, TicketStatus.PENDING);
        at = later(r, at);
        b.customerMessage(at);
        b.statusChanged(at, TicketStatus.OPEN);
        at = later(r, at);
        if (shape < 6) {
          b.agentReply(at);
        }
      }
      if (shape < 9) {
        b.statusChanged(later(r, at), TicketStatus.SOLVED);
      }
      Ticket t = b.build();
      events += t.events().size();
      tickets[i] = t;
    }
    eventsPerTicket = (double) events / TICKETS;
    asOf = Instant.parse("2026-06-01T00:00:00Z");
    // One operation takes long (a million tickets), so a short warmup runs only a few of them: let the JIT compile
    // the evaluation here, where it costs no measured time.
    long results = 0;
    for (int pass = 0; pass < 4; pass++) {
      for (Ticket t : tickets) {
        results += clock.evaluate(t).results().size() + clock.evaluate(t, asOf).results().size();
      }
    }
    if (results == 0) {
      throw new IllegalStateException("no timer results");
    }
  }

  private static Instant later(SplittableRandom r, Instant at) {
    return at.plusSeconds(r.nextInt(4) == 0 ? r.nextLong(3 * 86_400) : r.nextLong(4 * 3600));
  }

  /** Evaluates every ticket at its final state (as of its last event). */
  @Benchmark
  public void evaluateFinal(Blackhole bh) {
    SlaClock c = clock;
    for (Ticket t : tickets) {
      bh.consume(c.evaluate(t));
    }
  }

  /** Evaluates every ticket as of one instant: later events ignored, open timers measured up to it. */
  @Benchmark
  public void evaluateAsOf(Blackhole bh) {
    SlaClock c = clock;
    Instant instant = asOf;
    for (Ticket t : tickets) {
      bh.consume(c.evaluate(t, instant));
    }
  }
}
