package io.github.bpokit.pricing.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatConcurrencyTest {
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  @Test
  void effectiveHandleTimeFeedsErlangC() {
    ChatConcurrency concurrency = ChatConcurrency.of(2.5);
    assertThat(concurrency.factor()).isEqualTo(2.5);
    assertThat(concurrency.effectiveAht(TEN_MINUTES)).isEqualTo(Duration.ofMinutes(4));
    assertThat(ChatConcurrency.of(3).effectiveAht(TEN_MINUTES)).isEqualTo(Duration.ofNanos(200_000_000_000L));

    ErlangC chats = concurrency.erlangC(300, HALF_HOUR, TEN_MINUTES);
    assertThat(chats.traffic()).isEqualTo(40.0);
    assertThat(chats.aht()).isEqualTo(Duration.ofMinutes(4));
    assertThat(chats).isEqualTo(ErlangC.of(300, HALF_HOUR, Duration.ofMinutes(4)));
    int agents = chats.minimumAgents(ServiceTarget.of(0.8, Duration.ofSeconds(60))).agents();
    int oneAtATime = ErlangC.of(300, HALF_HOUR, TEN_MINUTES)
        .minimumAgents(ServiceTarget.of(0.8, Duration.ofSeconds(60))).agents();
    assertThat(agents).isLessThan(oneAtATime / 2);
  }

  @Test
  void oneChatAtATimeIsPlainErlangC() {
    assertThat(ChatConcurrency.of(1).erlangC(300, HALF_HOUR, TEN_MINUTES))
        .isEqualTo(ErlangC.of(300, HALF_HOUR, TEN_MINUTES));
  }

  @Test
  void withAbandonment() {
    ErlangA chats = ChatConcurrency.of(2).erlangA(300, HALF_HOUR, TEN_MINUTES, Duration.ofMinutes(3));
    assertThat(chats).isEqualTo(ErlangA.of(300, HALF_HOUR, Duration.ofMinutes(5), Duration.ofMinutes(3)));
  }

  @Test
  void fractionalConcurrency() {
    ErlangC chats = ChatConcurrency.of(1.6).erlangC(100, HALF_HOUR, Duration.ofMinutes(8));
    assertThat(chats.traffic()).isCloseTo(100 * 8 / 30.0 / 1.6, within(1e-12));
    assertThat(chats.aht()).isEqualTo(Duration.ofMinutes(5));
    assertThat(ChatConcurrency.of(1.6)).hasToString("1.6 chats at once");
  }

  @Test
  void rejectsBadInputNamingTheValue() {
    assertThatThrownBy(() -> ChatConcurrency.of(0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chat concurrency factor must be finite and >= 1: 0.5");
    assertThatThrownBy(() -> ChatConcurrency.of(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chat concurrency factor must be finite and >= 1: Infinity");
    assertThatThrownBy(() -> ChatConcurrency.of(2).effectiveAht(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("aht must be > 0: PT0S");
    assertThatThrownBy(() -> ChatConcurrency.of(2).erlangC(-1, HALF_HOUR, TEN_MINUTES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("arrivals must be finite and >= 0: -1.0");
  }
}
