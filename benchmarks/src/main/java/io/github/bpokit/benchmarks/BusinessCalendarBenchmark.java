package io.github.bpokit.benchmarks;

import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link BusinessCalendar} operations on one thread, over 4096 precomputed random instant pairs
 * (2024-2027, nanosecond precision, spans up to 90 days) and durations (up to 40 hours):
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BusinessCalendarBenchmark -f 1 -wi 3 -i 5 -w 1 -r 2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessCalendarBenchmark {
  private static final int N = 1 << 12;

  /** German public holidays 2024-2027 (Berlin). */
  private static final String BERLIN_HOLIDAYS =
      "2024-01-01,2024-03-08,2024-03-29,2024-04-01,2024-05-01,2024-05-09,2024-05-20,2024-10-03,2024-12-25,"
          + "2024-12-26,2025-01-01,2025-03-08,2025-04-18,2025-04-21,2025-05-01,2025-05-29,2025-06-09,2025-10-03,"
          + "2025-12-25,2025-12-26,2026-01-01,2026-03-08,2026-04-03,2026-04-06,2026-05-01,2026-05-14,2026-05-25,"
          + "2026-10-03,2026-12-25,2026-12-26,2027-01-01,2027-03-08,2027-03-26,2027-03-29,2027-05-01,2027-05-06,"
          + "2027-05-17,2027-10-03,2027-12-25,2027-12-26";

  @Param({"berlin-office-holidays", "24x7", "split-day-new-york", "night-shifts-utc"})
  private String kind;

  private BusinessCalendar calendar;
  private final Instant[] from = new Instant[N];
  private final Instant[] to = new Instant[N];
  private final Duration[] durations = new Duration[N];
  private int next;

  @Setup
  public void setUp() {
    switch (kind) {
      case "berlin-office-holidays":
        calendar =
            BusinessCalendar.parse(
                "tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays " + BERLIN_HOLIDAYS
                    + "; closed 2024-12-24 12:00-24:00; closed 2025-12-24 12:00-24:00; closed 2026-12-24 12:00-24:00");
        break;
      case "24x7":
        calendar = BusinessCalendar.TWENTY_FOUR_SEVEN;
        break;
      case "split-day-new-york":
        calendar =
            BusinessCalendar.parse(
                "tz=America/New_York; Mon-Fri 08:00-12:00,13:00-18:00; Sat 10:00-14:00; holidays 2025-11-27,"
                    + "2025-12-25,2026-11-26,2026-12-25");
        break;
      case "night-shifts-utc":
        calendar = BusinessCalendar.parse("Mon-Fri 08:00-16:00; Fri-Sun 20:00-08:00");
        break;
      default:
        throw new IllegalArgumentException("unknown calendar kind " + kind);
    }
    SplittableRandom r = new SplittableRandom(42);
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < N; i++) {
      from[i] = Instant.ofEpochSecond(start + r.nextLong(3 * 365 * 86_400L), r.nextInt(1_000_000_000));
      to[i] = from[i].plusSeconds(r.nextLong(90 * 86_400L)).plusNanos(r.nextInt(1_000_000_000));
      durations[i] = Duration.ofSeconds(r.nextLong(40 * 3600L));
    }
  }

  @Benchmark
  public Duration businessTimeBetween() {
    int i = next++ & (N - 1);
    return calendar.businessTimeBetween(from[i], to[i]);
  }

  @Benchmark
  public Instant plusBusinessTime() {
    int i = next++ & (N - 1);
    return calendar.plusBusinessTime(from[i], durations[i]);
  }

  @Benchmark
  public boolean isOpen() {
    int i = next++ & (N - 1);
    return calendar.isOpen(from[i]);
  }
}
