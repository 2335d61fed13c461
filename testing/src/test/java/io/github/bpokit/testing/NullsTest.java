package io.github.bpokit.testing;

import com.google.common.testing.NullPointerTester;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.Ticket;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No public method of the module accepts null. */
class NullsTest {
  @Test
  void everyPublicMethodRejectsNull() {
    new NullPointerTester().testAllPublicStaticMethods(TicketEventCsv.class);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RandomSource.class, RandomSource.seeded(1))
        .setDefault(Currency.class, Currency.getInstance("EUR"))
        .setDefault(String.class, "x")
        .setDefault(String[].class, new String[] {"EUR"})
        .setDefault(List.class, List.of("channel"));
    tester.testAllPublicStaticMethods(Generators.class);
    tester.testAllPublicStaticMethods(RandomSource.class);
    tester.testAllPublicStaticMethods(InteractionCsv.class);
    for (Object generator : List.of(Generators.interactions(), Generators.invalidInteractions(),
        Generators.tickets(), Generators.invalidTimelines(), Generators.calendars(), Generators.money(),
        InteractionCsv.writer(), RandomSource.seeded(2))) {
      tester.testAllPublicInstanceMethods(generator);
    }
    tester.testAllPublicInstanceMethods(Generators.invalidInteractions().next(1));
    tester.testAllPublicInstanceMethods(Generators.invalidTimelines().next(1));
    Generator<Money> money = Generators.money();
    Generator<BusinessCalendar> calendars = Generators.calendars();
    Generator<Ticket> tickets = Generators.tickets();
    tester.testAllPublicInstanceMethods(money.map(Money::negate));
    tester.testAllPublicInstanceMethods(calendars.lists(0, 1));
    tester.testAllPublicInstanceMethods(tickets);
  }
}
