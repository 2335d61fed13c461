package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.time.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A month's expected contacts, the input of a {@link ModelComparison}: {@link DemandLine}s by channel and category,
 * a {@link ChannelPlan} per channel (how it is staffed: a queue with its service target and arrival shape, or
 * workload), and optionally the expected QA pass rate. What-ifs are transformations that return a new forecast
 * ({@link #withAiDeflection}, {@link #scaled}); each is recorded in {@link #whatIfs()}.
 *
 * <p>{@link #usage(UsageRules)} is the {@link Usage} the month implies, so that every {@link PricingModel} prices a
 * forecast exactly as it prices a measured month:
 *
 * <ul>
 *   <li>contacts, by channel and by category (categories of the same name on several channels are added up);
 *   <li>resolved: each line's {@code contacts × resolution rate}, rounded half up;
 *   <li>re-opened: 0 (a forecast has no re-opens; a re-open clause deducts nothing);
 *   <li>handle seconds: each line's {@code contacts × AHT}, rounded half up to the second;
 *   <li>billable seconds: every contact taken to last the line's AHT: {@code contacts × (AHT rounded up to the billing
 *       increment)}; a wrap cap does not apply (a forecast AHT is not split into talk, hold and wrap);
 *   <li>QA: with a pass rate, the whole volume counts as audited and {@code contacts × rate} (half up) as passed, so
 *       a per-resolved-contact price is scaled by the rate and a quality floor deducts the expected failures; without
 *       one, no QA sample (a per-resolved-contact model then cannot price the forecast).
 * </ul>
 *
 * <pre>{@code
 * VolumeForecast forecast = VolumeForecast.builder(ReportingPeriod.parse("2026-11", ZoneOffset.UTC))
 *     .plan(Channel.VOICE, ChannelPlan.queue(ServiceTarget.of(0.80, Duration.ofSeconds(20)),
 *         Duration.ofMinutes(30), ArrivalShape.flat(20), 20))
 *     .plan(Channel.EMAIL, ChannelPlan.workload(1.0))
 *     .line(DemandLine.of(Channel.VOICE, "billing", 40_000, Duration.ofSeconds(180), "0.75", "0.60"))
 *     .line(DemandLine.of(Channel.EMAIL, "billing", 5_600, Duration.ofMinutes(6), "0.80", "0.50"))
 *     .build();
 * VolumeForecast deflected = forecast.withAiDeflection(new BigDecimal("0.30"), new BigDecimal("0.15"));
 * }</pre>
 */
public final class VolumeForecast {
  private final ReportingPeriod period;
  private final Map<Channel, ChannelPlan> plans;
  private final ImmutableList<DemandLine> lines;
  private final @Nullable BigDecimal qaPassRate;
  private final ImmutableList<String> whatIfs;

  private VolumeForecast(ReportingPeriod period, Map<Channel, ChannelPlan> plans, List<DemandLine> lines,
      @Nullable BigDecimal qaPassRate, List<String> whatIfs) {
    this.period = period;
    this.plans = Maps.immutableEnumMap(plans);
    this.lines = ImmutableList.copyOf(lines);
    this.qaPassRate = qaPassRate;
    this.whatIfs = ImmutableList.copyOf(whatIfs);
  }

  /**
   * Returns a builder of a forecast for one month (or any reporting period: the volumes are per period).
   *
   * @param period the period forecast
   * @return an empty builder
   */
  public static Builder builder(ReportingPeriod period) {
    return new Builder(period);
  }

  /**
   * Returns the period forecast.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the staffing plan of each channel, in channel order.
   *
   * @return the plans (an immutable map)
   */
  public Map<Channel, ChannelPlan> plans() {
    return plans;
  }

  /**
   * Returns the demand lines, in the order given.
   *
   * @return the lines (an immutable list)
   */
  public List<DemandLine> lines() {
    return lines;
  }

  /**
   * Returns the expected QA pass rate.
   *
   * @return the rate, or empty when none was given
   */
  public Optional<BigDecimal> qaPassRate() {
    return Optional.ofNullable(qaPassRate);
  }

  /**
   * Returns the what-ifs applied to the forecast, in order, in words.
   *
   * @return the what-ifs (empty for a baseline)
   */
  public List<String> whatIfs() {
    return whatIfs;
  }

  /**
   * Returns the handled contacts of the month.
   *
   * @return the sum of the lines' contacts
   */
  public long contacts() {
    return lines.stream().mapToLong(DemandLine::contacts).sum();
  }

  /**
   * Returns the resolved contacts of the month: the sum of the lines' {@link DemandLine#resolved()}.
   *
   * @return the resolved contacts
   */
  public long resolved() {
    return lines.stream().mapToLong(DemandLine::resolved).sum();
  }

  /**
   * Returns the lines of one channel.
   *
   * @param channel the channel
   * @return its lines, in order
   */
  public List<DemandLine> lines(Channel channel) {
    requireNonNull(channel, "channel");
    return lines.stream().filter(line -> line.channel() == channel).toList();
  }

  /**
   * Returns the forecast after an AI assistant deflects a share of tier-1 contacts: each line with tier-1 contacts
   * loses {@code contacts × tier-1 share × share} (half up) contacts, and its remaining contacts take {@code AHT × (1
   * + ahtIncrease)} (to the nanosecond, half up: the easy contacts left, the rest take longer). The tier-1 share of a
   * line becomes its remaining tier-1 contacts over its remaining contacts; its resolution rate applies to the
   * remaining contacts. Lines without tier-1 contacts are unchanged.
   *
   * @param share the share of tier-1 contacts deflected, in [0, 1], e.g. {@code 0.30}
   * @param ahtIncrease the relative increase of the remaining contacts' AHT, zero or more, e.g. {@code 0.15}
   * @return the new forecast, with the what-if recorded
   * @throws IllegalArgumentException naming the value of a share outside [0, 1] or a negative increase
   */
  public VolumeForecast withAiDeflection(BigDecimal share, BigDecimal ahtIncrease) {
    Decimals.requireShare("deflected share of tier 1", requireNonNull(share, "share"));
    if (requireNonNull(ahtIncrease, "ahtIncrease").signum() < 0) {
      throw new IllegalArgumentException("AHT increase must not be negative: " + ahtIncrease.toPlainString());
    }
    List<DemandLine> changed = new ArrayList<>();
    long deflected = 0;
    for (DemandLine line : lines) {
      if (line.tier1Share().signum() == 0 || share.signum() == 0) {
        changed.add(line);
        continue;
      }
      BigDecimal tier1 = line.tier1Share().multiply(BigDecimal.valueOf(line.contacts()));
      long gone = Decimals.wholeHalfUp(tier1.multiply(share));
      long remaining = line.contacts() - gone;
      BigDecimal tier1Share = remaining == 0 ? BigDecimal.ZERO
          : Decimals.divide(tier1.subtract(BigDecimal.valueOf(gone)), BigDecimal.valueOf(remaining)).max(
              BigDecimal.ZERO);
      BigDecimal nanos = Decimals.seconds(line.aht()).movePointRight(9).multiply(BigDecimal.ONE.add(ahtIncrease))
          .setScale(0, RoundingMode.HALF_UP);
      Duration aht = Duration.ofSeconds(0, nanos.longValueExact());
      changed.add(new DemandLine(line.channel(), line.category(), remaining, aht, line.resolutionRate(),
          tier1Share));
      deflected += gone;
    }
    return withLines(changed, "AI deflection of " + Decimals.percent(share) + " of tier 1 (" + deflected
        + " contacts), remaining AHT +" + Decimals.percent(ahtIncrease));
  }

  /**
   * Returns the forecast with every line's contacts multiplied by a factor (half up to whole contacts), e.g. next
   * year's growth.
   *
   * @param factor the factor, zero or more, e.g. {@code 1.2}
   * @return the new forecast, with the what-if recorded
   * @throws IllegalArgumentException naming the factor when it is negative
   */
  public VolumeForecast scaled(BigDecimal factor) {
    if (requireNonNull(factor, "factor").signum() < 0) {
      throw new IllegalArgumentException("volume factor must not be negative: " + factor.toPlainString());
    }
    List<DemandLine> changed = new ArrayList<>();
    for (DemandLine line : lines) {
      changed.add(line.withContacts(Decimals.wholeHalfUp(factor.multiply(BigDecimal.valueOf(line.contacts())))));
    }
    return withLines(changed, "volume × " + Decimals.plain(factor));
  }

  private VolumeForecast withLines(List<DemandLine> changed, String whatIf) {
    List<String> all = new ArrayList<>(whatIfs);
    all.add(whatIf);
    return new VolumeForecast(period, plans, changed, qaPassRate, all);
  }

  /**
   * Returns the usage the month implies under a model's usage rules (see the class documentation for how each
   * quantity is derived).
   *
   * @param rules the billing increment and QA threshold of the model priced (the wrap cap does not apply)
   * @return the usage
   */
  public Usage usage(UsageRules rules) {
    requireNonNull(rules, "rules");
    Usage.Builder usage = Usage.builder(period).rules(rules);
    Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    Map<String, Long> byCategory = new java.util.TreeMap<>();
    long handle = 0;
    long billable = 0;
    for (DemandLine line : lines) {
      byChannel.merge(line.channel(), line.contacts(), Long::sum);
      byCategory.merge(line.category(), line.contacts(), Long::sum);
      handle = Math.addExact(handle, line.handleSeconds());
      long perContact = rules.billableSeconds(Decimals.seconds(line.aht()).setScale(0, RoundingMode.CEILING)
          .longValueExact(), 0, 0);
      billable = Math.addExact(billable, Math.multiplyExact(perContact, line.contacts()));
    }
    byChannel.forEach(usage::contacts);
    byCategory.forEach(usage::contacts);
    long contacts = contacts();
    usage.contacts(contacts).resolved(resolved()).handleSeconds(handle).billableSeconds(billable);
    if (qaPassRate != null) {
      usage.qa(contacts, Decimals.wholeHalfUp(qaPassRate.multiply(BigDecimal.valueOf(contacts))));
    }
    return usage.build();
  }

  /**
   * Two forecasts are equal when period, plans, lines, QA pass rate and what-ifs are.
   *
   * @param other another object
   * @return whether it is an equal forecast
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof VolumeForecast)) {
      return false;
    }
    VolumeForecast that = (VolumeForecast) other;
    return period.equals(that.period) && plans.equals(that.plans) && lines.equals(that.lines)
        && Objects.equals(qaPassRate, that.qaPassRate) && whatIfs.equals(that.whatIfs);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(period, plans, lines, qaPassRate, whatIfs);
  }

  /**
   * Returns e.g. {@code VolumeForecast[2026-11: 45600 contacts in 2 lines]}.
   *
   * @return a short form
   */
  @Override
  public String toString() {
    return "VolumeForecast[" + period + ": " + contacts() + " contacts in " + lines.size() + " lines"
        + (whatIfs.isEmpty() ? "" : ", " + String.join("; ", whatIfs)) + "]";
  }

  /**
   * Builds a {@link VolumeForecast}: at least one line, and a plan for every channel with lines.
   *
   * <pre>{@code
   * VolumeForecast forecast = VolumeForecast.builder(period)
   *     .plan(Channel.EMAIL, ChannelPlan.workload(1.0))
   *     .line(DemandLine.of(Channel.EMAIL, "returns", 5_600, Duration.ofMinutes(6), "0.80", "0.50"))
   *     .qaPassRate(new BigDecimal("0.92"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final ReportingPeriod period;
    private final Map<Channel, ChannelPlan> plans = new EnumMap<>(Channel.class);
    private final List<DemandLine> lines = new ArrayList<>();
    private @Nullable BigDecimal qaPassRate;

    private Builder(ReportingPeriod period) {
      this.period = requireNonNull(period, "period");
    }

    /**
     * Sets how a channel is staffed.
     *
     * @param channel the channel
     * @param plan its plan
     * @return this builder
     */
    public Builder plan(Channel channel, ChannelPlan plan) {
      plans.put(requireNonNull(channel, "channel"), requireNonNull(plan, "plan"));
      return this;
    }

    /**
     * Adds a demand line.
     *
     * @param line the line
     * @return this builder
     */
    public Builder line(DemandLine line) {
      lines.add(requireNonNull(line, "line"));
      return this;
    }

    /**
     * Sets the expected QA pass rate.
     *
     * @param rate the share of contacts passing QA, in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException naming the rate when it is outside [0, 1]
     */
    public Builder qaPassRate(BigDecimal rate) {
      this.qaPassRate = Decimals.requireShare("QA pass rate", requireNonNull(rate, "rate"));
      return this;
    }

    /**
     * Checks and returns the forecast.
     *
     * @return the forecast
     * @throws IllegalArgumentException when there is no line, a channel with lines has no plan, or two lines have
     *     the same channel and category (naming them)
     */
    public VolumeForecast build() {
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a volume forecast needs at least one demand line");
      }
      Set<String> seen = new HashSet<>();
      for (DemandLine line : lines) {
        if (!plans.containsKey(line.channel())) {
          throw new IllegalArgumentException("channel " + line.channel() + " (category " + line.category()
              + ") has no staffing plan: give a queue or workload plan for it");
        }
        if (!seen.add(line.channel() + "|" + line.category())) {
          throw new IllegalArgumentException("two demand lines for channel " + line.channel() + " and category "
              + line.category() + ": give one line per channel and category");
        }
      }
      return new VolumeForecast(period, plans, lines, qaPassRate, List.of());
    }
  }
}
