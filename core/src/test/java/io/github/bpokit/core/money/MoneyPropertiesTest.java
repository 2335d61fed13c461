package io.github.bpokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link Money}: exact arithmetic, idempotent rounding and lossless allocation. */
class MoneyPropertiesTest {
  private static final long SEED = 20261123L;
  private static final List<Currency> CURRENCIES = List.of(
      Currency.getInstance("EUR"), Currency.getInstance("JPY"), Currency.getInstance("BHD"),
      Currency.getInstance("USD"));
  private static final List<RoundingMode> MODES = Arrays.stream(RoundingMode.values())
      .filter(mode -> mode != RoundingMode.UNNECESSARY).collect(Collectors.toList());

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  // --- generators ---------------------------------------------------------------------------------------------------

  static Gen<Currency> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /** Rounded amounts, mostly of a realistic size, sometimes up to the whole long range of minor units. */
  static Gen<Money> roundedMoney() {
    Gen<Long> units = longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .mix(longs().between(-1_000, 1_000), 30)
        .mix(longs().all(), 10);
    return units.zip(currencies(), Money::ofMinor);
  }

  /** Amounts of any scale from 0 to 9. */
  static Gen<Money> anyMoney() {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .zip(integers().between(0, 9), currencies(), (units, scale, currency) -> Money.of(BigDecimal.valueOf(units,
            scale), currency));
  }

  /** Non-negative ratios, about a third of them zero, sometimes huge; never all zero. */
  static Gen<long[]> ratios() {
    Gen<Long> ratio = integers().between(0, 9).zip(longs().between(0, 1_000_000), (zero, r) -> zero < 3 ? 0L : r)
        .mix(longs().between(0, Long.MAX_VALUE), 5);
    return lists().of(ratio).ofSizeBetween(1, 30).map(list -> {
      long[] ratios = list.stream().mapToLong(Long::longValue).toArray();
      if (Arrays.stream(ratios).allMatch(r -> r == 0)) {
        ratios[ratios.length - 1] = 1;
      }
      return ratios;
    }).describedAs(Arrays::toString);
  }

  // --- reference ----------------------------------------------------------------------------------------------------

  /** Largest remainder the slow, obvious way: exact decimals and a full sort. */
  static List<Money> referenceAllocation(Money whole, long[] ratios) {
    BigInteger units = whole.amount().unscaledValue();
    BigDecimal total = new BigDecimal(units.abs());
    BigDecimal sum = Arrays.stream(ratios).mapToObj(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal[] floors = new BigDecimal[ratios.length];
    BigDecimal[] remainders = new BigDecimal[ratios.length];
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < ratios.length; i++) {
      BigDecimal product = total.multiply(BigDecimal.valueOf(ratios[i]));
      floors[i] = product.divide(sum, 0, RoundingMode.FLOOR);
      remainders[i] = product.subtract(floors[i].multiply(sum));
      given = given.add(floors[i]);
    }
    List<Integer> order = IntStream.range(0, ratios.length).boxed().collect(Collectors.toCollection(ArrayList::new));
    order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    int leftOver = total.subtract(given).intValueExact();
    for (int j = 0; j < leftOver; j++) {
      floors[order.get(j)] = floors[order.get(j)].add(BigDecimal.ONE);
    }
    int digits = whole.currency().getDefaultFractionDigits();
    List<Money> parts = new ArrayList<>();
    for (BigDecimal floor : floors) {
      BigDecimal part = units.signum() < 0 ? floor.negate() : floor;
      parts.add(Money.of(part.movePointLeft(digits), whole.currency()));
    }
    return parts;
  }

  // --- allocation ---------------------------------------------------------------------------------------------------

  @Test
  void allocationPartsSumExactlyToTheWhole() {
    checkAllocation(1000);
  }

  @Test
  @Tag("long")
  void allocationPartsSumExactlyToTheWholeManyExamples() {
    checkAllocation(100_000);
  }

  private static void checkAllocation(int examples) {
    qt(examples).forAll(roundedMoney(), ratios()).checkAssert((whole, ratios) -> {
      List<Money> parts = whole.allocate(ratios);
      assertThat(parts).hasSize(ratios.length);
      assertThat(Money.total(whole.currency(), parts)).isEqualTo(whole);
      for (int i = 0; i < ratios.length; i++) {
        Money part = parts.get(i);
        assertThat(part.isRounded()).isTrue();
        assertThat(part.signum()).isIn(0, whole.signum());
        if (ratios[i] == 0) {
          assertThat(part.isZero()).isTrue();
        }
      }
      assertThat(parts).isEqualTo(referenceAllocation(whole, ratios));
    });
  }

