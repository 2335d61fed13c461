package io.github.bpokit.sla.terms;

/**
 * What a fired {@link Trigger} entitles the client to.
 *
 * <pre>{@code
 * Trigger.consecutive("exit", "csat", TermOutcome.PENALTY, 2, TriggerAction.EXIT_RIGHT);
 * }</pre>
 */
public enum TriggerAction {
  /** The provider owes a remediation plan. */
  REMEDIATION_PLAN_DUE,
  /** The client may terminate the contract (or the affected scope). */
  EXIT_RIGHT;

  /**
   * Parses a name, case-insensitively: {@code "exit_right"}.
   *
   * @param text the name
   * @return the action
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static TriggerAction parse(String text) {
    for (TriggerAction a : values()) {
      if (a.name().equalsIgnoreCase(text.strip())) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown trigger action '" + text + "': expected remediation_plan_due or exit_right");
  }
}
