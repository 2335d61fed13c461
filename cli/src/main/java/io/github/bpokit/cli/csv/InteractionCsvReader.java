package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Problem;
import io.github.bpokit.core.model.Tier;
import io.github.bpokit.core.model.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collector;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads interaction CSV files (SPEC §1.1) one row at a time, in constant memory apart from the duplicate-id check
 * (4 bytes per distinct {@code interaction_id} of the form prefix + number, such as {@code i1044}, about 32 for other
 * ids; see {@link IdIndex}). Files and bytes in memory are read by a byte-level reader ({@link Utf8CsvReader}) with
 * exactly the results of {@link #read(Reader, Consumer, Consumer)}, which reads text with FastCSV.
 *
 * <p>The format: UTF-8 (a byte-order mark is skipped), RFC 4180 quoting (quoted fields may contain commas, quotes and
 * line breaks), LF or CRLF line ends, empty lines skipped. The first line is the header: the {@code snake_case} names
 * of SPEC §1.1, trimmed, exactly spelt, in any order; unknown columns are ignored; optional columns may be left out;
 * a missing required column or a column named twice stops the read with a {@link CsvValidationException} for line 1
 * naming every such column. In a data row, a cell that is empty or only white space is an absent value, and white
 * space around a value is ignored.
 *
 * <p>Every problem of a row is reported, each naming the column and the value: unparsable enum names, numbers and
 * instants (ISO-8601 with {@code Z} or an offset), every rule that {@link Interaction} checks when built, an
 * {@code interaction_id} already used by an earlier accepted row ({@code duplicate of line N}), and a row with more or
 * fewer cells than the header (reported alone, since its cells cannot be matched to columns). A required field whose
 * cell failed to parse is not reported a second time as missing.
 *
 * <ul>
 *   <li>{@linkplain #strict() Strict}: the first bad row is handed to the rejected consumer and then stops the read
 *       with a {@link CsvValidationException} carrying its line and every reason.
 *   <li>{@linkplain #lenient() Lenient}: bad rows are handed to the rejected consumer and the read goes on; the
 *       returned {@link ReadSummary} always has {@code accepted + rejected == rows}.
 * </ul>
 *
 * <p>An {@code interaction_id} belongs to the first row that was <em>accepted</em> with it: a later row with the same
 * id is rejected as a duplicate, while a rejected row reserves nothing. Instances are immutable and thread-safe; each
 * {@code read} has its own state.
 *
 * <pre>{@code
 * List<Interaction> interactions = new ArrayList<>();
 * ReadSummary summary = InteractionCsvReader.lenient().read(Path.of("interactions.csv"), interactions::add,
 *     rejected -> System.err.println(rejected.describe()));
 * }</pre>
 */
public final class InteractionCsvReader {
  private static final InteractionCsvReader STRICT = new InteractionCsvReader(true);
  private static final InteractionCsvReader LENIENT = new InteractionCsvReader(false);

  private static final Map<String, Channel> CHANNELS = names(Channel.values());
  private static final Map<String, Outcome> OUTCOMES = names(Outcome.values());
  private static final Map<String, HandledBy> HANDLED_BY = names(HandledBy.values());
  private static final Map<String, Priority> PRIORITIES = names(Priority.values());
  private static final Map<String, Tier> TIERS = names(Tier.values());
  private static final Comparator<Problem> COLUMN_ORDER = Comparator.comparingInt(p -> Column.order(p.field()));
  private static final int COLUMNS = Column.all().size();

  private final boolean strict;

  private InteractionCsvReader(boolean strict) {
    this.strict = strict;
  }

  /** Returns the reader that stops at the first bad row. */
  public static InteractionCsvReader strict() {
    return STRICT;
  }

  /** Returns the reader that sets bad rows aside and goes on. */
  public static InteractionCsvReader lenient() {
    return LENIENT;
  }

  /** Returns whether this reader stops at the first bad row. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads a UTF-8 file. With more than one processor, the file is parsed on a thread of its own while the consumers
   * run on the calling thread, in file order, with the same calls, results and exceptions as on one thread.
   *
   * @param file the CSV file
   * @param accepted receives each valid row's interaction, in file order
   * @param rejected receives each bad row, in file order (in strict mode only the first, just before the exception)
   * @return the counts
   * @throws CsvValidationException for a bad header, text that is not UTF-8 or not CSV, or, in strict mode, the
   *     first bad row
   * @throws IOException when the file cannot be read
   */
  public ReadSummary read(Path file, Consumer<? super Interaction> accepted, Consumer<? super RejectedRow> rejected)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(accepted, "accepted");
    requireNonNull(rejected, "rejected");
    if (Runtime.getRuntime().availableProcessors() > 1) {
      return ParsingThread.read((a, r) -> readHere(file, a, r), accepted, rejected);
    }
    return readHere(file, accepted, rejected);
  }

  /**
   * Reads a UTF-8 file into a collector: the result of handing every accepted interaction, in file order, to one
   * container of the collector, with the same summary, rejected rows and exceptions as {@link #read(Path, Consumer,
   * Consumer)}. With more than one processor a large file is read in parts, on one thread per processor, each thread
   * taking the next part not read yet, into containers of their own (one per part, or one per thread when the
   * collector is {@linkplain java.util.stream.Collector.Characteristics#UNORDERED unordered}) combined in file order;
   * so the collector must combine as {@link java.util.stream.Stream#collect(Collector)} requires of a parallel stream.
   * A file that the parts cannot read exactly as a whole read does (quoted cells, a bad row, a duplicate id across
   * parts, malformed UTF-8...) is read again as a whole, as {@link #read(Path, Consumer, Consumer)} reads it, once the
   * parts stopped; rejected rows are handed on only by that read.
   *
   * <pre>{@code
   * Collected<ScorecardResult> read = InteractionCsvReader.lenient().collect(file, scorecard.collector(),
   *     rejected -> System.err.println(rejected.describe()));
   * }</pre>
   *
   * @param file the CSV file
   * @param collector what to make of the accepted interactions
   * @param rejected receives each bad row, in file order (in strict mode only the first, just before the exception)
   * @return the counts and the collector's result
   * @throws CsvValidationException for a bad header, text that is not UTF-8 or not CSV, or, in strict mode, the
   *     first bad row
   * @throws IOException when the file cannot be read
   */
  public <A, R> Collected<R> collect(Path file, Collector<? super Interaction, A, R> collector,
      Consumer<? super RejectedRow> rejected) throws IOException {
    return collect(file, collector, null, rejected);
  }

  /**
   * As {@link #collect(Path, Collector, Consumer)}, handing most rows to the containers as records, without building
   * their interactions: {@code addRecord} must add a record to a container as the collector's accumulator adds the
   * interaction it holds, and read it before returning.
   *
   * <pre>{@code
   * Collected<ScorecardResult> read = InteractionCsvReader.lenient().collect(file, scorecard.collector(),
   *     ScorecardAccumulator::add, rejected -> System.err.println(rejected.describe()));
   * }</pre>
   *
   * @param file the CSV file
   * @param collector what to make of the accepted interactions
   * @param addRecord adds a record to one of the collector's containers
   * @param rejected receives each bad row, in file order (in strict mode only the first, just before the exception)
   * @return the counts and the collector's result
   * @throws CsvValidationException as {@link #collect(Path, Collector, Consumer)}
   * @throws IOException when the file cannot be read
   */
  public <A, R> Collected<R> collect(Path file, Collector<? super Interaction, A, R> collector,
      @Nullable BiConsumer<A, InteractionRecord> addRecord, Consumer<? super RejectedRow> rejected)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(collector, "collector");
    requireNonNull(rejected, "rejected");
    int threads = Runtime.getRuntime().availableProcessors();
    return collect(file, collector, addRecord, rejected, threads, PartedRead.MAX_PARTS, PartedRead.MIN_PART);
  }

  /**
   * As {@link #collect(Path, Collector, BiConsumer, Consumer)} on {@code threads} threads in up to {@code parts}
   * parts of at least {@code minPart} bytes.
   */
  <A, R> Collected<R> collect(Path file, Collector<? super Interaction, A, R> collector,
      @Nullable BiConsumer<A, InteractionRecord> addRecord, Consumer<? super RejectedRow> rejected, int threads,
      int parts, long minPart) throws IOException {
    if (Files.isRegularFile(file)) {
      Collected<R> inParts = PartedRead.collect(this, Utf8CsvReader.Source.of(file), collector, addRecord, threads,
          parts, minPart);
      if (inParts != null) {
        return inParts;
      }
    }
    return collectWhole(collector, accepted -> read(file, accepted, rejected));
  }

  /**
   * As {@link #collect(Path, Collector, Consumer)} for UTF-8 CSV text in memory, read on {@code threads} threads in
   * {@code parts} parts of at least {@code minPart} bytes when it can be (tests): the same result for any number of
   * parts and threads.
   */
  <A, R> Collected<R> collect(byte[] csv, Collector<? super Interaction, A, R> collector,
      @Nullable BiConsumer<A, InteractionRecord> addRecord, Consumer<? super RejectedRow> rejected, int threads,
      int parts, long minPart) {
    try {
      Collected<R> inParts = PartedRead.collect(this, Utf8CsvReader.Source.of(csv), collector, addRecord, threads,
          parts, minPart);
      return inParts != null ? inParts : collectWhole(collector, accepted -> read(csv, accepted, rejected));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: nothing is read from outside
    }
  }

  /** A read of the whole input into one consumer. */
  @FunctionalInterface
  private interface WholeRead {
    ReadSummary run(Consumer<Interaction> accepted) throws IOException;
  }

  private static <A, R> Collected<R> collectWhole(Collector<? super Interaction, A, R> collector, WholeRead read)
      throws IOException {
    A container = collector.supplier().get();
    BiConsumer<A, ? super Interaction> accumulator = collector.accumulator();
    ReadSummary summary = read.run(interaction -> accumulator.accept(container, interaction));
    return new Collected<>(summary, collector.finisher().apply(container));
  }

  /** Reads a file as {@link #read(Path, Consumer, Consumer)} does, on this thread. */
  ReadSummary readHere(Path file, Consumer<? super Interaction> accepted, Consumer<? super RejectedRow> rejected)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      // a pipe or a device can be read only once, and the byte-level reader may need to read again from the start
      return readWithFastCsv(Files.newInputStream(file), accepted, rejected);
    }
    return new Utf8CsvReader(this, Utf8CsvReader.Source.of(file), accepted, rejected).read();
  }

  /**
   * Reads UTF-8 CSV text held in memory, as {@link #read(Path, Consumer, Consumer)} reads a file. The array is not
   * modified.
   *
   * @param csv the CSV text in UTF-8; a leading byte-order mark is skipped
   * @param accepted receives each valid row's interaction, in input order
   * @param rejected receives each bad row, in input order (in strict mode only the first, just before the exception)
   * @return the counts
   * @throws CsvValidationException for a bad header, text that is not UTF-8 or not CSV, or, in strict mode, the
   *     first bad row
   */
  public ReadSummary read(byte[] csv, Consumer<? super Interaction> accepted, Consumer<? super RejectedRow> rejected) {
    requireNonNull(csv, "csv");
    requireNonNull(accepted, "accepted");
    requireNonNull(rejected, "rejected");
    try {
      return new Utf8CsvReader(this, Utf8CsvReader.Source.of(csv), accepted, rejected).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: nothing is read from outside
    }
  }

  /**
   * Reads UTF-8 bytes with FastCSV over a decoding {@link Reader}: the reference behaviour that the byte-level reader
   * of {@link #read(Path, Consumer, Consumer)} reproduces, and hands a whole input to when it meets something it
   * does not handle itself (malformed UTF-8 or CSV, records of megabytes).
   */
  ReadSummary readWithFastCsv(InputStream in, Consumer<? super Interaction> accepted,
      Consumer<? super RejectedRow> rejected) throws IOException {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
      return read(reader, accepted, rejected);
    }
  }

  /**
   * Reads CSV text. The reader is read to its end but not closed.
   *
   * @param reader the CSV text; a leading byte-order mark is skipped
   * @param accepted receives each valid row's interaction, in input order
   * @param rejected receives each bad row, in input order (in strict mode only the first, just before the exception)
   * @return the counts
   * @throws CsvValidationException for a bad header, text that is not CSV, or, in strict mode, the first bad row
   * @throws IOException when the text cannot be read (malformed UTF-8 from {@link #read(Path, Consumer, Consumer)}
   *     is reported as a {@link CsvValidationException} instead)
   */
  public ReadSummary read(Reader reader, Consumer<? super Interaction> accepted,
      Consumer<? super RejectedRow> rejected) throws IOException {
    requireNonNull(reader, "reader");
    requireNonNull(accepted, "accepted");
    requireNonNull(rejected, "rejected");
    return FastCsvRecords.read(reader, "interaction_id,customer_id,channel,category,created_at,outcome",
        header -> new Session(strict, header.getFields(), header.getStartingLineNumber(), accepted, rejected,
            new IdIndex()),
        (session, record) -> session.row(record.getFields(), record.getStartingLineNumber())).summary();
  }

  /**
   * The state of one read, and the full-fidelity checks of one row given as text cells. The byte-level reader
   * ({@link Utf8CsvReader}) accepts the rows it can prove valid itself and hands every other row here.
   */
  static final class Session {
    private final boolean strict;
    private final List<String> header;
    final int width;
    final int[] index = new int[COLUMNS]; // column ordinal -> cell index, -1 when absent
    final Consumer<? super Interaction> acceptedConsumer;
    private final Consumer<? super RejectedRow> rejectedConsumer;
    final IdIndex ids;
    final long[] byChannel = new long[Channel.values().length];
    private final List<Problem> problems = new ArrayList<>();
    private long failed; // bit per column ordinal: the cell of this row failed to parse
    private long number; // the last whole number parsed
    private double decimal; // the last decimal number parsed
    long rows;
    long accepted;

    Session(boolean strict, List<String> headerCells, long line, Consumer<? super Interaction> acceptedConsumer,
        Consumer<? super RejectedRow> rejectedConsumer, IdIndex ids) {
      this.strict = strict;
      this.acceptedConsumer = acceptedConsumer;
      this.rejectedConsumer = rejectedConsumer;
      this.ids = ids;
      String[] names = new String[headerCells.size()];
      for (int i = 0; i < names.length; i++) {
        String name = headerCells.get(i);
        if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
          name = name.substring(1); // a byte-order mark the decoder left in
        }
        names[i] = name.strip();
      }
      this.header = List.of(names);
      this.width = names.length;
      Arrays.fill(index, -1);
      List<Problem> headerProblems = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        Column column = Column.byHeader(names[i]);
        if (column == null) {
          continue;
        }
        int first = index[column.ordinal()];
        if (first >= 0) {
          headerProblems.add(Problem.of(column.header(), "",
              "duplicate column: columns " + (first + 1) + " and " + (i + 1) + " both have this name"));
        } else {
          index[column.ordinal()] = i;
        }
      }
      for (Column column : Column.all()) {
        if (column.isRequired() && index[column.ordinal()] < 0) {
          headerProblems.add(Problem.of(column.header(), "", "missing required column" + caseHint(column, names)));
        }
      }
      if (!headerProblems.isEmpty()) {
        throw new CsvValidationException(line, headerProblems);
      }
    }

    /** Checks one row; {@code cells} as read, {@code line} where it starts. */
    void row(List<String> record, long line) {
      rows++;
      problems.clear();
      failed = 0;
      Interaction interaction = null;
      boolean ragged = record.size() != width;
      if (ragged) {
        problems.add(Problem.of("", "", "has " + record.size() + " cells but the header has " + width));
      } else {
        interaction = parse(record);
      }
      if (interaction != null && problems.isEmpty()) {
        long first = ids.putIfAbsent(interaction.interactionId(), line);
        if (first == 0) {
          accepted++;
          byChannel[interaction.channel().ordinal()]++;
          acceptedConsumer.accept(interaction);
          return;
        }
        problems.add(duplicate(interaction.interactionId(), first));
      } else if (!ragged) {
        String id = cell(record, Column.INTERACTION_ID);
        long first = id == null ? 0 : ids.lineOf(id);
        if (first != 0) {
          problems.add(duplicate(id, first));
        }
      }
      reject(record, line);
    }

    private Problem duplicate(String id, long firstLine) {
      return Problem.of(Column.INTERACTION_ID.header(), id, "duplicate of line " + firstLine);
    }

    private void reject(List<String> record, long line) {
      if (problems.size() > 1) {
        problems.sort(COLUMN_ORDER);
      }
      RejectedRow row = new RejectedRow(line, header, record, problems);
      rejectedConsumer.accept(row);
      if (strict) {
        throw new CsvValidationException(line, row.problems());
      }
    }

    /** Parses the row's cells into an interaction; adds every problem found, returns null when it cannot build. */
    private @Nullable Interaction parse(List<String> record) {
      Interaction.Builder builder = Interaction.builder();
      String v;
      if ((v = cell(record, Column.INTERACTION_ID)) != null) {
        builder.interactionId(v);
      }
      if ((v = cell(record, Column.TICKET_ID)) != null) {
        builder.ticketId(v);
      }
      if ((v = cell(record, Column.CUSTOMER_ID)) != null) {
        builder.customerId(v);
      }
      Channel channel = enumeration(record, Column.CHANNEL, CHANNELS, Channel::parse);
      if (channel != null) {
        builder.channel(channel);
      }
      if ((v = cell(record, Column.CATEGORY)) != null) {
        builder.category(v);
      }
      if ((v = cell(record, Column.LANGUAGE)) != null) {
        builder.language(v);
      }
      Priority priority = enumeration(record, Column.PRIORITY, PRIORITIES, Priority::parse);
      if (priority != null) {
        builder.priority(priority);
      }
      if ((v = cell(record, Column.VENDOR)) != null) {
        builder.vendor(v);
      }
      if ((v = cell(record, Column.AGENT_ID)) != null) {
        builder.agentId(v);
      }
      Tier tier = enumeration(record, Column.TIER, TIERS, Tier::parse);
      if (tier != null) {
        builder.tier(tier);
      }
      Instant instant;
      if ((instant = instant(record, Column.CREATED_AT)) != null) {
        builder.createdAt(instant);
      }
      if ((instant = instant(record, Column.ANSWERED_AT)) != null) {
        builder.answeredAt(instant);
      }
      if ((instant = instant(record, Column.ENDED_AT)) != null) {
        builder.endedAt(instant);
      }
      if ((v = cell(record, Column.WAIT_SECONDS)) != null && wholeNumber(Column.WAIT_SECONDS, v)) {
        builder.waitSeconds(number);
      }
      if ((v = cell(record, Column.TALK_SECONDS)) != null && wholeNumber(Column.TALK_SECONDS, v)) {
        builder.talkSeconds(number);
      }
      if ((v = cell(record, Column.HOLD_SECONDS)) != null && wholeNumber(Column.HOLD_SECONDS, v)) {
        builder.holdSeconds(number);
      }
      if ((v = cell(record, Column.WRAP_SECONDS)) != null && wholeNumber(Column.WRAP_SECONDS, v)) {
        builder.wrapSeconds(number);
      }
      Outcome outcome = enumeration(record, Column.OUTCOME, OUTCOMES, Outcome::parse);
      if (outcome != null) {
        builder.outcome(outcome);
      }
      HandledBy handledBy = enumeration(record, Column.HANDLED_BY, HANDLED_BY, HandledBy::parse);
      if (handledBy != null) {
        builder.handledBy(handledBy);
      }
      if ((v = cell(record, Column.CSAT)) != null && integer(Column.CSAT, v)) {
        builder.csat((int) number);
      }
      if ((v = cell(record, Column.NPS)) != null && integer(Column.NPS, v)) {
        builder.nps((int) number);
      }
      if ((v = cell(record, Column.CES)) != null && integer(Column.CES, v)) {
        builder.ces((int) number);
      }
      if ((v = cell(record, Column.QA_PARTNER)) != null && decimal(Column.QA_PARTNER, v)) {
        builder.qaPartner(decimal);
      }
      if ((v = cell(record, Column.QA_CLIENT)) != null && decimal(Column.QA_CLIENT, v)) {
        builder.qaClient(decimal);
      }
      if ((v = cell(record, Column.REOPENED)) != null && integer(Column.REOPENED, v)) {
        builder.reopened((int) number);
      }
      // A cell that failed to parse is left unset: its problem is already recorded, and the row will be rejected.
      try {
        return builder.build();
      } catch (ValidationException e) {
        for (Problem problem : e.problems()) {
          if (!(isFailed(Column.order(problem.field())) && problem.equals(Problem.missing(problem.field())))) {
            problems.add(problem);
          }
        }
        return null;
      }
    }

    private @Nullable String cell(List<String> record, Column column) {
      int i = index[column.ordinal()];
      return i < 0 ? null : Cells.value(record.get(i));
    }

    private <E extends Enum<E>> @Nullable E enumeration(List<String> record, Column column, Map<String, E> names,
        Function<String, E> parser) {
      String v = cell(record, column);
      if (v == null) {
        return null;
      }
      E constant = names.get(v);
      if (constant != null) {
        return constant;
      }
      try {
        return parser.apply(v); // mixed case, e.g. "Chat"
      } catch (IllegalArgumentException e) {
        fail(column, v, String.valueOf(e.getMessage()));
        return null;
      }
    }

    private @Nullable Instant instant(List<String> record, Column column) {
      String v = cell(record, column);
      if (v == null) {
        return null;
      }
      Instant instant = Cells.instant(v);
      if (instant == null) {
        fail(column, v, Cells.instantProblem(v));
      }
      return instant;
    }

    /** Parses a whole number into {@link #number}; on failure records the problem and returns false. */
    private boolean wholeNumber(Column column, String v) {
      if (Cells.isShortWholeNumber(v)) {
        number = Long.parseLong(v);
        return true;
      }
      try {
        number = Long.parseLong(v); // a long digit string may still fit
        return true;
      } catch (NumberFormatException e) {
        fail(column, v, isDigits(v) ? "is too large for a whole number" : "not a whole number");
        return false;
      }
    }

    /** As {@link #wholeNumber}, for an {@code int} column. */
    private boolean integer(Column column, String v) {
      if (!wholeNumber(column, v)) {
        return false;
      }
      if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
        fail(column, v, "is too large for a whole number of this column");
        return false;
      }
      return true;
    }

    /** Parses a decimal number into {@link #decimal}; on failure records the problem and returns false. */
    private boolean decimal(Column column, String v) {
      if (Cells.isDecimal(v)) {
        decimal = Double.parseDouble(v);
        return true;
      }
      fail(column, v, v.indexOf(',') >= 0 ? "not a decimal number (use a dot as the decimal separator)"
          : "not a decimal number");
      return false;
    }

    private void fail(Column column, String value, String message) {
      failed |= 1L << column.ordinal();
      problems.add(Problem.of(column.header(), value, message));
    }

    private boolean isFailed(int ordinal) {
      return ordinal >= 0 && (failed & (1L << ordinal)) != 0;
    }

    ReadSummary summary() {
      Map<Channel, Long> counts = new EnumMap<>(Channel.class);
      for (Channel channel : Channel.values()) {
        counts.put(channel, byChannel[channel.ordinal()]);
      }
      return new ReadSummary(header, rows, accepted, rows - accepted, counts);
    }
  }

  private static String caseHint(Column column, String[] names) {
    for (String name : names) {
      if (name.equalsIgnoreCase(column.header())) {
        return " (found '" + name + "': header names are case-sensitive)";
      }
    }
    return "";
  }

  private static boolean isDigits(String v) {
    int start = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
    if (v.length() == start) {
      return false;
    }
    for (int i = start; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static <E extends Enum<E>> Map<String, E> names(E[] constants) {
    Map<String, E> names = new HashMap<>();
    for (E constant : constants) {
      names.put(constant.name(), constant);
      names.put(constant.name().toLowerCase(Locale.ROOT), constant);
    }
    return Map.copyOf(names);
  }
}
