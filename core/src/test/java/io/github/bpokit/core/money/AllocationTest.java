package io.github.bpokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllocationTest {
  static final Currency EUR = Currency.getInstance("EUR");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static List<String> texts(List<Money> parts) {
    return parts.stream().map(Money::toString).collect(Collectors.toList());
  }

  @Test
  void splitsAHundredThreeWays() {
    assertThat(texts(eur("100.00").split(3))).containsExactly("EUR 33.34", "EUR 33.33", "EUR 33.33");
    assertThat(texts(eur("100.00").allocate(1, 1, 1))).containsExactly("EUR 33.34", "EUR 33.33", "EUR 33.33");
    assertThat(texts(eur("100.00").allocate(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly("EUR 33.34", "EUR 33.33", "EUR 33.33");
  }

  @Test
  void givesTheExtraUnitToTheEarlierPartAmongEqualRemainders() {
    // exact shares 0.015 and 0.035: both remainders are half a cent
    assertThat(texts(eur("0.05").allocate(3, 7))).containsExactly("EUR 0.02", "EUR 0.03");
    assertThat(texts(eur("0.05").allocate(new BigDecimal("0.3"), new BigDecimal("0.7"))))
        .containsExactly("EUR 0.02", "EUR 0.03");
    assertThat(texts(eur("0.05").allocate(7, 3))).containsExactly("EUR 0.04", "EUR 0.01");
  }

  @Test
  void givesTheExtraUnitsToTheLargestRemainders() {
    // exact shares 0.333.., 0.666..: the second part has the larger remainder
    assertThat(texts(eur("0.01").allocate(1, 2))).containsExactly("EUR 0.00", "EUR 0.01");
    assertThat(texts(Money.of("100", "JPY").allocate(1, 2))).containsExactly("JPY 33", "JPY 67");
    // SLA credit spread over channels
    assertThat(texts(eur("1000.00").allocate(50, 30, 20))).containsExactly("EUR 500.00", "EUR 300.00", "EUR 200.00");
    assertThat(texts(eur("999.99").allocate(50, 30, 20))).containsExactly("EUR 499.99", "EUR 300.00", "EUR 200.00");
    // shares 1.6666.., 1.6666.., 1.6666.., 0.0 (BHD 0.005 = 5 fils over 1:1:1:0)
    assertThat(texts(Money.of("0.005", "BHD").allocate(1, 1, 1, 0)))
        .containsExactly("BHD 0.002", "BHD 0.002", "BHD 0.001", "BHD 0.000");
  }

  @Test
  void decimalRatiosAreScaleInvariant() {
    List<Money> byDecimals = eur("10.00").allocate(List.of(new BigDecimal("0.125"), new BigDecimal("1.5"),
        new BigDecimal("2E+1"), BigDecimal.ZERO));
    assertThat(byDecimals).isEqualTo(eur("10.00").allocate(125, 1500, 20000, 0));
    assertThat(texts(byDecimals)).containsExactly("EUR 0.06", "EUR 0.69", "EUR 9.25", "EUR 0.00");
    assertThat(Money.total(byDecimals)).isEqualTo(eur("10.00"));
  }

  @Test
  void zeroRatiosGetZeroParts() {
    assertThat(texts(eur("10.00").allocate(0, 1, 1))).containsExactly("EUR 0.00", "EUR 5.00", "EUR 5.00");
    assertThat(texts(eur("0.01").allocate(0, 0, 1, 0))).containsExactly("EUR 0.00", "EUR 0.00", "EUR 0.01",
        "EUR 0.00");
  }

  @Test
  void negativeAmountsAllocateSymmetrically() {
    assertThat(texts(eur("-100.00").split(3))).containsExactly("EUR -33.34", "EUR -33.33", "EUR -33.33");
    assertThat(texts(eur("-0.05").allocate(3, 7))).containsExactly("EUR -0.02", "EUR -0.03");
  }

  @Test
  void zeroAllocatesToZeros() {
    assertThat(texts(Money.zero(EUR).allocate(1, 2))).containsExactly("EUR 0.00", "EUR 0.00");
    assertThat(texts(Money.zero(EUR).split(2))).containsExactly("EUR 0.00", "EUR 0.00");
  }

  @Test
  void splitsSmallAmountsIntoMoreParts() {
    assertThat(texts(eur("0.02").split(5))).containsExactly("EUR 0.01", "EUR 0.01", "EUR 0.00", "EUR 0.00",
        "EUR 0.00");
    assertThat(texts(eur("7.00").split(1))).containsExactly("EUR 7.00");
  }

  @Test
  void handlesAmountsAndRatiosBeyondLongArithmetic() {
    Money huge = Money.ofMinor(Long.MAX_VALUE, EUR).multipliedBy(1000);
    List<Money> parts = huge.allocate(Long.MAX_VALUE, 1, Long.MAX_VALUE - 1);
    assertThat(Money.total(parts)).isEqualTo(huge);
    assertThat(parts.get(1)).isEqualTo(Money.ofMinor(500, EUR));
    List<Money> split = huge.negate().split(7);
    assertThat(Money.total(split)).isEqualTo(huge.negate());
    assertThat(split.get(0).minus(split.get(6)).abs().isGreaterThan(Money.ofMinor(1, EUR))).isFalse();
    List<Money> big = eur("1.00").allocate(new BigDecimal("1E-40"), BigDecimal.ONE);
    assertThat(texts(big)).containsExactly("EUR 0.00", "EUR 1.00");
    List<Money> maxRatios = Money.ofMinor(Long.MIN_VALUE, EUR).allocate(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(Money.total(maxRatios)).isEqualTo(Money.ofMinor(Long.MIN_VALUE, EUR));
  }

  @Test
  void allocationIsLinearInTheNumberOfParts() {
    long[] ratios = new long[200_000];
    Arrays.fill(ratios, 1);
    List<Money> parts = eur("1000.00").allocate(ratios);
    assertThat(parts).hasSize(200_000);
    assertThat(parts.subList(0, 100_000)).containsOnly(eur("0.01"));
    assertThat(parts.subList(100_000, 200_000)).containsOnly(eur("0.00"));
    assertThat(eur("1000.00").split(200_000)).isEqualTo(parts);
  }

  @Test
  void partsAreUnmodifiable() {
    List<Money> parts = eur("1.00").split(2);
    assertThatThrownBy(() -> parts.set(0, eur("1"))).isInstanceOf(UnsupportedOperationException.class);
    List<Money> allocated = eur("1.00").allocate(1, 1);
    assertThatThrownBy(() -> allocated.add(eur("1"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsBadRatiosNamingThem() {
    Money whole = eur("100.00");
    assertThatThrownBy(() -> whole.allocate(new long[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot allocate EUR 100.00: at least one ratio is required");
    assertThatThrownBy(() -> whole.allocate(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot allocate EUR 100.00: at least one ratio is required");
    assertThatThrownBy(() -> whole.allocate(1, -2, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot allocate EUR 100.00: ratio at index 1 is negative: -2");
    assertThatThrownBy(() -> whole.allocate(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot allocate EUR 100.00: ratio at index 2 is negative: -0.5");
    assertThatThrownBy(() -> whole.allocate(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot allocate EUR 100.00: the ratios must not all be zero, got [0, 0]");
    assertThatThrownBy(() -> whole.allocate(BigDecimal.ZERO, new BigDecimal("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot allocate EUR 100.00: the ratios must not all be zero, got [0, 0.00]");
    List<BigDecimal> withNull = new ArrayList<>(Arrays.asList(BigDecimal.ONE, null));
    assertThatThrownBy(() -> whole.allocate(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessage("ratios[1]");
  }

  @Test
  void rejectsSplittingIntoLessThanOnePart() {
    assertThatThrownBy(() -> eur("100.00").split(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split EUR 100.00 into 0 parts: n must be at least 1");
    assertThatThrownBy(() -> eur("100.00").split(-3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot split EUR 100.00 into -3 parts: n must be at least 1");
  }

  @Test
  void unroundedAmountsMustBeRoundedFirst() {
    Money unrounded = eur("0.067").multipliedBy(55);
    assertThatThrownBy(() -> unrounded.allocate(1, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessage("EUR 3.685 is not rounded to the minor unit of EUR (2 decimal places): call rounded() before"
            + " allocate(...)");
    assertThatThrownBy(() -> unrounded.allocate(BigDecimal.ONE)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EUR 3.685");
    assertThatThrownBy(() -> unrounded.split(2)).isInstanceOf(IllegalStateException.class)
        .hasMessage("EUR 3.685 is not rounded to the minor unit of EUR (2 decimal places): call rounded() before"
            + " split(n)");
    assertThat(texts(unrounded.rounded().split(2))).containsExactly("EUR 1.85", "EUR 1.84");
  }

  @Test
  void selectionPutsTheFirstElementsFirst() {
    int[] values = {5, 3, 9, 1, 7, 3, 8};
    int[] indices = IntStream.range(0, values.length).toArray();
    Allocation.selectFirst(indices, indices.length, 3, (a, b) -> {
      int byValue = Integer.compare(values[b], values[a]);
      return byValue != 0 ? byValue : Integer.compare(a, b);
    });
    assertThat(Arrays.copyOf(indices, 3)).containsExactlyInAnyOrder(2, 6, 4);
  }
}
