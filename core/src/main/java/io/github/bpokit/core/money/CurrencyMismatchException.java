package io.github.bpokit.core.money;

import java.util.Currency;

/**
 * Thrown when an operation combines amounts in two different currencies. It carries both currencies.
 *
 * <pre>{@code
 * try {
 *   Money.of("10.00", "EUR").plus(Money.of("10.00", "USD"));
 * } catch (CurrencyMismatchException e) {
 *   e.first();  // EUR
 *   e.second(); // USD
 * }
 * }</pre>
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @serial the currency of the receiver, or of the first amount */
  private final Currency first;
  /** @serial the other currency */
  private final Currency second;

  /**
   * Creates the exception for two currencies that were combined.
   *
   * @param first the currency of the receiver (or of the first amount)
   * @param second the other currency
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("currency mismatch: " + first.getCurrencyCode() + " and " + second.getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the currency of the receiver, or of the first amount.
   *
   * @return the first currency
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the other currency.
   *
   * @return the second currency
   */
  public Currency second() {
    return second;
  }
}
