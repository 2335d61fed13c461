package io.github.bpokit.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An SLA policy: which tickets it applies to (a condition), on which calendar its timers run, and the target of each
 * metric per priority. A {@link SlaClock} holds an ordered list of policies; the first whose condition a ticket
 * matches applies to it. Immutable and thread-safe (as long as the custom predicates are); two policies are equal only
 * when they are the same object.
 *
 * <pre>{@code
 * SlaPolicy email = SlaPolicy.builder("email business hours")
 *     .channels(Channel.EMAIL)
 *     .calendar(BusinessCalendar.parse("tz=Europe/Berlin; Mon-Fri 09:00-17:00"))
 *     .target(SlaMetric.FIRST_REPLY, Duration.ofHours(8))                   // every priority
 *     .target(SlaMetric.FIRST_REPLY, Priority.URGENT, Duration.ofHours(1))  // overrides URGENT
 *     .target(SlaMetric.RESOLUTION, Duration.ofHours(40))
 *     .build();
 * SlaPolicy fallback = SlaPolicy.builder("default").target(SlaMetric.FIRST_REPLY, Duration.ofDays(1)).build();
 * }</pre>
 *
 * <h2>Condition</h2>
 *
 * A ticket matches when each given condition holds: its channel is one of {@link #channels()}, its priority <em>at
 * creation</em> one of {@link #priorities()}, its category one of {@link #categories()}, its vendor one of
 * {@link #vendors()} (a ticket without a category or vendor fails a category or vendor condition), and every custom
 * predicate accepts it. An empty set is no condition; a policy with no condition at all is a catch-all. The policy is
 * chosen once per ticket, at creation; a later PRIORITY_CHANGED re-targets its timers within the same policy.
 *
 * <h2>Targets</h2>
 *
 * A target is an amount of business time on the policy's calendar ({@link BusinessCalendar#TWENTY_FOUR_SEVEN} unless
 * set), positive, per metric and priority. A metric without a target for the ticket's priority is not measured (no
 * timer result). A policy without any target exempts the tickets it matches.
 */
public final class SlaPolicy {
  /** Marks a missing target in {@link #targets}. */
  static final long NONE = Long.MAX_VALUE;

  private final String name;
  private final ImmutableSet<Channel> channels;
  private final ImmutableSet<Priority> priorities;
  private final ImmutableSet<String> categories;
  private final ImmutableSet<String> vendors;
  private final ImmutableList<Predicate<? super Ticket>> predicates;
  private final BusinessCalendar calendar;
  /** Target nanos by metric ordinal * 4 + priority ordinal; {@link #NONE} when absent. */
  final long[] targets;
  /** Bit per metric ordinal: the metric has a target for at least one priority. */
  final int measured;
  private final int channelMask;
  private final int priorityMask;

  private SlaPolicy(Builder b) {
    name = b.name;
    channels = Sets.immutableEnumSet(b.channels);
    priorities = Sets.immutableEnumSet(b.priorities);
    categories = ImmutableSet.copyOf(b.categories);
    vendors = ImmutableSet.copyOf(b.vendors);
    predicates = ImmutableList.copyOf(b.predicates);
    calendar = b.calendar;
    targets = b.targets.clone();
    int m = 0;
    for (int i = 0; i < targets.length; i++) {
      if (targets[i] != NONE) {
        m |= 1 << (i / PRIORITIES);
      }
    }
    measured = m;
    channelMask = mask(channels);
    priorityMask = mask(priorities);
  }

  static final int PRIORITIES = Priority.values().length;

  private static int mask(Set<? extends Enum<?>> set) {
    if (set.isEmpty()) {
      return -1;
    }
    int mask = 0;
    for (Enum<?> e : set) {
      mask |= 1 << e.ordinal();
    }
    return mask;
  }

  /**
   * Returns a builder: no condition (a catch-all), the 24x7 calendar, no target.
   *
   * @param name the policy's name, not blank, e.g. {@code "enterprise email"}; reported with each evaluation
   * @return a new builder
   * @throws IllegalArgumentException when {@code name} is blank
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the channels a matching ticket has.
   *
   * @return the channels; empty for any channel
   */
  public Set<Channel> channels() {
    return channels;
  }

  /**
   * Returns the priorities (at creation) a matching ticket has.
   *
   * @return the priorities; empty for any priority
   */
  public Set<Priority> priorities() {
    return priorities;
  }

  /**
   * Returns the categories a matching ticket has.
   *
   * @return the categories; empty for any category, including none
   */
  public Set<String> categories() {
    return categories;
  }

  /**
   * Returns the vendors a matching ticket has.
   *
   * @return the vendors; empty for any vendor, including none
   */
  public Set<String> vendors() {
    return vendors;
  }

  /**
   * Returns whether the policy has no condition at all, so that it matches every ticket.
   *
   * @return whether it is a catch-all
   */
  public boolean isCatchAll() {
    return channels.isEmpty() && priorities.isEmpty() && categories.isEmpty() && vendors.isEmpty()
        && predicates.isEmpty();
  }

  /**
   * Returns the calendar on which the timers run and pause.
   *
   * @return the calendar
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Returns whether the ticket satisfies every condition of this policy.
   *
   * @param ticket the ticket, with its attributes at creation
   * @return whether the policy applies to it (if no earlier policy does)
   */
  public boolean matches(Ticket ticket) {
    requireNonNull(ticket, "ticket");
    if ((channelMask & (1 << ticket.channel.ordinal())) == 0
        || (priorityMask & (1 << ticket.priority.ordinal())) == 0) {
      return false;
    }
    if (!categories.isEmpty() && (ticket.category == null || !categories.contains(ticket.category))) {
      return false;
    }
    if (!vendors.isEmpty() && (ticket.vendor == null || !vendors.contains(ticket.vendor))) {
      return false;
    }
    for (Predicate<? super Ticket> p : predicates) {
      if (!p.test(ticket)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the target of a metric at a priority.
   *
   * @param metric the metric
   * @param priority the priority in force
   * @return the target, or empty when the metric is not measured at that priority
   */
  public Optional<Duration> target(SlaMetric metric, Priority priority) {
    long t = targets[metric.ordinal() * PRIORITIES + priority.ordinal()];
    return t == NONE ? Optional.empty() : Optional.of(Duration.ofNanos(t));
  }

  /**
   * Returns every target.
   *
   * @return for each metric with at least one target, its target per priority, in declaration order; unmodifiable
   */
  public Map<SlaMetric, Map<Priority, Duration>> targets() {
    Map<SlaMetric, Map<Priority, Duration>> all = new EnumMap<>(SlaMetric.class);
    for (SlaMetric metric : SlaMetric.values()) {
      Map<Priority, Duration> byPriority = new EnumMap<>(Priority.class);
      for (Priority p : Priority.values()) {
        target(metric, p).ifPresent(d -> byPriority.put(p, d));
      }
      if (!byPriority.isEmpty()) {
        all.put(metric, Collections.unmodifiableMap(byPriority));
      }
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Returns the name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }

  /**
   * Collects a policy's condition, calendar and targets. Not thread-safe.
   *
   * <pre>{@code
   * SlaPolicy vip = SlaPolicy.builder("vip")
   *     .when(ticket -> ticket.id().startsWith("VIP-"))
   *     .target(SlaMetric.NEXT_REPLY, Duration.ofMinutes(30))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final String name;
    private final EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
    private final EnumSet<Priority> priorities = EnumSet.noneOf(Priority.class);
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> vendors = new LinkedHashSet<>();
    private final List<Predicate<? super Ticket>> predicates = new ArrayList<>();
    private BusinessCalendar calendar = BusinessCalendar.TWENTY_FOUR_SEVEN;
    private final long[] targets = new long[SlaMetric.values().length * PRIORITIES];

    private Builder(String name) {
      requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("policy name must not be blank, got '" + name + "'");
      }
      this.name = name;
      Arrays.fill(targets, NONE);
    }

    /**
     * Adds channels to the condition: the ticket's channel must be one of them.
     *
     * @param channels one or more channels
     * @return this builder
     * @throws IllegalArgumentException when none is given
     */
    public Builder channels(Channel... channels) {
      this.channels.addAll(List.of(nonEmpty("channels", channels)));
      return this;
    }

    /**
     * Adds priorities to the condition: the ticket's priority at creation must be one of them.
     *
     * @param priorities one or more priorities
     * @return this builder
     * @throws IllegalArgumentException when none is given
     */
    public Builder priorities(Priority... priorities) {
      this.priorities.addAll(List.of(nonEmpty("priorities", priorities)));
      return this;
    }

    /**
     * Adds categories to the condition: the ticket's category must be one of them (compared exactly, after
     * removing white space around each).
     *
     * @param categories one or more categories, not blank
     * @return this builder
     * @throws IllegalArgumentException when none is given or one is blank
     */
    public Builder categories(String... categories) {
      for (String c : nonEmpty("categories", categories)) {
        this.categories.add(text("category", c));
      }
      return this;
    }

    /**
     * Adds vendors to the condition: the ticket's vendor must be one of them (compared exactly, after removing
     * white space around each).
     *
     * @param vendors one or more vendors, not blank
     * @return this builder
     * @throws IllegalArgumentException when none is given or one is blank
     */
    public Builder vendors(String... vendors) {
      for (String v : nonEmpty("vendors", vendors)) {
        this.vendors.add(text("vendor", v));
      }
      return this;
    }

    /**
     * Adds a custom condition: the ticket must satisfy it, as well as every other condition.
     *
     * @param predicate the condition on the ticket (its attributes at creation and its events)
     * @return this builder
     */
    public Builder when(Predicate<? super Ticket> predicate) {
      predicates.add(requireNonNull(predicate, "predicate"));
      return this;
    }

    /**
     * Sets the calendar on which the timers run (default {@link BusinessCalendar#TWENTY_FOUR_SEVEN}).
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the target of a metric for every priority (replacing any target set before for it).
     *
     * @param metric the metric
     * @param target the business time allowed, positive
     * @return this builder
     * @throws IllegalArgumentException when the target is zero, negative or longer than 100 years
     */
    public Builder target(SlaMetric metric, Duration target) {
      requireNonNull(metric, "metric");
      long nanos = nanos(metric, target);
      for (int p = 0; p < PRIORITIES; p++) {
        targets[metric.ordinal() * PRIORITIES + p] = nanos;
      }
      return this;
    }

    /**
     * Sets the target of a metric for one priority (replacing any target set before for it).
     *
     * @param metric the metric
     * @param priority the priority
     * @param target the business time allowed, positive
     * @return this builder
     * @throws IllegalArgumentException when the target is zero, negative or longer than 100 years
     */
    public Builder target(SlaMetric metric, Priority priority, Duration target) {
      requireNonNull(metric, "metric");
      requireNonNull(priority, "priority");
      targets[metric.ordinal() * PRIORITIES + priority.ordinal()] = nanos(metric, target);
      return this;
    }

    private long nanos(SlaMetric metric, Duration target) {
      requireNonNull(target, "target");
      if (target.isNegative() || target.isZero()) {
        throw new IllegalArgumentException("policy " + name + ": target of " + metric.id() + " must be positive, got "
            + target);
      }
      if (target.compareTo(MAX_TARGET) > 0) {
        throw new IllegalArgumentException("policy " + name + ": target of " + metric.id()
            + " must be at most 100 years, got " + target);
      }
      return target.toNanos();
    }

    private static final Duration MAX_TARGET = Duration.ofDays(36_525);

    private <T> T[] nonEmpty(String what, T[] values) {
      requireNonNull(values, what);
      if (values.length == 0) {
        throw new IllegalArgumentException("policy " + name + ": " + what + " needs at least one value");
      }
      for (T v : values) {
        requireNonNull(v, what);
      }
      return values;
    }

    private String text(String field, String value) {
      if (value.isBlank()) {
        throw new IllegalArgumentException("policy " + name + ": " + field + " must not be blank, got '" + value
            + "'");
      }
      return value.strip();
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     */
    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}
