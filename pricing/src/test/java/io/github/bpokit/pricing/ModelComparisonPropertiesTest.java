package io.github.bpokit.pricing;

import static io.github.bpokit.pricing.InvoiceTest.eur;
import static io.github.bpokit.pricing.ModelComparisonTest.EIGHTY_TWENTY;
import static io.github.bpokit.pricing.ModelComparisonTest.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Range;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Laws of the model comparison: cost per contact × contacts is the monthly cost within half a cent per contact;
 * deflection with an unchanged AHT never raises a cost; costs grow with volume; the ranking ignores the option order.
 */
class ModelComparisonPropertiesTest {
  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(20261202L).withExamples(60);
  }

  /** A share with two decimals, in [0, 1]. */
  static Gen<BigDecimal> shares() {
    return integers().between(0, 100).map(n -> BigDecimal.valueOf(n, 2));
  }

  /** Voice (a queue of 1..24 half-hours, peak-to-trough 1..3) and email lines of 0..20,000 contacts each. */
  static Gen<VolumeForecast> forecasts() {
    Gen<DemandLine> voice = longs().between(0, 20_000).zip(integers().between(30, 900), shares(), shares(),
        (contacts, aht, resolution, tier1) -> new DemandLine(Channel.VOICE, "billing", contacts,
            Duration.ofSeconds(aht), resolution, tier1));
    Gen<DemandLine> email = longs().between(0, 20_000).zip(integers().between(30, 900), shares(), shares(),
        (contacts, aht, resolution, tier1) -> new DemandLine(Channel.EMAIL, "billing", contacts,
            Duration.ofSeconds(aht), resolution, tier1));
    Gen<ArrivalShape> shapes = integers().between(2, 24).zip(integers().between(10, 30),
        (n, ratio) -> ArrivalShape.linear(n, ratio / 10.0));
    return voice.zip(email, shapes, (v, e, shape) -> VolumeForecast.builder(NOVEMBER)
        .plan(Channel.VOICE, ChannelPlan.queue(EIGHTY_TWENTY, Duration.ofMinutes(30), shape, 21))
        .plan(Channel.EMAIL, ChannelPlan.workload(1))
        .line(v).line(e).build());
  }

  static List<PartnerOption> partners() {
    PriceTiers tiers = PriceTiers.builder()
        .tier(Range.closed(1L, 5_000L), eur("3.10"))
        .tier(Range.atLeast(5_001L), eur("2.70"))
        .build();
    return List.of(
        PartnerOption.of("flat", PricingModel.PerContact.flat(eur("2.90"))),
        PartnerOption.of("graduated", PricingModel.PerContact.tiered(tiers, TierMode.GRADUATED)),
        PartnerOption.of("per minute", new PricingModel.PerMinute(eur("0.55"))),
        PartnerOption.sizedToForecast("dedicated", PricingModel.PerFte.monthly(BigDecimal.ONE, eur("4200.00"))),
        PartnerOption.of("hybrid", new PricingModel.Hybrid(PricingModel.PerFte.monthly(new BigDecimal("5"),
            eur("4200.00")), 8_000, PricingModel.PerContact.flat(eur("3.20")))));
  }

  static ComparisonResult compare(VolumeForecast forecast, List<PartnerOption> partners) {
    ModelComparison.Builder builder = ModelComparison.builder(forecast)
        .staffing(Shrinkage.of(0.30), new BigDecimal("160"))
        .inHouse("in-house", ModelComparisonTest.inHouseRate());
    partners.forEach(builder::partner);
    return builder.build().result();
  }

  @Test
  void costPerContactTimesContactsIsTheCostWithinHalfACentPerContact() {
    qt().forAll(forecasts()).checkAssert(forecast -> {
      ComparisonResult result = compare(forecast, partners());
      long contacts = forecast.contacts();
      long resolved = forecast.resolved();
      for (ComparisonResult.Option option : result.options()) {
        Money cost = option.monthlyCost();
        assertThat(cost.isRounded()).isTrue();
        BigDecimal perContactBound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(contacts));
        option.costPerContact().ifPresent(perContact -> assertThat(
            perContact.multipliedBy(contacts).minus(cost).amount().abs()).isLessThanOrEqualTo(perContactBound));
        assertThat(option.costPerContact().isPresent()).isEqualTo(contacts > 0);
        BigDecimal perResolutionBound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(resolved));
        option.costPerResolution().ifPresent(perResolution -> assertThat(
            perResolution.multipliedBy(resolved).minus(cost).amount().abs())
            .isLessThanOrEqualTo(perResolutionBound));
      }
    });
  }

  @Test
  void deflectionWithTheSameAhtNeverRaisesACost() {
    qt().forAll(forecasts(), shares()).checkAssert((forecast, share) -> {
      WhatIf bot = new WhatIf(compare(forecast, partners()),
          compare(forecast.withAiDeflection(share, BigDecimal.ZERO), partners()));
      assertThat(bot.scenario().forecast().contacts()).isLessThanOrEqualTo(forecast.contacts());
      for (ComparisonResult.Option option : bot.baseline().options()) {
        assertThat(bot.change(option.name()).isPositive()).as(option.name()).isFalse();
      }
    });
  }

  @Test
  void costsGrowWithVolume() {
    qt().forAll(forecasts(), integers().between(100, 300)).checkAssert((forecast, percent) -> {
      ComparisonResult smaller = compare(forecast, partners());
      ComparisonResult larger = compare(forecast.scaled(BigDecimal.valueOf(percent, 2)), partners());
      for (ComparisonResult.Option option : smaller.options()) {
        assertThat(larger.option(option.name()).monthlyCost()).as(option.name())
            .isGreaterThanOrEqualTo(option.monthlyCost());
      }
    });
  }

  @Test
  void theRankingDoesNotDependOnTheOrderOfTheOptions() {
    qt().forAll(forecasts(), longs().all()).checkAssert((forecast, seed) -> {
      List<PartnerOption> shuffled = new ArrayList<>(partners());
      Collections.shuffle(shuffled, new Random(seed));
      ComparisonResult given = compare(forecast, partners());
      ComparisonResult reordered = compare(forecast, shuffled);
      assertThat(reordered.options()).extracting(ComparisonResult.Option::name)
          .containsExactlyElementsOf(given.options().stream().map(ComparisonResult.Option::name).toList());
      assertThat(reordered.toJson()).isEqualTo(given.toJson());
      for (int i = 1; i < given.options().size(); i++) {
        assertThat(given.options().get(i).monthlyCost()).isGreaterThanOrEqualTo(
            given.options().get(i - 1).monthlyCost());
      }
    });
  }
}
