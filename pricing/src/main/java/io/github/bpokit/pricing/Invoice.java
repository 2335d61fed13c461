package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bill of one period in one currency: charges from a {@link PricingModel}, the minimum-commitment true-up when
 * the charges fall short, then adjustments (SLA credits and bonuses). Every line is rounded once to the currency's
 * minor unit (HALF_UP by default, HALF_EVEN selectable); the total is the exact sum of the rounded lines, so it never
 * depends on the order of the lines.
 *
 * <p>{@link #toJson()} is a stable JSON form: keys in a fixed order, amounts and quantities as JSON strings of plain
 * decimals ({@code "41.50"}), never JSON numbers, so that no reader parses them into binary floating point.
 *
 * <pre>{@code
 * Invoice invoice = PricingModel.PerContact.tiered(tiers, TierMode.GRADUATED)
 *     .invoice(usage)                                   // a builder with the charges
 *     .minimumCommitment(Money.of("5000.00", "EUR"))    // true-up line if the charges fall short
 *     .adjustment("SLA credit: service level 78.4%", Money.of("-120.00", "EUR"))
 *     .roundingMode(RoundingMode.HALF_EVEN)
 *     .build();
 * invoice.total();
 * System.out.println(invoice.explain());
 * }</pre>
 */
public final class Invoice {
  private final ReportingPeriod period;
  private final Currency currency;
  private final RoundingMode roundingMode;
  private final ImmutableList<InvoiceLine> lines;
  private final @Nullable Usage usage;

  private Invoice(ReportingPeriod period, Currency currency, RoundingMode roundingMode,
      ImmutableList<InvoiceLine> lines, @Nullable Usage usage) {
    this.period = period;
    this.currency = currency;
    this.roundingMode = roundingMode;
    this.lines = lines;
    this.usage = usage;
  }

  /**
   * Returns a builder of an invoice.
   *
   * @param currency the invoice's one currency
   * @param period the period billed
   * @return an empty builder, rounding HALF_UP
   */
  public static Builder builder(Currency currency, ReportingPeriod period) {
    return new Builder(currency, period);
  }

  /**
   * Returns the period billed.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the invoice's currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns how each line is rounded to the minor unit.
   *
   * @return the rounding mode
   */
  public RoundingMode roundingMode() {
    return roundingMode;
  }

  /**
   * Returns every line: charges in the order given, then the true-up if any, then adjustments in the order given.
   *
   * @return the lines (an immutable list)
   */
  public List<InvoiceLine> lines() {
    return lines;
  }

  /**
   * Returns the usage the charges came from, when the builder was given it.
   *
   * @return the usage
   */
  public Optional<Usage> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Returns the sum of the rounded charges and the true-up (every line but the adjustments).
   *
   * @return the subtotal, rounded
   */
  public Money subtotal() {
    return sum(false);
  }

  /**
   * Returns the sum of the rounded adjustments.
   *
   * @return the adjustments, rounded
   */
  public Money adjustmentsTotal() {
    return sum(true);
  }

  /**
   * Returns the exact sum of the rounded lines.
   *
   * @return the total
   */
  public Money total() {
    return subtotal().plus(adjustmentsTotal());
  }

  private Money sum(boolean adjustments) {
    Money sum = Money.zero(currency);
    for (InvoiceLine line : lines) {
      if ((line.kind() == InvoiceLine.Kind.ADJUSTMENT) == adjustments) {
        sum = sum.plus(line.amount());
      }
    }
    return sum;
  }

  /**
   * Returns the invoice in words, one line per invoice line with its quantity, unit price, tier, basis and flags.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append("Invoice ").append(period).append(" in ").append(currency.getCurrencyCode())
        .append(" (each line rounded once, ").append(roundingMode).append(")\n");
    if (usage != null) {
      out.append("  ").append(usage.summary()).append('\n');
    }
    for (InvoiceLine line : lines) {
      out.append("  ").append(line.kind()).append(": ").append(line.description());
      line.tier().ifPresent(tier -> out.append(" [tier ").append(tier).append(']'));
      out.append(": ");
      if (line.unitPrice().isPresent()) {
        out.append(Decimals.shown(line.quantity())).append(" × ")
            .append(line.unitPrice().get().amount().toPlainString()).append(" = ");
      }
      out.append(line.amount().amount().toPlainString());
      if (!line.exactAmount().equals(line.amount())) {
        out.append(" (exact ").append(line.exactAmount().amount().toPlainString()).append(')');
      }
      out.append('\n');
      if (!line.basis().isEmpty()) {
        out.append("      from ").append(line.basis()).append('\n');
      }
      for (String flag : line.flags()) {
        out.append("      FLAG ").append(flag).append('\n');
      }
    }
    out.append("  Subtotal: ").append(subtotal().amount().toPlainString()).append('\n');
    out.append("  Adjustments: ").append(adjustmentsTotal().amount().toPlainString()).append('\n');
    out.append("  Total: ").append(total().amount().toPlainString()).append('\n');
    return out.toString();
  }

  /**
   * Returns the stable JSON form: {@code period, currency, roundingMode, lines[kind, description, quantity, unitPrice,
   * tier, amount, exactAmount, basis, flags], subtotal, adjustments, total}, in that order, amounts and quantities as
   * strings ({@code "41.50"}), {@code null} for an absent unit price or tier.
   *
   * @return the JSON text, on one line
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(256);
    out.append("{\"period\":").append(quote(period.toString()))
        .append(",\"currency\":").append(quote(currency.getCurrencyCode()))
        .append(",\"roundingMode\":").append(quote(roundingMode.name()))
        .append(",\"lines\":[");
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      out.append(i == 0 ? "" : ",")
          .append("{\"kind\":").append(quote(line.kind().name()))
          .append(",\"description\":").append(quote(line.description()))
          .append(",\"quantity\":").append(quote(Decimals.plain(line.quantity())))
          .append(",\"unitPrice\":").append(line.unitPrice().map(p -> quote(p.amount().toPlainString()))
              .orElse("null"))
          .append(",\"tier\":").append(line.tier().map(Invoice::quote).orElse("null"))
          .append(",\"amount\":").append(quote(line.amount().amount().toPlainString()))
          .append(",\"exactAmount\":").append(quote(line.exactAmount().amount().toPlainString()))
          .append(",\"basis\":").append(quote(line.basis()))
          .append(",\"flags\":[");
      for (int f = 0; f < line.flags().size(); f++) {
        out.append(f == 0 ? "" : ",").append(quote(line.flags().get(f)));
      }
      out.append("]}");
    }
    out.append("],\"subtotal\":").append(quote(subtotal().amount().toPlainString()))
        .append(",\"adjustments\":").append(quote(adjustmentsTotal().amount().toPlainString()))
        .append(",\"total\":").append(quote(total().amount().toPlainString()))
        .append('}');
    return out.toString();
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Returns e.g. {@code Invoice[2026-10, EUR 41.50, 2 lines]}.
   *
   * @return a short form
   */
  @Override
  public String toString() {
    return "Invoice[" + period + ", " + total() + ", " + lines.size() + " lines]";
  }

  /**
   * Collects the lines of an invoice; checks the currency of each as it is added.
   *
   * <pre>{@code
   * Invoice invoice = Invoice.builder(Currency.getInstance("EUR"), period)
   *     .line(InvoiceLine.charge("Contacts", 6, Money.of("6.50", "EUR")))
   *     .adjustment("Bonus: CSAT above 90%", Money.of("50.00", "EUR"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Currency currency;
    private final ReportingPeriod period;
    private RoundingMode roundingMode = RoundingMode.HALF_UP;
    private final List<InvoiceLine> charges = new ArrayList<>();
    private final List<Object> adjustments = new ArrayList<>();
    private @Nullable Money minimum;
    private @Nullable Usage usage;

    private Builder(Currency currency, ReportingPeriod period) {
      this.currency = requireNonNull(currency, "currency");
      this.period = requireNonNull(period, "period");
    }

    /**
     * Adds a charge (or any line: an adjustment line goes with the adjustments).
     *
     * @param line the line
     * @return this builder
     * @throws CurrencyMismatchException when the line is in another currency
     */
    public Builder line(InvoiceLine line) {
      requireNonNull(line, "line");
      checkCurrency(line.exactAmount());
      if (line.kind() == InvoiceLine.Kind.ADJUSTMENT) {
        adjustments.add(line);
      } else {
        charges.add(line);
      }
      return this;
    }

    /**
     * Adds lines, in order.
     *
     * @param lines the lines
     * @return this builder
     * @throws CurrencyMismatchException when a line is in another currency
     */
    public Builder lines(Iterable<InvoiceLine> lines) {
      requireNonNull(lines, "lines");
      for (InvoiceLine line : lines) {
        line(line);
      }
      return this;
    }

    /**
     * Adds an adjustment, e.g. an SLA credit (negative) or bonus (positive), as its own line.
     *
     * @param description the reason
     * @param amount the amount
     * @return this builder
     * @throws CurrencyMismatchException when the amount is in another currency
     */
    public Builder adjustment(String description, Money amount) {
      return line(InvoiceLine.adjustment(description, amount));
    }

    /**
     * Adds an adjustment spread over several lines in proportion to weights (e.g. an SLA credit over channels by
     * contacts): the amount is rounded once, then split by largest remainder so the lines sum to it exactly.
     *
     * @param description the reason; each line is {@code description (key)}
     * @param amount the amount to spread
     * @param weights the non-negative weight of each part, not all zero, in the order of the lines
     * @return this builder
     * @throws CurrencyMismatchException when the amount is in another currency
     * @throws IllegalArgumentException when there is no weight, a weight is negative or all are zero
     */
    public Builder adjustment(String description, Money amount, Map<String, Long> weights) {
      requireNonNull(description, "description");
      checkCurrency(amount);
      Map<String, Long> copy = new LinkedHashMap<>(weights);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("adjustment '" + description + "' needs at least one weight");
      }
      long sum = 0;
      for (Map.Entry<String, Long> weight : copy.entrySet()) {
        if (weight.getValue() < 0) {
          throw new IllegalArgumentException("adjustment '" + description + "': weight of " + weight.getKey()
              + " must not be negative: " + weight.getValue());
        }
        sum += weight.getValue();
      }
      if (sum == 0) {
        throw new IllegalArgumentException("adjustment '" + description + "': the weights are all zero");
      }
      adjustments.add(new Spread(description, amount, copy));
      return this;
    }

    /**
     * Sets a minimum commitment: when the rounded charges sum to less, a true-up line bills the difference.
     *
     * @param amount the minimum per period
     * @return this builder
     * @throws CurrencyMismatchException when the amount is in another currency
     * @throws IllegalArgumentException when it is negative
     */
    public Builder minimumCommitment(Money amount) {
      checkCurrency(amount);
      if (amount.isNegative()) {
        throw new IllegalArgumentException("minimum commitment must not be negative: " + amount);
      }
      this.minimum = amount;
      return this;
    }

    /**
     * Sets how each line is rounded to the minor unit (HALF_UP unless set).
     *
     * @param mode e.g. {@link RoundingMode#HALF_EVEN}
     * @return this builder
     * @throws IllegalArgumentException for {@link RoundingMode#UNNECESSARY}
     */
    public Builder roundingMode(RoundingMode mode) {
      requireNonNull(mode, "mode");
      if (mode == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException("rounding mode UNNECESSARY cannot round a line to the minor unit");
      }
      this.roundingMode = mode;
      return this;
    }

    /**
     * Records the usage the charges came from.
     *
     * @param usage the usage
     * @return this builder
     */
    public Builder usage(Usage usage) {
      this.usage = requireNonNull(usage, "usage");
      return this;
    }

    /**
     * Rounds every line with the invoice's mode, adds the true-up if due and returns the invoice. The builder is
     * left as it was: lines may be added and {@code build()} called again, e.g. to add SLA adjustments whose shares
     * are taken of a first build's {@linkplain Invoice#subtotal() subtotal}.
     *
     * @return the invoice
     */
    public Invoice build() {
      ImmutableList.Builder<InvoiceLine> all = ImmutableList.builder();
      Money charged = Money.zero(currency);
      for (InvoiceLine line : charges) {
        InvoiceLine rounded = line.withRoundingMode(roundingMode);
        all.add(rounded);
        charged = charged.plus(rounded.amount());
      }
      if (minimum != null) {
        Money floor = minimum.rounded(roundingMode);
        if (floor.isGreaterThan(charged)) {
          all.add(InvoiceLine.trueUp("Minimum commitment true-up", floor.minus(charged),
              "minimum " + Decimals.money(floor) + " − charges " + Decimals.money(charged))
              .withRoundingMode(roundingMode));
        }
      }
      for (Object adjustment : adjustments) {
        if (adjustment instanceof InvoiceLine) {
          all.add(((InvoiceLine) adjustment).withRoundingMode(roundingMode));
        } else {
          Spread spread = (Spread) adjustment;
          List<String> keys = new ArrayList<>(spread.weights.keySet());
          long[] ratios = spread.weights.values().stream().mapToLong(Long::longValue).toArray();
          List<Money> parts = spread.amount.rounded(roundingMode).allocate(ratios);
          for (int i = 0; i < keys.size(); i++) {
            all.add(InvoiceLine.adjustment(spread.description + " (" + keys.get(i) + ")", parts.get(i))
                .withBasis("share " + ratios[i] + " of " + Arrays.stream(ratios).sum() + " of "
                    + Decimals.money(spread.amount.rounded(roundingMode)))
                .withRoundingMode(roundingMode));
          }
        }
      }
      return new Invoice(period, currency, roundingMode, all.build(), usage);
    }

    private void checkCurrency(Money amount) {
      requireNonNull(amount, "amount");
      if (!amount.currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, amount.currency());
      }
    }

    private static final class Spread {
      final String description;
      final Money amount;
      final Map<String, Long> weights;

      Spread(String description, Money amount, Map<String, Long> weights) {
        this.description = description;
        this.amount = amount;
        this.weights = weights;
      }
    }
  }
}
