package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.CsvText.header;
import static io.github.bpokit.cli.csv.CsvText.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.bpokit.core.model.Interaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;

/**
 * The read in parts ({@link PartedRead}): that it is used for plain input, that anything it cannot read exactly as a
 * whole read does sends the input to a read of the whole with the same results, and where the parts start. (Every
 * input of {@link Utf8CsvReaderTest} is also read in 2 and 5 parts there and compared with the reference.)
 */
class PartedReadTest {

  /** A collector to a list that counts the containers it made and the combinations. */
  private static final class Counting {
    final AtomicInteger containers = new AtomicInteger();
    final AtomicInteger combined = new AtomicInteger();

    Collector<Interaction, List<Interaction>, List<Interaction>> collector(Consumer<Interaction> onEach) {
      return Collector.of(
          () -> {
            containers.incrementAndGet();
            return new ArrayList<>();
          },
          (list, interaction) -> {
            onEach.accept(interaction);
            list.add(interaction);
          },
          (left, right) -> {
            combined.incrementAndGet();
            left.addAll(right);
            return left;
          });
    }
  }

  private static byte[] rows(int count, String... extraLines) {
    List<String> lines = new ArrayList<>(List.of(header()));
    for (int i = 1; i <= count; i++) {
      lines.add(valid("i" + i));
    }
    lines.addAll(List.of(extraLines));
    return CsvText.lines(lines).getBytes(StandardCharsets.UTF_8);
  }

  private static List<Interaction> wholeRead(InteractionCsvReader reader, byte[] csv, List<RejectedRow> rejected) {
    List<Interaction> accepted = new ArrayList<>();
    reader.read(csv, accepted::add, rejected::add);
    return accepted;
  }

