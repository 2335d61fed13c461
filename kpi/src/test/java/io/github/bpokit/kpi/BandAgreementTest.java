package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandAgreementTest {

  private static BandAgreement table(long[][] counts) {
    BandAgreementAccumulator acc = new BandAgreementAccumulator(counts.length);
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts.length; j++) {
        acc.add(i, j, counts[i][j]);
      }
    }
    return acc.snapshot();
  }

  @Test
  void cohensKappaWikipediaExample() {
    // Wikipedia, "Cohen's kappa", worked example: 50 applications, both yes 20, A yes / B no 5, A no / B yes 10,
    // both no 15; po = 0.7, pe = 0.5, kappa = 0.4.
    BandAgreement yesNo = table(new long[][] {{20, 5}, {10, 15}});
    assertThat(yesNo.count()).isEqualTo(50);
    assertThat(yesNo.observedAgreement()).isEqualTo(Proportion.of(35, 50));
    assertThat(yesNo.expectedAgreement()).hasValue(0.5);
    assertThat(yesNo.kappa().getAsDouble()).isCloseTo(0.4, within(1e-15));
    // with two bands every disagreement is one band apart: the weighted kappas are Cohen's
    assertThat(yesNo.linearWeightedKappa().getAsDouble()).isCloseTo(0.4, within(1e-15));
    assertThat(yesNo.quadraticWeightedKappa().getAsDouble()).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void weightedKappaStataManualExample() {
    // StataCorp, Stata Base Reference Manual, "kappa" entry, two radiologists rating 85 xeromammograms in 4 ordered
    // categories (data rate.dta, from Boyd et al. 1982): unweighted, agreement 63.53%, expected 30.82%, kappa 0.4728;
    // with wgt(w) weights 1 - |i-j|/(k-1), agreement 86.67%, expected 69.11%, kappa 0.5684; with wgt(w2) weights
    // 1 - ((i-j)/(k-1))^2, agreement 94.77% and expected 84.09%, so kappa = (0.9477 - 0.8409) / (1 - 0.8409), 0.6714
    // unrounded (0.67137). Agreement-weight kappa equals our disagreement-weight kappa: w_agree = 1 - w_disagree/max.
    BandAgreement radiologists = table(new long[][] {
      {21, 12, 0, 0},
      {4, 17, 1, 0},
      {3, 9, 15, 2},
      {0, 0, 0, 1},
    });
    assertThat(radiologists.count()).isEqualTo(85);
    assertThat(radiologists.observedAgreement().value().getAsDouble()).isCloseTo(0.6353, within(0.00005));
    assertThat(radiologists.expectedAgreement().getAsDouble()).isCloseTo(0.3082, within(0.00005));
    assertThat(radiologists.kappa().getAsDouble()).isCloseTo(0.4728, within(0.00005));
    assertThat(radiologists.linearWeightedKappa().getAsDouble()).isCloseTo(0.5684, within(0.00005));
    assertThat(radiologists.quadraticWeightedKappa().getAsDouble()).isCloseTo(0.6714, within(0.00005));
    assertThat(weightedAgreement(radiologists, 1)).containsExactly(new double[] {0.8667, 0.6911}, within(0.00005));
    assertThat(weightedAgreement(radiologists, 2)).containsExactly(new double[] {0.9477, 0.8409}, within(0.00005));
  }

  /** Stata's weighted observed and expected agreement, with agreement weights 1 - (|i - j| / (k - 1))^power. */
  private static double[] weightedAgreement(BandAgreement table, int power) {
    int k = table.bands();
    double n = table.count();
    double[] rows = new double[k];
    double[] columns = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        rows[i] += table.count(i, j);
        columns[j] += table.count(i, j);
      }
    }
    double observed = 0;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double weight = 1 - Math.pow(Math.abs(i - j) / (k - 1.0), power);
        observed += weight * table.count(i, j) / n;
        expected += weight * rows[i] * columns[j] / (n * n);
      }
    }
    return new double[] {observed, expected};
  }

  @Test
  void perfectAgreement() {
    BandAgreement perfect = table(new long[][] {{5, 0, 0}, {0, 7, 0}, {0, 0, 2}});
    assertThat(perfect.kappa()).hasValue(1.0);
    assertThat(perfect.linearWeightedKappa()).hasValue(1.0);
    assertThat(perfect.quadraticWeightedKappa()).hasValue(1.0);
    assertThat(perfect.observedAgreement()).isEqualTo(Proportion.of(14, 14));
  }

  @Test
  void chanceAgreementIsZeroKappa() {
    // the two raters' bands are independent: observed = expected agreement
    BandAgreement chance = table(new long[][] {{10, 10}, {10, 10}});
    assertThat(chance.kappa()).hasValue(0.0);
    assertThat(chance.quadraticWeightedKappa()).hasValue(0.0);
  }

  @Test
  void expectedAgreementOfOneHasNoKappa() {
    // both raters put everything in one band: pe = 1, kappa = 0/0, reported as no value
    BandAgreement oneBand = table(new long[][] {{0, 0}, {0, 12}});
    assertThat(oneBand.expectedAgreement()).hasValue(1.0);
    assertThat(oneBand.observedAgreement()).isEqualTo(Proportion.of(12, 12));
    assertThat(oneBand.kappa()).isEmpty();
    assertThat(oneBand.linearWeightedKappa()).isEmpty();
    assertThat(oneBand.quadraticWeightedKappa()).isEmpty();
    // one rater in one band, the other not: pe < 1, kappa 0
    BandAgreement oneSided = table(new long[][] {{0, 0}, {3, 9}});
    assertThat(oneSided.kappa()).hasValue(0.0);
  }

  @Test
  void emptyAndSingle() {
    BandAgreement none = new BandAgreementAccumulator(3).snapshot();
    assertThat(none.count()).isZero();
    assertThat(none.kappa()).isEmpty();
    assertThat(none.expectedAgreement()).isEmpty();
    assertThat(none.observedAgreement().value()).isEmpty();
    BandAgreementAccumulator one = new BandAgreementAccumulator(3);
    one.add(1, 2);
    assertThat(one.snapshot().kappa()).as("one item in different bands: pe = 0").hasValue(0.0);
    assertThat(one.snapshot().count(1, 2)).isEqualTo(1);
    assertThat(one.snapshot().bands()).isEqualTo(3);
  }

  @Test
  void collectorAndToString() {
    List<int[]> rows = List.of(new int[] {1, 1}, new int[] {1, 0}, new int[] {0, 0});
    BandAgreement agreement =
        rows.stream().collect(BandAgreementAccumulator.toBandAgreement(2, r -> r[0], r -> r[1]));
    assertThat(agreement).isEqualTo(table(new long[][] {{1, 0}, {1, 1}}));
    assertThat(table(new long[][] {{15, 10}, {5, 20}}).toString())
        .isEqualTo("BandAgreement{bands=2, counts=[[15, 10], [5, 20]]}");
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> new BandAgreementAccumulator(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands must be between 2 and 1000: 1");
    BandAgreementAccumulator acc = new BandAgreementAccumulator(4);
    assertThatThrownBy(() -> acc.add(4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner band must be between 0 and 3: 4");
    assertThatThrownBy(() -> acc.add(0, -1)).hasMessage("client band must be between 0 and 3: -1");
    assertThatThrownBy(() -> acc.add(0, 0, -3)).hasMessage("items must be >= 0: -3");
    assertThatThrownBy(() -> acc.snapshot().count(0, 9)).hasMessage("client band must be between 0 and 3: 9");
    assertThatThrownBy(() -> acc.merge(new BandAgreementAccumulator(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge band agreements over 4 and 3 bands");
    assertThatThrownBy(() -> BandAgreementAccumulator.toBandAgreement(0, r -> 0, r -> 0))
        .hasMessage("bands must be between 2 and 1000: 0");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(table(new long[][] {{1, 2}, {3, 4}}), table(new long[][] {{1, 2}, {3, 4}}))
        .addEqualityGroup(table(new long[][] {{1, 3}, {2, 4}}))
        .addEqualityGroup(table(new long[][] {{1, 2, 0}, {3, 4, 0}, {0, 0, 0}}))
        .testEquals();
    NullPointerTester nulls = new NullPointerTester();
    nulls.testAllPublicInstanceMethods(table(new long[][] {{1, 2}, {3, 4}}));
    nulls.testAllPublicStaticMethods(BandAgreementAccumulator.class);
    nulls.testAllPublicInstanceMethods(new BandAgreementAccumulator(2));
  }
}
