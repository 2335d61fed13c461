package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.time.ReportingPeriod;
import java.util.List;

/**
 * A trigger whose condition holds at the end of a period.
 *
 * <pre>{@code
 * for (FiredTrigger fired : evaluation.triggers()) {
 *   if (fired.action() == TriggerAction.EXIT_RIGHT) {
 *     System.out.println(fired.period() + ": " + fired.explanation());   // with the evidence periods
 *   }
 * }
 * }</pre>
 *
 * @param trigger the trigger
 * @param period the period (a quarter for a rolled-up trigger) at whose end it fired
 * @param evidence the periods whose outcomes count towards the condition, oldest first
 * @param explanation the firing in words
 */
public record FiredTrigger(Trigger trigger, ReportingPeriod period, List<ReportingPeriod> evidence,
    String explanation) {
  /** Checks for nulls and copies the evidence. */
  public FiredTrigger {
    requireNonNull(trigger, "trigger");
    requireNonNull(period, "period");
    evidence = ImmutableList.copyOf(evidence);
    requireNonNull(explanation, "explanation");
  }

  /** @return the consequence */
  public TriggerAction action() {
    return trigger.action();
  }
}
