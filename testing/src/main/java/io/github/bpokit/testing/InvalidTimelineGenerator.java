package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import io.github.bpokit.sla.TicketStatus;
import io.github.bpokit.sla.TimelineException.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Generates {@link InvalidTimeline}s: valid timelines of a {@link TicketGenerator}, cut or extended as needed, then
 * one event that breaks the chosen rule. Get one from {@link Generators#invalidTimelines()}; each configuring method
 * returns a new generator.
 *
 * <pre>{@code
 * InvalidTimelineGenerator gen = Generators.invalidTimelines().rules(Rule.STATUS_TRANSITION, Rule.TIME_ORDER);
 * for (InvalidTimeline bad : gen.sample(3, 100)) {
 *   assertThatThrownBy(bad::build).isInstanceOf(TimelineException.class).hasMessage(bad.expectedMessage());
 * }
 * }</pre>
 *
 * <p>The offending event, per rule: NO_EVENTS, none; CREATED_FIRST, a first event of another type; ONE_CREATED, a
 * second CREATED; TIME_ORDER, an internal note a second to an hour before the last event; TIME_RANGE, an internal
 * note after {@link BusinessCalendar#MAX_INSTANT}; STATUS_TRANSITION, a change to a status the current one cannot
 * change to; REOPEN_SOLVED_ONLY, a REOPENED on a ticket that is not solved; SOLVED_TICKET, a customer message or
 * public reply on a solved ticket; CLOSED_TICKET, any event after CLOSED.
 */
public final class InvalidTimelineGenerator implements Generator<InvalidTimeline> {
  private static final List<TicketEventType> NOT_CREATED = List.of(TicketEventType.CUSTOMER_MESSAGE,
      TicketEventType.AGENT_PUBLIC_REPLY, TicketEventType.AGENT_INTERNAL_NOTE, TicketEventType.REOPENED);

  private final TicketGenerator valid;
  private final List<Rule> rules;

  InvalidTimelineGenerator(TicketGenerator valid) {
    this(valid, List.of(Rule.values()));
  }

  private InvalidTimelineGenerator(TicketGenerator valid, List<Rule> rules) {
    this.valid = valid;
    this.rules = rules;
  }

  /**
   * Returns a generator breaking only these rules.
   *
   * @param rules at least one rule
   * @return the new generator
   * @throws IllegalArgumentException when none is given
   */
  public InvalidTimelineGenerator rules(Rule... rules) {
    List<Rule> list = Generators.enumValues("rules", Rule.class, rules);
    return new InvalidTimelineGenerator(valid, list);
  }

  /**
   * Returns a generator breaking timelines of this generator (default {@link Generators#tickets()}).
   *
   * @param valid the generator of the valid tickets to break
   * @return the new generator
   */
  public InvalidTimelineGenerator from(TicketGenerator valid) {
    return new InvalidTimelineGenerator(requireNonNull(valid, "valid"), rules);
  }

  @Override
  public InvalidTimeline next(RandomSource in) {
    requireNonNull(in, "in");
    Ticket ticket = valid.next(in);
    Rule rule = in.pick(rules);
    List<TicketEvent> events = new ArrayList<>(ticket.events());
    Instant created = ticket.createdAt();
    switch (rule) {
      case NO_EVENTS:
        return invalid(rule, ticket, List.of(), null);
      case CREATED_FIRST: {
        TicketEvent first = in.chance(25)
            ? TicketEvent.statusChanged(created, TicketStatus.OPEN)
            : TicketEvent.of(in.pick(NOT_CREATED), created);
        return invalid(rule, ticket, List.of(first), "the first event must be CREATED");
      }
      case CLOSED_TICKET: {
        TicketStatus status = status(events);
        if (status != TicketStatus.CLOSED) {
          if (status != TicketStatus.SOLVED) {
            events.add(TicketEvent.statusChanged(last(events), TicketStatus.SOLVED));
          }
          events.add(TicketEvent.statusChanged(last(events), TicketStatus.CLOSED));
        }
        int closedAt = events.size();
        events.add(in.chance(50) ? TicketEvent.of(TicketEventType.AGENT_INTERNAL_NOTE, last(events))
            : TicketEvent.of(TicketEventType.REOPENED, last(events).plusSeconds(in.between(0, 86_400))));
        return invalid(rule, ticket, events, "no event may follow CLOSED (event " + closedAt + ")");
      }
      default:
        break;
    }
    // the remaining rules need a ticket that is not closed: drop the CLOSED event, leaving it SOLVED
    if (status(events) == TicketStatus.CLOSED) {
      events.remove(events.size() - 1);
    }
    TicketStatus status = status(events);
    Instant at = last(events);
    switch (rule) {
      case ONE_CREATED:
        events.add(TicketEvent.of(TicketEventType.CREATED, at.plusSeconds(in.between(0, 3_600))));
        return invalid(rule, ticket, events, "a ticket has exactly one CREATED event, and event 1 is one");
      case TIME_ORDER: {
        events.add(TicketEvent.of(TicketEventType.AGENT_INTERNAL_NOTE, at.minusSeconds(in.between(1, 3_600))));
        return invalid(rule, ticket, events, "events must be in time order, but event " + (events.size() - 1)
            + " is later, at " + at);
      }
      case TIME_RANGE:
        events.add(TicketEvent.of(TicketEventType.AGENT_INTERNAL_NOTE,
            BusinessCalendar.MAX_INSTANT.plusSeconds(in.between(1, 86_400 * 365L))));
        return invalid(rule, ticket, events, "the instant is outside the supported range "
            + BusinessCalendar.MIN_INSTANT + " to " + BusinessCalendar.MAX_INSTANT);
      case STATUS_TRANSITION: {
        List<TicketStatus> illegal = new ArrayList<>();
        for (TicketStatus to : TicketStatus.values()) {
          if (!status.canChangeTo(to)) {
            illegal.add(to);
          }
        }
        TicketStatus to = in.pick(illegal);
        events.add(TicketEvent.statusChanged(at, to));
        return invalid(rule, ticket, events, "illegal status change " + status + " -> " + to + ": "
            + transitionHint(status, to));
      }
      case REOPEN_SOLVED_ONLY: {
        if (status == TicketStatus.SOLVED) {
          events.add(TicketEvent.of(TicketEventType.REOPENED, at));
          status = TicketStatus.OPEN;
        }
        events.add(TicketEvent.of(TicketEventType.REOPENED, at.plusSeconds(in.between(0, 3_600))));
        return invalid(rule, ticket, events, "REOPENED needs a SOLVED ticket, but the status is " + status);
      }
      case SOLVED_TICKET: {
        if (status != TicketStatus.SOLVED) {
          events.add(TicketEvent.statusChanged(at, TicketStatus.SOLVED));
        }
        TicketEventType type = in.chance(50) ? TicketEventType.CUSTOMER_MESSAGE : TicketEventType.AGENT_PUBLIC_REPLY;
        events.add(TicketEvent.of(type, at.plusSeconds(in.between(0, 86_400))));
        return invalid(rule, ticket, events, "the ticket is SOLVED: a " + type + " needs a REOPENED event first (a "
            + "solved ticket takes only REOPENED, STATUS_CHANGED to CLOSED, AGENT_INTERNAL_NOTE and "
            + "PRIORITY_CHANGED)");
      }
      default:
        throw new AssertionError(rule);
    }
  }

  private static InvalidTimeline invalid(Rule rule, Ticket ticket, List<TicketEvent> events,
      @Nullable String detail) {
    return new InvalidTimeline(rule, ticket.id(), ticket.channel(), events, detail);
  }

  private static Instant last(List<TicketEvent> events) {
    return events.get(events.size() - 1).at();
  }

  /** The status after a valid timeline. */
  private static TicketStatus status(List<TicketEvent> events) {
    TicketStatus status = TicketStatus.NEW;
    for (TicketEvent e : events) {
      if (e.type() == TicketEventType.STATUS_CHANGED) {
        status = e.status().orElseThrow();
      } else if (e.type() == TicketEventType.REOPENED) {
        status = TicketStatus.OPEN;
      }
    }
    return status;
  }

  /** Why a change is illegal, in the words {@link Ticket.Builder} uses. */
  private static String transitionHint(TicketStatus from, TicketStatus to) {
    if (from == to) {
      return "the status is already " + to;
    }
    if (from == TicketStatus.SOLVED && to != TicketStatus.NEW) {
      return "a solved ticket is closed, or opened again by a REOPENED event";
    }
    if (to == TicketStatus.NEW) {
      return "no ticket goes back to NEW";
    }
    return "only a SOLVED ticket can be closed";
  }
}
