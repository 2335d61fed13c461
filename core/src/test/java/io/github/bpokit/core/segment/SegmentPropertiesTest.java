package io.github.bpokit.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Interactions;
import io.github.bpokit.core.model.Interactions.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of segments over random interactions and keys (QuickTheories, fixed seeds). */
class SegmentPropertiesTest {
  /** Any ordered subset of the dimensions, the empty one (the whole) included. */
  static Gen<Segmentation> segmentations() {
    Gen<Segmentation> gen = in -> {
      Draw draw = Draw.of(in);
      List<Dimension> all = new ArrayList<>(Arrays.asList(Dimension.values()));
      List<Dimension> chosen = new ArrayList<>();
      int count = draw.intBetween(0, all.size());
      for (int i = 0; i < count; i++) {
        chosen.add(all.remove(draw.intBetween(0, all.size() - 1)));
      }
      return Segmentation.of(chosen);
    };
    return gen.describedAs(Segmentation::toString);
  }

  static final List<String> AWKWARD = List.of("|", "\\", "*", "a|b", "a\\|b", "\\", "x\\", "|y", "**", "(none)",
      " ", "é", "∑|∑");

  /** A random key with awkward text values: separators, escapes, stars, the placeholder. */
  static Gen<SegmentKey> keys() {
    Gen<SegmentKey> gen = in -> {
      Draw draw = Draw.of(in);
      Segmentation by = segmentations().generate(in);
      List<String> values = new ArrayList<>();
      for (Dimension d : by.dimensions()) {
        values.add(switch (d) {
          case CHANNEL -> draw.pick(io.github.bpokit.core.model.Channel.class).name();
          case PRIORITY -> draw.pick(io.github.bpokit.core.model.Priority.class).name();
          case TIER -> draw.pick(io.github.bpokit.core.model.Tier.class).name();
          default -> {
            StringBuilder text = new StringBuilder();
            int parts = draw.intBetween(1, 3);
            for (int i = 0; i < parts; i++) {
              text.append(draw.percent(50) ? draw.pick(AWKWARD) : (char) ('a' + draw.intBetween(0, 2)));
            }
            yield text.toString().isBlank() ? "b" + text : text.toString();
          }
        });
      }
      return by.key(values);
    };
    return gen.describedAs(SegmentKey::toString);
  }

  @Test
  void theKeyOfAnInteractionHoldsEachDimensionsValue() {
    qt().withFixedSeed(7L).withExamples(2_000).forAll(Interactions.valid(), segmentations())
        .checkAssert((interaction, by) -> {
          SegmentKey key = by.keyOf(interaction);
          assertThat(key.dimensions()).isEqualTo(by.dimensions());
          assertThat(key.segmentation()).isEqualTo(by);
          for (Dimension d : Dimension.values()) {
            assertThat(key.value(d)).isEqualTo(by.dimensions().contains(d)
                ? java.util.Optional.of(d.valueIn(interaction)) : java.util.Optional.empty());
          }
          assertThat(by.key(key.values())).isEqualTo(key).hasSameHashCodeAs(key);
          assertThat(by.parseKey(key.label())).isEqualTo(key);
          assertThat(by.keyOf(interaction)).isEqualTo(key).hasSameHashCodeAs(key);
          InteractionRecord record = new InteractionRecord().from(interaction);
          assertThat(by.keyOf(record)).isEqualTo(key).hasSameHashCodeAs(key);
          for (Dimension d : Dimension.values()) {
            assertThat(d.valueIn(record)).isEqualTo(d.valueIn(interaction));
          }
          assertThat(key.isAll()).isEqualTo(by.isWhole());
        });
  }

  @Test
  void labelsReadBackToTheirKeys() {
    qt().withFixedSeed(11L).withExamples(3_000).forAll(keys()).checkAssert(key -> {
      assertThat(key.segmentation().parseKey(key.label())).isEqualTo(key);
      assertThat(SegmentKey.of(key.dimensions(), key.values())).isEqualTo(key).hasSameHashCodeAs(key);
    });
  }

  @Test
  void distinctKeysOfOneSegmentationHaveDistinctLabels() {
    qt().withFixedSeed(13L).withExamples(3_000).forAll(keys(), keys()).checkAssert((a, b) -> {
      if (a.segmentation().equals(b.segmentation())) {
        assertThat(a.label().equals(b.label())).isEqualTo(a.equals(b));
      }
    });
  }

  @Test
  void theNaturalOrderIsATotalOrderConsistentWithEquals() {
    qt().withFixedSeed(17L).withExamples(2_000).forAll(keys(), keys(), keys()).checkAssert((a, b, c) -> {
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
      }
      assertThat(a.compareTo(a)).isZero();
      assertThat(SegmentKey.all().compareTo(a)).isLessThanOrEqualTo(0);
    });
  }

  @Test
  void sortingASampleIsStableUnderShuffling() {
    Segmentation by = Segmentation.parse("channel,vendor,tier");
    List<SegmentKey> keys = new ArrayList<>();
    for (Interaction i : Interactions.sample(5, 2_000)) {
      keys.add(by.keyOf(i));
    }
    List<SegmentKey> sorted = new ArrayList<>(keys);
    Collections.sort(sorted);
    Collections.shuffle(keys, new Random(1));
    Collections.sort(keys);
    assertThat(keys).isEqualTo(sorted);
    assertThat(sorted.get(0).value(Dimension.CHANNEL)).contains("VOICE");
  }
}
