package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import java.util.List;

/**
 * One money line of a contract evaluation: a term's adjustment in a period (possibly zero) or an earn-back. Credits
 * are negative, bonuses and earn-backs positive.
 *
 * <pre>{@code
 * for (AdjustmentLine line : evaluation.lines()) {
 *   System.out.println(line.period() + " " + line.term().name() + " " + line.judgement().outcome() + " "
 *       + line.amount() + (line.amount().equals(line.uncapped()) ? "" : " (capped)"));
 * }
 * }</pre>
 *
 * @param period the period
 * @param term the term
 * @param kind ADJUSTMENT or EARN_BACK
 * @param judgement the term's judgement in this period
 * @param measuredOver the periods the judged KPI was measured over, oldest first: the period itself, or the months of
 *     the window of a term with a rolling {@link MeasurementPeriod} (fewer than N at the start of the history)
 * @param uncapped the amount before the at-risk or bonus cap, rounded once to the minor unit
 * @param amount the amount after the cap
 * @param rule the money rule applied, in words, e.g. {@code "-5.7246% of EUR 100000.00 = EUR -5724.64"},
 *     {@code "pool allocation 60% of the at-risk 12% of EUR 100000.00 = EUR -7200.00; capped to EUR -4293.25 (...)"}
 *     or {@code "earn-back of the 2026-10 credit EUR -15000.00 after 2 compliant periods = EUR 15000.00"}
 * @param explanation the line in words: term, measured value with sample size and interval, band, rule, amount
 */
public record AdjustmentLine(ReportingPeriod period, ServiceLevelTerm term, Kind kind, Judgement judgement,
    List<ReportingPeriod> measuredOver, Money uncapped, Money amount, String rule, String explanation) {

  /** The kind of a line. */
  public enum Kind {
    /** The term's band adjustment. */
    ADJUSTMENT,
    /** A credit of an earlier period paid back. */
    EARN_BACK
  }

  /** Checks for nulls and copies the periods measured over. */
  public AdjustmentLine {
    requireNonNull(period, "period");
    requireNonNull(term, "term");
    requireNonNull(kind, "kind");
    requireNonNull(judgement, "judgement");
    measuredOver = ImmutableList.copyOf(measuredOver);
    requireNonNull(uncapped, "uncapped");
    requireNonNull(amount, "amount");
    requireNonNull(rule, "rule");
    requireNonNull(explanation, "explanation");
  }

  /** @return the outcome of the term in this period */
  public TermOutcome outcome() {
    return judgement.outcome();
  }
}
