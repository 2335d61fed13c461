package io.github.bpokit.kpi.internal;

/** Conversion of decimals to a fixed-point grid of {@code 10^-scale} units held in a {@code long}. */
public final class FixedPoint {
  /** The largest supported scale: 10^18 still fits in a {@code long}. */
  public static final int MAX_SCALE = 18;

  private static final long[] POW10 = new long[MAX_SCALE + 1];

  static {
    POW10[0] = 1;
    for (int i = 1; i <= MAX_SCALE; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Below 2^62 units a double-to-long conversion neither saturates nor loses the sign. */
  private static final double LIMIT = 0x1p62;

  private FixedPoint() {}

  /** Returns {@code 10^scale} for a scale in {@code [0, 18]}. */
  public static long pow10(int scale) {
    return POW10[scale];
  }

  /**
   * Checks a scale.
   *
   * @throws IllegalArgumentException when the scale is not in {@code [0, 18]}
   */
  public static int checkScale(int scale) {
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be between 0 and " + MAX_SCALE + ": " + scale);
    }
    return scale;
  }

  /**
   * Returns {@code Math.round(value * 10^scale)}: the value on the grid, rounded half up.
   *
   * @param what names the value in the message, e.g. {@code "partner score"}
   * @throws IllegalArgumentException when the value is not finite or too large for the grid
   */
  public static long toUnits(double value, int scale, String what) {
    double scaled = value * POW10[scale];
    if (!(Math.abs(scaled) < LIMIT)) {
      throw new IllegalArgumentException(
          what + " must be a finite number below 2^62 units of 10^-" + scale + ": " + value);
    }
    return Math.round(scaled);
  }
}
