package io.github.bpokit.cli.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

  @Test
  void lineNumbersStartAtOne() {
    assertThatThrownBy(() -> new IdIndex().putIfAbsent("a", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
