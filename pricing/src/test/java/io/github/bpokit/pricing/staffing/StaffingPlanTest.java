package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StaffingPlanTest {
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final ServiceTarget TARGET = ServiceTarget.of(0.80, Duration.ofSeconds(20));
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant NINE = Instant.parse("2026-10-05T07:00:00Z"); // 09:00 in Berlin

  static StaffingPlan.Builder configured() {
    return StaffingPlan.builder().interval(HALF_HOUR).aht(AHT).target(TARGET).shrinkage(Shrinkage.of(0.30))
        .paidTimePerFteDay(Duration.ofHours(8)).zone(BERLIN);
  }

  /** A week of half-hours from Monday 2026-10-19 00:00 in Berlin (338: the Sunday has 25 hours), closed 22-07 h. */
  static List<IntervalForecast> week() {
    List<IntervalForecast> forecast = new ArrayList<>();
    ZonedDateTime start = ZonedDateTime.of(2026, 10, 19, 0, 0, 0, 0, BERLIN);
    for (Instant t = start.toInstant(); t.isBefore(start.plusWeeks(1).toInstant()); t = t.plus(HALF_HOUR)) {
      int hour = t.atZone(BERLIN).getHour();
      boolean weekend = t.atZone(BERLIN).getDayOfWeek().getValue() >= 6;
      double arrivals = hour < 7 || hour >= 22 ? 0 : (weekend ? 30 : 80) + 60 * Math.sin(Math.PI * (hour - 7) / 15.0);
      forecast.add(IntervalForecast.of(t, arrivals));
    }
    return forecast;
  }

  @Test
  void oneIntervalIsTheErlangCExample() {
    StaffingPlan plan = configured().add(NINE, 100).build();

    StaffingPlan.Interval interval = plan.intervals().get(0);
    assertThat(interval.agents()).isEqualTo(14);
    assertThat(interval.scheduledAgents()).isEqualTo(20);
    assertThat(interval.start()).isEqualTo(NINE);
    assertThat(interval.end()).isEqualTo(NINE.plus(HALF_HOUR));
    assertThat(interval.arrivals()).isEqualTo(100.0);
    assertThat(interval.forecast()).isEqualTo(IntervalForecast.of(NINE, 100));
    assertThat(interval.metrics().serviceLevel()).isCloseTo(0.8884, within(0.00005));
    assertThat(interval).hasToString("[2026-10-05T07:00:00Z, 2026-10-05T07:30:00Z) 100.0 arrivals: 14 agents "
        + "(20 scheduled), SL 0.8884");

    StaffingPlan.Day day = plan.days().get(0);
    assertThat(day.date()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(day.intervalCount()).isEqualTo(1);
    assertThat(day.arrivals()).isEqualTo(100.0);
    assertThat(day.agentHours()).isEqualTo(7.0);
    assertThat(day.peakAgents()).isEqualTo(14);
    assertThat(day.fte()).isCloseTo(1.25, within(1e-12)); // 7 agent-hours / (8 h × 0.7)
    assertThat(day).hasToString("2026-10-05: 1 intervals, 100.0 arrivals, 7.00 agent-hours, peak 14, 1.25 FTE");

    assertThat(plan.totalArrivals()).isEqualTo(100.0);
    assertThat(plan.totalAgentHours()).isEqualTo(7.0);
    assertThat(plan.totalFteDays()).isCloseTo(1.25, within(1e-12));
    assertThat(plan.peakAgents()).isEqualTo(14);
    assertThat(plan.peakScheduledAgents()).isEqualTo(20);
    assertThat(plan.serviceLevel()).isEqualTo(interval.metrics().serviceLevel());
  }

  @Test
  void weekOfHalfHours() {
    List<IntervalForecast> week = week();
    List<IntervalForecast> shuffled = new ArrayList<>(week);
    Collections.shuffle(shuffled, new java.util.Random(11));
    StaffingPlan plan = configured().addAll(shuffled).build();

    assertThat(plan.intervals()).hasSize(week.size()).extracting(StaffingPlan.Interval::forecast)
        .containsExactlyElementsOf(week);
    Map<LocalDate, double[]> expectedDays = new TreeMap<>(); // arrivals, agent-hours, peak, count
    double weightedServiceLevel = 0;
    for (StaffingPlan.Interval interval : plan.intervals()) {
      QueueMetrics expected = ErlangC.of(interval.arrivals(), HALF_HOUR, AHT).minimumAgents(TARGET);
      assertThat(interval.metrics()).isEqualTo(expected);
      assertThat(interval.scheduledAgents()).isEqualTo(Shrinkage.of(0.30).scheduled(expected.agents()));
      double[] day = expectedDays.computeIfAbsent(interval.start().atZone(BERLIN).toLocalDate(), d -> new double[4]);
      day[0] += interval.arrivals();
      day[1] += interval.agents() * 0.5;
      day[2] = Math.max(day[2], interval.agents());
      day[3]++;
      weightedServiceLevel += interval.arrivals() * interval.metrics().serviceLevel();
    }
    assertThat(plan.days()).extracting(StaffingPlan.Day::date).containsExactlyElementsOf(expectedDays.keySet());
    assertThat(plan.days()).hasSize(7);
    assertThat(plan.days().get(6).intervalCount()).isEqualTo(50); // 25 hours on 2026-10-25
    for (StaffingPlan.Day day : plan.days()) {
      double[] expected = expectedDays.get(day.date());
      assertThat(day.arrivals()).isCloseTo(expected[0], within(1e-9));
      assertThat(day.agentHours()).isEqualTo(expected[1]);
      assertThat(day.peakAgents()).isEqualTo((int) expected[2]);
      assertThat(day.intervalCount()).isEqualTo((int) expected[3]);
      assertThat(day.fte()).isCloseTo(expected[1] / 5.6, within(1e-9));
    }
    assertThat(plan.totalAgentHours()).isEqualTo(expectedDays.values().stream().mapToDouble(d -> d[1]).sum());
    assertThat(plan.totalFteDays()).isCloseTo(plan.totalAgentHours() / 5.6, within(1e-9));
    assertThat(plan.serviceLevel()).isCloseTo(weightedServiceLevel / plan.totalArrivals(), within(1e-12));
    assertThat(plan.serviceLevel()).isGreaterThanOrEqualTo(0.80);
    assertThat(plan.intervals().get(0).agents()).isZero(); // closed at midnight
    assertThat(plan.toString()).startsWith("StaffingPlan[338 intervals of PT30M, AHT PT3M, 80% within PT20S, "
        + "shrinkage 30%, PT8H paid per FTE-day, Europe/Berlin]\n  2026-10-19: 48 intervals").contains("  total: ");
    assertThat(plan).isEqualTo(configured().addAll(week).build());
  }

  @Test
  void patienceStaffsWithErlangA() {
    StaffingPlan plan = configured().patience(Duration.ofMinutes(2)).add(NINE, 100).build();
    assertThat(plan.patience()).hasValue(Duration.ofMinutes(2));
    assertThat(plan.intervals().get(0).metrics())
        .isEqualTo(ErlangA.of(100, HALF_HOUR, AHT, Duration.ofMinutes(2)).minimumAgents(TARGET));
    assertThat(plan.intervals().get(0).agents()).isEqualTo(12);
    assertThat(plan.toString()).contains(", patience PT2M]");
    assertThat(configured().add(NINE, 100).build().patience()).isEmpty();
  }

  @Test
  void gapsAreAllowedAndDaysFollowTheZone() {
    StaffingPlan plan = configured().zone(ZoneOffset.ofHours(-5))
        .add(Instant.parse("2026-10-06T04:30:00Z"), 40) // 23:30 on the 5th at UTC-5
        .add(Instant.parse("2026-10-06T05:00:00Z"), 40) // 00:00 on the 6th
        .add(Instant.parse("2026-10-06T09:00:00Z"), 40) // after a gap
        .build();
    assertThat(plan.days()).extracting(StaffingPlan.Day::date)
        .containsExactly(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6));
    assertThat(plan.days()).extracting(StaffingPlan.Day::intervalCount).containsExactly(1, 2);
    assertThat(plan.zone()).isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(plan.intervalLength()).isEqualTo(HALF_HOUR);
    assertThat(plan.aht()).isEqualTo(AHT);
    assertThat(plan.target()).isEqualTo(TARGET);
    assertThat(plan.shrinkage()).isEqualTo(Shrinkage.of(0.30));
    assertThat(plan.paidTimePerFteDay()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void noArrivalsAtAll() {
    StaffingPlan plan = configured().add(NINE, 0).add(NINE.plus(HALF_HOUR), 0).build();
    assertThat(plan.peakAgents()).isZero();
    assertThat(plan.totalFteDays()).isZero();
    assertThat(plan.serviceLevel()).isEqualTo(1.0);
  }

  @Test
  void rejectsOverlapsNamingBothIntervals() {
    StaffingPlan.Builder builder = configured().add(NINE, 100).add(NINE.plus(Duration.ofMinutes(15)), 100);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("forecast intervals overlap: the one starting 2026-10-05T07:00:00Z and the one starting "
            + "2026-10-05T07:15:00Z (intervals last PT30M)");
    assertThatThrownBy(configured().add(NINE, 1).add(NINE, 2)::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void rejectsMissingSettings() {
    assertThatThrownBy(() -> StaffingPlan.builder().aht(AHT).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot build a staffing plan without: interval, target, shrinkage, paidTimePerFteDay, zone, "
            + "forecast intervals (add at least one)");
    assertThatThrownBy(() -> configured().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot build a staffing plan without: forecast intervals (add at least one)");
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> StaffingPlan.builder().interval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must be > 0: PT0S");
    assertThatThrownBy(() -> StaffingPlan.builder().aht(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aht must be > 0: PT-1S");
    assertThatThrownBy(() -> StaffingPlan.builder().paidTimePerFteDay(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("paid time per FTE-day must be > 0: PT0S");
    assertThatThrownBy(() -> StaffingPlan.builder().patience(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("patience must be > 0: PT0S");
    assertThatThrownBy(() -> StaffingPlan.builder().add(NINE, -4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: -4.0");
    assertThatThrownBy(() -> IntervalForecast.of(NINE, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: NaN");
  }

  @Test
  void forecastRows() {
    IntervalForecast row = IntervalForecast.of(NINE, 112.5);
    assertThat(row.start()).isEqualTo(NINE);
    assertThat(row.arrivals()).isEqualTo(112.5);
    assertThat(row).hasToString("2026-10-05T07:00:00Z: 112.5 arrivals");
  }
}
