package io.github.bpokit.sla;

/**
 * The status of a ticket, as helpdesks name them. A ticket is {@link #NEW} when created; STATUS_CHANGED and
 * REOPENED events move it along the transitions that {@link Ticket} checks (see {@link #canChangeTo}).
 *
 * <pre>{@code
 * TicketStatus.parse("on_hold");                       // ON_HOLD
 * TicketStatus.OPEN.canChangeTo(TicketStatus.PENDING);  // true
 * TicketStatus.SOLVED.canChangeTo(TicketStatus.OPEN);   // false: only a REOPENED event reopens
 * }</pre>
 */
public enum TicketStatus {
  /** Created, not yet touched. */
  NEW,
  /** Being worked on. */
  OPEN,
  /** Waiting for the requester. */
  PENDING,
  /** Waiting for a third party. */
  ON_HOLD,
  /** Solved; a REOPENED event opens it again, a STATUS_CHANGED to CLOSED closes it. */
  SOLVED,
  /** Closed for good: no event may follow. */
  CLOSED;

  /**
   * Returns whether a STATUS_CHANGED event may move a ticket from this status to {@code target}:
   *
   * <pre>
   * NEW      to OPEN, PENDING, ON_HOLD, SOLVED
   * OPEN     to PENDING, ON_HOLD, SOLVED
   * PENDING  to OPEN, ON_HOLD, SOLVED
   * ON_HOLD  to OPEN, PENDING, SOLVED
   * SOLVED   to CLOSED (and to OPEN through a REOPENED event only)
   * CLOSED   to nothing
   * </pre>
   *
   * <p>No status changes to itself, and nothing changes back to NEW.
   *
   * @param target the status after the change
   * @return whether the change is legal
   */
  public boolean canChangeTo(TicketStatus target) {
    switch (this) {
      case NEW:
        return target == OPEN || target == PENDING || target == ON_HOLD || target == SOLVED;
      case OPEN:
      case PENDING:
      case ON_HOLD:
        return target != this && target != NEW && target != CLOSED;
      case SOLVED:
        return target == CLOSED;
      default:
        return false;
    }
  }

  /**
   * Parses a status name, ignoring case and surrounding white space.
   *
   * @param text the name, e.g. {@code "pending"}
   * @return the status
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static TicketStatus parse(String text) {
    return Names.parse(TicketStatus.class, text);
  }
}
