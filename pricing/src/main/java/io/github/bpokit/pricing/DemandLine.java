package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.Channel;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * One line of a {@link VolumeForecast}: the handled contacts a month is expected to bring on one channel in one
 * category, their average handle time, the share resolved (FCR or resolution rate) and the share that is tier 1 (what
 * a bot or self-service could take: the base of an AI-deflection what-if).
 *
 * <pre>{@code
 * DemandLine billing = DemandLine.of(Channel.VOICE, "billing", 24_000, Duration.ofSeconds(180), "0.75", "0.60");
 * billing.resolved();      // 18000
 * }</pre>
 *
 * @param channel the channel
 * @param category the category, not blank
 * @param contacts the handled contacts in the month, not negative
 * @param aht the average handle time (talk + hold + wrap), longer than zero
 * @param resolutionRate the share of contacts resolved, in [0, 1]
 * @param tier1Share the share of contacts that is tier 1, in [0, 1]
 */
public record DemandLine(Channel channel, String category, long contacts, Duration aht, BigDecimal resolutionRate,
    BigDecimal tier1Share) {
  /**
   * Creates a line.
   *
   * @param channel the channel
   * @param category the category
   * @param contacts the contacts
   * @param aht the average handle time
   * @param resolutionRate the resolution rate
   * @param tier1Share the tier-1 share
   * @throws IllegalArgumentException naming the field and value of a blank category, negative contacts, an AHT not
   *     longer than zero or a share outside [0, 1]
   */
  public DemandLine {
    requireNonNull(channel, "channel");
    requireNonNull(category, "category");
    requireNonNull(aht, "aht");
    requireNonNull(resolutionRate, "resolutionRate");
    requireNonNull(tier1Share, "tier1Share");
    if (category.isBlank()) {
      throw new IllegalArgumentException("category must not be blank: '" + category + "'");
    }
    Decimals.requireNonNegative("contacts of " + channel + " " + category, contacts);
    if (aht.isNegative() || aht.isZero()) {
      throw new IllegalArgumentException("AHT of " + channel + " " + category + " must be > 0: " + aht);
    }
    Decimals.requireShare("resolution rate of " + channel + " " + category, resolutionRate);
    Decimals.requireShare("tier-1 share of " + channel + " " + category, tier1Share);
  }

  /**
   * Returns a line, the shares as plain decimals.
   *
   * @param channel the channel
   * @param category the category
   * @param contacts the handled contacts in the month
   * @param aht the average handle time
   * @param resolutionRate the share resolved, e.g. {@code "0.75"}
   * @param tier1Share the share that is tier 1, e.g. {@code "0.60"}
   * @return the line
   * @throws IllegalArgumentException as the constructor, or when a share is not a number
   */
  public static DemandLine of(Channel channel, String category, long contacts, Duration aht, String resolutionRate,
      String tier1Share) {
    return new DemandLine(channel, category, contacts, aht, new BigDecimal(resolutionRate),
        new BigDecimal(tier1Share));
  }

  /**
   * Returns the expected resolved contacts: {@code contacts × resolution rate}, rounded half up to a whole contact.
   *
   * @return the resolved contacts
   */
  public long resolved() {
    return Decimals.wholeHalfUp(resolutionRate.multiply(BigDecimal.valueOf(contacts)));
  }

  /**
   * Returns the line with other contacts, the rest unchanged.
   *
   * @param count the contacts
   * @return the new line
   */
  public DemandLine withContacts(long count) {
    return new DemandLine(channel, category, count, aht, resolutionRate, tier1Share);
  }

  /**
   * Returns the handle seconds of the line, {@code contacts × AHT}, rounded half up to a whole second.
   *
   * @return the handle seconds
   */
  long handleSeconds() {
    return Decimals.wholeHalfUp(Decimals.seconds(aht).multiply(BigDecimal.valueOf(contacts)));
  }
}
