package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandedCsatTermTest {
  /*
   * The SPEC §5 CSAT bands on fees of EUR 100,000.00 a month, by hand:
   * - 2026-06: 425/500 = 0.85, in [0.82, 0.88): BASE, no money.
   * - 2026-07: 460/500 = 0.92, BONUS sliding +5% at 0.88 to +10% at 0.95:
   *   0.05 + (0.92 − 0.88) / (0.95 − 0.88) × 0.05 = 0.05 + 0.0285714… = 0.0785714…; × 100,000 = 7,857.142… -> 7,857.14.
   * - 2026-08: 440/500 = 0.88, exactly on the edge: [0.88, ∞) holds it, BONUS +5% = 5,000.00.
   * - 2026-09: 390/500 = 0.78, in [0.75, 0.82): REMEDIATION, no money.
   * - 2026-10: 345/500 = 0.69, PENALTY sliding −5% at 0.75 to −15% at 0.60:
   *   −0.05 + (0.69 − 0.75) / (0.60 − 0.75) × (−0.10) = −0.05 − 0.04 = −0.09; × 100,000 = −9,000.00.
   * - 2026-11: 24 answers, below the minimum sample of 30: NOT_MEASURABLE, no money (24/28 = 0.8571 shown anyway).
   * The trigger (REMEDIATION or worse in 2 consecutive months) fires in 2026-10: 2026-09 REMEDIATION, 2026-10 PENALTY;
   * not in 2026-11, which is not measurable and breaks the run.
   */
  @Test
  void printsEachMonthWithItsExplanationAndTheTrigger() throws Exception {
    assertThat(MainOutput.of(BandedCsatTerm::main)).isEqualTo("""
        BASE EUR 0.00
          2026-06 csat: csat 0.85 (n=500, 95% CI 0.816..0.8786) band [0.82..0.88) BASE, no adjustment: = EUR 0.00
        BONUS EUR 7857.14
          2026-07 csat: csat 0.92 (n=500, 95% CI 0.8929..0.9407) band [0.88..+∞) BONUS, sliding +5% at 0.88 to \
        +10% at 0.95 of fees: +7.8571% of EUR 100000.00 = EUR 7857.14
        BONUS EUR 5000.00
          2026-08 csat: csat 0.88 (n=500, 95% CI 0.8486..0.9056) band [0.88..+∞) BONUS, sliding +5% at 0.88 to \
        +10% at 0.95 of fees: +5% of EUR 100000.00 = EUR 5000.00
        REMEDIATION EUR 0.00
          2026-09 csat: csat 0.78 (n=500, 95% CI 0.7416..0.8141) band [0.75..0.82) REMEDIATION, no adjustment: \
        = EUR 0.00
        PENALTY EUR -9000.00
          2026-10 csat: csat 0.69 (n=500, 95% CI 0.6481..0.729) band (-∞..0.75) PENALTY, sliding -5% at 0.75 to \
        -15% at 0.60 of fees: -9% of EUR 100000.00 = EUR -9000.00
        NOT_MEASURABLE EUR 0.00
          2026-11 csat: csat 0.8571 (n=28, 95% CI 0.6851..0.943) NOT_MEASURABLE (sample 28 below the minimum 30): \
        = EUR 0.00
        2026-10 csat-plan: csat at or worse than REMEDIATION in 2 consecutive periods (2026-09 REMEDIATION, \
        2026-10 PENALTY) -> REMEDIATION_PLAN_DUE
        """);
  }
}
