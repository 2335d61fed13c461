package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.bpokit.core.model.Interaction;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** A built interaction survives writing as CSV and reading back, whatever the column order and formatting. */
class InteractionCsvRoundTripTest {

  /** How one file is laid out: column order, line ends, instant rendering. */
  record Layout(List<Column> columns, LineDelimiter lineDelimiter, Function<Instant, String> instants,
      String description) {
    @Override
    public String toString() {
      return description;
    }
  }

  private static Gen<Layout> layouts() {
    Gen<Long> seeds = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
    Gen<Integer> offsetMinutes = Generate.range(-18 * 60, 18 * 60);
    return in -> {
      List<Column> columns = new ArrayList<>(Column.all());
      long seed = seeds.generate(in);
      boolean shuffled = Generate.booleans().generate(in);
      if (shuffled) {
        Collections.shuffle(columns, new Random(seed));
      }
      LineDelimiter delimiter = Generate.booleans().generate(in) ? LineDelimiter.CRLF : LineDelimiter.LF;
      boolean utc = Generate.booleans().generate(in);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes.generate(in) * 60);
      return new Layout(columns, delimiter, utc ? InteractionCsvWriter.UTC : InteractionCsvWriter.atOffset(offset),
          (shuffled ? "columns shuffled by seed " + seed : "columns in SPEC order") + ", " + delimiter + ", "
              + (utc ? "UTC" : "offset " + offset));
    };
  }

  /** Lists of 1 to 5 interactions with distinct ids. */
  private static Gen<List<Interaction>> files() {
    return SourceDSL.lists().of(InteractionGenerators.interactions()).ofSizeBetween(1, 5).map(list -> {
      List<Interaction> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Interaction interaction = list.get(i);
        unique.add(Interaction.builder().from(interaction).interactionId(i + ":" + interaction.interactionId())
            .build());
      }
      return unique;
    });
  }

  @Test
  void builtInteractionsRoundTripThroughTheCsvWriterAndReader() {
    qt().withFixedSeed(20261001L).withExamples(400).forAll(files(), layouts()).checkAssert((interactions, layout) -> {
      String csv = InteractionCsvWriter.toCsv(interactions, layout.columns(), layout.lineDelimiter(),
          layout.instants());
      List<Interaction> read = new ArrayList<>();
      List<RejectedRow> rejected = new ArrayList<>();
      ReadSummary summary = read(csv, read, rejected);
      assertThat(rejected).isEmpty();
      assertThat(read).isEqualTo(interactions);
      assertThat(summary.rows()).isEqualTo(interactions.size());
      assertThat(summary.accepted()).isEqualTo(interactions.size());
    });
  }

  @Test
  void lenientReadersAcceptWhatStrictReadersAccept() {
    qt().withFixedSeed(7L).withExamples(100).forAll(files()).checkAssert(interactions -> {
      String csv = InteractionCsvWriter.toCsv(interactions);
      List<Interaction> read = new ArrayList<>();
      try {
        InteractionCsvReader.lenient().read(new StringReader(csv), read::add, row -> {
          throw new AssertionError(row.describe());
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read).isEqualTo(interactions);
    });
  }

  private static ReadSummary read(String csv, List<Interaction> accepted, List<RejectedRow> rejected) {
    try {
      return InteractionCsvReader.strict().read(new StringReader(csv), accepted::add, rejected::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
