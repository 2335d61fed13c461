package io.github.bpokit.pricing.staffing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guava testlib contracts of the staffing values: null handling and equality. */
class StaffingContractTest {
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
  private static final Instant NINE = Instant.parse("2026-10-05T07:00:00Z");

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Duration.class, Duration.ofSeconds(30))
        .setDefault(ServiceTarget.class, ServiceTarget.of(0.8, TWENTY_SECONDS))
        .setDefault(Shrinkage.class, Shrinkage.of(0.3))
        .setDefault(ZoneId.class, ZoneId.of("Europe/Berlin"))
        .setDefault(Instant.class, NINE)
        .setDefault(IntervalForecast.class, IntervalForecast.of(NINE, 10))
        .setDefault(QueueMetrics.class, ErlangC.ofTraffic(10, AHT).evaluate(14, Duration.ofSeconds(30)));
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = tester();
    for (Class<?> type : List.of(ErlangC.class, ErlangA.class, QueueMetrics.class, ServiceTarget.class,
        Shrinkage.class, ChatConcurrency.class, WorkloadStaffing.class, IntervalForecast.class, StaffingPlan.class,
        StaffingPlan.Builder.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    for (Object instance : List.of(ErlangC.ofTraffic(10, AHT), ErlangA.ofTraffic(10, AHT, Duration.ofMinutes(2)),
        ErlangC.ofTraffic(10, AHT).evaluate(14, TWENTY_SECONDS), ServiceTarget.of(0.8, TWENTY_SECONDS),
        Shrinkage.of(0.3), ChatConcurrency.of(2), WorkloadStaffing.of(10, AHT, Duration.ofHours(100)),
        IntervalForecast.of(NINE, 10), plan(100), plan(100).intervals().get(0), plan(100).days().get(0),
        StaffingPlan.builder())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  void equality() {
    ServiceTarget target = ServiceTarget.of(0.8, TWENTY_SECONDS);
    new EqualsTester()
        .addEqualityGroup(ErlangC.ofTraffic(10, AHT), ErlangC.of(100, HALF_HOUR, AHT), ErlangC.ofTraffic(10.0, AHT))
        .addEqualityGroup(ErlangC.ofTraffic(10, Duration.ofSeconds(181)))
        .addEqualityGroup(ErlangC.ofTraffic(11, AHT))
        .addEqualityGroup(ErlangC.ofTraffic(0, AHT), ErlangC.ofTraffic(-0.0, AHT))
        .addEqualityGroup(ErlangA.ofTraffic(10, AHT, Duration.ofMinutes(2)),
            ErlangC.ofTraffic(10, AHT).withPatience(Duration.ofSeconds(120)))
        .addEqualityGroup(ErlangA.ofTraffic(10, AHT, Duration.ofMinutes(3)))
        .addEqualityGroup(ErlangA.ofTraffic(10, Duration.ofSeconds(170), Duration.ofMinutes(2)))
        .addEqualityGroup(ErlangA.ofTraffic(9, AHT, Duration.ofMinutes(2)))
        .testEquals();
    ErlangC queue = ErlangC.ofTraffic(10, AHT);
    new EqualsTester()
        .addEqualityGroup(queue.evaluate(14, TWENTY_SECONDS), queue.minimumAgents(target))
        .addEqualityGroup(queue.evaluate(15, TWENTY_SECONDS))
        .addEqualityGroup(queue.evaluate(14, Duration.ofSeconds(21)))
        .addEqualityGroup(ErlangC.ofTraffic(10, Duration.ofSeconds(181)).evaluate(14, TWENTY_SECONDS))
        .addEqualityGroup(queue.evaluate(10, TWENTY_SECONDS))
        .addEqualityGroup(queue.withPatience(Duration.ofMinutes(2)).evaluate(14, TWENTY_SECONDS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(target, ServiceTarget.of(0.8, Duration.ofMillis(20_000)))
        .addEqualityGroup(ServiceTarget.of(0.81, TWENTY_SECONDS))
        .addEqualityGroup(ServiceTarget.of(0.8, Duration.ofSeconds(30)))
        .addEqualityGroup(target.withMaxOccupancy(0.9), target.withMaxOccupancy(0.9))
        .addEqualityGroup(target.withMaxOccupancy(0.85))
        .addEqualityGroup(target.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(10)))
        .addEqualityGroup(target.withMaxAbandonment(0.05))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Shrinkage.of(0.3), Shrinkage.of(0.3))
        .addEqualityGroup(Shrinkage.of(0.31))
        .addEqualityGroup(Shrinkage.none(), Shrinkage.of(0), Shrinkage.of(-0.0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ChatConcurrency.of(2), ChatConcurrency.of(2.0))
        .addEqualityGroup(ChatConcurrency.of(2.5))
        .testEquals();
    WorkloadStaffing work = WorkloadStaffing.of(10, AHT, Duration.ofHours(100));
    new EqualsTester()
        .addEqualityGroup(work, WorkloadStaffing.of(10, AHT, Duration.ofMinutes(6000)))
        .addEqualityGroup(WorkloadStaffing.of(11, AHT, Duration.ofHours(100)))
        .addEqualityGroup(WorkloadStaffing.of(10, Duration.ofSeconds(181), Duration.ofHours(100)))
        .addEqualityGroup(WorkloadStaffing.of(10, AHT, Duration.ofHours(101)))
        .addEqualityGroup(work.withBacklog(5, 2, Duration.ofHours(6)), work.withBacklog(5, 2, Duration.ofHours(6)))
        .addEqualityGroup(work.withBacklog(6, 2, Duration.ofHours(6)))
        .addEqualityGroup(work.withBacklog(5, 3, Duration.ofHours(6)))
        .addEqualityGroup(work.withBacklog(5, 2, Duration.ofHours(7)))
        .addEqualityGroup(work.withBacklog(0, 1, Duration.ofHours(7)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(IntervalForecast.of(NINE, 10), IntervalForecast.of(NINE, 10.0))
        .addEqualityGroup(IntervalForecast.of(NINE, 11))
        .addEqualityGroup(IntervalForecast.of(NINE.plusSeconds(1), 10))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(plan(100), plan(100))
        .addEqualityGroup(plan(101))
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).shrinkage(Shrinkage.of(0.2)).build())
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).zone(ZoneId.of("UTC")).build())
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).patience(Duration.ofMinutes(2)).build())
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).paidTimePerFteDay(Duration.ofHours(7)).build())
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).aht(Duration.ofSeconds(181)).build())
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).target(target.withMaxOccupancy(0.7)).build())
        .addEqualityGroup(StaffingPlanTest.configured().add(NINE, 100).interval(Duration.ofMinutes(15)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(plan(100).intervals().get(0), plan(100).intervals().get(0))
        .addEqualityGroup(plan(101).intervals().get(0))
        .addEqualityGroup(plan(100).days().get(0), plan(100).days().get(0))
        .addEqualityGroup(plan(101).days().get(0))
        .testEquals();
  }

  private static StaffingPlan plan(double arrivals) {
    return StaffingPlanTest.configured().add(NINE, arrivals).build();
  }
}
