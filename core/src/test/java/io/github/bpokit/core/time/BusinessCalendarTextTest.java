package io.github.bpokit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact text form: canonical formatting, round trips, and parse errors with their positions. */
class BusinessCalendarTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mon-Fri 09:00-12:00,13:00-17:00; Sat 10:00-14:00",
        "24x7",
        "never",
        "tz=Europe/Berlin; 24x7; holidays 2026-12-25",
        "tz=Europe/Berlin; Mon-Thu 09:00-17:00; Fri 09:00-17:00,22:00-06:00; holidays 2026-12-25,2026-12-26; "
            + "closed 2026-12-24 12:00-24:00; open 2026-12-27 10:00-14:00",
        "tz=America/New_York; never; open 2026-12-27 10:00-14:00,22:00-02:00",
        "Mon,Wed,Fri 09:00-17:00; Sun 22:00-06:00",
        "Mon 00:00-24:00; Tue 09:00:30-17:00:00.5",
        "tz=+05:30; Mon-Sun 09:00-17:00",
        "Mon-Fri 08:00-18:00; closed 2026-12-31 00:00-01:00,15:00-24:00; closed 2027-01-01 22:00-02:00",
      })
  void canonicalTextRoundTrips(String text) {
    BusinessCalendar c = BusinessCalendar.parse(text);
    assertThat(c.format()).isEqualTo(text.replace("17:00:00.5", "17:00:00.500"));
    assertThat(BusinessCalendar.parse(c.format())).isEqualTo(c);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon-Fri 09:00-17:00; Fri 22:00-06:00 | Mon-Thu 09:00-17:00; Fri 09:00-17:00,22:00-06:00",
        " mon - FRIDAY  9:00 - 17:00 ;HOLIDAYS 2026-12-26 , 2026-12-25; | Mon-Fri 09:00-17:00; holidays 2026-12-25,2026-12-26",
        "Sat-Mon 10:00-14:00 | Mon,Sat-Sun 10:00-14:00",
        "Mon 22:00-00:00 | Mon 22:00-24:00",
        "Mon 00:00-00:00 | Mon 00:00-24:00",
        "Mon-Sun 00:00-24:00 | 24x7",
        "tz=UTC; 24x7 | 24x7",
        "tz=Etc/GMT-2; Mon 09:00-17:00 | tz=+02:00; Mon 09:00-17:00",
        "holiday 2026-12-25; Mon 13:00-17:00, 09:00-12:00 | Mon 09:00-12:00,13:00-17:00; holidays 2026-12-25",
        "tz=Europe/Berlin | tz=Europe/Berlin; never",
        "never; Mon 09:00-10:00 | Mon 09:00-10:00",
        "open 2026-12-27 10:00-14:00; open 2026-12-26 10:00-14:00 | never; open 2026-12-26 10:00-14:00; open 2026-12-27 10:00-14:00",
      })
  void parsesLenientlyAndFormatsCanonically(String text, String canonical) {
    BusinessCalendar c = BusinessCalendar.parse(text);
    assertThat(c.format()).isEqualTo(canonical);
    assertThat(BusinessCalendar.parse(canonical)).isEqualTo(c);
  }

  @Test
  void zoneAndConstants() {
    assertThat(BusinessCalendar.parse("24x7")).isEqualTo(BusinessCalendar.TWENTY_FOUR_SEVEN);
    assertThat(BusinessCalendar.parse("tz=Europe/Berlin; 24x7").zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(BusinessCalendar.parse("Mon 09:00-17:00").zone()).isEqualTo(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // text | index | problem
        "`` | 0 | empty business calendar; write 'never' for a calendar that is never open",
        "`  ` | 2 | empty business calendar; write 'never' for a calendar that is never open",
        "Mox 09:00-17:00 | 0 | unknown day 'Mox', expected Mon, Tue, Wed, Thu, Fri, Sat, Sun or tz=, 24x7, never, "
            + "holidays, closed or open",
        "Mon-Fry 09:00-17:00 | 4 | unknown day 'Fry', expected Mon, Tue, Wed, Thu, Fri, Sat or Sun",
        "Mon,;Tue 09:00-17:00 | 4 | unknown day ';Tue', expected Mon, Tue, Wed, Thu, Fri, Sat or Sun",
        "Mon x9:00-17:00 | 4 | expected an interval such as 09:00-17:00 after the days, found 'x9:00'",
        "Mon | 3 | expected an interval such as 09:00-17:00 after the days, found the end of the text",
        "Mon 09:00-1700 | 10 | malformed time '1700', expected HH:mm such as 09:00",
        "Mon 09:00-17:0 | 10 | malformed time '17:0', expected HH:mm such as 09:00",
        "Mon 09:00-17:00x | 10 | malformed time '17:00x', expected HH:mm such as 09:00",
        "Mon 09:60-17:00 | 4 | time '09:60' out of range, expected 00:00 to 23:59:59.999999999 or 24:00 as an end",
        "Mon 25:00-26:00 | 4 | time '25:00' out of range, expected 00:00 to 23:59:59.999999999 or 24:00 as an end",
        "Mon 24:00-10:00 | 4 | 24:00 is only allowed as the end of an interval",
        "Mon 09:00 17:00 | 10 | expected '-' and an end time after 09:00",
        "Mon 09:00-17:00 Tue | 16 | expected ';' or the end of the text, found 'Tue'",
        "Mon 09:00-17:00,| 16 | expected a time such as 09:00, found the end of the text",
        "Mon 09:00-09:00 | 4 | empty interval Mon 09:00-09:00",
        "Mon 09:00-12:00,11:00-17:00 | 16 | overlapping intervals Mon 09:00-12:00 and Mon 11:00-17:00",
        "Fri 22:00-06:00; Sat 05:00-10:00 | 21 | overlapping intervals Fri 22:00-06:00 and Sat 05:00-10:00",
        "Sun 22:00-06:00; Mon 05:00-10:00 | 21 | overlapping intervals Sun 22:00-06:00 and Mon 05:00-10:00",
        "24x7; Mon 09:00-10:00 | 10 | overlapping intervals Mon 00:00-24:00 and Mon 09:00-10:00",
        "tz=Europe/Berln; Mon 09:00-17:00 | 3 | unknown time zone 'Europe/Berln'",
        "tz=; Mon 09:00-17:00 | 3 | expected a time zone id such as Europe/Berlin after 'tz='",
        "tz Europe/Berlin | 3 | expected '=' after 'tz'",
        "tz=UTC; tz=UTC | 8 | time zone given twice",
        "holidays 2026-13-01 | 9 | malformed date '2026-13-01', expected an ISO date such as 2026-12-25",
        "holidays 2026-12-25,26.12.2026 | 20 | malformed date '26.12.2026', expected an ISO date such as 2026-12-25",
        "holidays | 8 | expected a space, found the end of the text",
        "holidays 1899-12-31 | 9 | date 1899-12-31 is outside the supported range 1900-01-01 to 2149-12-31",
        "closed 2026-12-24 12:00-12:00 | 18 | empty interval closed 2026-12-24 12:00-12:00",
        "closed 2026-12-24 | 17 | expected a space, found the end of the text",
        "open 2026-12-27 | 15 | expected a space, found the end of the text",
        "holidays 2026-12-27; open 2026-12-27 10:00-14:00 | 37 | 2026-12-27 cannot be both a holiday and an extra "
            + "opening date",
        "open 2026-12-27 10:00-14:00; holidays 2026-12-27 | 38 | 2026-12-27 cannot be both a holiday and an extra "
            + "opening date",
        "Sat 00:00-10:00; open 2026-12-25 22:00-06:00 | 17 | overlapping intervals open 2026-12-25 22:00-06:00 and "
            + "Sat 00:00-10:00 on 2026-12-26",
        "open 2026-12-25 22:00-06:00; Sat 00:00-10:00 | 0 | overlapping intervals open 2026-12-25 22:00-06:00 and "
            + "Sat 00:00-10:00 on 2026-12-26",
      })
  void parseErrorsNameTheProblemAndItsIndex(String text, int index, String problem) {
    BusinessCalendarParseException e =
        catchThrowableOfType(BusinessCalendarParseException.class, () -> BusinessCalendar.parse(text));
    assertThat(e).as("parse(\"%s\")", text).isNotNull();
    assertThat(e.index()).isEqualTo(index);
    assertThat(e.text()).isEqualTo(text);
    assertThat(e).hasMessage(problem + " at index " + index + " in \"" + text + "\"");
  }
}
