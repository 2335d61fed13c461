package io.github.bpokit.core.segment;

import static io.github.bpokit.core.segment.Dimension.AGENT;
import static io.github.bpokit.core.segment.Dimension.CATEGORY;
import static io.github.bpokit.core.segment.Dimension.CHANNEL;
import static io.github.bpokit.core.segment.Dimension.LANGUAGE;
import static io.github.bpokit.core.segment.Dimension.PRIORITY;
import static io.github.bpokit.core.segment.Dimension.TIER;
import static io.github.bpokit.core.segment.Dimension.VENDOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentKeyTest {
  static SegmentKey key(List<Dimension> dimensions, String... values) {
    return SegmentKey.of(dimensions, List.of(values));
  }

  @Test
  void theWhole() {
    SegmentKey all = SegmentKey.all();
    assertThat(all.label()).isEqualTo("*");
    assertThat(all).hasToString("*");
    assertThat(all.isAll()).isTrue();
    assertThat(all.size()).isZero();
    assertThat(all.dimensions()).isEmpty();
    assertThat(all.values()).isEmpty();
    assertThat(all.value(CHANNEL)).isEmpty();
    assertThat(all.segmentation()).isSameAs(Segmentation.whole());
    assertThat(SegmentKey.of(List.of(), List.of())).isSameAs(all);
    assertThat(SegmentKey.of(Map.of())).isSameAs(all);
  }

  @Test
  void oneDimension() {
    SegmentKey chat = SegmentKey.of(CHANNEL, "chat");
    assertThat(chat.label()).isEqualTo("CHAT");
    assertThat(chat).hasToString("channel=CHAT");
    assertThat(chat.isAll()).isFalse();
    assertThat(chat.size()).isOne();
    assertThat(chat.dimensions()).containsExactly(CHANNEL);
    assertThat(chat.values()).containsExactly("CHAT");
    assertThat(chat.value(CHANNEL)).contains("CHAT");
    assertThat(chat.value(0)).isEqualTo("CHAT");
    assertThat(chat.value(CATEGORY)).isEmpty();
    assertThat(chat.segmentation()).isEqualTo(Segmentation.parse("channel"));
  }

  @Test
  void severalDimensionsKeepTheirOrder() {
    SegmentKey key = key(List.of(TIER, CATEGORY, CHANNEL, AGENT), "l2", "billing", " Voice ", "a-1");
    assertThat(key.label()).isEqualTo("L2|billing|VOICE|a-1");
    assertThat(key).hasToString("tier=L2|category=billing|channel=VOICE|agent=a-1");
    assertThat(key.dimensions()).containsExactly(TIER, CATEGORY, CHANNEL, AGENT);
    assertThat(key.values()).containsExactly("L2", "billing", "VOICE", "a-1");
    assertThat(key.value(AGENT)).contains("a-1");
    assertThat(key.value(3)).isEqualTo("a-1");
    assertThat(key.value(VENDOR)).isEmpty();
    assertThatThrownBy(() -> key.value(4)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index 4 for a key of 4 dimension(s)");
    assertThatThrownBy(() -> key.value(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> SegmentKey.all().value(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void textValuesAreKeptVerbatim() {
    SegmentKey key = key(List.of(CATEGORY, VENDOR, LANGUAGE), " Billing ", "ACME inc.", "en-GB");
    assertThat(key.values()).containsExactly(" Billing ", "ACME inc.", "en-GB");
    assertThat(key).isNotEqualTo(key(List.of(CATEGORY, VENDOR, LANGUAGE), "Billing", "ACME inc.", "en-GB"));
  }

  @Test
  void aMapGivesDeclarationOrderWhateverItsIterationOrder() {
    Map<Dimension, String> values = new LinkedHashMap<>();
    values.put(TIER, "L3");
    values.put(CATEGORY, "billing");
    values.put(CHANNEL, "EMAIL");
    assertThat(SegmentKey.of(values).dimensions()).containsExactly(CHANNEL, CATEGORY, TIER);
    assertThat(SegmentKey.of(values).label()).isEqualTo("EMAIL|billing|L3");
    assertThat(SegmentKey.of(Map.of(CATEGORY, "billing", CHANNEL, "email")))
        .isEqualTo(key(List.of(CHANNEL, CATEGORY), "EMAIL", "billing"));
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> key(List.of(CHANNEL, CHANNEL), "CHAT", "EMAIL"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimension channel repeated in [channel, channel]");
    assertThatThrownBy(() -> key(List.of(CHANNEL, CATEGORY), "CHAT"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 dimension(s) [channel, category] but 1 value(s) [CHAT]");
    assertThatThrownBy(() -> key(List.of(CHANNEL), "CHAT", "billing"))
        .hasMessage("1 dimension(s) [channel] but 2 value(s) [CHAT, billing]");
    assertThatThrownBy(() -> SegmentKey.of(CATEGORY, " "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("value for category must not be blank, got ' '");
    assertThatThrownBy(() -> SegmentKey.of(AGENT, "")).hasMessage("value for agent must not be blank, got ''");
    assertThatThrownBy(() -> SegmentKey.of(CHANNEL, "fax")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown channel 'fax', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP");
    assertThatThrownBy(() -> SegmentKey.of(PRIORITY, "(none)"))
        .hasMessage("unknown priority '(none)', expected one of LOW, NORMAL, HIGH, URGENT");
    assertThatThrownBy(() -> SegmentKey.of(TIER, "L4")).hasMessage("unknown tier 'L4', expected one of L1, L2, L3");
  }

  @Test
  void labelsEscapeSoThatDistinctKeysHaveDistinctLabels() {
    List<Dimension> two = List.of(CATEGORY, VENDOR);
    SegmentKey a = key(two, "a|b", "c");
    SegmentKey b = key(two, "a", "b|c");
    assertThat(a.label()).isEqualTo("a\\|b|c");
    assertThat(b.label()).isEqualTo("a|b\\|c");
    assertThat(key(two, "back\\slash", "x").label()).isEqualTo("back\\\\slash|x");
    assertThat(key(two, "a\\", "|b").label()).isEqualTo("a\\\\|\\|b");
    assertThat(key(two, "a", "\\|b").label()).isEqualTo("a|\\\\\\|b");
    assertThat(SegmentKey.of(CATEGORY, "*").label()).isEqualTo("\\*");
    assertThat(key(two, "*", "*").label()).isEqualTo("*|*");
    assertThat(SegmentKey.of(VENDOR, Dimension.ABSENT).label()).isEqualTo("(none)");
    for (SegmentKey k : List.of(a, b, key(two, "a\\", "|b"), key(two, "a", "\\|b"), SegmentKey.of(CATEGORY, "*"))) {
      assertThat(k.segmentation().parseKey(k.label())).isEqualTo(k);
    }
  }

  @Test
  void naturalOrder() {
    List<SegmentKey> expected = List.of(
        SegmentKey.all(),
        SegmentKey.of(CHANNEL, "VOICE"),
        SegmentKey.of(CHANNEL, "EMAIL"),
        SegmentKey.of(CHANNEL, "CHAT"),
        SegmentKey.of(CHANNEL, "IN_APP"),
        SegmentKey.of(CATEGORY, "Billing"),
        SegmentKey.of(CATEGORY, "billing"),
        SegmentKey.of(CATEGORY, "returns"),
        SegmentKey.of(PRIORITY, "LOW"),
        SegmentKey.of(PRIORITY, "NORMAL"),
        SegmentKey.of(PRIORITY, "HIGH"),
        SegmentKey.of(PRIORITY, "URGENT"),
        SegmentKey.of(VENDOR, Dimension.ABSENT),
        SegmentKey.of(VENDOR, " spaced"),
        SegmentKey.of(VENDOR, "!bang"),
        SegmentKey.of(VENDOR, "acme"),
        SegmentKey.of(TIER, "L1"),
        SegmentKey.of(TIER, "L3"),
        key(List.of(CHANNEL, CATEGORY), "VOICE", "returns"),
        key(List.of(CHANNEL, CATEGORY), "EMAIL", "billing"),
        key(List.of(CHANNEL, CATEGORY), "EMAIL", "returns"),
        key(List.of(CHANNEL, TIER), "VOICE", "L1"),
        key(List.of(CATEGORY, CHANNEL), "billing", "CHAT"),
        key(List.of(CHANNEL, CATEGORY, TIER), "VOICE", "billing", "L2"),
        key(List.of(CHANNEL, CATEGORY, TIER), "VOICE", "billing", "L3"));
    List<SegmentKey> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(expected);
    for (int i = 0; i < expected.size(); i++) {
      for (int j = 0; j < expected.size(); j++) {
        assertThat(Integer.signum(expected.get(i).compareTo(expected.get(j)))).as("%s vs %s", i, j)
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(SegmentKey.all(), SegmentKey.of(List.of(), List.of()), Segmentation.whole().key(List.of()),
            SerializableTester.reserialize(SegmentKey.all()))
        .addEqualityGroup(SegmentKey.of(CHANNEL, "CHAT"), SegmentKey.of(CHANNEL, "chat"),
            SegmentKey.of(Map.of(CHANNEL, "Chat")), Segmentation.parse("channel").parseKey("CHAT"))
        .addEqualityGroup(SegmentKey.of(CHANNEL, "EMAIL"))
        .addEqualityGroup(SegmentKey.of(CATEGORY, "CHAT"))
        .addEqualityGroup(SegmentKey.of(AGENT, "CHAT"))
        .addEqualityGroup(key(List.of(CHANNEL, CATEGORY), "CHAT", "billing"),
            key(List.of(CHANNEL, CATEGORY), "chat", "billing"))
        .addEqualityGroup(key(List.of(CHANNEL, CATEGORY), "CHAT", "Billing"))
        .addEqualityGroup(key(List.of(CHANNEL, VENDOR), "CHAT", "billing"))
        .addEqualityGroup(key(List.of(CATEGORY, CHANNEL), "billing", "CHAT"))
        .addEqualityGroup(key(List.of(CHANNEL, CATEGORY, TIER), "CHAT", "billing", "L1"))
        .addEqualityGroup(key(List.of(CHANNEL, CATEGORY, TIER), "CHAT", "billing", "L2"))
        .addEqualityGroup(key(List.of(CHANNEL, CATEGORY, TIER, AGENT), "CHAT", "billing", "L2", "a"))
        .testEquals();
  }

  @Test
  void serialization() {
    assertThat(SerializableTester.reserializeAndAssert(SegmentKey.all())).isSameAs(SegmentKey.all());
    SerializableTester.reserializeAndAssert(SegmentKey.of(CHANNEL, "CHAT"));
    SerializableTester.reserializeAndAssert(key(List.of(CHANNEL, CATEGORY), "CHAT", "a|b"));
    SegmentKey four = key(List.of(CHANNEL, CATEGORY, TIER, AGENT), "CHAT", "billing", "L2", "a");
    SegmentKey copy = SerializableTester.reserializeAndAssert(four);
    assertThat(copy.label()).isEqualTo(four.label());
    assertThat(copy.compareTo(four)).isZero();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(SegmentKey.class);
    tester.testAllPublicInstanceMethods(SegmentKey.all());
    tester.testAllPublicInstanceMethods(SegmentKey.of(CHANNEL, "CHAT"));
    tester.testAllPublicInstanceMethods(key(List.of(CHANNEL, CATEGORY, TIER), "CHAT", "billing", "L1"));
  }
}
