package io.github.bpokit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InteractionCsvAndRandomSourceTest {
  private static final Interaction CALL = Interaction.builder().interactionId("i-1").customerId("c, \"9\"")
      .channel(Channel.VOICE).category("billing\nsplit").createdAt(Instant.parse("2026-10-01T09:30:00Z"))
      .answeredAt(Instant.parse("2026-10-01T09:30:18.5Z")).waitSeconds(18).talkSeconds(280)
      .outcome(Outcome.RESOLVED).csat(5).qaPartner(1e-5).build();

  @Test
  void writesTheSpecColumnsWithRfc4180Quoting() {
    assertThat(InteractionCsv.writer().header()).isEqualTo(String.join(",", InteractionCsv.COLUMNS));
    assertThat(InteractionCsv.writer().row(CALL)).isEqualTo(
        "i-1,,\"c, \"\"9\"\"\",VOICE,\"billing\nsplit\",,NORMAL,,,L1,2026-10-01T09:30:00Z,2026-10-01T09:30:18.500Z,,"
            + "18,280,0,0,RESOLVED,HUMAN,5,,,0.000010,,0");
    String csv = InteractionCsv.writer().columns(List.of("created_at", "interaction_id")).lineSeparator("\r\n")
        .instants(InteractionCsv.atOffset(ZoneOffset.ofHours(2))).write(List.of(CALL, CALL));
    assertThat(csv).isEqualTo("created_at,interaction_id\r\n2026-10-01T11:30:00+02:00,i-1\r\n"
        + "2026-10-01T11:30:00+02:00,i-1\r\n");
    Map<String, String> cells = InteractionCsv.cells(CALL);
    assertThat(cells.keySet()).containsExactlyElementsOf(InteractionCsv.COLUMNS);
    assertThat(InteractionCsv.writer().row(Map.of("interaction_id", "x"))).isEqualTo("x" + ",".repeat(24));
    assertThat(InteractionCsv.quote("plain")).isEqualTo("plain");
    assertThat(InteractionCsv.quote("a\rb")).isEqualTo("\"a\rb\"");
  }

  @Test
  void rejectsBadWriterConfiguration() {
    assertThatThrownBy(() -> InteractionCsv.writer().columns(List.of("channel", "fax")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown column 'fax', expected one of [");
    assertThatThrownBy(() -> InteractionCsv.writer().columns(List.of("channel", "channel")))
        .hasMessage("column 'channel' is given twice");
    assertThatThrownBy(() -> InteractionCsv.writer().columns(List.of()))
        .hasMessage("columns must name at least one column");
    assertThatThrownBy(() -> InteractionCsv.writer().lineSeparator("\n\n"))
        .hasMessage("line separator must be LF, CRLF or CR, got '\\n\\n'");
  }

  @Test
  void seededSourcesAreReproducibleAndStayInRange() {
    RandomSource a = RandomSource.seeded(5);
    RandomSource b = RandomSource.of(new SplittableRandom(5));
    for (int i = 0; i < 10_000; i++) {
      long min = -i * 7L;
      long max = i * 13L;
      long value = a.between(min, max);
      assertThat(b.between(min, max)).isEqualTo(value);
      assertThat(value).isBetween(min, max);
    }
    RandomSource wide = RandomSource.seeded(1);
    boolean negative = false;
    for (int i = 0; i < 100; i++) {
      long value = wide.between(Long.MIN_VALUE, Long.MAX_VALUE);
      negative |= value < 0;
      assertThat(wide.between(-5, Long.MAX_VALUE)).isGreaterThanOrEqualTo(-5);
    }
    assertThat(negative).isTrue();
    assertThat(wide.between(3, 3)).isEqualTo(3);
    assertThatThrownBy(() -> wide.between(4, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("empty range [4, 3]");
  }

  @Test
  void weightedChoicesFollowTheirWeights() {
    RandomSource source = RandomSource.seeded(2);
    int[] counts = new int[3];
    for (int i = 0; i < 10_000; i++) {
      counts[source.weighted(1, 0, 3)]++;
    }
    assertThat(counts[1]).isZero();
    assertThat(counts[0]).isBetween(2_200, 2_800); // a quarter of 10 000
    RandomSource minimum = (min, max) -> min;
    assertThat(minimum.weighted(0, 0, 5)).isEqualTo(2);
    assertThat(minimum.chance(100)).isTrue();
    assertThat(minimum.chance(99)).isFalse();
    assertThat(minimum.pick(List.of("first", "second"))).isEqualTo("first");
  }
}
