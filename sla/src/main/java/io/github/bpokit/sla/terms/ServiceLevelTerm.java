package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.NetPromoterScore;
import io.github.bpokit.kpi.Proportion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A service level term of a contract (SPEC §5): a KPI measured over a scope (a segment such as channel = EMAIL, or
 * the whole) per period, a direction, a minimum sample size and a band table that maps every value of the KPI's
 * domain to exactly one {@link Band}.
 *
 * <pre>{@code
 * ServiceLevelTerm csat = ServiceLevelTerm.builder("csat-email", KpiId.CSAT)
 *     .scope(SegmentKey.of(Dimension.CHANNEL, "EMAIL"))
 *     .minimumSample(30)
 *     .band(Range.atLeast(0.88), TermOutcome.BONUS, Adjustment.sliding("0.88", "0.05", "0.95", "0.10"))
 *     .band(Range.closedOpen(0.82, 0.88), TermOutcome.BASE, Adjustment.none())
 *     .band(Range.closedOpen(0.75, 0.82), TermOutcome.REMEDIATION, Adjustment.none())
 *     .band(Range.lessThan(0.75), TermOutcome.PENALTY, Adjustment.sliding("0.75", "-0.05", "0.60", "-0.15"))
 *     .build();
 * csat.judge(Proportion.of(180, 200)).outcome();  // BONUS at 0.9
 *
 * ServiceLevelTerm lowVolume = ServiceLevelTerm.builder("csat-social", KpiId.CSAT)
 *     .scope(SegmentKey.of(Dimension.CHANNEL, "SOCIAL"))
 *     .measurementPeriod(MeasurementPeriod.rollingMonths(3))  // this month and the two before, every month
 *     .minimumSample(30)
 *     .band(Range.atLeast(0.8), TermOutcome.BASE, Adjustment.none())
 *     .band(Range.lessThan(0.8), TermOutcome.PENALTY, Adjustment.fixed(new BigDecimal("-0.02")))
 *     .build();
 * }</pre>
 *
 * <p>The domain of the KPI defaults to [0, 1] for proportions, [-100, 100] for NPS and [0, +∞) otherwise. A band may
 * reach past the domain ({@code Range.atLeast(0.88)}) and is then clipped to it; the clipped bands must cover it
 * exactly, without gap or overlap, and {@link Builder#build()} names both ranges around a gap or in an
 * overlap. The outcomes must not get better as the KPI gets worse (in the term's {@link Direction}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ServiceLevelTerm {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]*");

  private final String name;
  private final KpiId kpi;
  private final SegmentKey scope;
  private final MeasurementPeriod period;
  private final Direction direction;
  private final long minimumSample;
  private final Range<Double> domain;
  private final ImmutableRangeMap<Double, Band> bands;

  private ServiceLevelTerm(Builder b, ImmutableRangeMap<Double, Band> bands, Range<Double> domain) {
    this.name = b.name;
    this.kpi = b.kpi;
    this.scope = b.scope;
    this.period = b.period;
    this.direction = b.direction;
    this.minimumSample = b.minimumSample;
    this.domain = domain;
    this.bands = bands;
  }

  /**
   * Starts a term. Defaults: the whole as scope, measured per MONTH, HIGHER_IS_BETTER, minimum sample 1, the KPI's domain.
   *
   * @param name the term's name, unique in a contract: letters, digits and {@code _ . @ -}, e.g. {@code csat-email}
   * @param kpi the KPI
   * @return a builder
   * @throws IllegalArgumentException naming the name when it is not of that form
   */
  public static Builder builder(String name, KpiId kpi) {
    return new Builder(name, kpi);
  }

  /**
   * Returns the default domain of a KPI: [0, 1] for proportions, [-100, 100] for NPS, [0, +∞) otherwise.
   *
   * @param kpi the KPI
   * @return the domain
   */
  public static Range<Double> defaultDomain(KpiId kpi) {
    if (kpi.valueType() == Proportion.class) {
      return Range.closed(0.0, 1.0);
    }
    if (kpi.valueType() == NetPromoterScore.class) {
      return Range.closed(-100.0, 100.0);
    }
    return Range.atLeast(0.0);
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the KPI */
  public KpiId kpi() {
    return kpi;
  }

  /** @return the scope: the segment measured, {@link SegmentKey#all()} for the whole */
  public SegmentKey scope() {
    return scope;
  }

  /**
   * Returns the unit the term is evaluated per: that of its {@link #measurementPeriod()}, MONTH for a rolling
   * window.
   *
   * @return MONTH or QUARTER
   */
  public PeriodUnit period() {
    return period.unit();
  }

  /** @return what the KPI is measured over: one MONTH, one QUARTER or a rolling window of months */
  public MeasurementPeriod measurementPeriod() {
    return period;
  }

  /** @return the direction */
  public Direction direction() {
    return direction;
  }

  /** @return the minimum sample size; below it the term is NOT_MEASURABLE */
  public long minimumSample() {
    return minimumSample;
  }

  /** @return the domain the bands cover */
  public Range<Double> domain() {
    return domain;
  }

  /** @return the band table */
  public ImmutableRangeMap<Double, Band> bands() {
    return bands;
  }

  /**
   * Returns the band of a KPI value.
   *
   * @param value the value
   * @return the band, or empty when the value is outside the domain (or NaN)
   */
  public Optional<Band> bandOf(double value) {
    return Double.isNaN(value) ? Optional.empty() : Optional.ofNullable(bands.get(value));
  }

  /**
   * Judges a measured KPI value: NOT_MEASURABLE (share 0) when it has no value or its sample size is below the
   * minimum, otherwise the band's outcome and the adjustment's share at {@code BigDecimal.valueOf(value)}.
   *
   * @param measured the measured KPI
   * @return the judgement
   * @throws IllegalArgumentException naming the value when it lies outside the domain
   */
  public Judgement judge(KpiValue measured) {
    requireNonNull(measured, "measured");
    OptionalDouble v = measured.value();
    if (v.isEmpty()) {
      return new Judgement(this, measured, TermOutcome.NOT_MEASURABLE, Optional.empty(), BigDecimal.ZERO,
          "no value");
    }
    if (measured.sampleSize() < minimumSample) {
      return new Judgement(this, measured, TermOutcome.NOT_MEASURABLE, Optional.empty(), BigDecimal.ZERO,
          "sample " + measured.sampleSize() + " below the minimum " + minimumSample);
    }
    Band band = bandOf(v.getAsDouble()).orElseThrow(() -> new IllegalArgumentException("term " + name + ": "
        + kpi.id() + " value " + v.getAsDouble() + " is outside the domain " + domain));
    BigDecimal share = band.adjustment().shareAt(BigDecimal.valueOf(v.getAsDouble()));
    return new Judgement(this, measured, band.outcome(), Optional.of(band), share,
        "band " + band.range() + " " + band.outcome() + ", " + band.adjustment().describe());
  }

  @Override
  public String toString() {
    return name + " (" + kpi.id() + " on " + scope.label() + " per " + period + ", " + direction + ", n >= "
        + minimumSample + ", bands " + bands.asMapOfRanges().values() + ")";
  }

  /** Builds a {@link ServiceLevelTerm}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final KpiId kpi;
    private SegmentKey scope = SegmentKey.all();
    private MeasurementPeriod period = MeasurementPeriod.of(PeriodUnit.MONTH);
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private long minimumSample = 1;
    private @Nullable Range<Double> domain;
    private final List<Band> bands = new ArrayList<>();

    private Builder(String name, KpiId kpi) {
      requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("term name '" + name
            + "' must start with a letter or digit and hold only letters, digits and _ . @ -");
      }
      this.name = name;
      this.kpi = requireNonNull(kpi, "kpi");
    }

    /**
     * Sets the scope.
     *
     * @param scope the segment, e.g. {@code SegmentKey.of(Dimension.CHANNEL, "EMAIL")}
     * @return this builder
     */
    public Builder scope(SegmentKey scope) {
      this.scope = requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets the measurement period to one period of a unit, {@code measurementPeriod(MeasurementPeriod.of(period))}.
     *
     * @param period MONTH or QUARTER
     * @return this builder
     * @throws IllegalArgumentException naming the unit when it is another one
     */
    public Builder period(PeriodUnit period) {
      requireNonNull(period, "period");
      try {
        return measurementPeriod(MeasurementPeriod.of(period));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("term " + name + ": " + e.getMessage(), e);
      }
    }

    /**
     * Sets the measurement period: one MONTH or QUARTER, or a rolling window of months.
     *
     * @param period e.g. {@code MeasurementPeriod.rollingMonths(3)}
     * @return this builder
     * @throws IllegalArgumentException naming the KPI when the window is longer than a month and the KPI's monthly
     *     values do not merge exactly ({@link KpiSource#mergesExactly}: a quantile)
     */
    public Builder measurementPeriod(MeasurementPeriod period) {
      requireNonNull(period, "period");
      if (period.length() > 1 && !KpiSource.mergesExactly(kpi)) {
        throw new IllegalArgumentException("term " + name + ": " + kpi.id() + " cannot be measured over "
            + period + ": a " + kpi.valueType().getSimpleName() + " of several months is not a function of the "
            + "monthly values; measure it per MONTH or QUARTER");
      }
      this.period = period;
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param direction the direction
     * @return this builder
     */
    public Builder direction(Direction direction) {
      this.direction = requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets the minimum sample size.
     *
     * @param minimumSample at least 1
     * @return this builder
     * @throws IllegalArgumentException naming the size when it is less than 1
     */
    public Builder minimumSample(long minimumSample) {
      if (minimumSample < 1) {
        throw new IllegalArgumentException("term " + name + ": minimum sample " + minimumSample
            + " must be at least 1");
      }
      this.minimumSample = minimumSample;
      return this;
    }

    /**
     * Overrides the domain the bands must cover.
     *
     * @param domain the domain, not empty
     * @return this builder
     */
    public Builder domain(Range<Double> domain) {
      requireNonNull(domain, "domain");
      if (domain.isEmpty()) {
        throw new IllegalArgumentException("term " + name + ": the domain " + domain + " is empty");
      }
      this.domain = domain;
      return this;
    }

    /**
     * Adds a band.
     *
     * @param band the band
     * @return this builder
     */
    public Builder band(Band band) {
      bands.add(requireNonNull(band, "band"));
      return this;
    }

    /**
     * Adds a band.
     *
     * @param range the KPI values, explicit about inclusion at each edge
     * @param outcome the outcome
     * @param adjustment the money rule
     * @return this builder
     */
    public Builder band(Range<Double> range, TermOutcome outcome, Adjustment adjustment) {
      return band(new Band(range, outcome, adjustment));
    }

    /**
     * Builds the term, checking that the bands cover the domain exactly and that outcomes do not improve as the KPI
     * worsens.
     *
     * @return the term
     * @throws IllegalArgumentException naming both ranges of an overlap or around a gap, a band reaching outside the
     *     domain, or two bands whose outcomes are in the wrong order
     */
    public ServiceLevelTerm build() {
      Range<Double> d = domain != null ? domain : defaultDomain(kpi);
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("term " + name + " has no bands: they must cover " + d);
      }
      for (Band band : bands) {
        if (!band.range().isConnected(d) || band.range().intersection(d).isEmpty()) {
          throw new IllegalArgumentException("term " + name + ": band " + band.range()
              + " lies outside the domain " + d + " of " + kpi.id());
        }
      }
      List<Band> sorted = new ArrayList<>(bands);
      sorted.sort(Comparator.comparing(b -> b.range().intersection(d), ServiceLevelTerm::compareLower));
      ImmutableRangeMap.Builder<Double, Band> map = ImmutableRangeMap.builder();
      for (int i = 0; i < sorted.size(); i++) {
        Band band = sorted.get(i);
        Range<Double> r = band.range().intersection(d);
        if (i > 0) {
          Band prev = sorted.get(i - 1);
          Range<Double> p = prev.range().intersection(d);
          if (p.isConnected(r) && !p.intersection(r).isEmpty()) {
            throw new IllegalArgumentException("term " + name + ": bands " + prev.range() + " and "
                + band.range() + " overlap on " + p.intersection(r));
          }
        }
        map.put(r, band);
      }
      RangeSet<Double> covered = TreeRangeSet.create();
      sorted.forEach(b -> covered.add(b.range().intersection(d)));
      RangeSet<Double> missing = covered.complement().subRangeSet(d);
      for (Range<Double> gap : missing.asRanges()) {
        Band below = null;
        Band above = null;
        for (Band b : sorted) {
          Range<Double> r = b.range().intersection(d);
          if (r.isConnected(gap) && compareLower(r, gap) < 0) {
            below = b;
          } else if (above == null && r.isConnected(gap)) {
            above = b;
          }
        }
        if (below != null && above != null) {
          throw new IllegalArgumentException("term " + name + ": bands " + below.range() + " and " + above.range()
              + " leave the gap " + gap + " uncovered");
        }
        throw new IllegalArgumentException("term " + name + ": no band covers " + gap + " of the domain " + d
            + " of " + kpi.id());
      }
      checkOrder(sorted);
      return new ServiceLevelTerm(this, map.build(), d);
    }

    private void checkOrder(List<Band> ascending) {
      for (int i = 1; i < ascending.size(); i++) {
        Band lower = ascending.get(i - 1);
        Band higher = ascending.get(i);
        Band better = direction == Direction.HIGHER_IS_BETTER ? higher : lower;
        Band worse = better == higher ? lower : higher;
        if (better.outcome().compareTo(worse.outcome()) > 0) {
          throw new IllegalArgumentException("term " + name + " (" + direction + "): band " + better.range() + " "
              + better.outcome() + " has better values than band " + worse.range() + " " + worse.outcome()
              + " but a worse outcome");
        }
      }
    }
  }

  static int compareLower(Range<Double> a, Range<Double> b) {
    if (!a.hasLowerBound()) {
      return b.hasLowerBound() ? -1 : 0;
    }
    if (!b.hasLowerBound()) {
      return 1;
    }
    int c = a.lowerEndpoint().compareTo(b.lowerEndpoint());
    if (c != 0) {
      return c;
    }
    return Boolean.compare(a.lowerBoundType() == BoundType.OPEN,
        b.lowerBoundType() == BoundType.OPEN);
  }
}
