package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.kpi.KpiValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A term's verdict on one measured KPI value, before money: the outcome, the band (absent when NOT_MEASURABLE) and
 * the signed share of fees the band's adjustment gives.
 *
 * <pre>{@code
 * Judgement verdict = csatTerm.judge(Proportion.of(460, 500));   // 0.92
 * verdict.outcome();                                             // BONUS
 * verdict.share();                                               // 0.0785714... (sliding 5% to 10%)
 * verdict.reason();                                              // the band and the rule, in words
 * }</pre>
 *
 * @param term the term
 * @param measured the measured KPI, with its sample size and interval
 * @param outcome the outcome
 * @param band the band, empty when NOT_MEASURABLE
 * @param share the signed share of fees, zero when NOT_MEASURABLE
 * @param reason the rule applied, in words
 */
public record Judgement(ServiceLevelTerm term, KpiValue measured, TermOutcome outcome, Optional<Band> band,
    BigDecimal share, String reason) {
  /** Checks for nulls. */
  public Judgement {
    requireNonNull(term, "term");
    requireNonNull(measured, "measured");
    requireNonNull(outcome, "outcome");
    requireNonNull(band, "band");
    requireNonNull(share, "share");
    requireNonNull(reason, "reason");
  }
}
