package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class WorkloadStaffingTest {
  private static final Duration SIX_MINUTES = Duration.ofMinutes(6);

  @Test
  void emailsWithBacklog() {
    Shrinkage shrinkage = Shrinkage.of(0.25);
    WorkloadStaffing steady = WorkloadStaffing.of(4_000, SIX_MINUTES, shrinkage.productive(Duration.ofHours(160)));
    assertThat(steady.workloadHours()).isEqualTo(400.0);
    assertThat(steady.steadyStateFte()).isCloseTo(10 / 3.0, within(1e-12));
    assertThat(steady.backlogFte()).isZero();
    assertThat(steady.fte()).isEqualTo(steady.steadyStateFte());
    assertThat(steady.fteRoundedUp()).isEqualTo(4);
    assertThat(steady.clearanceDays()).isEmpty();
    assertThat(steady.productiveTimePerFteDay()).isEmpty();

    WorkloadStaffing clearing = steady.withBacklog(1_200, 5, shrinkage.productive(Duration.ofHours(8)));
    assertThat(clearing.backlogFte()).isCloseTo(4.0, within(1e-12)); // 120 h in 5 days of 6 h
    assertThat(clearing.fte()).isCloseTo(22 / 3.0, within(1e-12));
    assertThat(clearing.fteRoundedUp()).isEqualTo(8);
    assertThat(clearing.backlog()).isEqualTo(1_200.0);
    assertThat(clearing.clearanceDays()).hasValue(5);
    assertThat(clearing.productiveTimePerFteDay()).hasValue(Duration.ofHours(6));
    assertThat(clearing).hasToString("WorkloadStaffing[4000.0 items of PT6M per PT120H productive, backlog 1200.0 in "
        + "5 days of PT6H: 7.333333333333334 FTE]");
  }

  @Test
  void roundsUpExactly() {
    // 0.1 × 3 h is 0.30000000000000004 in binary: still exactly 3 FTE of 0.1 h
    WorkloadStaffing tenths = WorkloadStaffing.of(0.3, Duration.ofHours(10), Duration.ofHours(1));
    assertThat(tenths.fteRoundedUp()).isEqualTo(3);
    assertThat(WorkloadStaffing.of(3_000, Duration.ofMinutes(4), Duration.ofHours(100)).fteRoundedUp()).isEqualTo(2);
    assertThat(WorkloadStaffing.of(3_001, Duration.ofMinutes(4), Duration.ofHours(100)).fteRoundedUp()).isEqualTo(3);
    assertThat(WorkloadStaffing.of(0, Duration.ofMinutes(4), Duration.ofHours(100)).fteRoundedUp()).isZero();
    assertThat(WorkloadStaffing.of(1_500, Duration.ofMinutes(4), Duration.ofHours(100))
        .withBacklog(300, 2, Duration.ofHours(5)).fteRoundedUp()).isEqualTo(3); // 1 + 2
  }

  @Test
  void scalesLinearlyInVolume() {
    QuickTheory.qt().withFixedSeed(5L).withExamples(1_000)
        .forAll(doubles().between(0, 1e6), integers().between(1, 7200), integers().between(1, 200),
            integers().between(2, 10))
        .checkAssert((volume, ahtSeconds, hours, factor) -> {
          Duration aht = Duration.ofSeconds(ahtSeconds);
          Duration productive = Duration.ofHours(hours);
          double once = WorkloadStaffing.of(volume, aht, productive).fte();
          double scaled = WorkloadStaffing.of(volume * factor, aht, productive).fte();
          assertThat(scaled).isCloseTo(once * factor, within(1e-9 * (1 + scaled)));
          double combined = WorkloadStaffing.of(volume, aht, productive).withBacklog(volume, 1, productive).fte();
          assertThat(combined).isCloseTo(2 * once, within(1e-9 * (1 + combined)));
          assertThat(WorkloadStaffing.of(volume, aht, productive).fteRoundedUp())
              .isBetween((int) Math.floor(once), (int) Math.ceil(once) + 1);
        });
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> WorkloadStaffing.of(-1, SIX_MINUTES, Duration.ofHours(120)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("volume must be finite and >= 0: -1.0");
    assertThatThrownBy(() -> WorkloadStaffing.of(10, Duration.ZERO, Duration.ofHours(120)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aht must be > 0: PT0S");
    assertThatThrownBy(() -> WorkloadStaffing.of(10, SIX_MINUTES, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("productive time per FTE must be > 0: PT0S");
    WorkloadStaffing staffing = WorkloadStaffing.of(10, SIX_MINUTES, Duration.ofHours(120));
    assertThatThrownBy(() -> staffing.withBacklog(-5, 5, Duration.ofHours(6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("backlog must be finite and >= 0: -5.0");
    assertThatThrownBy(() -> staffing.withBacklog(5, 0, Duration.ofHours(6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("backlog clearance days must be >= 1: 0");
    assertThatThrownBy(() -> staffing.withBacklog(5, 5, Duration.ofHours(-6)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("productive time per FTE-day must be > 0: PT-6H");
  }
}
