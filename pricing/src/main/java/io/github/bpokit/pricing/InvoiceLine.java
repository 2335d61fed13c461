package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One line of an {@link Invoice}: what was billed (description, quantity, unit price, tier), the exact amount, the
 * amount rounded once to the currency's minor unit, the usage it came from ({@code basis}) and any flags.
 *
 * <p>The exact amount keeps every digit (a prorated rate, a share of a value); {@link #amount()} rounds it once with
 * the line's rounding mode, which the invoice sets to its own. The amount is usually {@code quantity × unitPrice};
 * a prorated per-FTE line also multiplies by the prorated share of the period, stated in the basis.
 *
 * <pre>{@code
 * InvoiceLine line = InvoiceLine.charge("Contacts", 6, Money.of("6.50", "EUR"))
 *     .withTier("6–10")
 *     .withBasis("6 handled contacts in 2026-10");
 * line.amount();   // EUR 39.00
 * InvoiceLine credit = InvoiceLine.adjustment("SLA credit: ASA band 2", Money.of("-120.00", "EUR"));
 * }</pre>
 *
 * @param kind a charge, the minimum-commitment true-up or an adjustment
 * @param description what the line bills
 * @param quantity the quantity billed, not negative
 * @param unitPrice the exact price of one unit, when the line has one
 * @param tier the price tier's label, when tiered
 * @param exactAmount the exact amount
 * @param roundingMode how {@link #amount()} rounds the exact amount to the minor unit
 * @param basis the usage the line came from, in words (may be empty)
 * @param flags warnings about the line, e.g. a volume-tier drop
 */
public record InvoiceLine(
    Kind kind,
    String description,
    BigDecimal quantity,
    Optional<Money> unitPrice,
    Optional<String> tier,
    Money exactAmount,
    RoundingMode roundingMode,
    String basis,
    List<String> flags) {

  /** The kinds of invoice line. */
  public enum Kind {
    /** A charge computed by a pricing model from usage. */
    CHARGE,
    /** The difference between the minimum commitment and the charges, when the charges fall short. */
    TRUE_UP,
    /** An amount added after the charges, e.g. an SLA credit (negative) or bonus (positive). */
    ADJUSTMENT
  }

  /**
   * Creates a line.
   *
   * @param kind the kind
   * @param description the description, not blank
   * @param quantity the quantity, not negative
   * @param unitPrice the optional unit price, in the amount's currency
   * @param tier the optional tier label
   * @param exactAmount the exact amount
   * @param roundingMode the rounding mode, not {@link RoundingMode#UNNECESSARY}
   * @param basis the usage the line came from
   * @param flags warnings
   * @throws IllegalArgumentException naming the value of a blank description, a negative quantity or an {@code
   *     UNNECESSARY} rounding mode
   * @throws CurrencyMismatchException when the unit price and the amount are in different currencies
   */
  public InvoiceLine {
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
    requireNonNull(quantity, "quantity");
    requireNonNull(unitPrice, "unitPrice");
    requireNonNull(tier, "tier");
    requireNonNull(exactAmount, "exactAmount");
    requireNonNull(roundingMode, "roundingMode");
    requireNonNull(basis, "basis");
    flags = ImmutableList.copyOf(flags);
    if (description.isBlank()) {
      throw new IllegalArgumentException("an invoice line needs a description: '" + description + "'");
    }
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("quantity of '" + description + "' must not be negative: " + quantity);
    }
    if (roundingMode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding mode UNNECESSARY cannot round a line to the minor unit");
    }
    if (unitPrice.isPresent() && !unitPrice.get().currency().equals(exactAmount.currency())) {
      throw new CurrencyMismatchException(exactAmount.currency(), unitPrice.get().currency());
    }
  }

  /**
   * Returns a charge of {@code quantity × unitPrice}, exact, rounded HALF_UP until an invoice sets its mode.
   *
   * @param description what is billed
   * @param quantity the quantity, not negative
   * @param unitPrice the price of one unit
   * @return the line
   */
  public static InvoiceLine charge(String description, long quantity, Money unitPrice) {
    return charge(description, BigDecimal.valueOf(quantity), unitPrice, unitPrice.multipliedBy(quantity));
  }

  /**
   * Returns a charge with an explicit exact amount (e.g. a prorated rate, where the amount is not simply quantity
   * times unit price).
   *
   * @param description what is billed
   * @param quantity the quantity, not negative
   * @param unitPrice the price of one unit
   * @param exactAmount the exact amount
   * @return the line
   */
  public static InvoiceLine charge(String description, BigDecimal quantity, Money unitPrice, Money exactAmount) {
    return new InvoiceLine(Kind.CHARGE, description, quantity, Optional.of(unitPrice), Optional.empty(),
        exactAmount, RoundingMode.HALF_UP, "", List.of());
  }

  /**
   * Returns an adjustment: an amount added after the charges (negative for a credit), quantity 1, no unit price.
   *
   * @param description the reason, e.g. {@code SLA credit: service level 78.4% in band 75–80%}
   * @param amount the amount, exact
   * @return the line
   */
  public static InvoiceLine adjustment(String description, Money amount) {
    return new InvoiceLine(Kind.ADJUSTMENT, description, BigDecimal.ONE, Optional.empty(), Optional.empty(),
        amount, RoundingMode.HALF_UP, "", List.of());
  }

  static InvoiceLine trueUp(String description, Money amount, String basis) {
    return new InvoiceLine(Kind.TRUE_UP, description, BigDecimal.ONE, Optional.empty(), Optional.empty(), amount,
        RoundingMode.HALF_UP, basis, List.of());
  }

  /**
   * Returns the exact amount rounded once to the currency's minor unit with {@link #roundingMode()}.
   *
   * @return the billed amount
   */
  public Money amount() {
    return exactAmount.rounded(roundingMode);
  }

  /**
   * Returns this line with a tier label.
   *
   * @param label the tier, e.g. {@code 6–10}
   * @return the new line
   */
  public InvoiceLine withTier(String label) {
    return new InvoiceLine(kind, description, quantity, unitPrice, Optional.of(label), exactAmount, roundingMode,
        basis, flags);
  }

  /**
   * Returns this line with the usage it came from, in words.
   *
   * @param text the basis
   * @return the new line
   */
  public InvoiceLine withBasis(String text) {
    return new InvoiceLine(kind, description, quantity, unitPrice, tier, exactAmount, roundingMode, text, flags);
  }

  /**
   * Returns this line with one more flag.
   *
   * @param flag the warning
   * @return the new line
   */
  public InvoiceLine withFlag(String flag) {
    requireNonNull(flag, "flag");
    return new InvoiceLine(kind, description, quantity, unitPrice, tier, exactAmount, roundingMode, basis,
        ImmutableList.<String>builder().addAll(flags).add(flag).build());
  }

  /**
   * Returns this line rounded with another mode.
   *
   * @param mode the rounding mode, e.g. {@link RoundingMode#HALF_EVEN}
   * @return the new line
   */
  public InvoiceLine withRoundingMode(RoundingMode mode) {
    return new InvoiceLine(kind, description, quantity, unitPrice, tier, exactAmount, mode, basis, flags);
  }
}
