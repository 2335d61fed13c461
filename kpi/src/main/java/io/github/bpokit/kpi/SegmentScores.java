package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one row of a {@link ScorecardResult}: each KPI of the scorecard as a {@link KpiValue} (a
 * {@link Count}, {@link Proportion}, {@link Mean}, {@link NetPromoterScore} or {@link QuantileValue}, see
 * {@link KpiId#valueType()}), plus the detail behind some of them: the first-response and resolution time
 * distributions and the QA calibration with its ICC. Immutable and serializable.
 *
 * <pre>{@code
 * SegmentScores chat = result.get("CHAT").orElseThrow();
 * chat.value(KpiId.CSAT);                       // Proportion 81/263, with its Wilson interval
 * chat.values().forEach((kpi, value) -> System.out.println(kpi.id() + " " + value.value()));
 * chat.calibration().intraclassCorrelation();   // OptionalDouble[0.82...]
 * }</pre>
 */
public final class SegmentScores implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ScorecardKey key;
  private final ImmutableMap<KpiId, KpiValue> values;
  private final @Nullable QuantileSummary firstResponseTimes;
  private final @Nullable QuantileSummary resolutionTimes;
  private final Calibration calibration;

  SegmentScores(ScorecardKey key, EnumMap<KpiId, KpiValue> values, Optional<QuantileSummary> firstResponseTimes,
      Optional<QuantileSummary> resolutionTimes, Calibration calibration) {
    this.key = key;
    this.values = Maps.immutableEnumMap(values);
    this.firstResponseTimes = firstResponseTimes.orElse(null);
    this.resolutionTimes = resolutionTimes.orElse(null);
    this.calibration = calibration;
  }

  /**
   * Returns the key of this row.
   *
   * @return the key
   */
  public ScorecardKey key() {
    return key;
  }

  /**
   * Returns the label of this row, {@link ScorecardKey#label()}.
   *
   * @return the label, e.g. {@code "CHAT"}
   */
  public String label() {
    return key.label();
  }

  /**
   * Returns the KPIs of this row, the scorecard's, in {@link KpiId} order.
   *
   * @return the KPIs
   */
  public Set<KpiId> kpis() {
    return values.keySet();
  }

  /**
   * Returns the value of one KPI; "no value" (an empty denominator, no observations) is an empty
   * {@link KpiValue#value()}, never NaN and never 0.
   *
   * @param kpi the KPI
   * @return its value
   * @throws IllegalArgumentException when the scorecard does not compute this KPI
   */
  public KpiValue value(KpiId kpi) {
    KpiValue value = values.get(requireNonNull(kpi, "kpi"));
    if (value == null) {
      throw new IllegalArgumentException("KPI " + kpi.id() + " is not in this scorecard: " + values.keySet());
    }
    return value;
  }

  /**
   * Returns every KPI's value, in {@link KpiId} order.
   *
   * @return an immutable map
   */
  public Map<KpiId, KpiValue> values() {
    return values;
  }

  /**
   * Returns the distribution of first-response times in seconds over human-answered interactions, behind
   * {@code frt_p50_seconds} and {@code frt_p90_seconds}.
   *
   * @return the distribution, or empty when the scorecard computes neither FRT quantile
   */
  public Optional<QuantileSummary> firstResponseTimes() {
    return Optional.ofNullable(firstResponseTimes);
  }

  /**
   * Returns the distribution of resolution times in seconds over RESOLVED interactions with {@code ended_at}, behind
   * {@code resolution_p50_seconds} and {@code resolution_p90_seconds}.
   *
   * @return the distribution, or empty when the scorecard computes neither resolution quantile
   */
  public Optional<QuantileSummary> resolutionTimes() {
    return Optional.ofNullable(resolutionTimes);
  }

  /**
   * Returns the QA calibration between partner and client over the interactions both scored: share within tolerance,
   * mean absolute difference, bias and ICC(2,1).
   *
   * @return the calibration
   */
  public Calibration calibration() {
    return calibration;
  }

  /**
   * Returns whether the other object holds the same key, values and detail.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SegmentScores)) {
      return false;
    }
    SegmentScores that = (SegmentScores) other;
    return key.equals(that.key)
        && values.equals(that.values)
        && Objects.equals(firstResponseTimes, that.firstResponseTimes)
        && Objects.equals(resolutionTimes, that.resolutionTimes)
        && calibration.equals(that.calibration);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(key, values, firstResponseTimes, resolutionTimes, calibration);
  }

  /** Returns e.g. {@code CHAT {contacts=120, handled=110, ...}}. */
  @Override
  public String toString() {
    return key.label() + " " + values;
  }
}
