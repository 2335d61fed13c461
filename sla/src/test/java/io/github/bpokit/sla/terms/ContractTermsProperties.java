package io.github.bpokit.sla.terms;

import static io.github.bpokit.sla.terms.Fixtures.csat;
import static io.github.bpokit.sla.terms.Fixtures.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.sla.terms.Fixtures.V;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTermsProperties {
  private static final long SEED = 20261001L;
  private static final int EXAMPLES = 500;
  private static final ServiceLevelTerm CSAT = csat("csat");
  private static final ContractTerms PLAIN = ContractTerms.builder(PeriodUnit.MONTH).term(CSAT).build();

  private static Money amount(ContractTerms contract, double value, long n, Money fees) {
    return contract.evaluate(List.of(new PeriodInput(month("2026-10"), fees, (s, k) -> new V(value, n))))
        .lines().get(0).amount();
  }

  @Test
  void everyValueFallsInExactlyOneBand() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(doubles().between(0, 1)).checkAssert(v ->
        assertThat(CSAT.bands().asMapOfRanges().keySet().stream().filter(r -> r.contains(v)).count()).isEqualTo(1));
  }

  @Test
  void aBetterValueNeverYieldsASmallerAdjustment() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(doubles().between(0, 1), doubles().between(0, 1), longs().between(0, 100_000_000))
        .checkAssert((a, b, cents) -> {
          Money fees = Money.ofMinor(cents, Fixtures.FEES.currency());
          double worse = Math.min(a, b);
          double better = Math.max(a, b);
          assertThat(amount(PLAIN, better, 100, fees)).isGreaterThanOrEqualTo(amount(PLAIN, worse, 100, fees));
        });
  }

  private static ContractTerms pooled(int a, int b, int c, int atRisk) {
    ContractTerms.Builder builder = ContractTerms.builder(PeriodUnit.MONTH);
    String[] channels = {"EMAIL", "CHAT", "VOICE"};
    int[] allocations = {a, b, c};
    CreditScheme.Builder scheme = CreditScheme.builder().atRisk(BigDecimal.valueOf(atRisk, 2));
    for (int i = 0; i < 3; i++) {
      ServiceLevelTerm.Builder t = ServiceLevelTerm.builder("t" + i, CSAT.kpi())
          .scope(SegmentKey.of(Dimension.CHANNEL, channels[i]));
      CSAT.bands().asMapOfRanges().values().forEach(t::band);
      builder.term(t.build());
      if (allocations[i] > 0) {
        scheme.allocation("t" + i, BigDecimal.valueOf(allocations[i], 2));
      }
    }
    return builder.scheme(scheme.build()).build();
  }

  @Test
  void creditsNeverExceedTheCapAndSumExactlyToTheAllocatedTotal() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(integers().between(0, 101 * 101 * 101 - 1), integers().between(0, 30),
            longs().between(0, 100_000_000), doubles().between(0, 1))
        .checkAssert((abc, atRisk, cents, v) -> {
          int a = abc % 101;
          int b = abc / 101 % 101;
          int c = abc / (101 * 101);
          Money fees = Money.ofMinor(cents, Fixtures.FEES.currency());
          ContractEvaluation e = pooled(a, b, c, atRisk).evaluate(List.of(new PeriodInput(month("2026-10"), fees,
              (s, k) -> new V(s.label().equals("CHAT") ? 1 - v : v, 100))));
          Money cap = fees.multipliedBy(BigDecimal.valueOf(atRisk, 2)).rounded(java.math.RoundingMode.DOWN);
          Money credits = Money.total(fees.currency(), e.lines().stream().map(AdjustmentLine::amount)
              .filter(Money::isNegative).toList());
          Money uncapped = Money.total(fees.currency(), e.lines().stream().map(AdjustmentLine::uncapped)
              .filter(Money::isNegative).toList());
          assertThat(credits.negate()).isLessThanOrEqualTo(cap);
          assertThat(credits).isEqualTo(uncapped.negate().isGreaterThan(cap) ? cap.negate() : uncapped);
          e.lines().forEach(l -> assertThat(l.amount().isRounded()).isTrue());
        });
  }

  @Test
  void belowTheMinimumSampleNothingIsCredited() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(doubles().between(0, 1), longs().between(0, 29))
        .checkAssert((v, n) -> {
          assertThat(amount(PLAIN, v, n, Fixtures.FEES).isZero()).isTrue();
          assertThat(CSAT.judge(new V(v, n)).outcome()).isEqualTo(TermOutcome.NOT_MEASURABLE);
        });
  }
}
