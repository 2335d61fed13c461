package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a ticket's timeline breaks a rule: it names the ticket, the event (its 1-based number and what it is)
 * and the rule. The message reads, for example:
 *
 * <pre>{@code
 * ticket T-7, event 4 (STATUS_CHANGED to OPEN at 2026-10-05T09:00:00Z): illegal status change SOLVED -> OPEN: a
 *     solved ticket is opened again by a REOPENED event
 * }</pre>
 *
 * <pre>{@code
 * try {
 *   ticket.event(TicketEvent.statusChanged(at, TicketStatus.OPEN));
 * } catch (TimelineException e) {
 *   log(e.ticketId(), e.eventNumber(), e.rule());
 * }
 * }</pre>
 */
public class TimelineException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rules of a valid timeline; see {@link Ticket}. */
  public enum Rule {
    /** A timeline has at least its CREATED event. */
    NO_EVENTS,
    /** The first event is CREATED. */
    CREATED_FIRST,
    /** There is exactly one CREATED event. */
    ONE_CREATED,
    /** Events are in time order (equal instants allowed, in the order given). */
    TIME_ORDER,
    /** Every instant lies in the range business calendars support, 1900 to 2149. */
    TIME_RANGE,
    /** A STATUS_CHANGED follows {@link TicketStatus#canChangeTo}. */
    STATUS_TRANSITION,
    /** REOPENED needs a SOLVED ticket. */
    REOPEN_SOLVED_ONLY,
    /**
     * A SOLVED ticket takes only REOPENED, STATUS_CHANGED to CLOSED, AGENT_INTERNAL_NOTE and PRIORITY_CHANGED: a
     * customer message or public reply must be preceded by a REOPENED event.
     */
    SOLVED_TICKET,
    /** Nothing follows CLOSED. */
    CLOSED_TICKET
  }

  private final String ticketId;
  private final int eventNumber;
  private final transient @Nullable TicketEvent event;
  private final Rule rule;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param ticketId the ticket
   * @param eventNumber the 1-based number of the offending event in the timeline; 0 when the rule concerns the
   *     timeline as a whole ({@link Rule#NO_EVENTS})
   * @param event the offending event; null when {@code eventNumber} is 0
   * @param rule the rule broken
   * @param detail what is wrong, e.g. {@code "the first event must be CREATED"}
   */
  public TimelineException(String ticketId, int eventNumber, @Nullable TicketEvent event, Rule rule,
      String detail) {
    super(message(ticketId, eventNumber, event, detail));
    this.ticketId = ticketId;
    this.eventNumber = eventNumber;
    this.event = event;
    this.rule = requireNonNull(rule, "rule");
    this.detail = detail;
  }

  private static String message(String ticketId, int eventNumber, @Nullable TicketEvent event, String detail) {
    requireNonNull(ticketId, "ticketId");
    requireNonNull(detail, "detail");
    return "ticket " + ticketId + (event == null ? "" : ", event " + eventNumber + " (" + event + ")") + ": "
        + detail;
  }

  /**
   * Returns the id of the ticket.
   *
   * @return the ticket id
   */
  public String ticketId() {
    return ticketId;
  }

  /**
   * Returns the 1-based number of the offending event in the timeline (the CREATED event is 1).
   *
   * @return the number, or 0 when the rule concerns the whole timeline
   */
  public int eventNumber() {
    return eventNumber;
  }

  /**
   * Returns the offending event.
   *
   * @return the event; empty when the rule concerns the whole timeline (or after deserialization)
   */
  public Optional<TicketEvent> event() {
    return Optional.ofNullable(event);
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns what is wrong, without the ticket and event that {@link #getMessage()} adds.
   *
   * @return e.g. {@code "REOPENED needs a SOLVED ticket, but the status is OPEN"}
   */
  public String detail() {
    return detail;
  }
}
