package io.github.bpokit.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyTableTest {
  @Test
  void numbersKeysInOrderOfFirstAppearance() {
    KeyTable keys = new KeyTable();
    assertThat(keys.intern("c-1", 0)).isEqualTo(0);
    assertThat(keys.intern("c-1", 3)).isEqualTo(1);
    assertThat(keys.intern("c-2", 0)).isEqualTo(2);
    assertThat(keys.intern(new String("c-1"), 0)).isEqualTo(0);
    assertThat(keys.intern("", 0)).isEqualTo(3);
    assertThat(keys.size()).isEqualTo(4);
    assertThat(keys.text(1)).isEqualTo("c-1");
    assertThat(keys.tag(1)).isEqualTo(3);
    assertThat(keys.text(3)).isEmpty();
    assertThatThrownBy(() -> keys.text(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> keys.tag(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anyTextRoundTrips() {
    KeyTable keys = new KeyTable();
    List<String> texts = List.of("abc", "ab", "abcd", "réclamation", "é", "∑ cat", "客户-7", "\uD83D\uDE00",
        "\uD800", "x\uDC00y", "\u00FF", "\u0100", "ÿ\u0100");
    for (int i = 0; i < texts.size(); i++) {
      assertThat(keys.intern(texts.get(i), -i)).isEqualTo(i);
    }
    for (int i = 0; i < texts.size(); i++) {
      assertThat(keys.intern(new String(texts.get(i).toCharArray()), -i)).isEqualTo(i);
      assertThat(keys.text(i)).isEqualTo(texts.get(i));
      assertThat(keys.tag(i)).isEqualTo(-i);
    }
  }

  @Test
  void manyKeysAcrossPagesAndAKeyLongerThanAPage() {
    KeyTable keys = new KeyTable();
    Map<String, Integer> expected = new HashMap<>();
    List<String> byId = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(1);
    String huge = "h".repeat(1_500_000);
    for (int i = 0; i < 120_000; i++) {
      String text = i % 7 == 0 ? "客户-" + random.nextInt(40_000) : "cust-" + random.nextInt(90_000);
      int tag = i == 50_000 ? 9 : random.nextInt(3);
      if (i == 50_000) {
        text = huge;
      }
      String key = text + "#" + tag;
      Integer id = expected.get(key);
      int got = keys.intern(text, tag);
      if (id == null) {
        assertThat(got).isEqualTo(byId.size());
        expected.put(key, got);
        byId.add(key);
      } else {
        assertThat(got).isEqualTo(id);
      }
    }
    assertThat(keys.size()).isEqualTo(byId.size());
    for (int id = 0; id < byId.size(); id += 97) {
      assertThat(keys.text(id) + "#" + keys.tag(id)).isEqualTo(byId.get(id));
    }
    int hugeId = expected.get(huge + "#9");
    assertThat(keys.text(hugeId)).isEqualTo(huge);
    assertThat(keys.intern("h".repeat(1_500_000), 9)).isEqualTo(hugeId);
    KeyTable copy = SerializableTester.reserialize(keys);
    assertThat(copy.size()).isEqualTo(keys.size());
    assertThat(copy.intern("cust-1", 7)).isEqualTo(keys.size());
  }

  @Test
  void stringDictionary() {
    StringDictionary d = new StringDictionary();
    for (int i = 0; i < 1_000; i++) {
      assertThat(d.intern("v" + i)).isEqualTo(i);
    }
    assertThat(d.intern("v7")).isEqualTo(7);
    assertThat(d.get(999)).isEqualTo("v999");
    assertThat(d.size()).isEqualTo(1_000);
    assertThatThrownBy(() -> d.get(1_000)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
