package io.github.bpokit.examples;

import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.QueueMetrics;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.pricing.staffing.Shrinkage;
import io.github.bpokit.pricing.staffing.StaffingPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How many agents a voice queue needs: Erlang C for one half-hour (100 calls, 180 s handle time, 80% answered
 * within 20 s), the agents to schedule after shrinkage, and a staffing plan for a morning of half-hour intervals.
 */
public final class ErlangCStaffing {
  private ErlangCStaffing() {}

  public static void main(String[] args) {
    // Service level "80/20": 80% of calls answered within 20 seconds of queueing.
    ServiceTarget eightyTwenty = ServiceTarget.of(0.80, Duration.ofSeconds(20));
    // 100 calls in 30 minutes of 180 s each is 10 erlangs of traffic: 10 agents would be busy all the time.
    ErlangC queue = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));
    QueueMetrics staffed = queue.minimumAgents(eightyTwenty);
    // Shrinkage: the share of paid time agents are not on the phones (breaks, training, absence).
    Shrinkage shrinkage = Shrinkage.of(0.30);
    System.out.println(String.format(Locale.ROOT, "traffic %.1f erlangs: %d agents, service level %.4f, ASA %.2f s,"
            + " occupancy %.4f, P(wait) %.4f; %d to schedule with %.0f%% shrinkage", queue.traffic(),
        staffed.agents(), staffed.serviceLevel(), staffed.averageSpeedOfAnswerSeconds().orElseThrow(),
        staffed.occupancy(), staffed.probabilityOfWaiting(), staffed.scheduledAgents(shrinkage),
        100 * shrinkage.value()));

    // A forecast of calls per half hour from 08:00 to 12:00; each interval is staffed for the same target.
    double[] calls = {40, 70, 100, 130, 150, 120, 90, 60};
    StaffingPlan.Builder builder = StaffingPlan.builder()
        .interval(Duration.ofMinutes(30))
        .aht(Duration.ofSeconds(180))
        .target(eightyTwenty)
        .shrinkage(shrinkage)
        .paidTimePerFteDay(Duration.ofHours(8)) // an FTE is paid 8 hours a day
        .zone(ZoneOffset.UTC);
    Instant start = Instant.parse("2026-10-05T08:00:00Z");
    for (int i = 0; i < calls.length; i++) {
      builder.add(start.plus(Duration.ofMinutes(30L * i)), calls[i]);
    }
    StaffingPlan plan = builder.build();
    System.out.println("interval  calls  agents  scheduled  service level");
    for (StaffingPlan.Interval interval : plan.intervals()) {
      System.out.println(String.format(Locale.ROOT, "%s  %5.0f  %6d  %9d  %13.4f",
          interval.start().atOffset(ZoneOffset.UTC).toLocalTime(), interval.arrivals(), interval.agents(),
          interval.scheduledAgents(), interval.metrics().serviceLevel()));
    }
    StaffingPlan.Day day = plan.days().get(0);
    System.out.println(String.format(Locale.ROOT, "%s: %.0f calls, %.1f agent-hours, %.4f FTE, peak %d agents"
        + " (%d scheduled)", day.date(), day.arrivals(), day.agentHours(), day.fte(), plan.peakAgents(),
        plan.peakScheduledAgents()));
  }
}
