package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates {@link Ticket}s with valid timelines (every rule {@link Ticket} checks holds, so building never throws).
 * Get one from {@link Generators#tickets()}; each configuring method returns a new generator.
 *
 * <pre>{@code
 * TicketGenerator gen = Generators.tickets().channels(Channel.EMAIL).maxEvents(20);
 * Ticket t = gen.next(42);
 * SlaClock clock = ...;
 * for (Ticket ticket : gen.sample(42, 1_000)) {
 *   clock.evaluate(ticket);  // never throws for a generated ticket
 * }
 * }</pre>
 *
 * <p>A ticket is created in the window ({@link #between}, default October 2026 to December 2026) on one of the
 * channels with one of the priorities, has a category and a vendor three times in four, and then up to
 * {@link #maxEvents(int)} events, each 0 seconds (simultaneous events happen), up to 3 hours or up to 3 days after
 * the one before: customer messages, public replies, internal notes, priority changes and status changes along
 * {@link TicketStatus#canChangeTo}; a solved ticket is reopened, closed, noted or re-prioritised; nothing follows a
 * close. Instants have nanoseconds one time in four. The minimum draw gives a ticket with only its CREATED event.
 */
public final class TicketGenerator implements Generator<Ticket> {
  static final List<String> CATEGORIES = List.of("billing", "returns", "order_status");
  static final List<String> VENDORS = List.of("inhouse", "acme", "globex");
  static final Instant DEFAULT_FROM = Instant.parse("2026-10-01T00:00:00Z");
  static final Instant DEFAULT_TO = Instant.parse("2026-12-30T00:00:00Z");

  private final List<Channel> channels;
  private final List<Priority> priorities;
  private final int maxEvents;
  private final Instant from;
  private final Instant to;

  TicketGenerator() {
    this(List.of(Channel.values()), List.of(Priority.NORMAL, Priority.LOW, Priority.HIGH, Priority.URGENT), 12,
        DEFAULT_FROM, DEFAULT_TO);
  }

  private TicketGenerator(List<Channel> channels, List<Priority> priorities, int maxEvents, Instant from,
      Instant to) {
    this.channels = channels;
    this.priorities = priorities;
    this.maxEvents = maxEvents;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns a generator of tickets on these channels.
   *
   * @param channels at least one
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public TicketGenerator channels(Channel... channels) {
    List<Channel> list = Generators.enumValues("channels", Channel.class, channels);
    return new TicketGenerator(list, priorities, maxEvents, from, to);
  }

  /**
   * Returns a generator of tickets created with (and re-prioritised to) these priorities.
   *
   * @param priorities at least one
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public TicketGenerator priorities(Priority... priorities) {
    List<Priority> list = Generators.enumValues("priorities", Priority.class, priorities);
    return new TicketGenerator(channels, list, maxEvents, from, to);
  }

  /**
   * Returns a generator of timelines with up to this many events after CREATED.
   *
   * @param maxEvents at least 0 (default 12)
   * @return the new generator
   * @throws IllegalArgumentException when negative
   */
  public TicketGenerator maxEvents(int maxEvents) {
    Generators.checkSizes(0, maxEvents);
    return new TicketGenerator(channels, priorities, maxEvents, from, to);
  }

  /**
   * Returns a generator of tickets created in {@code [from, to)}; later events may fall after {@code to}.
   *
   * @param from the first instant, inclusive
   * @param to the end, exclusive, after {@code from}
   * @return the new generator
   * @throws IllegalArgumentException when {@code to} is not after {@code from}
   */
  public TicketGenerator between(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the window [" + from + ", " + to + ") is empty: to must be after from");
    }
    return new TicketGenerator(channels, priorities, maxEvents, from, to);
  }

  @Override
  public Ticket next(RandomSource in) {
    requireNonNull(in, "in");
    Ticket.Builder b = Ticket.builder("T-" + in.between(1, 999_999_999L))
        .channel(in.pick(channels))
        .priority(in.pick(priorities));
    if (!in.chance(25)) {
      b.category(in.pick(CATEGORIES));
    }
    if (!in.chance(25)) {
      b.vendor(in.pick(VENDORS));
    }
    long window = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
    Instant at = from.plusSeconds(in.between(0, window - 1)).plusNanos(in.chance(25) ? in.between(1, 999_999_999)
        : 0);
    b.created(at);
    TicketStatus status = TicketStatus.NEW;
    int events = in.intBetween(0, maxEvents);
    for (int i = 0; i < events && status != TicketStatus.CLOSED; i++) {
      int gap = in.intBetween(0, 9);
      at = at.plusSeconds(gap < 2 ? 0 : gap < 6 ? in.between(0, 3 * 3600) : in.between(0, 3 * 86_400));
      int kind = in.intBetween(0, 9);
      if (status == TicketStatus.SOLVED) {
        if (kind < 5) {
          b.reopened(at);
          status = TicketStatus.OPEN;
        } else if (kind < 7) {
          b.statusChanged(at, TicketStatus.CLOSED);
          status = TicketStatus.CLOSED;
        } else if (kind < 9) {
          b.priorityChanged(at, in.pick(priorities));
        } else {
          b.internalNote(at);
        }
      } else if (kind < 3) {
        b.customerMessage(at);
      } else if (kind < 6) {
        b.agentReply(at);
      } else if (kind < 7) {
        b.internalNote(at);
      } else if (kind < 8) {
        b.priorityChanged(at, in.pick(priorities));
      } else {
        List<TicketStatus> next = new ArrayList<>();
        for (TicketStatus s : TicketStatus.values()) {
          if (status.canChangeTo(s)) {
            next.add(s);
          }
        }
        status = in.pick(next);
        b.statusChanged(at, status);
      }
    }
    return b.build();
  }
}
