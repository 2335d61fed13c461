package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErlangCStaffingTest {
  /*
   * The headline figures are the README quick start's (and `bpokit staffing`'s): 100 calls × 180 s / 1,800 s =
   * 10 erlangs; 14 agents give P(wait) 0.1741 and service level 1 − 0.1741 × e^(−(14 − 10) × 20 / 180) = 0.8884,
   * ASA 0.1741 × 180 / 4 = 7.84 s, occupancy 10 / 14 = 0.7143 (13 agents give 0.7956, under 80%); scheduled
   * ceil(14 / 0.7) = 20.
   *
   * The plan's intervals were checked against an independent Erlang C (Erlang-B recursion, then the smallest N with
   * service level >= 0.80) written in Python; scheduled = ceil(N / 0.7). The day: Σ N = 7 + 10 + 14 + 17 + 19 + 16
   * + 12 + 9 = 104 agent half-hours = 52 agent-hours; FTE = 52 / (8 × 0.7) = 9.2857.
   */
  @Test
  void printsTheHalfHourAndThePlan() throws Exception {
    assertThat(MainOutput.of(ErlangCStaffing::main)).isEqualTo("""
        traffic 10.0 erlangs: 14 agents, service level 0.8884, ASA 7.84 s, occupancy 0.7143, P(wait) 0.1741; \
        20 to schedule with 30% shrinkage
        interval  calls  agents  scheduled  service level
        08:00     40       7         10         0.9032
        08:30     70      10         15         0.8411
        09:00    100      14         20         0.8884
        09:30    130      17         25         0.8599
        10:00    150      19         28         0.8434
        10:30    120      16         23         0.8688
        11:00     90      12         18         0.8094
        11:30     60       9         13         0.8596
        2026-10-05: 760 calls, 52.0 agent-hours, 9.2857 FTE, peak 19 agents (28 scheduled)
        """);
  }
}
