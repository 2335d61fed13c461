package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class IdIndexTest {

  @Test
  void fingerprintsAreGuavasMurmur3Of128Bits() {
    IdIndex index = new IdIndex();
    qt().withFixedSeed(11L).withExamples(2000)
        .forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> {
          HashCode guava = Hashing.murmur3_128().hashUnencodedChars(text);
          ByteBuffer bytes = ByteBuffer.wrap(guava.asBytes()).order(ByteOrder.LITTLE_ENDIAN);
          assertThat(index.hash1(text)).isEqualTo(bytes.getLong(0));
          assertThat(index.hash2()).isEqualTo(bytes.getLong(8));
        });
  }

  @Test
  void remembersTheFirstLineOfEachId() {
    IdIndex index = new IdIndex(4);
    int ids = 200_000;
    for (int i = 0; i < ids; i++) {
      assertThat(index.putIfAbsent("id-" + i, i + 2)).isZero();
    }
    assertThat(index.size()).isEqualTo(ids);
    for (int i = 0; i < ids; i += 997) {
      assertThat(index.lineOf("id-" + i)).isEqualTo(i + 2);
      assertThat(index.putIfAbsent("id-" + i, 1_000_000)).isEqualTo(i + 2);
    }
    assertThat(index.lineOf("id-" + ids)).isZero();
    assertThat(index.lineOf("")).isZero();
    assertThat(index.putIfAbsent("", 7)).isZero();
    assertThat(index.lineOf("")).isEqualTo(7);
    assertThat(index.size()).isEqualTo(ids + 1);
  }

  /**
   * Two indexes overlap exactly when they hold an id in common, wherever each keeps it: ids of one dense form or of
   * another prefix, with and without leading zeros, numbers too sparse for pages, lines too wide for a slot, each
   * index fixing its prefix from its own first id. And {@code putAll} makes an index hold the union.
   */
  @Test
  void overlapsWhenTwoIndexesHoldACommonIdAndPutAllMakesTheUnion() {
    String[] prefixes = {"i", "T-", "", "x", "id-"};
    qt().withFixedSeed(12L).withExamples(300)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          List<Set<String>> sets = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
          List<IdIndex> indexes = List.of(new IdIndex(16), new IdIndex(16, 1 + random.nextInt(3000)),
              new IdIndex(1 + random.nextInt(5000)));
          int span = random.nextBoolean() ? 2000 : 2_000_000_000;
          for (int side = 0; side < 3; side++) {
            int count = random.nextInt(1500);
            for (int i = 0; i < count; i++) {
              String prefix = prefixes[random.nextInt(random.nextBoolean() ? 1 : prefixes.length)];
              int number = random.nextInt(span);
              String id = prefix + (random.nextInt(50) == 0 ? "0" : "") + number;
              if (sets.get(side).add(id)) {
                assertThat(indexes.get(side).putIfAbsent(id, i + 1)).isZero();
              }
            }
          }
          for (int side = 1; side < 3; side++) {
            if (random.nextBoolean() && !sets.get(0).isEmpty()) { // often a common id
              String common = sets.get(side - 1).isEmpty() ? sets.get(0).iterator().next()
                  : sets.get(side - 1).iterator().next();
              if (sets.get(side).add(common)) {
                indexes.get(side).putIfAbsent(common, 5000);
              }
            }
          }
          boolean expected = !Collections.disjoint(sets.get(0), sets.get(1));
          assertThat(indexes.get(0).overlaps(indexes.get(1))).as("%s vs %s", sets.get(0), sets.get(1))
              .isEqualTo(expected);
          assertThat(indexes.get(1).overlaps(indexes.get(0))).isEqualTo(expected);
          IdIndex union = indexes.get(0);
          union.putAll(indexes.get(1));
          Set<String> both = new HashSet<>(sets.get(0));
          both.addAll(sets.get(1));
          assertThat(union.size()).isBetween(both.size(), sets.get(0).size() + sets.get(1).size());
          for (String id : both) {
            assertThat(union.lineOf(id)).as(id).isPositive();
          }
          assertThat(union.overlaps(indexes.get(2))).isEqualTo(!Collections.disjoint(both, sets.get(2)));
          assertThat(indexes.get(2).overlaps(union)).isEqualTo(!Collections.disjoint(both, sets.get(2)));
        });
  }

  @Test
  void overlapsInEachPlaceAnIdCanBeKept() {
    IdIndex dense = new IdIndex();
    IdIndex otherPrefix = new IdIndex();
    IdIndex table = new IdIndex();
    for (int i = 1; i <= 100; i++) {
      dense.putIfAbsent("i" + i, i);
      otherPrefix.putIfAbsent("T-" + i, i);
      table.putIfAbsent("id-" + i + "-x", i);
    }
    assertThat(dense.overlaps(otherPrefix)).isFalse();
    assertThat(dense.overlaps(table)).isFalse();
    IdIndex pages = new IdIndex();
    pages.putIfAbsent("i100", 1); // in pages: the same prefix as dense
    assertThat(dense.overlaps(pages)).isTrue();
    otherPrefix.putIfAbsent("i7", 200); // in the table of an index whose prefix is T-
    assertThat(dense.overlaps(otherPrefix)).isTrue();
    assertThat(otherPrefix.overlaps(dense)).isTrue();
    IdIndex texts = new IdIndex();
    texts.putIfAbsent("id-55-x", 3);
    assertThat(table.overlaps(texts)).isTrue();
    assertThat(texts.overlaps(table)).isTrue();
    assertThat(new IdIndex().overlaps(new IdIndex())).isFalse();
  }

  @Test
  void lineNumbersStartAtOne() {
    assertThatThrownBy(() -> new IdIndex().putIfAbsent("a", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
