package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The id index answers as a map from id to first line would, whatever the ids look like and whichever of its parts
 * (dense pages, the fingerprint table, lines kept aside) holds them, through the text and the byte entry points alike.
 */
class IdIndexDenseTest {

  @Test
  void behavesAsAMapOfFirstLines() {
    Random random = new Random(17);
    for (int round = 0; round < 40; round++) {
      IdIndex index = new IdIndex(random.nextInt(3000), round % 4 == 0 ? 500 : Long.MAX_VALUE);
      Map<String, Long> expected = new HashMap<>();
      List<String> seen = new ArrayList<>();
      for (long line = 1; line <= 3000; line++) {
        String id = random.nextInt(10) == 0 && !seen.isEmpty() ? seen.get(random.nextInt(seen.size()))
            : randomId(random, round);
        long first = expected.getOrDefault(id, 0L);
        assertThat(index.lineOf(id)).as(id).isEqualTo(first);
        byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1);
        long put = random.nextBoolean() && id.chars().allMatch(c -> c < 0x80)
            ? index.putIfAbsentLatin1(bytes, 0, bytes.length, line) : index.putIfAbsent(id, line);
        assertThat(put).as(id).isEqualTo(first);
        if (first == 0) {
          expected.put(id, line);
          seen.add(id);
        }
        assertThat(index.size()).isEqualTo(expected.size());
      }
      for (Map.Entry<String, Long> entry : expected.entrySet()) {
        assertThat(index.lineOf(entry.getKey())).isEqualTo(entry.getValue());
      }
    }
  }

  @Test
  void numbersWithALeadingZeroOrAnotherPrefixAreOtherIds() {
    IdIndex index = new IdIndex();
    assertThat(index.putIfAbsent("i7", 2)).isZero();
    assertThat(index.putIfAbsent("i07", 3)).isZero();
    assertThat(index.putIfAbsent("I7", 4)).isZero();
    assertThat(index.putIfAbsent("7", 5)).isZero();
    assertThat(index.putIfAbsent("ii7", 6)).isZero();
    assertThat(index.putIfAbsent("i", 7)).isZero();
    assertThat(index.putIfAbsent("i0", 8)).isZero();
    assertThat(index.putIfAbsent("i00", 9)).isZero();
    assertThat(index.putIfAbsent("i1234567890", 10)).isZero();
    assertThat(index.putIfAbsent("i123456789", 11)).isZero();
    byte[] i7 = "i7".getBytes(StandardCharsets.US_ASCII);
    assertThat(index.putIfAbsentLatin1(i7, 0, 2, 20)).isEqualTo(2);
    assertThat(index.lineOf("i07")).isEqualTo(3);
    assertThat(index.lineOf("i0")).isEqualTo(8);
    assertThat(index.lineOf("i123456789")).isEqualTo(11);
    assertThat(index.size()).isEqualTo(10);
  }

  @Test
  void sparseNumbersAndHugeLinesGoToTheTable() {
    IdIndex index = new IdIndex();
    Random random = new Random(3);
    Map<String, Long> expected = new HashMap<>();
    for (long line = 1; line <= 50_000; line++) {
      String id = "n" + (1 + random.nextInt(999_999_999));
      long put = index.putIfAbsent(id, line * 100_000);
      assertThat(put).isEqualTo(expected.getOrDefault(id, 0L));
      expected.putIfAbsent(id, line * 100_000);
    }
    for (Map.Entry<String, Long> entry : expected.entrySet()) {
      assertThat(index.lineOf(entry.getKey())).isEqualTo(entry.getValue());
    }
  }

  private static String randomId(Random random, int round) {
    String[] prefixes = {"i", "T-", "", "é", "x".repeat(40), "i0"};
    String prefix = round % 3 == 0 ? prefixes[random.nextInt(prefixes.length)] : "i";
    int kind = random.nextInt(10);
    String number = kind == 0 ? "0" + random.nextInt(100) : kind == 1 ? Long.toString(random.nextLong() & Long.MAX_VALUE)
        : Integer.toString(random.nextInt(round % 2 == 0 ? 5000 : 1_000_000_000));
    return random.nextInt(20) == 0 ? prefix : prefix + number;
  }
}
