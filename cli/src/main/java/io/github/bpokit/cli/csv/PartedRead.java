package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.cli.csv.Utf8CsvReader.Source;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large input in parts on several threads, each thread taking the next part not read yet, into containers of
 * the collector (one per thread when it is unordered, else one per part) combined in input order: the result of
 * {@link InteractionCsvReader#collect}, exactly that of reading the whole on one thread.
 *
 * <p>The parts are byte ranges ending just after a line feed, and each is read by a {@link Utf8CsvReader} with the
 * header of the first. That is right only when every part starts at a record, and what the parts see proves it or
 * gives up: the read in parts is used only when no part met a quote or a lone CR (without quotes every line feed ends
 * a record), nothing that sends a reader of the whole back to FastCSV (malformed UTF-8, a record of megabytes), no
 * bad row (whose line, messages and place among the rejected rows only a read from the start gets right), and no id
 * that two parts both accepted (a duplicate, which only the later row's part would have to reject). Any of these, met
 * by any part, stops every part, and the whole input is read again as a whole, as without parts; only rows have
 * been put in containers by then, never handed to the caller's consumer of rejected rows. So the usual input, a
 * machine-written file without quotes or errors, is read on every core, and any other gives the same results as
 * before at the cost of the partial read.
 */
final class PartedRead {
  /** The smallest part, in bytes: below it the threads cost more than they save. */
  static final long MIN_PART = 8L << 20;
  /** The most parts: about 20 come out of 2 GB on two threads (see {@link #bounds}). */
  static final int MAX_PARTS = 64;

  private PartedRead() {}

  /**
   * Thrown inside a part's read when the parts cannot give the result of a read of the whole, or were asked to stop.
   * Carries nothing: it only unwinds the part.
   */
  static final class Unplain extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unplain INSTANCE = new Unplain();

    private Unplain() {
      super("the input cannot be read in parts", null, false, false);
    }
  }

  /** What a part's reader needs to know of the others: the header, and whether to stop. */
  static final class Part {
    private final @Nullable List<String> header;
    private final @Nullable Consumer<List<String>> onHeader;
    private final Stop stop;

    private Part(@Nullable List<String> header, @Nullable Consumer<List<String>> onHeader, Stop stop) {
      this.header = header;
      this.onHeader = onHeader;
      this.stop = stop;
    }

    /** The header cells to read this part with; null for the first part, which reads them. */
    @Nullable List<String> header() {
      return header;
    }

    /** Called by the first part's reader once it read the header cells, before any row. */
    void headerRead(List<String> cells) {
      if (onHeader != null) {
        onHeader.accept(cells);
      }
    }

    boolean stopped() {
      return stop.stopped;
    }
  }

  private static final class Stop {
    volatile boolean stopped;
  }

  /**
   * One thread's reading: the parts it takes, one after the other, with one reader (the same header, ids and caches:
   * a reader starting afresh would take, in code the JIT has compiled, paths it had not taken since its own start, and
   * have that code compiled again), into one container when the collector is {@linkplain
   * Collector.Characteristics#UNORDERED unordered}, else one container per part.
   *
   * <p>The reader hands its rows to the container {@value #BATCH} at a time, through an array: called for each row,
   * the container's code would be compiled into the reader's (the rows of a whole read go through {@link
   * ParsingThread} instead), making that compilation several times larger, and compiled again each time the
   * container's code changes course (a quantile turning to a sketch, a new page of rows). With a record adder the
   * array holds records, each row's fields copied into one.
   */
  private static final class Worker<A> implements Runnable {
    private static final int BATCH = 1024;
    private final InteractionCsvReader reader;
    private final Source source;
    private final long[] bounds;
    private final AtomicInteger next;
    private final Part part;
    private final Collector<? super Interaction, A, ?> collector;
    private final boolean unordered;
    private final int first; // the part this worker reads first
    /** The containers by part (one only, under the first part's index, when the collector is unordered). */
    final SortedMap<Integer, A> containers = new TreeMap<>();
    private @Nullable A container;
    @Nullable ReadSummary summary;
    @Nullable IdIndex ids;
    @Nullable Throwable failure;
    /** Adds a record to a container: then the rows are batched as records, else as interactions. */
    private final @Nullable BiConsumer<A, InteractionRecord> addRecord;
    private final @Nullable Interaction[] batch;
    private final InteractionRecord[] records;
    private int batched;

    Worker(InteractionCsvReader reader, Source source, long[] bounds, AtomicInteger next, int first, Part part,
        Collector<? super Interaction, A, ?> collector, @Nullable BiConsumer<A, InteractionRecord> addRecord) {
      this.reader = reader;
      this.source = source;
      this.bounds = bounds;
      this.next = next;
      this.first = first;
      this.part = part;
      this.collector = collector;
      this.addRecord = addRecord;
      this.unordered = collector.characteristics().contains(Collector.Characteristics.UNORDERED);
      this.batch = new Interaction[addRecord == null ? BATCH : 0];
      this.records = Utf8CsvReader.newRecords(addRecord == null ? 0 : BATCH);
    }

    /** What the reader hands its rows to: as records when there is {@link #addRecord}, in order either way. */
    private Consumer<Interaction> rows() {
      if (addRecord == null) {
        return this::take;
      }
      return new RecordConsumer() {
        @Override
        public void accept(Interaction interaction) {
          records[batched].from(interaction);
          taken();
        }

        @Override
        public void acceptRecord(InteractionRecord record) {
          records[batched].from(record);
          taken();
        }
      };
    }

    @Override
    public void run() {
      try {
        int k = first;
        Utf8CsvReader read = new Utf8CsvReader(reader, range(k), rows(), row -> {
          throw Unplain.INSTANCE; // a bad row: only a read from the start reports it right
        }, part);
        newContainer(k);
        summary = read.read();
        drain();
        while (!part.stopped() && (k = next.getAndIncrement()) < bounds.length - 1) {
          if (!unordered) {
            newContainer(k);
          }
          summary = read.readNext(range(k));
          drain();
        }
        ids = read.ids();
      } catch (Throwable e) { // Unplain, or what the read or the container threw: looked at once all threads ended
        failure = e;
        part.stop.stopped = true;
      }
    }

    private Source range(int k) {
      return source.range(bounds[k], bounds[k + 1]);
    }

    private void newContainer(int k) {
      A made = collector.supplier().get();
      container = made;
      containers.put(k, made);
    }

    private void take(Interaction interaction) {
      batch[batched] = interaction;
      taken();
    }

    private void taken() {
      if (++batched == BATCH) {
        drain();
      }
    }

    private void drain() {
      A into = container;
      BiConsumer<A, InteractionRecord> recordAdder = addRecord;
      if (recordAdder != null) {
        InteractionRecord[] items = records;
        for (int k = 0, n = batched; k < n; k++) {
          recordAdder.accept(into, items[k]);
        }
      } else {
        BiConsumer<A, ? super Interaction> add = collector.accumulator();
        @Nullable Interaction[] items = batch;
        for (int k = 0, n = batched; k < n; k++) {
          add.accept(into, requireNonNull(items[k]));
          items[k] = null;
        }
      }
      batched = 0;
    }
  }

  /**
   * Reads {@code source} in up to {@code parts} parts of at least {@code minPart} bytes on {@code threads} threads,
   * this one included; returns null when the input must be read as a whole instead (see the class comment), or when
   * it is too small for two parts. Each thread takes the next part not yet taken, so that a thread slowed down (by the
   * JIT compiling, by another process) does not hold up the others; the first part is read first, on this thread, for
   * its header. With {@code addRecord}, which must add a record to a container as the collector's accumulator adds
   * the interaction it holds, the rows are handed on as records, most without building their interaction.
   *
   * @throws CsvValidationException for a bad header, as a read of the whole throws it
   * @throws IOException when the input cannot be read
   */
  static <A, R> @Nullable Collected<R> collect(InteractionCsvReader reader, Source source,
      Collector<? super Interaction, A, R> collector, @Nullable BiConsumer<A, InteractionRecord> addRecord,
      int threads, int parts, long minPart) throws IOException {
    long[] bounds = threads < 2 ? null : bounds(source, threads, parts, minPart);
    if (bounds == null) {
      return null;
    }
    int count = bounds.length - 1;
    Stop stop = new Stop();
    AtomicInteger next = new AtomicInteger(1);
    List<Worker<A>> workers = new ArrayList<>();
    List<Thread> started = new ArrayList<>();
    Consumer<List<String>> startOthers = header -> {
      int others = Math.min(threads, count) - 1;
      next.set(1 + others); // parts 1 to others are their first: set before any starts and takes more
      for (int t = 1; t <= others; t++) {
        Worker<A> worker = new Worker<>(reader, source, bounds, next, t, new Part(header, null, stop), collector,
            addRecord);
        workers.add(worker);
        Thread thread = new Thread(worker, "bpokit-csv-part-" + t);
        thread.setDaemon(true);
        started.add(thread);
        thread.start();
      }
    };
    Worker<A> first = new Worker<>(reader, source, bounds, next, 0, new Part(null, startOthers, stop), collector,
        addRecord);
    workers.add(0, first);
    first.run(); // on this thread: the first part, which starts the others once it has read the header, then more
    join(started, stop);
    for (Worker<A> worker : workers) {
      Throwable failure = worker.failure;
      if (failure != null && failure != Unplain.INSTANCE) {
        ParsingThread.rethrow(failure);
        throw new IllegalStateException("unexpected checked exception from a part", failure);
      }
    }
    for (Worker<A> worker : workers) {
      if (worker.failure != null) {
        return null;
      }
    }
    IdIndex union = ids(workers.get(0));
    for (int w = 1; w < workers.size(); w++) {
      IdIndex ids = ids(workers.get(w));
      if (union.overlaps(ids)) {
        return null; // a duplicate id across parts
      }
      if (w + 1 < workers.size()) {
        union.putAll(ids);
      }
    }
    return combine(workers, collector);
  }

  private static IdIndex ids(Worker<?> worker) {
    IdIndex ids = worker.ids;
    if (ids == null) {
      throw new IllegalStateException("a thread ended without its ids");
    }
    return ids;
  }

  /** Combines the containers in the order of their parts, and adds up the counts. */
  private static <A, R> Collected<R> combine(List<Worker<A>> workers,
      Collector<? super Interaction, A, R> collector) {
    SortedMap<Integer, A> containers = new TreeMap<>();
    long rows = 0;
    long accepted = 0;
    Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    for (Worker<A> worker : workers) {
      ReadSummary summary = worker.summary;
      if (summary == null) {
        throw new IllegalStateException("a thread ended without its summary");
      }
      containers.putAll(worker.containers);
      rows += summary.rows();
      accepted += summary.accepted();
      summary.acceptedByChannel().forEach((channel, n) -> byChannel.merge(channel, n, Long::sum));
    }
    A container = null;
    boolean any = false;
    for (A next : containers.values()) {
      container = any ? collector.combiner().apply(container, next) : next;
      any = true;
    }
    List<String> header = requireNonNull(workers.get(0).summary).header();
    return new Collected<>(new ReadSummary(header, rows, accepted, rows - accepted, byChannel),
        collector.finisher().apply(container));
  }

  /** Waits for the threads; when this thread is interrupted, stops them first and throws. */
  private static void join(List<Thread> threads, Stop stop) throws InterruptedIOException {
    boolean interrupted = false;
    for (Thread thread : threads) {
      interrupted |= ParsingThread.join(thread, () -> stop.stopped = true); // they end at their next batch of rows
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    }
  }

  /**
   * Where the parts start: {@code 0}, then just after the first line feed at or after each target, then the size;
   * null when fewer than two parts of at least {@code minPart} bytes come out. The parts shrink as they go (guided
   * scheduling): each is a {@code 2·threads}-th of what is left, and at least {@code minPart}, up to {@code parts}
   * parts, the last taking the rest. The threads end as far apart as the time the last part taken takes to read, so
   * the last parts are short; the first ones are long, so there are few in all (12 for 340 MB on two threads, where
   * 8 equal parts left the threads ending 0.09 s apart on average, up to 0.17 s; 0.02 s, up to 0.05 s, now).
   */
  static long @Nullable [] bounds(Source source, int threads, int parts, long minPart) throws IOException {
    long size = source.size();
    long least = Math.max(1, minPart);
    if (parts < 2 || size / least < 2) {
      return null;
    }
    long share = 2L * Math.max(1, threads);
    List<Long> bounds = new ArrayList<>();
    bounds.add(0L);
    for (long at = 0; bounds.size() < parts; ) {
      long left = size - at;
      long step = Math.max(least, left / share);
      if (left - step < least) {
        break; // the rest is the last part
      }
      long start = lineStartAfter(source, at + step, size);
      if (start >= size) {
        break;
      }
      bounds.add(start);
      at = start;
    }
    bounds.add(size);
    if (bounds.size() < 3) {
      return null;
    }
    long[] starts = new long[bounds.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = bounds.get(k);
    }
    return starts;
  }

  /** Returns the position just after the first line feed at or after {@code from}, or {@code size}. */
  private static long lineStartAfter(Source source, long from, long size) throws IOException {
    try (InputStream in = source.range(from, size).open()) {
      byte[] window = new byte[1 << 16];
      long at = from;
      for (int read; (read = in.read(window)) > 0; at += read) {
        for (int i = 0; i < read; i++) {
          if (window[i] == '\n') {
            return at + i + 1;
          }
        }
      }
      return size;
    }
  }
}
