package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Proportion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What was consumed in one reporting period, the input of every {@link PricingModel}: handled contacts (by channel
 * and by category), resolved and re-opened contacts, handle and billable seconds, and the QA audit sample. Derive it
 * from interactions in one pass with a {@link UsageAccumulator}, or give it directly with {@link #builder}.
 *
 * <ul>
 *   <li>{@code contacts}: handled contacts (outcome other than ABANDONED) created in the period;
 *   <li>{@code resolved}: contacts with outcome RESOLVED;
 *   <li>{@code reopened}: contacts whose ticket was re-opened after they resolved it ({@code reopened > 0}). The log
 *       has a count, not the re-open times, so every re-open the helpdesk recorded is taken to fall within the
 *       contract's re-open window (N days): that is the available proxy;
 *   <li>{@code handleSeconds}: talk + hold + wrap of the contacts, as recorded; {@code billableSeconds}: the same per
 *       contact after the {@linkplain UsageRules wrap cap and billing increment};
 *   <li>{@code qaAudited}: contacts with a {@code qa_partner} score; {@code qaPassed}: those scoring at or above the
 *       rules' threshold;
 *   <li>{@code outsidePeriod}: interactions the accumulator was given but that were created outside the period (not
 *       counted anywhere else);
 *   <li>{@code measures}: named outcome quantities given directly, e.g. {@code recovered_revenue}, for {@link
 *       PricingModel.OutcomeBased}.
 * </ul>
 *
 * <pre>{@code
 * Usage usage = Usage.builder(ReportingPeriod.parse("2026-10", ZoneOffset.UTC))
 *     .contacts(1_240).resolved(1_010).reopened(30)
 *     .handleSeconds(372_000).billableSeconds(374_400)
 *     .qa(50, 46)
 *     .measure("recovered_revenue", new BigDecimal("18250.00"))
 *     .build();
 * usage.qaPassRate();        // 46 of 50, with its Wilson interval
 * usage.billableMinutes();   // 6240
 * }</pre>
 *
 * @param period the reporting period
 * @param rules the rules the billable seconds and QA passes were measured with
 * @param contacts handled contacts
 * @param contactsByChannel handled contacts per channel, in channel order; empty when not broken down
 * @param contactsByCategory handled contacts per category, sorted; empty when not broken down
 * @param resolved resolved contacts
 * @param reopened contacts re-opened after they resolved their ticket
 * @param handleSeconds recorded handle seconds
 * @param billableSeconds billable seconds after the wrap cap and increments
 * @param qaAudited contacts in the QA sample
 * @param qaPassed audited contacts that passed
 * @param outsidePeriod interactions seen but created outside the period
 * @param measures named outcome quantities, sorted by name
 */
public record Usage(
    ReportingPeriod period,
    UsageRules rules,
    long contacts,
    Map<Channel, Long> contactsByChannel,
    Map<String, Long> contactsByCategory,
    long resolved,
    long reopened,
    long handleSeconds,
    long billableSeconds,
    long qaAudited,
    long qaPassed,
    long outsidePeriod,
    Map<String, BigDecimal> measures) {

  /** The measures every usage has, by name, in {@link #measure(String)}. */
  private static final Set<String> BUILT_IN = Set.of("contacts", "resolved", "reopened", "qa_passed");

  /**
   * Creates a usage and checks it.
   *
   * @param period the reporting period
   * @param rules the measuring rules
   * @param contacts handled contacts
   * @param contactsByChannel per channel (sums to {@code contacts} when not empty)
   * @param contactsByCategory per category (sums to {@code contacts} when not empty)
   * @param resolved resolved contacts, at most {@code contacts}
   * @param reopened re-opened contacts, at most {@code contacts}
   * @param handleSeconds recorded handle seconds
   * @param billableSeconds billable seconds
   * @param qaAudited the QA sample size, at most {@code contacts}
   * @param qaPassed passes, at most {@code qaAudited}
   * @param outsidePeriod interactions outside the period
   * @param measures named outcome quantities (not named like a built-in measure)
   * @throws IllegalArgumentException naming the field and value of a negative count, a count above its bound, a
   *     breakdown not summing to {@code contacts}, or a measure named like a built-in one
   */
  public Usage {
    requireNonNull(period, "period");
    requireNonNull(rules, "rules");
    Decimals.requireNonNegative("contacts", contacts);
    Decimals.requireNonNegative("resolved", resolved);
    Decimals.requireNonNegative("reopened", reopened);
    Decimals.requireNonNegative("handle seconds", handleSeconds);
    Decimals.requireNonNegative("billable seconds", billableSeconds);
    Decimals.requireNonNegative("QA audited", qaAudited);
    Decimals.requireNonNegative("QA passed", qaPassed);
    Decimals.requireNonNegative("outside period", outsidePeriod);
    atMost("resolved", resolved, "contacts", contacts);
    atMost("reopened", reopened, "contacts", contacts);
    atMost("QA audited", qaAudited, "contacts", contacts);
    atMost("QA passed", qaPassed, "QA audited", qaAudited);
    EnumMap<Channel, Long> channels = new EnumMap<>(Channel.class);
    channels.putAll(contactsByChannel);
    contactsByChannel = Maps.immutableEnumMap(channels);
    contactsByCategory = ImmutableSortedMap.copyOf(contactsByCategory);
    checkBreakdown("channel", contactsByChannel, contacts);
    checkBreakdown("category", contactsByCategory, contacts);
    measures = ImmutableSortedMap.copyOf(measures);
    for (String name : measures.keySet()) {
      if (BUILT_IN.contains(name)) {
        throw new IllegalArgumentException("measure '" + name + "' is built in; give it through its own field");
      }
    }
  }

  private static void atMost(String field, long value, String boundField, long bound) {
    if (value > bound) {
      throw new IllegalArgumentException(field + " (" + value + ") must not exceed " + boundField + " (" + bound
          + ")");
    }
  }

  private static void checkBreakdown(String dimension, Map<?, Long> breakdown, long contacts) {
    if (breakdown.isEmpty()) {
      return;
    }
    long sum = 0;
    for (Map.Entry<?, Long> entry : breakdown.entrySet()) {
      sum += Decimals.requireNonNegative("contacts of " + dimension + " " + entry.getKey(), entry.getValue());
    }
    if (sum != contacts) {
      throw new IllegalArgumentException("contacts by " + dimension + " sum to " + sum + ", not to the " + contacts
          + " contacts");
    }
  }

  /**
   * Returns a builder for a usage given directly, all counts zero and the {@linkplain UsageRules#defaults() default
   * rules} to start with.
   *
   * @param period the reporting period
   * @return the builder
   */
  public static Builder builder(ReportingPeriod period) {
    return new Builder(period);
  }

  /**
   * Returns the billable minutes, {@code billableSeconds / 60}: exact when the division terminates (always with
   * increments that divide 60, e.g. 6 s), otherwise to 34 significant digits.
   *
   * @return the billable minutes
   */
  public BigDecimal billableMinutes() {
    return Decimals.divide(BigDecimal.valueOf(billableSeconds), Decimals.SECONDS_PER_MINUTE);
  }

  /**
   * Returns the audited QA pass rate: {@code qaPassed} of {@code qaAudited}, with its 95% Wilson interval.
   *
   * @return the pass rate (empty when nothing was audited)
   */
  public Proportion qaPassRate() {
    return Proportion.of(qaPassed, qaAudited);
  }

  /**
   * Returns the audited contacts that failed QA: {@code qaAudited − qaPassed}.
   *
   * @return the failed audits
   */
  public long qaFailed() {
    return qaAudited - qaPassed;
  }

  /**
   * Returns a measure by name: the built-ins {@code contacts}, {@code resolved}, {@code reopened} and {@code
   * qa_passed}, or one given with {@link Builder#measure(String, BigDecimal)}.
   *
   * @param name the measure's name
   * @return its quantity, or empty when there is no such measure
   */
  public Optional<BigDecimal> measure(String name) {
    requireNonNull(name, "name");
    switch (name) {
      case "contacts":
        return Optional.of(BigDecimal.valueOf(contacts));
      case "resolved":
        return Optional.of(BigDecimal.valueOf(resolved));
      case "reopened":
        return Optional.of(BigDecimal.valueOf(reopened));
      case "qa_passed":
        return Optional.of(BigDecimal.valueOf(qaPassed));
      default:
        return Optional.ofNullable(measures.get(name));
    }
  }

  /**
   * Returns this usage with one more named outcome quantity, e.g. the confirmed resolutions an {@link
   * PricingModel.OutcomeBased} model bills, counted elsewhere than in the interaction log.
   *
   * <pre>{@code
   * Usage billed = usage.withMeasure("confirmed_resolutions", BigDecimal.valueOf(2_930));
   * }</pre>
   *
   * @param name the measure's name, not a built-in one
   * @param quantity its quantity
   * @return a usage equal to this one but for the measure (replaced when this one has it)
   * @throws IllegalArgumentException for a built-in measure's name
   */
  public Usage withMeasure(String name, BigDecimal quantity) {
    Map<String, BigDecimal> more = new TreeMap<>(measures);
    more.put(requireNonNull(name, "name"), requireNonNull(quantity, "quantity"));
    return new Usage(period, rules, contacts, contactsByChannel, contactsByCategory, resolved, reopened, handleSeconds,
        billableSeconds, qaAudited, qaPassed, outsidePeriod, more);
  }

  /**
   * Returns a one-line summary, e.g. {@code usage 2026-10: 1240 contacts, 1010 resolved, 30 re-opened, 6240 billable
   * minutes, QA 46/50 passed}.
   *
   * @return the summary
   */
  public String summary() {
    return "usage " + period + ": " + contacts + " contacts, " + resolved + " resolved, " + reopened
        + " re-opened, " + minutesText() + " billable minutes, QA " + qaPassed + "/" + qaAudited + " passed";
  }

  /** The billable minutes as written: exact up to two decimals, else to two decimals with the exact seconds. */
  private String minutesText() {
    BigDecimal minutes = billableMinutes().stripTrailingZeros();
    if (minutes.scale() <= 2) {
      return Decimals.plain(minutes);
    }
    return minutes.setScale(2, RoundingMode.HALF_UP).toPlainString() + " (" + billableSeconds + " s)";
  }

  /**
   * Builds a usage given directly.
   *
   * <pre>{@code
   * Usage usage = Usage.builder(period).contacts(6).resolved(5).build();
   * }</pre>
   */
  public static final class Builder {
    private final ReportingPeriod period;
    private UsageRules rules = UsageRules.defaults();
    private long contacts;
    private final Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    private final Map<String, Long> byCategory = new TreeMap<>();
    private long resolved;
    private long reopened;
    private long handleSeconds;
    private long billableSeconds;
    private long qaAudited;
    private long qaPassed;
    private final Map<String, BigDecimal> measures = new LinkedHashMap<>();

    private Builder(ReportingPeriod period) {
      this.period = requireNonNull(period, "period");
    }

    /**
     * Sets the measuring rules.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(UsageRules rules) {
      this.rules = requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Sets the handled contacts.
     *
     * @param contacts the count
     * @return this builder
     */
    public Builder contacts(long contacts) {
      this.contacts = contacts;
      return this;
    }

    /**
     * Sets the handled contacts of one channel (the channels must then sum to the contacts).
     *
     * @param channel the channel
     * @param contacts the count
     * @return this builder
     */
    public Builder contacts(Channel channel, long contacts) {
      byChannel.put(requireNonNull(channel, "channel"), contacts);
      return this;
    }

    /**
     * Sets the handled contacts of one category (the categories must then sum to the contacts).
     *
     * @param category the category
     * @param contacts the count
     * @return this builder
     */
    public Builder contacts(String category, long contacts) {
      byCategory.put(requireNonNull(category, "category"), contacts);
      return this;
    }

    /**
     * Sets the resolved contacts.
     *
     * @param resolved the count
     * @return this builder
     */
    public Builder resolved(long resolved) {
      this.resolved = resolved;
      return this;
    }

    /**
     * Sets the re-opened contacts.
     *
     * @param reopened the count
     * @return this builder
     */
    public Builder reopened(long reopened) {
      this.reopened = reopened;
      return this;
    }

    /**
     * Sets the recorded handle seconds.
     *
     * @param seconds the seconds
     * @return this builder
     */
    public Builder handleSeconds(long seconds) {
      this.handleSeconds = seconds;
      return this;
    }

    /**
     * Sets the billable seconds.
     *
     * @param seconds the seconds
     * @return this builder
     */
    public Builder billableSeconds(long seconds) {
      this.billableSeconds = seconds;
      return this;
    }

    /**
     * Sets the QA sample.
     *
     * @param audited contacts audited
     * @param passed audited contacts that passed
     * @return this builder
     */
    public Builder qa(long audited, long passed) {
      this.qaAudited = audited;
      this.qaPassed = passed;
      return this;
    }

    /**
     * Sets a named outcome quantity.
     *
     * @param name the measure's name, e.g. {@code recovered_revenue}
     * @param quantity its quantity
     * @return this builder
     */
    public Builder measure(String name, BigDecimal quantity) {
      measures.put(requireNonNull(name, "name"), requireNonNull(quantity, "quantity"));
      return this;
    }

    /**
     * Checks and returns the usage.
     *
     * @return the usage
     * @throws IllegalArgumentException as {@link Usage#Usage} does
     */
    public Usage build() {
      return new Usage(period, rules, contacts, byChannel, byCategory, resolved, reopened, handleSeconds,
          billableSeconds, qaAudited, qaPassed, 0, measures);
    }
  }
}
