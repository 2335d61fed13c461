package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceTargetTest {
  private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

  @Test
  void partsAndCopies() {
    ServiceTarget plain = ServiceTarget.of(0.8, TWENTY_SECONDS);
    assertThat(plain.serviceLevel()).isEqualTo(0.8);
    assertThat(plain.threshold()).isEqualTo(TWENTY_SECONDS);
    assertThat(plain.maxOccupancy()).isEmpty();
    assertThat(plain.maxAverageSpeedOfAnswer()).isEmpty();
    assertThat(plain.maxAbandonment()).isEmpty();
    assertThat(plain).hasToString("80% within PT20S");

    ServiceTarget full = plain.withMaxOccupancy(0.85).withMaxAverageSpeedOfAnswer(Duration.ofSeconds(15))
        .withMaxAbandonment(0.05);
    assertThat(full.maxOccupancy()).hasValue(0.85);
    assertThat(full.maxAverageSpeedOfAnswer()).hasValue(Duration.ofSeconds(15));
    assertThat(full.maxAbandonment()).hasValue(0.05);
    assertThat(full).hasToString("80% within PT20S, occupancy <= 85%, ASA <= PT15S, abandonment <= 5%");
    assertThat(plain.maxOccupancy()).isEmpty(); // copies, not changes
    assertThat(ServiceTarget.of(0.95, Duration.ZERO).withMaxOccupancy(1)).hasToString("95% within PT0S, "
        + "occupancy <= 100%");
  }

  @Test
  void judgesMetrics() {
    ErlangC queue = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));
    QueueMetrics fourteen = queue.evaluate(14, TWENTY_SECONDS);
    assertThat(ServiceTarget.of(0.8, TWENTY_SECONDS).isMetBy(fourteen)).isTrue();
    assertThat(ServiceTarget.of(0.9, TWENTY_SECONDS).isMetBy(fourteen)).isFalse();
    assertThat(ServiceTarget.of(0.8, TWENTY_SECONDS).withMaxOccupancy(0.7).isMetBy(fourteen)).isFalse();
    assertThat(ServiceTarget.of(0.8, TWENTY_SECONDS).withMaxAverageSpeedOfAnswer(Duration.ofSeconds(7))
        .isMetBy(fourteen)).isFalse();
    assertThat(ServiceTarget.of(0.8, TWENTY_SECONDS).withMaxAverageSpeedOfAnswer(Duration.ofSeconds(8))
        .isMetBy(fourteen)).isTrue();
    assertThat(ServiceTarget.of(0.01, TWENTY_SECONDS).isMetBy(queue.evaluate(10, TWENTY_SECONDS)))
        .as("unstable").isFalse();
    QueueMetrics abandoning = queue.withPatience(Duration.ofMinutes(2)).evaluate(12, TWENTY_SECONDS);
    assertThat(ServiceTarget.of(0.8, TWENTY_SECONDS).withMaxAbandonment(0.07).isMetBy(abandoning)).isTrue();
    assertThat(ServiceTarget.of(0.8, TWENTY_SECONDS).withMaxAbandonment(0.06).isMetBy(abandoning)).isFalse();
  }

  @Test
  void refusesMetricsOfAnotherThreshold() {
    QueueMetrics metrics = ErlangC.ofTraffic(10, Duration.ofSeconds(180)).evaluate(14, Duration.ofSeconds(30));
    assertThatThrownBy(() -> ServiceTarget.of(0.8, TWENTY_SECONDS).isMetBy(metrics))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metrics evaluated at a threshold of PT30S cannot be judged against a target with a threshold of "
            + "PT20S");
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> ServiceTarget.of(1, TWENTY_SECONDS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target service level must be in (0, 1): 1.0");
    assertThatThrownBy(() -> ServiceTarget.of(0, TWENTY_SECONDS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target service level must be in (0, 1): 0.0");
    assertThatThrownBy(() -> ServiceTarget.of(80, TWENTY_SECONDS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target service level must be in (0, 1): 80.0");
    assertThatThrownBy(() -> ServiceTarget.of(0.8, Duration.ofSeconds(-20)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("service level threshold must be >= 0: PT-20S");
    ServiceTarget target = ServiceTarget.of(0.8, TWENTY_SECONDS);
    assertThatThrownBy(() -> target.withMaxOccupancy(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum occupancy must be in (0, 1]: 0.0");
    assertThatThrownBy(() -> target.withMaxOccupancy(1.2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum occupancy must be in (0, 1]: 1.2");
    assertThatThrownBy(() -> target.withMaxAverageSpeedOfAnswer(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maximum average speed of answer must be > 0: PT0S");
    assertThatThrownBy(() -> target.withMaxAbandonment(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum abandonment must be in (0, 1): 0.0");
  }
}
