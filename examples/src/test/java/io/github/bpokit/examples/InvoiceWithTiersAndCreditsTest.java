package io.github.bpokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceWithTiersAndCreditsTest {
  /*
   * By hand: 2,400 contacts in graduated tiers are 1,000 × 4.50 = 4,500.00 plus 1,400 × 4.00 = 5,600.00, together
   * 10,100.00; the minimum commitment of 12,000.00 adds a true-up of 1,900.00, so the month is billed 12,000.00.
   * First response 1,776 / 2,400 = 0.74 < 0.80: credit −5% × 12,000.00 = −600.00; CSAT 870 / 1,000 = 0.87 >= 0.85:
   * bonus +2% × 12,000.00 = 240.00. Adjustments −360.00, total 11,640.00.
   */
  @Test
  void printsTheExplainedInvoice() throws Exception {
    assertThat(MainOutput.of(InvoiceWithTiersAndCredits::main)).isEqualTo("""
        Invoice 2026-10 in EUR (each line rounded once, HALF_UP)
          usage 2026-10: 2400 contacts, 2010 resolved, 0 re-opened, 0 billable minutes, QA 0/0 passed
          CHARGE: Contacts, graduated tier [tier 1–1000]: 1000 × 4.50 = 4500.00
              from 2400 handled contacts in 2026-10
          CHARGE: Contacts, graduated tier [tier 1001–5000]: 1400 × 4.00 = 5600.00
              from 2400 handled contacts in 2026-10
          TRUE_UP: Minimum commitment true-up: 1900.00
              from minimum EUR 12000.00 − charges EUR 10100.00
          ADJUSTMENT: SLA credit first-response: -600.00
              from 2026-10 first-response: sla_first_response 0.74 (n=2400, 95% CI 0.7221..0.7572) band (-∞..0.8) \
        PENALTY, -5% of fees: -5% of EUR 12000.00 = EUR -600.00
          ADJUSTMENT: SLA bonus csat: 240.00
              from 2026-10 csat: csat 0.87 (n=1000, 95% CI 0.8477..0.8894) band [0.85..+∞) BONUS, +2% of fees: \
        +2% of EUR 12000.00 = EUR 240.00
          Subtotal: 12000.00
          Adjustments: -360.00
          Total: 11640.00
        """);
  }
}
