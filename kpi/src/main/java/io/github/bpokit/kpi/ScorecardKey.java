package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.ReportingPeriod;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of one row of a {@link ScorecardResult}: an optional reporting period and a {@link SegmentKey}. Without a
 * period the key covers the whole input (every period); with one, only the interactions created in that period.
 *
 * <p><b>Labels</b> ({@link #label()}, the keys of the scorecard's JSON, SPEC §7):
 * <ul>
 *   <li>the whole: {@code "*"};
 *   <li>a segment over all periods: its {@link SegmentKey#label()}, e.g. {@code "CHAT"} or {@code "CHAT|billing"};
 *   <li>a period's whole: the period's label, e.g. {@code "2026-W41"}, {@code "2026-10"};
 *   <li>a segment in a period: the period's label, {@code '|'}, the segment's label, e.g. {@code "2026-W41|CHAT"}.
 * </ul>
 * So that no two keys of one scorecard share a label, a segment label over all periods that reads exactly like a period
 * label (a category named {@code "2026-10"}) is preceded by a {@code '\'}, the escape character of segment labels:
 * {@code "\2026-10"}, which {@link io.github.bpokit.core.segment.Segmentation#parseKey(String)} reads back as
 * {@code "2026-10"}.
 *
 * <p><b>Order</b> (consistent with {@code equals}): keys without a period first, then by period in time order; within
 * each, by the segment's natural order, the whole first. A scorecard lists: {@code "*"}, {@code "CHAT"},
 * {@code "EMAIL"}, …, {@code "2026-W40"}, {@code "2026-W40|CHAT"}, …, {@code "2026-W41"}, …
 *
 * <pre>{@code
 * ZoneId utc = ZoneId.of("UTC");
 * ScorecardKey week = ScorecardKey.of(ReportingPeriod.parse("2026-W41", utc), SegmentKey.of(Dimension.CHANNEL, "chat"));
 * week.label();                        // "2026-W41|CHAT"
 * ScorecardKey.whole().label();        // "*"
 * ScorecardKey.of(SegmentKey.of(Dimension.CHANNEL, "chat")).label();   // "CHAT"
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and serializable.
 */
public final class ScorecardKey implements Comparable<ScorecardKey>, Serializable {
  private static final long serialVersionUID = 1L;

  private static final ScorecardKey WHOLE = new ScorecardKey(null, SegmentKey.all());
  /** What {@link ReportingPeriod#parse} accepts as a label. */
  private static final Pattern PERIOD_LABEL =
      Pattern.compile("[+-]?[0-9]{4,9}-(?:[0-9]{2}-[0-9]{2}|[Ww][0-9]{2}|[Qq][0-9]|[0-9]{2})");
  private static final Comparator<ReportingPeriod> PERIOD_ORDER = Comparator
      .comparing((ReportingPeriod p) -> p.unit())
      .thenComparing(p -> p.zone().getId())
      .thenComparing(ReportingPeriod::startDate);

  private final @Nullable ReportingPeriod period;
  private final SegmentKey segment;
  private transient @Nullable String label;

  private ScorecardKey(@Nullable ReportingPeriod period, SegmentKey segment) {
    this.period = period;
    this.segment = segment;
  }

  /**
   * Returns the key of the whole input, labelled {@code "*"}.
   *
   * @return the whole
   */
  public static ScorecardKey whole() {
    return WHOLE;
  }

  /**
   * Returns the key of a segment over all periods.
   *
   * @param segment the segment; {@link SegmentKey#all()} for the whole
   * @return the key
   */
  public static ScorecardKey of(SegmentKey segment) {
    requireNonNull(segment, "segment");
    return segment.isAll() ? WHOLE : new ScorecardKey(null, segment);
  }

  /**
   * Returns the key of a segment in one reporting period.
   *
   * @param period the period
   * @param segment the segment; {@link SegmentKey#all()} for the period's whole
   * @return the key
   */
  public static ScorecardKey of(ReportingPeriod period, SegmentKey segment) {
    requireNonNull(period, "period");
    requireNonNull(segment, "segment");
    return new ScorecardKey(period, segment);
  }

  /**
   * Returns the reporting period.
   *
   * @return the period, or empty for a key over all periods
   */
  public Optional<ReportingPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the segment.
   *
   * @return the segment key; {@link SegmentKey#all()} for a whole
   */
  public SegmentKey segment() {
    return segment;
  }

  /**
   * Returns whether this is the whole input: no period and {@link SegmentKey#all()}.
   *
   * @return whether this is {@link #whole()}
   */
  public boolean isWhole() {
    return period == null && segment.isAll();
  }

  /**
   * Returns the label, see the class comment: {@code "*"}, {@code "CHAT|billing"}, {@code "2026-W41"} or
   * {@code "2026-W41|CHAT|billing"}.
   *
   * @return the label
   */
  public String label() {
    String l = label;
    if (l == null) {
      String segmentLabel = segment.label();
      if (period == null) {
        l = PERIOD_LABEL.matcher(segmentLabel).matches() ? "\\" + segmentLabel : segmentLabel;
      } else {
        l = segment.isAll() ? period.toString() : period + "|" + segmentLabel;
      }
      label = l;
    }
    return l;
  }

  /**
   * Compares by the order described on the class: no period first, then periods by unit, zone and time, then
   * segments by their natural order.
   *
   * @param other the key to compare with
   * @return negative, zero or positive as this key is before, equal to or after the other
   */
  @Override
  public int compareTo(ScorecardKey other) {
    if (this == other) {
      return 0;
    }
    ReportingPeriod a = period;
    ReportingPeriod b = other.period;
    if (a != b) {
      if (a == null) {
        return -1;
      }
      if (b == null) {
        return 1;
      }
      int byPeriod = PERIOD_ORDER.compare(a, b);
      if (byPeriod != 0) {
        return byPeriod;
      }
    }
    return segment.compareTo(other.segment);
  }

  /**
   * Returns whether the other object is a key with the same period (or none) and segment.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ScorecardKey)) {
      return false;
    }
    ScorecardKey that = (ScorecardKey) other;
    return segment.equals(that.segment) && (period == null ? that.period == null : period.equals(that.period));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * (period == null ? 0 : period.hashCode()) + segment.hashCode();
  }

  /**
   * Returns the {@link #label()}.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label();
  }

  private Object readResolve() throws InvalidObjectException {
    @Nullable SegmentKey read = segment;
    if (read == null) {
      throw new InvalidObjectException("a ScorecardKey needs a segment");
    }
    return period == null && segment.isAll() ? WHOLE : this;
  }
}
