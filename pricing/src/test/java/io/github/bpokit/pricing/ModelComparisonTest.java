package io.github.bpokit.pricing;

import static io.github.bpokit.pricing.InvoiceTest.EUR;
import static io.github.bpokit.pricing.InvoiceTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.pricing.staffing.ChatConcurrency;
import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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

  /*
   * Worked by hand. Voice: 40,000 calls / 20 days / 20 half-hours = 100 calls per half-hour of 180 s: 14 agents at
   * 80/20 (the Erlang C example: P(wait) 0.1741, SL 0.8884), so 14 × 20 half-hours × 20 days × 0.5 h = 2,800
   * agent-hours, / (1 − 0.30) = 4,000 paid hours. Email: 5,600 × 6 min = 560 h of work, / 0.7 = 800 paid hours.
   * 4,800 paid hours / 160 h = 30 FTE.
   * In house: 4,800 h × 32.50 = 156,000.00. Dedicated (sized): 30 FTE × 4,200.00 = 126,000.00. Per contact: 45,600
   * × 2.90 = 132,240.00. Resolved: 40,000 × 0.75 + 5,600 × 0.80 = 30,000 + 4,480 = 34,480.
   * Cost per contact: 126,000 / 45,600 = 2.7631… → 2.76; 132,240 / 45,600 = 2.90; 156,000 / 45,600 = 3.4210… → 3.42.
   * Cost per resolution: 126,000 / 34,480 = 3.6542… → 3.65; 132,240 / 34,480 = 3.8352… → 3.84; 156,000 / 34,480 =
   * 4.5243… → 4.52. Build vs cheapest partner: 156,000 − 126,000 = +30,000.00.
   */
  @Test
  void theHandWorkedMonth() {
    ComparisonResult result = comparison(forecast(ArrivalShape.flat(20))).result();
    ComparisonResult.ChannelStaffing voice = result.staffing().get(0);
    assertThat(voice.channel()).isEqualTo(Channel.VOICE);
    assertThat(voice.peakAgents()).isEqualTo(14);
    assertThat(voice.agentHours()).isEqualByComparingTo("2800");
    assertThat(voice.paidHours()).isEqualByComparingTo("4000");
    ComparisonResult.ChannelStaffing email = result.staffing().get(1);
    assertThat(email.agentHours()).isEqualByComparingTo("560");
    assertThat(email.paidHours()).isEqualByComparingTo("800");
    assertThat(result.paidHours()).isEqualByComparingTo("4800");
    assertThat(result.fteNeeded()).isEqualByComparingTo("30");
    assertThat(result.options()).extracting(ComparisonResult.Option::name)
        .containsExactly("dedicated", "per contact", "in-house");
    assertThat(result.options()).extracting(ComparisonResult.Option::monthlyCost)
        .containsExactly(eur("126000.00"), eur("132240.00"), eur("156000.00"));
    assertThat(result.options()).extracting(o -> o.costPerContact().orElseThrow())
        .containsExactly(eur("2.76"), eur("2.90"), eur("3.42"));
    assertThat(result.options()).extracting(o -> o.costPerResolution().orElseThrow())
        .containsExactly(eur("3.65"), eur("3.84"), eur("4.52"));
    assertThat(result.option("dedicated").fte()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("30"));
    assertThat(result.option("in-house").fte()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("30"));
    assertThat(result.option("per contact").fte()).isEmpty();
    assertThat(result.buildVsPartner()).contains(eur("30000.00"));
    assertThat(result.peakToTroughSignal()).isFalse();
    assertThat(result.signals()).isEmpty();
    assertThat(result.explain()).isEqualTo(String.join("\n",
        "Model comparison 2026-11 in EUR: 45600 contacts, 34480 resolved",
        "staffing (shrinkage 30%, 160 paid hours per FTE): 30.00 FTE needed, 3360.00 agent-hours, 4800.00 paid hours",
        "  VOICE    queue 80% within PT20S, 20 × PT30M a day, 20 days: 40000 contacts, AHT 180 s, peak 14 agents, "
            + "2800.00 agent-hours, 4000.00 paid hours",
        "  EMAIL    workload: 5600 contacts, AHT 360 s, 560.00 agent-hours, 800.00 paid hours",
        "rank  option       model          monthly cost  per contact  per resolution       FTE",
        "   1  dedicated    PER_FTE           126000.00         2.76            3.65     30.00",
        "   2  per contact  PER_CONTACT       132240.00         2.90            3.84         -",
        "   3  in-house     BUILD             156000.00         3.42            4.52     30.00",
        "build vs cheapest partner: in-house 156000.00 − dedicated 126000.00 = +30000.00 (building costs more)",
        ""));
    assertThat(result.option("in-house").invoice().lines().get(0).basis())
        .isEqualTo("3360 agent-hours / (1 − shrinkage 30%) = 4800 paid hours × EUR 32.50 loaded per paid hour");
    assertThat(result.toJson())
        .startsWith("{\"period\":\"2026-11\",\"currency\":\"EUR\",\"contacts\":45600,\"resolved\":34480,"
            + "\"whatIfs\":[],\"staffing\":{\"shrinkage\":\"0.3\",\"paidHoursPerFte\":\"160\",\"agentHours\":\"3360\","
            + "\"paidHours\":\"4800\",\"fteNeeded\":\"30\",\"channels\":[{\"channel\":\"VOICE\",")
        .contains("{\"rank\":1,\"name\":\"dedicated\",\"source\":\"PARTNER\",\"model\":\"PER_FTE\","
            + "\"monthlyCost\":\"126000.00\",\"costPerContact\":\"2.76\",\"costPerResolution\":\"3.65\",\"fte\":\"30\","
            + "\"basis\":\"sized to the forecast: ceil(30.00) = 30 FTE\",\"flags\":[],\"invoice\":{\"period\":")
        .contains("{\"rank\":3,\"name\":\"in-house\",\"source\":\"BUILD\",\"model\":null,")
        .endsWith("\"buildVsPartner\":\"30000.00\",\"peakToTroughSignal\":false,\"signals\":[]}");
  }

  /*
   * Deflect 30% of tier 1, remaining AHT +15%. Voice: 40,000 × 0.60 × 0.30 = 7,200 deflected, 32,800 left at 207 s:
   * 82 calls per half-hour, 82 × 207 / 1800 = 9.43 erlangs, 13 agents; 13 × 400 × 0.5 = 2,600 agent-hours. Email:
   * 5,600 × 0.50 × 0.30 = 840 deflected, 4,760 × 414 s = 547.4 h. Paid: 3,147.4 / 0.7 = 4,496.2857… h; FTE 28.10…
   * Dedicated: 29 × 4,200 = 121,800.00 (−4,200.00); per contact: 37,560 × 2.90 = 108,924.00 (−23,316.00); in house:
   * 4,496.2857… × 32.50 = 146,129.2857… → 146,129.29 (−9,870.71). Per contact now ranks first.
   */
  @Test
  void aiDeflectionWhatIf() {
    VolumeForecast baseline = forecast(ArrivalShape.flat(20));
    WhatIf bot = comparison(baseline).whatIf(f -> f.withAiDeflection(new BigDecimal("0.30"), new BigDecimal("0.15")));
    assertThat(bot.whatIfs()).containsExactly(
        "AI deflection of 30.00% of tier 1 (8040 contacts), remaining AHT +15.00%");
    VolumeForecast deflected = bot.scenario().forecast();
    assertThat(deflected.lines()).extracting(DemandLine::contacts).containsExactly(19_680L, 13_120L, 4_760L);
    assertThat(deflected.lines()).extracting(DemandLine::aht).containsExactly(Duration.ofSeconds(207),
        Duration.ofSeconds(207), Duration.ofSeconds(414));
    // 60% of 24,000 = 14,400 tier 1, 4,320 deflected: 10,080 of the 19,680 left are tier 1
    assertThat(deflected.lines().get(0).tier1Share()).isEqualByComparingTo(
        new BigDecimal("10080").divide(new BigDecimal("19680"), MathContext.DECIMAL128));
    assertThat(ErlangC.of(82, Duration.ofMinutes(30), Duration.ofSeconds(207))
        .minimumAgents(EIGHTY_TWENTY).agents()).isEqualTo(13);
    assertThat(bot.scenario().staffing().get(0).peakAgents()).isEqualTo(13);
    assertThat(bot.scenario().staffing().get(1).agentHours()).isEqualByComparingTo("547.4");
    assertThat(bot.scenario().options()).extracting(ComparisonResult.Option::name)
        .containsExactly("per contact", "dedicated", "in-house");
    assertThat(bot.scenario().option("in-house").monthlyCost()).isEqualTo(eur("146129.29"));
    assertThat(bot.change("dedicated")).isEqualTo(eur("-4200.00"));
    assertThat(bot.change("per contact")).isEqualTo(eur("-23316.00"));
    assertThat(bot.change("in-house")).isEqualTo(eur("-9870.71"));
    assertThat(bot.explain()).startsWith("Baseline\nModel comparison 2026-11").contains(
        "\nScenario: AI deflection of 30.00% of tier 1 (8040 contacts), remaining AHT +15.00%\n",
        "what-if: AI deflection", "  option             baseline        scenario          change\n",
        "  per contact       132240.00       108924.00       -23316.00\n");
    assertThat(bot.toJson()).startsWith("{\"whatIfs\":[\"AI deflection of 30.00% of tier 1 (8040 contacts), "
        + "remaining AHT +15.00%\"],\"baseline\":{\"period\":\"2026-11\"")
        .endsWith(",\"changes\":{\"dedicated\":\"-4200.00\",\"per contact\":\"-23316.00\",\"in-house\":\"-9870.71\"}}");
  }

  @Test
  void peakToTroughAboveOnePointSevenRaisesTheSignal() {
    ComparisonResult peaky = comparison(forecast(ArrivalShape.linear(20, 2.0))).result();
    assertThat(peaky.peakToTroughSignal()).isTrue();
    assertThat(peaky.signals()).containsExactly("peak-to-trough VOICE 2.0 > 1.7: a fixed per-FTE core sized near "
        + "the peak idles in the troughs; favour elastic (per contact) or hybrid pricing");
    assertThat(peaky.explain()).contains("\nsignal: peak-to-trough VOICE 2.0 > 1.7");
    assertThat(peaky.staffing().get(0).peakAgents()).isGreaterThan(14);
    assertThat(comparison(forecast(ArrivalShape.linear(20, 1.7))).result().peakToTroughSignal()).isFalse();
  }

  @Test
  void fixedFteOptionsAreFlaggedWhenUnderStaffed() {
    ComparisonResult result = ModelComparison.builder(forecast(ArrivalShape.flat(20)))
        .staffing(Shrinkage.of(0.30), new BigDecimal("160"))
        .partner(PartnerOption.of("twelve", PricingModel.PerFte.monthly(new BigDecimal("12"), eur("4200.00"))))
        .partner(PartnerOption.of("hybrid", new PricingModel.Hybrid(PricingModel.PerFte.monthly(new BigDecimal("10"),
            eur("4200.00")), 20_000, PricingModel.PerContact.flat(eur("3.00")))))
        .build().result();
    assertThat(result.option("twelve").monthlyCost()).isEqualTo(eur("50400.00"));
    assertThat(result.option("twelve").flags())
        .containsExactly("under-staffed: 12 FTE billed, 30.00 FTE needed to meet the service targets");
    assertThat(result.explain()).endsWith("flag twelve: under-staffed: 12 FTE billed, 30.00 FTE needed to meet the "
        + "service targets\n");
    // hybrid: 42,000 + (45,600 − 20,000) × 3.00 = 118,800.00; its small core is the point, so no flag
    assertThat(result.option("hybrid").monthlyCost()).isEqualTo(eur("118800.00"));
    assertThat(result.option("hybrid").flags()).isEmpty();
    assertThat(result.buildVsPartner()).isEmpty();
    assertThat(result.cheapestPartner().orElseThrow().name()).isEqualTo("twelve");
  }

  @Test
  void usageTheForecastImplies() {
    VolumeForecast forecast = VolumeForecast.builder(NOVEMBER)
        .plan(Channel.CHAT, voice(ArrivalShape.flat(4)).withConcurrency(
            ChatConcurrency.of(2)))
        .line(DemandLine.of(Channel.CHAT, "billing", 1_000, Duration.ofSeconds(301), "0.5", "1"))
        .line(DemandLine.of(Channel.CHAT, "orders", 3, Duration.ofMillis(100_500), "0.5", "0"))
        .qaPassRate(new BigDecimal("0.9"))
        .build();
    Usage usage = forecast.usage(UsageRules.defaults().withBillingIncrement(Duration.ofSeconds(6)));
    assertThat(usage.contacts()).isEqualTo(1_003);
    assertThat(usage.contactsByCategory()).containsEntry("billing", 1_000L).containsEntry("orders", 3L);
    assertThat(usage.contactsByChannel()).containsExactly(Map.entry(Channel.CHAT, 1_003L));
    // 500 + 1.5 → 2 (half up)
    assertThat(usage.resolved()).isEqualTo(502);
    assertThat(usage.reopened()).isZero();
    // 1,000 × 301 + 3 × 100.5 = 301,000 + 301.5 → 301,302 (half up)
    assertThat(usage.handleSeconds()).isEqualTo(301_302);
    // 301 s → 306 s per contact; 100.5 s → 101 s → 102 s: 306,000 + 306
    assertThat(usage.billableSeconds()).isEqualTo(306_306);
    // the whole volume audited at the pass rate: 1,003 × 0.9 = 902.7 → 903
    assertThat(usage.qaAudited()).isEqualTo(1_003);
    assertThat(usage.qaPassed()).isEqualTo(903);
    assertThat(forecast.scaled(new BigDecimal("1.5")).lines()).extracting(DemandLine::contacts)
        .containsExactly(1_500L, 5L); // 4.5 → 5
    assertThat(forecast.scaled(new BigDecimal("1.5")).whatIfs()).containsExactly("volume × 1.5");
  }

  @Test
  void chatConcurrencyDividesTheTraffic() {
    // 2,000 chats / 20 days / 4 half-hours = 25 per half-hour of 600 s at 2 at once: 25 × 300 / 1800 = 4.17 erlangs
    VolumeForecast forecast = VolumeForecast.builder(NOVEMBER)
        .plan(Channel.CHAT, voice(ArrivalShape.flat(4)).withConcurrency(
            ChatConcurrency.of(2)))
        .line(DemandLine.of(Channel.CHAT, "billing", 2_000, Duration.ofMinutes(10), "0.5", "1"))
        .build();
    int agents = ErlangC.of(25, Duration.ofMinutes(30), Duration.ofMinutes(5))
        .minimumAgents(EIGHTY_TWENTY).agents();
    ComparisonResult result = ModelComparison.builder(forecast).staffing(Shrinkage.none(), new BigDecimal("160"))
        .inHouse("in-house", inHouseRate()).build().result();
    assertThat(result.staffing().get(0).peakAgents()).isEqualTo(agents);
    assertThat(result.agentHours()).isEqualByComparingTo(BigDecimal.valueOf(agents * 4 * 20).divide(
        BigDecimal.valueOf(2)));
    assertThat(result.cheapestPartner()).isEmpty();
    assertThat(result.buildVsPartner()).isEmpty();
  }

  @Test
  void badInputIsRejectedNamingIt() {
    assertThatThrownBy(() -> DemandLine.of(Channel.VOICE, " ", 1, Duration.ofSeconds(1), "1", "1"))
        .hasMessage("category must not be blank: ' '");
    assertThatThrownBy(() -> DemandLine.of(Channel.VOICE, "b", -1, Duration.ofSeconds(1), "1", "1"))
        .hasMessage("contacts of VOICE b must not be negative: -1");
    assertThatThrownBy(() -> DemandLine.of(Channel.VOICE, "b", 1, Duration.ZERO, "1", "1"))
        .hasMessage("AHT of VOICE b must be > 0: PT0S");
    assertThatThrownBy(() -> DemandLine.of(Channel.VOICE, "b", 1, Duration.ofSeconds(1), "1.2", "1"))
        .hasMessage("resolution rate of VOICE b must be in [0, 1]: 1.2");
    assertThatThrownBy(() -> DemandLine.of(Channel.VOICE, "b", 1, Duration.ofSeconds(1), "1", "-0.1"))
        .hasMessage("tier-1 share of VOICE b must be in [0, 1]: -0.1");
    assertThatThrownBy(() -> ArrivalShape.of()).hasMessage("an arrival shape needs at least one interval");
    assertThatThrownBy(() -> ArrivalShape.of(1, 0)).hasMessage("arrival shape weight of interval 2 must be finite "
        + "and > 0: 0.0");
    assertThatThrownBy(() -> ArrivalShape.linear(0, 1)).hasMessage("open intervals per day must be at least 1: 0");
    assertThatThrownBy(() -> ArrivalShape.linear(2, 0.5)).hasMessage("peak-to-trough ratio must be finite and >= 1: "
        + "0.5");
    assertThatThrownBy(() -> ArrivalShape.linear(1, 2)).hasMessage("a peak-to-trough ratio of 2.0 needs at least 2 "
        + "intervals");
    assertThatThrownBy(() -> ChannelPlan.workload(0.9)).hasMessage("peak-to-trough ratio must be finite and >= 1: "
        + "0.9");
    assertThatThrownBy(() -> ChannelPlan.queue(EIGHTY_TWENTY, Duration.ZERO, ArrivalShape.flat(1), 1))
        .hasMessage("queue interval must be > 0: PT0S");
    assertThatThrownBy(() -> ChannelPlan.queue(EIGHTY_TWENTY, Duration.ofMinutes(30), ArrivalShape.flat(1), 0))
        .hasMessage("open days must be at least 1: 0");
    VolumeForecast.Builder empty = VolumeForecast.builder(NOVEMBER);
    assertThatThrownBy(empty::build).hasMessage("a volume forecast needs at least one demand line");
    DemandLine line = DemandLine.of(Channel.VOICE, "b", 1, Duration.ofSeconds(1), "1", "1");
    assertThatThrownBy(() -> VolumeForecast.builder(NOVEMBER).line(line).build())
        .hasMessage("channel VOICE (category b) has no staffing plan: give a queue or workload plan for it");
    assertThatThrownBy(() -> VolumeForecast.builder(NOVEMBER).plan(Channel.VOICE, ChannelPlan.workload(1))
        .line(line).line(line).build())
        .hasMessage("two demand lines for channel VOICE and category b: give one line per channel and category");
    assertThatThrownBy(() -> VolumeForecast.builder(NOVEMBER).qaPassRate(new BigDecimal("2")))
        .hasMessage("QA pass rate must be in [0, 1]: 2");
    VolumeForecast forecast = forecast(ArrivalShape.flat(20));
    assertThatThrownBy(() -> forecast.withAiDeflection(new BigDecimal("1.1"), BigDecimal.ZERO))
        .hasMessage("deflected share of tier 1 must be in [0, 1]: 1.1");
    assertThatThrownBy(() -> forecast.withAiDeflection(BigDecimal.ONE, new BigDecimal("-0.1")))
        .hasMessage("AHT increase must not be negative: -0.1");
    assertThatThrownBy(() -> forecast.scaled(new BigDecimal("-1"))).hasMessage("volume factor must not be negative: "
        + "-1");

    PricingModel flat = PricingModel.PerContact.flat(eur("2.90"));
    assertThatThrownBy(() -> PartnerOption.of("", flat)).hasMessage("option name must not be blank: ''");
    assertThatThrownBy(() -> PartnerOption.of("p", flat).withMinimumCommitment(eur("-1.00")))
        .hasMessage("minimum commitment of option 'p' must not be negative: EUR -1.00");
    assertThatThrownBy(() -> PartnerOption.of("p", flat).withRounding(RoundingMode.UNNECESSARY))
        .hasMessage("rounding mode UNNECESSARY cannot round a line to the minor unit");
    assertThatThrownBy(() -> new PartnerOption("p", flat, UsageRules.defaults(), Optional.empty(),
        RoundingMode.HALF_UP, true))
        .hasMessage("option 'p' is sized to the forecast, so its model must be per FTE, not PER_CONTACT");
    assertThatThrownBy(() -> PartnerOption.of("p", flat).withMinimumCommitment(
        Money.of("1.00", "USD")))
        .isInstanceOf(CurrencyMismatchException.class);

    assertThatThrownBy(() -> ModelComparison.builder(forecast).partner(PartnerOption.of("p", flat)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot compare without staffing(shrinkage, paid hours per FTE)");
    ModelComparison.Builder staffed = ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), BigDecimal.TEN);
    assertThatThrownBy(staffed::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot compare without an option: add a partner or in-house option");
    assertThatThrownBy(() -> staffed.staffing(Shrinkage.none(), BigDecimal.ZERO))
        .hasMessage("paid hours per FTE must be positive: 0");
    assertThatThrownBy(() -> staffed.inHouse(" ", inHouseRate())).hasMessage("option name must not be blank: ' '");
    assertThatThrownBy(() -> staffed.roundingMode(RoundingMode.UNNECESSARY))
        .hasMessage("rounding mode UNNECESSARY cannot round to the minor unit");
    assertThatThrownBy(() -> ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), BigDecimal.TEN)
        .partner(PartnerOption.of("p", flat)).inHouse("p", inHouseRate()).build())
        .hasMessage("two options are named 'p'");
    assertThatThrownBy(() -> ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), BigDecimal.TEN)
        .partner(PartnerOption.of("p", flat)).partner(PartnerOption.of("p", flat)).build())
        .hasMessage("two options are named 'p'");
    assertThatThrownBy(() -> ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), BigDecimal.TEN)
        .partner(PartnerOption.of("usd", PricingModel.PerContact.flat(Money.of("1.00",
            "USD")))).inHouse("in-house", inHouseRate()).build())
        .isInstanceOf(CurrencyMismatchException.class);
    LoadedRate shrunk = LoadedRate.builder(EUR).wage("10.00").shrinkage(Shrinkage.of(0.35)).build();
    assertThatThrownBy(() -> ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), BigDecimal.TEN)
        .inHouse("in-house", shrunk).build())
        .hasMessage("the in-house loaded rate's shrinkage 35% differs from the comparison's 30%: give one shrinkage");
    ModelComparison resolvedWithoutQa = ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), BigDecimal.TEN)
        .partner(PartnerOption.of("resolved", new PricingModel.PerResolvedContact(eur("4.00")))).build();
    assertThatThrownBy(resolvedWithoutQa::result).hasMessage("option 'resolved' cannot price the forecast: "
        + "per-resolved-contact billing needs a QA sample: usage 2026-11 has no audited contact");
    assertThatThrownBy(() -> comparison(forecast).result().option("nope"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no option named 'nope'; options: [dedicated, per contact, in-house]");
  }

  @Test
  void perResolvedContactWithAQaPassRate() {
    // 34,480 resolved × 4.00 × 0.92 = 126,886.40 (the whole volume audited: 45,600 × 0.92 = 41,952 passed)
    VolumeForecast forecast = VolumeForecast.builder(NOVEMBER)
        .plan(Channel.VOICE, voice(ArrivalShape.flat(20))).plan(Channel.EMAIL, ChannelPlan.workload(1))
        .line(DemandLine.of(Channel.VOICE, "billing", 40_000, Duration.ofSeconds(180), "0.75", "0.60"))
        .line(DemandLine.of(Channel.EMAIL, "billing", 5_600, Duration.ofMinutes(6), "0.80", "0.50"))
        .qaPassRate(new BigDecimal("0.92")).build();
    ComparisonResult result = ModelComparison.builder(forecast).staffing(Shrinkage.of(0.3), new BigDecimal("160"))
        .partner(PartnerOption.of("resolved", new PricingModel.PerResolvedContact(eur("4.00")))
            .withMinimumCommitment(eur("130000.00")))
        .build().result();
    assertThat(result.option("resolved").monthlyCost()).isEqualTo(eur("130000.00")); // the minimum's true-up
    assertThat(result.option("resolved").invoice().lines()).extracting(InvoiceLine::amount)
        .containsExactly(eur("126886.40"), eur("3113.60"));
  }

  @Test
  void rejectsNullsEverywhere() {
    VolumeForecast forecast = forecast(ArrivalShape.flat(20));
    ModelComparison comparison = comparison(forecast);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Duration.class, Duration.ofSeconds(30))
        .setDefault(ServiceTarget.class, EIGHTY_TWENTY)
        .setDefault(Shrinkage.class, Shrinkage.of(0.3))
        .setDefault(ArrivalShape.class, ArrivalShape.flat(2))
        .setDefault(ChannelPlan.class, ChannelPlan.workload(1))
        .setDefault(LoadedRate.class, inHouseRate())
        .setDefault(PartnerOption.class, PartnerOption.of("1", PricingModel.PerContact.flat(eur("2.90"))))
        .setDefault(UsageRules.class, UsageRules.defaults())
        .setDefault(ReportingPeriod.class, NOVEMBER)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(String.class, "1")
        .setDefault(VolumeForecast.class, forecast)
        .setDefault(PricingModel.class, PricingModel.PerContact.flat(eur("2.90")))
        .setDefault(PricingModel.PerFte.class, PricingModel.PerFte.monthly(BigDecimal.ONE, eur("4200.00")))
        .setDefault(Money.class, eur("1.00"));
    for (Class<?> type : List.of(ArrivalShape.class, ChannelPlan.class, DemandLine.class, VolumeForecast.class,
        PartnerOption.class, ModelComparison.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    for (Object instance : List.of(forecast, VolumeForecast.builder(NOVEMBER), PartnerOption.of("p",
        PricingModel.PerContact.flat(eur("2.90"))), comparison, ModelComparison.builder(forecast), comparison.result(),
        voice(ArrivalShape.flat(2)))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }
}
