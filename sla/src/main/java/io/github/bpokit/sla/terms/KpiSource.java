package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.ScorecardKey;
import io.github.bpokit.kpi.ScorecardResult;
import java.util.Collection;

/** Where a period's measured KPIs come from: a scope and a KPI to a {@link KpiValue}. */
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
}
