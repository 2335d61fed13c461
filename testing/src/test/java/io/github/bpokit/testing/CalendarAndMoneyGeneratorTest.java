package io.github.bpokit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarAndMoneyGeneratorTest {
  private static final CalendarGenerator CALENDARS = Generators.calendars();
  private static final MoneyGenerator MONEY = Generators.money();

  @Test
  void everyGeneratedCalendarIsValidAndCoversEveryShape() {
    Set<String> features = new HashSet<>();
    Set<ZoneId> zones = new HashSet<>();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (BusinessCalendar c : CALENDARS.sample(12, 400)) {
      String text = c.format();
      assertThat(BusinessCalendar.parse(text)).isEqualTo(c);
      // the SPEC §2 law on a few spans of the year
      Instant due = c.plusBusinessTime(start, Duration.ofHours(30));
      assertThat(c.businessTimeBetween(start, due)).isEqualTo(Duration.ofHours(30));
      zones.add(c.zone());
      for (String feature : List.of("24x7", "Mon-Fri", ",", "22:00-06:00", "Sat 10:00-14:00", "holiday",
          "closed", "open 2026")) {
        if (text.contains(feature)) {
          features.add(feature);
        }
      }
    }
    assertThat(features).hasSize(8);
    assertThat(zones).containsExactlyInAnyOrderElementsOf(CalendarGenerator.ZONES);
    assertThat(CALENDARS.sample(3, 50)).isEqualTo(CALENDARS.sample(3, 50));
    assertThat(CALENDARS.next((min, max) -> min)).isEqualTo(BusinessCalendar.parse("24x7"));
  }

  @Test
  void calendarsHonourZoneAndYear() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    for (BusinessCalendar c : CALENDARS.zones(berlin).year(1999).sample(1, 300)) {
      assertThat(c.zone()).isEqualTo(berlin);
      assertThat(c.format()).doesNotContain("2026").doesNotContain("2000-");
    }
    assertThatThrownBy(() -> CALENDARS.year(2149)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be 1901 to 2148, got 2149");
    assertThatThrownBy(() -> CALENDARS.zones()).hasMessage("zones must name at least one value");
  }

  @Test
  void moneyCoversCurrenciesWithTheirMinorUnitsAndStaysInRange() {
    Set<String> codes = new HashSet<>();
    boolean negative = false;
    boolean positive = false;
    for (Money m : MONEY.sample(4, 3_000)) {
      codes.add(m.currency().getCurrencyCode());
      assertThat(m.isRounded()).isTrue();
      assertThat(m.amount().scale()).isEqualTo(m.currency().getDefaultFractionDigits());
      assertThat(m.amount()).isBetween(BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000));
      negative |= m.isNegative();
      positive |= m.isPositive();
    }
    assertThat(codes).containsExactlyInAnyOrder("EUR", "USD", "GBP", "JPY", "BHD", "CLF");
    assertThat(negative && positive).isTrue();
    assertThat(MONEY.next((min, max) -> min)).isEqualTo(Money.of("0", "EUR"));
  }

  @Test
  void moneyHonoursCurrenciesRangeAndExtraDecimals() {
    MoneyGenerator fees = MONEY.currencies("JPY", "bhd").between("10", "20.5").extraDecimals(2);
    Set<Integer> scales = new HashSet<>();
    for (Money m : fees.sample(2, 1_000)) {
      assertThat(m.currency().getCurrencyCode()).isIn("JPY", "BHD");
      assertThat(m.amount()).isBetween(BigDecimal.TEN, new BigDecimal("20.5"));
      assertThat(m.amount().scale()).isLessThanOrEqualTo(m.currency().getDefaultFractionDigits() + 2);
      scales.add(m.amount().scale());
    }
    assertThat(scales).contains(2, 5); // JPY 0 + 2, BHD 3 + 2: amounts that need rounding
    assertThat(fees.sample(2, 1_000)).anyMatch(m -> !m.isRounded());
    for (Money m : MONEY.currencies(Currency.getInstance("EUR")).between("-3", "-1").sample(1, 200)) {
      assertThat(m.amount()).isBetween(new BigDecimal("-3"), new BigDecimal("-1"));
    }
    assertThat(MONEY.between("-3", "-1").next((min, max) -> min)).isEqualTo(Money.of("-1", "EUR"));
    assertThat(MONEY.between("5", "9").next((min, max) -> min)).isEqualTo(Money.of("5", "EUR"));
  }

  @Test
  void moneyRejectsBadConfiguration() {
    assertThatThrownBy(() -> MONEY.between("2", "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max 1 must not be less than min 2");
    assertThatThrownBy(() -> MONEY.between("0", "1000000000001"))
        .hasMessage("amounts must lie within -10^12 to 10^12, got [0, 1000000000001]");
    assertThatThrownBy(() -> MONEY.extraDecimals(7)).hasMessage("extra decimals must be 0 to 6, got 7");
    assertThatThrownBy(() -> MONEY.currencies(Currency.getInstance("XXX")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XXX");
    assertThatThrownBy(() -> MONEY.currencies(new String[0])).hasMessage("currency codes must name at least one value");
    assertThatThrownBy(() -> MONEY.currencies("JPY").between("0.1", "0.9").next(1))
        .hasMessage("no amount of 0 decimal places lies in [0.1, 0.9] for JPY");
  }
}
