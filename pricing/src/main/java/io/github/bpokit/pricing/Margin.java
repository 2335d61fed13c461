package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.Money;
import java.math.BigDecimal;

/**
 * The partner's margin on a loaded cost, in one of two distinct forms that are easy to confuse: a markup on cost
 * ({@code price = cost × (1 + markup)}) or a margin on price ({@code price = cost / (1 − margin)}). A 20% markup on
 * 32.50 gives 39.00; a 20% margin on price gives 40.625 (of which 20%, 8.125, is margin).
 *
 * <pre>{@code
 * Margin.markupOnCost(new BigDecimal("0.20")).price(Money.of("32.50", "EUR"));   // EUR 39.00
 * Margin.marginOnPrice(new BigDecimal("0.20")).price(Money.of("32.50", "EUR"));  // EUR 40.625
 * }</pre>
 *
 * @param kind markup on cost or margin on price
 * @param rate the markup (not negative) or the margin (in [0, 1))
 */
public record Margin(Kind kind, BigDecimal rate) {
  /** The two forms of margin. */
  public enum Kind {
    /** {@code price = cost × (1 + markup)}. */
    MARKUP_ON_COST,
    /** {@code price = cost / (1 − margin)}. */
    MARGIN_ON_PRICE
  }

  /**
   * Creates a margin.
   *
   * @param kind the form
   * @param rate the rate
   * @throws IllegalArgumentException naming the rate when a markup is negative or a margin is not in [0, 1)
   */
  public Margin {
    requireNonNull(kind, "kind");
    requireNonNull(rate, "rate");
    if (rate.signum() < 0 || (kind == Kind.MARGIN_ON_PRICE && rate.compareTo(BigDecimal.ONE) >= 0)) {
      throw new IllegalArgumentException(kind == Kind.MARKUP_ON_COST ? "markup must not be negative: " + rate
          : "margin on price must be in [0, 1): " + rate);
    }
  }

  /**
   * Returns a markup on cost.
   *
   * @param markup e.g. {@code 0.20} for 20%
   * @return the margin
   */
  public static Margin markupOnCost(BigDecimal markup) {
    return new Margin(Kind.MARKUP_ON_COST, markup);
  }

  /**
   * Returns a margin on price.
   *
   * @param margin e.g. {@code 0.20} for 20% of the price
   * @return the margin
   */
  public static Margin marginOnPrice(BigDecimal margin) {
    return new Margin(Kind.MARGIN_ON_PRICE, margin);
  }

  /**
   * Returns no margin: price = cost.
   *
   * @return a markup of zero
   */
  public static Margin none() {
    return markupOnCost(BigDecimal.ZERO);
  }

  /**
   * Returns the price of a cost: exact for a markup, to 34 significant digits for a margin on price.
   *
   * @param cost the cost
   * @return the price
   */
  public Money price(Money cost) {
    requireNonNull(cost, "cost");
    return kind == Kind.MARKUP_ON_COST ? cost.multipliedBy(BigDecimal.ONE.add(rate))
        : Decimals.divide(cost, BigDecimal.ONE.subtract(rate));
  }

  /**
   * Returns e.g. {@code 20.00% markup on cost} or {@code 20.00% margin on price}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return Decimals.percent(rate) + (kind == Kind.MARKUP_ON_COST ? " markup on cost" : " margin on price");
  }
}
