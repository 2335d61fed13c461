package io.github.bpokit.cli.csv;

import io.github.bpokit.core.model.Interaction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a read on a thread of its own and hands what it produces to the caller's consumers on the calling thread, in
 * the order it was produced: so that parsing the file and what the caller does with each row (a scorecard's
 * accumulation) use two cores, with exactly the results of the same read on one thread.
 *
 * <p>Accepted interactions and rejected rows travel together, in batches of {@value #BATCH} through a queue of
 * {@value #QUEUED} batches; the read's summary or failure comes last. So the consumers see the same calls in the same
 * order as without the thread; a failure of the read (a {@link CsvValidationException}, an {@link IOException}, any
 * exception or error) is thrown on the calling thread, the same object, once every row before it was handed on; and
 * when a consumer throws, the read is stopped at its next batch, its thread has ended when the consumer's exception
 * comes out of {@link #read}, and nothing more is handed on.
 *
 * <pre>{@code
 * ReadSummary summary = ParsingThread.read((accepted, rejected) -> reader.readHere(file, accepted, rejected),
 *     accumulator::add, rejectedRows::add);
 * }</pre>
 */
final class ParsingThread {
  /** Items per batch. */
  static final int BATCH = 1024;
  /** Batches that may wait in the queue. */
  static final int QUEUED = 8;

  private ParsingThread() {}

  /** A read that hands each row to the consumers it is given. */
  @FunctionalInterface
  interface Read {
    ReadSummary run(Consumer<Interaction> accepted, Consumer<RejectedRow> rejected) throws IOException;
  }

  /** Rows on their way, and at the end the read's outcome. */
  private static final class Batch {
    final Object[] items;
    int size;
    boolean last;
    @Nullable ReadSummary summary;
    @Nullable Throwable failure;

    Batch(int capacity) {
      items = new Object[capacity];
    }
  }

  /** Thrown on the reading thread to stop the read once the calling thread gave up. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the read was stopped", null, false, false);
    }
  }

  /** The reading thread's side: fills batches and queues them. */
  private static final class Producer implements Runnable {
    private final Read read;
    private final BlockingQueue<Batch> queue;
    private volatile boolean stopped;
    private Batch batch = new Batch(BATCH);

    Producer(Read read, BlockingQueue<Batch> queue) {
      this.read = read;
      this.queue = queue;
    }

    private void add(Object item) {
      Batch b = batch;
      b.items[b.size++] = item;
      if (b.size == BATCH) {
        if (stopped) {
          throw new Stopped();
        }
        put(b);
        batch = new Batch(BATCH);
      }
    }

    private void put(Batch b) {
      try {
        queue.put(b);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }

    @Override
    public void run() {
      Batch end;
      try {
        ReadSummary summary = read.run(this::add, this::add);
        end = batch;
        end.summary = summary;
      } catch (Throwable e) { // handed to the calling thread, whatever it is
        end = batch;
        end.failure = e;
      }
      end.last = true;
      put(end);
    }
  }

  /**
   * Runs {@code read} on a new thread and hands its rows to {@code accepted} and {@code rejected} on this thread.
   *
   * @return the read's summary
   * @throws IOException what the read threw, or an {@link InterruptedIOException} when this thread was interrupted
   *     while waiting (the read is stopped first)
   */
  static ReadSummary read(Read read, Consumer<? super Interaction> accepted, Consumer<? super RejectedRow> rejected)
      throws IOException {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    Producer producer = new Producer(read, queue);
    Thread thread = new Thread(producer, "bpokit-csv-reader");
    thread.setDaemon(true);
    thread.start();
    boolean finished = false;
    try {
      while (true) {
        Batch b = queue.take();
        Object[] items = b.items;
        for (int k = 0, n = b.size; k < n; k++) {
          Object item = items[k];
          if (item instanceof Interaction) {
            accepted.accept((Interaction) item);
          } else {
            rejected.accept((RejectedRow) item);
          }
        }
        if (b.last) {
          finished = true;
          return outcome(b);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while reading");
      interrupted.initCause(e);
      throw interrupted;
    } finally {
      if (!finished) {
        stop(producer, queue, thread);
      }
    }
  }

  private static ReadSummary outcome(Batch last) throws IOException {
    Throwable failure = last.failure;
    if (failure == null) {
      ReadSummary summary = last.summary;
      if (summary == null) {
        throw new AssertionError("the read returned no summary");
      }
      return summary;
    }
    rethrow(failure);
    throw new AssertionError("unexpected checked exception from a read", failure);
  }

  /** Throws {@code failure} when it is an {@link IOException}, an unchecked exception or an error. */
  static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException) {
      throw (IOException) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
  }

  /** Stops the read and waits until its thread has ended, discarding what it still hands on. */
  private static void stop(Producer producer, BlockingQueue<Batch> queue, Thread thread) {
    producer.stopped = true;
    boolean interrupted = Thread.interrupted();
    try {
      while (true) {
        try {
          if (queue.take().last) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      interrupted |= join(thread, () -> { });
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits until {@code thread} has ended, even when this thread is interrupted meanwhile, running {@code onInterrupt}
   * at each interruption; returns whether it was interrupted (its interrupt status is then cleared: the caller
   * restores it).
   */
  static boolean join(Thread thread, Runnable onInterrupt) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        return interrupted;
      } catch (InterruptedException e) {
        interrupted = true;
        onInterrupt.run();
      }
    }
  }
}
