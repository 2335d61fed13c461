package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.BrokenRows.FIRST_ID;
import static io.github.bpokit.cli.csv.CsvText.header;
import static io.github.bpokit.cli.csv.CsvText.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * The byte-level reader ({@link Utf8CsvReader}) and FastCSV over a decoding reader, the reference, give exactly the
 * same results: the same accepted interactions, the same rejected rows (line, header, cells, problems), the same
 * summary, the same exception, on every input, in both modes, and whatever the chunk size.
 */
class Utf8CsvReaderTest {

  /** Everything one read produced. */
  record Result(ReadSummary summary, List<Interaction> accepted, List<RejectedRow> rejected, String thrown) {}

  static Result reference(InteractionCsvReader reader, byte[] csv) {
    return run(reader, (accepted, rejected) -> reader.readWithFastCsv(new ByteArrayInputStream(csv),
        accepted::add, rejected::add));
  }

  static Result inMemory(InteractionCsvReader reader, byte[] csv) {
    return run(reader, (accepted, rejected) -> reader.read(csv, accepted::add, rejected::add));
  }

  static Result streamed(InteractionCsvReader reader, byte[] csv, int chunk, int margin) {
    return run(reader, (accepted, rejected) -> new Utf8CsvReader(reader, Utf8CsvReader.Source.streamed(csv),
        accepted::add, rejected::add, chunk, margin).read());
  }

  /**
   * As {@link #streamed}, the rows read from their bytes handed on as records: each must be valid as is, and is
   * collected as the interaction it holds.
   */
  static Result streamedAsRecords(InteractionCsvReader reader, byte[] csv) {
    return run(reader, (accepted, rejected) -> new Utf8CsvReader(reader, Utf8CsvReader.Source.streamed(csv),
        new RecordConsumer() {
          @Override
          public void accept(Interaction interaction) {
            accepted.add(interaction);
          }

          @Override
          public void acceptRecord(InteractionRecord record) {
            accepted.add(built(record));
          }
        }, rejected::add, 1 << 20, Utf8CsvReader.MARGIN).read());
  }

  private static Interaction built(InteractionRecord record) {
    assertThat(record.isValid()).as("handed on as a record: %s", record).isTrue();
    return record.toInteraction();
  }

