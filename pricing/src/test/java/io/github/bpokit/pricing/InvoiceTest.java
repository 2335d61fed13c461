package io.github.bpokit.pricing;

import static io.github.bpokit.pricing.UsageTest.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceTest {
  static final Currency EUR = Currency.getInstance("EUR");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static Usage contacts(long n) {
    return Usage.builder(OCTOBER).contacts(n).build();
  }

  @Test
  void graduatedInvoiceOfSixContactsIs41_50() {
    // Stripe / Lago / Kill Bill graduated example: 5 × 7.00 + 1 × 6.50 = 41.50
    Invoice invoice = PricingModel.PerContact.tiered(PriceTiersTest.example(), TierMode.GRADUATED)
        .invoice(contacts(6)).build();
    assertThat(invoice.total()).isEqualTo(eur("41.50"));
    assertThat(invoice.lines()).extracting(l -> l.tier().orElseThrow()).containsExactly("1–5", "6–10");
    assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(eur("35.00"), eur("6.50"));
  }

  @Test
  void aBuilderBuildsAgainAfterMoreLines() {
    // charges 6 × 7.00 = 42.00 with a 100.00 minimum (true-up 58.00); a 5% credit of that subtotal, -5.00, added
    // after a first build gives the invoice a fresh builder with every line gives
    Invoice.Builder builder = PricingModel.PerContact.flat(eur("7.00")).invoice(contacts(6))
        .minimumCommitment(eur("100.00"));
    Invoice first = builder.build();
    assertThat(first.subtotal()).isEqualTo(eur("100.00"));
    Invoice second = builder.adjustment("SLA credit", eur("-5.00")).build();
    Invoice fresh = PricingModel.PerContact.flat(eur("7.00")).invoice(contacts(6)).minimumCommitment(eur("100.00"))
        .adjustment("SLA credit", eur("-5.00")).build();
    assertThat(second.lines()).isEqualTo(fresh.lines());
    assertThat(second.total()).isEqualTo(eur("95.00"));
    assertThat(first.lines()).hasSize(2);
  }

  @Test
  void explainsAQuantityThatDoesNotTerminateRoundedAndKeepsItExactInJson() {
    // 61 billable seconds = 1.01666... minutes × 0.60 = 0.61 exactly; explain() shows the quantity as ≈1.0167
    Usage usage = Usage.builder(OCTOBER).contacts(1).handleSeconds(61).billableSeconds(61).build();
    Invoice invoice = new PricingModel.PerMinute(eur("0.60")).invoice(usage).build();
    assertThat(invoice.total()).isEqualTo(eur("0.61"));
    assertThat(invoice.explain()).contains("Billable minutes: ≈1.0167 × 0.60 = 0.61\n");
    assertThat(invoice.toJson()).contains("\"quantity\":\"1.016666666666666666666666666666667\"");
  }

  @Test
  void volumeInvoiceOfSixContactsIs39() {
    // the same table, volume: 6 × 6.50 = 39.00
    Invoice invoice = PricingModel.PerContact.tiered(PriceTiersTest.example(), TierMode.VOLUME)
        .invoice(contacts(6)).build();
    assertThat(invoice.total()).isEqualTo(eur("39.00"));
    assertThat(invoice.lines()).singleElement().satisfies(line -> {
      assertThat(line.quantity()).isEqualByComparingTo("6");
      assertThat(line.unitPrice()).contains(eur("6.50"));
      assertThat(line.flags()).isEmpty();
    });
  }

  @Test
  void volumeTierDropIsFlagged() {
    // 1–100 at 1.00, 101+ at 0.80: 100 contacts cost 100.00, 101 cost 80.80 — the total drops, the line says so
    PriceTiers tiers = PriceTiers.builder().tier(Range.closed(1L, 100L), eur("1.00"))
        .tier(Range.atLeast(101L), eur("0.80")).build();
    Invoice invoice = PricingModel.PerContact.tiered(tiers, TierMode.VOLUME).invoice(contacts(101)).build();
    assertThat(invoice.total()).isEqualTo(eur("80.80"));
    assertThat(invoice.lines().get(0).flags())
        .containsExactly("volume tier drop: 101 cost EUR 80.80, less than the EUR 100.00 for 100 in the tier below");
  }

  @Test
  void minimumCommitmentTrueUp() {
    // charges 6 × 7.00 flat = 42.00 against a 100.00 minimum: a separate true-up line of 100.00 − 42.00 = 58.00
    // (Lago "minimum commitment" / Kill Bill minimum: the shortfall is invoiced on its own line)
    Invoice invoice = PricingModel.PerContact.flat(eur("7.00")).invoice(contacts(6))
        .minimumCommitment(eur("100.00"))
        .adjustment("SLA credit: service level below 80%", eur("-5.00"))
        .build();
    assertThat(invoice.lines()).extracting(InvoiceLine::kind).containsExactly(InvoiceLine.Kind.CHARGE,
        InvoiceLine.Kind.TRUE_UP, InvoiceLine.Kind.ADJUSTMENT);
    assertThat(invoice.lines().get(1).amount()).isEqualTo(eur("58.00"));
    assertThat(invoice.lines().get(1).basis()).isEqualTo("minimum EUR 100.00 − charges EUR 42.00");
    assertThat(invoice.subtotal()).isEqualTo(eur("100.00"));
    assertThat(invoice.adjustmentsTotal()).isEqualTo(eur("-5.00"));
    assertThat(invoice.total()).isEqualTo(eur("95.00"));
    // met: no true-up
    Invoice met = PricingModel.PerContact.flat(eur("7.00")).invoice(contacts(20))
        .minimumCommitment(eur("100.00")).build();
    assertThat(met.lines()).extracting(InvoiceLine::kind).containsExactly(InvoiceLine.Kind.CHARGE);
    assertThat(met.total()).isEqualTo(eur("140.00"));
  }

  @Test
  void perMinuteInSixSecondIncrements() {
    // one 31 s contact bills 36 s = 0.6 min; at 1.00 per minute: 0.60
    Usage usage = Usage.builder(OCTOBER).rules(UsageTest.SIX_SECONDS).contacts(1).handleSeconds(31)
        .billableSeconds(UsageTest.SIX_SECONDS.billableSeconds(31, 0, 0)).build();
    Invoice invoice = new PricingModel.PerMinute(eur("1.00")).invoice(usage).build();
    assertThat(invoice.total()).isEqualTo(eur("0.60"));
    assertThat(invoice.lines().get(0).quantity()).isEqualByComparingTo("0.6");
    assertThat(invoice.lines().get(0).basis())
        .isEqualTo("36 billable seconds of 1 contacts in 2026-10 (6 s increments, wrap uncapped, QA pass at 80; 31 s"
            + " recorded)");
  }

  @Test
  void perResolvedContactShowsSampleAndWilsonInterval() {
    // 1000 resolved × 46/50 passed = 920 at 9.00 = 8280.00; Wilson 95% for 46/50: (46 + z²/2 ± z·sqrt(46·4/50 + z²/4)) / (50 + z²) = [0.8116, 0.9685]
    Usage usage = Usage.builder(OCTOBER).contacts(1200).resolved(1000).qa(50, 46).build();
    Invoice invoice = new PricingModel.PerResolvedContact(eur("9.00")).invoice(usage).build();
    assertThat(invoice.total()).isEqualTo(eur("8280.00"));
    assertThat(invoice.lines().get(0).basis()).isEqualTo("1000 resolved in 2026-10 × audited pass rate 92.00% (46 of "
        + "50 audited, sample size 50, 95% Wilson interval 81.16%–96.85%)");
    assertThatThrownBy(() -> new PricingModel.PerResolvedContact(eur("9.00")).lines(contacts(5)))
        .hasMessage("per-resolved-contact billing needs a QA sample: usage 2026-10 has no audited contact");
  }

  @Test
  void perFteProratedByDays() {
    // 12 FTE × 4200.00 = 50400.00 for October (31 days); service from 2026-10-17: 15 days → 50400 × 15 / 31
    // = 24387.096774... → 24387.10
    PricingModel.PerFte model = PricingModel.PerFte.monthly(new BigDecimal("12"), eur("4200.00"))
        .withServiceStart(LocalDate.of(2026, 10, 17));
    Invoice invoice = model.invoice(contacts(0)).build();
    assertThat(invoice.total()).isEqualTo(eur("24387.10"));
    assertThat(invoice.lines().get(0).basis()).isEqualTo("12 FTE in 2026-10, prorated 15/31 days in service");
    // hourly: 2.5 FTE × 160 h × 25.00 = 10000.00
    assertThat(PricingModel.PerFte.hourly(new BigDecimal("2.5"), eur("25.00"), new BigDecimal("160"))
        .invoice(contacts(0)).build().total()).isEqualTo(eur("10000.00"));
    assertThatThrownBy(() -> model.withServiceEnd(LocalDate.of(2026, 10, 17)))
        .hasMessage("service end 2026-10-17 must be after service start 2026-10-17");
  }

  @Test
  void qualityFloorAndReopenClause() {
    // 100 contacts, 10 audited of which 3 failed, 5 re-opened: 100 − 3 − 5 = 92 billable at 2.00 = 184.00
    Usage usage = Usage.builder(OCTOBER).contacts(100).reopened(5).qa(10, 7).build();
    PricingModel.PerContact model = PricingModel.PerContact.flat(eur("2.00")).withQualityFloor().withReopenClause();
    Invoice invoice = model.invoice(usage).build();
    assertThat(invoice.total()).isEqualTo(eur("184.00"));
    assertThat(invoice.lines().get(0).basis()).isEqualTo("100 handled contacts in 2026-10 − 3 failed QA (quality "
        + "floor 80) − 5 re-opened (re-open clause) = 92 billable");
  }

  @Test
  void outcomeBased() {
    Usage usage = Usage.builder(OCTOBER).contacts(10).resolved(8)
        .measure("recovered_revenue", new BigDecimal("18250.00")).build();
    assertThat(PricingModel.OutcomeBased.feePerUnit("resolved", eur("3.25")).invoice(usage).build().total())
        .isEqualTo(eur("26.00"));
    // 5% of 18250.00 = 912.50
    assertThat(PricingModel.OutcomeBased.shareOfValue("recovered_revenue", new BigDecimal("0.05"), EUR)
        .invoice(usage).build().total()).isEqualTo(eur("912.50"));
    assertThatThrownBy(() -> PricingModel.OutcomeBased.feePerUnit("saves", eur("1.00")).lines(usage))
        .hasMessage("usage 2026-10 has no measure 'saves' (built in: contacts, resolved, reopened, qa_passed; given:"
            + " [recovered_revenue])");
  }

  @Test
  void hybridBillsOverflowPerContact() {
    // core 10 FTE × 4200.00 = 42000.00 absorbing 9000 contacts; 9500 contacts: 500 overflow × 5.50 = 2750.00
    PricingModel.Hybrid hybrid = new PricingModel.Hybrid(
        PricingModel.PerFte.monthly(BigDecimal.TEN, eur("4200.00")), 9_000,
        PricingModel.PerContact.flat(eur("5.50")));
    Invoice invoice = hybrid.invoice(contacts(9_500)).build();
    assertThat(invoice.total()).isEqualTo(eur("44750.00"));
    assertThat(invoice.lines().get(1).basis())
        .isEqualTo("9500 handled contacts in 2026-10; above the core capacity of 9000 contacts");
  }

  @Test
  void roundingHalfUpByDefaultHalfEvenSelectable() {
    // exact 0.125 (1 × 0.125): HALF_UP 0.13, HALF_EVEN 0.12 — rounded once, per line
    InvoiceLine line = InvoiceLine.charge("Tiny", 1, eur("0.125"));
    Invoice up = Invoice.builder(EUR, OCTOBER).line(line).line(line).build();
    Invoice even = Invoice.builder(EUR, OCTOBER).line(line).line(line).roundingMode(RoundingMode.HALF_EVEN).build();
    assertThat(up.total()).isEqualTo(eur("0.26"));
    assertThat(even.total()).isEqualTo(eur("0.24"));
    assertThatThrownBy(() -> Invoice.builder(EUR, OCTOBER).roundingMode(RoundingMode.UNNECESSARY))
        .hasMessage("rounding mode UNNECESSARY cannot round a line to the minor unit");
  }

  @Test
  void oneCurrencyPerInvoice() {
    assertThatThrownBy(() -> Invoice.builder(EUR, OCTOBER).adjustment("bonus", Money.of("1.00", "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .satisfies(e -> assertThat(((CurrencyMismatchException) e).second().getCurrencyCode()).isEqualTo("USD"));
    assertThatThrownBy(() -> new PricingModel.Hybrid(PricingModel.PerFte.monthly(BigDecimal.ONE, eur("1.00")), 1,
        PricingModel.PerContact.flat(Money.of("1.00", "USD")))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void spreadsAnAdjustmentExactly() {
    Map<String, Long> weights = new LinkedHashMap<>();
    weights.put("CHAT", 1L);
    weights.put("EMAIL", 1L);
    weights.put("VOICE", 1L);
    Invoice invoice = Invoice.builder(EUR, OCTOBER).adjustment("SLA credit", eur("-100.00"), weights).build();
    assertThat(invoice.lines()).extracting(InvoiceLine::amount)
        .containsExactly(eur("-33.34"), eur("-33.33"), eur("-33.33"));
    assertThat(invoice.lines().get(0).description()).isEqualTo("SLA credit (CHAT)");
    assertThat(invoice.total()).isEqualTo(eur("-100.00"));
    assertThatThrownBy(() -> Invoice.builder(EUR, OCTOBER).adjustment("x", eur("1.00"), Map.of("a", 0L)))
        .hasMessage("adjustment 'x': the weights are all zero");
  }

  @Test
  void stableJson() {
    Invoice invoice = PricingModel.PerContact.tiered(PriceTiersTest.example(), TierMode.GRADUATED)
        .invoice(contacts(6)).adjustment("Bonus \"CSAT\"", eur("2.5")).build();
    assertThat(invoice.toJson()).isEqualTo("{\"period\":\"2026-10\",\"currency\":\"EUR\",\"roundingMode\":"
        + "\"HALF_UP\",\"lines\":["
        + "{\"kind\":\"CHARGE\",\"description\":\"Contacts, graduated tier\",\"quantity\":\"5\",\"unitPrice\":"
        + "\"7.00\",\"tier\":\"1–5\",\"amount\":\"35.00\",\"exactAmount\":\"35.00\",\"basis\":\"6 handled contacts"
        + " in 2026-10\",\"flags\":[]},"
        + "{\"kind\":\"CHARGE\",\"description\":\"Contacts, graduated tier\",\"quantity\":\"1\",\"unitPrice\":"
        + "\"6.50\",\"tier\":\"6–10\",\"amount\":\"6.50\",\"exactAmount\":\"6.50\",\"basis\":\"6 handled contacts"
        + " in 2026-10\",\"flags\":[]},"
        + "{\"kind\":\"ADJUSTMENT\",\"description\":\"Bonus \\\"CSAT\\\"\",\"quantity\":\"1\",\"unitPrice\":null,"
        + "\"tier\":null,\"amount\":\"2.50\",\"exactAmount\":\"2.50\",\"basis\":\"\",\"flags\":[]}],"
        + "\"subtotal\":\"41.50\",\"adjustments\":\"2.50\",\"total\":\"44.00\"}");
    assertThat(invoice.explain()).contains("CHARGE: Contacts, graduated tier [tier 6–10]: 1 × 6.50 = 6.50",
        "Total: 44.00", "usage 2026-10: 6 contacts");
    assertThat(invoice.toString()).isEqualTo("Invoice[2026-10, EUR 44.00, 3 lines]");
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ReportingPeriod.class, OCTOBER)
        .setDefault(Money.class, eur("1.00"))
        .setDefault(Currency.class, EUR)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Duration.class, Duration.ofSeconds(6))
        .setDefault(PriceTiers.class, PriceTiersTest.example())
        .setDefault(Usage.class, contacts(1))
        .setDefault(String.class, "x")
        .setDefault(PricingModel.PerFte.class, PricingModel.PerFte.monthly(BigDecimal.ONE, eur("1.00")))
        .setDefault(PricingModel.PerContact.class, PricingModel.PerContact.flat(eur("1.00")));
    tester.testAllPublicStaticMethods(Invoice.class);
    tester.testAllPublicInstanceMethods(Invoice.builder(EUR, OCTOBER));
    tester.testAllPublicInstanceMethods(Invoice.builder(EUR, OCTOBER).build());
    tester.testAllPublicStaticMethods(InvoiceLine.class);
    tester.testAllPublicConstructors(InvoiceLine.class);
    tester.testAllPublicInstanceMethods(InvoiceLine.charge("x", 1, eur("1.00")));
    for (Class<?> model : PricingModel.class.getPermittedSubclasses()) {
      tester.testAllPublicStaticMethods(model);
      tester.testAllPublicConstructors(model);
    }
  }
}
