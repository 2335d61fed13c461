package io.github.bpokit.core.money;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in an ISO-4217 currency (SPEC §6).
 *
 * <p>The amount is a {@link BigDecimal} that keeps its full precision: adding, subtracting and multiplying never
 * round, so intermediate results (a rate times a quantity, a share of a fee) stay exact. Rounding to the currency's
 * minor unit is explicit: {@link #rounded()} (HALF_UP, the SPEC default) or {@link #rounded(RoundingMode)}. The only
 * operation that has to round is division, which therefore takes a {@link RoundingMode}.
 *
 * <p>Amounts are kept in a canonical form: the scale is the currency's number of decimal places, or more when the
 * value needs more digits, and never carries trailing zeros beyond the currency's places. So {@code 1.0}, {@code 1}
 * and {@code 1.000} EUR are all stored (and printed) as {@code 1.00}, while an unrounded {@code 3.685} EUR stays
 * {@code 3.685}. Two amounts are {@linkplain #equals(Object) equal} when they have the same currency and the same
 * numeric value.
 *
 * <p>Splitting an amount into parts ({@link #allocate(long...)}, {@link #split(int)}) uses largest-remainder allocation
 * at the minor unit: the parts always sum exactly to the whole.
 *
 * <p>Only currencies with a defined minor unit are supported (not, for example, {@code XXX} or {@code XAU}).
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Money price = Money.of("0.067", "EUR");
 * Money line = price.multipliedBy(55);             // EUR 3.685, exact
 * Money billed = line.rounded();                   // EUR 3.69 (HALF_UP)
 * List<Money> parts = Money.of("100.00", "EUR").split(3); // EUR 33.34, EUR 33.33, EUR 33.33
 * Money back = Money.parse(billed.toString());     // "EUR 3.69" round-trips
 * }</pre>
 */
public final class Money implements Comparable<Money>, Serializable {
  /** A plain decimal: optional sign, digits, optional fraction; no exponent, no grouping. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** The currency, with a defined minor unit. */
  private final Currency currency;
  /** Canonical: scale == max(currency digits, minimal scale of the value). */
  private final BigDecimal amount;

  private Money(Currency currency, BigDecimal canonicalAmount) {
    this.currency = currency;
    this.amount = canonicalAmount;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Factories

  /**
   * Returns an amount of money, keeping every digit of {@code amount}.
   *
   * @param amount the exact amount, of any scale
   * @param currency the currency
   * @return the money
   * @throws IllegalArgumentException naming the code when the currency has no minor unit (e.g. {@code XXX})
   */
  public static Money of(BigDecimal amount, Currency currency) {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    return new Money(currency, canonical(amount, fractionDigits(currency)));
  }

  /**
   * Returns an amount of money in the currency with the given ISO-4217 code.
   *
   * @param amount the exact amount, of any scale
   * @param currencyCode the ISO-4217 code, e.g. {@code "EUR"} (case-insensitive)
   * @return the money
   * @throws IllegalArgumentException naming the code when it is not a known currency or has no minor unit
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currencyCode");
    return of(amount, currency(currencyCode));
  }

  /**
   * Returns an amount of money parsed from a plain decimal, e.g. {@code Money.of("12.34", "EUR")}.
   *
   * @param amount a plain decimal: optional sign, digits, optional {@code .} and digits; no exponent, no grouping
   *     separators (surrounding white space is ignored)
   * @param currencyCode the ISO-4217 code, e.g. {@code "EUR"} (case-insensitive)
   * @return the money
   * @throws IllegalArgumentException naming the text when the amount is not a plain decimal, or naming the code when
   *     it is not a known currency or has no minor unit
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currencyCode");
    Currency currency = currency(currencyCode);
    return of(decimal(amount.strip(), amount), currency);
  }

  /**
   * Returns an amount given as a whole number of minor units, e.g. cents: {@code ofMinor(1234, EUR)} is EUR 12.34.
   *
   * @param minorUnits the amount in minor units of the currency
   * @param currency the currency
   * @return the money, rounded by construction
   * @throws IllegalArgumentException naming the code when the currency has no minor unit
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    requireNonNull(currency, "currency");
    return new Money(currency, BigDecimal.valueOf(minorUnits, fractionDigits(currency)));
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return zero, e.g. EUR 0.00
   * @throws IllegalArgumentException naming the code when the currency has no minor unit
   */
  public static Money zero(Currency currency) {
    requireNonNull(currency, "currency");
    return new Money(currency, BigDecimal.valueOf(0, fractionDigits(currency)));
  }

  /**
   * Parses the form printed by {@link #toString()}, {@code "EUR 12.34"}. The amount may also come first
   * ({@code "12.34 EUR"}); the code is case-insensitive, the two parts are separated by white space, and surrounding
   * white space is ignored. The amount is a plain decimal (optional sign, no exponent, no grouping separators).
   *
   * @param text the text, e.g. {@code "EUR 12.34"} or {@code "JPY -500"}
   * @return the money
   * @throws IllegalArgumentException naming the text when it is not of that form, names an unknown currency or a
   *     currency without a minor unit
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    String[] parts = WHITE_SPACE.split(text.strip(), -1);
    if (parts.length == 2) {
      boolean codeFirst = CURRENCY_CODE.matcher(parts[0]).matches();
      String code = codeFirst ? parts[0] : parts[1];
      String number = codeFirst ? parts[1] : parts[0];
      if (CURRENCY_CODE.matcher(code).matches() && PLAIN_DECIMAL.matcher(number).matches()) {
        try {
          return of(new BigDecimal(number), currency(code));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("cannot parse money '" + text + "': " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalArgumentException(
        "cannot parse money '" + text + "': expected a currency code and a plain decimal amount, e.g. 'EUR 12.34'");
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Accessors

  /**
   * Returns the exact amount. Its scale is the currency's number of decimal places, or more when the value needs
   * more digits (an unrounded amount); it never has trailing zeros beyond the currency's places.
   *
   * @return the amount, e.g. {@code 12.34} or {@code 3.685}
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the amount as a whole number of minor units, e.g. 1234 for EUR 12.34 or 500 for JPY 500.
   *
   * @return the minor units, exact
   * @throws IllegalStateException when the amount is not {@linkplain #isRounded() rounded} to the minor unit; call
   *     {@link #rounded()} first
   * @throws ArithmeticException when the number of minor units does not fit in a {@code long}
   */
  public long minorUnits() {
    requireRounded("minorUnits()");
    try {
      return amount.unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(this + " has too many minor units for a long");
    }
  }

  /**
   * Returns whether the amount is exactly zero.
   *
   * @return {@code true} for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns whether the amount is greater than zero.
   *
   * @return {@code true} for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Returns whether the amount is less than zero.
   *
   * @return {@code true} for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Returns the sign of the amount.
   *
   * @return -1, 0 or 1 as the amount is negative, zero or positive
   */
  public int signum() {
    return amount.signum();
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Exact arithmetic

  /**
   * Returns this amount plus another, exactly.
   *
   * @param other the amount to add, in the same currency
   * @return the exact sum
   * @throws CurrencyMismatchException when the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    if (other.amount.signum() == 0) {
      return this;
    }
    return with(amount.add(other.amount));
  }

  /**
   * Returns this amount minus another, exactly.
   *
   * @param other the amount to subtract, in the same currency
   * @return the exact difference
   * @throws CurrencyMismatchException when the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    if (other.amount.signum() == 0) {
      return this;
    }
    return with(amount.subtract(other.amount));
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negated amount
   */
  public Money negate() {
    return amount.signum() == 0 ? this : new Money(currency, amount.negate());
  }

  /**
   * Returns the absolute value of the amount.
   *
   * @return this amount when not negative, else its negation
   */
  public Money abs() {
    return amount.signum() < 0 ? negate() : this;
  }

  /**
   * Returns this amount multiplied by a factor, exactly (the result may have more decimal places than the currency).
   *
   * @param factor the factor, e.g. a rate or a share
   * @return the exact product
   */
  public Money multipliedBy(BigDecimal factor) {
    requireNonNull(factor, "factor");
    return with(amount.multiply(factor));
  }

  /**
   * Returns this amount multiplied by a whole number, exactly.
   *
   * @param factor the factor, e.g. a quantity
   * @return the exact product
   */
  public Money multipliedBy(long factor) {
    return factor == 1 ? this : with(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Returns this amount divided by a divisor, rounded to the currency's minor unit with the given mode. The exact
   * quotient is rounded once.
   *
   * @param divisor the divisor, not zero
   * @param roundingMode how to round the quotient to the minor unit
   * @return the rounded quotient
   * @throws ArithmeticException naming the amount when the divisor is zero, or when {@code roundingMode} is
   *     {@link RoundingMode#UNNECESSARY} and the quotient is not a whole number of minor units
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode roundingMode) {
    requireNonNull(divisor, "divisor");
    requireNonNull(roundingMode, "roundingMode");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    return new Money(currency, amount.divide(divisor, fractionDigits(currency), roundingMode));
  }

  /**
   * Returns this amount divided by a whole number, rounded to the currency's minor unit with the given mode.
   *
   * @param divisor the divisor, not zero
   * @param roundingMode how to round the quotient to the minor unit
   * @return the rounded quotient
   * @throws ArithmeticException naming the amount when the divisor is zero, or when {@code roundingMode} is
   *     {@link RoundingMode#UNNECESSARY} and the quotient is not a whole number of minor units
   */
  public Money dividedBy(long divisor, RoundingMode roundingMode) {
    requireNonNull(roundingMode, "roundingMode");
    return dividedBy(BigDecimal.valueOf(divisor), roundingMode);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Rounding

  /**
   * Returns the amount rounded to the currency's minor unit with {@link RoundingMode#HALF_UP}, the default of
   * SPEC §6: EUR 3.685 becomes EUR 3.69.
   *
   * @return the rounded amount ({@code this} when already rounded)
   */
  public Money rounded() {
    return rounded(RoundingMode.HALF_UP);
  }

  /**
   * Returns the amount rounded to the currency's minor unit with the given mode: EUR 3.685 becomes EUR 3.68 with
   * {@link RoundingMode#HALF_EVEN}. Rounding a rounded amount returns it unchanged.
   *
   * @param roundingMode how to round
   * @return the rounded amount ({@code this} when already rounded)
   * @throws ArithmeticException when {@code roundingMode} is {@link RoundingMode#UNNECESSARY} and the amount is not
   *     rounded
   */
  public Money rounded(RoundingMode roundingMode) {
    requireNonNull(roundingMode, "roundingMode");
    if (isRounded()) {
      return this;
    }
    return new Money(currency, amount.setScale(fractionDigits(currency), roundingMode));
  }

  /**
   * Returns whether the amount is a whole number of minor units (e.g. cents for EUR, yen for JPY).
   *
   * @return {@code true} when no rounding is needed
   */
  public boolean isRounded() {
    return amount.scale() == currency.getDefaultFractionDigits();
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Allocation

  /**
   * Splits this amount into parts proportional to the given ratios, by largest remainder at the minor unit: each
   * part gets the floor of its exact share, and the minor units left over go one each to the parts with the largest
   * remainders, the earlier part first among equal remainders. The parts always sum exactly to this amount; a zero
   * ratio gets a zero part. A negative amount is allocated as its absolute value, then each part is negated.
   *
   * @param ratios at least one non-negative ratio, not all zero, e.g. {@code 0.3, 0.7}
   * @return the parts, one per ratio, in the same order (an unmodifiable list)
   * @throws IllegalArgumentException naming the index and value of a negative ratio, or when there is no ratio or
   *     all are zero
   * @throws IllegalStateException when this amount is not {@linkplain #isRounded() rounded}; round it first
   */
  public List<Money> allocate(BigDecimal... ratios) {
    requireNonNull(ratios, "ratios");
    return allocate(Arrays.asList(ratios));
  }

  /**
   * Splits this amount into parts proportional to the given ratios, as {@link #allocate(BigDecimal...)} does.
   *
   * @param ratios at least one non-negative ratio, not all zero
   * @return the parts, one per ratio, in the same order (an unmodifiable list)
   * @throws IllegalArgumentException naming the index and value of a negative ratio, or when there is no ratio or
   *     all are zero
   * @throws IllegalStateException when this amount is not {@linkplain #isRounded() rounded}; round it first
   */
  public List<Money> allocate(List<BigDecimal> ratios) {
    requireNonNull(ratios, "ratios");
    requireRounded("allocate(...)");
    return Allocation.allocate(this, ratios);
  }

  /**
   * Splits this amount into parts proportional to whole-number ratios, as {@link #allocate(BigDecimal...)} does:
   * EUR 0.05 by {@code 3, 7} gives EUR 0.02 and EUR 0.03.
   *
   * @param ratios at least one non-negative ratio, not all zero
   * @return the parts, one per ratio, in the same order (an unmodifiable list)
   * @throws IllegalArgumentException naming the index and value of a negative ratio, or when there is no ratio or
   *     all are zero
   * @throws IllegalStateException when this amount is not {@linkplain #isRounded() rounded}; round it first
   */
  public List<Money> allocate(long... ratios) {
    requireNonNull(ratios, "ratios");
    requireRounded("allocate(...)");
    return Allocation.allocate(this, ratios);
  }

  /**
   * Splits this amount into {@code n} parts as equal as possible: they differ by at most one minor unit, the earlier
   * parts get the extra units, and they sum exactly to this amount. EUR 100.00 split 3 ways gives EUR 33.34,
   * EUR 33.33, EUR 33.33.
   *
   * @param n the number of parts, at least 1
   * @return the parts (an unmodifiable list)
   * @throws IllegalArgumentException naming {@code n} when it is less than 1
   * @throws IllegalStateException when this amount is not {@linkplain #isRounded() rounded}; round it first
   */
  public List<Money> split(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("cannot split " + this + " into " + n + " parts: n must be at least 1");
    }
    requireRounded("split(n)");
    return Allocation.split(this, n);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Totals

  /**
   * Returns the exact sum of one or more amounts in one currency.
   *
   * @param amounts the amounts, at least one
   * @return the exact sum
   * @throws IllegalArgumentException when there is no amount (the currency would be unknown; use
   *     {@link #total(Currency, Iterable)})
   * @throws CurrencyMismatchException when the amounts are not all in the same currency
   */
  public static Money total(Iterable<Money> amounts) {
    requireNonNull(amounts, "amounts");
    Iterator<Money> iterator = amounts.iterator();
    if (!iterator.hasNext()) {
      throw new IllegalArgumentException(
          "cannot total no amounts: the currency is unknown; use total(Currency, Iterable) for a possibly empty list");
    }
    Money first = requireNonNull(iterator.next(), "amounts[0]");
    return first.with(sum(first.currency, first.amount, iterator, 1));
  }

  /**
   * Returns the exact sum of any number of amounts in the given currency; zero when there is none.
   *
   * @param currency the currency of every amount and of the result
   * @param amounts the amounts, possibly none
   * @return the exact sum
   * @throws CurrencyMismatchException when an amount is not in {@code currency}
   * @throws IllegalArgumentException naming the code when the currency has no minor unit
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    requireNonNull(currency, "currency");
    requireNonNull(amounts, "amounts");
    Money zero = zero(currency);
    return zero.with(sum(currency, zero.amount, amounts.iterator(), 0));
  }

  private static BigDecimal sum(Currency currency, BigDecimal start, Iterator<Money> rest, int firstIndex) {
    BigDecimal sum = start;
    for (int i = firstIndex; rest.hasNext(); i++) {
      Money next = rest.next();
      if (next == null) {
        throw new NullPointerException("amounts[" + i + "]");
      }
      if (!next.currency.equals(currency)) {
        throw new CurrencyMismatchException(currency, next.currency);
      }
      sum = sum.add(next.amount);
    }
    return sum;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Comparison

  /**
   * Compares two amounts in the same currency by value.
   *
   * @param other the amount to compare with, in the same currency
   * @return a negative number, zero or a positive number as this amount is less than, equal to or greater than
   *     {@code other}
   * @throws CurrencyMismatchException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /**
   * Returns whether this amount is greater than another in the same currency.
   *
   * @param other the amount to compare with
   * @return {@code true} when this amount is greater
   * @throws CurrencyMismatchException when the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns whether this amount is less than another in the same currency.
   *
   * @param other the amount to compare with
   * @return {@code true} when this amount is less
   * @throws CurrencyMismatchException when the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Returns whether the other object is an amount with the same currency and the same numeric value
   * ({@code EUR 1.0} equals {@code EUR 1.00}).
   *
   * @param other the object to compare with
   * @return {@code true} when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Money
        && currency.equals(((Money) other).currency)
        && amount.equals(((Money) other).amount);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * currency.getCurrencyCode().hashCode() + amount.hashCode();
  }

  /**
   * Returns the currency code, a space and the plain amount, e.g. {@code "EUR 12.34"}, {@code "EUR 3.685"} or
   * {@code "JPY -500"}; never exponent notation. {@link #parse(String)} reads it back.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + amount.toPlainString();
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Internals

  /** Returns money in this currency with the given (not necessarily canonical) amount. */
  Money with(BigDecimal newAmount) {
    return new Money(currency, canonical(newAmount, fractionDigits(currency)));
  }

  /** Returns money in this currency with an amount already in canonical form (used by allocation). */
  Money withCanonical(BigDecimal canonicalAmount) {
    return new Money(currency, canonicalAmount);
  }

  private void requireSameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  private void requireRounded(String operation) {
    if (!isRounded()) {
      throw new IllegalStateException(
          this + " is not rounded to the minor unit of " + currency.getCurrencyCode() + " ("
              + currency.getDefaultFractionDigits() + " decimal places): call rounded() before " + operation);
    }
  }

  /** The scale is at least {@code digits}, and trailing zeros beyond {@code digits} are stripped. */
  private static BigDecimal canonical(BigDecimal value, int digits) {
    int scale = value.scale();
    if (scale == digits) {
      return value;
    }
    if (scale < digits) {
      return value.setScale(digits, RoundingMode.UNNECESSARY);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < digits ? stripped.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
  }

  static int fractionDigits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit; Money needs a currency with a defined"
              + " number of decimal places");
    }
    return digits;
  }

  private static Currency currency(String code) {
    String stripped = code.strip();
    if (CURRENCY_CODE.matcher(stripped).matches()) {
      try {
        return Currency.getInstance(stripped.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException("unknown currency code '" + code + "': expected an ISO-4217 code, e.g. EUR");
  }

  private static BigDecimal decimal(String text, String original) {
    if (!PLAIN_DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "invalid amount '" + original + "': expected a plain decimal such as 12.34 or -0.5");
    }
    return new BigDecimal(text);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // Serialization: a proxy that goes back through the validating factory

  /**
   * Serializes through a proxy that holds only the validated state.
   *
   * @return the serialized form
   */
  private Object writeReplace() {
    return new SerializedForm(currency.getCurrencyCode(), amount);
  }

  /**
   * Rejects a stream that bypasses the proxy.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Money is deserialized through its serialized form");
  }

  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the ISO-4217 code */
    private final String currencyCode;
    /** @serial the exact amount */
    private final BigDecimal amount;

    SerializedForm(String currencyCode, BigDecimal amount) {
      this.currencyCode = currencyCode;
      this.amount = amount;
    }

    /**
     * Rebuilds the value through its validating factory.
     *
     * @return the value
     * @throws InvalidObjectException when the stream holds an invalid value
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return Money.of(amount, currencyCode);
      } catch (RuntimeException e) {
        InvalidObjectException invalid = new InvalidObjectException("invalid serialized Money: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
