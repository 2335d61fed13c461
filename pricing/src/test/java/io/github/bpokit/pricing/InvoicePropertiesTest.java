package io.github.bpokit.pricing;

import static io.github.bpokit.pricing.InvoiceTest.EUR;
import static io.github.bpokit.pricing.InvoiceTest.eur;
import static io.github.bpokit.pricing.UsageTest.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bpokit.core.money.Money;
import io.github.bpokit.testing.Generators;
import io.github.bpokit.testing.MoneyGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Laws of invoices: the total is the sum of the lines, independent of their order; allocation is exact; HYBRID. */
class InvoicePropertiesTest {
  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20261201L).withExamples(200);
  }

  /** Exact amounts from -500 to 500 EUR with up to 4 decimals, so that lines really round (bpokit-testing). */
  static Gen<Money> amounts() {
    MoneyGenerator amounts = Generators.money().currencies(EUR).between("-500", "500").extraDecimals(2);
    return in -> amounts.next((min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min)));
  }

  static Gen<List<InvoiceLine>> lines() {
    return lists().of(amounts().zip(integers().between(0, 2), (amount, kind) -> kind == 0
        ? InvoiceLine.adjustment("adjustment", amount)
        : InvoiceLine.charge("charge", BigDecimal.ONE, amount.abs(), amount.abs()))).ofSizeBetween(0, 20);
  }

  @Test
  void totalIsTheSumOfTheRoundedLines() {
    qt().forAll(lines(), integers().between(0, 1)).checkAssert((lines, even) -> {
      Invoice invoice = Invoice.builder(EUR, OCTOBER).lines(lines)
          .roundingMode(even == 1 ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP).build();
      Money sum = Money.zero(EUR);
      for (InvoiceLine line : invoice.lines()) {
        assertThat(line.amount().isRounded()).isTrue();
        sum = sum.plus(line.amount());
      }
      assertThat(invoice.total()).isEqualTo(sum);
      assertThat(invoice.total().isRounded()).isTrue();
    });
  }

  @Test
  void lineOrderNeverChangesTheTotal() {
    qt().forAll(lines(), longs().all(), amounts()).checkAssert((lines, seed, minimum) -> {
      List<InvoiceLine> shuffled = new ArrayList<>(lines);
      Collections.shuffle(shuffled, new Random(seed));
      Invoice a = Invoice.builder(EUR, OCTOBER).lines(lines).minimumCommitment(minimum.abs()).build();
      Invoice b = Invoice.builder(EUR, OCTOBER).lines(shuffled).minimumCommitment(minimum.abs()).build();
      assertThat(b.total()).isEqualTo(a.total());
      assertThat(b.subtotal()).isGreaterThanOrEqualTo(minimum.abs().rounded());
    });
  }

  @Test
  void spreadAdjustmentsSumExactlyToTheRoundedAmount() {
    qt().forAll(amounts(), lists().of(longs().between(0, 1_000)).ofSizeBetween(1, 8))
        .assuming((amount, weights) -> weights.stream().mapToLong(Long::longValue).sum() > 0)
        .checkAssert((amount, weights) -> {
          Map<String, Long> byKey = new LinkedHashMap<>();
          for (int i = 0; i < weights.size(); i++) {
            byKey.put("part" + i, weights.get(i));
          }
          Invoice invoice = Invoice.builder(EUR, OCTOBER).adjustment("credit", amount, byKey).build();
          assertThat(invoice.lines()).hasSize(weights.size());
          assertThat(invoice.total()).isEqualTo(amount.rounded());
        });
  }

  @Test
  void hybridEqualsPerFteWithinCoreCapacity() {
    qt().forAll(integers().between(1, 50), longs().between(0, 20_000), integers().between(0, 1_000),
        integers().between(1, 31))
        .checkAssert((ftes, capacity, permille, startDay) -> {
          long prorated = capacity * (32 - startDay) / 31; // days in service from startDay to 31 October
          long contacts = prorated * permille / 1_000;
          PricingModel.PerFte core = PricingModel.PerFte.monthly(BigDecimal.valueOf(ftes), eur("4123.45"))
              .withServiceStart(LocalDate.of(2026, 10, startDay));
          PricingModel.Hybrid hybrid = new PricingModel.Hybrid(core, capacity,
              PricingModel.PerContact.flat(eur("5.50")));
          Usage usage = Usage.builder(OCTOBER).contacts(contacts).build();
          assertThat(hybrid.lines(usage)).isEqualTo(core.lines(usage));
          assertThat(hybrid.invoice(usage).build().total()).isEqualTo(core.invoice(usage).build().total());
        });
  }

  @Test
  void hybridNeverBillsLessThanItsCore() {
    qt().forAll(longs().between(0, 2_000), longs().between(0, 5_000)).checkAssert((capacity, contacts) -> {
      PricingModel.PerFte core = PricingModel.PerFte.monthly(BigDecimal.TEN, eur("4200.00"));
      PricingModel.Hybrid hybrid = new PricingModel.Hybrid(core, capacity,
          PricingModel.PerContact.tiered(PriceTiersTest.example(), TierMode.GRADUATED));
      Usage usage = Usage.builder(OCTOBER).contacts(contacts).build();
      Money overflow = PriceTiersTest.example().price(Math.max(0, contacts - capacity), TierMode.GRADUATED);
      assertThat(hybrid.invoice(usage).build().total()).isEqualTo(eur("42000.00").plus(overflow));
    });
  }
}
