package io.github.bpokit.pricing.staffing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A staffing plan: the agents each interval of a volume forecast needs to meet a service target, and the full-time
 * equivalents per day that supply them after shrinkage.
 *
 * <ul>
 *   <li>Per interval: the minimum agents of the interval's queue ({@link ErlangC}, or {@link ErlangA} when a mean
 *       patience is given) for its forecast arrivals, and the agents to schedule, {@code ceil(N / (1 − shrinkage))}.
 *   <li>Per day (the date of each interval's start in the plan's zone; an interval that runs past midnight counts
 *       for the day it starts): agent-hours on the phones, {@code Σ N × interval length}, and
 *       {@code FTE = agent-hours / (paid hours per FTE-day × (1 − shrinkage))}, the people to have on the payroll for
 *       that day (fractional, not rounded). Only days with forecast intervals are listed.
 *   <li>Totals: arrivals, agent-hours, FTE-days (the sum of the days' FTE), peak agents, and the plan's service level
 *       (the arrival-weighted mean of the intervals' service levels).
 * </ul>
 *
 * <p>Intervals may come in any order and may leave gaps (closed hours); they must not overlap. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * StaffingPlan.Builder builder = StaffingPlan.builder()
 *     .interval(Duration.ofMinutes(30))
 *     .aht(Duration.ofSeconds(180))
 *     .target(ServiceTarget.of(0.80, Duration.ofSeconds(20)))
 *     .shrinkage(Shrinkage.of(0.30))
 *     .paidTimePerFteDay(Duration.ofHours(8))
 *     .zone(ZoneId.of("Europe/Berlin"));
 * for (IntervalForecast row : forecast) {          // e.g. 336 half-hours of a week
 *   builder.add(row);
 * }
 * StaffingPlan plan = builder.build();
 * plan.intervals().get(18).agents();               // agents needed 09:00-09:30 on the first day
 * plan.days().get(0).fte();                        // FTE needed on the first day
 * plan.totalFteDays();
 * }</pre>
 */
public final class StaffingPlan {
  private static final double SECONDS_PER_HOUR = 3600;

  private final Duration intervalLength;
  private final Duration aht;
  private final ServiceTarget target;
  private final Shrinkage shrinkage;
  private final Duration paidTimePerFteDay;
  private final ZoneId zone;
  private final @Nullable Duration patience;
  private final List<Interval> intervals;
  private final List<Day> days;

  private StaffingPlan(Builder builder, List<Interval> intervals, List<Day> days) {
    this.intervalLength = requireNonNull(builder.interval);
    this.aht = requireNonNull(builder.aht);
    this.target = requireNonNull(builder.target);
    this.shrinkage = requireNonNull(builder.shrinkage);
    this.paidTimePerFteDay = requireNonNull(builder.paidTimePerFteDay);
    this.zone = requireNonNull(builder.zone);
    this.patience = builder.patience;
    this.intervals = List.copyOf(intervals);
    this.days = List.copyOf(days);
  }

  /**
   * Returns a builder for a plan.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the staffed intervals, in time order.
   *
   * @return the intervals; never empty
   */
  public List<Interval> intervals() {
    return intervals;
  }

  /**
   * Returns the days with at least one interval, in date order.
   *
   * @return the days; never empty
   */
  public List<Day> days() {
    return days;
  }

  /**
   * Returns the forecast arrivals of the whole plan.
   *
   * @return the total arrivals
   */
  public double totalArrivals() {
    return days.stream().mapToDouble(Day::arrivals).sum();
  }

  /**
   * Returns the agent-hours on the phones over the whole plan: {@code Σ N × interval length}.
   *
   * @return the total agent-hours
   */
  public double totalAgentHours() {
    return days.stream().mapToDouble(Day::agentHours).sum();
  }

  /**
   * Returns the sum of the days' FTE: the FTE-days (person-days of paid time) the plan needs.
   *
   * @return the total FTE-days
   */
  public double totalFteDays() {
    return days.stream().mapToDouble(Day::fte).sum();
  }

  /**
   * Returns the most agents any interval needs on the phones.
   *
   * @return the peak agents
   */
  public int peakAgents() {
    return intervals.stream().mapToInt(Interval::agents).max().orElse(0);
  }

  /**
   * Returns the most agents any interval needs on the schedule (after shrinkage).
   *
   * @return the peak scheduled agents
   */
  public int peakScheduledAgents() {
    return intervals.stream().mapToInt(Interval::scheduledAgents).max().orElse(0);
  }

  /**
   * Returns the service level of the whole plan: the intervals' service levels weighted by their arrivals (1 when
   * there are no arrivals at all).
   *
   * @return the plan's service level, in [0, 1]
   */
  public double serviceLevel() {
    double arrivals = 0;
    double answeredInTime = 0;
    for (Interval interval : intervals) {
      arrivals += interval.arrivals();
      answeredInTime += interval.arrivals() * interval.metrics().serviceLevel();
    }
    return arrivals == 0 ? 1 : Math.min(1, answeredInTime / arrivals);
  }

  /**
   * Returns the length of every interval.
   *
   * @return the interval length
   */
  public Duration intervalLength() {
    return intervalLength;
  }

  /**
   * Returns the average handle time used for every interval.
   *
   * @return the average handle time
   */
  public Duration aht() {
    return aht;
  }

  /**
   * Returns the service target every interval meets.
   *
   * @return the target
   */
  public ServiceTarget target() {
    return target;
  }

  /**
   * Returns the shrinkage between scheduled and available agents.
   *
   * @return the shrinkage
   */
  public Shrinkage shrinkage() {
    return shrinkage;
  }

  /**
   * Returns the paid time of one FTE per day.
   *
   * @return the paid time per FTE-day
   */
  public Duration paidTimePerFteDay() {
    return paidTimePerFteDay;
  }

  /**
   * Returns the zone whose dates group intervals into days.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the mean patience of waiting callers.
   *
   * @return the patience when intervals are staffed with Erlang A; empty for Erlang C
   */
  public Optional<Duration> patience() {
    return Optional.ofNullable(patience);
  }

  /**
   * Tells whether another object is a plan with the same inputs (and therefore the same results).
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StaffingPlan)) {
      return false;
    }
    StaffingPlan that = (StaffingPlan) other;
    return intervalLength.equals(that.intervalLength)
        && aht.equals(that.aht)
        && target.equals(that.target)
        && shrinkage.equals(that.shrinkage)
        && paidTimePerFteDay.equals(that.paidTimePerFteDay)
        && zone.equals(that.zone)
        && Objects.equals(patience, that.patience)
        && intervals.equals(that.intervals);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(intervalLength, aht, target, shrinkage, paidTimePerFteDay, zone, patience, intervals);
  }

  /**
   * Returns a summary: the inputs, one line per day and the totals.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner("\n");
    text.add(String.format(java.util.Locale.ROOT,
        "StaffingPlan[%d intervals of %s, AHT %s, %s, shrinkage %s, %s paid per FTE-day, %s%s]",
        intervals.size(), intervalLength, aht, target, shrinkage, paidTimePerFteDay, zone,
        patience == null ? "" : ", patience " + patience));
    days.forEach(day -> text.add("  " + day));
    text.add(String.format(java.util.Locale.ROOT,
        "  total: %.1f arrivals, %.2f agent-hours, %.2f FTE-days, peak %d agents (%d scheduled), SL %.4f",
        totalArrivals(), totalAgentHours(), totalFteDays(), peakAgents(), peakScheduledAgents(), serviceLevel()));
    return text.toString();
  }

  /**
   * One staffed interval of a {@link StaffingPlan}: its forecast, its queue metrics at the minimum staffing and its
   * scheduled agents. Instances are immutable and thread-safe.
   *
   * <pre>{@code
   * StaffingPlan.Interval slot = plan.intervals().get(0);
   * slot.start();            // 2026-10-05T07:00:00Z
   * slot.agents();           // 14 for 100 calls of 180 s at 80/20
   * slot.scheduledAgents();  // 20 at 30% shrinkage
   * slot.metrics().serviceLevel();
   * }</pre>
   */
  public static final class Interval {
    private final IntervalForecast forecast;
    private final Instant end;
    private final QueueMetrics metrics;
    private final int scheduledAgents;

    Interval(IntervalForecast forecast, Instant end, QueueMetrics metrics, int scheduledAgents) {
      this.forecast = forecast;
      this.end = end;
      this.metrics = metrics;
      this.scheduledAgents = scheduledAgents;
    }

    /**
     * Returns the start of the interval.
     *
     * @return the start, inclusive
     */
    public Instant start() {
      return forecast.start();
    }

    /**
     * Returns the end of the interval: its start plus the plan's interval length.
     *
     * @return the end, exclusive
     */
    public Instant end() {
      return end;
    }

    /**
     * Returns the forecast arrivals of the interval.
     *
     * @return the arrivals
     */
    public double arrivals() {
      return forecast.arrivals();
    }

    /**
     * Returns the forecast row this interval staffs.
     *
     * @return the forecast
     */
    public IntervalForecast forecast() {
      return forecast;
    }

    /**
     * Returns the queue metrics at the minimum staffing, evaluated at the target's threshold.
     *
     * @return the metrics
     */
    public QueueMetrics metrics() {
      return metrics;
    }

    /**
     * Returns the agents needed on the phones.
     *
     * @return the agents
     */
    public int agents() {
      return metrics.agents();
    }

    /**
     * Returns the agents to schedule: {@code ceil(agents / (1 − shrinkage))}.
     *
     * @return the scheduled agents
     */
    public int scheduledAgents() {
      return scheduledAgents;
    }

    /**
     * Tells whether another object is an interval with the same forecast, end, metrics and scheduled agents.
     *
     * @param other the other object
     * @return whether the two are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Interval)) {
        return false;
      }
      Interval that = (Interval) other;
      return forecast.equals(that.forecast) && end.equals(that.end) && metrics.equals(that.metrics)
          && scheduledAgents == that.scheduledAgents;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(forecast, end, metrics, scheduledAgents);
    }

    /**
     * Returns a description such as {@code [2026-10-05T07:00:00Z, 2026-10-05T07:30:00Z) 100.0 arrivals: 14 agents
     * (20 scheduled), SL 0.8884}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "[%s, %s) %s arrivals: %d agents (%d scheduled), SL %.4f",
          start(), end, arrivals(), agents(), scheduledAgents, metrics.serviceLevel());
    }
  }

  /**
   * One day of a {@link StaffingPlan}: the intervals starting on that date in the plan's zone, their agent-hours and
   * the FTE that supply them. Instances are immutable and thread-safe.
   *
   * <pre>{@code
   * StaffingPlan.Day monday = plan.days().get(0);
   * monday.date();        // 2026-10-05
   * monday.agentHours();  // Σ agents × 0.5 h
   * monday.fte();         // agentHours / (8 h × (1 − 0.30))
   * }</pre>
   */
  public static final class Day {
    private final LocalDate date;
    private final int intervalCount;
    private final double arrivals;
    private final double agentHours;
    private final int peakAgents;
    private final double fte;

    Day(LocalDate date, int intervalCount, double arrivals, double agentHours, int peakAgents, double fte) {
      this.date = date;
      this.intervalCount = intervalCount;
      this.arrivals = arrivals;
      this.agentHours = agentHours;
      this.peakAgents = peakAgents;
      this.fte = fte;
    }

    /**
     * Returns the date.
     *
     * @return the date in the plan's zone
     */
    public LocalDate date() {
      return date;
    }

    /**
     * Returns the number of forecast intervals starting on this date.
     *
     * @return the interval count, at least 1
     */
    public int intervalCount() {
      return intervalCount;
    }

    /**
     * Returns the forecast arrivals of the day.
     *
     * @return the arrivals
     */
    public double arrivals() {
      return arrivals;
    }

    /**
     * Returns the agent-hours on the phones: {@code Σ agents × interval length} over the day's intervals.
     *
     * @return the agent-hours
     */
    public double agentHours() {
      return agentHours;
    }

    /**
     * Returns the most agents any interval of the day needs on the phones.
     *
     * @return the peak agents
     */
    public int peakAgents() {
      return peakAgents;
    }

    /**
     * Returns the FTE for the day: {@code agent-hours / (paid hours per FTE-day × (1 − shrinkage))}.
     *
     * @return the FTE, fractional
     */
    public double fte() {
      return fte;
    }

    /**
     * Tells whether another object is a day with the same date and figures.
     *
     * @param other the other object
     * @return whether the two are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Day)) {
        return false;
      }
      Day that = (Day) other;
      return date.equals(that.date) && intervalCount == that.intervalCount
          && Double.compare(arrivals, that.arrivals) == 0 && Double.compare(agentHours, that.agentHours) == 0
          && peakAgents == that.peakAgents && Double.compare(fte, that.fte) == 0;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(date, intervalCount, arrivals, agentHours, peakAgents, fte);
    }

    /**
     * Returns a description such as {@code 2026-10-05: 48 intervals, 2400.0 arrivals, 180.50 agent-hours, peak 30,
     * 32.23 FTE}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%s: %d intervals, %.1f arrivals, %.2f agent-hours, peak %d, %.2f FTE", date, intervalCount, arrivals,
          agentHours, peakAgents, fte);
    }
  }

  /**
   * Builds a {@link StaffingPlan}. Interval length, AHT, target, shrinkage, paid time per FTE-day, zone and at least
   * one forecast interval are required; the patience is optional (Erlang A instead of Erlang C). Not thread-safe;
   * {@link #build()} can be called more than once.
   *
   * <pre>{@code
   * StaffingPlan plan = StaffingPlan.builder()
   *     .interval(Duration.ofMinutes(30)).aht(Duration.ofSeconds(180))
   *     .target(ServiceTarget.of(0.80, Duration.ofSeconds(20))).shrinkage(Shrinkage.of(0.30))
   *     .paidTimePerFteDay(Duration.ofHours(8)).zone(ZoneOffset.UTC)
   *     .add(Instant.parse("2026-10-05T09:00:00Z"), 100)
   *     .add(Instant.parse("2026-10-05T09:30:00Z"), 120)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable Duration interval;
    private @Nullable Duration aht;
    private @Nullable ServiceTarget target;
    private @Nullable Shrinkage shrinkage;
    private @Nullable Duration paidTimePerFteDay;
    private @Nullable ZoneId zone;
    private @Nullable Duration patience;
    private final List<IntervalForecast> forecast = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the length of every forecast interval.
     *
     * @param interval the interval length, e.g. 30 minutes
     * @return this builder
     * @throws IllegalArgumentException naming the value when it is not longer than zero
     */
    public Builder interval(Duration interval) {
      this.interval = Checks.positive("interval", requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Sets the average handle time of one contact (for chat, an {@linkplain ChatConcurrency#effectiveAht effective}
     * one).
     *
     * @param aht the average handle time
     * @return this builder
     * @throws IllegalArgumentException naming the value when it is not longer than zero
     */
    public Builder aht(Duration aht) {
      this.aht = Checks.positive("aht", requireNonNull(aht, "aht"));
      return this;
    }

    /**
     * Sets the target every interval must meet.
     *
     * @param target the service target
     * @return this builder
     */
    public Builder target(ServiceTarget target) {
      this.target = requireNonNull(target, "target");
      return this;
    }

    /**
     * Sets the shrinkage ({@link Shrinkage#none()} for none).
     *
     * @param shrinkage the shrinkage
     * @return this builder
     */
    public Builder shrinkage(Shrinkage shrinkage) {
      this.shrinkage = requireNonNull(shrinkage, "shrinkage");
      return this;
    }

    /**
     * Sets the paid time of one FTE per day, e.g. 8 hours.
     *
     * @param paidTimePerFteDay the paid time per FTE-day
     * @return this builder
     * @throws IllegalArgumentException naming the value when it is not longer than zero
     */
    public Builder paidTimePerFteDay(Duration paidTimePerFteDay) {
      this.paidTimePerFteDay =
          Checks.positive("paid time per FTE-day", requireNonNull(paidTimePerFteDay, "paidTimePerFteDay"));
      return this;
    }

    /**
     * Sets the zone whose dates group intervals into days.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Staffs with Erlang A, callers abandoning after a mean patience, instead of Erlang C.
     *
     * @param patience the mean patience of a waiting caller
     * @return this builder
     * @throws IllegalArgumentException naming the value when it is not longer than zero
     */
    public Builder patience(Duration patience) {
      this.patience = Checks.positive("patience", requireNonNull(patience, "patience"));
      return this;
    }

    /**
     * Adds one forecast interval.
     *
     * @param start the start of the interval
     * @param arrivals the expected arrivals, finite and zero or more
     * @return this builder
     * @throws IllegalArgumentException naming the value when {@code arrivals} is negative or not finite
     */
    public Builder add(Instant start, double arrivals) {
      return add(IntervalForecast.of(start, arrivals));
    }

    /**
     * Adds one forecast interval.
     *
     * @param interval the forecast of the interval
     * @return this builder
     */
    public Builder add(IntervalForecast interval) {
      forecast.add(requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Adds forecast intervals.
     *
     * @param intervals the forecasts, in any order
     * @return this builder
     */
    public Builder addAll(Iterable<IntervalForecast> intervals) {
      for (IntervalForecast interval : requireNonNull(intervals, "intervals")) {
        add(interval);
      }
      return this;
    }

    /**
     * Staffs every interval and sums the days.
     *
     * @return the plan
     * @throws IllegalStateException naming the missing settings when a required one is not set, or when no interval
     *     was added
     * @throws IllegalArgumentException naming both starts when two intervals overlap, or as the queue models when an
     *     interval's traffic is out of range
     */
    public StaffingPlan build() {
      List<String> missing = new ArrayList<>();
      if (interval == null) {
        missing.add("interval");
      }
      if (aht == null) {
        missing.add("aht");
      }
      if (target == null) {
        missing.add("target");
      }
      if (shrinkage == null) {
        missing.add("shrinkage");
      }
      if (paidTimePerFteDay == null) {
        missing.add("paidTimePerFteDay");
      }
      if (zone == null) {
        missing.add("zone");
      }
      if (forecast.isEmpty()) {
        missing.add("forecast intervals (add at least one)");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("cannot build a staffing plan without: " + String.join(", ", missing));
      }
      Duration length = requireNonNull(interval);
      Duration handleTime = requireNonNull(aht);
      ServiceTarget goal = requireNonNull(target);
      Shrinkage away = requireNonNull(shrinkage);
      ZoneId dayZone = requireNonNull(zone);
      double productiveHoursPerFteDay =
          Checks.seconds(away.productive(requireNonNull(paidTimePerFteDay))) / SECONDS_PER_HOUR;
      double intervalHours = Checks.seconds(length) / SECONDS_PER_HOUR;

      List<IntervalForecast> sorted = new ArrayList<>(forecast);
      sorted.sort(Comparator.comparing(IntervalForecast::start));
      List<Interval> intervals = new ArrayList<>(sorted.size());
      List<Day> days = new ArrayList<>();
      DayTotals day = null;
      Instant previousEnd = Instant.MIN;
      for (IntervalForecast row : sorted) {
        if (row.start().isBefore(previousEnd)) {
          throw new IllegalArgumentException("forecast intervals overlap: the one starting "
              + intervals.get(intervals.size() - 1).start() + " and the one starting " + row.start()
              + " (intervals last " + length + ")");
        }
        Instant end = row.start().plus(length);
        previousEnd = end;
        QueueModel model = patience == null
            ? ErlangC.of(row.arrivals(), length, handleTime)
            : ErlangA.of(row.arrivals(), length, handleTime, patience);
        QueueMetrics metrics = model.minimumAgents(goal);
        Interval staffed = new Interval(row, end, metrics, away.scheduled(metrics.agents()));
        intervals.add(staffed);
        LocalDate date = LocalDate.ofInstant(row.start(), dayZone);
        if (day == null || !day.date.equals(date)) {
          if (day != null) {
            days.add(day.toDay(productiveHoursPerFteDay));
          }
          day = new DayTotals(date);
        }
        day.add(staffed, intervalHours);
      }
      days.add(requireNonNull(day).toDay(productiveHoursPerFteDay));
      return new StaffingPlan(this, intervals, days);
    }
  }

  /** Running sums of one day while building. */
  private static final class DayTotals {
    final LocalDate date;
    int count;
    double arrivals;
    long agentIntervals;
    int peak;
    double intervalHours;

    DayTotals(LocalDate date) {
      this.date = date;
    }

    void add(Interval interval, double hours) {
      count++;
      arrivals += interval.arrivals();
      agentIntervals += interval.agents();
      peak = Math.max(peak, interval.agents());
      intervalHours = hours;
    }

    Day toDay(double productiveHoursPerFteDay) {
      double agentHours = agentIntervals * intervalHours;
      return new Day(date, count, arrivals, agentHours, peak, agentHours / productiveHoursPerFteDay);
    }
  }
}
