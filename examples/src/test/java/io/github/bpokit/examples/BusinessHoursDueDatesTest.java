package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessHoursDueDatesTest {
  /*
   * Due dates (SPEC §2 worked examples and one by hand), Mon-Fri 09:00-17:00 UTC:
   * - Friday 2026-10-02 16:00 + 4 h: 1 h on Friday, 3 h from Monday 09:00 -> Monday 2026-10-05 12:00.
   * - Wednesday 2026-12-23 15:00 + 4 h: 2 h on Wednesday, 24 and 25 December are holidays, the weekend is closed,
   *   2 h from Monday 28 December 09:00 -> 11:00.
   * - Mon-Fri 08:00-18:00, Monday 17:00 + 4 h: 1 h on Monday, 3 h from Tuesday 08:00 -> Tuesday 11:00.
   *
   * Ticket T-1001, created Friday 16:00, replied to Monday 10:00, PENDING 10:00-14:00, solved Tuesday 11:00:
   * - as of Friday 17:00 every timer has run 1 h; first reply due Monday 09:00 + 3 h = 12:00, requester wait and
   *   resolution (8 h) due Monday 09:00 + 7 h = 16:00.
   * - first reply: 1 h Friday + 1 h Monday = 2 h of 4 h, ACHIEVED.
   * - requester wait: 1 h Friday + 1 h Monday, paused 10:00-14:00, 3 h Monday + 2 h Tuesday = 7 h of 8 h; resumed at
   *   Monday 14:00 with 6 h left: 3 h Monday + 3 h Tuesday -> due Tuesday 12:00. ACHIEVED.
   * - resolution never pauses: 1 h + 8 h + 2 h = 11 h of 8 h, BREACHED when the 8th hour ran out, Monday 16:00.
   */
  @Test
  void printsDueDatesAndTimers() throws Exception {
    assertThat(MainOutput.of(BusinessHoursDueDates::main)).isEqualTo("""
        Friday 16:00 + 4h -> 2026-10-05T12:00:00Z
        23 Dec 15:00 + 4h -> 2026-12-28T11:00:00Z
        Monday 17:00 + 4h -> 2026-10-06T11:00:00Z
        open time Friday 16:00 to Monday 12:00: PT4H
        T-1001 under 'email office hours' as of 2026-10-02T17:00:00Z, NEW
          first_reply    RUNNING  elapsed 1h  of 4h  due 2026-10-05T12:00:00Z
          requester_wait RUNNING  elapsed 1h  of 8h  due 2026-10-05T16:00:00Z
          resolution     RUNNING  elapsed 1h  of 8h  due 2026-10-05T16:00:00Z
        T-1001 under 'email office hours' as of 2026-10-06T11:00:00Z, SOLVED
          first_reply    ACHIEVED elapsed 2h  of 4h  due 2026-10-05T12:00:00Z
          requester_wait ACHIEVED elapsed 7h  of 8h  due 2026-10-06T12:00:00Z
          resolution     BREACHED elapsed 11h of 8h  breached at 2026-10-05T16:00:00Z
        """);
  }
}
