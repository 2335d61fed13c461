package io.github.bpokit.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class Int128Test {

  @Test
  void sumsOfProductsAreExact() {
    qt().withFixedSeed(128L)
        .withExamples(500)
        .forAll(lists().of(longs().all()).ofSizeBetween(0, 50))
        .checkAssert(values -> {
          Int128 sum = new Int128();
          Int128 squares = new Int128();
          BigInteger expectedSum = BigInteger.ZERO;
          BigInteger expectedSquares = BigInteger.ZERO;
          for (long v : values) {
            long w = v >> 4; // |w| <= 2^59: 50 squares stay below 2^124
            sum.add(v);
            squares.addProduct(w, w);
            expectedSum = expectedSum.add(BigInteger.valueOf(v));
            expectedSquares = expectedSquares.add(BigInteger.valueOf(w).pow(2));
          }
          assertThat(sum.toBigInteger()).isEqualTo(expectedSum);
          assertThat(squares.toBigInteger()).isEqualTo(expectedSquares);
          Int128 doubled = sum.copy();
          doubled.add(doubled);
          assertThat(doubled.toBigInteger()).isEqualTo(expectedSum.shiftLeft(1));
        });
  }

  @Test
  void carriesAndBorrows() {
    Int128 x = new Int128();
    x.add(-1);
    assertThat(x.toBigInteger()).isEqualTo(BigInteger.valueOf(-1));
    x.add(1);
    assertThat(x.toBigInteger()).isZero();
    x.add(Long.MAX_VALUE);
    x.add(Long.MAX_VALUE);
    x.add(2);
    assertThat(x.toBigInteger()).isEqualTo(BigInteger.ONE.shiftLeft(64));
    x.addProduct(Long.MIN_VALUE, Long.MIN_VALUE);
    assertThat(x.toBigInteger()).isEqualTo(BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE.shiftLeft(126)));
  }
}
