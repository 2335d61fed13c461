package io.github.bpokit.examples;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.pricing.ArrivalShape;
import io.github.bpokit.pricing.ChannelPlan;
import io.github.bpokit.pricing.DemandLine;
import io.github.bpokit.pricing.LoadedRate;
import io.github.bpokit.pricing.ModelComparison;
import io.github.bpokit.pricing.PartnerOption;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.pricing.VolumeForecast;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Currency;

/** Build or buy, and under which pricing model: a month of voice and email, four options, an AI-deflection what-if. */
public final class ModelComparisonExample {
  private ModelComparisonExample() {}

  /** Returns the comparison as printed: the baseline, the what-if scenario and each option's change. */
  public static String run() {
    VolumeForecast november = VolumeForecast.builder(ReportingPeriod.parse("2026-11", ZoneOffset.UTC))
        .plan(Channel.VOICE, ChannelPlan.queue(ServiceTarget.of(0.80, Duration.ofSeconds(20)),
            Duration.ofMinutes(30), ArrivalShape.linear(20, 1.9), 21))          // 10 h a day, peak 1.9 × trough
        .plan(Channel.EMAIL, ChannelPlan.workload(1.2))
        .line(DemandLine.of(Channel.VOICE, "billing", 30_000, Duration.ofSeconds(190), "0.74", "0.60"))
        .line(DemandLine.of(Channel.EMAIL, "returns", 6_000, Duration.ofMinutes(6), "0.85", "0.50"))
        .build();
    LoadedRate inHouse = LoadedRate.builder(Currency.getInstance("EUR"))
        .wage("18.00").benefits("4.50").wfm("0.90").qa("0.80").teamLead("30.00", 12)
        .training("1.20").technology("1.50").realEstate("2.00").managementOverhead("1.10")
        .build();                                                              // EUR 32.50 per paid hour
    ModelComparison comparison = ModelComparison.builder(november)
        .staffing(Shrinkage.of(0.30), new BigDecimal("160"))
        .partner(PartnerOption.sizedToForecast("dedicated team",
            PricingModel.PerFte.monthly(BigDecimal.ONE, Money.of("4200.00", "EUR"))))
        .partner(PartnerOption.of("per contact", PricingModel.PerContact.flat(Money.of("3.20", "EUR"))))
        .partner(PartnerOption.of("hybrid", new PricingModel.Hybrid(
            PricingModel.PerFte.monthly(new BigDecimal("15"), Money.of("4200.00", "EUR")), 20_000,
            PricingModel.PerContact.flat(Money.of("3.40", "EUR")))))
        .inHouse("in-house", inHouse)
        .build();
    return comparison.whatIf(f -> f.withAiDeflection(new BigDecimal("0.30"), new BigDecimal("0.15"))).explain();
  }

  /**
   * Prints the comparison.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
