package io.github.bpokit.kpi.internal;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * A mutable signed 128-bit integer sum (two's complement in {@code hi:lo}), so that sums of squares of {@code long}s
 * stay exact, and therefore associative, without allocating per addition. Overflow past 128 bits wraps silently; callers
 * keep their inputs small enough that it cannot happen (e.g. terms below 2^84 and fewer than 2^43 of them).
 */
public final class Int128 implements Serializable {
  private static final long serialVersionUID = 1L;

  private long hi;
  private long lo;

  /** Creates a zero sum. */
  public Int128() {}

  private Int128(long hi, long lo) {
    this.hi = hi;
    this.lo = lo;
  }

  /** Adds a signed 64-bit value. */
  public void add(long value) {
    add128(value >> 63, value);
  }

  /** Adds the exact 128-bit product {@code a * b}. */
  public void addProduct(long a, long b) {
    add128(Math.multiplyHigh(a, b), a * b);
  }

  /** Adds another sum. */
  public void add(Int128 other) {
    add128(other.hi, other.lo);
  }

  private void add128(long addHi, long addLo) {
    long sum = lo + addLo;
    // carry out of the low word, without a branch: the unsigned-add carry rule
    long carry = ((lo & addLo) | ((lo | addLo) & ~sum)) >>> 63;
    lo = sum;
    hi += addHi + carry;
  }

  /** Returns a copy. */
  public Int128 copy() {
    return new Int128(hi, lo);
  }

  /** Returns the exact value. */
  public BigInteger toBigInteger() {
    BigInteger low = BigInteger.valueOf(lo & Long.MAX_VALUE);
    if (lo < 0) {
      low = low.setBit(63);
    }
    return BigInteger.valueOf(hi).shiftLeft(64).add(low);
  }
}
