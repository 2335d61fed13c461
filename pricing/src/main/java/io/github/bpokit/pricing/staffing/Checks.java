package io.github.bpokit.pricing.staffing;

import java.time.Duration;

/** Validation and unit conversions shared by the staffing types. */
final class Checks {
  private static final double NANOS_PER_SECOND = 1e9;

  private Checks() {}

  /** Returns {@code value} when it is finite and {@code >= 0}. */
  static double nonNegative(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
    }
    return value;
  }

  /** Returns {@code value} when it is {@code >= 0}. */
  static int nonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: " + value);
    }
    return value;
  }

  /** Returns {@code value} when it is in the open interval (0, 1). */
  static double openUnit(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1): " + value);
    }
    return value;
  }

  /** Returns {@code duration} when it is longer than zero. */
  static Duration positive(String name, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0: " + duration);
    }
    return duration;
  }

  /** Returns {@code duration} when it is not negative. */
  static Duration nonNegative(String name, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be >= 0: " + duration);
    }
    return duration;
  }

  /** Returns a duration in seconds, exact to the nanosecond for durations up to about 100 days. */
  static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / NANOS_PER_SECOND;
  }

  /** Returns a non-negative, finite number of seconds as a duration, rounded to the nanosecond. */
  static Duration duration(double seconds) {
    double whole = Math.floor(seconds);
    if (whole >= Long.MAX_VALUE) {
      throw new ArithmeticException("duration overflow: " + seconds + " s");
    }
    long nanos = Math.round((seconds - whole) * NANOS_PER_SECOND);
    return Duration.ofSeconds((long) whole, nanos);
  }
}
