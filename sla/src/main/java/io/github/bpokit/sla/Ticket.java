package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support ticket: its attributes (id, channel, priority at creation, category, vendor), which select its
 * {@link SlaPolicy} and its segment, and its validated timeline of {@link TicketEvent}s, which drives the SLA timers.
 * Immutable; equal when attributes and events are equal.
 *
 * <pre>{@code
 * Ticket ticket = Ticket.builder("T-1001")
 *     .channel(Channel.EMAIL).priority(Priority.HIGH).category("billing").vendor("acme")
 *     .created(Instant.parse("2026-10-02T16:00:00Z"))
 *     .agentReply(Instant.parse("2026-10-05T10:00:00Z"))
 *     .statusChanged(Instant.parse("2026-10-05T10:00:00Z"), TicketStatus.PENDING)
 *     .customerMessage(Instant.parse("2026-10-05T11:00:00Z"))
 *     .statusChanged(Instant.parse("2026-10-05T11:00:00Z"), TicketStatus.OPEN)
 *     .statusChanged(Instant.parse("2026-10-05T14:00:00Z"), TicketStatus.SOLVED)
 *     .build();
 * }</pre>
 *
 * <h2>A valid timeline</h2>
 *
 * The builder checks each event as it is added and throws a {@link TimelineException} naming the ticket, the event
 * and the {@linkplain TimelineException.Rule rule}:
 *
 * <ul>
 *   <li>the first event is CREATED, and there is no other CREATED event; the ticket starts in status NEW;
 *   <li>events are in time order; events at the same instant keep the order in which they were added;
 *   <li>instants lie within {@link BusinessCalendar#MIN_INSTANT} to {@link BusinessCalendar#MAX_INSTANT};
 *   <li>a STATUS_CHANGED follows {@link TicketStatus#canChangeTo}: NEW to OPEN, PENDING, ON_HOLD or SOLVED; OPEN,
 *       PENDING and ON_HOLD to one another or to SOLVED; SOLVED to CLOSED; never to the current status or to NEW;
 *   <li>REOPENED only when SOLVED (the status becomes OPEN);
 *   <li>a SOLVED ticket takes only REOPENED, STATUS_CHANGED to CLOSED, AGENT_INTERNAL_NOTE and PRIORITY_CHANGED;
 *   <li>nothing follows CLOSED.
 * </ul>
 */
public final class Ticket {
  final String id;
  final Channel channel;
  final Priority priority;
  final @Nullable String category;
  final @Nullable String vendor;
  final TicketEvent[] events;

  private Ticket(Builder b) {
    this.id = b.id;
    this.channel = requireNonNull(b.channel);
    this.priority = b.priority;
    this.category = b.category;
    this.vendor = b.vendor;
    this.events = Arrays.copyOf(b.events, b.count);
  }

  /**
   * Returns a builder for a ticket with this id: priority NORMAL, no category, no vendor, no event.
   *
   * @param id the ticket id, not blank; kept as given
   * @return a new builder
   * @throws IllegalArgumentException when {@code id} is blank
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the channel.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Returns the priority at creation; PRIORITY_CHANGED events change it later
   * ({@link TicketEvaluation#priority()} is the priority in force as of an instant).
   *
   * @return the initial priority
   */
  public Priority priority() {
    return priority;
  }

  /**
   * Returns the category, e.g. {@code billing}.
   *
   * @return the category, or empty
   */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns who handles the ticket, {@code inhouse} or a partner.
   *
   * @return the vendor, or empty
   */
  public Optional<String> vendor() {
    return Optional.ofNullable(vendor);
  }

  /**
   * Returns the timeline.
   *
   * @return the events in order, the CREATED event first; unmodifiable
   */
  public List<TicketEvent> events() {
    return Collections.unmodifiableList(Arrays.asList(events));
  }

  /**
   * Returns when the ticket was created.
   *
   * @return the instant of the CREATED event
   */
  public Instant createdAt() {
    return events[0].at;
  }

  /**
   * Returns the instant of the last event, as of which {@link SlaClock#evaluate(Ticket)} evaluates.
   *
   * @return the last event's instant
   */
  public Instant lastEventAt() {
    return events[events.length - 1].at;
  }

  /**
   * Returns whether the other object is a ticket with the same attributes and events.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Ticket that && id.equals(that.id) && channel == that.channel
        && priority == that.priority && Objects.equals(category, that.category)
        && Objects.equals(vendor, that.vendor) && Arrays.equals(events, that.events);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, channel, priority, category, vendor) * 31 + Arrays.hashCode(events);
  }

  /**
   * Returns e.g. {@code Ticket{T-1001, EMAIL, HIGH, billing, acme, 6 events}}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Ticket{" + id + ", " + channel + ", " + priority + ", " + (category == null ? "-" : category) + ", "
        + (vendor == null ? "-" : vendor) + ", " + events.length + " events}";
  }

  /**
   * Collects a ticket's attributes and events. Each event is checked against the rules of a valid timeline when it
   * is added (see {@link Ticket}); the first event that breaks one throws a {@link TimelineException} and is not
   * added. Not thread-safe.
   *
   * <pre>{@code
   * Ticket.Builder b = Ticket.builder("T-1").channel(Channel.CHAT).created(t0);
   * b.reopened(t1);  // throws TimelineException: REOPENED needs a SOLVED ticket, but the status is NEW
   * }</pre>
   */
  public static final class Builder {
    private final String id;
    private @Nullable Channel channel;
    private Priority priority = Priority.NORMAL;
    private @Nullable String category;
    private @Nullable String vendor;
    private TicketEvent[] events = new TicketEvent[8];
    private int count;
    private TicketStatus status = TicketStatus.NEW;
    private int closedAt;

    private Builder(String id) {
      requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("ticket id must not be blank, got '" + id + "'");
      }
      this.id = id;
    }

    /**
     * Sets the channel (required).
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the priority at creation (default NORMAL).
     *
     * @param priority the priority
     * @return this builder
     */
    public Builder priority(Priority priority) {
      this.priority = requireNonNull(priority, "priority");
      return this;
    }

    /**
     * Sets the category; white space around it is removed.
     *
     * @param category the category, not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder category(String category) {
      this.category = text("category", category);
      return this;
    }

    /**
     * Sets the vendor, {@code inhouse} or a partner name; white space around it is removed.
     *
     * @param vendor the vendor, not blank
     * @return this builder
     * @throws IllegalArgumentException when blank
     */
    public Builder vendor(String vendor) {
      this.vendor = text("vendor", vendor);
      return this;
    }

    private String text(String field, String value) {
      requireNonNull(value, field);
      if (value.isBlank()) {
        throw new IllegalArgumentException("ticket " + id + ": " + field + " must not be blank, got '" + value
            + "'");
      }
      return value.strip();
    }

    /**
     * Adds the next event of the timeline, after checking it.
     *
     * @param event the event
     * @return this builder
     * @throws TimelineException when the event breaks a rule of a valid timeline; it is then not added
     */
    public Builder event(TicketEvent event) {
      requireNonNull(event, "event");
      check(event);
      if (count == events.length) {
        events = Arrays.copyOf(events, count * 2);
      }
      events[count++] = event;
      TicketStatus s = event.status;
      if (event.type == TicketEventType.STATUS_CHANGED && s != null) {
        status = s;
        if (s == TicketStatus.CLOSED) {
          closedAt = count;
        }
      } else if (event.type == TicketEventType.REOPENED) {
        status = TicketStatus.OPEN;
      }
      return this;
    }

    /**
     * Adds every event, in order, as {@link #event(TicketEvent)} does.
     *
     * @param events the events
     * @return this builder
     * @throws TimelineException at the first event that breaks a rule; the events before it are added
     */
    public Builder events(Iterable<TicketEvent> events) {
      requireNonNull(events, "events");
      for (TicketEvent e : events) {
        event(e);
      }
      return this;
    }

    /**
     * Adds the CREATED event.
     *
     * @param at when the ticket was created
     * @return this builder
     * @throws TimelineException when it is not the first event
     */
    public Builder created(Instant at) {
      return event(TicketEvent.of(TicketEventType.CREATED, at));
    }

    /**
     * Adds a CUSTOMER_MESSAGE event.
     *
     * @param at when the requester wrote
     * @return this builder
     * @throws TimelineException when it breaks a rule of a valid timeline
     */
    public Builder customerMessage(Instant at) {
      return event(TicketEvent.of(TicketEventType.CUSTOMER_MESSAGE, at));
    }

    /**
     * Adds an AGENT_PUBLIC_REPLY event.
     *
     * @param at when an agent replied publicly
     * @return this builder
     * @throws TimelineException when it breaks a rule of a valid timeline
     */
    public Builder agentReply(Instant at) {
      return event(TicketEvent.of(TicketEventType.AGENT_PUBLIC_REPLY, at));
    }

    /**
     * Adds an AGENT_INTERNAL_NOTE event.
     *
     * @param at when an agent added the note
     * @return this builder
     * @throws TimelineException when it breaks a rule of a valid timeline
     */
    public Builder internalNote(Instant at) {
      return event(TicketEvent.of(TicketEventType.AGENT_INTERNAL_NOTE, at));
    }

    /**
     * Adds a STATUS_CHANGED event.
     *
     * @param at when the status changed
     * @param status the new status
     * @return this builder
     * @throws TimelineException when it breaks a rule of a valid timeline, e.g. an illegal transition
     */
    public Builder statusChanged(Instant at, TicketStatus status) {
      return event(TicketEvent.statusChanged(at, status));
    }

    /**
     * Adds a PRIORITY_CHANGED event.
     *
     * @param at when the priority changed
     * @param priority the new priority
     * @return this builder
     * @throws TimelineException when it breaks a rule of a valid timeline
     */
    public Builder priorityChanged(Instant at, Priority priority) {
      return event(TicketEvent.priorityChanged(at, priority));
    }

    /**
     * Adds a REOPENED event.
     *
     * @param at when the solved ticket was opened again
     * @return this builder
     * @throws TimelineException when the ticket is not SOLVED, or another rule is broken
     */
    public Builder reopened(Instant at) {
      return event(TicketEvent.of(TicketEventType.REOPENED, at));
    }

    private void check(TicketEvent e) {
      int number = count + 1;
      TicketEventType type = e.type;
      if (count == 0) {
        if (type != TicketEventType.CREATED) {
          throw fail(number, e, TimelineException.Rule.CREATED_FIRST, "the first event must be CREATED");
        }
      } else {
        if (closedAt > 0) {
          throw fail(number, e, TimelineException.Rule.CLOSED_TICKET,
              "no event may follow CLOSED (event " + closedAt + ")");
        }
        if (type == TicketEventType.CREATED) {
          throw fail(number, e, TimelineException.Rule.ONE_CREATED,
              "a ticket has exactly one CREATED event, and event 1 is one");
        }
        TicketEvent previous = events[count - 1];
        if (e.at.isBefore(previous.at)) {
          throw fail(number, e, TimelineException.Rule.TIME_ORDER,
              "events must be in time order, but event " + count + " is later, at " + previous.at);
        }
      }
      if (e.at.isBefore(BusinessCalendar.MIN_INSTANT) || e.at.isAfter(BusinessCalendar.MAX_INSTANT)) {
        throw fail(number, e, TimelineException.Rule.TIME_RANGE, "the instant is outside the supported range "
            + BusinessCalendar.MIN_INSTANT + " to " + BusinessCalendar.MAX_INSTANT);
      }
      switch (type) {
        case STATUS_CHANGED:
          TicketStatus to = requireNonNull(e.status);
          if (!status.canChangeTo(to)) {
            throw fail(number, e, TimelineException.Rule.STATUS_TRANSITION,
                "illegal status change " + status + " -> " + to + ": " + transitionHint(status, to));
          }
          break;
        case REOPENED:
          if (status != TicketStatus.SOLVED) {
            throw fail(number, e, TimelineException.Rule.REOPEN_SOLVED_ONLY,
                "REOPENED needs a SOLVED ticket, but the status is " + status);
          }
          break;
        case CUSTOMER_MESSAGE:
        case AGENT_PUBLIC_REPLY:
          if (status == TicketStatus.SOLVED) {
            throw fail(number, e, TimelineException.Rule.SOLVED_TICKET, "the ticket is SOLVED: a " + type
                + " needs a REOPENED event first (a solved ticket takes only REOPENED, STATUS_CHANGED to CLOSED, "
                + "AGENT_INTERNAL_NOTE and PRIORITY_CHANGED)");
          }
          break;
        default:
          break;
      }
    }

    private static String transitionHint(TicketStatus from, TicketStatus to) {
      if (from == to) {
        return "the status is already " + to;
      }
      if (from == TicketStatus.SOLVED && to != TicketStatus.NEW) {
        return "a solved ticket is closed, or opened again by a REOPENED event";
      }
      if (to == TicketStatus.NEW) {
        return "no ticket goes back to NEW";
      }
      return "only a SOLVED ticket can be closed"; // the one illegal change left: NEW, OPEN, PENDING, ON_HOLD to CLOSED
    }

    private TimelineException fail(int number, TicketEvent e, TimelineException.Rule rule, String detail) {
      return new TimelineException(id, number, e, rule, detail);
    }

    /**
     * Builds the ticket.
     *
     * @return the immutable ticket
     * @throws IllegalArgumentException when the channel is not set
     * @throws TimelineException when no event was added ({@link TimelineException.Rule#NO_EVENTS})
     */
    public Ticket build() {
      if (channel == null) {
        throw new IllegalArgumentException("ticket " + id + ": the channel is required");
      }
      if (count == 0) {
        throw new TimelineException(id, 0, null, TimelineException.Rule.NO_EVENTS,
            "a timeline needs its CREATED event, and there is no event");
      }
      return new Ticket(this);
    }
  }
}