  @Test
  void eachPartIsWithinOneMinorUnitOfItsExactShare() {
    qt(1000).forAll(roundedMoney(), ratios()).checkAssert((whole, ratios) -> {
      List<Money> parts = whole.allocate(ratios);
      BigDecimal total = new BigDecimal(whole.amount().unscaledValue());
      BigDecimal sum = Arrays.stream(ratios).mapToObj(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
      for (int i = 0; i < ratios.length; i++) {
        // |part - total * r / sum| < 1 unit  <=>  |part * sum - total * r| < sum
        BigDecimal error = new BigDecimal(parts.get(i).amount().unscaledValue()).multiply(sum)
            .subtract(total.multiply(BigDecimal.valueOf(ratios[i])));
        assertThat(error.abs()).isLessThan(sum);
      }
    });
  }

  @Test
  void equalRatiosGivePartsDifferingByAtMostOneMinorUnit() {
    qt(1000).forAll(roundedMoney(), integers().between(1, 60), longs().between(1, 1_000_000_000_000L))
        .checkAssert((whole, n, ratio) -> {
          long[] ratios = new long[n];
          Arrays.fill(ratios, ratio);
          List<Money> parts = whole.allocate(ratios);
          assertThat(parts).isEqualTo(whole.split(n));
          Money largest = Collections.max(parts, Comparator.comparing(Money::abs));
          Money smallest = Collections.min(parts, Comparator.comparing(Money::abs));
          assertThat(new BigDecimal(largest.abs().minus(smallest.abs()).amount().unscaledValue()))
              .isLessThanOrEqualTo(BigDecimal.ONE);
          // the earlier parts get the extra units
          for (int i = 1; i < n; i++) {
            assertThat(parts.get(i - 1).abs().compareTo(parts.get(i).abs())).isNotNegative();
          }
        });
  }

  @Test
  void splitPartsSumExactlyToTheWhole() {
    qt(1000).forAll(roundedMoney(), integers().between(1, 1000)).checkAssert((whole, n) -> {
      List<Money> parts = whole.split(n);
      assertThat(parts).hasSize(n);
      assertThat(Money.total(parts)).isEqualTo(whole);
      assertThat(new BigDecimal(parts.get(0).minus(parts.get(n - 1)).abs().amount().unscaledValue()))
          .isLessThanOrEqualTo(BigDecimal.ONE);
    });
  }

  @Test
  void allocationIsSymmetricInTheSign() {
    qt(1000).forAll(roundedMoney(), ratios()).checkAssert((whole, ratios) -> {
      List<Money> negated = whole.allocate(ratios).stream().map(Money::negate).collect(Collectors.toList());
      assertThat(whole.negate().allocate(ratios)).isEqualTo(negated);
    });
  }

  @Test
  void decimalRatiosAllocateLikeTheirScaledWholeNumbers() {
    qt(1000).forAll(roundedMoney(), ratios(), integers().between(-3, 12)).checkAssert((whole, ratios, scale) -> {
      List<BigDecimal> decimals = Arrays.stream(ratios).mapToObj(r -> BigDecimal.valueOf(r, scale))
          .collect(Collectors.toList());
      assertThat(whole.allocate(decimals)).isEqualTo(whole.allocate(ratios));
    });
  }

  // --- arithmetic and rounding --------------------------------------------------------------------------------------

  @Test
  void plusAndMinusAreInverse() {
    qt(1000).forAll(anyMoney(), anyMoney()).checkAssert((a, b) -> {
      Money other = Money.of(b.amount(), a.currency());
      assertThat(a.plus(other).minus(other)).isEqualTo(a);
      assertThat(a.minus(other).plus(other)).isEqualTo(a);
      assertThat(a.plus(other)).isEqualTo(other.plus(a));
      assertThat(a.plus(other.negate())).isEqualTo(a.minus(other));
    });
  }

  @Test
  void roundingIsIdempotent() {
    qt(1000).forAll(anyMoney(), Generate.pick(MODES), Generate.pick(MODES)).checkAssert((money, mode, other) -> {
      Money rounded = money.rounded(mode);
      assertThat(rounded.isRounded()).isTrue();
      assertThat(rounded.rounded(mode)).isSameAs(rounded);
      assertThat(rounded.rounded(other)).isSameAs(rounded);
      assertThat(rounded.rounded(RoundingMode.UNNECESSARY)).isSameAs(rounded);
      assertThat(rounded.minus(money).abs().isLessThan(Money.ofMinor(1, money.currency()))).isTrue();
      assertThat(money.rounded()).isEqualTo(money.rounded(RoundingMode.HALF_UP));
    });
  }

  @Test
  void multiplyingThenDividingByTheSameFactorReturnsARoundedAmount() {
    Gen<BigDecimal> factors = longs().between(-1_000_000, 1_000_000).assuming(f -> f != 0)
        .zip(integers().between(0, 6), BigDecimal::valueOf);
    qt(1000).forAll(roundedMoney(), factors, Generate.pick(Arrays.asList(RoundingMode.values())))
        .checkAssert((money, factor, mode) -> {
          assertThat(money.multipliedBy(factor).dividedBy(factor, mode)).isEqualTo(money);
          long whole = factor.unscaledValue().longValueExact();
          assertThat(money.multipliedBy(whole).dividedBy(whole, mode)).isEqualTo(money);
        });
  }

  @Test
  void divisionRoundsTheExactQuotientOnce() {
    qt(1000).forAll(anyMoney(), longs().between(-1_000_000, 1_000_000).assuming(d -> d != 0), Generate.pick(MODES))
        .checkAssert((money, divisor, mode) -> {
          BigDecimal exact = money.amount().divide(BigDecimal.valueOf(divisor),
              money.amount().scale() + 25, RoundingMode.DOWN);
          // A divisor up to 10^6 gives either an expansion that ends within 25 extra digits (then the truncation is
          // exact) or a repeating one whose runs of 0s or 9s are far shorter than 25 digits (then the truncation
          // rounds the same way as the exact quotient in every mode).
          BigDecimal expected = exact.setScale(money.currency().getDefaultFractionDigits(), mode);
          assertThat(money.dividedBy(divisor, mode).amount()).isEqualByComparingTo(expected);
        });
  }

  // --- text, equality, order ----------------------------------------------------------------------------------------

  @Test
  void toStringRoundTripsThroughParse() {
    qt(1000).forAll(anyMoney()).checkAssert(money -> {
      String text = money.toString();
      assertThat(text.substring(4)).containsPattern("^-?[0-9]+(\\.[0-9]+)?$");
      assertThat(Money.parse(text)).isEqualTo(money);
      assertThat(Money.parse(text).toString()).isEqualTo(text);
      String[] parts = text.split(" ");
      assertThat(Money.parse(parts[1] + " " + parts[0])).isEqualTo(money);
    });
  }

  @Test
  void equalityIgnoresTheScale() {
    qt(1000).forAll(anyMoney(), integers().between(0, 10)).checkAssert((money, extra) -> {
      Money rescaled = Money.of(money.amount().setScale(money.amount().scale() + extra), money.currency());
      assertThat(rescaled).isEqualTo(money);
      assertThat(rescaled.hashCode()).isEqualTo(money.hashCode());
      assertThat(rescaled.amount()).isEqualTo(money.amount());
    });
  }

  @Test
  void orderFollowsTheAmount() {
    qt(1000).forAll(anyMoney(), anyMoney()).checkAssert((a, b) -> {
      Money other = Money.of(b.amount(), a.currency());
      assertThat(Integer.signum(a.compareTo(other))).isEqualTo(Integer.signum(a.amount().compareTo(b.amount())));
      assertThat(a.compareTo(other) == 0).isEqualTo(a.equals(other));
      assertThat(a.isGreaterThan(other)).isEqualTo(other.isLessThan(a));
    });
  }

  @Test
  void minorUnitsRoundTrip() {
    qt(1000).forAll(longs().all(), currencies()).checkAssert((units, currency) -> {
      Money money = Money.ofMinor(units, currency);
      assertThat(money.minorUnits()).isEqualTo(units);
      assertThat(Money.parse(money.toString()).minorUnits()).isEqualTo(units);
    });
  }
}
