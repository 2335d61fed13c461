package io.github.bpokit.pricing;

import static io.github.bpokit.pricing.InvoiceTest.EUR;
import static io.github.bpokit.pricing.InvoiceTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadedRateTest {
  /**
   * Worked example, by hand, per paid agent hour:
   *
   * <pre>
   *   wage 18.00 + benefits 4.50 + WFM 0.90 + QA 0.80 + team lead 30.00 / 12 = 2.50
   *   + training 1.20 + technology 1.50 + real estate 2.00 + management overhead 1.10   = cost 32.50
   *   markup on cost 20%: 32.50 × 1.20                                                  = rate 39.00
   *   (margin on price 20% instead: 32.50 / 0.80                                        = 40.625)
   *   shrinkage 35%: 39.00 / 0.65                                                       = 60.00 per productive hour
   *   AHT 6 min at 80% occupancy: 0.80 × 60 / 6 = 8 contacts per productive hour: 60.00 / 8 = 7.50 per contact
   *   resolution rate 75%: 7.50 / 0.75                                                  = 10.00 per resolved contact
   * </pre>
   */
  static LoadedRate example() {
    return LoadedRate.builder(EUR)
        .wage("18.00").benefits("4.50").wfm("0.90").qa("0.80").teamLead("30.00", 12)
        .training("1.20").technology("1.50").realEstate("2.00").managementOverhead("1.10")
        .margin(Margin.markupOnCost(new BigDecimal("0.20")))
        .shrinkage(Shrinkage.of(0.35)).occupancy(new BigDecimal("0.80"))
        .build();
  }

  @Test
  void workedExample() {
    LoadedRate rate = example();
    assertThat(rate.breakdown().get("team lead")).isEqualTo(eur("2.50"));
    assertThat(rate.breakdown()).hasSize(9);
    assertThat(rate.costPerPaidHour()).isEqualTo(eur("32.50"));
    assertThat(rate.ratePerPaidHour()).isEqualTo(eur("39.00"));
    assertThat(rate.ratePerProductiveHour()).isEqualTo(eur("60.00"));
    assertThat(rate.ratePerHandledContact(Duration.ofMinutes(6))).isEqualTo(eur("7.50"));
    assertThat(rate.ratePerResolvedContact(Duration.ofMinutes(6), new BigDecimal("0.75"))).isEqualTo(eur("10.00"));
    assertThat(rate.explain()).contains("team lead: 2.50 (30.00 / span of control 12)",
        "rate per paid hour (20.00% markup on cost): 39.00", "rate per productive hour (shrinkage 35.00%): 60.00");
  }

  @Test
  void markupOnCostAndMarginOnPriceAreDistinct() {
    Money cost = eur("32.50");
    assertThat(Margin.markupOnCost(new BigDecimal("0.20")).price(cost)).isEqualTo(eur("39.00"));
    assertThat(Margin.marginOnPrice(new BigDecimal("0.20")).price(cost)).isEqualTo(eur("40.625"));
    assertThat(Margin.marginOnPrice(new BigDecimal("0.20")).toString()).isEqualTo("20.00% margin on price");
    assertThatThrownBy(() -> Margin.marginOnPrice(BigDecimal.ONE)).hasMessage("margin on price must be in [0, 1): 1");
    assertThatThrownBy(() -> Margin.markupOnCost(new BigDecimal("-0.1")))
        .hasMessage("markup must not be negative: -0.1");
  }

  @Test
  void ratesStayExactUntilPresented() {
    // team lead 10.00 / 3 = 3.333... kept to 34 digits; 3 agents' share adds back up to 10.00 when rounded
    LoadedRate rate = LoadedRate.builder(EUR).teamLead("10.00", 3).build();
    assertThat(rate.costPerPaidHour().isRounded()).isFalse();
    assertThat(rate.costPerPaidHour().multipliedBy(3).rounded()).isEqualTo(eur("10.00"));
  }

  @Test
  void headlineVsLoaded() {
    // A quotes 25.00 headline, loaded 60.00 per productive hour: gap 35.00 = 140.00% of headline.
    // B quotes 28.00, loaded 28.00 / 0.85 × 1.00 = 32.94 (no extras, 15% shrinkage): gap 17.65%.
    LoadedRate lean = LoadedRate.builder(EUR).wage("28.00").shrinkage(Shrinkage.of(0.15)).build();
    RateComparison comparison = RateComparison.of(List.of(
        new RateComparison.Quote("A", eur("25.00"), example()),
        new RateComparison.Quote("B", eur("28.00"), lean)));
    assertThat(comparison.quotes().get(0).gap()).isEqualTo(eur("35.00"));
    assertThat(comparison.quotes().get(0).gapPercent()).isEqualByComparingTo("140.00");
    assertThat(comparison.quotes().get(1).gapPercent()).isEqualByComparingTo("17.65");
    assertThat(comparison.cheapestByHeadline().partner()).isEqualTo("A");
    assertThat(comparison.cheapestByLoaded().partner()).isEqualTo("B");
    assertThat(comparison.explain()).contains("A: headline 25.00, loaded 60.00 per productive hour, gap 140.00% of "
        + "headline", "cheapest by headline: A; cheapest by loaded rate: B");
    assertThatThrownBy(() -> RateComparison.of(List.of())).hasMessage("a rate comparison needs at least one quote");
    assertThatThrownBy(() -> new RateComparison.Quote("C", Money.of("1.00", "USD"), lean))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void errorMessages() {
    assertThatThrownBy(() -> LoadedRate.builder(EUR).teamLead("30.00", 0))
        .hasMessage("span of control must be at least 1: 0");
    assertThatThrownBy(() -> LoadedRate.builder(EUR).wage("-1")).hasMessage("wage must not be negative: EUR -1.00");
    assertThatThrownBy(() -> LoadedRate.builder(EUR).occupancy(new BigDecimal("1.2")))
        .hasMessage("occupancy must be in (0, 1]: 1.2");
    assertThatThrownBy(() -> example().ratePerHandledContact(Duration.ZERO))
        .hasMessage("average handle time must be positive: PT0S");
    assertThatThrownBy(() -> example().ratePerResolvedContact(Duration.ofMinutes(6), BigDecimal.ZERO))
        .hasMessage("resolution rate must be in (0, 1]: 0");
  }

  @Test
  void valueSemanticsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(example(), example())
        .addEqualityGroup(LoadedRate.builder(EUR).build(), LoadedRate.builder(EUR).occupancy(new BigDecimal("1.0"))
            .build())
        .addEqualityGroup(Margin.markupOnCost(new BigDecimal("0.2")))
        .testEquals();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Currency.class, EUR)
        .setDefault(Money.class, eur("1.00"))
        .setDefault(String.class, "1.00")
        .setDefault(BigDecimal.class, new BigDecimal("0.5"))
        .setDefault(Duration.class, Duration.ofMinutes(5))
        .setDefault(Shrinkage.class, Shrinkage.none())
        .setDefault(LoadedRate.class, example());
    tester.testAllPublicStaticMethods(LoadedRate.class);
    tester.testAllPublicInstanceMethods(example());
    tester.testAllPublicInstanceMethods(LoadedRate.builder(EUR));
    tester.testAllPublicStaticMethods(Margin.class);
    tester.testAllPublicConstructors(Margin.class);
    tester.testAllPublicConstructors(RateComparison.Quote.class);
    tester.testAllPublicStaticMethods(RateComparison.class);
  }
}
