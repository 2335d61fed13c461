package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.Mean;
import io.github.bpokit.kpi.NetPromoterScore;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.Ratio;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where a period's measured KPIs come from: a scope and a KPI to a {@link KpiValue}.
 *
 * <pre>{@code
 * KpiSource october = KpiSource.of(ReportingPeriod.parse("2026-10", zone), List.of(monthlyByChannel));
 * october.value(SegmentKey.of(Dimension.CHANNEL, "EMAIL"), KpiId.CSAT);  // Proportion 180/200
 * KpiSource quarter = KpiSource.merged(List.of(august, september, october));
 * quarter.value(SegmentKey.all(), KpiId.CSAT);                           // the three months' counts added
 * }</pre>
 */
@FunctionalInterface
public interface KpiSource {
  /**
   * Returns the measured KPI of a scope in the period.
   *
   * @param scope the scope
   * @param kpi the KPI
   * @return the value (possibly "no value")
   * @throws IllegalArgumentException when this source cannot measure it
   */
  KpiValue value(SegmentKey scope, KpiId kpi);

  /**
   * Reads one period's rows of scorecards computed with that period's unit and zone: a scope is read from the first
   * scorecard that segments by the scope's dimensions (any for the whole) and computes the KPI.
   *
   * @param period the period
   * @param scorecards the scorecards, e.g. one segmenting by channel
   * @return the source
   */
  static KpiSource of(ReportingPeriod period, Collection<ScorecardResult> scorecards) {
    requireNonNull(period, "period");
    ImmutableList<ScorecardResult> list = ImmutableList.copyOf(scorecards);
    return (scope, kpi) -> {
      for (ScorecardResult result : list) {
        boolean segments = scope.isAll() || result.scorecard().segmentation().equals(scope.segmentation());
        boolean periodic = result.scorecard().periodUnit().orElse(null) == period.unit()
            && result.scorecard().zone().map(period.zone()::equals).orElse(false);
        if (segments && periodic && result.kpis().contains(kpi)) {
          return result.value(ScorecardKey.of(period, scope), kpi);
        }
      }
      throw new IllegalArgumentException("no scorecard measures " + kpi.id() + " by "
          + scope.segmentation() + " per " + period.unit() + " in " + period.zone());
    };
  }

  /**
   * Returns the KPIs of several periods together, exactly: each value is the sum of the counts behind the sources'
   * values (numerators and denominators of a {@link Proportion} or {@link Ratio}, count and exact sum of a
   * {@link Mean}, the answers of a {@link NetPromoterScore}, a {@link Count}), so it equals the value one pass over
   * the periods' interactions gives, never an average of averages. One source is returned as it is.
   *
   * @param sources the periods' sources, at least one
   * @return the merged source; its {@code value} throws an IllegalArgumentException naming the KPI when the values
   *     are of a kind that does not merge (a quantile) or of different kinds or scales
   * @throws IllegalArgumentException when there is no source
   */
  static KpiSource merged(List<KpiSource> sources) {
    ImmutableList<KpiSource> list = ImmutableList.copyOf(sources);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("no sources to merge");
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    return (scope, kpi) -> {
      KpiValue sum = list.get(0).value(scope, kpi);
      for (int i = 1; i < list.size(); i++) {
        sum = plus(kpi, sum, list.get(i).value(scope, kpi));
      }
      return sum;
    };
  }

  /**
   * Returns whether a KPI's values of several periods merge exactly into the value of the periods together: true
   * for counts, proportions, means, NPS and ratios; false for quantiles.
   *
   * @param kpi the KPI
   * @return whether {@link #merged} can merge its values
   */
  static boolean mergesExactly(KpiId kpi) {
    return Set.of(Count.class, Proportion.class, Mean.class, NetPromoterScore.class, Ratio.class)
        .contains(kpi.valueType());
  }

  private static KpiValue plus(KpiId kpi, KpiValue a, KpiValue b) {
    if (a instanceof Count x && b instanceof Count y) {
      return Count.of(Math.addExact(x.count(), y.count()));
    }
    if (a instanceof Proportion x && b instanceof Proportion y) {
      return x.plus(y);
    }
    if (a instanceof Mean x && b instanceof Mean y && x.scale() == y.scale()) {
      return Mean.of(Math.addExact(x.count(), y.count()), Math.addExact(x.sumUnits(), y.sumUnits()), x.scale());
    }
    if (a instanceof NetPromoterScore x && b instanceof NetPromoterScore y) {
      return NetPromoterScore.of(Math.addExact(x.promoters(), y.promoters()),
          Math.addExact(x.passives(), y.passives()), Math.addExact(x.detractors(), y.detractors()));
    }
    if (a instanceof Ratio x && b instanceof Ratio y) {
      return Ratio.of(Math.addExact(x.numerator(), y.numerator()), Math.addExact(x.denominator(), y.denominator()));
    }
    throw new IllegalArgumentException("cannot merge " + kpi.id() + " values " + a + " and " + b
        + " exactly: only counts, proportions, means of one scale, NPS and ratios add up");
  }
}
