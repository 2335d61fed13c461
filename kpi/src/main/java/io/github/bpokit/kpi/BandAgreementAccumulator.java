package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import java.util.function.ToIntFunction;
import java.util.stream.Collector;

/**
 * Counts how two raters, the partner's and the client's QA reviewers, banded the same interactions into k ordered bands
 * {@code 0..k−1} (e.g. 0 = fail, 1 = pass; or 0 = poor … 3 = excellent), for a {@link BandAgreement} with Cohen's kappa
 * and weighted kappas. The state is the k×k matrix of {@code long} counts, so merging is exact. Mutable and not
 * thread-safe; merge partial accumulators instead of sharing one.
 *
 * <pre>{@code
 * BandAgreementAccumulator passFail = new BandAgreementAccumulator(2);
 * for (Interaction i : doublyScored) {
 *   passFail.add(i.qaPartner().getAsDouble() >= 80 ? 1 : 0, i.qaClient().getAsDouble() >= 80 ? 1 : 0);
 * }
 * passFail.snapshot().kappa();
 * }</pre>
 */
public final class BandAgreementAccumulator implements Accumulator<BandAgreementAccumulator, BandAgreement> {
  private static final long serialVersionUID = 1L;

  /** The largest number of bands supported. */
  public static final int MAX_BANDS = 1_000;

  private final int bands;
  /** Row-major: {@code counts[partner * bands + client]}. */
  private final long[] counts;

  /**
   * Creates an accumulator for k bands.
   *
   * @param bands k, the number of ordered bands, {@code 2..1000}
   * @throws IllegalArgumentException when {@code bands} is not in {@code 2..1000}
   */
  public BandAgreementAccumulator(int bands) {
    this.bands = checkBands(bands);
    this.counts = new long[bands * bands];
  }

  /**
   * Returns a collector of the agreement between the partner's and the client's band of each element.
   *
   * @param <T> the element type
   * @param bands k, the number of ordered bands, {@code 2..1000}
   * @param partnerBand the partner's band {@code 0..k−1} of each element
   * @param clientBand the client's band {@code 0..k−1} of each element
   * @return a collector to a {@link BandAgreement}
   * @throws IllegalArgumentException when {@code bands} is not in {@code 2..1000}
   */
  public static <T> Collector<T, ?, BandAgreement> toBandAgreement(
      int bands, ToIntFunction<? super T> partnerBand, ToIntFunction<? super T> clientBand) {
    requireNonNull(partnerBand, "partnerBand");
    requireNonNull(clientBand, "clientBand");
    checkBands(bands);
    return Collector.of(
        () -> new BandAgreementAccumulator(bands),
        (acc, element) -> acc.add(partnerBand.applyAsInt(element), clientBand.applyAsInt(element)),
        BandAgreementAccumulator::merge,
        BandAgreementAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  private static int checkBands(int bands) {
    if (bands < 2 || bands > MAX_BANDS) {
      throw new IllegalArgumentException("bands must be between 2 and " + MAX_BANDS + ": " + bands);
    }
    return bands;
  }

  static void checkBand(String what, int band, int bands) {
    if (band < 0 || band >= bands) {
      throw new IllegalArgumentException(what + " must be between 0 and " + (bands - 1) + ": " + band);
    }
  }

  /**
   * Returns the number of bands k.
   *
   * @return k
   */
  public int bands() {
    return bands;
  }

  /**
   * Counts one item.
   *
   * @param partnerBand the partner's band, {@code 0..k−1}
   * @param clientBand the client's band, {@code 0..k−1}
   * @throws IllegalArgumentException when a band is not in {@code 0..k−1}
   */
  public void add(int partnerBand, int clientBand) {
    checkBand("partner band", partnerBand, bands);
    checkBand("client band", clientBand, bands);
    counts[partnerBand * bands + clientBand]++;
  }

  /**
   * Counts several items banded alike, e.g. a cell of a published table.
   *
   * @param partnerBand the partner's band, {@code 0..k−1}
   * @param clientBand the client's band, {@code 0..k−1}
   * @param items how many items, {@code >= 0}
   * @throws IllegalArgumentException when a band is not in {@code 0..k−1} or {@code items < 0}
   * @throws ArithmeticException when the count overflows a {@code long}
   */
  public void add(int partnerBand, int clientBand, long items) {
    checkBand("partner band", partnerBand, bands);
    checkBand("client band", clientBand, bands);
    if (items < 0) {
      throw new IllegalArgumentException("items must be >= 0: " + items);
    }
    int cell = partnerBand * bands + clientBand;
    counts[cell] = Math.addExact(counts[cell], items);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the two accumulators have different numbers of bands
   */
  @Override
  public BandAgreementAccumulator merge(BandAgreementAccumulator other) {
    if (other.bands != bands) {
      throw new IllegalArgumentException(
          "cannot merge band agreements over " + bands + " and " + other.bands + " bands");
    }
    for (int cell = 0; cell < counts.length; cell++) {
      counts[cell] += other.counts[cell];
    }
    return this;
  }

  @Override
  public BandAgreement snapshot() {
    return new BandAgreement(bands, counts.clone());
  }

  /** Returns e.g. {@code BandAgreementAccumulator{bands=2}}. */
  @Override
  public String toString() {
    return "BandAgreementAccumulator{bands=" + bands + "}";
  }
}
