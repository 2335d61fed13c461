package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorecardFromListTest {
  /*
   * By hand, from the ten interactions of the example (as of 2026-10-31, every 7-day repeat window has closed):
   *
   * CSAT (answers >= 4 of all answers): VOICE 5, 2, 3 -> 1 of 3; EMAIL 5 -> 1 of 1 (i-10 has no survey);
   * CHAT 4, 5, 4, 1 -> 3 of 4; whole 5 of 8 = 62.5%.
   * Wilson 95% for 5 of 8, z² = 3.8415: centre (5 + 1.9207) / 11.8415 = 0.5845,
   * half-width 1.96 × sqrt(5 × 3 / 8 + 0.9604) / 11.8415 = 0.2787 -> [30.6%, 86.3%].
   *
   * FCR (eligible = handled, so the abandoned i-4 is out: 9 contacts): not resolved on first contact are i-1 (the
   * same customer c-1 called again about billing two days later, i-2) and i-3 (ESCALATED, and c-2 came back about
   * orders on chat, i-8). i-5 follows i-4, it is not followed by it. So VOICE 1 of 3 (i-2), EMAIL 2 of 2,
   * CHAT 4 of 4, whole 7 of 9 = 77.8%.
   */
  @Test
  void printsTheWholeAndEachChannel() throws Exception {
    assertThat(MainOutput.of(ScorecardFromList::main)).isEqualTo("""
        scorecard of 10 interactions as of 2026-10-31T00:00:00Z
        *      contacts 10  CSAT  62.5% of 8 (95% CI 30.6%-86.3%)  FCR  77.8% (7 of 9)
        VOICE  contacts  4  CSAT  33.3% of 3 (95% CI 6.1%-79.2%)  FCR  33.3% (1 of 3)
        EMAIL  contacts  2  CSAT 100.0% of 1 (95% CI 20.7%-100.0%)  FCR 100.0% (2 of 2)
        CHAT   contacts  4  CSAT  75.0% of 4 (95% CI 30.1%-95.4%)  FCR 100.0% (4 of 4)
        """);
  }
}
