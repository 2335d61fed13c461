package io.github.bpokit.sla;

/**
 * What happened on a ticket (SPEC §3).
 *
 * <pre>{@code
 * TicketEventType.parse("agent_public_reply");  // AGENT_PUBLIC_REPLY
 * }</pre>
 */
public enum TicketEventType {
  /** The ticket was created (status NEW); exactly once, first. */
  CREATED,
  /** The requester wrote. */
  CUSTOMER_MESSAGE,
  /** An agent replied publicly (to the requester). */
  AGENT_PUBLIC_REPLY,
  /** An agent added an internal note; no timer reacts to it. */
  AGENT_INTERNAL_NOTE,
  /** The status changed; the event carries the new status. */
  STATUS_CHANGED,
  /** The priority changed; the event carries the new priority. */
  PRIORITY_CHANGED,
  /** A SOLVED ticket was opened again (status OPEN). */
  REOPENED;

  /**
   * Parses a name, ignoring case and surrounding white space.
   *
   * @param text the name, e.g. {@code "created"}
   * @return the type
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static TicketEventType parse(String text) {
    return Names.parse(TicketEventType.class, text);
  }
}
