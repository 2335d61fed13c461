package io.github.bpokit.cli;

import static io.github.bpokit.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.cli.MainTest.Run;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StaffingCommandTest {
  @Test
  void theWorkedExample() {
    // callcentrehelper.com's Erlang C worked example: 100 calls per 30 minutes, AHT 180 s, 80% in 20 s -> 14 agents,
    // P(wait) 0.1741, service level 0.8884, ASA 7.84 s, occupancy 0.7143; with 30% shrinkage, 20 scheduled
    Run run = run("staffing", "--arrivals", "100", "--interval", "30m", "--aht", "180s", "--service-level", "0.8",
        "--threshold", "20s", "--shrinkage", "0.3");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "model              Erlang C",
        "traffic            10.0000 erlangs",
        "agents             14 (minimum)",
        "P(wait)            0.1741",
        "service level      0.8884 within 20s",
        "ASA                7.84 s",
        "occupancy          0.7143",
        "scheduled agents   20 (shrinkage 0.3)");
  }

  @Test
  void givenAgentsAndPatience() {
    Run run = run("staffing", "--arrivals", "100", "--aht", "PT3M", "--agents", "10");
    assertThat(run.out()).contains("agents             10\n".replace("\n", System.lineSeparator()),
        "ASA                unbounded (more work than agents)");
    Run erlangA = run("staffing", "--arrivals", "100", "--aht", "3m", "--patience", "2m");
    assertThat(erlangA.out()).contains("model              Erlang A (patience 2m)", "P(abandon)");
  }

  @Test
  void badValuesAreUsageErrorsNamingThem() {
    Run run = run("staffing", "--arrivals", "100", "--aht", "3x");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("--aht '3x': expected a duration such as 180s, 30m, 1h30m, 7d or ISO-8601 PT3M");
    assertThat(run("staffing", "--arrivals", "-5", "--aht", "180s").err()).contains("-5");
    assertThat(run("staffing", "--arrivals", "100", "--aht", "180s", "--shrinkage", "1.5").err()).contains("1.5");
    assertThat(run("staffing", "--aht", "180s").err()).contains("Missing required option: '--arrivals=N'");
  }

  @Test
  void durations() {
    assertThat(Durations.option("--aht", "180s")).isEqualTo(Duration.ofSeconds(180));
    assertThat(Durations.option("--aht", "30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.option("--aht", " 1H ")).isEqualTo(Duration.ofHours(1));
    assertThat(Durations.option("--aht", "2d")).isEqualTo(Duration.ofDays(2));
    assertThat(Durations.option("--aht", "1d12h")).isEqualTo(Duration.ofHours(36));
    assertThat(Durations.option("--aht", "pt1m30s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("30s1m")).isEmpty(); // units out of order
    assertThat(Durations.parse("1w")).isEmpty();
    assertThat(Durations.parse("")).isEmpty();
    assertThatThrownBy(() -> Durations.option("--aht", "s")).hasMessageStartingWith("--aht 's': expected");
  }
}
