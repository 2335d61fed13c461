package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scores of a {@link Scorecard}: one row of KPI values per {@link ScorecardKey} that has interactions, the whole
 * ({@code "*"}) always first, then in {@link ScorecardKey} order (segments over all periods, then each period's whole
 * and segments). Immutable and serializable.
 *
 * <pre>{@code
 * ScorecardResult result = scorecard.compute(interactions);
 * result.asOf();                                          // Optional[2026-10-31T23:59:00Z]
 * for (SegmentScores row : result.segments().values()) {  // "*", "CHAT", "EMAIL", ...
 *   System.out.println(row.label() + " csat " + row.value(KpiId.CSAT).value());
 * }
 * result.value("CHAT", KpiId.FCR);                        // Optional[Proportion 40/52]
 * result.get(ScorecardKey.of(SegmentKey.of(Dimension.CHANNEL, "voice")));  // the VOICE row, empty if no calls
 * }</pre>
 */
public final class ScorecardResult implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Scorecard scorecard;
  private final @Nullable Instant asOf;
  private final long interactions;
  private final ImmutableMap<ScorecardKey, SegmentScores> segments;
  private final ImmutableMap<String, ScorecardKey> byLabel;

  ScorecardResult(Scorecard scorecard, Optional<Instant> asOf, long interactions,
      ImmutableMap<ScorecardKey, SegmentScores> segments) {
    this.scorecard = scorecard;
    this.asOf = asOf.orElse(null);
    this.interactions = interactions;
    this.segments = segments;
    ImmutableMap.Builder<String, ScorecardKey> labels = ImmutableMap.builderWithExpectedSize(segments.size());
    segments.keySet().forEach(key -> labels.put(key.label(), key));
    this.byLabel = labels.buildOrThrow();
  }

  /**
   * Returns the scorecard computed.
   *
   * @return the definition
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Returns the as-of instant repeat contacts were judged at: the scorecard's, else the latest {@code created_at} of
   * the input.
   *
   * @return the instant, or empty when the scorecard has none and the input was empty
   */
  public Optional<Instant> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns how many interactions were accumulated.
   *
   * @return the count
   */
  public long interactions() {
    return interactions;
  }

  /**
   * Returns the KPIs of every row, in {@link KpiId} order.
   *
   * @return the scorecard's KPIs
   */
  public Set<KpiId> kpis() {
    return scorecard.kpis();
  }

  /**
   * Returns the keys of the rows, the whole first, then in {@link ScorecardKey} order; only keys with interactions
   * (and the whole, always).
   *
   * @return an immutable list
   */
  public List<ScorecardKey> keys() {
    return segments.keySet().asList();
  }

  /**
   * Returns the rows, iterated in the order of {@link #keys()}.
   *
   * @return an immutable map
   */
  public Map<ScorecardKey, SegmentScores> segments() {
    return segments;
  }

  /**
   * Returns the row of the whole input, {@code "*"}.
   *
   * @return the whole
   */
  public SegmentScores whole() {
    return requireNonNull(segments.get(ScorecardKey.whole()));
  }

  /**
   * Returns the row of a key. A key this scorecard can have but without interactions (no VOICE contact in week 41)
   * gets the scores of nothing: zero counts and "no value" elsewhere.
   *
   * @param key the key
   * @return the row
   * @throws IllegalArgumentException when the key cannot be in this scorecard: another segmentation, or a period
   *     where the scorecard has none (or of another unit or zone)
   */
  public SegmentScores get(ScorecardKey key) {
    requireNonNull(key, "key");
    SegmentScores scores = segments.get(key);
    if (scores != null) {
      return scores;
    }
    checkBelongs(key);
    return new SegmentAccumulator(scorecard, key, -1)
        .snapshot(scorecard, new long[RepeatContacts.COUNTERS], 0);
  }

  private void checkBelongs(ScorecardKey key) {
    boolean segmentOk = key.segment().isAll() || key.segment().segmentation().equals(scorecard.segmentation());
    boolean periodOk = key.period().isEmpty()
        || (key.period().get().unit() == scorecard.periodUnit().orElse(null)
            && key.period().get().zone().equals(scorecard.zone().orElse(null)));
    if (!segmentOk || !periodOk) {
      throw new IllegalArgumentException("key " + key.label() + (segmentOk ? " has a period" : " segments by "
          + key.segment().segmentation()) + " that this scorecard (by " + scorecard.segmentation() + ", period "
          + scorecard.periodUnit().map(u -> u + " in " + scorecard.zone().orElseThrow()).orElse("none")
          + ") cannot have");
    }
  }

  /**
   * Returns the row with a label, see {@link ScorecardKey#label()}: {@code "*"}, {@code "CHAT|billing"},
   * {@code "2026-W41|CHAT"}.
   *
   * @param label the label
   * @return the row, or empty when no row with interactions has this label
   */
  public Optional<SegmentScores> get(String label) {
    ScorecardKey key = byLabel.get(requireNonNull(label, "label"));
    return key == null ? Optional.empty() : Optional.of(requireNonNull(segments.get(key)));
  }

  /**
   * Returns one KPI of one row, {@code get(key).value(kpi)}.
   *
   * @param key the row's key
   * @param kpi the KPI
   * @return the value; "no value" is an empty {@link KpiValue#value()}
   * @throws IllegalArgumentException when the key cannot be in this scorecard or the scorecard does not compute the KPI
   */
  public KpiValue value(ScorecardKey key, KpiId kpi) {
    requireNonNull(kpi, "kpi");
    return get(key).value(kpi);
  }

  /**
   * Returns one KPI of the row with a label.
   *
   * @param label the row's label
   * @param kpi the KPI
   * @return the value, or empty when no row with interactions has this label
   * @throws IllegalArgumentException when the scorecard does not compute the KPI
   */
  public Optional<KpiValue> value(String label, KpiId kpi) {
    requireNonNull(kpi, "kpi");
    return get(label).map(row -> row.value(kpi));
  }

  /**
   * Returns whether the other object is the result of the same scorecard with the same as-of instant, count and rows.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ScorecardResult)) {
      return false;
    }
    ScorecardResult that = (ScorecardResult) other;
    return interactions == that.interactions
        && Objects.equals(asOf, that.asOf)
        && scorecard.equals(that.scorecard)
        && segments.equals(that.segments)
        && ImmutableList.copyOf(segments.keySet()).equals(ImmutableList.copyOf(that.segments.keySet()));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(scorecard, asOf, interactions, segments);
  }

  /** Returns e.g. {@code ScorecardResult{asOf=..., interactions=1200, rows=[*, CHAT, EMAIL]}}. */
  @Override
  public String toString() {
    return "ScorecardResult{asOf=" + (asOf == null ? "none" : asOf) + ", interactions=" + interactions + ", rows="
        + byLabel.keySet() + "}";
  }
}
