package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How interactions are measured for billing: the per-contact billing increment of handle time, an optional cap on the
 * wrap (after-contact work) time billed per contact, and the QA score at which an audited contact passes.
 *
 * <p>A contact's billable seconds are {@code talk + hold + min(wrap, wrapCap)}, rounded up to a whole number of
 * increments: with 6-second increments 31 s bill as 36 s and 36 s as 36 s; 0 s bill as 0 s.
 *
 * <pre>{@code
 * UsageRules rules = UsageRules.defaults()
 *     .withBillingIncrement(Duration.ofSeconds(6))
 *     .withWrapCap(Duration.ofSeconds(60))
 *     .withQaPassThreshold(85);
 * rules.billableSeconds(25, 0, 6); // 36
 * }</pre>
 *
 * <p>Instances are immutable, serializable and thread-safe.
 */
public final class UsageRules implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final UsageRules DEFAULTS = new UsageRules(Duration.ofSeconds(1), Optional.empty(), 80);

  private final Duration billingIncrement;
  private final @Nullable Duration wrapCap;
  private final double qaPassThreshold;

  private UsageRules(Duration billingIncrement, Optional<Duration> wrapCap, double qaPassThreshold) {
    requireNonNull(billingIncrement, "billingIncrement");
    if (billingIncrement.getNano() != 0 || billingIncrement.getSeconds() < 1) {
      throw new IllegalArgumentException("billing increment must be a whole number of seconds, at least 1: "
          + billingIncrement);
    }
    if (wrapCap.isPresent() && (wrapCap.get().isNegative() || wrapCap.get().getNano() != 0)) {
      throw new IllegalArgumentException("wrap cap must be a whole, non-negative number of seconds: " + wrapCap.get());
    }
    if (!(qaPassThreshold >= 0 && qaPassThreshold <= 100)) {
      throw new IllegalArgumentException("QA pass threshold must be in [0, 100]: " + qaPassThreshold);
    }
    this.billingIncrement = billingIncrement;
    this.wrapCap = wrapCap.orElse(null);
    this.qaPassThreshold = qaPassThreshold;
  }

  /**
   * Returns the billing increment.
   *
   * @return a whole number of seconds, at least 1 s
   */
  public Duration billingIncrement() {
    return billingIncrement;
  }

  /**
   * Returns the most wrap time billed per contact.
   *
   * @return the cap, or empty when wrap time is billed in full
   */
  public Optional<Duration> wrapCap() {
    return Optional.ofNullable(wrapCap);
  }

  /**
   * Returns the {@code qa_partner} score at or above which an audited contact passes.
   *
   * @return the threshold, in [0, 100]
   */
  public double qaPassThreshold() {
    return qaPassThreshold;
  }

  /**
   * Returns the defaults: 1-second increments (bill the exact seconds), no wrap cap, QA pass at 80.
   *
   * @return the default rules
   */
  public static UsageRules defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these rules with another billing increment.
   *
   * @param increment the increment, e.g. {@code Duration.ofSeconds(6)}
   * @return the new rules
   * @throws IllegalArgumentException naming the increment when it is not a whole number of seconds of at least 1
   */
  public UsageRules withBillingIncrement(Duration increment) {
    return new UsageRules(increment, wrapCap(), qaPassThreshold);
  }

  /**
   * Returns these rules with a wrap cap.
   *
   * @param cap the most wrap time billed per contact
   * @return the new rules
   * @throws IllegalArgumentException naming the cap when it is negative or not whole seconds
   */
  public UsageRules withWrapCap(Duration cap) {
    return new UsageRules(billingIncrement, Optional.of(cap), qaPassThreshold);
  }

  /**
   * Returns these rules with another QA pass threshold.
   *
   * @param threshold the score at or above which an audited contact passes, in [0, 100]
   * @return the new rules
   * @throws IllegalArgumentException naming the threshold when it is not in [0, 100]
   */
  public UsageRules withQaPassThreshold(double threshold) {
    return new UsageRules(billingIncrement, wrapCap(), threshold);
  }

  /**
   * Returns the billable seconds of one contact: {@code talk + hold + min(wrap, cap)} rounded up to the increment.
   *
   * @param talkSeconds talk seconds, not negative
   * @param holdSeconds hold seconds, not negative
   * @param wrapSeconds wrap seconds, not negative
   * @return the billable seconds, a multiple of the increment
   * @throws IllegalArgumentException naming a negative duration
   */
  public long billableSeconds(long talkSeconds, long holdSeconds, long wrapSeconds) {
    Decimals.requireNonNegative("talk seconds", talkSeconds);
    Decimals.requireNonNegative("hold seconds", holdSeconds);
    Decimals.requireNonNegative("wrap seconds", wrapSeconds);
    long wrap = wrapCap != null ? Math.min(wrapSeconds, wrapCap.getSeconds()) : wrapSeconds;
    long seconds = Math.addExact(Math.addExact(talkSeconds, holdSeconds), wrap);
    long increment = billingIncrement.getSeconds();
    long increments = seconds / increment + (seconds % increment == 0 ? 0 : 1);
    return Math.multiplyExact(increments, increment);
  }

  /**
   * Rules are equal when increment, cap and threshold are.
   *
   * @param other another object
   * @return whether it is equal rules
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UsageRules
        && billingIncrement.equals(((UsageRules) other).billingIncrement)
        && Objects.equals(wrapCap, ((UsageRules) other).wrapCap)
        && Double.compare(qaPassThreshold, ((UsageRules) other).qaPassThreshold) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(billingIncrement, wrapCap, qaPassThreshold);
  }

  /**
   * Returns e.g. {@code 6 s increments, wrap capped at 60 s, QA pass at 85}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return billingIncrement.getSeconds() + " s increments, "
        + wrapCap().map(cap -> "wrap capped at " + cap.getSeconds() + " s").orElse("wrap uncapped")
        + ", QA pass at " + Decimals.plain(java.math.BigDecimal.valueOf(qaPassThreshold));
  }
}
