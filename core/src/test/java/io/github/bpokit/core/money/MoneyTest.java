package io.github.bpokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  static final Currency EUR = Currency.getInstance("EUR");
  static final Currency USD = Currency.getInstance("USD");
  static final Currency JPY = Currency.getInstance("JPY");
  static final Currency BHD = Currency.getInstance("BHD");
  static final Currency KWD = Currency.getInstance("KWD");
  static final Currency XXX = Currency.getInstance("XXX");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Nested
  class Factories {
    @Test
    void keepsEveryDigitOfTheAmount() {
      assertThat(Money.of(new BigDecimal("3.685"), EUR).amount()).isEqualByComparingTo("3.685");
      assertThat(Money.of(new BigDecimal("0.0000001"), EUR).toString()).isEqualTo("EUR 0.0000001");
    }

    @Test
    void storesTheAmountInCanonicalScale() {
      assertThat(eur("1").amount()).hasScaleOf(2).isEqualByComparingTo("1");
      assertThat(eur("1.000").amount()).hasScaleOf(2);
      assertThat(eur("3.6850").amount()).hasScaleOf(3);
      assertThat(Money.of(new BigDecimal("1E+3"), EUR).toString()).isEqualTo("EUR 1000.00");
      assertThat(Money.of("500.0", "JPY").toString()).isEqualTo("JPY 500");
      assertThat(Money.of("1.2", "BHD").toString()).isEqualTo("BHD 1.200");
    }

    @Test
    void acceptsCurrencyCodesInAnyCaseAndSurroundingWhiteSpace() {
      assertThat(Money.of(" 12.34 ", " eur ")).isEqualTo(Money.of(new BigDecimal("12.34"), EUR));
      assertThat(Money.of(BigDecimal.TEN, "usd").currency()).isEqualTo(USD);
    }

    @Test
    void ofMinorUsesTheCurrencysMinorUnit() {
      assertThat(Money.ofMinor(1234, EUR).toString()).isEqualTo("EUR 12.34");
      assertThat(Money.ofMinor(-5, EUR).toString()).isEqualTo("EUR -0.05");
      assertThat(Money.ofMinor(500, JPY).toString()).isEqualTo("JPY 500");
      assertThat(Money.ofMinor(1234, BHD).toString()).isEqualTo("BHD 1.234");
    }

    @Test
    void zeroHasTheCurrencysScale() {
      assertThat(Money.zero(EUR).toString()).isEqualTo("EUR 0.00");
      assertThat(Money.zero(JPY).toString()).isEqualTo("JPY 0");
      assertThat(Money.zero(KWD).toString()).isEqualTo("KWD 0.000");
      assertThat(Money.zero(EUR).isZero()).isTrue();
    }

    @Test
    void rejectsCurrenciesWithoutMinorUnit() {
      String message = "currency XXX has no minor unit; Money needs a currency with a defined number of decimal places";
      assertThatThrownBy(() -> Money.of(BigDecimal.ONE, XXX)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
      assertThatThrownBy(() -> Money.of("1", "XXX")).hasMessage(message);
      assertThatThrownBy(() -> Money.zero(XXX)).hasMessage(message);
      assertThatThrownBy(() -> Money.ofMinor(1, XXX)).hasMessage(message);
      assertThatThrownBy(() -> Money.total(XXX, List.of())).hasMessage(message);
      assertThatThrownBy(() -> Money.of("1", "XAU")).hasMessageStartingWith("currency XAU has no minor unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZZ", "EURO", "E1R", "", "€"})
    void rejectsUnknownCurrencyCodes(String code) {
      assertThatThrownBy(() -> Money.of("1", code)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("unknown currency code '" + code + "': expected an ISO-4217 code, e.g. EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1e3", "1E+3", "", ".", "12.", ".5", "1 000", "--1", "NaN", "0x10", "١٢"})
    void rejectsAmountsThatAreNotPlainDecimals(String amount) {
      assertThatThrownBy(() -> Money.of(amount, "EUR")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("invalid amount '" + amount + "': expected a plain decimal such as 12.34 or -0.5");
    }
  }

  @Nested
  class Parsing {
    @Test
    void parsesCodeThenAmount() {
      assertThat(Money.parse("EUR 12.34")).isEqualTo(Money.ofMinor(1234, EUR));
      assertThat(Money.parse("  EUR \t -5 ")).isEqualTo(Money.ofMinor(-500, EUR));
      assertThat(Money.parse("jpy 500")).isEqualTo(Money.ofMinor(500, JPY));
      assertThat(Money.parse("EUR +3.685").amount()).isEqualByComparingTo("3.685");
    }

    @Test
    void parsesAmountThenCode() {
      assertThat(Money.parse("12.34 EUR")).isEqualTo(Money.ofMinor(1234, EUR));
      assertThat(Money.parse("-1.234 BHD")).isEqualTo(Money.ofMinor(-1234, BHD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR 12.34", "EUR -0.01", "EUR 3.685", "EUR 0.0000001", "JPY 500", "BHD 1.234",
        "KWD -1000000000000000000000.125", "USD 0.00"})
    void roundTripsThroughToString(String text) {
      assertThat(Money.parse(text).toString()).isEqualTo(text);
      assertThat(Money.parse(Money.parse(text).toString())).isEqualTo(Money.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "12.34", "", "  ", "EUR 1 2", "EUR1.00", "EUR 1e3", "EUR USD", "1 2", "EUR 1,00",
        "€ 12.34", "EURO 12"})
    void rejectsMalformedText(String text) {
      assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot parse money '" + text
              + "': expected a currency code and a plain decimal amount, e.g. 'EUR 12.34'");
    }

    @Test
    void rejectsUnknownCurrencyNamingTheText() {
      assertThatThrownBy(() -> Money.parse("ZZZ 1.00")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "cannot parse money 'ZZZ 1.00': unknown currency code 'ZZZ': expected an ISO-4217 code, e.g. EUR");
      assertThatThrownBy(() -> Money.parse("1 XXX"))
          .hasMessageStartingWith("cannot parse money '1 XXX': currency XXX has no minor unit");
    }
  }

  @Nested
  class Accessors {
    @Test
    void minorUnitsOfRoundedAmounts() {
      assertThat(eur("12.34").minorUnits()).isEqualTo(1234);
      assertThat(eur("-12.3").minorUnits()).isEqualTo(-1230);
      assertThat(Money.of("500", "JPY").minorUnits()).isEqualTo(500);
      assertThat(Money.of("1.2", "KWD").minorUnits()).isEqualTo(1200);
      assertThat(Money.ofMinor(Long.MIN_VALUE, EUR).minorUnits()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void minorUnitsOfAnUnroundedAmountIsAnIllegalState() {
      assertThatThrownBy(() -> eur("3.685").minorUnits()).isInstanceOf(IllegalStateException.class)
          .hasMessage("EUR 3.685 is not rounded to the minor unit of EUR (2 decimal places): call rounded() before"
              + " minorUnits()");
    }

    @Test
    void minorUnitsBeyondALongOverflow() {
      Money huge = Money.ofMinor(Long.MAX_VALUE, EUR).plus(Money.ofMinor(1, EUR));
      assertThatThrownBy(huge::minorUnits).isInstanceOf(ArithmeticException.class)
          .hasMessage("EUR 92233720368547758.08 has too many minor units for a long");
    }

    @Test
    void signs() {
      assertThat(eur("0.00").isZero()).isTrue();
      assertThat(eur("0.00").signum()).isZero();
      assertThat(eur("0.001").isPositive()).isTrue();
      assertThat(eur("0.001").signum()).isOne();
      assertThat(eur("-0.001").isNegative()).isTrue();
      assertThat(eur("-0.001").signum()).isEqualTo(-1);
      assertThat(eur("-0.001").isZero()).isFalse();
      assertThat(eur("1").isNegative()).isFalse();
      assertThat(eur("-1").isPositive()).isFalse();
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void plusAndMinusAreExact() {
      assertThat(eur("0.10").plus(eur("0.20"))).isEqualTo(eur("0.30"));
      assertThat(eur("0.125").plus(eur("0.005"))).isEqualTo(eur("0.13"));
      assertThat(eur("0.125").plus(eur("0.005")).amount()).hasScaleOf(2);
      assertThat(eur("1.00").minus(eur("0.001"))).isEqualTo(eur("0.999"));
      assertThat(eur("1.00").minus(eur("3"))).isEqualTo(eur("-2"));
    }

    @Test
    void negateAndAbs() {
      assertThat(eur("3.685").negate()).isEqualTo(eur("-3.685"));
      assertThat(eur("-3.685").abs()).isEqualTo(eur("3.685"));
      assertThat(eur("3.685").abs()).isEqualTo(eur("3.685"));
      assertThat(eur("0").negate()).isEqualTo(eur("0"));
    }

    @Test
    void mixingCurrenciesIsAMismatchCarryingBoth() {
      Money eur = eur("10.00");
      Money usd = Money.of("10.00", "USD");
      assertThatThrownBy(() -> eur.plus(usd)).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
        assertThat(e.first()).isEqualTo(EUR);
        assertThat(e.second()).isEqualTo(USD);
        assertThat(e).hasMessage("currency mismatch: EUR and USD");
      });
      assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("currency mismatch: USD and EUR");
      assertThatThrownBy(() -> eur.plus(Money.zero(USD))).isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(() -> eur.compareTo(usd)).isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(() -> eur.isGreaterThan(usd)).isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(() -> eur.isLessThan(usd)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void goldenRateTimesQuantity() {
      Money line = eur("0.067").multipliedBy(55);
      assertThat(line.amount()).isEqualTo(new BigDecimal("3.685"));
      assertThat(line.isRounded()).isFalse();
      assertThat(line.rounded()).isEqualTo(eur("3.69"));
      assertThat(line.rounded(RoundingMode.HALF_UP)).isEqualTo(eur("3.69"));
      assertThat(line.rounded(RoundingMode.HALF_EVEN)).isEqualTo(eur("3.68"));
      assertThat(line.negate().rounded()).isEqualTo(eur("-3.69"));
      assertThat(line.negate().rounded(RoundingMode.HALF_EVEN)).isEqualTo(eur("-3.68"));
    }

    @Test
    void multiplicationNeverRounds() {
      assertThat(eur("19.99").multipliedBy(new BigDecimal("0.175"))).isEqualTo(eur("3.49825"));
      assertThat(eur("19.99").multipliedBy(new BigDecimal("1E+2"))).isEqualTo(eur("1999"));
      assertThat(eur("19.99").multipliedBy(-3)).isEqualTo(eur("-59.97"));
      assertThat(eur("19.99").multipliedBy(0)).isEqualTo(Money.zero(EUR));
    }

    @Test
    void divisionRoundsOnceWithTheGivenMode() {
      assertThat(eur("100.00").dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(eur("33.33"));
      assertThat(eur("2.00").dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(eur("0.67"));
      assertThat(eur("2.00").dividedBy(3, RoundingMode.DOWN)).isEqualTo(eur("0.66"));
      assertThat(eur("0.05").dividedBy(2, RoundingMode.HALF_EVEN)).isEqualTo(eur("0.02"));
      assertThat(eur("0.05").dividedBy(2, RoundingMode.HALF_UP)).isEqualTo(eur("0.03"));
      assertThat(eur("3.685").dividedBy(BigDecimal.ONE, RoundingMode.HALF_EVEN)).isEqualTo(eur("3.68"));
      assertThat(eur("10.00").dividedBy(new BigDecimal("0.3"), RoundingMode.HALF_UP)).isEqualTo(eur("33.33"));
      assertThat(Money.of("1000", "JPY").dividedBy(3, RoundingMode.CEILING)).isEqualTo(Money.of("334", "JPY"));
      assertThat(Money.of("1", "BHD").dividedBy(-3, RoundingMode.HALF_UP)).isEqualTo(Money.of("-0.333", "BHD"));
      assertThat(eur("100.00").dividedBy(4, RoundingMode.UNNECESSARY)).isEqualTo(eur("25.00"));
    }

    @Test
    void divisionByZeroIsAnArithmeticException() {
      assertThatThrownBy(() -> eur("10.00").dividedBy(0, RoundingMode.HALF_UP))
          .isInstanceOf(ArithmeticException.class).hasMessage("cannot divide EUR 10.00 by zero");
      assertThatThrownBy(() -> eur("0").dividedBy(new BigDecimal("0.000"), RoundingMode.HALF_UP))
          .isInstanceOf(ArithmeticException.class).hasMessage("cannot divide EUR 0.00 by zero");
    }

    @Test
    void inexactDivisionWithUnnecessaryRoundingFails() {
      assertThatThrownBy(() -> eur("1.00").dividedBy(3, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Rounding {
    @Test
    void roundsToTheCurrencysMinorUnit() {
      assertThat(Money.of("1234.5", "JPY").rounded()).isEqualTo(Money.of("1235", "JPY"));
      assertThat(Money.of("1234.5", "JPY").rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1234", "JPY"));
      assertThat(Money.of("1.2345", "BHD").rounded()).isEqualTo(Money.of("1.235", "BHD"));
      assertThat(Money.of("1.2345", "BHD").rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1.234", "BHD"));
      assertThat(Money.of("1.2345", "KWD").rounded().toString()).isEqualTo("KWD 1.235");
      assertThat(Money.of("-0.0005", "KWD").rounded().toString()).isEqualTo("KWD -0.001");
      assertThat(eur("0.004").rounded().toString()).isEqualTo("EUR 0.00");
    }

    @Test
    void roundingARoundedAmountReturnsIt() {
      Money rounded = eur("3.69");
      assertThat(rounded.isRounded()).isTrue();
      assertThat(rounded.rounded()).isSameAs(rounded);
      assertThat(rounded.rounded(RoundingMode.UNNECESSARY)).isSameAs(rounded);
      assertThat(eur("3.685").rounded().rounded(RoundingMode.FLOOR)).isEqualTo(eur("3.69"));
    }

    @Test
    void unnecessaryRoundingOfAnUnroundedAmountFails() {
      assertThatThrownBy(() -> eur("3.685").rounded(RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Comparison {
    @Test
    void comparesByValue() {
      assertThat(eur("1.0").compareTo(eur("1.00"))).isZero();
      assertThat(eur("1.001").compareTo(eur("1.00"))).isPositive();
      assertThat(eur("-1").compareTo(eur("0"))).isNegative();
      assertThat(eur("2").isGreaterThan(eur("1.999"))).isTrue();
      assertThat(eur("2").isGreaterThan(eur("2.00"))).isFalse();
      assertThat(eur("1.999").isLessThan(eur("2"))).isTrue();
      assertThat(eur("2").isLessThan(eur("2"))).isFalse();
    }

    @Test
    void equalsByCurrencyAndNumericValue() {
      new EqualsTester()
          .addEqualityGroup(eur("1"), eur("1.0"), eur("1.00"), eur("1.000"), Money.ofMinor(100, EUR),
              Money.of(new BigDecimal("0.1E+1"), EUR))
          .addEqualityGroup(Money.of("1.00", "USD"))
          .addEqualityGroup(eur("1.001"), eur("1.0010"))
          .addEqualityGroup(Money.zero(EUR), eur("-0.00"), eur("0.000000"))
          .addEqualityGroup(Money.zero(JPY), Money.of("0.0", "JPY"))
          .addEqualityGroup(Money.of("1", "JPY"))
          .testEquals();
    }
  }

  @Nested
  class Totals {
    @Test
    void totalsExactly() {
      assertThat(Money.total(List.of(eur("1.10"), eur("2.205"), eur("-0.004")))).isEqualTo(eur("3.301"));
      assertThat(Money.total(List.of(eur("7")))).isEqualTo(eur("7"));
      assertThat(Money.total(EUR, List.of(eur("1.10"), eur("2.20")))).isEqualTo(eur("3.30"));
      assertThat(Money.total(EUR, List.of())).isEqualTo(Money.zero(EUR));
    }

    @Test
    void totalOfNothingNeedsACurrency() {
      assertThatThrownBy(() -> Money.total(List.of())).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot total no amounts: the currency is unknown; use total(Currency, Iterable) for a possibly"
              + " empty list");
    }

    @Test
    void totalOfMixedCurrenciesIsAMismatch() {
      assertThatThrownBy(() -> Money.total(List.of(eur("1"), eur("2"), Money.of("3", "USD"))))
          .isInstanceOf(CurrencyMismatchException.class).hasMessage("currency mismatch: EUR and USD");
      assertThatThrownBy(() -> Money.total(USD, List.of(eur("1"))))
          .isInstanceOf(CurrencyMismatchException.class).hasMessage("currency mismatch: USD and EUR");
    }

    @Test
    void nullElementsAreNamedByIndex() {
      assertThatThrownBy(() -> Money.total(java.util.Arrays.asList(eur("1"), eur("2"), null)))
          .isInstanceOf(NullPointerException.class).hasMessage("amounts[2]");
      assertThatThrownBy(() -> Money.total(java.util.Arrays.asList((Money) null)))
          .isInstanceOf(NullPointerException.class).hasMessage("amounts[0]");
      assertThatThrownBy(() -> Money.total(EUR, java.util.Arrays.asList(eur("1"), null)))
          .isInstanceOf(NullPointerException.class).hasMessage("amounts[1]");
    }
  }

  @Nested
  class Contracts {
    @Test
    void rejectsNullEverywhere() {
      NullPointerTester tester = new NullPointerTester().setDefault(Currency.class, EUR);
      tester.testAllPublicStaticMethods(Money.class);
      tester.testAllPublicInstanceMethods(eur("12.34"));
      tester.testAllPublicInstanceMethods(eur("3.685"));
    }

    @Test
    void serializesThroughTheValidatingFactory() {
      SerializableTester.reserializeAndAssert(eur("12.34"));
      SerializableTester.reserializeAndAssert(eur("-3.685"));
      SerializableTester.reserializeAndAssert(Money.of("500", "JPY"));
      assertThat(SerializableTester.reserialize(eur("1.10")).toString()).isEqualTo("EUR 1.10");
    }
  }
}
