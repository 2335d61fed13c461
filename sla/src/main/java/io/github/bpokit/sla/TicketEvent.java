package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Priority;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One event on a ticket's timeline: its type, its instant and, for a status or priority change, the new value.
 * Immutable; equal when type, instant and value are equal.
 *
 * <pre>{@code
 * TicketEvent created = TicketEvent.of(TicketEventType.CREATED, Instant.parse("2026-10-02T16:00:00Z"));
 * TicketEvent pending = TicketEvent.statusChanged(Instant.parse("2026-10-02T16:30:00Z"), TicketStatus.PENDING);
 * TicketEvent urgent = TicketEvent.priorityChanged(Instant.parse("2026-10-02T16:40:00Z"), Priority.URGENT);
 * pending.toString();  // "STATUS_CHANGED to PENDING at 2026-10-02T16:30:00Z"
 * }</pre>
 */
public final class TicketEvent {
  final TicketEventType type;
  final Instant at;
  final @Nullable TicketStatus status;
  final @Nullable Priority priority;

  private TicketEvent(TicketEventType type, Instant at, @Nullable TicketStatus status,
      @Nullable Priority priority) {
    this.type = type;
    this.at = at;
    this.status = status;
    this.priority = priority;
  }

  /**
   * Returns an event that carries no value: CREATED, CUSTOMER_MESSAGE, AGENT_PUBLIC_REPLY, AGENT_INTERNAL_NOTE or
   * REOPENED.
   *
   * @param type the type
   * @param at when it happened
   * @return the event
   * @throws IllegalArgumentException for STATUS_CHANGED and PRIORITY_CHANGED, which need a value (use
   *     {@link #statusChanged} and {@link #priorityChanged})
   */
  public static TicketEvent of(TicketEventType type, Instant at) {
    requireNonNull(type, "type");
    requireNonNull(at, "at");
    if (type == TicketEventType.STATUS_CHANGED || type == TicketEventType.PRIORITY_CHANGED) {
      throw new IllegalArgumentException(type + " needs the new " + (type == TicketEventType.STATUS_CHANGED
          ? "status: use TicketEvent.statusChanged" : "priority: use TicketEvent.priorityChanged"));
    }
    return new TicketEvent(type, at, null, null);
  }

  /**
   * Returns a STATUS_CHANGED event.
   *
   * @param at when it happened
   * @param status the new status
   * @return the event
   */
  public static TicketEvent statusChanged(Instant at, TicketStatus status) {
    requireNonNull(at, "at");
    requireNonNull(status, "status");
    return new TicketEvent(TicketEventType.STATUS_CHANGED, at, status, null);
  }

  /**
   * Returns a PRIORITY_CHANGED event.
   *
   * @param at when it happened
   * @param priority the new priority
   * @return the event
   */
  public static TicketEvent priorityChanged(Instant at, Priority priority) {
    requireNonNull(at, "at");
    requireNonNull(priority, "priority");
    return new TicketEvent(TicketEventType.PRIORITY_CHANGED, at, null, priority);
  }

  /**
   * Returns the type.
   *
   * @return the type
   */
  public TicketEventType type() {
    return type;
  }

  /**
   * Returns when it happened.
   *
   * @return the instant
   */
  public Instant at() {
    return at;
  }

  /**
   * Returns the new status of a STATUS_CHANGED event.
   *
   * @return the status; empty for other types
   */
  public Optional<TicketStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the new priority of a PRIORITY_CHANGED event.
   *
   * @return the priority; empty for other types
   */
  public Optional<Priority> priority() {
    return Optional.ofNullable(priority);
  }

  /**
   * Returns whether the other object is an event with the same type, instant and value.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TicketEvent that && type == that.type && at.equals(that.at) && status == that.status
        && priority == that.priority;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(type, at, status, priority);
  }

  /**
   * Returns e.g. {@code CUSTOMER_MESSAGE at 2026-10-02T16:00:00Z} or {@code PRIORITY_CHANGED to URGENT at ...}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    Object value = status != null ? status : priority;
    return type + (value == null ? "" : " to " + value) + " at " + at;
  }
}
