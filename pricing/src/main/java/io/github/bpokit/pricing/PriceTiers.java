package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A price table over unit numbers (the first contact of the period is unit 1): each tier is a Guava {@link Range} of
 * units with explicit inclusion at each edge, a unit price and an optional flat fee charged once when the tier is
 * used. The tiers must cover every unit from 1 upwards exactly once: a gap or an overlap fails at {@link
 * Builder#build()} with a message naming both ranges, and the last tier must be open-ended.
 *
 * <p>Prices are exact: {@link #price(long, TierMode)} is never rounded (the invoice rounds each line once).
 *
 * <pre>{@code
 * PriceTiers tiers = PriceTiers.builder()
 *     .tier(Range.closed(1L, 5L), Money.of("7.00", "EUR"))
 *     .tier(Range.closed(6L, 10L), Money.of("6.50", "EUR"))
 *     .tier(Range.atLeast(11L), Money.of("6.00", "EUR"), Money.of("25.00", "EUR")) // with a flat fee
 *     .build();
 * tiers.price(6, TierMode.GRADUATED); // EUR 41.50
 * tiers.price(6, TierMode.VOLUME);    // EUR 39.00
 * tiers.tierFor(12).label();          // "11+"
 * }</pre>
 */
public final class PriceTiers {
  private final ImmutableList<Tier> tiers;
  private final ImmutableRangeMap<Long, Tier> byUnit;
  private final Currency currency;

  private PriceTiers(ImmutableList<Tier> tiers) {
    this.tiers = tiers;
    ImmutableRangeMap.Builder<Long, Tier> builder = ImmutableRangeMap.builder();
    for (Tier tier : tiers) {
      builder.put(tier.canonical(), tier);
    }
    this.byUnit = builder.build();
    this.currency = tiers.get(0).unitPrice().currency();
  }

  /**
   * Returns a single open-ended tier: every unit at {@code unitPrice}.
   *
   * @param unitPrice the price of each unit
   * @return the one-tier table
   */
  public static PriceTiers flat(Money unitPrice) {
    return builder().tier(Range.atLeast(1L), unitPrice).build();
  }

  /**
   * Returns a builder of tiers.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the tiers, ordered by their first unit.
   *
   * @return the tiers (an immutable list)
   */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * Returns the currency of every price in the table.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the tier unit number {@code unit} falls in.
   *
   * @param unit a unit number, at least 1
   * @return its tier
   * @throws IllegalArgumentException naming the unit when it is less than 1
   */
  public Tier tierFor(long unit) {
    if (unit < 1) {
      throw new IllegalArgumentException("unit numbers start at 1: " + unit);
    }
    return requireNonNull(byUnit.get(unit));
  }

  /**
   * Returns the exact price of {@code quantity} units: zero for no unit; with {@link TierMode#GRADUATED} the sum over
   * the tiers used of the units in the tier times its price plus its flat fee; with {@link TierMode#VOLUME} all
   * units at the price of the tier the quantity reaches, plus that tier's flat fee.
   *
   * @param quantity the number of units, {@code >= 0}
   * @param mode graduated or volume
   * @return the exact price
   * @throws IllegalArgumentException naming the quantity when it is negative
   */
  public Money price(long quantity, TierMode mode) {
    requireNonNull(mode, "mode");
    Money total = Money.zero(currency);
    for (TierCharge charge : charges(quantity, mode)) {
      total = total.plus(charge.amount());
    }
    return total;
  }

  /** The tiers used by {@code quantity} units, with the units priced in each (flat fee included in the amount). */
  List<TierCharge> charges(long quantity, TierMode mode) {
    Decimals.requireNonNegative("quantity", quantity);
    List<TierCharge> charges = new ArrayList<>();
    if (quantity == 0) {
      return charges;
    }
    if (mode == TierMode.VOLUME) {
      charges.add(new TierCharge(tierFor(quantity), quantity));
      return charges;
    }
    for (Tier tier : tiers) {
      long first = tier.firstUnit();
      if (first > quantity) {
        break;
      }
      long last = tier.lastUnit() < 0 ? quantity : Math.min(quantity, tier.lastUnit());
      charges.add(new TierCharge(tier, last - first + 1));
    }
    return charges;
  }

  /**
   * Two tables are equal when they have the same tiers with the same edges, prices and fees.
   *
   * @param other another object
   * @return whether it is an equal table
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PriceTiers && tiers.equals(((PriceTiers) other).tiers);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  /**
   * Returns the tiers, e.g. {@code [1–5 at EUR 7.00, 6–10 at EUR 6.50, 11+ at EUR 6.00]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return tiers.toString();
  }

  /** The units priced in one tier. */
  record TierCharge(Tier tier, long units) {
    Money amount() {
      Money amount = tier.unitPrice().multipliedBy(units);
      return tier.flatFee().map(amount::plus).orElse(amount);
    }
  }

  /**
   * One tier: a range of unit numbers, the price of each unit in it and an optional flat fee charged once when the
   * tier is used.
   *
   * <pre>{@code
   * PriceTiers.Tier tier = PriceTiers.flat(Money.of("2.00", "EUR")).tierFor(1);
   * tier.label();     // "1+"
   * tier.unitPrice(); // EUR 2.00
   * }</pre>
   *
   * @param units the unit numbers, as given to the builder
   * @param unitPrice the price of each unit, not negative
   * @param flatFee the fee charged once when the tier is used, if any, not negative
   */
  public record Tier(Range<Long> units, Money unitPrice, Optional<Money> flatFee) {
    /**
     * Creates a tier.
     *
     * @param units the unit numbers
     * @param unitPrice the price of each unit
     * @param flatFee the optional flat fee
     * @throws IllegalArgumentException naming the range when it has no lower bound, starts below unit 1 or is empty,
     *     or naming a negative price or fee
     * @throws CurrencyMismatchException when the fee and the price are in different currencies
     */
    public Tier {
      requireNonNull(units, "units");
      requireNonNull(unitPrice, "unitPrice");
      requireNonNull(flatFee, "flatFee");
      if (!units.hasLowerBound()) {
        throw new IllegalArgumentException("tier " + units + " has no lower bound: tiers start at unit 1 or later");
      }
      Range<Long> canonical = units.canonical(DiscreteDomain.longs());
      if (canonical.isEmpty()) {
        throw new IllegalArgumentException("tier " + units + " contains no unit");
      }
      if (canonical.lowerEndpoint() < 1) {
        throw new IllegalArgumentException("tier " + units + " starts below unit 1");
      }
      if (unitPrice.isNegative()) {
        throw new IllegalArgumentException("tier " + units + " has a negative unit price: " + unitPrice);
      }
      if (flatFee.isPresent()) {
        Money fee = flatFee.get();
        if (!fee.currency().equals(unitPrice.currency())) {
          throw new CurrencyMismatchException(unitPrice.currency(), fee.currency());
        }
        if (fee.isNegative()) {
          throw new IllegalArgumentException("tier " + units + " has a negative flat fee: " + fee);
        }
      }
    }

    Range<Long> canonical() {
      return units.canonical(DiscreteDomain.longs());
    }

    /**
     * Returns the first unit number of the tier.
     *
     * @return the first unit, at least 1
     */
    public long firstUnit() {
      return canonical().lowerEndpoint();
    }

    /** The last unit, or -1 when open-ended. */
    long lastUnit() {
      Range<Long> canonical = canonical();
      return canonical.hasUpperBound() ? canonical.upperEndpoint() - 1 : -1;
    }

    /**
     * Returns whether the tier has no last unit.
     *
     * @return whether it is open-ended
     */
    public boolean isOpenEnded() {
      return !units.hasUpperBound();
    }

    /**
     * Returns a short label: {@code 1–5} for a bounded tier, {@code 11+} for an open-ended one.
     *
     * @return the label
     */
    public String label() {
      return isOpenEnded() ? firstUnit() + "+" : firstUnit() + "–" + lastUnit();
    }

    /**
     * Returns e.g. {@code 11+ at EUR 6.00 + flat EUR 25.00}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
      return label() + " at " + unitPrice + flatFee.map(fee -> " + flat " + fee).orElse("");
    }
  }

  /**
   * Collects tiers in any order and checks at {@link #build()} that they cover every unit from 1 upwards exactly once.
   *
   * <pre>{@code
   * PriceTiers tiers = PriceTiers.builder()
   *     .tier(Range.atLeast(101L), Money.of("0.80", "EUR"))
   *     .tier(Range.closedOpen(1L, 101L), Money.of("1.00", "EUR"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Tier> tiers = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a tier without a flat fee.
     *
     * @param units the unit numbers, e.g. {@code Range.closed(1L, 5L)} or {@code Range.atLeast(11L)}
     * @param unitPrice the price of each unit
     * @return this builder
     * @throws IllegalArgumentException as {@link Tier#Tier(Range, Money, Optional)} does
     */
    public Builder tier(Range<Long> units, Money unitPrice) {
      tiers.add(new Tier(units, unitPrice, Optional.empty()));
      return this;
    }

    /**
     * Adds a tier with a flat fee charged once when the tier is used.
     *
     * @param units the unit numbers
     * @param unitPrice the price of each unit
     * @param flatFee the flat fee
     * @return this builder
     * @throws IllegalArgumentException as {@link Tier#Tier(Range, Money, Optional)} does
     */
    public Builder tier(Range<Long> units, Money unitPrice, Money flatFee) {
      tiers.add(new Tier(units, unitPrice, Optional.of(flatFee)));
      return this;
    }

    /**
     * Checks the tiers and returns the table.
     *
     * @return the table
     * @throws IllegalArgumentException when there is no tier, when the first tier does not start at unit 1, when two
     *     tiers overlap or leave a gap (naming both ranges), or when the last tier is not open-ended
     * @throws CurrencyMismatchException when the tiers are priced in different currencies
     */
    public PriceTiers build() {
      if (tiers.isEmpty()) {
        throw new IllegalArgumentException("a price table needs at least one tier");
      }
      List<Tier> sorted = new ArrayList<>(tiers);
      sorted.sort(Comparator.comparingLong(Tier::firstUnit));
      Currency currency = sorted.get(0).unitPrice().currency();
      for (Tier tier : sorted) {
        if (!tier.unitPrice().currency().equals(currency)) {
          throw new CurrencyMismatchException(currency, tier.unitPrice().currency());
        }
      }
      Tier first = sorted.get(0);
      if (first.firstUnit() != 1) {
        throw new IllegalArgumentException(
            "the first tier " + first.units() + " must start at unit 1: units 1.." + (first.firstUnit() - 1)
                + " have no price");
      }
      for (int i = 1; i < sorted.size(); i++) {
        Tier previous = sorted.get(i - 1);
        Tier next = sorted.get(i);
        Range<Long> a = previous.canonical();
        if (!a.hasUpperBound() || a.upperEndpoint() > next.firstUnit()) {
          throw new IllegalArgumentException(
              "tiers " + previous.units() + " and " + next.units() + " overlap: unit " + next.firstUnit()
                  + " is in both");
        }
        if (a.upperEndpoint() < next.firstUnit()) {
          throw new IllegalArgumentException(
              "tiers " + previous.units() + " and " + next.units() + " leave a gap: units " + a.upperEndpoint()
                  + ".." + (next.firstUnit() - 1) + " have no price");
        }
      }
      Tier last = sorted.get(sorted.size() - 1);
      if (!last.isOpenEnded()) {
        throw new IllegalArgumentException(
            "the last tier " + last.units() + " must be open-ended: units above " + last.lastUnit()
                + " have no price (use Range.atLeast(" + last.firstUnit() + "L))");
      }
      return new PriceTiers(ImmutableList.copyOf(sorted));
    }
  }
}