  @Test
  void plainInputIsReadInPartsCombinedInOrder() {
    byte[] csv = rows(400);
    Counting counting = new Counting();
    List<RejectedRow> rejected = new ArrayList<>();
    Collected<List<Interaction>> read = InteractionCsvReader.strict()
        .collect(csv, counting.collector(interaction -> { }), null, rejected::add, 2, 4, 1);
    assertThat(counting.containers).hasValue(4);
    assertThat(counting.combined).hasValue(3);
    assertThat(read.result()).isEqualTo(wholeRead(InteractionCsvReader.strict(), csv, new ArrayList<>()));
    assertThat(read.summary().rows()).isEqualTo(400);
    assertThat(read.summary().accepted()).isEqualTo(400);
    assertThat(read.summary().header()).isEqualTo(List.of(header().split(",")));
    assertThat(rejected).isEmpty();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("bpokit-csv-part"));
  }

  @Test
  void aQuoteOrALoneCarriageReturnInAnyPartSendsTheInputToOneWholeRead() {
    String last = valid("i401");
    for (String extra : List.of("\"" + last.replaceFirst(",", "\","), last + "\r" + valid("i402"))) {
      byte[] csv = rows(400, extra);
      Counting counting = new Counting();
      Collected<List<Interaction>> read = InteractionCsvReader.strict()
          .collect(csv, counting.collector(interaction -> { }), null, row -> { }, 2, 4, 1);
      assertThat(counting.containers).as(extra).hasValue(4 + 1); // the parts', then the whole read's
      assertThat(read.result()).isEqualTo(wholeRead(InteractionCsvReader.strict(), csv, new ArrayList<>()));
    }
  }

  @Test
  void badRowsAreHandedOnOnlyByTheWholeRead() {
    byte[] csv = rows(400, valid("i401").replace(",VOICE,", ",PIGEON,"), valid("i402"));
    List<RejectedRow> expected = new ArrayList<>();
    List<Interaction> expectedRows = wholeRead(InteractionCsvReader.lenient(), csv, expected);
    List<RejectedRow> rejected = new ArrayList<>();
    Collected<List<Interaction>> read = InteractionCsvReader.lenient()
        .collect(csv, new Counting().collector(interaction -> { }), null, rejected::add, 2, 4, 1);
    assertThat(rejected).hasSize(1).isEqualTo(expected);
    assertThat(rejected.get(0).line()).isEqualTo(402);
    assertThat(read.result()).isEqualTo(expectedRows);
    assertThat(read.summary().rejected()).isEqualTo(1);
    assertThatThrownBy(() -> InteractionCsvReader.strict()
        .collect(csv, new Counting().collector(interaction -> { }), null, row -> { }, 2, 4, 1))
        .isInstanceOf(CsvValidationException.class)
        .hasMessageStartingWith("line 402: ");
  }

  @Test
  void anIdAcceptedInTwoPartsIsADuplicateAsInAWholeRead() {
    byte[] csv = rows(400, valid("i3"));
    List<RejectedRow> rejected = new ArrayList<>();
    Counting counting = new Counting();
    Collected<List<Interaction>> read = InteractionCsvReader.lenient()
        .collect(csv, counting.collector(interaction -> { }), null, rejected::add, 2, 4, 1);
    assertThat(counting.containers).hasValue(4 + 1);
    assertThat(rejected).singleElement()
        .satisfies(row -> assertThat(row.describe()).contains("line 402").contains("duplicate of line 4"));
    assertThat(read.result()).hasSize(400);
  }

  @Test
  void whatTheCollectorThrowsInAPartIsThrown() {
    byte[] csv = rows(400);
    IllegalStateException failure = new IllegalStateException("no room for i350");
    assertThatThrownBy(() -> InteractionCsvReader.strict().collect(csv, new Counting().collector(interaction -> {
      if (interaction.interactionId().equals("i350")) {
        throw failure;
      }
    }), null, row -> { }, 2, 4, 1)).isSameAs(failure);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("bpokit-csv-part"));
  }

  @Test
  void aThreadThatIsFreeTakesTheNextPart() {
    byte[] csv = rows(900);
    CountDownLatch othersTaken = new CountDownLatch(8); // parts 1 to 8, while the first is held up
    Map<String, Integer> partsByThread = new ConcurrentHashMap<>();
    Collector<Interaction, List<Interaction>, List<Interaction>> collector = Collector.of(
        () -> {
          String thread = Thread.currentThread().getName();
          partsByThread.merge(thread, 1, Integer::sum);
          if (thread.startsWith("bpokit-csv-part")) {
            othersTaken.countDown();
          }
          return new ArrayList<>();
        },
        (list, interaction) -> {
          if (interaction.interactionId().equals("i1")) {
            await(othersTaken); // the first part waits until the other thread has taken every other part
          }
          list.add(interaction);
        },
        (left, right) -> {
          left.addAll(right);
          return left;
        });
    Collected<List<Interaction>> read = InteractionCsvReader.strict().collect(csv, collector, null, row -> { }, 2, 9, 1);
    assertThat(read.result()).isEqualTo(wholeRead(InteractionCsvReader.strict(), csv, new ArrayList<>()));
    assertThat(partsByThread).containsOnly(entry("bpokit-csv-part-1", 8), entry(Thread.currentThread().getName(), 1));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other parts were read meanwhile").isTrue();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void partsShrinkAsTheyGoDownToTheSmallestPart() throws Exception {
    byte[] csv = rows(4000);
    int line = csv.length / 4000 + 1;
    long minPart = csv.length / 40;
    long[] bounds = PartedRead.bounds(Utf8CsvReader.Source.of(csv), 2, 64, minPart);
    // each part a quarter (2 threads) of what is left, at least minPart, each rounded up to the next line start
    assertThat(bounds).startsWith(0L).endsWith(csv.length).hasSizeBetween(9, 14);
    assertThat(bounds[1]).isBetween(csv.length / 4L, csv.length / 4L + line);
    for (int k = 1; k + 1 < bounds.length; k++) {
      long part = bounds[k] - bounds[k - 1];
      long left = csv.length - bounds[k - 1];
      assertThat(part).as("part %d", k).isBetween(Math.max(minPart, left / 4), Math.max(minPart, left / 4) + line);
    }
    long last = csv.length - bounds[bounds.length - 2];
    assertThat(last).as("the last part, the rest").isLessThan(2 * minPart + line);
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(csv), 2, 5, minPart)).as("at most 5 parts").hasSize(6);
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(csv), 4, 64, minPart)[1]).as("an eighth with 4 threads")
        .isBetween(csv.length / 8L, csv.length / 8L + line);
  }

  @Test
  void partsStartJustAfterALineFeed() throws Exception {
    byte[] csv = rows(1000);
    long[] bounds = PartedRead.bounds(Utf8CsvReader.Source.of(csv), 2, 7, 1);
    assertThat(bounds).hasSize(8).startsWith(0L).endsWith(csv.length);
    for (int k = 1; k < bounds.length; k++) {
      assertThat(bounds[k]).isGreaterThan(bounds[k - 1]);
      assertThat(csv[(int) bounds[k] - 1]).isEqualTo((byte) '\n');
    }
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(csv), 2, 7, csv.length / 2)).hasSize(3);
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(csv), 2, 7, csv.length)).isNull();
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(csv), 2, 1, 1)).isNull();
    byte[] oneLine = header().getBytes(StandardCharsets.UTF_8);
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(oneLine), 2, 4, 1)).isNull();
    byte[] twoLines = (header() + "\n" + valid("i1")).getBytes(StandardCharsets.UTF_8);
    assertThat(PartedRead.bounds(Utf8CsvReader.Source.of(twoLines), 2, 4, 1))
        .containsExactly(0, header().length() + 1, twoLines.length);
  }
}
