package io.github.bpokit.pricing;

import io.github.bpokit.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/** Exact decimal helpers shared by the pricing types: one precision for divisions, one way to print numbers. */
final class Decimals {
  /** Divisions that may not terminate (1/3, days/31) are carried to 34 significant digits, HALF_EVEN. */
  static final MathContext PRECISION = MathContext.DECIMAL128;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
  static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private Decimals() {}

  /** Returns {@code dividend / divisor}, exact when it terminates within 34 digits, without trailing zeros. */
  static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, PRECISION).stripTrailingZeros();
  }

  /** Returns {@code money / divisor} to 34 significant digits. */
  static Money divide(Money money, BigDecimal divisor) {
    return Money.of(divide(money.amount(), divisor), money.currency());
  }

  /** Prints a decimal without exponent and without trailing zeros: {@code 6}, {@code 0.6}, {@code 12.5}. */
  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /**
   * Prints a decimal for people: as {@link #plain} up to four decimals, otherwise rounded HALF_UP to four and marked
   * {@code ≈}, e.g. 61 s in minutes {@code ≈1.0167} (the exact value stays in the line and in the JSON).
   */
  static String shown(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 4 ? plain(stripped)
        : "≈" + stripped.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  /** Prints a share as a percentage with two decimals, HALF_UP: {@code 0.92} → {@code 92.00%}. */
  static String percent(BigDecimal share) {
    return share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** Prints a share as a percentage with two decimals, HALF_UP. */
  static String percent(double share) {
    return percent(BigDecimal.valueOf(share));
  }

  /** Prints an amount of money as {@code EUR 41.50} (exact: unrounded amounts keep their digits). */
  static String money(Money money) {
    return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
  }

  /** Returns a duration in seconds, exact to the nanosecond. */
  static BigDecimal seconds(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
  }

  /** Returns a non-negative decimal rounded half up to a whole number. */
  static long wholeHalfUp(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Returns {@code share} when it is in [0, 1]. */
  static BigDecimal requireShare(String field, BigDecimal share) {
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(field + " must be in [0, 1]: " + share.toPlainString());
    }
    return share;
  }

  static long requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }
}
