package io.github.bpokit.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * Largest-remainder allocation of a rounded amount at its currency's minor unit (SPEC §6).
 *
 * <p>With {@code T} minor units to share and ratios {@code r[i]} summing to {@code S}, part {@code i} gets
 * {@code floor(T * r[i] / S)} units; the {@code L = T - sum(floors)} units left over ({@code L < n}) go one each to
 * the {@code L} parts with the largest remainders {@code (T * r[i]) mod S}, the earlier index first among equal
 * remainders. A negative amount is allocated as its absolute value and each part negated, so allocation is symmetric.
 *
 * <p>Decimal ratios are first scaled to whole numbers by a common power of ten (allocation is scale-invariant), so all
 * arithmetic is on integers: {@code long} when nothing can overflow, {@link BigInteger} otherwise. The work is O(n):
 * the parts that get a left-over unit are picked by selection, not by sorting.
 */
final class Allocation {
  private Allocation() {}

  static List<Money> allocate(Money whole, List<BigDecimal> ratios) {
    BigDecimal[] decimals = ratios.toArray(new BigDecimal[0]);
    if (decimals.length == 0) {
      throw new IllegalArgumentException("cannot allocate " + whole + ": at least one ratio is required");
    }
    int scale = 0;
    boolean anyPositive = false;
    for (int i = 0; i < decimals.length; i++) {
      BigDecimal ratio = decimals[i];
      if (ratio == null) {
        throw new NullPointerException("ratios[" + i + "]");
      }
      if (ratio.signum() < 0) {
        throw new IllegalArgumentException(
            "cannot allocate " + whole + ": ratio at index " + i + " is negative: " + ratio.toPlainString());
      }
      anyPositive |= ratio.signum() > 0;
      scale = Math.max(scale, ratio.scale());
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          "cannot allocate " + whole + ": the ratios must not all be zero, got " + ratios);
    }
    // scale every ratio to a whole number by the same power of ten
    BigInteger[] integers = new BigInteger[decimals.length];
    boolean allLong = true;
    for (int i = 0; i < decimals.length; i++) {
      BigDecimal ratio = decimals[i];
      BigInteger integer = (ratio.scale() == scale ? ratio : ratio.setScale(scale, RoundingMode.UNNECESSARY))
          .unscaledValue();
      integers[i] = integer;
      allLong &= integer.bitLength() < Long.SIZE - 1;
    }
    if (allLong) {
      long[] longs = new long[integers.length];
      for (int i = 0; i < longs.length; i++) {
        longs[i] = integers[i].longValueExact();
      }
      return allocateValidated(whole, longs);
    }
    return allocateBig(whole, integers);
  }

  static List<Money> allocate(Money whole, long[] ratios) {
    if (ratios.length == 0) {
      throw new IllegalArgumentException("cannot allocate " + whole + ": at least one ratio is required");
    }
    boolean anyPositive = false;
    for (int i = 0; i < ratios.length; i++) {
      if (ratios[i] < 0) {
        throw new IllegalArgumentException(
            "cannot allocate " + whole + ": ratio at index " + i + " is negative: " + ratios[i]);
      }
      anyPositive |= ratios[i] > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          "cannot allocate " + whole + ": the ratios must not all be zero, got " + Arrays.toString(ratios));
    }
    return allocateValidated(whole, ratios);
  }

  /** Ratios are non-negative and not all zero. */
  private static List<Money> allocateValidated(Money whole, long[] ratios) {
    long sum = 0;
    long max = 0;
    boolean sumFits = true;
    for (long ratio : ratios) {
      if (sum > Long.MAX_VALUE - ratio) {
        sumFits = false;
      } else {
        sum += ratio;
      }
      max = Math.max(max, ratio);
    }
    BigInteger units = whole.amount().unscaledValue();
    BigInteger total = units.abs();
    if (sumFits && total.bitLength() < Long.SIZE - 1 && total.longValue() <= Long.MAX_VALUE / max) {
      return toMoney(whole, units.signum() < 0, allocateLong(total.longValue(), ratios, sum));
    }
    BigInteger[] big = new BigInteger[ratios.length];
    for (int i = 0; i < ratios.length; i++) {
      big[i] = BigInteger.valueOf(ratios[i]);
    }
    return allocateBig(whole, big);
  }

  /** {@code total * max(ratio)} and {@code sum} fit in a long. */
  private static long[] allocateLong(long total, long[] ratios, long sum) {
    int n = ratios.length;
    long[] parts = new long[n];
    long[] remainders = new long[n];
    int[] candidates = new int[n];
    int candidateCount = 0;
    long given = 0;
    for (int i = 0; i < n; i++) {
      long product = total * ratios[i];
      parts[i] = product / sum;
      remainders[i] = product % sum;
      given += parts[i];
      if (remainders[i] != 0) {
        candidates[candidateCount++] = i;
      }
    }
    int leftOver = (int) (total - given); // < number of non-zero remainders
    if (leftOver > 0) {
      selectFirst(candidates, candidateCount, leftOver, (a, b) -> {
        int byRemainder = Long.compare(remainders[b], remainders[a]);
        return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
      });
      for (int j = 0; j < leftOver; j++) {
        parts[candidates[j]]++;
      }
    }
    return parts;
  }

  private static List<Money> allocateBig(Money whole, BigInteger[] ratios) {
    int n = ratios.length;
    BigInteger units = whole.amount().unscaledValue();
    BigInteger total = units.abs();
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger ratio : ratios) {
      sum = sum.add(ratio);
    }
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    int[] candidates = new int[n];
    int candidateCount = 0;
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] quotientAndRemainder = total.multiply(ratios[i]).divideAndRemainder(sum);
      parts[i] = quotientAndRemainder[0];
      remainders[i] = quotientAndRemainder[1];
      given = given.add(parts[i]);
      if (remainders[i].signum() != 0) {
        candidates[candidateCount++] = i;
      }
    }
    int leftOver = total.subtract(given).intValueExact(); // < number of non-zero remainders
    if (leftOver > 0) {
      selectFirst(candidates, candidateCount, leftOver, (a, b) -> {
        int byRemainder = remainders[b].compareTo(remainders[a]);
        return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
      });
      for (int j = 0; j < leftOver; j++) {
        parts[candidates[j]] = parts[candidates[j]].add(BigInteger.ONE);
      }
    }
    boolean negative = units.signum() < 0;
    int digits = whole.currency().getDefaultFractionDigits();
    Money[] result = new Money[n];
    for (int i = 0; i < n; i++) {
      result[i] = whole.withCanonical(new BigDecimal(negative ? parts[i].negate() : parts[i], digits));
    }
    return Collections.unmodifiableList(Arrays.asList(result));
  }

  static List<Money> split(Money whole, int n) {
    BigInteger units = whole.amount().unscaledValue();
    BigInteger total = units.abs();
    boolean negative = units.signum() < 0;
    int digits = whole.currency().getDefaultFractionDigits();
    BigDecimal small;
    BigDecimal large;
    int largeCount;
    if (total.bitLength() < Long.SIZE - 1) {
      long quotient = total.longValue() / n;
      largeCount = (int) (total.longValue() % n);
      small = BigDecimal.valueOf(negative ? -quotient : quotient, digits);
      large = BigDecimal.valueOf(negative ? -quotient - 1 : quotient + 1, digits);
    } else {
      BigInteger[] quotientAndRemainder = total.divideAndRemainder(BigInteger.valueOf(n));
      BigInteger quotient = negative ? quotientAndRemainder[0].negate() : quotientAndRemainder[0];
      largeCount = quotientAndRemainder[1].intValueExact();
      small = new BigDecimal(quotient, digits);
      large = new BigDecimal(negative ? quotient.subtract(BigInteger.ONE) : quotient.add(BigInteger.ONE), digits);
    }
    Money smallPart = whole.withCanonical(small);
    Money largePart = whole.withCanonical(large);
    Money[] result = new Money[n];
    Arrays.fill(result, 0, largeCount, largePart);
    Arrays.fill(result, largeCount, n, smallPart);
    return Collections.unmodifiableList(Arrays.asList(result));
  }

  private static List<Money> toMoney(Money whole, boolean negative, long[] parts) {
    int digits = whole.currency().getDefaultFractionDigits();
    Money[] result = new Money[parts.length];
    for (int i = 0; i < parts.length; i++) {
      result[i] = whole.withCanonical(BigDecimal.valueOf(negative ? -parts[i] : parts[i], digits));
    }
    return Collections.unmodifiableList(Arrays.asList(result));
  }

  /**
   * Reorders {@code a[0, size)} so that {@code a[0, k)} holds its {@code k} first elements under {@code order}, a
   * strict total order (Hoare's selection; O(size) on average).
   */
  static void selectFirst(int[] a, int size, int k, IntBinaryOperator order) {
    if (k <= 0 || k >= size) {
      return;
    }
    int target = k - 1;
    int lo = 0;
    int hi = size - 1;
    while (lo < hi) {
      int pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi], order);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (order.applyAsInt(a[i], pivot) < 0) {
          i++;
        }
        while (order.applyAsInt(a[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          int swap = a[i];
          a[i] = a[j];
          a[j] = swap;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static int medianOfThree(int x, int y, int z, IntBinaryOperator order) {
    if (order.applyAsInt(x, y) < 0) {
      return order.applyAsInt(y, z) < 0 ? y : order.applyAsInt(x, z) < 0 ? z : x;
    }
    return order.applyAsInt(x, z) < 0 ? x : order.applyAsInt(y, z) < 0 ? z : y;
  }
}
