package io.github.bpokit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code parse} of every enum of the model: case-insensitive, white space around ignored, helpful failures. */
class ModelEnumTest {
  record Parser<E extends Enum<E>>(Class<E> type, Function<String, E> parse) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Parser<?>> parsers() {
    return Stream.of(
        new Parser<>(Channel.class, Channel::parse),
        new Parser<>(Outcome.class, Outcome::parse),
        new Parser<>(Priority.class, Priority::parse),
        new Parser<>(Tier.class, Tier::parse),
        new Parser<>(HandledBy.class, HandledBy::parse));
  }

  static Stream<Arguments> constants() {
    return parsers().flatMap(p -> Arrays.stream(p.type().getEnumConstants()).map(c -> Arguments.of(p, c)));
  }

  @ParameterizedTest(name = "{0}.parse finds {1}")
  @MethodSource("constants")
  void parseIgnoresCaseAndSurroundingWhiteSpace(Parser<?> parser, Enum<?> constant) {
    String name = constant.name();
    String mixed = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    for (String text : new String[] {name, name.toLowerCase(Locale.ROOT), mixed, "  " + name + "\t", " \u2003"
        + name.toLowerCase(Locale.ROOT) + "\n"}) {
      assertThat((Object) parser.parse().apply(text)).as(text).isSameAs(constant);
    }
  }

  @ParameterizedTest(name = "{0}.parse names the accepted values")
  @MethodSource("parsers")
  void unknownValuesAreNamedWithTheAcceptedOnes(Parser<?> parser) {
    String accepted = String.join(", ",
        Arrays.stream(parser.type().getEnumConstants()).map(Enum::name).toArray(String[]::new));
    String type = parser.type().getSimpleName();
    for (String text : new String[] {"nonsense", "", " ", "IN APP", "L 1", "bot-to-human", "\u0130N_APP"}) {
      assertThatThrownBy(() -> parser.parse().apply(text))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown " + type + " '" + text + "', expected one of " + accepted);
    }
  }

  @ParameterizedTest(name = "{0}.parse rejects null")
  @MethodSource("parsers")
  void nullIsRejected(Parser<?> parser) {
    assertThatThrownBy(() -> parser.parse().apply(null)).isInstanceOf(NullPointerException.class);
  }

  @org.junit.jupiter.api.Test
  void theMessagesListTheValuesInDeclarationOrder() {
    assertThatThrownBy(() -> Channel.parse("fax")).hasMessage(
        "unknown Channel 'fax', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP");
    assertThatThrownBy(() -> Outcome.parse("won")).hasMessage("unknown Outcome 'won', expected one of RESOLVED, "
        + "ESCALATED, TRANSFERRED, UNRESOLVED, ABANDONED, BOT_CONTAINED");
    assertThatThrownBy(() -> Priority.parse("p1"))
        .hasMessage("unknown Priority 'p1', expected one of LOW, NORMAL, HIGH, URGENT");
    assertThatThrownBy(() -> Tier.parse("L4")).hasMessage("unknown Tier 'L4', expected one of L1, L2, L3");
    assertThatThrownBy(() -> HandledBy.parse("ai"))
        .hasMessage("unknown HandledBy 'ai', expected one of HUMAN, BOT, BOT_TO_HUMAN");
  }
}
