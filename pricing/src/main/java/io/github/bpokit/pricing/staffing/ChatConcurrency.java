package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Chat concurrency: how many chats an agent handles at once, on average, and the effective handle time that turns a
 * chat queue into an {@link ErlangC} (or {@link ErlangA}) queue.
 *
 * <p><b>Model.</b> An agent who works {@code f} chats at once finishes, on average, {@code f} chats in one AHT, where
 * AHT is the handle time of one chat from acceptance to close <em>as measured while sharing the agent</em>. Such an
 * agent is treated as one server whose handle time is the effective AHT {@code AHT / f}; the traffic drops by the
 * same factor ({@code arrivals × AHT / (f × interval)}) and the queue formulas apply unchanged. This is the usual
 * planning approximation: it is exact for throughput and occupancy and approximate for waits (a real agent with a free
 * slot takes a new chat at once). Handle times usually grow with concurrency, so measure the AHT at the concurrency you
 * plan for. The factor may be fractional (1.6 chats at once on average) and is at least 1 (one chat at a time is plain
 * Erlang C). Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ChatConcurrency concurrency = ChatConcurrency.of(2.5);
 * concurrency.effectiveAht(Duration.ofMinutes(10));        // PT4M
 * ErlangC chats = concurrency.erlangC(300, Duration.ofMinutes(30), Duration.ofMinutes(10)); // 40 erlangs
 * int agents = chats.minimumAgents(ServiceTarget.of(0.80, Duration.ofSeconds(60))).agents();
 * }</pre>
 */
public final class ChatConcurrency {
  private final double factor;

  private ChatConcurrency(double factor) {
    this.factor = factor;
  }

  /**
   * Returns a concurrency factor.
   *
   * @param factor the average number of chats an agent handles at once, finite and at least 1
   * @return the concurrency
   * @throws IllegalArgumentException naming the value when it is below 1 or not finite
   */
  public static ChatConcurrency of(double factor) {
    if (!(factor >= 1) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("chat concurrency factor must be finite and >= 1: " + factor);
    }
    return new ChatConcurrency(factor);
  }

  /**
   * Returns the average number of chats an agent handles at once.
   *
   * @return the factor, at least 1
   */
  public double factor() {
    return factor;
  }

  /**
   * Returns the effective handle time of one chat: {@code aht / factor}, to the nanosecond.
   *
   * @param aht the handle time of one chat, acceptance to close, measured at this concurrency
   * @return the effective handle time
   * @throws IllegalArgumentException naming the value when {@code aht} is not longer than zero
   */
  public Duration effectiveAht(Duration aht) {
    Checks.positive("aht", requireNonNull(aht, "aht"));
    return Checks.duration(Checks.seconds(aht) / factor);
  }

  /**
   * Returns the Erlang C model of a chat queue: traffic {@code arrivals × aht / (factor × interval)} erlangs with the
   * {@linkplain #effectiveAht(Duration) effective handle time}.
   *
   * @param arrivals the expected chats per interval, finite and zero or more
   * @param interval the length of the interval
   * @param aht the handle time of one chat, acceptance to close, measured at this concurrency
   * @return the queue model, in which one server is one agent
   * @throws IllegalArgumentException as {@link ErlangC#of(double, Duration, Duration)}
   */
  public ErlangC erlangC(double arrivals, Duration interval, Duration aht) {
    requireNonNull(interval, "interval");
    requireNonNull(aht, "aht");
    double traffic = ErlangC.traffic(arrivals, interval, aht) / factor;
    return ErlangC.ofTraffic(traffic, effectiveAht(aht));
  }

  /**
   * Returns the Erlang A model of a chat queue whose customers abandon after a mean patience: as
   * {@link #erlangC(double, Duration, Duration)} with abandonment.
   *
   * @param arrivals the expected chats per interval, finite and zero or more
   * @param interval the length of the interval
   * @param aht the handle time of one chat, acceptance to close, measured at this concurrency
   * @param patience the mean patience of a waiting customer
   * @return the queue model, in which one server is one agent
   * @throws IllegalArgumentException as {@link ErlangA#of(double, Duration, Duration, Duration)}
   */
  public ErlangA erlangA(double arrivals, Duration interval, Duration aht, Duration patience) {
    requireNonNull(patience, "patience");
    return erlangC(arrivals, interval, aht).withPatience(patience);
  }

  /**
   * Tells whether another object is a concurrency with the same factor.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ChatConcurrency && Double.compare(factor, ((ChatConcurrency) other).factor) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Double.hashCode(factor);
  }

  /**
   * Returns a description such as {@code 2.5 chats at once}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return factor + " chats at once";
  }
}
