package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * Headline rate vs loaded rate across partner quotes (SPEC §6): the headline is the hourly price a partner quotes;
 * the loaded rate is what a productive hour really costs the buyer, {@link LoadedRate#ratePerProductiveHour()},
 * including the components the headline leaves out and shrinkage. The gap is shown in % of the headline,
 * {@code (loaded − headline) / headline × 100}, rounded HALF_UP to two decimals for presentation only.
 *
 * <pre>{@code
 * RateComparison comparison = RateComparison.of(List.of(
 *     new RateComparison.Quote("Partner A", Money.of("25.00", "EUR"), loadedA),
 *     new RateComparison.Quote("Partner B", Money.of("28.00", "EUR"), loadedB)));
 * comparison.cheapestByHeadline(); // may well not be comparison.cheapestByLoaded()
 * System.out.println(comparison.explain());
 * }</pre>
 *
 * @param quotes the quotes compared, in the order given
 */
public record RateComparison(List<Quote> quotes) {
  /**
   * Creates a comparison.
   *
   * @param quotes at least one quote, all in one currency
   * @throws IllegalArgumentException when there is no quote
   * @throws io.github.bpokit.core.money.CurrencyMismatchException when the quotes are in different currencies
   */
  public RateComparison {
    quotes = ImmutableList.copyOf(quotes);
    if (quotes.isEmpty()) {
      throw new IllegalArgumentException("a rate comparison needs at least one quote");
    }
    for (Quote quote : quotes) {
      LoadedRate.checkCurrency(quotes.get(0).headline().currency(), quote.headline());
    }
  }

  /**
   * Returns a comparison of quotes.
   *
   * @param quotes the quotes
   * @return the comparison
   */
  public static RateComparison of(List<Quote> quotes) {
    return new RateComparison(quotes);
  }

  /**
   * Returns the quote with the lowest headline rate (the first among equals).
   *
   * @return the quote
   */
  public Quote cheapestByHeadline() {
    return quotes.stream().min(Comparator.comparing(Quote::headline)).orElseThrow();
  }

  /**
   * Returns the quote with the lowest loaded rate per productive hour (the first among equals).
   *
   * @return the quote
   */
  public Quote cheapestByLoaded() {
    return quotes.stream().min(Comparator.comparing(Quote::loadedPerProductiveHour)).orElseThrow();
  }

  /**
   * Returns one line per quote: headline, loaded per productive hour (rounded HALF_UP for presentation) and the gap.
   *
   * @return the report
   */
  public String explain() {
    StringBuilder out = new StringBuilder("Headline vs loaded rate per hour\n");
    for (Quote quote : quotes) {
      out.append("  ").append(quote.partner()).append(": headline ")
          .append(quote.headline().amount().toPlainString()).append(", loaded ")
          .append(quote.loadedPerProductiveHour().rounded().amount().toPlainString()).append(" per productive hour,")
          .append(" gap ").append(quote.gapPercent().toPlainString()).append("% of headline\n");
    }
    out.append("  cheapest by headline: ").append(cheapestByHeadline().partner())
        .append("; cheapest by loaded rate: ").append(cheapestByLoaded().partner()).append('\n');
    return out.toString();
  }

  /**
   * One partner's quote: the headline hourly rate and the loaded rate behind it.
   *
   * <pre>{@code
   * RateComparison.Quote quote = new RateComparison.Quote("Partner A", Money.of("25.00", "EUR"), loaded);
   * quote.gapPercent(); // e.g. 140.00
   * }</pre>
   *
   * @param partner the partner's name
   * @param headline the quoted hourly rate, positive
   * @param loaded the loaded rate
   */
  public record Quote(String partner, Money headline, LoadedRate loaded) {
    /**
     * Creates a quote.
     *
     * @param partner the partner
     * @param headline the headline rate
     * @param loaded the loaded rate
     * @throws IllegalArgumentException naming the headline when it is not positive
     * @throws io.github.bpokit.core.money.CurrencyMismatchException when headline and loaded rate differ in currency
     */
    public Quote {
      requireNonNull(partner, "partner");
      requireNonNull(headline, "headline");
      requireNonNull(loaded, "loaded");
      if (!headline.isPositive()) {
        throw new IllegalArgumentException("headline rate of " + partner + " must be positive: " + headline);
      }
      LoadedRate.checkCurrency(headline.currency(), loaded.costPerPaidHour());
    }

    /**
     * Returns the loaded rate per productive hour.
     *
     * @return the loaded rate, exact
     */
    public Money loadedPerProductiveHour() {
      return loaded.ratePerProductiveHour();
    }

    /**
     * Returns loaded − headline.
     *
     * @return the gap, exact
     */
    public Money gap() {
      return loadedPerProductiveHour().minus(headline);
    }

    /**
     * Returns the gap in % of the headline, {@code (loaded − headline) / headline × 100}, HALF_UP to 2 decimals.
     *
     * @return the gap in percent
     */
    public BigDecimal gapPercent() {
      return gap().amount().multiply(Decimals.HUNDRED).divide(headline.amount(), 2, RoundingMode.HALF_UP);
    }
  }
}
