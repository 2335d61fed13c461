package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Generates exact {@link Money} amounts in currencies with different minor units. Get one from
 * {@link Generators#money()}; each configuring method returns a new generator.
 *
 * <pre>{@code
 * MoneyGenerator fees = Generators.money().currencies("EUR").between("0", "50000");
 * Money fee = fees.next(42);                              // e.g. EUR 18234.07: rounded to the cent
 * Money rate = fees.extraDecimals(3).next(42);            // e.g. EUR 18234.0713: three digits past the cent
 * Money any = Generators.money().next(7);                 // EUR, USD, GBP, JPY (0 places), BHD (3) or CLF (4)
 * }</pre>
 *
 * <p>By default amounts lie in {@code [-1000000, 1000000]} (major units, inclusive) and are rounded to the
 * currency's minor unit ({@link Money#isRounded()}); {@link #extraDecimals(int)} adds digits beyond it, so that the
 * amounts really need rounding. When the range contains zero, negative and positive amounts are equally likely and
 * the minimum draw gives zero; otherwise the minimum draw gives the bound closest to zero.
 */
public final class MoneyGenerator implements Generator<Money> {
  /** The default currencies: 2, 2, 2, 0, 3 and 4 decimal places. */
  static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("USD"),
      Currency.getInstance("GBP"), Currency.getInstance("JPY"), Currency.getInstance("BHD"),
      Currency.getInstance("CLF"));

  private final List<Currency> currencies;
  private final BigDecimal min;
  private final BigDecimal max;
  private final int extraDecimals;

  MoneyGenerator() {
    this(CURRENCIES, BigDecimal.valueOf(-1_000_000), BigDecimal.valueOf(1_000_000), 0);
  }

  private MoneyGenerator(List<Currency> currencies, BigDecimal min, BigDecimal max, int extraDecimals) {
    this.currencies = currencies;
    this.min = min;
    this.max = max;
    this.extraDecimals = extraDecimals;
  }

  /**
   * Returns a generator of amounts in these currencies (the first is the simplest).
   *
   * @param currencies at least one currency with a minor unit
   * @return the new generator
   * @throws IllegalArgumentException when none is given or one has no minor unit (e.g. XXX)
   */
  public MoneyGenerator currencies(Currency... currencies) {
    List<Currency> list = Generators.values("currencies", currencies);
    for (Currency currency : list) {
      Money.zero(requireNonNull(currency, "currency")); // rejects a currency without a minor unit, naming it
    }
    return new MoneyGenerator(list, min, max, extraDecimals);
  }

  /**
   * Returns a generator of amounts in the currencies with these ISO-4217 codes.
   *
   * @param codes at least one code, e.g. {@code "EUR"}, {@code "JPY"}
   * @return the new generator
   * @throws IllegalArgumentException when none is given, a code is unknown or its currency has no minor unit
   */
  public MoneyGenerator currencies(String... codes) {
    List<Currency> list = new ArrayList<>();
    for (String code : Generators.texts("currency codes", codes)) {
      list.add(Money.of(BigDecimal.ZERO, code).currency());
    }
    return currencies(list.toArray(new Currency[0]));
  }

  /**
   * Returns a generator of amounts in {@code [min, max]}, in major units.
   *
   * @param min the least amount, e.g. {@code "-500"}
   * @param max the greatest amount, at least {@code min}, e.g. {@code "500"}
   * @return the new generator
   * @throws IllegalArgumentException when {@code max < min}, or either is beyond ±10^12
   */
  public MoneyGenerator between(BigDecimal min, BigDecimal max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    BigDecimal limit = BigDecimal.TEN.pow(12);
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max " + max.toPlainString() + " must not be less than min "
          + min.toPlainString());
    }
    if (min.abs().compareTo(limit) > 0 || max.abs().compareTo(limit) > 0) {
      throw new IllegalArgumentException("amounts must lie within -10^12 to 10^12, got [" + min.toPlainString()
          + ", " + max.toPlainString() + "]");
    }
    return new MoneyGenerator(currencies, min, max, extraDecimals);
  }

  /**
   * Returns a generator of amounts in {@code [min, max]}, given as plain decimals.
   *
   * @param min the least amount, e.g. {@code "-500"}
   * @param max the greatest amount, e.g. {@code "500.00"}
   * @return the new generator
   * @throws NumberFormatException when either is not a decimal
   * @throws IllegalArgumentException as {@link #between(BigDecimal, BigDecimal)}
   */
  public MoneyGenerator between(String min, String max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    return between(new BigDecimal(min), new BigDecimal(max));
  }

  /**
   * Returns a generator of amounts with {@code digits} decimal places beyond the currency's minor unit, e.g. 4
   * places for EUR with {@code extraDecimals(2)}: amounts that need rounding.
   *
   * @param digits 0 to 6 (default 0: rounded amounts)
   * @return the new generator
   * @throws IllegalArgumentException when out of range
   */
  public MoneyGenerator extraDecimals(int digits) {
    if (digits < 0 || digits > 6) {
      throw new IllegalArgumentException("extra decimals must be 0 to 6, got " + digits);
    }
    return new MoneyGenerator(currencies, min, max, digits);
  }

  @Override
  public Money next(RandomSource source) {
    requireNonNull(source, "source");
    Currency currency = source.pick(currencies);
    int scale = currency.getDefaultFractionDigits() + extraDecimals;
    long low = min.setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
    long high = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().longValueExact();
    if (low > high) {
      throw new IllegalArgumentException("no amount of " + scale + " decimal places lies in [" + min.toPlainString()
          + ", " + max.toPlainString() + "] for " + currency.getCurrencyCode());
    }
    long units;
    if (low <= 0 && high >= 0) {
      boolean negative = low < 0 && (high == 0 || source.chance(50));
      long magnitude = source.between(0, negative ? -low : high);
      units = negative ? -magnitude : magnitude;
    } else if (low > 0) {
      units = source.between(low, high);
    } else {
      units = -source.between(-high, -low);
    }
    return Money.of(BigDecimal.valueOf(units, scale), currency);
  }
}
