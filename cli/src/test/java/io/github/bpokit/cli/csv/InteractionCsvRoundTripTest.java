package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.testing.Generator;
import io.github.bpokit.testing.Generators;
import io.github.bpokit.testing.InteractionCsv;
import io.github.bpokit.testing.InteractionRule;
import io.github.bpokit.testing.InvalidInteraction;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * A built interaction survives writing as CSV and reading back, whatever the column order and formatting; an
 * interaction field set that breaks one rule of SPEC §1.1 is rejected with exactly that problem. The interactions
 * come from bpokit-testing's generators, driven by QuickTheories so that failures shrink.
 */
class InteractionCsvRoundTripTest {

  /** How one file is laid out: column order, line ends, instant rendering. */
  record Layout(InteractionCsv writer, String description) {
    @Override
    public String toString() {
      return description;
    }
  }

  /** QuickTheories drives a bpokit-testing generator: every draw shrinks towards the minimum of its range. */
  static <T> Gen<T> gen(Generator<T> generator) {
    return in -> generator.next((min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min)));
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
      String delimiter = Generate.booleans().generate(in) ? "\r\n" : "\n";
      boolean utc = Generate.booleans().generate(in);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes.generate(in) * 60);
      InteractionCsv writer = InteractionCsv.writer().columns(columns.stream().map(Column::header).toList())
          .lineSeparator(delimiter);
      return new Layout(utc ? writer : writer.instants(InteractionCsv.atOffset(offset)),
          (shuffled ? "columns shuffled by seed " + seed : "columns in SPEC order") + ", "
              + (delimiter.length() == 2 ? "CRLF" : "LF") + ", " + (utc ? "UTC" : "offset " + offset));
    };
  }

  /** Lists of 1 to 5 interactions over the whole valid domain, with CSV-hostile text and distinct ids. */
  private static Gen<List<Interaction>> files() {
    return gen(Generators.interactions().edgeCases().logs(1, 5));
  }

  @Test
  void builtInteractionsRoundTripThroughTheCsvWriterAndReader() {
    qt().withFixedSeed(20261001L).withExamples(400).forAll(files(), layouts()).checkAssert((interactions, layout) -> {
      String csv = layout.writer().write(interactions);
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
  void realisticMonthsRoundTripToo() {
    qt().withFixedSeed(11L).withExamples(50).forAll(gen(Generators.interactions().logs(0, 200)))
        .checkAssert(interactions -> {
          List<Interaction> read = new ArrayList<>();
          read(InteractionCsv.writer().write(interactions), read, new ArrayList<>());
          assertThat(read).isEqualTo(interactions);
        });
  }

  @Test
  void lenientReadersAcceptWhatStrictReadersAccept() {
    qt().withFixedSeed(7L).withExamples(100).forAll(files()).checkAssert(interactions -> {
      String csv = InteractionCsv.writer().write(interactions);
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

  @Test
  void aRowBreakingOneRuleIsRejectedWithExactlyThatProblem() {
    // every rule but BLANK_TEXT, which has no CSV form: a reader takes a blank cell as absent
    InteractionRule[] rules = EnumSet.complementOf(EnumSet.of(InteractionRule.BLANK_TEXT))
        .toArray(new InteractionRule[0]);
    Generator<InvalidInteraction> invalid = Generators.invalidInteractions().rules(rules)
        .from(Generators.interactions().hostileText());
    qt().withFixedSeed(5L).withExamples(500).forAll(gen(invalid)).checkAssert(bad -> {
      Map<String, String> cells = bad.csvCells().orElseThrow();
      String csv = InteractionCsv.writer().header() + "\n" + InteractionCsv.writer().row(cells) + "\n";
      List<RejectedRow> rejected = new ArrayList<>();
      try {
        InteractionCsvReader.lenient().read(new StringReader(csv), row -> {
          throw new AssertionError("accepted " + row);
        }, rejected::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(rejected).singleElement().satisfies(row -> {
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.problems()).containsExactly(bad.problem());
      });
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
