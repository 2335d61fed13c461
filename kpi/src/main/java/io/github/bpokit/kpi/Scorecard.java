package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.segment.Dimension;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * What a scorecard measures and how: the KPIs (SPEC §4; by default the reference set), how interactions are segmented,
 * an optional reporting period for longitudinal scorecards (CSAT per week per channel), the as-of instant, and the
 * parameters of the KPIs that have some. Immutable, thread-safe and serializable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * Scorecard weekly = Scorecard.builder()
 *     .segmentBy(Dimension.CHANNEL)
 *     .period(PeriodUnit.WEEK, ZoneId.of("Europe/Paris"))
 *     .asOf(Instant.parse("2026-11-01T00:00:00Z"))
 *     .fcrWindow(Duration.ofDays(3))
 *     .firstResponseTarget(Channel.EMAIL, Duration.ofHours(8))
 *     .build();
 * ScorecardResult result = weekly.compute(interactions);          // or interactions.stream().collect(weekly.collector())
 * result.value("2026-W41|CHAT", KpiId.CSAT);                      // Optional[Proportion 81/263]
 * result.whole().value(KpiId.ABANDONMENT_RATE).value();           // OptionalDouble[0.07...]
 * }</pre>
 *
 * <p><b>Rows.</b> The result always has the whole ({@code "*"}), and one row per segment that has interactions. With a
 * reporting period each period that has interactions also gets its own whole and its own segments: the rows are then
 * the whole, every segment over all periods, and per period its whole and its segments (see {@link ScorecardKey} for
 * labels and order). An interaction falls in the period that contains its {@code created_at} in the scorecard's zone.
 *
 * <p><b>Repeat contacts</b> ({@code fcr}, {@code recontact_rate}, {@code fcr_pending}; SPEC §4). A repeat contact of
 * interaction i is any other interaction j, of any outcome (abandoned included), on any channel, with the same
 * {@code customer_id} and, unless {@linkplain Builder#fcrSameCategory(boolean) switched off}, the same category, and
 * {@code created_at(i) < created_at(j) <= created_at(i) + window} (default window 7 days). Interaction i is eligible
 * when it is handled and {@code created_at(i) + window <= asOf}; a handled interaction whose window is still open is
 * pending, never counted as resolved. Repeats are searched over the whole input, whatever its order and whatever the
 * segments, and an eligible interaction counts in its own segments and period.
 *
 * <p><b>As-of instant.</b> The one given, or by default the latest {@code created_at} of the whole input.
 *
 * <p><b>First-response targets</b> ({@code sla_first_response}) per channel, by default VOICE 20 s, CHAT 60 s,
 * WHATSAPP 300 s, SOCIAL 3600 s, EMAIL and IN_APP 14400 s; first-response times are calendar time, or the open time
 * of a {@linkplain Builder#firstResponseCalendar business calendar} when one is given. <b>Service level</b> ({@code service_level},
 * {@code service_level_answered}): threshold T (default 20 s) on {@code wait_seconds}, the queue wait; abandoned
 * contacts that waited less than the short-abandon threshold (default 5 s) are short abandons, left out of
 * {@code service_level}'s denominator. <b>Calibration tolerance</b> (default 5 points) for
 * {@code calibration_within_5}. Every definition is on {@link KpiId} and in {@code docs/kpis.md}.
 */
public final class Scorecard implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default repeat-contact window: 7 days. */
  public static final Duration DEFAULT_FCR_WINDOW = Duration.ofDays(7);
  /** The longest repeat-contact window accepted: 100,000 days. */
  public static final Duration MAX_FCR_WINDOW = Duration.ofDays(100_000);
  /** The default service-level threshold T: 20 seconds of queue wait. */
  public static final Duration DEFAULT_SERVICE_LEVEL_THRESHOLD = Duration.ofSeconds(20);
  /** The default short-abandon threshold: contacts abandoned after less than 5 seconds of wait are short abandons. */
  public static final Duration DEFAULT_SHORT_ABANDON_THRESHOLD = Duration.ofSeconds(5);

  private static final Channel[] CHANNELS = Channel.values();
  private static final ImmutableMap<Channel, Duration> DEFAULT_TARGETS = Maps.immutableEnumMap(Map.of(
      Channel.VOICE, Duration.ofSeconds(20),
      Channel.CHAT, Duration.ofSeconds(60),
      Channel.WHATSAPP, Duration.ofSeconds(300),
      Channel.SOCIAL, Duration.ofSeconds(3_600),
      Channel.EMAIL, Duration.ofSeconds(14_400),
      Channel.IN_APP, Duration.ofSeconds(14_400)));
  private static final Scorecard DEFAULTS = new Builder().build();

  private final Set<KpiId> kpis;
  private final Segmentation segmentation;
  private final @Nullable PeriodUnit periodUnit;
  private final @Nullable ZoneId zone;
  private final @Nullable Instant asOf;
  private final Duration fcrWindow;
  private final boolean fcrSameCategory;
  private final ImmutableMap<Channel, Duration> firstResponseTargets;
  private final @Nullable BusinessCalendar firstResponseCalendar;
  private final Duration serviceLevelThreshold;
  private final Duration shortAbandonThreshold;
  private final double calibrationTolerance;
  private final int quantileExactLimit;

  // derived, for the hot path
  final long[] targetSeconds;
  final int[] targetNanos;
  final long serviceLevelMaxWait;
  final long shortAbandonMinWait;
  final boolean repeatContacts;
  final @Nullable BusinessCalendar calendar;
  final boolean firstResponseQuantiles;
  final boolean resolutionQuantiles;

  private Scorecard(Builder b) {
    this.kpis = Sets.immutableEnumSet(b.kpis);
    this.segmentation = b.segmentation;
    this.periodUnit = b.periodUnit;
    this.zone = b.zone;
    this.asOf = b.asOf;
    this.fcrWindow = b.fcrWindow;
    this.fcrSameCategory = b.fcrSameCategory;
    this.firstResponseTargets = Maps.immutableEnumMap(b.targets);
    this.firstResponseCalendar = b.firstResponseCalendar;
    this.serviceLevelThreshold = b.serviceLevelThreshold;
    this.shortAbandonThreshold = b.shortAbandonThreshold;
    this.calibrationTolerance = b.calibrationTolerance;
    this.quantileExactLimit = b.quantileExactLimit;
    this.targetSeconds = new long[CHANNELS.length];
    this.targetNanos = new int[CHANNELS.length];
    for (Channel c : CHANNELS) {
      Duration target = firstResponseTargets.get(c);
      targetSeconds[c.ordinal()] = target.getSeconds();
      targetNanos[c.ordinal()] = target.getNano();
    }
    // wait_seconds are whole seconds: wait <= T exactly when wait <= floor(T); wait >= S when wait >= ceil(S)
    this.serviceLevelMaxWait = serviceLevelThreshold.getSeconds();
    this.shortAbandonMinWait = shortAbandonThreshold.getSeconds() + (shortAbandonThreshold.getNano() > 0 ? 1 : 0);
    this.calendar = firstResponseCalendar;
    this.repeatContacts =
        kpis.contains(KpiId.FCR) || kpis.contains(KpiId.RECONTACT_RATE) || kpis.contains(KpiId.FCR_PENDING);
    this.firstResponseQuantiles = kpis.contains(KpiId.FRT_P50_SECONDS) || kpis.contains(KpiId.FRT_P90_SECONDS);
    this.resolutionQuantiles =
        kpis.contains(KpiId.RESOLUTION_P50_SECONDS) || kpis.contains(KpiId.RESOLUTION_P90_SECONDS);
  }

  /**
   * Returns the default scorecard: the reference set over the whole input (no segments, no period), as of the latest
   * {@code created_at}, with every default parameter.
   *
   * @return the default scorecard
   */
  public static Scorecard defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with every default: the reference set, the whole, no period.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default first-response targets per channel: VOICE 20 s, CHAT 60 s, WHATSAPP 300 s, SOCIAL 3600 s,
   * EMAIL and IN_APP 14400 s (SPEC §4).
   *
   * @return an immutable map with every channel
   */
  public static Map<Channel, Duration> defaultFirstResponseTargets() {
    return DEFAULT_TARGETS;
  }

  /**
   * Returns a builder preset with this scorecard's definition.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kpis = EnumSet.copyOf(kpis);
    b.segmentation = segmentation;
    b.periodUnit = periodUnit;
    b.zone = zone;
    b.asOf = asOf;
    b.fcrWindow = fcrWindow;
    b.fcrSameCategory = fcrSameCategory;
    b.targets = new EnumMap<>(firstResponseTargets);
    b.firstResponseCalendar = firstResponseCalendar;
    b.serviceLevelThreshold = serviceLevelThreshold;
    b.shortAbandonThreshold = shortAbandonThreshold;
    b.calibrationTolerance = calibrationTolerance;
    b.quantileExactLimit = quantileExactLimit;
    return b;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Definition

  /**
   * Returns the KPIs computed, iterated in {@link KpiId} declaration order.
   *
   * @return an immutable, non-empty set
   */
  public Set<KpiId> kpis() {
    return kpis;
  }

  /**
   * Returns how interactions are segmented; the whole is always reported too.
   *
   * @return the segmentation; {@link Segmentation#whole()} for none
   */
  public Segmentation segmentation() {
    return segmentation;
  }

  /**
   * Returns the reporting period unit of a longitudinal scorecard.
   *
   * @return the unit, or empty when the scorecard has no periods
   */
  public Optional<PeriodUnit> periodUnit() {
    return Optional.ofNullable(periodUnit);
  }

  /**
   * Returns the time zone periods are cut in.
   *
   * @return the zone, or empty when the scorecard has no periods
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Returns the as-of instant given.
   *
   * @return the instant, or empty for the default, the latest {@code created_at} of the input
   */
  public Optional<Instant> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the repeat-contact window.
   *
   * @return the window, default 7 days
   */
  public Duration fcrWindow() {
    return fcrWindow;
  }

  /**
   * Returns whether a repeat contact must have the same category as well as the same customer.
   *
   * @return {@code true} by default
   */
  public boolean fcrSameCategory() {
    return fcrSameCategory;
  }

  /**
   * Returns the first-response target of every channel, for {@code sla_first_response}.
   *
   * @return an immutable map with every channel
   */
  public Map<Channel, Duration> firstResponseTargets() {
    return firstResponseTargets;
  }

  /**
   * Returns the first-response target of a channel.
   *
   * @param channel the channel
   * @return its target
   */
  public Duration firstResponseTarget(Channel channel) {
    return firstResponseTargets.get(requireNonNull(channel, "channel"));
  }

  /**
   * Returns the business calendar first-response times are measured on, for {@code frt_p50_seconds},
   * {@code frt_p90_seconds} and {@code sla_first_response}: the open time between {@code created_at} and
   * {@code answered_at} ({@link BusinessCalendar#businessTimeBetween}). Resolution times and waits stay in calendar
   * time.
   *
   * @return the calendar, or empty for calendar time (the default)
   */
  public Optional<BusinessCalendar> firstResponseCalendar() {
    return Optional.ofNullable(firstResponseCalendar);
  }

  /**
   * Returns the service-level threshold T on {@code wait_seconds}.
   *
   * @return T, default 20 seconds
   */
  public Duration serviceLevelThreshold() {
    return serviceLevelThreshold;
  }

  /**
   * Returns the short-abandon threshold: abandoned contacts that waited less are short abandons.
   *
   * @return the threshold, default 5 seconds
   */
  public Duration shortAbandonThreshold() {
    return shortAbandonThreshold;
  }

  /**
   * Returns how many QA points apart partner and client may be and still agree, for {@code calibration_within_5}.
   *
   * @return the tolerance, default 5 points
   */
  public double calibrationTolerance() {
    return calibrationTolerance;
  }

  /**
   * Returns how many values a segment's quantile accumulators keep exactly before switching to a DDSketch.
   *
   * @return the limit, default {@value QuantileAccumulator#DEFAULT_EXACT_LIMIT}
   */
  public int quantileExactLimit() {
    return quantileExactLimit;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Computing

  /**
   * Returns a new, empty accumulator of this scorecard.
   *
   * @return the accumulator
   */
  public ScorecardAccumulator newAccumulator() {
    return new ScorecardAccumulator(this);
  }

  /**
   * Returns a collector of interactions to this scorecard's result; a parallel stream gives the same result as a
   * sequential one.
   *
   * <pre>{@code
   * ScorecardResult result = interactions.parallelStream().collect(scorecard.collector());
   * }</pre>
   *
   * @return the collector
   */
  public Collector<Interaction, ScorecardAccumulator, ScorecardResult> collector() {
    return Collector.of(
        this::newAccumulator,
        ScorecardAccumulator::add,
        ScorecardAccumulator::merge,
        ScorecardAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Computes the scorecard of some interactions in one pass.
   *
   * @param interactions the interactions, in any order
   * @return the result
   */
  public ScorecardResult compute(Iterable<? extends Interaction> interactions) {
    requireNonNull(interactions, "interactions");
    ScorecardAccumulator acc = newAccumulator();
    for (Interaction i : interactions) {
      acc.add(i);
    }
    return acc.snapshot();
  }

  /** Returns the period an instant falls in. */
  ReportingPeriod periodOf(Instant instant) {
    return ReportingPeriod.containing(requireNonNull(periodUnit), instant, requireNonNull(zone));
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Object

  /**
   * Returns whether the other object is a scorecard with the same definition; only accumulators of equal scorecards
   * can be merged.
   *
   * @param other the object to compare with
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Scorecard)) {
      return false;
    }
    Scorecard that = (Scorecard) other;
    return kpis.equals(that.kpis)
        && segmentation.equals(that.segmentation)
        && Objects.equals(periodUnit, that.periodUnit)
        && Objects.equals(zone, that.zone)
        && Objects.equals(asOf, that.asOf)
        && fcrWindow.equals(that.fcrWindow)
        && fcrSameCategory == that.fcrSameCategory
        && firstResponseTargets.equals(that.firstResponseTargets)
        && Objects.equals(firstResponseCalendar, that.firstResponseCalendar)
        && serviceLevelThreshold.equals(that.serviceLevelThreshold)
        && shortAbandonThreshold.equals(that.shortAbandonThreshold)
        && Double.compare(calibrationTolerance, that.calibrationTolerance) == 0
        && quantileExactLimit == that.quantileExactLimit;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kpis, segmentation, periodUnit, zone, asOf, fcrWindow, fcrSameCategory, firstResponseTargets,
        firstResponseCalendar, serviceLevelThreshold, shortAbandonThreshold, calibrationTolerance, quantileExactLimit);
  }

  /** Returns the definition, e.g. {@code Scorecard{kpis=[contacts, ...], by=channel, period=WEEK in UTC, ...}}. */
  @Override
  public String toString() {
    return "Scorecard{kpis=" + kpis + ", by=" + segmentation
        + ", period=" + (periodUnit == null ? "none" : periodUnit + " in " + zone)
        + ", asOf=" + (asOf == null ? "latest created_at" : asOf)
        + ", fcrWindow=" + fcrWindow + ", fcrSameCategory=" + fcrSameCategory
        + ", firstResponseTargets=" + firstResponseTargets
        + ", firstResponseCalendar=" + (firstResponseCalendar == null ? "none" : firstResponseCalendar.format())
        + ", serviceLevelThreshold=" + serviceLevelThreshold + ", shortAbandonThreshold=" + shortAbandonThreshold
        + ", calibrationTolerance=" + calibrationTolerance + ", quantileExactLimit=" + quantileExactLimit + "}";
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Builder

  /**
   * Builds a {@link Scorecard}; every setter checks its argument and throws an {@link IllegalArgumentException}
   * naming it, so {@link #build()} cannot fail.
   *
   * <pre>{@code
   * Scorecard.builder().kpis(KpiId.CSAT, KpiId.NPS).segmentBy(Dimension.VENDOR).build();
   * }</pre>
   */
  public static final class Builder {
    private EnumSet<KpiId> kpis = EnumSet.copyOf(KpiId.referenceSet());
    private Segmentation segmentation = Segmentation.whole();
    private @Nullable PeriodUnit periodUnit;
    private @Nullable ZoneId zone;
    private @Nullable Instant asOf;
    private Duration fcrWindow = DEFAULT_FCR_WINDOW;
    private boolean fcrSameCategory = true;
    private EnumMap<Channel, Duration> targets = new EnumMap<>(DEFAULT_TARGETS);
    private @Nullable BusinessCalendar firstResponseCalendar;
    private Duration serviceLevelThreshold = DEFAULT_SERVICE_LEVEL_THRESHOLD;
    private Duration shortAbandonThreshold = DEFAULT_SHORT_ABANDON_THRESHOLD;
    private double calibrationTolerance = CalibrationAccumulator.DEFAULT_TOLERANCE;
    private int quantileExactLimit = QuantileAccumulator.DEFAULT_EXACT_LIMIT;

    Builder() {}

    /**
     * Sets the KPIs to compute, replacing the default reference set; results list them in {@link KpiId} order.
     *
     * @param kpis the KPIs, at least one
     * @return this builder
     * @throws IllegalArgumentException when there is none
     */
    public Builder kpis(KpiId... kpis) {
      return kpis(Arrays.asList(kpis));
    }

    /**
     * Sets the KPIs to compute, replacing the default reference set; results list them in {@link KpiId} order.
     *
     * @param kpis the KPIs, at least one
     * @return this builder
     * @throws IllegalArgumentException when there is none
     */
    public Builder kpis(Collection<KpiId> kpis) {
      if (kpis.isEmpty()) {
        throw new IllegalArgumentException("a scorecard needs at least one KPI");
      }
      kpis.forEach(k -> requireNonNull(k, "kpi"));
      this.kpis = EnumSet.copyOf(kpis);
      return this;
    }

    /**
     * Segments by some dimensions, e.g. channel then category; the whole is always reported too.
     *
     * @param segmentation the segmentation; {@link Segmentation#whole()} for none (the default)
     * @return this builder
     */
    public Builder segmentBy(Segmentation segmentation) {
      this.segmentation = requireNonNull(segmentation, "segmentation");
      return this;
    }

    /**
     * Segments by some dimensions, in this order; the whole is always reported too.
     *
     * @param dimensions the dimensions, each at most once; none for the whole
     * @return this builder
     * @throws IllegalArgumentException naming a repeated dimension
     */
    public Builder segmentBy(Dimension... dimensions) {
      return segmentBy(Segmentation.of(dimensions));
    }

    /**
     * Makes the scorecard longitudinal: every reporting period with interactions gets its own whole and segments.
     *
     * @param unit the period unit, e.g. {@link PeriodUnit#WEEK}
     * @param zone the zone the periods are cut in
     * @return this builder
     */
    public Builder period(PeriodUnit unit, ZoneId zone) {
      this.periodUnit = requireNonNull(unit, "unit");
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Removes the reporting period (the default).
     *
     * @return this builder
     */
    public Builder noPeriod() {
      this.periodUnit = null;
      this.zone = null;
      return this;
    }

    /**
     * Sets the as-of instant: interactions whose repeat-contact window closes after it are pending.
     *
     * @param asOf the instant
     * @return this builder
     */
    public Builder asOf(Instant asOf) {
      this.asOf = requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Uses the latest {@code created_at} of the input as the as-of instant (the default).
     *
     * @return this builder
     */
    public Builder asOfLatest() {
      this.asOf = null;
      return this;
    }

    /**
     * Sets the repeat-contact window.
     *
     * @param window the window, from 0 to {@link #MAX_FCR_WINDOW}; default 7 days
     * @return this builder
     * @throws IllegalArgumentException when the window is negative or too long
     */
    public Builder fcrWindow(Duration window) {
      requireNonNull(window, "window");
      if (window.isNegative() || window.compareTo(MAX_FCR_WINDOW) > 0) {
        throw new IllegalArgumentException("FCR window must be between 0 and " + MAX_FCR_WINDOW + ": " + window);
      }
      this.fcrWindow = window;
      return this;
    }

    /**
     * Sets whether a repeat contact must have the same category as well as the same customer.
     *
     * @param sameCategory {@code false} to count any later contact of the customer; default {@code true}
     * @return this builder
     */
    public Builder fcrSameCategory(boolean sameCategory) {
      this.fcrSameCategory = sameCategory;
      return this;
    }

    /**
     * Sets the first-response target of one channel.
     *
     * @param channel the channel
     * @param target the target, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException when the target is negative
     */
    public Builder firstResponseTarget(Channel channel, Duration target) {
      requireNonNull(channel, "channel");
      targets.put(channel, nonNegative("first-response target of " + channel, target));
      return this;
    }

    /**
     * Sets the first-response targets of some channels; the others keep theirs.
     *
     * @param targets the targets by channel, each {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException when a target is negative
     */
    public Builder firstResponseTargets(Map<Channel, Duration> targets) {
      targets.forEach(this::firstResponseTarget);
      return this;
    }

    /**
     * Measures first-response times on a business calendar: the open time between {@code created_at} and
     * {@code answered_at}, for the FRT quantiles and {@code sla_first_response}. Every human-answered interaction
     * must then lie within the calendar's range ({@link BusinessCalendar#MIN_INSTANT} to
     * {@link BusinessCalendar#MAX_INSTANT}); {@link ScorecardAccumulator#add} throws for one that does not.
     *
     * <pre>{@code
     * Scorecard.builder()
     *     .firstResponseCalendar(BusinessCalendar.parse("tz=Europe/Paris; Mon-Fri 09:00-18:00"))
     *     .firstResponseTarget(Channel.EMAIL, Duration.ofHours(4))   // four business hours
     *     .build();
     * }</pre>
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder firstResponseCalendar(BusinessCalendar calendar) {
      this.firstResponseCalendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Measures first-response times in calendar time (the default).
     *
     * @return this builder
     */
    public Builder firstResponseInCalendarTime() {
      this.firstResponseCalendar = null;
      return this;
    }

    /**
     * Sets the service-level threshold T on {@code wait_seconds}.
     *
     * @param threshold T, {@code >= 0}; default 20 seconds
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder serviceLevelThreshold(Duration threshold) {
      this.serviceLevelThreshold = nonNegative("service-level threshold", threshold);
      return this;
    }

    /**
     * Sets the short-abandon threshold: abandoned contacts with {@code wait_seconds} below it are short abandons.
     *
     * @param threshold the threshold, {@code >= 0}; 0 makes no abandon short; default 5 seconds
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder shortAbandonThreshold(Duration threshold) {
      this.shortAbandonThreshold = nonNegative("short-abandon threshold", threshold);
      return this;
    }

    /**
     * Sets the calibration tolerance, in QA points.
     *
     * @param tolerance the tolerance, {@code >= 0}; default 5
     * @return this builder
     * @throws IllegalArgumentException when negative, not finite or above
     *     {@value CalibrationAccumulator#MAX_ABS_SCORE}
     */
    public Builder calibrationTolerance(double tolerance) {
      new CalibrationAccumulator(tolerance); // checks it
      this.calibrationTolerance = tolerance;
      return this;
    }

    /**
     * Sets how many values each segment's quantile accumulators keep exactly before switching to a DDSketch.
     *
     * @param limit the limit, {@code >= 0}; default {@value QuantileAccumulator#DEFAULT_EXACT_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder quantileExactLimit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("quantile exact limit must be >= 0: " + limit);
      }
      this.quantileExactLimit = limit;
      return this;
    }

    /**
     * Returns the scorecard.
     *
     * @return a new scorecard
     */
    public Scorecard build() {
      return new Scorecard(this);
    }

    private static Duration nonNegative(String what, Duration duration) {
      requireNonNull(duration, what);
      if (duration.isNegative()) {
        throw new IllegalArgumentException(what + " must not be negative: " + duration);
      }
      return duration;
    }
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Serialization: a proxy that goes back through the builder

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a Scorecard is read through its serialized form");
  }

  /** The serialized form: the definition, rebuilt through the builder when read. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final KpiId[] kpis;
    private final Segmentation segmentation;
    private final @Nullable PeriodUnit periodUnit;
    private final @Nullable ZoneId zone;
    private final @Nullable Instant asOf;
    private final Duration fcrWindow;
    private final boolean fcrSameCategory;
    private final Duration[] targets;
    private final @Nullable BusinessCalendar firstResponseCalendar;
    private final Duration serviceLevelThreshold;
    private final Duration shortAbandonThreshold;
    private final double calibrationTolerance;
    private final int quantileExactLimit;

    SerializedForm(Scorecard s) {
      this.kpis = s.kpis.toArray(new KpiId[0]);
      this.segmentation = s.segmentation;
      this.periodUnit = s.periodUnit;
      this.zone = s.zone;
      this.asOf = s.asOf;
      this.fcrWindow = s.fcrWindow;
      this.fcrSameCategory = s.fcrSameCategory;
      this.targets = new Duration[CHANNELS.length];
      for (Channel c : CHANNELS) {
        targets[c.ordinal()] = s.firstResponseTargets.get(c);
      }
      this.firstResponseCalendar = s.firstResponseCalendar;
      this.serviceLevelThreshold = s.serviceLevelThreshold;
      this.shortAbandonThreshold = s.shortAbandonThreshold;
      this.calibrationTolerance = s.calibrationTolerance;
      this.quantileExactLimit = s.quantileExactLimit;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Builder b = builder().kpis(kpis).segmentBy(segmentation).fcrWindow(fcrWindow).fcrSameCategory(fcrSameCategory)
            .serviceLevelThreshold(serviceLevelThreshold).shortAbandonThreshold(shortAbandonThreshold)
            .calibrationTolerance(calibrationTolerance).quantileExactLimit(quantileExactLimit);
        if (periodUnit != null || zone != null) {
          b.period(requireNonNull(periodUnit), requireNonNull(zone));
        }
        if (asOf != null) {
          b.asOf(asOf);
        }
        if (firstResponseCalendar != null) {
          b.firstResponseCalendar(firstResponseCalendar);
        }
        if (targets.length != CHANNELS.length) {
          throw new IllegalArgumentException("expected " + CHANNELS.length + " first-response targets");
        }
        for (Channel c : CHANNELS) {
          b.firstResponseTarget(c, targets[c.ordinal()]);
        }
        return b.build();
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("invalid serialized Scorecard: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
