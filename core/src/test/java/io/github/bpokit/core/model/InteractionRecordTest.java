package io.github.bpokit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Interactions.Draw;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link InteractionRecord}: a copy of any interaction builds it back; {@link InteractionRecord#isValid()} says yes
 * exactly when {@link InteractionRecord#toInteraction()} builds an interaction with the record's values, checked
 * against the builder on random records mixing valid and broken fields (QuickTheories, fixed seeds).
 */
class InteractionRecordTest {
  private static final Instant CREATED = Instant.parse("2026-10-01T09:30:00Z");

  @Test
  void aCopyOfAnInteractionBuildsItBackAndIsValidAsIs() {
    qt().withFixedSeed(20261203L).withExamples(2_000).forAll(Interactions.valid()).checkAssert(interaction -> {
      InteractionRecord record = new InteractionRecord().from(interaction);
      assertThat(record.isValid()).as("%s", interaction).isTrue();
      assertThat(record.toInteraction()).isEqualTo(interaction);
      assertThat(fields(new InteractionRecord().from(record))).isEqualTo(fields(record));
    });
  }

  @Test
  void isValidSaysWhetherTheBuilderWouldBuildTheseVeryValues() {
    int[] verdicts = new int[2];
    qt().withFixedSeed(7L).withExamples(20_000).forAll(records()).checkAssert(record -> {
      boolean builtUnchanged;
      try {
        builtUnchanged = fields(new InteractionRecord().from(record.toInteraction())).equals(fields(record));
      } catch (ValidationException e) {
        builtUnchanged = false;
      }
      assertThat(record.isValid()).as("%s", fields(record)).isEqualTo(builtUnchanged);
      verdicts[builtUnchanged ? 1 : 0]++;
    });
    assertThat(verdicts[0]).as("invalid records drawn").isGreaterThan(2_000);
    assertThat(verdicts[1]).as("valid records drawn").isGreaterThan(2_000);
  }

  @Test
  void aYesIsRememberedOnlyUntilAFieldIsSet() {
    Instant before = CREATED.minusSeconds(1);
    List<Consumer<InteractionRecord>> breakers = List.of(r -> r.interactionId(" i-2"), r -> r.ticketId(""),
        r -> r.customerId(null), r -> r.channel(null), r -> r.category("billing "), r -> r.language("en_GB"),
        r -> r.vendor("\tacme"), r -> r.agentId(" "), r -> r.createdAt(null),
        r -> r.createdAt(CREATED.plusSeconds(21)), r -> r.createdAt(CREATED.getEpochSecond() + 21, 0),
        r -> r.answeredAt(before), r -> r.answeredAt(before.getEpochSecond(), 0), r -> r.endedAt(before),
        r -> r.endedAt(CREATED.getEpochSecond(), 0), r -> r.waitSeconds(-1), r -> r.talkSeconds(-1),
        r -> r.holdSeconds(-1), r -> r.wrapSeconds(-1), r -> r.outcome(Outcome.ABANDONED), r -> r.outcome(null),
        r -> r.csat(0), r -> r.nps(11), r -> r.ces(8), r -> r.qaPartner(100.5), r -> r.qaClient(-1),
        r -> r.reopened(-1));
    for (int k = 0; k < breakers.size(); k++) {
      InteractionRecord record = new InteractionRecord().from(full());
      assertThat(record.isValid()).isTrue();
      assertThat(new InteractionRecord().from(record).isValid()).as("a copy of a record said valid").isTrue();
      breakers.get(k).accept(record);
      assertThat(record.isValid()).as("setter %s", k).isFalse();
    }
    InteractionRecord record = new InteractionRecord().from(full());
    assertThat(record.isValid()).isTrue();
    assertThat(record.clear().isValid()).isFalse();
    assertThat(record.from(full()).isValid()).isTrue();
    assertThat(record.handledBy(HandledBy.BOT).outcome(Outcome.BOT_CONTAINED).isValid()).isTrue();
    assertThat(record.handledBy(HandledBy.HUMAN).isValid()).isFalse();
  }

  @Test
  void aBrokenRecordThrowsWhatTheBuilderThrows() {
    InteractionRecord record = minimal().csat(6).answeredAt(CREATED.minusSeconds(1));
    assertThat(record.isValid()).isFalse();
    assertThatThrownBy(record::toInteraction).isInstanceOf(ValidationException.class).hasMessage("interaction i-1:"
        + " answered_at '2026-10-01T09:29:59Z': must not be before created_at 2026-10-01T09:30:00Z;"
        + " csat '6': must be between 1 and 5");
  }

  @Test
  void textWithSurroundingSpaceIsNotValidAsIsAndIsStrippedWhenBuilt() {
    InteractionRecord record = minimal().category(" billing ");
    assertThat(record.isValid()).isFalse();
    assertThat(record.toInteraction().category()).isEqualTo("billing");
  }

  @Test
  void clearUnsetsEveryField() {
    InteractionRecord record = new InteractionRecord().from(full());
    assertThat(fields(record.clear())).isEqualTo(fields(new InteractionRecord()));
    assertThat(record.isValid()).isFalse();
    assertThat(record.priority()).isEqualTo(Priority.NORMAL);
    assertThat(record.tier()).isEqualTo(Tier.L1);
    assertThat(record.handledBy()).isEqualTo(HandledBy.HUMAN);
  }

  @Test
  void instantsAreHeldAsSecondsAndNanoseconds() {
    InteractionRecord record = new InteractionRecord().createdAt(Instant.parse("1969-12-31T23:59:59.5Z"))
        .answeredAt(-1, 500_000_000).endedAt(Instant.parse("2026-10-01T09:30:00.000000001Z"));
    assertThat(record.createdAtEpochSecond()).isEqualTo(-1);
    assertThat(record.createdAtNano()).isEqualTo(500_000_000);
    assertThat(record.endedAtEpochSecond()).isEqualTo(CREATED.getEpochSecond());
    assertThat(record.endedAtNano()).isEqualTo(1);
    assertThat(record.answeredAt(null).hasAnsweredAt()).isFalse();
    assertThat(record.createdAt(null).hasCreatedAt()).isFalse();
    assertThat(record.endedAt(null).hasEndedAt()).isFalse();
  }

  @Test
  void settersRefuseWhatNoFieldCanHold() {
    InteractionRecord record = new InteractionRecord();
    assertThatThrownBy(() -> record.createdAt(0, 1_000_000_000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an instant: epoch second 0, nano 1000000000");
    assertThatThrownBy(() -> record.answeredAt(Instant.MAX.getEpochSecond() + 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an instant: epoch second 31556889864403200, nano 0");
    assertThatThrownBy(() -> record.endedAt(0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an instant: epoch second 0, nano -1");
    assertThatThrownBy(() -> record.priority(nullValue())).isInstanceOf(NullPointerException.class)
        .hasMessage("priority");
    assertThatThrownBy(() -> record.tier(nullValue())).isInstanceOf(NullPointerException.class).hasMessage("tier");
    assertThatThrownBy(() -> record.handledBy(nullValue())).isInstanceOf(NullPointerException.class)
        .hasMessage("handledBy");
    assertThat(record.hasCreatedAt()).isFalse();
  }

  @Test
  void toStringNamesTheRow() {
    assertThat(minimal()).hasToString(
        "InteractionRecord{interactionId=i-1, channel=CHAT, createdAt=2026-10-01T09:30:00Z}");
    assertThat(new InteractionRecord()).hasToString(
        "InteractionRecord{interactionId=null, channel=null, createdAt=null}");
  }

  @SuppressWarnings("NullAway")
  private static <T> T nullValue() {
    return null;
  }

  private static InteractionRecord minimal() {
    return new InteractionRecord().interactionId("i-1").customerId("c-1").channel(Channel.CHAT)
        .category("billing").createdAt(CREATED).outcome(Outcome.RESOLVED);
  }

  private static Interaction full() {
    return Interaction.builder().interactionId("i-2").ticketId("t-2").customerId("c-2").channel(Channel.VOICE)
        .category("billing").language("en-GB").priority(Priority.HIGH).vendor("acme").agentId("a-2")
        .tier(Tier.L2).createdAt(CREATED).answeredAt(CREATED.plusSeconds(20)).endedAt(CREATED.plusSeconds(400))
        .waitSeconds(20).talkSeconds(300).holdSeconds(30).wrapSeconds(50).outcome(Outcome.RESOLVED)
        .handledBy(HandledBy.BOT_TO_HUMAN).csat(5).nps(9).ces(2).qaPartner(88.5).qaClient(90).reopened(1)
        .build();
  }

  /** Every field of a record, in order, present or not: what two records holding the same values share. */
  static List<@Nullable Object> fields(InteractionRecord r) {
    return Arrays.asList(r.interactionId(), r.ticketId(), r.customerId(), r.channel(), r.category(), r.language(),
        r.priority(), r.vendor(), r.agentId(), r.tier(),
        r.hasCreatedAt() ? r.createdAtEpochSecond() + "." + r.createdAtNano() : null,
        r.hasAnsweredAt() ? r.answeredAtEpochSecond() + "." + r.answeredAtNano() : null,
        r.hasEndedAt() ? r.endedAtEpochSecond() + "." + r.endedAtNano() : null,
        r.waitSeconds(), r.talkSeconds(), r.holdSeconds(), r.wrapSeconds(), r.outcome(), r.handledBy(),
        r.hasCsat() ? r.csat() : null, r.hasNps() ? r.nps() : null, r.hasCes() ? r.ces() : null,
        r.hasQaPartner() ? Double.doubleToLongBits(r.qaPartner()) : null,
        r.hasQaClient() ? Double.doubleToLongBits(r.qaClient()) : null, r.reopened());
  }

  private static final List<String> TEXTS = List.of("x", "c-17", "Initech BPO", "é", "a b");
  private static final List<String> BROKEN_TEXTS = List.of("", " ", " x", "x ", "\tx", "x\u2003", "\u2003");
  private static final List<String> TAGS = List.of("en", "en-GB", "zh-Hant-TW", "pt-BR");
  private static final List<String> BROKEN_TAGS = List.of("en_US", " en", "", "e", "toolongtag", "en-");
  private static final List<Long> BROKEN_SECONDS = List.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE,
      Long.MAX_VALUE / 2 + 1);
  private static final List<Double> SCORES = List.of(0.0, 50.5, 100.0, 88.0, -0.0);
  private static final List<Double> BROKEN_SCORES = List.of(-0.001, 100.001, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY);

  private static String text(Draw d) {
    return d.percent(97) ? d.pick(TEXTS) : d.pick(BROKEN_TEXTS);
  }

  private static long seconds(Draw d) {
    return d.percent(97) ? d.between(0, 7_200) : d.pick(BROKEN_SECONDS);
  }

  private static double score(Draw d) {
    return d.percent(95) ? d.pick(SCORES) : d.pick(BROKEN_SCORES);
  }

  /** Random records, each field valid most of the time and otherwise broken in one of many ways. */
  static Gen<InteractionRecord> records() {
    Gen<InteractionRecord> gen = in -> {
      Draw d = Draw.of(in);
      InteractionRecord r = new InteractionRecord().interactionId(d.percent(98) ? text(d) : null)
          .customerId(d.percent(98) ? text(d) : null).category(d.percent(98) ? text(d) : null)
          .channel(d.percent(98) ? d.pick(Channel.class) : null)
          .outcome(d.percent(98) ? d.pick(Outcome.class) : null);
      if (d.percent(50)) {
        r.ticketId(text(d));
      }
      if (d.percent(50)) {
        r.vendor(text(d));
      }
      if (d.percent(50)) {
        r.agentId(text(d));
      }
      if (d.percent(60)) {
        r.language(d.percent(95) ? d.pick(TAGS) : d.pick(BROKEN_TAGS));
      }
      r.priority(d.pick(Priority.class)).tier(d.pick(Tier.class))
          .handledBy(d.percent(80) ? d.pick(HandledBy.class) : HandledBy.BOT);
      long created = CREATED.getEpochSecond() + d.between(-2, 2);
      if (d.percent(98)) {
        r.createdAt(created, d.percent(80) ? 0 : d.intBetween(0, 999_999_999));
      }
      if (d.percent(40)) {
        r.answeredAt(created + d.between(d.percent(90) ? 0 : -1, 3), d.percent(80) ? 0 : d.intBetween(0, 999_999_999));
      }
      if (d.percent(60)) {
        r.endedAt(created + d.between(d.percent(90) ? 3 : -1, 8), d.percent(80) ? 0 : d.intBetween(0, 999_999_999));
      }
      r.waitSeconds(seconds(d)).talkSeconds(seconds(d)).holdSeconds(seconds(d)).wrapSeconds(seconds(d))
          .reopened(d.percent(97) ? d.intBetween(0, 3) : d.intBetween(Integer.MIN_VALUE, -1));
      if (d.percent(30)) {
        r.csat(d.intBetween(d.percent(95) ? 1 : 0, d.percent(95) ? 5 : 6));
      }
      if (d.percent(30)) {
        r.nps(d.intBetween(d.percent(95) ? 0 : -1, d.percent(95) ? 10 : 11));
      }
      if (d.percent(30)) {
        r.ces(d.intBetween(d.percent(95) ? 1 : 0, d.percent(95) ? 7 : 8));
      }
      if (d.percent(30)) {
        r.qaPartner(score(d));
      }
      if (d.percent(30)) {
        r.qaClient(score(d));
      }
      return r;
    };
    return gen.describedAs(r -> fields(r).toString());
  }
}
