package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.cli.csv.InteractionCsvReader.Session;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import io.github.bpokit.core.model.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The byte-level reader behind {@link InteractionCsvReader#read(Path, Consumer, Consumer)}: the same results as
 * FastCSV over a decoding reader (every accepted interaction, every rejected row with its line, cells and problems,
 * the same summary and the same exceptions), at about twice its speed once warm and with far less garbage.
 *
 * <p>How: the input is read in large byte chunks and split into records on bytes, following FastCSV's rules exactly
 * (quoted fields, LF, CR and CRLF line ends, empty lines, line numbers counted as FastCSV counts them). A row whose
 * cells are all in their plain canonical form (no surrounding white space, enum names, digits, ISO-8601 instants in
 * the {@link Cells#fastInstant} form, plain decimals) is parsed straight from the bytes into an {@link
 * InteractionRecord} and, when the record is valid as is and its id is new, accepted without any other work: handed
 * on as the record to a {@link RecordConsumer}, else as the interaction built from it; low-cardinality text is decoded
 * once per distinct value ({@link TextCache}). Every other row, whatever is unusual about it, is decoded to text cells
 * and handed to the full-fidelity checks of {@link Session#row}, which produce every message.
 *
 * <p>UTF-8 is validated ahead of the rows, at least {@link #MARGIN} bytes ahead. On malformed UTF-8 or CSV that FastCSV
 * refuses, or a record of megabytes, the whole input is read again with FastCSV ({@link
 * InteractionCsvReader#readWithFastCsv}), the rows already handed on being skipped: FastCSV then reports the problem
 * exactly as it always has, and the margin makes sure it hands on at least the rows handed on here first.
 */
final class Utf8CsvReader {
  /** Bytes read at a time. */
  private static final int CHUNK = 1 << 20;
  /** The length of the first read (see {@link #refill}). */
  private static final int FIRST_READ = 64 << 10;
  /**
   * How far past the end of a row its bytes must have been validated before the row is handed on: more than FastCSV's
   * decoder reads ahead of the last row it returned (8192 chars, at most 3 bytes each).
   */
  static final int MARGIN = 1 << 16;
  /** The largest buffer; a record that does not fit in it is left to FastCSV. */
  private static final int MAX_BUFFER = 8 << 20;
  /** More cells than this in one record are left to FastCSV (which allows at most 16384). */
  private static final int MAX_CELLS = 8192;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH = 0x8080_8080_8080_8080L;
  /** {@code 00:00:00} as a little-endian word, and the bytes of its colons. */
  private static final long TIME_PATTERN = 0x3030_3A30_303A_3030L;
  private static final long COLONS = 0x0000_FF00_00FF_0000L;

  private static final Channel[] CHANNELS = Channel.values();
  private static final Priority[] PRIORITIES = Priority.values();
  private static final Tier[] TIERS = Tier.values();
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final HandledBy[] HANDLED_BY = HandledBy.values();
  private static final long[] CHANNEL_NAMES = names(CHANNELS);
  private static final long[] PRIORITY_NAMES = names(PRIORITIES);
  private static final long[] TIER_NAMES = names(TIERS);
  private static final long[] OUTCOME_NAMES = names(OUTCOMES);
  private static final long[] HANDLED_BY_NAMES = names(HANDLED_BY);
  private static final long[][] ENUM_NAMES = {CHANNEL_NAMES, PRIORITY_NAMES, TIER_NAMES, OUTCOME_NAMES,
      HANDLED_BY_NAMES}; // in the order of ENUM_COLUMNS
  private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
      1e12, 1e13, 1e14, 1e15};

  // results of nextRecord()
  private static final int RECORD = 0;
  private static final int EMPTY = 1;
  private static final int END = 2;
  private static final int MORE = 3;
  private static final int GIVE_UP = 4;

  // FastCSV's parser states
  private static final int LAST_CHAR_WAS_CR = 32;
  private static final int NEW_FIELD = 8;
  private static final int QUOTED_MODE = 4;
  private static final int QUOTED_FIELD = 2;
  private static final int DATA_FIELD = 1;
  private static final int RESET = 0;

  /**
   * Where the bytes come from: a file or bytes in memory, whole or a range of them ({@code [from, to)}). It can be
   * read more than once (the fallback reads it again from the start).
   */
  static final class Source {
    private final @Nullable Path file;
    private final byte @Nullable [] bytes;
    private final boolean inMemory;
    private final long from;
    private final long to; // -1: to the end

    private Source(@Nullable Path file, byte @Nullable [] bytes, boolean inMemory, long from, long to) {
      this.file = file;
      this.bytes = bytes;
      this.inMemory = inMemory;
      this.from = from;
      this.to = to;
    }

    static Source of(Path file) {
      return new Source(file, null, false, 0, -1);
    }

    /** Bytes in memory, read in place. */
    static Source of(byte[] bytes) {
      return new Source(null, bytes, true, 0, bytes.length);
    }

    /** Bytes in memory, read through a stream in chunks as a file is (tests). */
    static Source streamed(byte[] bytes) {
      return new Source(null, bytes, false, 0, bytes.length);
    }

    /** The bytes {@code [from, to)} of this source, read as this source is. */
    Source range(long from, long to) {
      if (from < 0 || to < from || (this.to >= 0 && to > this.to - this.from)) {
        throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a source of " + this.to);
      }
      return new Source(file, bytes, inMemory, this.from + from, this.from + to);
    }

    InputStream open() throws IOException {
      if (bytes != null) {
        return new ByteArrayInputStream(bytes, (int) from, (int) (to - from));
      }
      if (from == 0 && to < 0) {
        return Files.newInputStream(requireNonNull(file));
      }
      FileChannel channel = FileChannel.open(requireNonNull(file));
      channel.position(from);
      InputStream whole = Channels.newInputStream(channel);
      return new InputStream() { // the channel's stream, stopped at the end of the range
        private long left = to - from;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (left <= 0) {
            return -1;
          }
          int read = whole.read(b, off, (int) Math.min(len, left));
          if (read > 0) {
            left -= read;
          }
          return read;
        }

        @Override
        public void close() throws IOException {
          whole.close();
        }
      };
    }

    long size() throws IOException {
      return to >= 0 ? to - from : Files.size(requireNonNull(file));
    }
  }

  private final InteractionCsvReader reader;
  private Source source;
  private final int margin;
  private final Consumer<? super Interaction> accepted;
  /** {@code accepted} when it takes records: then rows read from their bytes are handed on without an Interaction. */
  private final @Nullable RecordConsumer asRecords;
  private final Consumer<? super RejectedRow> rejected;
  private final PartedRead.@Nullable Part part;

  private @Nullable InputStream in;
  private long size = -1; // of the whole input when known
  private byte[] buf;
  private int pos; // start of the next record
  private int end; // end of the bytes read
  private int validEnd; // [0, validEnd) is known to be valid UTF-8
  private boolean eof;
  private boolean malformed; // the bytes at validEnd are not UTF-8
  private long nextLine = 1;
  private boolean lastCr; // the last record ended with CR: an LF right after it belongs to it
  private int readSize = FIRST_READ; // the next read's length at most
  private int limit; // see limits()
  private int atEnd = MORE;

  // the current record: cell i is cellBytes[starts[i], ends[i])
  private long line;
  private byte[] cellBytes;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int cells;
  private byte[] scratch = new byte[256];

  private @Nullable Session session;
  private long fullChecks;

  /**
   * Rows that passed every check but the duplicate id, waiting for it in file order. Checked one at a time, each id
   * lookup would wait for a cache (and TLB) miss of its own, the index being far larger than the cache; checked in
   * batches, their slots are loaded together first and the misses overlap.
   */
  private static final int BATCH = 32;
  private final @Nullable Interaction[] pending = new Interaction[BATCH]; // null when handed on as the record
  private final InteractionRecord[] pendingRecords = newRecords(BATCH); // the rows waiting, then the one being read
  private final long[] pendingHash1 = new long[BATCH];
  private final long[] pendingHash2 = new long[BATCH];
  private final long[] pendingLine = new long[BATCH];
  private final long[] pendingKey = new long[BATCH]; // IdIndex.denseKey of the id, -1 when it has no dense form
  private final int[] pendingIdFrom = new int[BATCH]; // the id's bytes in buf
  private final int[] pendingIdTo = new int[BATCH];
  private final int[] pendingFrom = new int[BATCH]; // the row's bytes in buf, to read its cells again if needed
  private final int[] pendingTo = new int[BATCH];
  private int pendingRows;
  // the columns by kind, and for each the cell it is in (-1 when absent) and the value of the current row
  private static final Column[] TEXT_COLUMNS = {Column.INTERACTION_ID, Column.TICKET_ID, Column.CUSTOMER_ID};
  private static final Column[] CACHED_COLUMNS = {Column.CATEGORY, Column.LANGUAGE, Column.VENDOR, Column.AGENT_ID};
  private static final Column[] ENUM_COLUMNS = {Column.CHANNEL, Column.PRIORITY, Column.TIER, Column.OUTCOME,
      Column.HANDLED_BY};
  private static final Column[] INSTANT_COLUMNS = {Column.CREATED_AT, Column.ANSWERED_AT, Column.ENDED_AT};
  private static final Column[] NUMBER_COLUMNS = {Column.WAIT_SECONDS, Column.TALK_SECONDS, Column.HOLD_SECONDS,
      Column.WRAP_SECONDS, Column.CSAT, Column.NPS, Column.CES, Column.REOPENED}; // 18 digits at most, then 9
  private static final Column[] DECIMAL_COLUMNS = {Column.QA_PARTNER, Column.QA_CLIENT};
  private final int[] textCells = new int[TEXT_COLUMNS.length];
  private final int[] cachedCells = new int[CACHED_COLUMNS.length];
  private final int[] enumCells = new int[ENUM_COLUMNS.length];
  private final int[] instantCells = new int[INSTANT_COLUMNS.length];
  private final int[] numberCells = new int[NUMBER_COLUMNS.length];
  private final int[] decimalCells = new int[DECIMAL_COLUMNS.length];
  private final String[] texts = new String[TEXT_COLUMNS.length];
  private final String[] cached = new String[CACHED_COLUMNS.length];
  private final int[] constants = new int[ENUM_COLUMNS.length];
  private final long[] seconds = new long[INSTANT_COLUMNS.length]; // each instant's epoch second
  private final int[] nanos = new int[INSTANT_COLUMNS.length]; // and nanosecond, -1 when absent
  private final long[] numbers = new long[NUMBER_COLUMNS.length];
  private final double[] decimals = new double[DECIMAL_COLUMNS.length];
  private final TextCache[] caches = {new TextCache(), new TextCache(), new TextCache(), new TextCache()};
  private boolean unusual; // the current row has a cell the byte-level parsers leave to the full checks
  private long lastDate = -1; // the first 8 bytes of the date of the last instant parsed (never -1)
  private int lastDay; // its last 2 bytes
  private long lastEpochDay;
  private int instantRows;

  Utf8CsvReader(InteractionCsvReader reader, Source source, Consumer<? super Interaction> accepted,
      Consumer<? super RejectedRow> rejected) {
    this(reader, source, accepted, rejected, CHUNK, MARGIN, null);
  }

  /** As the public constructor, with a first buffer of {@code chunk} bytes and the given margin (tests). */
  Utf8CsvReader(InteractionCsvReader reader, Source source, Consumer<? super Interaction> accepted,
      Consumer<? super RejectedRow> rejected, int chunk, int margin) {
    this(reader, source, accepted, rejected, chunk, margin, null);
  }

  /**
   * A reader of one part of an input read in parts ({@link PartedRead}): it reads its range of the input as if it
   * were the rest of the whole, with the header the part gives, and throws {@link PartedRead.Unplain} where a reader
   * of the whole would have to read again with FastCSV, or when asked to stop; rows it cannot accept from their bytes
   * still go to the full checks, which hand a bad row to {@code rejected}.
   */
  Utf8CsvReader(InteractionCsvReader reader, Source source, Consumer<? super Interaction> accepted,
      Consumer<? super RejectedRow> rejected, PartedRead.Part part) {
    this(reader, source, accepted, rejected, CHUNK, MARGIN, part);
  }

  private Utf8CsvReader(InteractionCsvReader reader, Source source, Consumer<? super Interaction> accepted,
      Consumer<? super RejectedRow> rejected, int chunk, int margin, PartedRead.@Nullable Part part) {
    this.part = part;
    this.margin = margin;
    this.reader = reader;
    this.accepted = accepted;
    this.asRecords = accepted instanceof RecordConsumer ? (RecordConsumer) accepted : null;
    this.rejected = rejected;
    this.source = source;
    buf = source.inMemory && source.bytes != null ? source.bytes : new byte[chunk];
    start(source);
  }

  /** Makes {@code source} the input, from its start. */
  private void start(Source source) {
    this.source = source;
    pos = 0;
    end = 0;
    validEnd = 0;
    eof = false;
    malformed = false;
    lastCr = false;
    if (source.inMemory && source.bytes != null) {
      buf = source.bytes;
      pos = validEnd = (int) source.from;
      end = (int) source.to;
      size = end - pos;
      eof = true;
      validate();
    } // else the buffer of the last source is read into: the sources of one reader are ranges of one input
    limits();
    cellBytes = buf;
  }

  ReadSummary read() throws IOException {
    ReadSummary summary = readFrom(null);
    if (summary != null) {
      return summary;
    }
    if (part != null) {
      throw PartedRead.Unplain.INSTANCE;
    }
    return readWithFastCsv();
  }

  /**
   * For the reader of a part, once it has read it: reads another part of the same input with the same state (the
   * header, the ids, the caches), as the next part its thread takes; the summary counts the rows of both.
   */
  ReadSummary readNext(Source next) throws IOException {
    Session session = this.session;
    if (part == null || session == null) {
      throw new IllegalStateException("only the reader of a part, once it has read it, reads another");
    }
    start(next);
    ReadSummary summary = readFrom(session);
    if (summary == null) {
      throw PartedRead.Unplain.INSTANCE;
    }
    return summary;
  }

  /** Reads the source: its header and records, or with {@code session} its records only. */
  private @Nullable ReadSummary readFrom(@Nullable Session session) throws IOException {
    try {
      if (!source.inMemory) {
        in = source.open();
        size = source.size();
      }
      return session == null ? readRecords() : records(session);
    } finally {
      if (in != null) {
        in.close();
        in = null;
      }
    }
  }

  /** Returns the ids of the rows accepted so far. */
  IdIndex ids() {
    return requireNonNull(session, "the header was not read").ids;
  }

  /** Returns how many rows were handed to the full checks rather than accepted from their bytes (tests). */
  long fullChecks() {
    return fullChecks;
  }

  /** Reads every record; returns null when FastCSV must read the input instead. */
  private @Nullable ReadSummary readRecords() throws IOException {
    int next;
    @Nullable List<String> header = part == null ? null : part.header();
    long headerLine = 1;
    if (header == null) {
      while ((next = nextRecord()) == EMPTY) {
        // empty lines before the header
      }
      if (next != RECORD) {
        return null; // no header: FastCSV says so in its words
      }
      header = Arrays.asList(texts(cellBytes, starts, ends, cells));
      headerLine = line;
    } else {
      nextLine = 2; // lines are counted from the part's start: only the id index sees them
    }
    Session session = new Session(reader.isStrict(), header, headerLine, accepted, rejected,
        new IdIndex(expectedRows(header.size())));
    if (part != null) {
      part.headerRead(header);
    }
    this.session = session;
    cells(TEXT_COLUMNS, session.index, textCells);
    cells(CACHED_COLUMNS, session.index, cachedCells);
    cells(ENUM_COLUMNS, session.index, enumCells);
    cells(INSTANT_COLUMNS, session.index, instantCells);
    cells(NUMBER_COLUMNS, session.index, numberCells);
    cells(DECIMAL_COLUMNS, session.index, decimalCells);
    return records(session);
  }

  /** Reads the records after the header; returns null when FastCSV must read the input instead. */
  private @Nullable ReadSummary records(Session session) throws IOException {
    for (;;) {
      int next = nextRecord();
      if (next == RECORD) {
        if (cells != session.width || !accept(session)) {
          List<String> texts = Arrays.asList(texts(cellBytes, starts, ends, cells));
          flush();
          fullChecks++;
          session.row(texts, line);
        }
      } else if (next == END) {
        flush();
        return session.summary();
      } else if (next == GIVE_UP) {
        flush();
        return null;
      }
    }
  }

  /** Checks the ids of the pending rows in file order, accepting each new one and handing the others on. */
  private void flush() {
    Session session = this.session;
    int count = pendingRows;
    if (session == null || count == 0) {
      return;
    }
    if (part != null && part.stopped()) {
      throw PartedRead.Unplain.INSTANCE;
    }
    pendingRows = 0;
    IdIndex ids = session.ids;
    ids.touch(pendingHash1, pendingKey, count);
    for (int k = 0; k < count; k++) {
      @Nullable Interaction interaction = pending[k];
      pending[k] = null;
      long line = pendingLine[k];
      long key = pendingKey[k];
      long first = key >= 0 ? ids.putIfAbsentDense(key, buf, pendingIdFrom[k], pendingIdTo[k], line)
          : ids.putIfAbsent(pendingHash1[k], pendingHash2[k], line);
      if (first == 0) {
        hand(session, pendingRecords[k], interaction);
      } else {
        fullChecks++;
        session.row(Arrays.asList(split(pendingFrom[k], pendingTo[k])), line); // a duplicate id
      }
    }
  }

  /** Returns {@code count} new, empty records. */
  static InteractionRecord[] newRecords(int count) {
    InteractionRecord[] records = new InteractionRecord[count];
    for (int k = 0; k < count; k++) {
      records[k] = new InteractionRecord();
    }
    return records;
  }

  /** Hands on an accepted row: the interaction when one was built, else the record. */
  private void hand(Session session, InteractionRecord row, @Nullable Interaction interaction) {
    session.rows++;
    session.accepted++;
    session.byChannel[requireNonNull(row.channel()).ordinal()]++;
    if (interaction != null) {
      session.acceptedConsumer.accept(interaction);
    } else {
      requireNonNull(asRecords).acceptRecord(row);
    }
  }

  /** The cells of a line without quotes, {@code [from, to)} in buf without its line end. */
  private String[] split(int from, int to) {
    int count = 1;
    for (int i = from; i < to; i++) {
      if (buf[i] == ',') {
        count++;
      }
    }
    int[] s = new int[count];
    int[] t = new int[count];
    int n = 0;
    s[0] = from;
    for (int i = from; i < to; i++) {
      if (buf[i] == ',') {
        t[n++] = i;
        s[n] = i + 1;
      }
    }
    t[n] = to;
    return texts(buf, s, t, count);
  }

  private static void cells(Column[] columns, int[] index, int[] cells) {
    for (int k = 0; k < columns.length; k++) {
      cells[k] = index[columns[k].ordinal()];
    }
  }

  /** Reads the whole input again with FastCSV, handing on only the rows not handed on yet. */
  private ReadSummary readWithFastCsv() throws IOException {
    long skip = session == null ? 0 : session.rows;
    long[] seen = {0};
    Consumer<Interaction> acceptedAfter = interaction -> {
      if (seen[0]++ >= skip) {
        accepted.accept(interaction);
      }
    };
    Consumer<RejectedRow> rejectedAfter = row -> {
      if (seen[0]++ >= skip) {
        rejected.accept(row);
      }
    };
    return reader.readWithFastCsv(source.open(), acceptedAfter, rejectedAfter);
  }

  /** Guesses the number of rows from the input's size and the lines in the buffer, to size the id index once. */
  private int expectedRows(int width) {
    int lines = 0;
    int sample = (int) Math.min(end, (long) pos + CHUNK);
    for (int i = pos; i < sample; i++) {
      if (buf[i] == '\n') {
        lines++;
      }
    }
    if (size <= 0 || lines < 16) {
      return 1024;
    }
    double perRow = (double) (sample - pos) / lines;
    long guess = (long) (size / perRow * 1.05);
    long most = size / Math.max(1, width); // every row has at least width - 1 commas and a line end
    return (int) Math.max(1024, Math.min(Math.min(guess, most), 1 << 23));
  }

  // ---- records ----

  /**
   * Reads the next record into the cell arrays; returns RECORD, EMPTY (an empty line), END or GIVE_UP.
   *
   * <p>Every byte taken is seen to here, not in {@link #scan}: it happens only at the end of a part or an input, once
   * the JIT has compiled both, and compiles the method it is seen in again. Should that be the scan, a thread still
   * running an earlier compilation of the loop over its part (into which this method is inlined) would call the scan
   * through the interpreter to the end of its part: the compiled loop's calls are not redirected to the new code.
   */
  private int nextRecord() throws IOException {
    for (;;) {
      int result = pos == end ? atEnd : scan();
      if (result != MORE) {
        return result;
      }
      if (!refill()) {
        return GIVE_UP;
      }
    }
  }

  /**
   * Sets {@link #limit}, the end of the bytes that records may be taken from (validated {@link #margin} ahead, or to
   * the end), and {@link #atEnd}, what {@link #nextRecord} returns with every byte taken: kept in fields, set whenever
   * the bytes in hand change, so that the end of a part (where {@code eof} turns true, after the JIT has compiled the
   * scan) takes no branch the compiled scan has never seen taken, which would have it compiled again.
   */
  private void limits() {
    limit = eof && !malformed ? end : validEnd - margin;
    atEnd = eof ? (malformed ? GIVE_UP : END) : MORE;
  }

  /** Finds the next record's cells from {@link #pos}, which is before {@link #end}; returns what nextRecord does. */
  private int scan() {
    int p = pos;
    byte[] b = buf;
    int e = end;
    if (lastCr) {
      if (b[p] == '\n') {
        if (p + 1 > limit) {
          return malformed ? GIVE_UP : MORE;
        }
        p++;
      }
      lastCr = false;
      pos = p;
      if (p == e) {
        return atEnd;
      }
    }
    int[] s = starts;
    int[] t = ends;
    int n = 0;
    s[0] = p;
    int i = p;
    int lineEnd;
    for (;;) {
      // Most bytes: skip them, 8 at a time, in a loop of their own; called for every cell, even an empty one (testing
      // the first byte before the call made splitting slower, and slower in some runs than in others).
      i = skipPlain(b, i, e);
      if (i >= e) {
        if (!eof) {
          return MORE;
        }
        lineEnd = e;
        break;
      }
      byte c = b[i];
      if (c == ',') {
        if (n + 2 > s.length) {
          if (n + 2 > MAX_CELLS) {
            return GIVE_UP;
          }
          s = starts = Arrays.copyOf(s, 2 * s.length);
          t = ends = Arrays.copyOf(t, 2 * t.length);
        }
        t[n++] = i;
        s[n] = i + 1;
      } else if (c == '\n') {
        lineEnd = i;
        break;
      } else if (c == '"') {
        return quoted(p);
      } else if (c == '\r') {
        if (i + 1 < e && b[i + 1] == '\n') {
          lineEnd = i;
          i++;
          break;
        }
        if (i + 1 == e && !eof) {
          return MORE;
        }
        return quoted(p);
      }
      i++;
    }
    int next = Math.min(i + 1, e);
    if (next > limit) {
      return malformed ? GIVE_UP : MORE;
    }
    t[n] = lineEnd;
    cells = n + 1;
    cellBytes = b;
    pos = next;
    line = nextLine++;
    return n == 0 && lineEnd == p ? EMPTY : RECORD;
  }

  /**
   * Returns the index of the first byte in {@code [i, e)} that is ASCII 0x00-0x2C (',', LF, CR and '"' are), or
   * {@code e} when there is none. Every other byte, including all the bytes of non-ASCII UTF-8 characters, is one
   * {@link #scan} steps over; the loop is a method of its own so that an on-stack compilation of it compiles this
   * method alone.
   *
   * <p>It reads whole words while they fit in the array, past {@code e} too (what it finds there only caps the result
   * at {@code e}): a loop that stopped 8 bytes before {@code e} would leave it, and run the byte loop, only for the
   * last cells of a part or an input, after the JIT has compiled it without that way out (a trap, then a second
   * compilation of the scan).
   */
  static int skipPlain(byte[] b, int i, int e) {
    for (int last = b.length - 8; i <= last; i += 8) {
      long stops = stops((long) LONGS.get(b, i));
      if (stops != 0) {
        return Math.min(e, i + (Long.numberOfTrailingZeros(stops) >>> 3));
      }
    }
    while (i < e && (b[i] & 0xFF) > ',') { // the last bytes of the array
      i++;
    }
    return Math.min(i, e);
  }

  /**
   * Returns the high bit of each byte of the little-endian word {@code w} that is ASCII 0x00-0x2C, the bytes that stop
   * {@link #skipPlain}; every other bit is 0.
   *
   * <p>For each byte x: {@code y = x & 0x7F} is 0x00-0x7F, so {@code y + 0x53} is at most 0x7F + 0x53 = 0xD2 and
   * carries nothing into the next byte; each byte is computed on its own, exactly (no false stops). The high bit of
   * {@code y + 0x53} is set iff {@code y >= 0x80 - 0x53 = 0x2D}; or-ing {@code x} sets it also when x is 0x80 or more.
   * So it is clear, and its complement's set, iff x is below 0x80 and at most 0x2C.
   */
  static long stops(long w) {
    return ~(((w & 0x7F7F_7F7F_7F7F_7F7FL) + 0x5353_5353_5353_5353L) | w) & HIGH;
  }

  /**
   * Reads a record with quotes or a lone CR from {@code p}, exactly as FastCSV's strict parser does, copying the cells
   * (quotes removed) into {@link #scratch}.
   */
  private int quoted(int p) {
    if (part != null) {
      return GIVE_UP; // a line end may be inside quotes: the parts may not start at records
    }
    byte[] b = buf;
    int e = end;
    int status = RESET;
    boolean firstField = true;
    int begin = p;
    int i = p;
    int lines = 1;
    cells = 0;
    int used = 0;
    outer:
    for (;;) {
      if ((status & QUOTED_MODE) != 0) {
        while (i < e) {
          byte c = b[i++];
          if (c == '"') {
            status &= ~QUOTED_MODE; // FastCSV 4.1 keeps LAST_CHAR_WAS_CR: an LF right after the quote is skipped
            continue outer;
          } else if (c == '\r') {
            status |= LAST_CHAR_WAS_CR;
            lines++;
          } else if (c == '\n') {
            if ((status & LAST_CHAR_WAS_CR) == 0) {
              lines++;
            } else {
              status &= ~LAST_CHAR_WAS_CR;
            }
          }
        }
        break;
      }
      while (i < e) {
        byte c = b[i++];
        if (c == ',') {
          used = cell(begin, i - 1, status, used);
          if (used < 0) {
            return GIVE_UP;
          }
          status = NEW_FIELD;
          begin = i;
          firstField = false;
        } else if (c == '\r' || (c == '\n' && (status & LAST_CHAR_WAS_CR) == 0)) {
          boolean empty = firstField && i - 1 == begin;
          if (!empty && cell(begin, i - 1, status, used) < 0) {
            return GIVE_UP;
          }
          return endQuoted(i, lines, c == '\r', empty);
        } else if (c == '\n') {
          status = RESET;
          begin = i;
        } else if (c == '"' && (status & DATA_FIELD) == 0) {
          status = QUOTED_FIELD | QUOTED_MODE;
          continue outer;
        } else if ((status & QUOTED_FIELD) == 0) {
          status = DATA_FIELD;
        } else {
          return GIVE_UP; // FastCSV: unexpected character after closing quote
        }
      }
      break;
    }
    if (!eof) {
      return MORE;
    }
    if (begin < i) {
      if (cell(begin, i, status, used) < 0) {
        return GIVE_UP;
      }
    } else if ((status & NEW_FIELD) != 0) {
      if (cell(i, i, RESET, used) < 0) {
        return GIVE_UP;
      }
    } else {
      return malformed ? GIVE_UP : END;
    }
    return endQuoted(i, lines, false, false);
  }

  private int endQuoted(int next, int lines, boolean endsWithCr, boolean empty) {
    if (next > limit) {
      return malformed ? GIVE_UP : MORE;
    }
    cellBytes = scratch;
    pos = next;
    lastCr = endsWithCr;
    line = nextLine;
    nextLine += lines;
    return empty ? EMPTY : RECORD;
  }

  /** Copies the cell {@code [begin, to)} into the scratch at {@code used}; returns the new used, -1 for too many. */
  private int cell(int begin, int to, int status, int used) {
    if (cells + 1 >= MAX_CELLS) {
      return -1;
    }
    if (cells + 1 >= starts.length) {
      starts = Arrays.copyOf(starts, 2 * starts.length);
      ends = Arrays.copyOf(ends, 2 * ends.length);
    }
    byte[] b = buf;
    int from = begin;
    boolean quoted = (status & QUOTED_FIELD) != 0;
    if (quoted) {
      from = begin + 1;
      to -= b[to - 1] == '"' ? 1 : 0;
    }
    int length = Math.max(0, to - from);
    if (used + length > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(2 * scratch.length, used + length));
    }
    byte[] out = scratch;
    int o = used;
    starts[cells] = o;
    if (!quoted) {
      System.arraycopy(b, from, out, o, length);
      o += length;
    } else {
      boolean escape = false; // FastCSV's cleanDelimiters: every other quote is dropped
      for (int i = from; i < to; i++) {
        byte c = b[i];
        if (c == '"') {
          escape = !escape;
          if (escape) {
            continue;
          }
        }
        out[o++] = c;
      }
    }
    ends[cells++] = o;
    return o;
  }

  /** Decodes cells {@code [starts[i], ends[i])} of the bytes. */
  private static String[] texts(byte[] bytes, int[] starts, int[] ends, int count) {
    String[] texts = new String[count];
    for (int i = 0; i < count; i++) {
      texts[i] = new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }
    return texts;
  }

  // ---- input ----

  /** Reads more bytes after the unread ones; returns false when the record in hand is too large. */
  private boolean refill() throws IOException {
    if (eof || malformed) {
      return false;
    }
    flush(); // the pending rows' bytes are about to move
    if (pos == 0 && end == buf.length) {
      if (buf.length >= MAX_BUFFER) {
        return false;
      }
      buf = Arrays.copyOf(buf, 2 * buf.length);
    } else if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      validEnd -= pos;
      pos = 0;
    }
    InputStream stream = in;
    // The first reads are short, then twice as long each time up to the whole buffer: the record that crosses the end
    // of the bytes in hand is met a few times while the JIT profiles the scan, which then compiles that way as a
    // branch, not as a trap that would have it compiled again at the end of the first full buffer.
    int target = (int) Math.min(buf.length, (long) end + readSize);
    readSize = Math.min(2 * readSize, MAX_BUFFER);
    while (end < target) {
      int read = stream.read(buf, end, target - end);
      if (read < 0) {
        eof = true;
        break;
      }
      end += read;
    }
    validate();
    return true;
  }

  private void validate() {
    int valid = validUtf8(buf, validEnd, end);
    validEnd = valid;
    if (valid < end && (eof || end - valid >= 4)) {
      malformed = true; // a sequence that more bytes cannot complete
    }
    limits();
  }

  /**
   * Returns the end of the longest prefix of {@code [from, to)} that is well-formed UTF-8 as the JDK's decoder
   * defines it (no overlong forms, no surrogates, nothing above U+10FFFF): {@code to} when all of it is.
   */
  static int validUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        if (i + 2 > to || !isContinuation(b[i + 1])) {
          return i;
        }
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        if (i + 3 > to) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        int low = c == 0xE0 ? 0xA0 : 0x80;
        int high = c == 0xED ? 0x9F : 0xBF;
        if (c1 < low || c1 > high || !isContinuation(b[i + 2])) {
          return i;
        }
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        if (i + 4 > to) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        int low = c == 0xF0 ? 0x90 : 0x80;
        int high = c == 0xF4 ? 0x8F : 0xBF;
        if (c1 < low || c1 > high || !isContinuation(b[i + 2]) || !isContinuation(b[i + 3])) {
          return i;
        }
        i += 4;
      } else {
        return i;
      }
    }
    return to;
  }

  /** Returns the bytes {@code [from, from + length)}, {@code length} at most 8, as a little-endian word, zero above. */
  static long word(byte[] b, int from, int length) {
    if (length == 0) {
      return 0;
    }
    if (from + 8 <= b.length) {
      long word = (long) LONGS.get(b, from);
      return length == 8 ? word : word & ((1L << (length << 3)) - 1);
    }
    long word = 0;
    for (int k = from + length - 1; k >= from; k--) {
      word = word << 8 | (b[k] & 0xFF);
    }
    return word;
  }

  /** Returns the word of ASCII bytes with {@code a} to {@code z} changed to {@code A} to {@code Z}. */
  private static long upperCase(long word) {
    long lower = (word + (0x80 - 'a') * ONES) & ~(word + (0x80 - 'z' - 1) * ONES) & HIGH;
    return word - (lower >>> 2);
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  // ---- rows in canonical form ----

  /**
   * Accepts the current row when every cell is in canonical form, the interaction builds and its id is new; returns
   * false, having changed nothing, for any other row.
   */
  private boolean accept(Session session) {
    // Each kind of cell in a loop of its own, so that every parser is compiled once: this method stays small enough
    // for the JIT to compile it early (the rows before that run many times slower). Each loop in a method of its own,
    // so that when the JIT compiles a hot loop on its own (on-stack replacement) it compiles that small method, not
    // this one again.
    unusual = false;
    parseTexts();
    parseCachedTexts();
    parseEnumerations();
    parseInstants();
    parseNumbers();
    parseDecimals();
    String[] texts = this.texts;
    String[] cached = this.cached;
    int[] constants = this.constants;
    long[] seconds = this.seconds;
    int[] nanos = this.nanos;
    long[] numbers = this.numbers;
    double[] decimals = this.decimals;
    String id = texts[0];
    int channel = constants[0];
    if (unusual || id == null || texts[2] == null || channel < 0 || cached[0] == null || nanos[0] < 0
        || constants[3] < 0) {
      return false;
    }
    InteractionRecord row = pendingRecords[pendingRows]; // the next free slot: kept there if the row has to wait
    row.clear()
        .interactionId(id)
        .ticketId(texts[1])
        .customerId(texts[2])
        .channel(CHANNELS[channel])
        .category(cached[0])
        .language(cached[1])
        .vendor(cached[2])
        .agentId(cached[3])
        .createdAt(seconds[0], nanos[0])
        .outcome(OUTCOMES[constants[3]]);
    if (constants[1] >= 0) {
      row.priority(PRIORITIES[constants[1]]);
    }
    if (constants[2] >= 0) {
      row.tier(TIERS[constants[2]]);
    }
    if (constants[4] >= 0) {
      row.handledBy(HANDLED_BY[constants[4]]);
    }
    if (nanos[1] >= 0) {
      row.answeredAt(seconds[1], nanos[1]);
    }
    if (nanos[2] >= 0) {
      row.endedAt(seconds[2], nanos[2]);
    }
    if (numbers[0] >= 0) {
      row.waitSeconds(numbers[0]);
    }
    if (numbers[1] >= 0) {
      row.talkSeconds(numbers[1]);
    }
    if (numbers[2] >= 0) {
      row.holdSeconds(numbers[2]);
    }
    if (numbers[3] >= 0) {
      row.wrapSeconds(numbers[3]);
    }
    if (numbers[4] >= 0) {
      row.csat((int) numbers[4]);
    }
    if (numbers[5] >= 0) {
      row.nps((int) numbers[5]);
    }
    if (numbers[6] >= 0) {
      row.ces((int) numbers[6]);
    }
    if (numbers[7] >= 0) {
      row.reopened((int) numbers[7]);
    }
    if (!Double.isNaN(decimals[0])) {
      row.qaPartner(decimals[0]);
    }
    if (!Double.isNaN(decimals[1])) {
      row.qaClient(decimals[1]);
    }
    @Nullable Interaction interaction = null;
    if (asRecords == null) {
      try {
        interaction = row.toInteraction();
      } catch (ValidationException e) {
        return false;
      }
    } else if (!row.isValid()) {
      return false;
    }
    IdIndex ids = session.ids;
    int from = starts[textCells[0]];
    int to = ends[textCells[0]];
    boolean ascii = id.length() == to - from;
    if (cellBytes != buf) { // a record with quotes, read into the scratch: no waiting
      flush();
      if ((ascii ? ids.putIfAbsentLatin1(cellBytes, from, to, line) : ids.putIfAbsent(id, line)) != 0) {
        return false;
      }
      hand(session, row, interaction);
      return true;
    }
    long key = ascii ? ids.denseKey(cellBytes, from, to) : -1;
    if (key >= 0 && pendingRows == 0) { // dense ids cost no cache miss: no need to wait
      if (ids.putIfAbsentDense(key, cellBytes, from, to, line) != 0) {
        return false;
      }
      hand(session, row, interaction);
      return true;
    }
    long hash1 = 0;
    long hash2 = 0;
    if (key < 0) {
      hash1 = ascii ? ids.hash1(cellBytes, from, to) : ids.hash1(id);
      hash2 = ids.hash2();
    }
    int k = pendingRows++;
    pending[k] = interaction;
    pendingHash1[k] = hash1;
    pendingHash2[k] = hash2;
    pendingLine[k] = line;
    pendingKey[k] = key;
    pendingIdFrom[k] = from;
    pendingIdTo[k] = to;
    pendingFrom[k] = starts[0];
    pendingTo[k] = ends[cells - 1];
    if (pendingRows == BATCH) {
      flush();
    }
    return true;
  }

  private void parseTexts() {
    for (int k = 0; k < texts.length; k++) {
      texts[k] = text(textCells[k]);
    }
  }

  private void parseCachedTexts() {
    for (int k = 0; k < cached.length; k++) {
      cached[k] = text(cachedCells[k], caches[k]);
    }
  }

  private void parseEnumerations() {
    for (int k = 0; k < constants.length; k++) {
      constants[k] = enumeration(enumCells[k], ENUM_NAMES[k]);
    }
  }

  private void parseInstants() {
    if ((++instantRows & 4095) == 0) {
      // forget the last date now and then, so that the JIT sees both ways of instant(): a way it has never seen
      // taken is compiled as a trap, and the day the date changes the parser would be compiled again
      lastDate = -1;
    }
    for (int k = 0; k < nanos.length; k++) {
      nanos[k] = instant(instantCells[k], k);
    }
  }

  private void parseNumbers() {
    for (int k = 0; k < numbers.length; k++) {
      numbers[k] = wholeNumber(numberCells[k], k < 4 ? 18 : 9);
    }
  }

  private void parseDecimals() {
    for (int k = 0; k < decimals.length; k++) {
      decimals[k] = decimal(decimalCells[k]);
    }
  }

  /**
   * Returns the cell's bytes {@code [from, to)} packed as {@code from << 32 | to}, or -1 for an absent column or an
   * empty cell; marks the row unusual for a cell with a byte at or below space (or not ASCII) at either end, which
   * the full checks strip or refuse.
   */
  private long bounds(int cell) {
    if (cell < 0) {
      return -1;
    }
    int from = starts[cell];
    int to = ends[cell];
    if (from == to) {
      return -1;
    }
    if (cellBytes[from] <= ' ' || cellBytes[to - 1] <= ' ') {
      unusual = true;
      return -1;
    }
    return (long) from << 32 | to;
  }

  private @Nullable String text(int cell) {
    long bounds = bounds(cell);
    if (bounds < 0) {
      return null;
    }
    int from = (int) (bounds >>> 32);
    return new String(cellBytes, from, (int) bounds - from, StandardCharsets.UTF_8);
  }

  private @Nullable String text(int cell, TextCache cache) {
    long bounds = bounds(cell);
    return bounds < 0 ? null : cache.get(cellBytes, (int) (bounds >>> 32), (int) bounds);
  }

  /** Returns the ordinal of the constant named by the cell in any case, -1 when absent or unknown (unusual). */
  private int enumeration(int cell, long[] names) {
    long bounds = bounds(cell);
    if (bounds < 0) {
      return -1;
    }
    int from = (int) (bounds >>> 32);
    int length = (int) bounds - from;
    if (length <= 16) {
      long first = word(cellBytes, from, Math.min(length, 8));
      long second = length > 8 ? word(cellBytes, from + 8, length - 8) : 0;
      if (((first | second) & HIGH) == 0) {
        first = upperCase(first);
        second = upperCase(second);
        for (int k = 0; k < names.length; k += 3) {
          if (names[k] == first && names[k + 1] == second && names[k + 2] == length) {
            return k / 3;
          }
        }
      }
    }
    unusual = true;
    return -1;
  }

  /** Returns the cell's digits (at most {@code maxDigits}) as a number, -1 when absent or not only digits. */
  private long wholeNumber(int cell, int maxDigits) {
    long bounds = bounds(cell);
    if (bounds < 0) {
      return -1;
    }
    int from = (int) (bounds >>> 32);
    int to = (int) bounds;
    int length = to - from;
    if (length > maxDigits) {
      unusual = true;
      return -1;
    }
    byte[] b = cellBytes;
    if (length <= 8 && from + 8 <= b.length) {
      // up to eight digits at once: check them all, then combine them pairwise (the first digit is the low byte)
      long mask = length == 8 ? -1L : (1L << (length << 3)) - 1;
      long word = (long) LONGS.get(b, from) & mask;
      if ((word & (0xF0 * ONES) & mask) != ((0x30 * ONES) & mask)
          || ((word + 0x06 * ONES) & (0xF0 * ONES) & mask) != ((0x30 * ONES) & mask)) {
        unusual = true;
        return -1;
      }
      word = (word & (0x0F * ONES)) << ((8 - length) << 3);
      word = (word * 2561) >>> 8 & 0x00FF_00FF_00FF_00FFL;
      word = (word * 6553601) >>> 16 & 0x0000_FFFF_0000_FFFFL;
      return (word * 42949672960001L) >>> 32;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        unusual = true;
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Returns a decimal of at most 15 digits ({@code 88}, {@code 88.5}), NaN when absent or in another form. Such a
   * number and the power of ten that scales it are exact doubles, so their quotient is the correctly rounded value,
   * the one {@link Double#parseDouble} returns.
   */
  private double decimal(int cell) {
    long bounds = bounds(cell);
    if (bounds < 0) {
      return Double.NaN;
    }
    int from = (int) (bounds >>> 32);
    int to = (int) bounds;
    byte[] b = cellBytes;
    long mantissa = 0;
    int digits = 0;
    int point = -1;
    for (int i = from; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0 && i > from && i < to - 1) {
        point = i;
      } else {
        unusual = true;
        return Double.NaN;
      }
    }
    if (digits > 15) {
      unusual = true;
      return Double.NaN;
    }
    return point < 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[to - 1 - point];
  }

  /**
   * Reads the instant of a cell in the form {@link Cells#fastInstant} reads: stores its epoch second in {@code
   * seconds[slot]} and returns its nanosecond; returns -1 when absent or not in that form (unusual).
   */
  private int instant(int cell, int slot) {
    long bounds = bounds(cell);
    if (bounds < 0) {
      return -1;
    }
    int from = (int) (bounds >>> 32);
    int to = (int) bounds;
    byte[] b = cellBytes;
    int length = to - from;
    if (length < 20 || b[from + 10] != 'T' || b[from + 13] != ':' || b[from + 16] != ':') {
      unusual = true;
      return -1;
    }
    long date = word(b, from, 8); // yyyy-MM-
    int day = (b[from + 8] & 0xFF) | (b[from + 9] & 0xFF) << 8;
    long epochDay;
    if (date == lastDate && day == lastDay) {
      epochDay = lastEpochDay; // the date of the last instant read, already checked
    } else {
      int year = digits(b, from, 4);
      int month = digits(b, from + 5, 2);
      int dayOfMonth = digits(b, from + 8, 2);
      if (b[from + 4] != '-' || b[from + 7] != '-' || year < 0 || month < 1 || month > 12 || dayOfMonth < 1
          || dayOfMonth > monthLength(year, month)) {
        unusual = true;
        return -1;
      }
      epochDay = Cells.epochDay(year, month, dayOfMonth);
      lastDate = date;
      lastDay = day;
      lastEpochDay = epochDay;
    }
    // HH:mm:ss as one word: each byte xor '0' (':' for the colons) must be at most 9, the colons 0
    long time = (long) LONGS.get(b, from + 11) ^ TIME_PATTERN;
    if (((time | (time + 0x76 * ONES)) & HIGH) != 0 || (time & COLONS) != 0) {
      unusual = true;
      return -1;
    }
    int hour = (int) (time & 0xFF) * 10 + (int) (time >>> 8 & 0xFF);
    int minute = (int) (time >>> 24 & 0xFF) * 10 + (int) (time >>> 32 & 0xFF);
    int second = (int) (time >>> 48 & 0xFF) * 10 + (int) (time >>> 56);
    if (hour > 23 || minute > 59 || second > 59) {
      unusual = true;
      return -1;
    }
    int i = from + 19;
    int nanos = 0;
    if (b[i] == '.') {
      i++;
      int start = i;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        nanos = nanos * 10 + (b[i] - '0');
        i++;
      }
      int fractionDigits = i - start;
      if (fractionDigits == 0 || fractionDigits > 9) {
        unusual = true;
        return -1;
      }
      for (int k = fractionDigits; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == to - 1 && b[i] == 'Z') {
      offsetSeconds = 0;
    } else if (i == to - 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
      int offsetHours = digits(b, i + 1, 2);
      int offsetMinutes = digits(b, i + 4, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours > 18
          || (offsetHours == 18 && offsetMinutes != 0)) {
        unusual = true;
        return -1;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (b[i] == '-' ? -1 : 1);
    } else {
      unusual = true;
      return -1;
    }
    seconds[slot] = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return nanos;
  }

  /** Reads {@code count} decimal digits at {@code start}; -1 when one of them is not a digit. */
  private static int digits(byte[] b, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** Days of each month of a common year, by month number. */
  private static final int[] MONTH_LENGTHS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /**
   * Returns the days of the month (1 to 12) of the year (0 to 9999) without a branch: a branch the JIT never saw taken
   * is compiled as a trap, and the first February or leap year of a file would have the parser compiled again.
   * {@code (x - 1) >>> 31} is 1 when {@code x} is 0, else 0, for {@code x >= 0}.
   */
  private static int monthLength(int year, int month) {
    int february = ((month ^ 2) - 1) >>> 31;
    int byFour = ((year & 3) - 1) >>> 31;
    int byHundred = ((year % 100) - 1) >>> 31;
    int byFourHundred = ((year % 400) - 1) >>> 31;
    return MONTH_LENGTHS[month] + (february & byFour & (1 - byHundred | byFourHundred));
  }

  /** The names of the constants packed as {@link #enumeration} compares them: two words and the length each. */
  private static long[] names(Enum<?>[] constants) {
    long[] names = new long[3 * constants.length];
    for (int i = 0; i < constants.length; i++) {
      byte[] name = constants[i].name().getBytes(StandardCharsets.US_ASCII);
      if (name.length > 16) {
        throw new AssertionError("a constant name longer than 16 bytes: " + constants[i]);
      }
      names[3 * i] = word(name, 0, Math.min(name.length, 8));
      names[3 * i + 1] = name.length > 8 ? word(name, 8, name.length - 8) : 0;
      names[3 * i + 2] = name.length;
    }
    return names;
  }
}
