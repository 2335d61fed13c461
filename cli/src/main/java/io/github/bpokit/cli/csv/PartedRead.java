package io.github.bpokit.cli.csv;

import io.github.bpokit.cli.csv.Utf8CsvReader.Source;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Interaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large input in parts, one thread a part, each into a container of its own, and combines the containers in
 * input order: the result of {@link InteractionCsvReader#collect}, exactly that of reading the whole on one thread.
 *
 * <p>The parts are byte ranges ending just after a line feed, and each is read by a {@link Utf8CsvReader} with the
 * header of the first. That is right only when every part starts at a record, and what the parts see proves it or
 * gives up: the read in parts is used only when no part met a quote or a lone CR (without quotes every line feed ends
 * a record), nothing that sends a reader of the whole back to FastCSV (malformed UTF-8, a record of megabytes), no
 * bad row (whose line, messages and place among the rejected rows only a read from the start gets right), and no id
 * that two parts both accepted (a duplicate, which only the later row's part would have to reject). Any of these, met
 * by any part, stops every part, and the whole input is read again on one thread, as without parts; only rows have
 * been put in containers by then, never handed to the caller's consumer of rejected rows. So the usual input, a
 * machine-written file without quotes or errors, is read on every core, and any other gives the same results as
 * before at the cost of the partial read.
 */
final class PartedRead {
  /** The smallest part, in bytes: below it the threads cost more than they save. */
  static final long MIN_PART = 8L << 20;

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
   * One part's work and outcome. The reader hands its rows to the container {@value #BATCH} at a time, through an
   * array: called for each row, the container's code would be compiled into the reader's (the rows of a whole read go
   * through {@link ParsingThread} instead), making the reader's compilation several times larger, and compiled again
   * each time the container's code changes course (a quantile turning to a sketch, a new page of rows).
   */
  private static final class Work<A> implements Runnable {
    private static final int BATCH = 1024;
    private final InteractionCsvReader reader;
    private final Source source;
    private final Part part;
    private final A container;
    private final BiConsumer<A, ? super Interaction> accumulator;
    @Nullable ReadSummary summary;
    @Nullable IdIndex ids;
    @Nullable Throwable failure;
    private final Interaction[] batch = new Interaction[BATCH];
    private int batched;

    Work(InteractionCsvReader reader, Source source, Part part, Collector<? super Interaction, A, ?> collector) {
      this.reader = reader;
      this.source = source;
      this.part = part;
      this.container = collector.supplier().get();
      this.accumulator = collector.accumulator();
    }

    @Override
    public void run() {
      Utf8CsvReader read = new Utf8CsvReader(reader, source, this::take, row -> {
        throw Unplain.INSTANCE; // a bad row: only a read from the start reports it right
      }, part);
      try {
        summary = read.read();
        ids = read.ids();
        drain();
      } catch (Throwable e) { // Unplain, or what the read or the container threw: looked at once all parts ended
        failure = e;
        part.stop.stopped = true;
      }
    }

    private void take(Interaction interaction) {
      batch[batched++] = interaction;
      if (batched == BATCH) {
        drain();
      }
    }

    private void drain() {
      A into = container;
      BiConsumer<A, ? super Interaction> add = accumulator;
      Interaction[] items = batch;
      for (int k = 0, n = batched; k < n; k++) {
        add.accept(into, items[k]);
        items[k] = null;
      }
      batched = 0;
    }
  }

  /**
   * Reads {@code source} in up to {@code parts} parts of at least {@code minPart} bytes; returns null when the input must be read as a whole instead (see the class comment), or when it is too
   * small for two parts.
   *
   * @throws CsvValidationException for a bad header, as a read of the whole throws it
   * @throws IOException when the input cannot be read
   */
  static <A, R> @Nullable Collected<R> collect(InteractionCsvReader reader, Source source,
      Collector<? super Interaction, A, R> collector, int parts, long minPart) throws IOException {
    long[] bounds = bounds(source, parts, minPart);
    if (bounds == null) {
      return null;
    }
    Stop stop = new Stop();
    int count = bounds.length - 1;
    List<Work<A>> works = new ArrayList<>(count);
    List<Thread> threads = new ArrayList<>(count - 1);
    Consumer<List<String>> startOthers = header -> {
      for (int k = 1; k < count; k++) {
        Work<A> work = new Work<>(reader, source.range(bounds[k], bounds[k + 1]), new Part(header, null, stop),
            collector);
        works.add(work);
        Thread thread = new Thread(work, "bpokit-csv-part-" + k);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
    };
    Work<A> first = new Work<>(reader, source.range(bounds[0], bounds[1]), new Part(null, startOthers, stop),
        collector);
    works.add(first);
    first.run(); // on this thread; starts the others once it has read the header
    if (first.failure != null) {
      stop.stopped = true;
    }
    join(threads, stop);
    for (Work<A> work : works) {
      Throwable failure = work.failure;
      if (failure != null && failure != Unplain.INSTANCE) {
        throw rethrown(failure);
      }
    }
    for (Work<A> work : works) {
      if (work.failure != null) {
        return null;
      }
    }
    for (int i = 0; i < count; i++) {
      for (int j = i + 1; j < count; j++) {
        if (ids(works.get(i)).overlaps(ids(works.get(j)))) {
          return null; // a duplicate id across parts
        }
      }
    }
    return combine(works, collector);
  }

  private static IdIndex ids(Work<?> work) {
    IdIndex ids = work.ids;
    if (ids == null) {
      throw new IllegalStateException("a part ended without its ids");
    }
    return ids;
  }

  private static <A, R> Collected<R> combine(List<Work<A>> works, Collector<? super Interaction, A, R> collector) {
    A container = works.get(0).container;
    long rows = 0;
    long accepted = 0;
    Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
    List<String> header = List.of();
    for (int k = 0; k < works.size(); k++) {
      Work<A> work = works.get(k);
      ReadSummary summary = work.summary;
      if (summary == null) {
        throw new IllegalStateException("part " + k + " ended without its summary");
      }
      if (k == 0) {
        header = summary.header();
      } else {
        container = collector.combiner().apply(container, work.container);
      }
      rows += summary.rows();
      accepted += summary.accepted();
      summary.acceptedByChannel().forEach((channel, n) -> byChannel.merge(channel, n, Long::sum));
    }
    return new Collected<>(new ReadSummary(header, rows, accepted, rows - accepted, byChannel),
        collector.finisher().apply(container));
  }

  /** Waits for the threads; when this thread is interrupted, stops them first and throws. */
  private static void join(List<Thread> threads, Stop stop) throws InterruptedIOException {
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          stop.stopped = true; // the parts end at their next batch of rows
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    }
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException) {
      return (IOException) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    throw new IllegalStateException(failure);
  }

  /**
   * Where the parts start: {@code 0}, then just after the first line feed at or after each {@code k·size/parts}, then
   * the size; null when fewer than two parts of at least {@code minPart} bytes come out.
   */
  static long @Nullable [] bounds(Source source, int parts, long minPart) throws IOException {
    long size = source.size();
    int count = (int) Math.min(parts, size / Math.max(1, minPart));
    if (count < 2) {
      return null;
    }
    List<Long> bounds = new ArrayList<>(count + 1);
    bounds.add(0L);
    for (int k = 1; k < count; k++) {
      long after = Math.max(bounds.get(bounds.size() - 1), k * (size / count));
      long start = lineStartAfter(source, after, size);
      if (start >= size) {
        break;
      }
      if (start > bounds.get(bounds.size() - 1)) {
        bounds.add(start);
      }
    }
    bounds.add(size);
    if (bounds.size() < 3) {
      return null;
    }
    return bounds.stream().mapToLong(Long::longValue).toArray();
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
