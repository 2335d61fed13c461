package io.github.bpokit.pricing;

import static io.github.bpokit.pricing.InvoiceTest.EUR;
import static io.github.bpokit.pricing.InvoiceTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {
  static final ReportingPeriod NOVEMBER = ReportingPeriod.parse("2026-11", ZoneOffset.UTC);
  static final ServiceTarget EIGHTY_TWENTY = ServiceTarget.of(0.80, Duration.ofSeconds(20));

  /** 20 open days of 10 hours (20 half-hours); an even day gives every half-hour the same volume. */
  static ChannelPlan.Queue voice(ArrivalShape shape) {
    return ChannelPlan.queue(EIGHTY_TWENTY, Duration.ofMinutes(30), shape, 20);
  }

  /** Voice 40,000 calls of 180 s (75% resolved, 60% tier 1); email 5,600 of 6 minutes (80% resolved, 50% tier 1). */
  static VolumeForecast forecast(ArrivalShape voiceShape) {
    return VolumeForecast.builder(NOVEMBER)
        .plan(Channel.VOICE, voice(voiceShape))
        .plan(Channel.EMAIL, ChannelPlan.workload(1.0))
        .line(DemandLine.of(Channel.VOICE, "billing", 24_000, Duration.ofSeconds(180), "0.75", "0.60"))
        .line(DemandLine.of(Channel.VOICE, "orders", 16_000, Duration.ofSeconds(180), "0.75", "0.60"))
        .line(DemandLine.of(Channel.EMAIL, "billing", 5_600, Duration.ofMinutes(6), "0.80", "0.50"))
        .build();
  }

  /** The loaded-rate worked example of docs/pricing.md without margin nor shrinkage: 32.50 per paid hour. */
  static LoadedRate inHouseRate() {
    return LoadedRate.builder(EUR).wage("18.00").benefits("4.50").wfm("0.90").qa("0.80").teamLead("30.00", 12)
        .training("1.20").technology("1.50").realEstate("2.00").managementOverhead("1.10").build();
  }

  static ModelComparison comparison(VolumeForecast forecast) {
    return ModelComparison.builder(forecast)
        .staffing(Shrinkage.of(0.30), new BigDecimal("160"))
        .partner(PartnerOption.of("per contact", PricingModel.PerContact.flat(eur("2.90"))))
        .partner(PartnerOption.sizedToForecast("dedicated", PricingModel.PerFte.monthly(BigDecimal.ONE,
            eur("4200.00"))))
        .inHouse("in-house", inHouseRate())
        .build();
  }

  @Test
  void scratch() {
    ModelComparison c = comparison(forecast(ArrivalShape.flat(20)));
    System.out.println(c.result().explain());
    System.out.println(c.result().toJson());
    System.out.println(c.whatIf(f -> f.withAiDeflection(new BigDecimal("0.30"), new BigDecimal("0.15"))).explain());
    System.out.println(comparison(forecast(ArrivalShape.linear(20, 2))).result().explain());
  }
}
