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
import io.github.bpokit.core.model.Interaction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentationTest {
  @Test
  void parseReadsIdsInOrder() {
    assertThat(Segmentation.parse("channel,category").dimensions()).containsExactly(CHANNEL, CATEGORY);
    assertThat(Segmentation.parse("category,channel").dimensions()).containsExactly(CATEGORY, CHANNEL);
    assertThat(Segmentation.parse(" Channel , CATEGORY ,tier\t").dimensions()).containsExactly(CHANNEL, CATEGORY,
        TIER);
    assertThat(Segmentation.parse("agent").dimensions()).containsExactly(AGENT);
    assertThat(Segmentation.parse("tier,agent,vendor,priority,language,category,channel").dimensions())
        .containsExactly(TIER, AGENT, VENDOR, PRIORITY, LANGUAGE, CATEGORY, CHANNEL);
  }

  @Test
  void starIsTheWhole() {
    assertThat(Segmentation.parse("*")).isSameAs(Segmentation.whole());
    assertThat(Segmentation.parse(" * ")).isSameAs(Segmentation.whole());
    assertThat(Segmentation.of()).isSameAs(Segmentation.whole());
    assertThat(Segmentation.of(List.of())).isSameAs(Segmentation.whole());
    assertThat(Segmentation.whole().dimensions()).isEmpty();
    assertThat(Segmentation.whole().isWhole()).isTrue();
    assertThat(Segmentation.whole().size()).isZero();
    assertThat(Segmentation.whole()).hasToString("*");
  }

  @Test
  void toStringIsTheByValueAndParsesBack() {
    Segmentation by = Segmentation.of(PRIORITY, CHANNEL, VENDOR);
    assertThat(by).hasToString("priority,channel,vendor");
    assertThat(Segmentation.parse(by.toString())).isEqualTo(by);
    assertThat(Segmentation.parse(Segmentation.whole().toString())).isEqualTo(Segmentation.whole());
  }

  @Test
  void parseErrorsNameTheOffendingId() {
    String ids = "channel, category, language, priority, vendor, agent, tier";
    assertThatThrownBy(() -> Segmentation.parse("channel,queue")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dimension 'queue' in 'channel,queue', expected one of " + ids);
    assertThatThrownBy(() -> Segmentation.parse("channel,*"))
        .hasMessage("unknown dimension '*' in 'channel,*', expected one of " + ids);
    assertThatThrownBy(() -> Segmentation.parse("channel, Channel"))
        .hasMessage("dimension 'Channel' repeated in 'channel, Channel'");
    assertThatThrownBy(() -> Segmentation.parse("channel,,category"))
        .hasMessage("empty dimension in 'channel,,category', expected ids among " + ids + " separated by commas");
    assertThatThrownBy(() -> Segmentation.parse("channel,"))
        .hasMessage("empty dimension in 'channel,', expected ids among " + ids + " separated by commas");
    assertThatThrownBy(() -> Segmentation.parse("channel;category"))
        .hasMessageStartingWith("unknown dimension 'channel;category' in 'channel;category'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIsNoSegmentation(String blank) {
    assertThatThrownBy(() -> Segmentation.parse(blank)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("no dimension in '" + blank + "' (use '*' for the whole), expected ids among channel, category, "
            + "language, priority, vendor, agent, tier separated by commas");
  }

  @Test
  void ofRejectsRepeats() {
    assertThatThrownBy(() -> Segmentation.of(CHANNEL, TIER, CHANNEL))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimension channel repeated in [channel, tier, channel]");
  }

  @Test
  void indexOfAndSize() {
    Segmentation by = Segmentation.of(VENDOR, CHANNEL);
    assertThat(by.size()).isEqualTo(2);
    assertThat(by.isWhole()).isFalse();
    assertThat(by.indexOf(VENDOR)).isZero();
    assertThat(by.indexOf(CHANNEL)).isOne();
    assertThat(by.indexOf(TIER)).isEqualTo(-1);
  }

  @Test
  void dimensionsAreImmutable() {
    Dimension[] given = {CHANNEL, TIER};
    Segmentation by = Segmentation.of(given);
    given[0] = AGENT;
    assertThat(by.dimensions()).containsExactly(CHANNEL, TIER);
    assertThatThrownBy(() -> by.dimensions().add(AGENT)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keyOfGoldens() {
    Interaction bare = DimensionTest.bare();
    Interaction full = DimensionTest.full();
    assertThat(Segmentation.whole().keyOf(full)).isSameAs(SegmentKey.all());
    assertThat(Segmentation.parse("channel").keyOf(full).label()).isEqualTo("WHATSAPP");
    assertThat(Segmentation.parse("channel,category").keyOf(bare).label()).isEqualTo("EMAIL|order_status");
    assertThat(Segmentation.parse("channel,vendor").keyOf(bare).label()).isEqualTo("EMAIL|(none)");
    assertThat(Segmentation.parse("tier,priority,language,agent").keyOf(bare).label())
        .isEqualTo("L1|NORMAL|(none)|(none)");
    assertThat(Segmentation.parse("channel,category,language,priority,vendor,agent,tier").keyOf(full).label())
        .isEqualTo("WHATSAPP|Billing \\| refunds|pt-BR|URGENT|acme|a-7|L3");
    assertThat(Segmentation.parse("channel,category,language,priority,vendor,agent,tier").keyOf(full).values())
        .containsExactly("WHATSAPP", "Billing | refunds", "pt-BR", "URGENT", "acme", "a-7", "L3");
  }

  @Test
  void keyOfEqualsTheKeyBuiltFromValues() {
    Interaction full = DimensionTest.full();
    Segmentation by = Segmentation.parse("priority,agent,channel");
    assertThat(by.keyOf(full)).isEqualTo(by.key(List.of("urgent", "a-7", "WhatsApp")))
        .isEqualTo(SegmentKey.of(List.of(PRIORITY, AGENT, CHANNEL), List.of("URGENT", "a-7", "WHATSAPP")))
        .hasSameHashCodeAs(by.key(List.of("URGENT", "a-7", "WHATSAPP")));
  }

  @Test
  void keyChecksTheCount() {
    Segmentation by = Segmentation.parse("channel,category");
    assertThatThrownBy(() -> by.key(List.of("CHAT"))).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 dimension(s) [channel, category] but 1 value(s) [CHAT]");
    assertThatThrownBy(() -> Segmentation.whole().key(List.of("CHAT")))
        .hasMessage("0 dimension(s) [] but 1 value(s) [CHAT]");
    assertThat(Segmentation.whole().key(List.of())).isSameAs(SegmentKey.all());
  }

  @Test
  void parseKeyReadsLabelsBack() {
    Segmentation by = Segmentation.parse("channel,category");
    assertThat(by.parseKey("CHAT|billing")).isEqualTo(SegmentKey.of(List.of(CHANNEL, CATEGORY),
        List.of("CHAT", "billing")));
    assertThat(by.parseKey("chat|a\\|b\\\\c")).isEqualTo(SegmentKey.of(List.of(CHANNEL, CATEGORY),
        List.of("CHAT", "a|b\\c")));
    assertThat(Segmentation.parse("category").parseKey("\\*").value(CATEGORY)).contains("*");
    assertThat(Segmentation.whole().parseKey("*")).isSameAs(SegmentKey.all());
  }

  @Test
  void parseKeyErrorsNameTheLabel() {
    Segmentation by = Segmentation.parse("channel,category");
    assertThatThrownBy(() -> by.parseKey("CHAT")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("label 'CHAT' has 1 value(s), expected 2 for channel,category");
    assertThatThrownBy(() -> by.parseKey("CHAT|billing|x"))
        .hasMessage("label 'CHAT|billing|x' has 3 value(s), expected 2 for channel,category");
    assertThatThrownBy(() -> by.parseKey("FAX|billing"))
        .hasMessage("unknown channel 'FAX', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP");
    assertThatThrownBy(() -> by.parseKey("CHAT|"))
        .hasMessage("value for category must not be blank, got ''");
    assertThatThrownBy(() -> Segmentation.whole().parseKey("CHAT"))
        .hasMessage("the whole has the one label '*', got 'CHAT'");
  }

  @Test
  void groupingByKeysInTheirNaturalOrder() {
    List<Interaction> log = List.of(DimensionTest.full(), DimensionTest.bare(), DimensionTest.bare());
    Map<SegmentKey, Long> counts = log.stream()
        .collect(Collectors.groupingBy(Segmentation.parse("channel")::keyOf, TreeMap::new, Collectors.counting()));
    assertThat(counts.keySet()).extracting(SegmentKey::label).containsExactly("EMAIL", "WHATSAPP");
    assertThat(counts.values()).containsExactly(2L, 1L);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Segmentation.whole(), Segmentation.of(), Segmentation.parse("*"),
            SerializableTester.reserialize(Segmentation.whole()))
        .addEqualityGroup(Segmentation.of(CHANNEL), Segmentation.parse("channel"), Segmentation.of(List.of(CHANNEL)))
        .addEqualityGroup(Segmentation.of(CHANNEL, CATEGORY), Segmentation.parse("CHANNEL,category"))
        .addEqualityGroup(Segmentation.of(CATEGORY, CHANNEL))
        .addEqualityGroup(Segmentation.of(CHANNEL, CATEGORY, TIER))
        .testEquals();
  }

  @Test
  void serialization() {
    assertThat(SerializableTester.reserializeAndAssert(Segmentation.whole())).isSameAs(Segmentation.whole());
    SerializableTester.reserializeAndAssert(Segmentation.parse("tier,channel,agent"));
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(Interaction.class, DimensionTest.full());
    tester.testAllPublicStaticMethods(Segmentation.class);
    tester.testAllPublicInstanceMethods(Segmentation.whole());
    tester.testAllPublicInstanceMethods(Segmentation.parse("channel"));
    tester.testAllPublicInstanceMethods(Segmentation.parse("channel,agent,tier"));
  }
}