  /**
   * A read in {@code parts} parts of at least one byte ({@link PartedRead}), its rows collected to a list; handed
   * to the containers as records when {@code asRecords}.
   */
  static Result inParts(InteractionCsvReader reader, byte[] csv, int parts, boolean asRecords) {
    Collector<Interaction, List<Interaction>, List<Interaction>> toList = Collector.of(ArrayList::new, List::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        });
    BiConsumer<List<Interaction>, InteractionRecord> addRecord = (list, record) -> list.add(built(record));
    return collected(reader, rejected -> reader.collect(csv, toList, asRecords ? addRecord : null, rejected::add,
        Math.min(parts, 3), parts, 1));
  }

  interface Collect {
    Collected<List<Interaction>> collect(List<RejectedRow> rejected) throws IOException;
  }

  /**
   * Runs a read into a collector. When it throws, the rows accepted before are in containers that are not handed
   * out: the result has none (compare with {@link #withoutRowsWhenThrown}).
   */
  static Result collected(InteractionCsvReader reader, Collect collect) {
    List<RejectedRow> rejected = new ArrayList<>();
    try {
      Collected<List<Interaction>> read = collect.collect(rejected);
      return new Result(read.summary(), read.result(), rejected, "");
    } catch (CsvValidationException e) {
      return new Result(null, List.of(), rejected, thrown(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Result withoutRowsWhenThrown(Result result) {
    return result.thrown().isEmpty() ? result : new Result(null, List.of(), result.rejected(), result.thrown());
  }

  interface Read {
    ReadSummary read(List<Interaction> accepted, List<RejectedRow> rejected) throws IOException;
  }

  static Result run(InteractionCsvReader reader, Read read) {
    List<Interaction> accepted = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    try {
      return new Result(read.read(accepted, rejected), accepted, rejected, "");
    } catch (CsvValidationException e) {
      return new Result(null, accepted, rejected, thrown(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String thrown(CsvValidationException e) {
    return e.getClass().getName() + " line " + e.line() + " " + e.problems() + " " + e.getMessage();
  }

  /** Asserts that every way of reading gives the reference result, in both modes; returns the lenient one. */
  static Result assertSameAsReference(byte[] csv) {
    Result lenient = null;
    for (InteractionCsvReader reader : List.of(InteractionCsvReader.strict(), InteractionCsvReader.lenient())) {
      Result expected = reference(reader, csv);
      assertThat(inMemory(reader, csv)).as("in memory, " + mode(reader)).isEqualTo(expected);
      assertThat(streamed(reader, csv, 1 << 20, Utf8CsvReader.MARGIN)).as("streamed, " + mode(reader))
          .isEqualTo(expected);
      assertThat(streamed(reader, csv, 7, Utf8CsvReader.MARGIN)).as("7-byte chunks, " + mode(reader))
          .isEqualTo(expected);
      assertThat(streamedAsRecords(reader, csv)).as("streamed as records, " + mode(reader)).isEqualTo(expected);
      for (int parts : new int[] {2, 5}) {
        assertThat(inParts(reader, csv, parts, false)).as(parts + " parts, " + mode(reader))
            .isEqualTo(withoutRowsWhenThrown(expected));
        assertThat(inParts(reader, csv, parts, true)).as(parts + " parts as records, " + mode(reader))
            .isEqualTo(withoutRowsWhenThrown(expected));
      }
      if (!reader.isStrict()) {
        lenient = expected;
      }
    }
    return lenient;
  }

  static Result assertSameAsReference(String csv) {
    return assertSameAsReference(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static String mode(InteractionCsvReader reader) {
    return reader.isStrict() ? "strict" : "lenient";
  }

  // ---- fixed inputs ----

  @Test
  void theSampleFiles() throws IOException {
    for (String name : List.of("interactions.csv", "interactions-with-errors.csv")) {
      Path sample = Path.of("..", "samples", name);
      Result result = assertSameAsReference(Files.readAllBytes(sample));
      assertThat(result.summary().rows()).isPositive();
    }
  }

  @Test
  void oneBrokenRowOfEachKind() {
    List<String> lines = new ArrayList<>(List.of(header(), valid(FIRST_ID)));
    List<BrokenRows.BrokenRow> broken = BrokenRows.all();
    for (int i = 0; i < broken.size(); i++) {
      lines.add(broken.get(i).csv("bad-" + i));
      lines.add(valid("good-" + i));
    }
    Result result = assertSameAsReference(CsvText.lines(lines));
    assertThat(result.rejected()).hasSize(broken.size());
    for (BrokenRows.BrokenRow row : broken) {
      assertSameAsReference(CsvText.lines(header(), valid(FIRST_ID), row.csv("bad"), valid("after")));
    }
  }

  @Test
  void lineEndsEmptyLinesByteOrderMarksAndTheLastLine() {
    String lf = CsvText.lines(header(), valid("a"), "", valid("b"), "", "", valid("c"));
    for (String csv : List.of(lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r"), "\uFEFF" + lf,
        "\uFEFF" + lf.replace("\n", "\r\n"), lf.substring(0, lf.length() - 1), "\n\n" + lf, "\r\n\r\n" + lf,
        lf + "\n\n", lf + "\r\n\r", lf + valid("d"), lf + "\r" + valid("d"), lf + "\uFEFF" + valid("d") + "\n",
        header(), header() + "\r\n", "", "\n", "\uFEFF", "\uFEFF\n" + lf)) {
      assertSameAsReference(csv);
    }
  }

  @Test
  void quotedCellsAndMultiLineRecords() {
    String csv = CsvText.lines(
        header() + ",notes",
        valid("a") + ",\"first line\nsecond line, with a comma\nthird \"\"quoted\"\" line\"",
        valid("b") + ",\"cr\rinside\r\nand crlf\"",
        "\"c\"" + valid("c").substring(1) + ",\"\"",
        valid("d") + ",\"unclosed at the end");
    Result result = assertSameAsReference(csv);
    assertThat(result.accepted()).extracting(Interaction::interactionId).containsExactly("a", "b", "c", "d");
    assertSameAsReference(csv.replace("\n", "\r\n"));
    assertSameAsReference(csv.substring(0, csv.length() - 1));
  }

  @Test
  void csvThatFastCsvRefusesIsReportedAsFastCsvReportsIt() {
    for (String tail : List.of("\"ab\"c,d\n", "\"ab\" ,d\n", "x,\"y\"z\n")) {
      assertSameAsReference(CsvText.lines(header(), valid("a"), valid("b")) + tail + valid("c") + "\n");
    }
  }

  @Test
  void aRecordTooLargeForTheBufferIsLeftToFastCsv() {
    String notes = "x".repeat(9 << 20);
    String csv = CsvText.lines(header() + ",notes", valid("a") + ",", valid("b") + ",\"" + notes + "\"",
        valid("b") + ",dup", valid("c") + "," + notes);
    Result result = assertSameAsReference(csv);
    assertThat(result.accepted()).extracting(Interaction::interactionId).containsExactly("a", "b", "c");
  }

  @Test
  void malformedUtf8AnywhereInALargeFile() {
    Random random = new Random(7);
    List<String> lines = new ArrayList<>(List.of(header()));
    for (int i = 0; i < 3000; i++) {
      lines.add(i % 97 == 5 ? CsvText.row("r" + i, java.util.Map.of(Column.CSAT, "9")) : valid("r" + i));
    }
    byte[] good = CsvText.lines(lines).getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, 0x28},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
    List<Integer> positions = new ArrayList<>(List.of(0, 5, good.length / 2, good.length - 1, good.length,
        good.length - 20_000, 70_000, 200_000));
    for (int i = 0; i < 6; i++) {
      positions.add(random.nextInt(good.length));
    }
    for (int position : positions) {
      for (byte[] sequence : bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(good, 0, position);
        out.write(sequence, 0, sequence.length);
        out.write(good, position, good.length - position);
        byte[] csv = out.toByteArray();
        for (InteractionCsvReader reader : List.of(InteractionCsvReader.strict(), InteractionCsvReader.lenient())) {
          Result expected = reference(reader, csv);
          assertThat(expected.thrown()).as("at " + position).isNotEmpty();
          assertThat(inMemory(reader, csv)).as("at " + position).isEqualTo(expected);
          assertThat(streamed(reader, csv, 1000, Utf8CsvReader.MARGIN)).as("at " + position).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void aFileIsReadAsTheReferenceReadsIt(@TempDir Path dir) throws IOException {
    Random random = new Random(3);
    StringBuilder csv = new StringBuilder("\uFEFF").append(header()).append("\r\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append(String.join(",", randomCells(random, Column.all(), i))).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
    }
    Path file = dir.resolve("interactions.csv");
    Files.writeString(file, csv);
    for (InteractionCsvReader reader : List.of(InteractionCsvReader.strict(), InteractionCsvReader.lenient())) {
      Result fromFile = run(reader, (accepted, rejected) -> reader.read(file, accepted::add, rejected::add));
      Result expected = reference(reader, Files.readAllBytes(file));
      assertThat(fromFile).isEqualTo(expected);
      for (int parts : new int[] {2, 3, 8}) {
        assertThat(collected(reader,
            rejected -> reader.collect(file, Collectors.toList(), null, rejected::add, Math.min(parts, 3), parts, 1)))
            .as(parts + " parts of the file").isEqualTo(withoutRowsWhenThrown(expected));
      }
    }
  }

  @Test
  void rowsInCanonicalFormAreAcceptedFromTheirBytes() throws IOException {
    List<String> lines = new ArrayList<>(List.of(header()));
    for (int i = 0; i < 2000; i++) {
      lines.add(i % 3 == 0 ? valid("row-" + i) : CsvText.row("i" + i, java.util.Map.of(
          Column.CHANNEL, i % 2 == 0 ? "chat" : "Whatsapp", Column.ANSWERED_AT, "2026-10-01T11:00:30+02:00",
          Column.ENDED_AT, "2026-10-01T09:10:00.250Z", Column.QA_PARTNER, "", Column.LANGUAGE, "pt-BR",
          Column.TICKET_ID, "", Column.CATEGORY, "facturación")));
    }
    lines.add("\"quoted\"" + valid("quoted").substring("quoted".length()));
    lines.add(CsvText.row("broken", java.util.Map.of(Column.CSAT, "9")));
    lines.add(valid("i7"));
    byte[] csv = CsvText.lines(lines).getBytes(StandardCharsets.UTF_8);
    for (Utf8CsvReader.Source source : List.of(Utf8CsvReader.Source.of(csv), Utf8CsvReader.Source.streamed(csv))) {
      Utf8CsvReader reader = new Utf8CsvReader(InteractionCsvReader.lenient(), source, i -> { }, r -> { });
      ReadSummary summary = reader.read();
      assertThat(summary.accepted()).isEqualTo(2001);
      assertThat(reader.fullChecks()).as("the broken row and the duplicate only").isEqualTo(2);
    }
  }

  @Test
  void aPipeIsReadOnce(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    byte[] csv = (CsvText.lines(header(), valid("a")) + "\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    Thread writer = new Thread(() -> {
      try {
        Files.write(fifo, csv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    Result fromPipe = run(InteractionCsvReader.lenient(),
        (accepted, rejected) -> InteractionCsvReader.lenient().read(fifo, accepted::add, rejected::add));
    writer.join();
    assertThat(fromPipe).isEqualTo(reference(InteractionCsvReader.lenient(), csv));
    assertThat(fromPipe.thrown()).contains("not valid UTF-8");
  }

  // ---- random inputs ----

  @Test
  void randomFilesOfValidAndBrokenRows() {
    qt().withFixedSeed(20261001L).withExamples(400)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> assertSameAsReference(randomFile(new Random(seed))));
  }

  @Test
  void randomCsvStructure() {
    String alphabet = "a,\"\r\n é";
    qt().withFixedSeed(42L).withExamples(1500)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          StringBuilder csv = new StringBuilder(random.nextBoolean() ? "x,y\n" : "");
          csv.append(header()).append(random.nextBoolean() ? "\n" : "\r\n");
          int length = random.nextInt(40);
          for (int i = 0; i < length; i++) {
            csv.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (random.nextInt(8) == 0) {
              csv.append(valid("v" + i));
            }
          }
          assertSameAsReference(csv.toString());
        });
  }

  @Test
  void validUtf8IsWhatTheJdkDecodes() {
    Random random = new Random(11);
    byte[] interesting = {0x00, 0x41, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2,
        (byte) 0xDF, (byte) 0xE0, (byte) 0xA0, (byte) 0x9F, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0x90,
        (byte) 0x8F, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF};
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[random.nextInt(14)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt();
      }
      boolean jdk;
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        jdk = true;
      } catch (CharacterCodingException e) {
        jdk = false;
      }
      assertThat(Utf8CsvReader.validUtf8(bytes, 0, bytes.length) == bytes.length)
          .as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(jdk);
    }
  }

  @Test
  void plainDecimalsAreReadAsDoubleParsesThem() {
    Random random = new Random(5);
    StringBuilder csv = new StringBuilder(header()).append('\n');
    List<Double> expected = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int whole = random.nextInt(4);
      int fraction = random.nextInt(16);
      StringBuilder text = new StringBuilder(whole == 0 ? "0" : Integer.toString(random.nextInt(whole == 1 ? 10
          : whole == 2 ? 100 : 101)));
      if (fraction > 0 && !text.toString().equals("100")) {
        text.append('.');
        for (int k = 0; k < fraction; k++) {
          text.append((char) ('0' + random.nextInt(10)));
        }
      }
      csv.append(CsvText.row("d" + i, java.util.Map.of(Column.QA_PARTNER, text.toString()))).append('\n');
      expected.add(Double.parseDouble(text.toString()));
    }
    Result result = assertSameAsReference(csv.toString());
    assertThat(result.accepted()).extracting(i -> i.qaPartner().getAsDouble()).containsExactlyElementsOf(expected);
  }

  // ---- the random files ----

  private static final String[][] VALUES = new String[Column.all().size()][];

  static {
    String[] instants = {"2026-10-01T09:00:00Z", "2026-10-01T09:00:00Z", "2026-10-01T11:00:00+02:00",
        "2026-10-01T09:00:00.5Z", "2026-10-01T09:00:00.123456789Z", "2026-10-01t09:00:00z", "2026-10-01T09:00:00",
        "2026-10-01 09:00:00Z", "2026-02-30T10:00:00Z", "noon", "", " ", "2026-10-01T09:00Z",
        "2026-10-01T09:00:00+18:00", "2026-10-01T09:00:00-18:30", "+12026-10-01T09:00:00Z", "2024-02-29T00:00:00Z",
        "2023-02-29T00:00:00Z", "2026-10-01T09:00:00.0000000001Z", "2026-10-01T08:59:59Z", "2026-10-02T00:00:00Z",
        " 2026-10-01T09:00:00Z", "2026-10-01T09:00:00,5Z", "2026-10-01T09:00:60Z", "2026-13-01T09:00:00Z"};
    String[] seconds = {"30", "0", "", "-1", "+5", "007", "12.5", "ten", "99999999999999999999",
        "999999999999999999", "9223372036854775807", "3074457345618258602", " 5", "1000000000000000000"};
    String[] scores = {"88.5", "85", "100", "100.0", "100.5", "-0.5", "0", "", "88,5", "NaN", "85d", "1e2", ".5",
        "5.", "0.1", "33.333333333333336", "99.99999999999999", "1234567890123456", "0.000000000000001",
        "0000000000000000085", "Infinity", "0x10", "+50", " 7 "};
    String[] small = {"4", "0", "6", "", "4.5", "+3", "2147483648", "0004", "11", "-1", "10", "7", "1", " 2"};
    String[] texts = {"x", "", "  ", " padded ", "é", "fact\u00fcration", "with,comma", "q\"uote", "multi\nline",
        "cr\rline", "\u3000ideographic", "nbsp\u00a0", "\u0001ctl", "tab\t", "\uFEFFbom", "😀"};
    put(Column.INTERACTION_ID, "i1", "i2", "i3", "i4", "i5", "i6", "i7", " i1 ", "", "é9", "id,comma", "😀");
    put(Column.TICKET_ID, concat(new String[] {"t-1", "t-2"}, texts));
    put(Column.CUSTOMER_ID, concat(new String[] {"c-1", "c-2", "c-3"}, texts));
    put(Column.CHANNEL, "VOICE", "voice", "Chat", "EMAIL", "FAX", "", " CHAT ", "whatsapp", "\u0131n_app",
        "IN_APP", "SOCIAL", "social\u00a0");
    put(Column.CATEGORY, concat(new String[] {"billing", "billing", "returns"}, texts));
    put(Column.LANGUAGE, "en", "fr", "en-GB", "en_US", "", " en", "zz-ZZZZ", "x-private", "sr-Latn", "i-klingon",
        "123");
    put(Column.PRIORITY, "HIGH", "low", "Urgent", "critical", "", "NORMAL");
    put(Column.VENDOR, concat(new String[] {"northwind-bpo", "inhouse"}, texts));
    put(Column.AGENT_ID, concat(new String[] {"nw-1", "nw-2"}, texts));
    put(Column.TIER, "L1", "l2", "L4", "", "L3");
    put(Column.CREATED_AT, instants);
    put(Column.ANSWERED_AT, instants);
    put(Column.ENDED_AT, instants);
    put(Column.WAIT_SECONDS, seconds);
    put(Column.TALK_SECONDS, seconds);
    put(Column.HOLD_SECONDS, seconds);
    put(Column.WRAP_SECONDS, seconds);
    put(Column.OUTCOME, "RESOLVED", "RESOLVED", "abandoned", "Bot_Contained", "LOST", "", "ESCALATED",
        "TRANSFERRED", "UNRESOLVED");
    put(Column.HANDLED_BY, "HUMAN", "bot", "BOT_TO_HUMAN", "ROBOT", "");
    put(Column.CSAT, small);
    put(Column.NPS, small);
    put(Column.CES, small);
    put(Column.QA_PARTNER, scores);
    put(Column.QA_CLIENT, scores);
    put(Column.REOPENED, "0", "", "-1", "3000000000", "2", "+1");
  }

  private static void put(Column column, String... values) {
    VALUES[column.ordinal()] = values;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A file of random rows: mostly valid, each cell sometimes replaced by one of many valid and broken values. */
  static String randomFile(Random random) {
    List<Column> columns = new ArrayList<>(Column.all());
    if (random.nextBoolean()) {
      Collections.shuffle(columns, random);
    }
    if (random.nextInt(4) == 0) {
      columns.removeIf(column -> !column.isRequired() && random.nextBoolean());
    }
    boolean notes = random.nextInt(3) == 0;
    List<String> names = new ArrayList<>();
    for (Column column : columns) {
      names.add(column.header());
    }
    if (notes) {
      names.add(random.nextInt(names.size() + 1), "notes");
    }
    StringBuilder csv = new StringBuilder(random.nextInt(5) == 0 ? "\uFEFF" : "");
    csv.append(String.join(",", names));
    int rows = random.nextInt(25);
    for (int i = 0; i < rows; i++) {
      csv.append(lineEnd(random));
      if (random.nextInt(10) == 0) {
        csv.append(lineEnd(random));
      }
      List<String> cells = randomCells(random, columns, i);
      if (notes) {
        cells.add(names.indexOf("notes"), CsvText.line(List.of(VALUES[Column.CATEGORY.ordinal()][
            random.nextInt(VALUES[Column.CATEGORY.ordinal()].length)])));
      }
      if (random.nextInt(20) == 0) {
        cells.remove(random.nextInt(cells.size()));
      } else if (random.nextInt(20) == 0) {
        cells.add("extra");
      }
      csv.append(String.join(",", cells));
    }
    if (random.nextBoolean()) {
      csv.append(lineEnd(random));
    }
    return csv.toString();
  }

  private static String lineEnd(Random random) {
    int kind = random.nextInt(20);
    return kind < 14 ? "\n" : kind < 19 ? "\r\n" : "\r";
  }

  /** The cells of a row of these columns, each as written in CSV (quoted when it has to be, now and then when not). */
  static List<String> randomCells(Random random, List<Column> columns, int index) {
    List<String> cells = new ArrayList<>();
    boolean clean = random.nextInt(3) == 0;
    for (Column column : columns) {
      String value = CsvText.BASE.get(column);
      if (column == Column.INTERACTION_ID) {
        value = "r" + index;
      }
      String[] values = VALUES[column.ordinal()];
      if (column == Column.INTERACTION_ID ? random.nextInt(8) == 0 : !clean && random.nextInt(12) == 0) {
        value = values[random.nextInt(values.length)];
      }
      String cell = CsvText.line(List.of(value));
      if (random.nextInt(30) == 0 && !cell.startsWith("\"")) {
        cell = "\"" + cell + "\""; // quoted though it need not be
      }
      cells.add(cell);
    }
    return cells;
  }
}
