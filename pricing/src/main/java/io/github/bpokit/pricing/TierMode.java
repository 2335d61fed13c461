package io.github.bpokit.pricing;

/**
 * How a quantity is priced against {@link PriceTiers} (the terms of Stripe, Lago and Kill Bill).
 *
 * <pre>{@code
 * PriceTiers tiers = PriceTiers.builder()
 *     .tier(Range.closed(1L, 5L), Money.of("7.00", "EUR"))
 *     .tier(Range.closed(6L, 10L), Money.of("6.50", "EUR"))
 *     .tier(Range.atLeast(11L), Money.of("6.00", "EUR"))
 *     .build();
 * tiers.price(6, TierMode.GRADUATED); // EUR 41.50 = 5 × 7.00 + 1 × 6.50
 * tiers.price(6, TierMode.VOLUME);    // EUR 39.00 = 6 × 6.50
 * }</pre>
 */
public enum TierMode {
  /** Each unit is priced in the tier it falls in: units 1–5 at the first tier's price, 6–10 at the second's, .... */
  GRADUATED,
  /**
   * Every unit is priced at the tier the total quantity reaches; the total can drop when the quantity crosses into a
   * cheaper tier, which the per-contact model flags on the line.
   */
  VOLUME
}
