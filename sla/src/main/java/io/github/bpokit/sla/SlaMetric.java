package io.github.bpokit.sla;

import java.util.Locale;

/**
 * The six SLA timer metrics of SPEC §3, with the semantics of the helpdesk engines users know (Zendesk's). Each is
 * measured on the calendar of the ticket's {@link SlaPolicy}; the exact rules are in {@code docs/sla.md} and in
 * {@link SlaClock}.
 *
 * <pre>{@code
 * SlaMetric m = SlaMetric.parse("first_reply");  // FIRST_REPLY
 * m.id();                                       // "first_reply"
 * m.kpiId();                                    // "sla_first_reply", its id beside the other KPIs
 * }</pre>
 */
public enum SlaMetric {
  /** From CREATED to the first AGENT_PUBLIC_REPLY (or the first solve); never pauses; one cycle. */
  FIRST_REPLY(false),
  /**
   * From the oldest unanswered CUSTOMER_MESSAGE after the first reply to the next AGENT_PUBLIC_REPLY or solve; never
   * pauses; one cycle per run of customer messages.
   */
  NEXT_REPLY(false),
  /**
   * From CREATED (and from each REOPENED) to the first AGENT_PUBLIC_REPLY, then between consecutive public replies,
   * until a solve; never pauses; one cycle per gap.
   */
  PERIODIC_UPDATE(false),
  /** Time in NEW, OPEN and ON_HOLD until SOLVED, paused in PENDING; resumes after REOPENED; one cycle. */
  REQUESTER_WAIT(true),
  /** Time in NEW and OPEN until SOLVED, paused in PENDING and ON_HOLD; resumes after REOPENED; one cycle. */
  AGENT_WORK(true),
  /** From CREATED to SOLVED, never paused; resumes after REOPENED (total resolution time); one cycle. */
  RESOLUTION(true);

  private final String id = name().toLowerCase(Locale.ROOT);
  private final boolean resumable;

  SlaMetric(boolean resumable) {
    this.resumable = resumable;
  }

  /**
   * Returns the identifier used in policy files and in CLI and JSON output, e.g. {@code "next_reply"}.
   *
   * @return the lower-case id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the id of this metric's adherence among the KPIs of a scorecard, e.g. {@code "sla_next_reply"}.
   *
   * @return {@code "sla_" + id()}
   */
  public String kpiId() {
    return "sla_" + id;
  }

  /**
   * Returns whether the timer stops at a solve and resumes with its elapsed time after a REOPENED event (the total
   * metrics {@link #REQUESTER_WAIT}, {@link #AGENT_WORK} and {@link #RESOLUTION}); the reply metrics instead end their
   * cycle at a solve.
   *
   * @return whether a reopen resumes the timer
   */
  public boolean resumesAfterReopen() {
    return resumable;
  }

  /**
   * Parses a metric by its id or constant name, ignoring case and surrounding white space.
   *
   * @param text e.g. {@code "first_reply"} or {@code "FIRST_REPLY"}
   * @return the metric
   * @throws IllegalArgumentException naming the text and the accepted ids
   */
  public static SlaMetric parse(String text) {
    String id = text.strip().toLowerCase(Locale.ROOT);
    for (SlaMetric m : values()) {
      if (m.id.equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown SLA metric '" + text + "', expected one of " + ids());
  }

  static String ids() {
    StringBuilder s = new StringBuilder();
    for (SlaMetric m : values()) {
      s.append(s.length() == 0 ? "" : ", ").append(m.id);
    }
    return s.toString();
  }
}
