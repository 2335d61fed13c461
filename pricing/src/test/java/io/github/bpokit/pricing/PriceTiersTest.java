package io.github.bpokit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class PriceTiersTest {
  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /**
   * The worked example of graduated vs volume pricing in the public billing-engine documentation: Stripe "Tiered
   * pricing" (docs.stripe.com/products-prices/pricing-models#tiered-pricing), Lago "Graduated" and "Volume" charge
   * models (docs.getlago.com/guide/plans/charges/charge-models), Kill Bill "Usage billing" (TIERED vs VOLUME
   * consumable in-arrear usage): units 1–5 at 7.00, 6–10 at 6.50, 11+ at 6.00.
   */
  static PriceTiers example() {
    return PriceTiers.builder()
        .tier(Range.closed(1L, 5L), eur("7.00"))
        .tier(Range.closed(6L, 10L), eur("6.50"))
        .tier(Range.atLeast(11L), eur("6.00"))
        .build();
  }

  @Test
  void volumeSixIs39() {
    // volume: all 6 units at the reached tier's price, 6 × 6.50 = 39.00
    assertThat(example().price(6, TierMode.VOLUME)).isEqualTo(eur("39.00"));
  }

  @Test
  void graduatedSixIs41_50() {
    // graduated: 5 × 7.00 + 1 × 6.50 = 35.00 + 6.50 = 41.50
    assertThat(example().price(6, TierMode.GRADUATED)).isEqualTo(eur("41.50"));
  }

  @Test
  void graduatedAcrossAllTiers() {
    // 12 units: 5 × 7.00 + 5 × 6.50 + 2 × 6.00 = 35.00 + 32.50 + 12.00 = 79.50; volume: 12 × 6.00 = 72.00
    assertThat(example().price(12, TierMode.GRADUATED)).isEqualTo(eur("79.50"));
    assertThat(example().price(12, TierMode.VOLUME)).isEqualTo(eur("72.00"));
    assertThat(example().price(0, TierMode.GRADUATED)).isEqualTo(eur("0"));
  }

  @Test
  void flatFeePerTierIsChargedOnceWhenTheTierIsUsed() {
    // Stripe "flat_amount" per tier / Lago "flat fee" per range: 1–5 at 0.00 + 10.00 flat, 6+ at 1.00 + 5.00 flat
    PriceTiers tiers = PriceTiers.builder()
        .tier(Range.closed(1L, 5L), eur("0.00"), eur("10.00"))
        .tier(Range.atLeast(6L), eur("1.00"), eur("5.00"))
        .build();
    assertThat(tiers.price(3, TierMode.GRADUATED)).isEqualTo(eur("10.00"));
    assertThat(tiers.price(7, TierMode.GRADUATED)).isEqualTo(eur("17.00")); // 10 + 2 × 1.00 + 5
    assertThat(tiers.price(7, TierMode.VOLUME)).isEqualTo(eur("12.00")); // 7 × 1.00 + 5
  }

  @Test
  void labelsAndLookup() {
    PriceTiers tiers = example();
    assertThat(tiers.tierFor(1).label()).isEqualTo("1–5");
    assertThat(tiers.tierFor(10).label()).isEqualTo("6–10");
    assertThat(tiers.tierFor(1_000_000).label()).isEqualTo("11+");
    assertThat(tiers.toString()).isEqualTo("[1–5 at EUR 7.00, 6–10 at EUR 6.50, 11+ at EUR 6.00]");
    assertThatThrownBy(() -> tiers.tierFor(0)).hasMessage("unit numbers start at 1: 0");
    assertThatThrownBy(() -> tiers.price(-1, TierMode.VOLUME)).hasMessage("quantity must not be negative: -1");
  }

  @Test
  void edgesMayBeOpenOrClosedAndGivenInAnyOrder() {
    PriceTiers tiers = PriceTiers.builder()
        .tier(Range.greaterThan(10L), eur("6.00"))
        .tier(Range.openClosed(5L, 10L), eur("6.50"))
        .tier(Range.closedOpen(1L, 6L), eur("7.00"))
        .build();
    assertThat(tiers.price(6, TierMode.GRADUATED)).isEqualTo(eur("41.50"));
    assertThat(tiers.tiers()).extracting(PriceTiers.Tier::label).containsExactly("1–5", "6–10", "11+");
  }

  @Test
  void overlapsAndGapsNameBothRanges() {
    assertThatThrownBy(() -> PriceTiers.builder()
        .tier(Range.closed(1L, 5L), eur("7.00"))
        .tier(Range.atLeast(5L), eur("6.00"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiers [1..5] and [5..+∞) overlap: unit 5 is in both");
    assertThatThrownBy(() -> PriceTiers.builder()
        .tier(Range.closed(1L, 5L), eur("7.00"))
        .tier(Range.atLeast(8L), eur("6.00"))
        .build())
        .hasMessage("tiers [1..5] and [8..+∞) leave a gap: units 6..7 have no price");
    assertThatThrownBy(() -> PriceTiers.builder().tier(Range.atLeast(2L), eur("6.00")).build())
        .hasMessage("the first tier [2..+∞) must start at unit 1: units 1..1 have no price");
    assertThatThrownBy(() -> PriceTiers.builder().tier(Range.closed(1L, 5L), eur("6.00")).build())
        .hasMessage("the last tier [1..5] must be open-ended: units above 5 have no price (use Range.atLeast(1L))");
    assertThatThrownBy(() -> PriceTiers.builder().build()).hasMessage("a price table needs at least one tier");
    assertThatThrownBy(() -> PriceTiers.builder().tier(Range.closed(0L, 5L), eur("6.00")))
        .hasMessage("tier [0..5] starts below unit 1");
    assertThatThrownBy(() -> PriceTiers.builder().tier(Range.open(5L, 6L), eur("6.00")))
        .hasMessage("tier (5..6) contains no unit");
    assertThatThrownBy(() -> PriceTiers.builder().tier(Range.atMost(5L), eur("6.00")))
        .hasMessage("tier (-∞..5] has no lower bound: tiers start at unit 1 or later");
    assertThatThrownBy(() -> PriceTiers.builder().tier(Range.atLeast(1L), eur("-1.00")))
        .hasMessage("tier [1..+∞) has a negative unit price: EUR -1.00");
  }

  @Test
  void oneCurrencyPerTable() {
    assertThatThrownBy(() -> PriceTiers.builder()
        .tier(Range.closed(1L, 5L), eur("7.00"))
        .tier(Range.atLeast(6L), Money.of("6.00", "USD"))
        .build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void graduatedPriceIsNonDecreasingInQuantity() {
    QuickTheory.qt().withFixedSeed(20261201L).withExamples(300)
        .forAll(integers().between(1, 4), integers().between(1, 50), integers().between(0, 900), longs().between(0, 400))
        .checkAssert((tierCount, width, cents, quantity) -> {
          PriceTiers.Builder builder = PriceTiers.builder();
          long first = 1;
          for (int i = 0; i < tierCount - 1; i++) {
            builder.tier(Range.closed(first, first + width - 1), Money.ofMinor(cents + 37L * i, Money.of("0", "EUR")
                .currency()), Money.ofMinor(i * 100L, Money.of("0", "EUR").currency()));
            first += width;
          }
          builder.tier(Range.atLeast(first), Money.ofMinor(cents / 2, Money.of("0", "EUR").currency()));
          PriceTiers tiers = builder.build();
          assertThat(tiers.price(quantity + 1, TierMode.GRADUATED))
              .isGreaterThanOrEqualTo(tiers.price(quantity, TierMode.GRADUATED));
        });
  }

  @Test
  void valueSemanticsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(example(), example())
        .addEqualityGroup(PriceTiers.flat(eur("7.00")), PriceTiers.flat(eur("7")))
        .addEqualityGroup(new PriceTiers.Tier(Range.atLeast(1L), eur("1.00"), Optional.of(eur("2.00"))))
        .testEquals();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Range.class, Range.atLeast(1L))
        .setDefault(Money.class, eur("1.00"));
    tester.testAllPublicStaticMethods(PriceTiers.class);
    tester.testAllPublicInstanceMethods(example());
    tester.testAllPublicInstanceMethods(PriceTiers.builder());
    tester.testAllPublicConstructors(PriceTiers.Tier.class);
  }
}
