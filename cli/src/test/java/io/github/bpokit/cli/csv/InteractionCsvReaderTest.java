package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.BrokenRows.FIRST_ID;
import static io.github.bpokit.cli.csv.CsvText.header;
import static io.github.bpokit.cli.csv.CsvText.lines;
import static io.github.bpokit.cli.csv.CsvText.row;
import static io.github.bpokit.cli.csv.CsvText.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.cli.csv.BrokenRows.BrokenRow;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Problem;
import io.github.bpokit.core.model.Tier;
import io.github.bpokit.testing.InteractionCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InteractionCsvReaderTest {

  /** Everything one read produced; the count identity is checked on construction. */
  record Result(ReadSummary summary, List<Interaction> accepted, List<RejectedRow> rejected) {
    Result {
      assertThat(summary.accepted() + summary.rejected()).isEqualTo(summary.rows());
      assertThat(accepted).hasSize((int) summary.accepted());
      assertThat(rejected).hasSize((int) summary.rejected());
    }
  }

  static Result lenient(String csv) {
    return read(InteractionCsvReader.lenient(), new StringReader(csv));
  }

  static Result strict(String csv) {
    return read(InteractionCsvReader.strict(), new StringReader(csv));
  }

  static Result read(InteractionCsvReader reader, Reader in) {
    List<Interaction> accepted = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    try {
      return new Result(reader.read(in, accepted::add, rejected::add), accepted, rejected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CsvValidationException strictFailure(String csv, List<Interaction> accepted, List<RejectedRow> rejected) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> InteractionCsvReader.strict().read(new StringReader(csv), accepted::add, rejected::add));
    assertThat(thrown).isInstanceOf(CsvValidationException.class);
    return (CsvValidationException) thrown;
  }

  static Stream<BrokenRow> brokenRows() {
    return BrokenRows.all().stream();
  }

  @Test
  void readsAValidRowIntoEveryField() {
    Result result = strict(lines(header(), valid("i-1")));
    assertThat(result.accepted()).containsExactly(Interaction.builder()
        .interactionId("i-1").ticketId("t-1").customerId("c-1").channel(Channel.VOICE).category("billing")
        .language("en").priority(Priority.HIGH).vendor("northwind-bpo").agentId("nw-0142").tier(Tier.L1)
        .createdAt(Instant.parse("2026-10-01T09:00:00Z")).answeredAt(Instant.parse("2026-10-01T09:00:30Z"))
        .endedAt(Instant.parse("2026-10-01T09:10:00Z"))
        .waitSeconds(30).talkSeconds(500).holdSeconds(20).wrapSeconds(50)
        .outcome(Outcome.RESOLVED).handledBy(HandledBy.HUMAN)
        .csat(4).nps(9).ces(2).qaPartner(88.5).qaClient(85).reopened(0)
        .build());
    assertThat(result.summary().rows()).isEqualTo(1);
    assertThat(result.summary().accepted(Channel.VOICE)).isEqualTo(1);
    assertThat(result.summary().accepted(Channel.CHAT)).isZero();
    assertThat(result.summary().header()).hasSize(25).first().isEqualTo("interaction_id");
  }

  @Test
  void emptyAndBlankCellsAreAbsentAndValuesAreStripped() {
    Map<Column, String> changes = new java.util.EnumMap<>(Column.class);
    for (Column column : Column.all()) {
      if (!column.isRequired()) {
        changes.put(column, column.ordinal() % 2 == 0 ? "" : "  ");
      }
    }
    changes.put(Column.CHANNEL, "  chat ");
    changes.put(Column.CATEGORY, " order_status\t");
    changes.put(Column.OUTCOME, "Resolved");
    Interaction read = strict(lines(header(), row("i-1", changes))).accepted().get(0);
    assertThat(read.channel()).isEqualTo(Channel.CHAT);
    assertThat(read.category()).isEqualTo("order_status");
    assertThat(read.outcome()).isEqualTo(Outcome.RESOLVED);
    assertThat(read.ticketId()).isEmpty();
    assertThat(read.language()).isEmpty();
    assertThat(read.answeredAt()).isEmpty();
    assertThat(read.priority()).isEqualTo(Priority.NORMAL);
    assertThat(read.tier()).isEqualTo(Tier.L1);
    assertThat(read.handledBy()).isEqualTo(HandledBy.HUMAN);
    assertThat(read.waitSeconds()).isZero();
    assertThat(read.csat()).isEqualTo(OptionalInt.empty());
    assertThat(read.qaPartner()).isEqualTo(OptionalDouble.empty());
    assertThat(read.reopened()).isZero();
  }

  @Test
  void enumNamesIgnoreCase() {
    Result result = strict(lines(header(),
        row("a", Map.of(Column.CHANNEL, "whatsapp", Column.HANDLED_BY, "bot_to_human", Column.TIER, "l2")),
        row("b", Map.of(Column.CHANNEL, "In_App", Column.PRIORITY, "Urgent", Column.OUTCOME, "escalated"))));
    assertThat(result.accepted()).extracting(Interaction::channel).containsExactly(Channel.WHATSAPP, Channel.IN_APP);
    assertThat(result.accepted().get(0).handledBy()).isEqualTo(HandledBy.BOT_TO_HUMAN);
    assertThat(result.accepted().get(0).tier()).isEqualTo(Tier.L2);
    assertThat(result.accepted().get(1).priority()).isEqualTo(Priority.URGENT);
    assertThat(result.accepted().get(1).outcome()).isEqualTo(Outcome.ESCALATED);
  }

  @Test
  void instantsWithAnOffsetOrFractionsAreTheSameInstants() {
    Result result = strict(lines(header(),
        row("a", Map.of(Column.CREATED_AT, "2026-10-01T11:00:00+02:00", Column.ANSWERED_AT,
            "2026-10-01T09:00:30.250Z", Column.ENDED_AT, "2026-10-01T04:10-05:00"))));
    Interaction read = result.accepted().get(0);
    assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
    assertThat(read.answeredAt()).contains(Instant.parse("2026-10-01T09:00:30.250Z"));
    assertThat(read.endedAt()).contains(Instant.parse("2026-10-01T09:10:00Z"));
  }

  @Nested
  class OneBrokenRowOfEachKind {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.bpokit.cli.csv.InteractionCsvReaderTest#brokenRows")
    void strictStopsAtTheBrokenRowWithEveryReason(BrokenRow broken) {
      String csv = lines(header(), valid(FIRST_ID), broken.csv("bad"), valid("after"));
      List<Interaction> accepted = new ArrayList<>();
      List<RejectedRow> rejected = new ArrayList<>();
      CsvValidationException e = strictFailure(csv, accepted, rejected);
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.problems()).containsExactlyElementsOf(broken.expected());
      assertThat(e.getMessage()).startsWith("line 3: ");
      assertThat(accepted).extracting(Interaction::interactionId).containsExactly(FIRST_ID);
      assertThat(rejected).singleElement().satisfies(row -> {
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.problems()).isEqualTo(broken.expected());
      });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.bpokit.cli.csv.InteractionCsvReaderTest#brokenRows")
    void lenientSetsTheBrokenRowAsideAndGoesOn(BrokenRow broken) {
      Result result = lenient(lines(header(), valid(FIRST_ID), broken.csv("bad"), valid("after")));
      assertThat(result.summary().rows()).isEqualTo(3);
      assertThat(result.accepted()).extracting(Interaction::interactionId).containsExactly(FIRST_ID, "after");
      assertThat(result.rejected()).singleElement().satisfies(row -> {
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.problems()).isEqualTo(broken.expected());
        assertThat(row.cells()).isEqualTo(cells(broken.csv("bad")));
        assertThat(row.header()).isEqualTo(result.summary().header());
      });
    }

    @Test
    void aFileWithOneBrokenRowOfEachKind() {
      List<BrokenRow> broken = BrokenRows.all();
      List<String> lines = new ArrayList<>(List.of(header(), valid(FIRST_ID)));
      List<Long> badLines = new ArrayList<>();
      for (int i = 0; i < broken.size(); i++) {
        lines.add(broken.get(i).csv("bad-" + i));
        badLines.add((long) lines.size());
        lines.add(valid("good-" + i));
      }
      String csv = lines(lines);

      Result result = lenient(csv);
      assertThat(result.summary().rows()).isEqualTo(1 + 2L * broken.size());
      assertThat(result.summary().accepted()).isEqualTo(1 + broken.size());
      assertThat(result.summary().rejected()).isEqualTo(broken.size());
      assertThat(result.summary().accepted(Channel.VOICE)).isEqualTo(1 + broken.size());
      assertThat(result.rejected()).extracting(RejectedRow::line).containsExactlyElementsOf(badLines);
      for (int i = 0; i < broken.size(); i++) {
        assertThat(result.rejected().get(i).problems()).as(broken.get(i).name())
            .isEqualTo(broken.get(i).expected());
      }

      List<Interaction> accepted = new ArrayList<>();
      List<RejectedRow> rejected = new ArrayList<>();
      CsvValidationException e = strictFailure(csv, accepted, rejected);
      assertThat(e.line()).isEqualTo(badLines.get(0));
      assertThat(e.problems()).isEqualTo(broken.get(0).expected());
      assertThat(accepted).hasSize(1);
      assertThat(rejected).hasSize(1);
    }
  }

  @Test
  void describesRejectedRowsAsTheCommandPrintsThem() {
    RejectedRow row = lenient(lines(header(), row("x", Map.of(Column.CUSTOMER_ID, "", Column.CSAT, "9")),
        row("y", Map.of(), cells -> cells.subList(0, 3)))).rejected().get(0);
    assertThat(row.reasons()).containsExactly("customer_id: missing required field", "csat '9': must be between 1 and 5");
    assertThat(row.describe()).isEqualTo("line 2: customer_id: missing required field; csat '9': must be between 1 and 5");
    assertThat(RejectedRow.reason(Problem.of("", "", "has 3 cells but the header has 25")))
        .isEqualTo("has 3 cells but the header has 25");
  }

  @Test
  void aRejectedRowReservesNoIdButAnAcceptedOneDoes() {
    Result result = lenient(lines(header(),
        row("x", Map.of(Column.CSAT, "9")),
        valid("x"),
        valid("x"),
        row("x", Map.of(Column.CSAT, "0"))));
    assertThat(result.accepted()).extracting(Interaction::interactionId).containsExactly("x");
    assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(2L, 4L, 5L);
    assertThat(result.rejected().get(1).problems())
        .containsExactly(Problem.of("interaction_id", "x", "duplicate of line 3"));
    assertThat(result.rejected().get(2).problems()).containsExactly(
        Problem.of("interaction_id", "x", "duplicate of line 3"),
        Problem.of("csat", "0", "must be between 1 and 5"));
  }

  @Test
  void idsAreComparedAfterStripping() {
    Result result = lenient(lines(header(), valid("x"), valid(" x ")));
    assertThat(result.rejected()).singleElement()
        .satisfies(row -> assertThat(row.problems()).containsExactly(
            Problem.of("interaction_id", "x", "duplicate of line 2")));
  }

  @Nested
  class Header {

    @Test
    void columnsMayComeInAnyOrder() {
      List<Interaction> expected = strict(lines(header(), valid("a"), row("b", Map.of(Column.CHANNEL, "EMAIL"))))
          .accepted();
      List<Column> shuffled = new ArrayList<>(Column.all());
      Collections.shuffle(shuffled, new Random(42));
      String csv = InteractionCsv.writer().columns(shuffled.stream().map(Column::header).toList()).write(expected);
      assertThat(csv).doesNotStartWith("interaction_id");
      assertThat(strict(csv).accepted()).isEqualTo(expected);
    }

    @Test
    void unknownColumnsAreIgnoredAndOptionalColumnsMayBeLeftOut() {
      String csv = lines(
          "notes,outcome, created_at ,category,channel,customer_id,interaction_id,Extra,notes,",
          "\"call back, maybe\",RESOLVED,2026-10-01T09:00:00Z,billing,CHAT,c-1,i-1,x,y,z");
      Interaction read = strict(csv).accepted().get(0);
      assertThat(read).isEqualTo(Interaction.builder().interactionId("i-1").customerId("c-1")
          .channel(Channel.CHAT).category("billing").createdAt(Instant.parse("2026-10-01T09:00:00Z"))
          .outcome(Outcome.RESOLVED).build());
    }

    @Test
    void aMissingRequiredColumnIsNamedWithEveryOtherMissingOne() {
      String csv = lines("interaction_id,channel,Category,created_at,csat", "i-1,CHAT,billing,2026-10-01T09:00:00Z,5");
      for (InteractionCsvReader reader : List.of(InteractionCsvReader.strict(), InteractionCsvReader.lenient())) {
        assertThatThrownBy(() -> reader.read(new StringReader(csv), i -> { }, r -> { }))
            .isInstanceOfSatisfying(CsvValidationException.class, e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.problems()).containsExactly(
                  Problem.of("customer_id", "", "missing required column"),
                  Problem.of("category", "", "missing required column (found 'Category': header names are "
                      + "case-sensitive)"),
                  Problem.of("outcome", "", "missing required column"));
              assertThat(e.getMessage()).isEqualTo("line 1: customer_id: missing required column; category: "
                  + "missing required column (found 'Category': header names are case-sensitive); outcome: "
                  + "missing required column");
            });
      }
    }

    @Test
    void aColumnNamedTwiceIsAnError() {
      String csv = lines(header() + ",csat", valid("i-1") + ",5");
      assertThatThrownBy(() -> lenient(csv)).isInstanceOfSatisfying(CsvValidationException.class, e -> {
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problems()).containsExactly(
            Problem.of("csat", "", "duplicate column: columns 20 and 26 both have this name"));
      });
    }

    @Test
    void anEmptyInputHasNoHeader() {
      for (String csv : List.of("", "\n\n")) {
        assertThatThrownBy(() -> lenient(csv)).isInstanceOfSatisfying(CsvValidationException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.getMessage()).startsWith("line 1: the file is empty: expected a header line");
        });
      }
    }

    @Test
    void aHeaderWithoutRowsIsAValidEmptyFile() {
      Result result = strict(lines(header()));
      assertThat(result.summary().rows()).isZero();
      assertThat(result.summary().acceptedByChannel()).hasSize(6).containsValue(0L).doesNotContainValue(1L);
    }

    @Test
    void aByteOrderMarkIsSkippedFromAReader() {
      Result result = strict("\uFEFF" + lines(header(), valid("i-1")));
      assertThat(result.accepted()).hasSize(1);
      assertThat(result.summary().header().get(0)).isEqualTo("interaction_id");
    }

    @Test
    void aByteOrderMarkIsSkippedFromAFile(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("bom.csv");
      byte[] text = lines(header(), valid("i-1")).getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[text.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(text, 0, bytes, 3, text.length);
      Files.write(file, bytes);
      List<Interaction> accepted = new ArrayList<>();
      ReadSummary summary = InteractionCsvReader.strict().read(file, accepted::add, r -> { });
      assertThat(summary.accepted()).isEqualTo(1);
      assertThat(accepted.get(0).interactionId()).isEqualTo("i-1");
    }
  }

  @Nested
  class Lines {

    @Test
    void crlfLineEndsAreReadLikeLf() {
      String lf = lines(header(), valid("a"), "", row("b", Map.of(Column.CSAT, "9")), valid("c"));
      Result withLf = lenient(lf);
      Result withCrlf = lenient(lf.replace("\n", "\r\n"));
      assertThat(withCrlf.accepted()).isEqualTo(withLf.accepted()).hasSize(2);
      assertThat(withCrlf.accepted().get(1).ticketId()).contains("t-1");
      assertThat(withCrlf.rejected()).extracting(RejectedRow::line).containsExactly(4L);
      assertThat(withLf.rejected()).extracting(RejectedRow::line).containsExactly(4L);
    }

    @Test
    void quotedMultiLineFieldsKeepLineNumbersRight() {
      String csv = lines(
          header() + ",notes",
          valid("a") + ",\"first line\nsecond line, with a comma\nthird \"\"quoted\"\" line\"",
          row("b", Map.of(Column.CSAT, "9")) + ",short",
          valid("c") + ",\"two\nlines\"",
          "",
          row("d", Map.of(Column.NPS, "11")) + ",");
      Result result = lenient(csv);
      assertThat(result.accepted()).extracting(Interaction::interactionId).containsExactly("a", "c");
      assertThat(result.rejected()).extracting(RejectedRow::line).containsExactly(5L, 9L);
      assertThat(lenient(csv.replace("\n", "\r\n")).rejected()).extracting(RejectedRow::line)
          .containsExactly(5L, 9L);
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
      String category = "billing, \"disputed\"\nsecond line";
      Interaction read = strict(lines(header(), row("a", Map.of(Column.CATEGORY, category)))).accepted().get(0);
      assertThat(read.category()).isEqualTo(category);
    }

    @Test
    void malformedUtf8InAFileIsInvalidInput(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("latin1.csv");
      Files.write(file, lines(header(), row("a", Map.of(Column.CATEGORY, "facturación")))
          .getBytes(StandardCharsets.ISO_8859_1));
      assertThatThrownBy(() -> InteractionCsvReader.lenient().read(file, i -> { }, r -> { }))
          .isInstanceOfSatisfying(CsvValidationException.class,
              e -> assertThat(e.getMessage()).contains("not valid UTF-8"));
    }
  }

  @Test
  void readsAStreamOfManyRowsWithoutHoldingIt() {
    int rows = 100_000;
    Reader generated = new Reader() {
      private final StringBuilder buffer = new StringBuilder(header()).append('\n');
      private int next;
      private int position;

      @Override
      public int read(char[] target, int offset, int length) {
        if (position == buffer.length()) {
          if (next == rows) {
            return -1;
          }
          buffer.setLength(0);
          position = 0;
          buffer.append(next % 1000 == 999 ? row("r" + next, Map.of(Column.CSAT, "6")) : valid("r" + next))
              .append('\n');
          next++;
        }
        int count = Math.min(length, buffer.length() - position);
        buffer.getChars(position, position + count, target, offset);
        position += count;
        return count;
      }

      @Override
      public void close() { }
    };
    long[] accepted = {0};
    List<RejectedRow> rejected = new ArrayList<>();
    ReadSummary summary;
    try {
      summary = InteractionCsvReader.lenient().read(generated, i -> accepted[0]++, rejected::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(summary.rows()).isEqualTo(rows);
    assertThat(summary.rejected()).isEqualTo(rows / 1000);
    assertThat(accepted[0]).isEqualTo(summary.accepted());
    assertThat(rejected.get(0).line()).isEqualTo(1001);
  }

  @Test
  void readersAreSharedAndSayTheirMode() {
    assertThat(InteractionCsvReader.strict()).isSameAs(InteractionCsvReader.strict());
    assertThat(InteractionCsvReader.strict().isStrict()).isTrue();
    assertThat(InteractionCsvReader.lenient().isStrict()).isFalse();
    assertThat(Optional.of(Column.CREATED_AT).map(Column::header)).contains("created_at");
  }

  private static List<String> cells(String line) {
    try {
      return de.siegmar.fastcsv.reader.CsvReader.builder().ofSingleCsvRecord(line).getFields();
    } catch (RuntimeException e) {
      throw new AssertionError(e);
    }
  }
}
