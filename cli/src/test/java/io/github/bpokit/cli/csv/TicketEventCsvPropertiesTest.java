package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.InteractionCsvRoundTripTest.gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.bpokit.core.model.Problem;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TimelineException;
import io.github.bpokit.testing.Generators;
import io.github.bpokit.testing.InvalidTimeline;
import io.github.bpokit.testing.TicketEventCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tickets from bpokit-testing survive the event CSV; a timeline that breaks one rule fails at its event's line. */
class TicketEventCsvPropertiesTest {
  @Test
  void generatedTicketsRoundTripThroughTheEventCsv() {
    qt().withFixedSeed(20261005L).withExamples(300).forAll(gen(Generators.tickets().lists(0, 6)))
        .checkAssert(tickets -> {
          Map<String, Ticket> distinct = new LinkedHashMap<>(); // ids are random: keep one ticket per id
          tickets.forEach(t -> distinct.putIfAbsent(t.id(), t));
          List<Ticket> expected = List.copyOf(distinct.values());
          TicketEventCsvReader.TicketLog log = read(TicketEventCsv.write(expected));
          assertThat(log.tickets()).isEqualTo(expected);
          assertThat(log.rows()).isEqualTo(expected.stream().mapToLong(t -> t.events().size()).sum());
        });
  }

  @Test
  void aBrokenTimelineFailsAtTheLineOfItsOffendingEvent() {
    // every rule but NO_EVENTS, which CSV cannot express: a ticket exists in the file only through its rows
    TimelineException.Rule[] rules = EnumSet.complementOf(EnumSet.of(TimelineException.Rule.NO_EVENTS))
        .toArray(new TimelineException.Rule[0]);
    qt().withFixedSeed(9L).withExamples(300).forAll(gen(Generators.invalidTimelines().rules(rules)))
        .checkAssert((InvalidTimeline bad) -> {
          CsvValidationException e = catchThrowableOfType(CsvValidationException.class,
              () -> read(TicketEventCsv.write(bad)));
          assertThat(e).as("%s", bad).isNotNull();
          assertThat(e.line()).isEqualTo(bad.eventNumber() + 1L);
          assertThat(e.problems()).containsExactly(Problem.of("", "", bad.expectedMessage()));
        });
  }

  private static TicketEventCsvReader.TicketLog read(String csv) {
    try {
      return TicketEventCsvReader.read(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
