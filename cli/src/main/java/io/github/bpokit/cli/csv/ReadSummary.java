package io.github.bpokit.cli.csv;

import io.github.bpokit.core.model.Channel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one read of an interaction CSV file saw. {@code accepted + rejected == rows}, always.
 *
 * @param header the header as read (names trimmed)
 * @param rows the data rows read (empty lines are not rows)
 * @param accepted the rows that became interactions
 * @param rejected the rows set aside
 * @param acceptedByChannel accepted rows per channel, every channel present (zero when none)
 */
public record ReadSummary(
    List<String> header, long rows, long accepted, long rejected, Map<Channel, Long> acceptedByChannel) {

  /** Checks the count identity and copies the collections. */
  public ReadSummary {
    header = List.copyOf(header);
    if (rows < 0 || accepted < 0 || rejected < 0 || accepted + rejected != rows) {
      throw new IllegalArgumentException(
          "accepted + rejected must equal rows: " + accepted + " + " + rejected + " != " + rows);
    }
    EnumMap<Channel, Long> counts = new EnumMap<>(Channel.class);
    long sum = 0;
    for (Channel channel : Channel.values()) {
      long count = acceptedByChannel.getOrDefault(channel, 0L);
      counts.put(channel, count);
      sum += count;
    }
    if (sum != accepted) {
      throw new IllegalArgumentException("accepted by channel sums to " + sum + ", not " + accepted);
    }
    acceptedByChannel = Collections.unmodifiableMap(counts);
  }

  /** Returns the accepted rows of one channel. */
  public long accepted(Channel channel) {
    return acceptedByChannel.get(channel);
  }
}
