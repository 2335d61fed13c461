package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Accumulator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collector;

/**
 * Derives the {@link Usage} of one period from interactions in one pass: mutable, not thread-safe, mergeable (merging
 * partial accumulators of the same period and rules equals one pass over all their interactions).
 *
 * <p>An interaction counts when it was created in the period; one created outside it is only counted in {@link
 * Usage#outsidePeriod()}. An ABANDONED interaction is not a handled contact and counts nowhere else.
 *
 * <pre>{@code
 * UsageAccumulator accumulator = new UsageAccumulator(
 *     ReportingPeriod.parse("2026-10", ZoneOffset.UTC),
 *     UsageRules.defaults().withBillingIncrement(Duration.ofSeconds(6)));
 * interactions.forEach(accumulator::add);
 * Usage usage = accumulator.snapshot();
 * // or: interactions.stream().collect(UsageAccumulator.collector(period, rules))
 * }</pre>
 */
public final class UsageAccumulator implements Accumulator<UsageAccumulator, Usage> {
  private static final long serialVersionUID = 1L;
  private static final Channel[] CHANNELS = Channel.values();

  private final ReportingPeriod period;
  private final UsageRules rules;
  private final long[] byChannel = new long[CHANNELS.length];
  private final HashMap<String, Long> byCategory = new HashMap<>();
  private long contacts;
  private long resolved;
  private long reopened;
  private long handleSeconds;
  private long billableSeconds;
  private long qaAudited;
  private long qaPassed;
  private long outsidePeriod;

  /**
   * Creates an empty accumulator.
   *
   * @param period the reporting period the usage is for
   * @param rules the billing increment, wrap cap and QA pass threshold
   */
  public UsageAccumulator(ReportingPeriod period, UsageRules rules) {
    this.period = requireNonNull(period, "period");
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Returns a collector that accumulates a stream of interactions into a usage (parallel streams merge partials).
   *
   * @param period the reporting period
   * @param rules the measuring rules
   * @return the collector
   */
  public static Collector<Interaction, UsageAccumulator, Usage> collector(ReportingPeriod period, UsageRules rules) {
    requireNonNull(period, "period");
    requireNonNull(rules, "rules");
    return Collector.of(() -> new UsageAccumulator(period, rules), UsageAccumulator::add, UsageAccumulator::merge,
        UsageAccumulator::snapshot);
  }

  /**
   * Adds one interaction.
   *
   * @param interaction the interaction
   * @return this accumulator
   */
  public UsageAccumulator add(Interaction interaction) {
    requireNonNull(interaction, "interaction");
    if (!period.contains(interaction.createdAt())) {
      outsidePeriod++;
      return this;
    }
    if (!interaction.isHandled()) {
      return this;
    }
    contacts++;
    byChannel[interaction.channel().ordinal()]++;
    byCategory.merge(interaction.category(), 1L, Long::sum);
    if (interaction.outcome() == Outcome.RESOLVED) {
      resolved++;
    }
    if (interaction.reopened() > 0) {
      reopened++;
    }
    handleSeconds += interaction.handleTimeSeconds();
    billableSeconds += rules.billableSeconds(interaction.talkSeconds(), interaction.holdSeconds(),
        interaction.wrapSeconds());
    OptionalDouble qa = interaction.qaPartner();
    if (qa.isPresent()) {
      qaAudited++;
      if (qa.getAsDouble() >= rules.qaPassThreshold()) {
        qaPassed++;
      }
    }
    return this;
  }

  /**
   * Adds everything another accumulator of the same period and rules has seen.
   *
   * @param other the accumulator to merge in
   * @return this accumulator
   * @throws IllegalArgumentException naming both when the periods or the rules differ
   */
  @Override
  public UsageAccumulator merge(UsageAccumulator other) {
    requireNonNull(other, "other");
    if (!period.equals(other.period) || !rules.equals(other.rules)) {
      throw new IllegalArgumentException("cannot merge usage of " + other.period + " (" + other.rules
          + ") into usage of " + period + " (" + rules + ")");
    }
    long[] otherChannels = other.byChannel.clone();
    Map<String, Long> otherCategories = new HashMap<>(other.byCategory);
    for (int i = 0; i < byChannel.length; i++) {
      byChannel[i] += otherChannels[i];
    }
    otherCategories.forEach((category, count) -> byCategory.merge(category, count, Long::sum));
    contacts += other.contacts;
    resolved += other.resolved;
    reopened += other.reopened;
    handleSeconds += other.handleSeconds;
    billableSeconds += other.billableSeconds;
    qaAudited += other.qaAudited;
    qaPassed += other.qaPassed;
    outsidePeriod += other.outsidePeriod;
    return this;
  }

  /**
   * Returns the usage accumulated so far.
   *
   * @return the usage
   */
  @Override
  public Usage snapshot() {
    EnumMap<Channel, Long> channels = new EnumMap<>(Channel.class);
    for (Channel channel : CHANNELS) {
      if (byChannel[channel.ordinal()] > 0) {
        channels.put(channel, byChannel[channel.ordinal()]);
      }
    }
    return new Usage(period, rules, contacts, channels, byCategory, resolved, reopened, handleSeconds,
        billableSeconds, qaAudited, qaPassed, outsidePeriod, Map.of());
  }
}
