package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.time.PeriodUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule over the ordered history of a term's outcomes (SPEC §5), evaluated after every period:
 *
 * <ul>
 *   <li>{@link #consecutive}: the outcome is at or worse than X in each of the last N periods;
 *   <li>{@link #inAnyOf}: the outcome is at or worse than X in at least M of the last K periods (fewer than K when
 *       the history is shorter).
 * </ul>
 *
 * <p>A NOT_MEASURABLE period never counts and breaks a run of consecutive periods. With {@link #rolledUpTo} a
 * trigger looks at quarters of a monthly contract: a quarter's outcome is the worst measurable outcome of its months
 * in the history (NOT_MEASURABLE when none is measurable). A trigger fires in every period (or quarter) where its
 * condition holds.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Trigger plan = Trigger.consecutive("csat-plan", "csat", TermOutcome.REMEDIATION, 2,
 *     TriggerAction.REMEDIATION_PLAN_DUE);                              // REMEDIATION or worse two months running
 * Trigger exit = Trigger.consecutive("csat-exit", "csat", TermOutcome.PENALTY, 2, TriggerAction.EXIT_RIGHT)
 *     .rolledUpTo(PeriodUnit.QUARTER);                                  // two consecutive quarters
 * Trigger misses = Trigger.inAnyOf("voice-misses", "sla-voice", TermOutcome.PENALTY, 3, 6,
 *     TriggerAction.REMEDIATION_PLAN_DUE);                              // missed in any 3 of the last 6 months
 * }</pre>
 */
public final class Trigger {
  private final String name;
  private final String term;
  private final TermOutcome atOrWorse;
  private final int count;
  private final int window;
  private final boolean consecutive;
  private final TriggerAction action;
  private final @Nullable PeriodUnit rollUp;

  private Trigger(String name, String term, TermOutcome atOrWorse, int count, int window, boolean consecutive,
      TriggerAction action, @Nullable PeriodUnit rollUp) {
    this.name = requireNonNull(name, "name");
    this.term = requireNonNull(term, "term");
    this.atOrWorse = requireNonNull(atOrWorse, "atOrWorse");
    this.action = requireNonNull(action, "action");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a trigger name must not be blank");
    }
    if (atOrWorse == TermOutcome.NOT_MEASURABLE) {
      throw new IllegalArgumentException("trigger " + name
          + ": 'at or worse than NOT_MEASURABLE' means nothing; expected BONUS, BASE, REMEDIATION or PENALTY");
    }
    if (count < 1 || window < count) {
      throw new IllegalArgumentException("trigger " + name + ": " + (consecutive ? count + " consecutive periods"
          : count + " of the last " + window + " periods") + " is not a valid count: expected 1 <= M <= K");
    }
    this.count = count;
    this.window = window;
    this.consecutive = consecutive;
    this.rollUp = rollUp;
  }

  /**
   * Fires when a term is at or worse than an outcome in N consecutive periods.
   *
   * @param name the trigger's name
   * @param term the term's name
   * @param atOrWorse the outcome, e.g. REMEDIATION
   * @param periods N, at least 1
   * @param action the consequence
   * @return the trigger
   * @throws IllegalArgumentException naming the trigger when N is less than 1 or the outcome is NOT_MEASURABLE
   */
  public static Trigger consecutive(String name, String term, TermOutcome atOrWorse, int periods,
      TriggerAction action) {
    return new Trigger(name, term, atOrWorse, periods, periods, true, action, null);
  }

  /**
   * Fires when a term is at or worse than an outcome in any M of the last K periods.
   *
   * @param name the trigger's name
   * @param term the term's name
   * @param atOrWorse the outcome
   * @param m M, at least 1
   * @param k K, at least M
   * @param action the consequence
   * @return the trigger
   * @throws IllegalArgumentException naming the trigger unless {@code 1 <= M <= K}, or when the outcome is
   *     NOT_MEASURABLE
   */
  public static Trigger inAnyOf(String name, String term, TermOutcome atOrWorse, int m, int k,
      TriggerAction action) {
    return new Trigger(name, term, atOrWorse, m, k, false, action, null);
  }

  /**
   * Returns this trigger over roll-ups of the contract's periods (QUARTER over a monthly contract).
   *
   * @param unit the coarser unit
   * @return the rolled-up trigger
   */
  public Trigger rolledUpTo(PeriodUnit unit) {
    return new Trigger(name, term, atOrWorse, count, window, consecutive, action, requireNonNull(unit, "unit"));
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the term's name */
  public String term() {
    return term;
  }

  /** @return the outcome threshold */
  public TermOutcome atOrWorse() {
    return atOrWorse;
  }

  /** @return N (consecutive) or M (M of K) */
  public int count() {
    return count;
  }

  /** @return N (consecutive) or K (M of K) */
  public int window() {
    return window;
  }

  /** @return whether the periods must be consecutive */
  public boolean isConsecutive() {
    return consecutive;
  }

  /** @return the consequence */
  public TriggerAction action() {
    return action;
  }

  /** @return the roll-up unit, if any */
  public Optional<PeriodUnit> rollUp() {
    return Optional.ofNullable(rollUp);
  }

  /**
   * Returns the rule in words, e.g. {@code "csat-email at or worse than REMEDIATION in 2 consecutive quarters"}.
   *
   * @return the description
   */
  public String describe() {
    String unit = rollUp == null ? "periods" : rollUp.name().toLowerCase(java.util.Locale.ROOT) + "s";
    return term + " at or worse than " + atOrWorse + " in "
        + (consecutive ? count + " consecutive " + unit : count + " of the last " + window + " " + unit);
  }

  @Override
  public String toString() {
    return name + ": " + describe() + " -> " + action;
  }
}
