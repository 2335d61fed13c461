package io.github.bpokit.core.model;

import io.github.bpokit.core.internal.Enums;

/**
 * The channel an interaction took place on (SPEC §1.1, column {@code channel}).
 *
 * <pre>{@code
 * Channel channel = Channel.parse("chat"); // CHAT
 * }</pre>
 */
public enum Channel {
  /** A phone call. */
  VOICE,
  /** An email thread. */
  EMAIL,
  /** A live chat session. */
  CHAT,
  /** A social-media conversation. */
  SOCIAL,
  /** A WhatsApp conversation. */
  WHATSAPP,
  /** An in-app messaging conversation. */
  IN_APP;

  /**
   * Parses a channel name, ignoring case and surrounding white space.
   *
   * @param text the name, e.g. {@code "voice"} or {@code "IN_APP"}
   * @return the channel
   * @throws IllegalArgumentException naming the text and the accepted values when it is not a channel
   */
  public static Channel parse(String text) {
    return Enums.parse(Channel.class, text);
  }
}
