package io.github.bpokit.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The entry point: seedable, framework-neutral generators of valid and deliberately invalid bpokit values.
 *
 * <pre>{@code
 * // valid values, the same for the same seed
 * List<Interaction> log = Generators.interactions().channels(Channel.VOICE, Channel.CHAT).customers(50)
 *     .logs(1_000, 1_000).next(42);
 * Ticket ticket = Generators.tickets().maxEvents(12).next(7);
 * BusinessCalendar calendar = Generators.calendars().zones(ZoneId.of("Europe/Berlin")).next(3);
 * Money fee = Generators.money().currencies(Currency.getInstance("JPY")).between("0", "100000").next(1);
 *
 * // values that break one named rule, with the problem they must be reported with
 * InvalidInteraction bad = Generators.invalidInteractions().next(5);
 * assertThatThrownBy(() -> bad.builder().build())
 *     .isInstanceOf(ValidationException.class)
 *     .hasMessageContaining(bad.problem().toString());
 * InvalidTimeline broken = Generators.invalidTimelines().rules(TimelineException.Rule.TIME_ORDER).next(9);
 *
 * // QuickTheories: one line per generator (org.quicktheories.core.Gen, org.quicktheories.impl.Constraint)
 * TicketGenerator gen = Generators.tickets();
 * Gen<Ticket> tickets = in -> gen.next((min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min)));
 * }</pre>
 *
 * <p>Every generator is immutable and thread-safe; its configuring methods return new generators. See
 * {@code docs/testing.md} for what each one generates and the choices made.
 */
public final class Generators {
  private Generators() {}

  /**
   * Returns a generator of valid interactions in a realistic mix (see {@link InteractionGenerator}).
   *
   * @return the generator
   */
  public static InteractionGenerator interactions() {
    return new InteractionGenerator();
  }

  /**
   * Returns a generator of interactions that each break one rule of SPEC §1.1 (see {@link InvalidInteraction}).
   *
   * @return the generator, over every {@link InteractionRule}
   */
  public static InvalidInteractionGenerator invalidInteractions() {
    return new InvalidInteractionGenerator(interactions());
  }

  /**
   * Returns a generator of tickets with valid timelines (see {@link TicketGenerator}).
   *
   * @return the generator
   */
  public static TicketGenerator tickets() {
    return new TicketGenerator();
  }

  /**
   * Returns a generator of timelines that each break one rule of a valid timeline (see {@link InvalidTimeline}).
   *
   * @return the generator, over every {@link io.github.bpokit.sla.TimelineException.Rule}
   */
  public static InvalidTimelineGenerator invalidTimelines() {
    return new InvalidTimelineGenerator(tickets());
  }

  /**
   * Returns a generator of valid business calendars (see {@link CalendarGenerator}).
   *
   * @return the generator
   */
  public static CalendarGenerator calendars() {
    return new CalendarGenerator();
  }

  /**
   * Returns a generator of exact Money amounts (see {@link MoneyGenerator}).
   *
   * @return the generator
   */
  public static MoneyGenerator money() {
    return new MoneyGenerator();
  }

  // ---- argument checks shared by the generators ----

  static void checkSizes(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "sizes must satisfy 0 <= minSize <= maxSize, got minSize " + minSize + " and maxSize " + maxSize);
    }
  }

  static void checkPositive(String what, int count) {
    if (count < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + count);
    }
  }

  static void checkPercent(String what, int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(what + " must be a percentage from 0 to 100, got " + percent);
    }
  }

  static List<String> texts(String what, String... texts) {
    requireNonNull(texts, what);
    if (texts.length == 0) {
      throw new IllegalArgumentException(what + " must name at least one value");
    }
    for (String text : texts) {
      requireNonNull(text, what);
      if (text.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank, got '" + text + "'");
      }
    }
    return List.of(texts);
  }

  @SafeVarargs
  static <T> List<T> values(String what, T... values) {
    requireNonNull(values, what);
    if (values.length == 0) {
      throw new IllegalArgumentException(what + " must name at least one value");
    }
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(requireNonNull(value, what));
    }
    return List.copyOf(list);
  }

  /** The distinct constants given, in declaration order. */
  @SafeVarargs
  static <E extends Enum<E>> List<E> enumValues(String what, Class<E> type, E... values) {
    requireNonNull(values, what);
    if (values.length == 0) {
      String name = type.getName();
      throw new IllegalArgumentException(what + " must name at least one "
          + name.substring(name.lastIndexOf('.') + 1).replace('$', '.'));
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E value : values) {
      set.add(requireNonNull(value, what));
    }
    return List.copyOf(set);
  }
}
