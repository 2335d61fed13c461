package io.github.bpokit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The repeat-contact store on inputs too large for the O(n²) oracle: several pages, instants centuries apart (pages
 * that keep whole seconds), nanoseconds in some pages only; checked against a sort-based reference, split and merged,
 * and serialized.
 */
class RepeatContactsTest {
  private static final int CELLS = 5;

  private record Row(String customer, String category, Instant created, int cell, boolean handled,
      boolean resolved) {}

  private static List<Row> rows(long seed, int n) {
    return rows(seed, n, true);
  }

  /** With {@code unusualInstants}: some instants centuries apart, some nanoseconds; else whole seconds in 60 hours. */
  private static List<Row> rows(long seed, int n, boolean unusualInstants) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Row> rows = new ArrayList<>(n);
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      Instant created;
      if (unusualInstants && i > 90_000 && i < 100_000 && random.nextInt(50) == 0) {
        created = random.nextBoolean() ? Instant.parse("1900-01-01T00:00:00Z") : Instant.parse("2200-06-01T00:00:00Z");
      } else {
        created = base.plusSeconds(random.nextInt(60) * 3_600L);
      }
      if (unusualInstants && i >= 70_000 && random.nextInt(4) == 0) {
        created = created.plusNanos(random.nextInt(3));
      }
      rows.add(new Row("c" + random.nextInt(3_000), random.nextBoolean() ? "a" : "b", created,
          random.nextInt(CELLS), random.nextInt(10) != 0, random.nextBoolean()));
    }
    return rows;
  }

  private static RepeatContacts store(List<Row> rows, boolean sameCategory) {
    RepeatContacts store = new RepeatContacts(sameCategory);
    rows.forEach(r -> store.add(r.customer, r.category, r.created.getEpochSecond(), r.created.getNano(), r.cell, r.handled, r.resolved));
    return store;
  }

  /** Evaluates the store with keys and payloads apart, as when they do not fit in one long together. */
  private static long[] apart(RepeatContacts store, Duration window, Instant asOf) {
    return store.evaluate(window, asOf, CELLS, false, RepeatContacts.BUCKET_ROWS);
  }

  /** Sort each key's rows by instant; a repeat is the first later instant within the window. */
  private static long[] reference(List<Row> rows, boolean sameCategory, Duration window, Instant asOf) {
    Map<String, List<Row>> byKey = new HashMap<>();
    for (Row r : rows) {
      byKey.computeIfAbsent(r.customer + (sameCategory ? "|" + r.category : ""), k -> new ArrayList<>()).add(r);
    }
    long[] counts = new long[CELLS * RepeatContacts.COUNTERS];
    for (List<Row> group : byKey.values()) {
      group.sort(Comparator.comparing(Row::created));
      for (Row r : group) {
        if (!r.handled) {
          continue;
        }
        Instant end = r.created.plus(window);
        boolean repeated = group.stream().anyMatch(j -> j.created.isAfter(r.created) && !j.created.isAfter(end));
        int base = r.cell * RepeatContacts.COUNTERS;
        if (end.isAfter(asOf)) {
          counts[base + RepeatContacts.PENDING]++;
        } else {
          counts[base + RepeatContacts.ELIGIBLE]++;
          if (repeated) {
            counts[base + RepeatContacts.REPEATED]++;
          } else if (r.resolved) {
            counts[base + RepeatContacts.FIRST_CONTACT_RESOLVED]++;
          }
        }
      }
    }
    return counts;
  }

  @Test
  void largeInputsMatchTheReferenceSplitOrWhole() {
    List<Row> rows = rows(1, 200_000);
    Duration window = Duration.ofHours(7);
    Instant asOf = Instant.parse("2026-01-03T00:00:00Z");
    for (boolean sameCategory : new boolean[] {true, false}) {
      long[] expected = reference(rows, sameCategory, window, asOf);
      RepeatContacts whole = store(rows, sameCategory);
      assertThat(whole.size()).isEqualTo(rows.size());
      assertThat(whole.evaluate(window, asOf, CELLS)).containsExactly(expected);
      assertThat(whole.evaluate(window, asOf, CELLS, true, 7)).as("buckets of 7 rows").containsExactly(expected);

      RepeatContacts left = store(rows.subList(0, 123_457), sameCategory);
      RepeatContacts right = store(rows.subList(123_457, rows.size()), sameCategory);
      int[] identity = {0, 1, 2, 3, 4};
      right.merge(left, identity);
      assertThat(right.evaluate(window, asOf, CELLS)).containsExactly(expected);

      RepeatContacts copy = SerializableTester.reserialize(store(rows.subList(0, 80_000), sameCategory));
      copy.merge(store(rows.subList(80_000, rows.size()), sameCategory), identity);
      assertThat(copy.evaluate(window, asOf, CELLS)).containsExactly(expected);
    }
  }

  /** With and without the same-category rule: the rows in one store, and split at {@code split} then merged. */
  private static void matchesTheReferenceWholeAndSplit(List<Row> rows, int split, Duration window, Instant asOf) {
    for (boolean sameCategory : new boolean[] {true, false}) {
      long[] expected = reference(rows, sameCategory, window, asOf);
      assertThat(store(rows, sameCategory).evaluate(window, asOf, CELLS)).containsExactly(expected);
      assertThat(apart(store(rows, sameCategory), window, asOf)).as("keys apart").containsExactly(expected);
      for (int bucketRows : new int[] {1, 7, 1 << 20}) {
        assertThat(store(rows, sameCategory).evaluate(window, asOf, CELLS, true, bucketRows))
            .as("buckets of %d rows", bucketRows).containsExactly(expected);
      }
      RepeatContacts left = store(rows.subList(0, split), sameCategory);
      left.merge(store(rows.subList(split, rows.size()), sameCategory), new int[] {0, 1, 2, 3, 4});
      assertThat(left.evaluate(window, asOf, CELLS)).containsExactly(expected);
    }
  }

  /** Whole seconds close together: each row's instant and cell are sorted packed in one long, page after page. */
  @Test
  void wholeSecondsOverSeveralPagesMatchTheReference() {
    List<Row> rows = rows(3, 150_000, false);
    Instant asOf = Instant.parse("2026-01-02T06:00:00Z");
    // the rows are on whole hours: a window of exactly 5 hours reaches the rows 5 hours later, 1 ns less does not
    for (Duration window : List.of(Duration.ofHours(5), Duration.ofHours(5).minusNanos(1),
        Duration.ofHours(5).plusNanos(999_999_999))) {
      matchesTheReferenceWholeAndSplit(rows, 70_001, window, asOf);
    }
  }

  @Test
  void mergingPagesOfSecondsFarApartKeepsEveryInstant() {
    // the second store's page starts in 1966, 60 years before the first's (a shift that fits in an int), but holds a
    // row of 1950, 76 years before: merged, that row no longer fits in a delta of the first store's page
    List<Row> rows = new ArrayList<>();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 10; i++) {
      rows.add(new Row("c" + i % 3, "a", base.plusSeconds(i * 600L), i % CELLS, true, i % 2 == 0));
    }
    for (String at : List.of("1966-01-01T00:00:00Z", "1950-01-01T00:00:00Z", "1950-01-01T01:00:00Z",
        "2026-01-01T00:30:00Z")) {
      rows.add(new Row("c1", "a", Instant.parse(at), rows.size() % CELLS, true, true));
    }
    matchesTheReferenceWholeAndSplit(rows, 10, Duration.ofHours(2), Instant.parse("2026-06-01T00:00:00Z"));
  }

  @Test
  void mergingRenumbersCells() {
    List<Row> rows = rows(2, 5_000);
    RepeatContacts a = store(rows, true);
    RepeatContacts shifted = new RepeatContacts(true);
    rows.forEach(r -> shifted.add(r.customer, r.category, r.created.getEpochSecond(), r.created.getNano(), CELLS - 1 - r.cell, r.handled, r.resolved));
    RepeatContacts target = new RepeatContacts(true);
    target.merge(shifted, new int[] {4, 3, 2, 1, 0});
    Duration window = Duration.ofHours(30);
    Instant asOf = Instant.parse("2026-01-02T12:00:00Z");
    assertThat(target.evaluate(window, asOf, CELLS)).containsExactly(a.evaluate(window, asOf, CELLS));
    // merging with itself counts everything twice: each interaction now has a twin at the same instant,
    // which is no repeat (strictly after), so every counter doubles
    long[] once = a.evaluate(window, asOf, CELLS);
    a.merge(a, new int[] {0, 1, 2, 3, 4});
    long[] twice = a.evaluate(window, asOf, CELLS);
    for (int i = 0; i < once.length; i++) {
      assertThat(twice[i]).isEqualTo(2 * once[i]);
    }
    assertThatThrownBy(() -> a.merge(new RepeatContacts(false), new int[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Customer ids that a careless packing of prefix and number would confuse, and ids it must not pack. */
  private static final String[] TRICKY_IDS = {
    "7", "07", "007", "0", "00", "c7", "c07", "c007", "c0", "c00", "c", "", "c70", "c 7", "c7 ", "7c", "7c7", "c1",
    "c12", "c123456789012", "c1234567890123", "c0123456789012", "999999999999", "1000000000000", "c\u0663" + "5",
    "\u0663" + "5", "c\u00e97", "d7", "C7", "c-7", "c--7"};

  @Test
  void customerIdsOfEveryFormAreTheirOwnKeys() {
    SplittableRandom random = new SplittableRandom(4);
    List<Row> rows = new ArrayList<>();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 20_000; i++) {
      rows.add(new Row(TRICKY_IDS[random.nextInt(TRICKY_IDS.length)], random.nextBoolean() ? "a" : "b",
          base.plusSeconds(random.nextInt(200) * 600L), random.nextInt(CELLS), random.nextInt(5) != 0,
          random.nextBoolean()));
    }
    Duration window = Duration.ofHours(2);
    Instant asOf = base.plus(Duration.ofDays(1));
    matchesTheReferenceWholeAndSplit(rows, 7_000, window, asOf);
  }

  @Test
  void prefixesAndCategoriesBeyondThePackedLimitsStayExact() {
    // 300 prefixes (more than the 127 a packed key has room for) and 70,000 categories (more than 65,536): the
    // ids seen after a dictionary is full are numbered instead; stores that filled up in different orders merge
    // exactly, because each re-encodes the other's keys
    SplittableRandom random = new SplittableRandom(5);
    List<Row> rows = new ArrayList<>();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 160_000; i++) {
      String category = i < 70_000 ? "k" + i : random.nextInt(4) == 0 ? "k" + random.nextInt(80_000) : "a";
      rows.add(new Row("p" + (char) ('a' + random.nextInt(20)) + (char) ('a' + random.nextInt(15)) + "-"
          + random.nextInt(40), category, base.plusSeconds(random.nextInt(500) * 60L),
          random.nextInt(CELLS), random.nextInt(5) != 0, random.nextBoolean()));
    }
    Duration window = Duration.ofHours(1);
    Instant asOf = base.plus(Duration.ofHours(6));
    int[] identity = {0, 1, 2, 3, 4};
    for (boolean sameCategory : new boolean[] {true, false}) {
      long[] expected = reference(rows, sameCategory, window, asOf);
      assertThat(store(rows, sameCategory).evaluate(window, asOf, CELLS)).containsExactly(expected);
      List<Row> reversed = new ArrayList<>(rows);
      Collections.reverse(reversed);
      RepeatContacts first = store(rows.subList(0, 100_000), sameCategory);
      RepeatContacts second = store(reversed.subList(0, rows.size() - 100_000), sameCategory);
      RepeatContacts both = SerializableTester.reserialize(store(rows.subList(0, 100_000), sameCategory));
      both.merge(second, identity);
      assertThat(both.evaluate(window, asOf, CELLS)).containsExactly(expected);
      second.merge(first, identity);
      assertThat(second.evaluate(window, asOf, CELLS)).containsExactly(expected);
      second.merge(second, identity); // every counter doubles (see mergingRenumbersCells)
      long[] twice = second.evaluate(window, asOf, CELLS);
      for (int i = 0; i < expected.length; i++) {
        assertThat(twice[i]).isEqualTo(2 * expected[i]);
      }
    }
  }

  @Test
  void usualRowsArePackedTogetherInOneLong() {
    List<Row> rows = rows(3, 1_000, false);
    long span = 59 * 3_600L;
    RepeatContacts.Packing packing = store(rows, true).packing(span);
    assertThat(packing).isNotNull();
    // 2 categories (1 bit), customers below 3,000 (12 bits), 60 hours of seconds (18 bits), cells below 5 and 2 flags
    assertThat(packing.keyBits()).isEqualTo(13);
    assertThat(packing.cellBits()).isEqualTo(5);
    assertThat(packing.payloadBits()).isEqualTo(18 + 5);
    assertThat(store(rows, true).packing(Integer.MAX_VALUE)).as("a span of 31 bits").isNotNull();
    assertThat(store(rows, true).packing(1L << 45)).as("46 bits: 64 in all").isNull();
    List<Row> numbered = new ArrayList<>(rows);
    numbered.add(new Row("customer-x", "a", Instant.parse("2026-01-01T00:00:00Z"), 0, true, true));
    // a key the table numbers has its top bit set: 24 bits of prefix and category between it and the others
    RepeatContacts.Packing withNumbered = store(numbered, true).packing(span);
    assertThat(withNumbered).isNotNull();
    assertThat(withNumbered.keyBits()).isEqualTo(24 + 12);
    assertThat(store(numbered, true).packing(1L << 30)).as("36 + 31 + 5 bits").isNull();
    Duration window = Duration.ofHours(5);
    Instant asOf = Instant.parse("2026-01-02T06:00:00Z");
    assertThat(store(numbered, true).evaluate(window, asOf, CELLS))
        .containsExactly(apart(store(numbered, true), window, asOf))
        .containsExactly(reference(numbered, true, window, asOf));
  }

  /** The reference: {@code values[from, to)} stably sorted by their bits {@code mask} from {@code low}. */
  private static long[] byBits(long[] values, int from, int to, int low, long mask) {
    return Arrays.stream(values, from, to).boxed().sorted(Comparator.comparingLong(v -> (v >>> low) & mask))
        .mapToLong(Long::longValue).toArray();
  }

  @Test
  void sortByBitsIsAStableSortOnThoseBits() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {0, 1, 2, 100, 50_000}) {
      for (int bits : new int[] {0, 1, 9, 12, 13, 27, 40}) {
        int low = random.nextInt(64 - bits + 1);
        long[] values = new long[n];
        for (int k = 0; k < n; k++) {
          values[k] = random.nextInt(8) == 0 && k > 0 ? values[random.nextInt(k)] : random.nextLong();
        }
        long mask = bits == 0 ? 0 : -1L >>> (64 - bits);
        long[] sorted = RepeatContacts.sortByBits(values.clone(), new long[n], 0, n, low, bits);
        assertThat(sorted).as("%d values by %d bits from %d", n, bits, low)
            .containsExactly(byBits(values, 0, n, low, mask));
        // a range of them, sorted with the same range of a scratch array, the rest of both left alone
        int from = n / 3;
        int to = n - n / 5;
        long[] range = values.clone();
        long[] scratch = new long[n];
        Arrays.fill(scratch, -1L);
        long[] result = RepeatContacts.sortByBits(range, scratch, from, to, low, bits);
        assertThat(result == range || result == scratch).as("the result is in one of the two").isTrue();
        assertThat(Arrays.copyOfRange(result, from, to)).as("%d values by %d bits from %d, [%d, %d)", n, bits, low,
            from, to).containsExactly(byBits(values, from, to, low, mask));
        for (int k = 0; k < n; k++) {
          if (k < from || k >= to) {
            assertThat(range[k]).isEqualTo(values[k]);
            assertThat(scratch[k]).isEqualTo(-1L);
          }
        }
      }
    }
  }

  @Test
  void sortByKeyIsAStableUnsignedSort() {
    SplittableRandom random = new SplittableRandom(6);
    for (int n : new int[] {0, 1, 2, 100, 50_000}) {
      for (int spread : new int[] {0, 3, 20, 64}) {
        int shift = random.nextInt(64 - spread + 1);
        long[] keys = new long[n];
        long[] payloads = new long[n];
        for (int k = 0; k < n; k++) {
          long bits = random.nextLong();
          keys[k] = spread == 64 ? bits : (bits & ((1L << spread) - 1)) << shift;
          if (random.nextInt(10) == 0 && k > 0) {
            keys[k] = keys[random.nextInt(k)];
          }
          payloads[k] = k;
        }
        Long[] expected = new Long[n];
        for (int k = 0; k < n; k++) {
          expected[k] = (long) k;
        }
        long[] original = keys.clone();
        Arrays.sort(expected, (a, b) -> Long.compareUnsigned(original[(int) (long) a], original[(int) (long) b]));
        RepeatContacts.Sorted sorted = RepeatContacts.sortByKey(keys, payloads);
        assertThat(sorted.keys()).hasSize(n);
        assertThat(sorted.payloads()).hasSize(n);
        for (int k = 0; k < n; k++) {
          assertThat(sorted.payloads()[k]).isEqualTo(expected[k]);
          assertThat(sorted.keys()[k]).isEqualTo(original[(int) sorted.payloads()[k]]);
        }
      }
    }
  }

  @Test
  void sortByInstantSortsLongRuns() {
    SplittableRandom random = new SplittableRandom(3);
    for (int m : new int[] {0, 1, 2, 24, 25, 100, 1_000, 4_097}) {
      long[] seconds = new long[m];
      int[] nanos = new int[m];
      int[] index = new int[m];
      for (int k = 0; k < m; k++) {
        seconds[k] = random.nextInt(50);
        nanos[k] = random.nextInt(3);
        index[k] = k;
      }
      RepeatContacts.sortByInstant(index, new int[m], m, seconds, nanos);
      for (int k = 1; k < m; k++) {
        int a = index[k - 1];
        int b = index[k];
        assertThat(seconds[a] < seconds[b] || (seconds[a] == seconds[b] && nanos[a] <= nanos[b])).isTrue();
      }
      assertThat(Arrays.stream(index).sorted().toArray())
          .containsExactly(java.util.stream.IntStream.range(0, m).toArray());
    }
  }
}
