package io.github.bpokit.sla;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/** Shorthands for the tests: instants in UTC without seconds, durations, the office calendar. */
final class T {
  private T() {}

  /** Mon-Fri 09:00-17:00 UTC. */
  static final BusinessCalendar OFFICE = BusinessCalendar.parse("Mon-Fri 09:00-17:00");

  /** E.g. {@code at("2026-10-02T16:00")}: 2026-10-02 is a Friday, 2026-10-05 a Monday. */
  static Instant at(String localUtc) {
    return Instant.parse(localUtc + (localUtc.length() == 16 ? ":00Z" : "Z"));
  }

  static Duration h(long hours) {
    return Duration.ofHours(hours);
  }

  static Duration min(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  static Ticket.Builder ticket(String id, String created) {
    return Ticket.builder(id).channel(Channel.EMAIL).created(at(created));
  }
}
