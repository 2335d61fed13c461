package io.github.bpokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InteractionCsvGeneratorTest {
  private static final int ROWS = 10_000;
  private static String csv;
  private static final List<Interaction> interactions = new ArrayList<>();

  @BeforeAll
  static void generate() throws IOException {
    csv = generate(42, ROWS);
    ReadSummary summary = InteractionCsvReader.strict().read(new StringReader(csv), interactions::add,
        rejected -> { });
    assertThat(summary.rejected()).isZero();
  }

  private static String generate(long seed, long rows) throws IOException {
    StringWriter out = new StringWriter();
    assertThat(new InteractionCsvGenerator(seed, InteractionCsvGenerator.DEFAULT_START, 30).write(rows, out))
        .isEqualTo(rows);
    return out.toString();
  }

  @Test
  void everyRowIsAcceptedByTheStrictReader() {
    assertThat(interactions).hasSize(ROWS);
    assertThat(csv).startsWith(InteractionCsvGenerator.HEADER + "\n");
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherRows() throws IOException {
    assertThat(generate(42, ROWS)).isEqualTo(csv);
    assertThat(generate(43, ROWS)).isNotEqualTo(csv);
    assertThat(generate(42, 0)).isEqualTo(InteractionCsvGenerator.HEADER + "\n");
  }

  @Test
  void rowsComeInCreatedOrderWithinThePeriod() {
    Instant start = InteractionCsvGenerator.DEFAULT_START;
    Instant previous = start;
    for (Interaction interaction : interactions) {
      assertThat(interaction.createdAt()).isAfterOrEqualTo(previous).isBefore(start.plus(Duration.ofDays(30)));
      previous = interaction.createdAt();
    }
  }

  @Test
  void theMixIsRealistic() {
    Map<Channel, Integer> channels = new HashMap<>();
    Map<String, Instant> lastContact = new HashMap<>();
    int repeats = 0;
    int surveys = 0;
    int abandoned = 0;
    int qa = 0;
    int botContained = 0;
    int botSessions = 0;
    for (Interaction i : interactions) {
      channels.merge(i.channel(), 1, Integer::sum);
      Instant last = lastContact.put(i.customerId(), i.createdAt());
      repeats += last != null && !last.plus(Duration.ofDays(7)).isBefore(i.createdAt()) ? 1 : 0;
      surveys += i.csat().isPresent() ? 1 : 0;
      abandoned += i.outcome() == Outcome.ABANDONED ? 1 : 0;
      qa += i.qaPartner().isPresent() ? 1 : 0;
      botSessions += i.handledBy() != HandledBy.HUMAN ? 1 : 0;
      botContained += i.outcome() == Outcome.BOT_CONTAINED ? 1 : 0;
    }
    assertThat(share(channels.get(Channel.VOICE))).isBetween(0.32, 0.38);
    assertThat(share(channels.get(Channel.CHAT))).isBetween(0.22, 0.28);
    assertThat(share(channels.get(Channel.EMAIL))).isBetween(0.17, 0.23);
    assertThat(channels).hasSize(Channel.values().length);
    assertThat(share(repeats)).isBetween(0.18, 0.32);
    assertThat(share(surveys)).isBetween(0.12, 0.18);
    assertThat(share(abandoned)).isBetween(0.03, 0.05);
    assertThat(share(qa)).isBetween(0.015, 0.04);
    assertThat((double) botContained / botSessions).isBetween(0.45, 0.65);
  }

  private static double share(int count) {
    return (double) count / ROWS;
  }
}
