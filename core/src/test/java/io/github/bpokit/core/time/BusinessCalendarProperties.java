package io.github.bpokit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The laws of SPEC section 2 and agreement with two reference implementations ({@link CalendarSpec}), over random
 * calendars (random intervals including overnight ones and ones across the week's end, split days, 24x7, holidays,
 * closures, extra opening dates, DST zones) and random instants clustered around DST transitions.
 */
class BusinessCalendarProperties {
  private static final long SEED = 0x5EED_CA1EL;
  private static final int EXAMPLES = 150;
  private static final int LONG_EXAMPLES = 5_000;

  private static void forAll(int examples, BiConsumer<CalendarSpec, SplittableRandom> check) {
    forAll(examples, CalendarSpec::random, check);
  }

  private static void forAllHistoric(int examples, BiConsumer<CalendarSpec, SplittableRandom> check) {
    forAll(examples, CalendarSpec::randomHistoric, check);
  }

  private static void forAll(
      int examples, LongFunction<CalendarSpec> calendars, BiConsumer<CalendarSpec, SplittableRandom> check) {
    qt().withFixedSeed(SEED)
        .withExamples(examples)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              CalendarSpec spec = calendars.apply(seed);
              SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
              try {
                for (int i = 0; i < 10; i++) {
                  check.accept(spec, r);
                }
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("calendar " + spec + ": " + e.getMessage(), e);
              }
            });
  }

  private static Duration randomDuration(SplittableRandom r) {
    switch (r.nextInt(5)) {
      case 0:
        return Duration.ZERO;
      case 1:
        return Duration.ofMinutes(r.nextInt(600));
      case 2:
        return Duration.ofNanos(r.nextLong(200 * 3_600_000_000_000L));
      default:
        return Duration.ofSeconds(r.nextLong(60 * 86_400L), r.nextInt(1_000_000_000));
    }
  }

  // ------------------------------------------------------------------------------------------------------- the laws

  static void plusLaw(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant s = spec.instantNear(r, 20);
    Duration d = randomDuration(r);
    Duration available = c.businessTimeBetween(s, BusinessCalendar.MAX_INSTANT);
    if (d.compareTo(available) > 0) {
      assertThatThrownBy(() -> c.plusBusinessTime(s, d)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Instant due = c.plusBusinessTime(s, d);
    assertThat(c.businessTimeBetween(s, due)).as("between(%s, plus(%s, %s) = %s)", s, s, d, due).isEqualTo(d);
    if (!d.isZero()) {
      // the earliest such instant
      assertThat(c.businessTimeBetween(s, due.minusNanos(1))).isLessThan(d);
    }
  }

  static void minusLaw(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant e = spec.instantNear(r, 20);
    Duration d = randomDuration(r);
    Duration available = c.businessTimeBetween(BusinessCalendar.MIN_INSTANT, e);
    if (d.compareTo(available) > 0) {
      assertThatThrownBy(() -> c.minusBusinessTime(e, d)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Instant start = c.minusBusinessTime(e, d);
    assertThat(c.businessTimeBetween(start, e)).as("between(minus(%s, %s) = %s, %s)", e, d, start, e).isEqualTo(d);
    if (!d.isZero()) {
      // the latest such instant
      assertThat(c.businessTimeBetween(start.plusNanos(1), e)).isLessThan(d);
    }
  }

  static void additivity(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant[] t = {spec.instantNear(r, 60), spec.instantNear(r, 60), spec.instantNear(r, 60)};
    java.util.Arrays.sort(t);
    assertThat(c.businessTimeBetween(t[0], t[2]))
        .isEqualTo(c.businessTimeBetween(t[0], t[1]).plus(c.businessTimeBetween(t[1], t[2])));
  }

  // ------------------------------------------------------------------------------------------------- the oracles

  static void intervalOracle(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant a = spec.instantNear(r, 15);
    Instant b = a.plus(Duration.ofSeconds(r.nextLong(10 * 86_400L), r.nextInt(1_000_000_000)));
    assertThat(c.businessTimeBetween(a, b)).as("between(%s, %s)", a, b).isEqualTo(spec.oracleBetween(a, b));
    assertThat(c.isOpen(a)).as("isOpen(%s)", a).isEqualTo(spec.oracleIsOpen(a));
    assertThat(c.isOpen(a)).as("isOpen(%s) by the wall clock", a).isEqualTo(spec.wallClockIsOpen(a));
  }

  static void minuteByMinuteOracle(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant a = Instant.ofEpochSecond(Math.floorDiv(spec.instantNear(r, 10).getEpochSecond(), 60) * 60);
    Instant b = a.plus(Duration.ofMinutes(r.nextInt(2 * 24 * 60)));
    assertThat(c.businessTimeBetween(a, b)).as("between(%s, %s)", a, b).isEqualTo(spec.steppedBetween(a, b));
  }

  static void oneSecondWindows(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant t = Instant.ofEpochSecond(spec.instantNear(r, 15).getEpochSecond());
    for (int i = 0; i < 20; i++, t = t.plusSeconds(r.nextInt(3) == 0 ? 1 : 60 * r.nextInt(240))) {
      Duration window = c.businessTimeBetween(t, t.plusSeconds(1));
      assertThat(window).as("open time in the second from %s", t).isEqualTo(c.isOpen(t) ? Duration.ofSeconds(1) : Duration.ZERO);
    }
  }

  static void openingsAndClosings(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    Instant t = spec.instantNear(r, 15);
    Optional<Instant> opening = c.nextOpening(t);
    if (opening.isPresent()) {
      Instant o = opening.get();
      assertThat(o).isAfterOrEqualTo(t);
      assertThat(spec.oracleIsOpen(o)).as("open at nextOpening(%s) = %s", t, o).isTrue();
      assertThat(c.businessTimeBetween(t, o)).isEqualTo(Duration.ZERO);
      if (!o.equals(t)) {
        assertThat(spec.oracleIsOpen(o.minusNanos(1))).as("closed just before nextOpening %s", o).isFalse();
      }
    } else {
      assertThat(c.businessTimeBetween(t, BusinessCalendar.MAX_INSTANT)).isEqualTo(Duration.ZERO);
    }
    Optional<Instant> closing = c.nextClosing(t);
    if (closing.isPresent()) {
      Instant x = closing.get();
      assertThat(x).isAfterOrEqualTo(t);
      assertThat(spec.oracleIsOpen(x)).as("closed at nextClosing(%s) = %s", t, x).isFalse();
      assertThat(c.businessTimeBetween(t, x)).isEqualTo(Duration.between(t, x));
      if (Duration.between(t, x).toDays() < 40) {
        assertThat(spec.oracleBetween(t, x)).isEqualTo(Duration.between(t, x));
      }
    } else {
      assertThat(c.businessTimeBetween(t, BusinessCalendar.MAX_INSTANT))
          .isEqualTo(Duration.between(t, BusinessCalendar.MAX_INSTANT));
    }
  }

  static void additivityOverTheWholeRange(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    long min = BusinessCalendar.MIN_INSTANT.getEpochSecond();
    long max = BusinessCalendar.MAX_INSTANT.getEpochSecond();
    Instant[] t = new Instant[3];
    for (int i = 0; i < 3; i++) {
      t[i] = r.nextBoolean() ? spec.instantNear(r, 60) : Instant.ofEpochSecond(r.nextLong(min, max), r.nextInt(1_000_000_000));
    }
    java.util.Arrays.sort(t);
    assertThat(c.businessTimeBetween(t[0], t[2]))
        .isEqualTo(c.businessTimeBetween(t[0], t[1]).plus(c.businessTimeBetween(t[1], t[2])));
    Duration d = c.businessTimeBetween(t[0], t[2]);
    Instant due = c.plusBusinessTime(t[0], d);
    assertThat(due).isBeforeOrEqualTo(t[2]);
    assertThat(c.businessTimeBetween(t[0], due)).isEqualTo(d);
    assertThat(c.businessTimeBetween(c.minusBusinessTime(t[2], d), t[2])).isEqualTo(d);
  }

  static void textRoundTrip(CalendarSpec spec, SplittableRandom r) {
    BusinessCalendar c = spec.calendar;
    BusinessCalendar parsed = BusinessCalendar.parse(c.format());
    assertThat(parsed).isEqualTo(c);
    assertThat(parsed.format()).isEqualTo(c.format());
    Instant a = spec.instantNear(r, 15);
    Instant b = spec.instantNear(r, 15);
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    assertThat(parsed.businessTimeBetween(from, to)).isEqualTo(c.businessTimeBetween(from, to));
  }

  // ------------------------------------------------------------------------------------------------------- tests

  @Test
  void plusThenBetweenGivesTheDuration() {
    forAll(EXAMPLES, BusinessCalendarProperties::plusLaw);
  }

  @Test
  void minusThenBetweenGivesTheDuration() {
    forAll(EXAMPLES, BusinessCalendarProperties::minusLaw);
  }

  @Test
  void betweenIsAdditive() {
    forAll(EXAMPLES, BusinessCalendarProperties::additivity);
  }

  @Test
  void agreesWithTheIntervalOracleAndTheWallClock() {
    forAll(EXAMPLES, BusinessCalendarProperties::intervalOracle);
  }

  @Test
  void agreesWithAMinuteByMinuteWallClockCount() {
    forAll(EXAMPLES / 3, BusinessCalendarProperties::minuteByMinuteOracle);
  }

  @Test
  void isOpenAgreesWithOneSecondWindows() {
    forAll(EXAMPLES, BusinessCalendarProperties::oneSecondWindows);
  }

  @Test
  void nextOpeningAndNextClosingAreConsistent() {
    forAll(EXAMPLES, BusinessCalendarProperties::openingsAndClosings);
  }

  @Test
  void textFormRoundTrips() {
    forAll(EXAMPLES, BusinessCalendarProperties::textRoundTrip);
  }

  @Test
  void historicZonesOverTheWholeSupportedRange() {
    forAllHistoric(EXAMPLES / 3, BusinessCalendarProperties::plusLaw);
    forAllHistoric(EXAMPLES / 3, BusinessCalendarProperties::minusLaw);
    forAllHistoric(EXAMPLES / 3, BusinessCalendarProperties::additivityOverTheWholeRange);
    forAllHistoric(EXAMPLES / 3, BusinessCalendarProperties::intervalOracle);
    forAllHistoric(EXAMPLES / 3, BusinessCalendarProperties::openingsAndClosings);
  }

  @Test
  @Tag("long")
  void longRun() {
    forAllHistoric(LONG_EXAMPLES, BusinessCalendarProperties::plusLaw);
    forAllHistoric(LONG_EXAMPLES, BusinessCalendarProperties::minusLaw);
    forAllHistoric(LONG_EXAMPLES, BusinessCalendarProperties::additivityOverTheWholeRange);
    forAllHistoric(LONG_EXAMPLES, BusinessCalendarProperties::intervalOracle);
    forAllHistoric(LONG_EXAMPLES, BusinessCalendarProperties::openingsAndClosings);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::plusLaw);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::minusLaw);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::additivity);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::intervalOracle);
    forAll(LONG_EXAMPLES / 5, BusinessCalendarProperties::minuteByMinuteOracle);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::oneSecondWindows);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::openingsAndClosings);
    forAll(LONG_EXAMPLES, BusinessCalendarProperties::textRoundTrip);
  }
}
