package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.CsvText.header;
import static io.github.bpokit.cli.csv.CsvText.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Problem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading thread hands on exactly what a read on the calling thread would: the same calls in the same order, the
 * same summary, the same exception object after the same rows; and it stops when a consumer throws.
 */
class ParsingThreadTest {
  /** Lengths around the batch size, so that the end falls in, at and after a batch. */
  private static final int[] LENGTHS = {0, 1, ParsingThread.BATCH - 1, ParsingThread.BATCH, ParsingThread.BATCH + 1,
      ParsingThread.QUEUED * ParsingThread.BATCH * 3 + 17};

  private static final ReadSummary SUMMARY = new ReadSummary(List.of("interaction_id"), 0, 0, 0, Map.of());

  /** A row of a sequence: an interaction, or a rejected row; every 7th row is rejected. */
  private static List<Object> items(int n) {
    StringBuilder csv = new StringBuilder(header()).append('\n');
    for (int i = 0; i < n; i++) {
      csv.append(valid("i" + i)).append('\n');
    }
    List<Object> items = new ArrayList<>();
    InteractionCsvReader.strict().read(csv.toString().getBytes(StandardCharsets.UTF_8), items::add, r -> {});
    for (int i = 0; i < n; i += 7) {
      items.set(i, new RejectedRow(i + 2, List.of("interaction_id"), List.of("i" + i),
          List.of(Problem.of("csat", "9", "must be between 1 and 5"))));
    }
    return items;
  }

  /** A read that replays the items, then fails with {@code failure} when it is not null. */
  private static ParsingThread.Read replay(List<Object> items, @Nullable Throwable failure, AtomicInteger produced) {
    return (accepted, rejected) -> {
      for (Object item : items) {
        produced.incrementAndGet();
        if (item instanceof Interaction) {
          accepted.accept((Interaction) item);
        } else {
          rejected.accept((RejectedRow) item);
        }
      }
      if (failure != null) {
        ParsingThread.rethrow(failure);
      }
      return SUMMARY;
    };
  }

  @Test
  void handsOnEveryRowInOrderThenTheSummary() throws IOException {
    for (int n : LENGTHS) {
      List<Object> items = items(n);
      List<Object> seen = new ArrayList<>();
      ReadSummary summary = ParsingThread.read(replay(items, null, new AtomicInteger()), seen::add, seen::add);
      assertThat(summary).isSameAs(SUMMARY);
      assertThat(seen).as("n = %d", n).containsExactlyElementsOf(items);
    }
  }

  @Test
  void theReadsFailureComesAfterTheRowsBeforeIt() {
    List<Throwable> failures = List.of(new CsvValidationException(12, List.of(Problem.of("csat", "9", "too big"))),
        new IOException("disk gone"), new IllegalStateException("broken"), new OutOfMemoryError("no room"));
    for (int n : LENGTHS) {
      List<Object> items = items(n);
      for (Throwable failure : failures) {
        List<Object> seen = new ArrayList<>();
        assertThatThrownBy(() -> ParsingThread.read(replay(items, failure, new AtomicInteger()), seen::add, seen::add))
            .isSameAs(failure);
        assertThat(seen).containsExactlyElementsOf(items);
      }
    }
  }

  @Test
  void aConsumersFailureStopsTheRead() throws InterruptedException {
    List<Object> items = items(ParsingThread.QUEUED * ParsingThread.BATCH * 20);
    AtomicInteger produced = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    IllegalArgumentException failure = new IllegalArgumentException("interaction i3000: cannot measure");
    AtomicReference<Thread> reader = new AtomicReference<>();
    ParsingThread.Read read = (accepted, rejected) -> {
      reader.set(Thread.currentThread());
      return replay(items, null, produced).run(accepted, rejected);
    };
    assertThatThrownBy(() -> ParsingThread.read(read, i -> {
      if (consumed.incrementAndGet() == 3_000) {
        throw failure;
      }
    }, r -> {})).isSameAs(failure);
    assertThat(reader.get()).isNotSameAs(Thread.currentThread());
    assertThat(reader.get().isAlive()).isFalse(); // ended before the exception came out
    // the read stopped at its next full batch once the queue had drained: far from the end
    assertThat(produced.get()).isLessThan(3_000 + (ParsingThread.QUEUED + 3) * ParsingThread.BATCH);
    assertThat(consumed.get()).isEqualTo(3_000);
  }

  @Test
  void anInterruptedCallerStopsTheReadAndSaysSo() {
    List<Object> items = items(ParsingThread.QUEUED * ParsingThread.BATCH * 20);
    AtomicReference<Thread> reader = new AtomicReference<>();
    ParsingThread.Read read = (accepted, rejected) -> {
      reader.set(Thread.currentThread());
      return replay(items, null, new AtomicInteger()).run(accepted, rejected);
    };
    AtomicInteger consumed = new AtomicInteger();
    try {
      assertThatThrownBy(() -> ParsingThread.read(read, i -> {
        if (consumed.incrementAndGet() == 10) {
          Thread.currentThread().interrupt();
        }
      }, r -> {})).isInstanceOf(InterruptedIOException.class).hasMessage("interrupted while reading");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(reader.get().isAlive()).isFalse();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void readingAFileGivesWhatTheReaderGivesOnOneThread(@TempDir Path dir) throws IOException {
    // a lenient read with rejected rows between accepted ones, long enough for many batches
    StringBuilder csv = new StringBuilder(header()).append('\n');
    for (int i = 0; i < 5_000; i++) {
      csv.append(i % 13 == 5 ? valid("i" + i).replace(",RESOLVED,", ",DONE,") : valid("i" + i)).append('\n');
    }
    Path file = dir.resolve("interactions.csv");
    Files.writeString(file, csv);
    for (InteractionCsvReader reader : List.of(InteractionCsvReader.lenient(), InteractionCsvReader.strict())) {
      List<Object> here = new ArrayList<>();
      List<Object> threaded = new ArrayList<>();
      Object hereOutcome;
      Object threadedOutcome;
      try {
        hereOutcome = reader.readHere(file, here::add, here::add);
      } catch (CsvValidationException e) {
        hereOutcome = e.getMessage();
      }
      try {
        threadedOutcome = ParsingThread.read((a, r) -> reader.readHere(file, a, r), threaded::add, threaded::add);
      } catch (CsvValidationException e) {
        threadedOutcome = e.getMessage();
      }
      assertThat(threadedOutcome).isEqualTo(hereOutcome);
      assertThat(threaded).containsExactlyElementsOf(here);
      assertThat(here).hasSize(reader.isStrict() ? 6 : 5_000); // strict: stops at the first bad row, i5
    }
  }
}
