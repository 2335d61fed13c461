package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlaPoliciesFileTest {
  static SlaClock read(String json) throws IOException {
    return SlaPoliciesFile.read(new StringReader(json.replace('\'', '"')));
  }

  static String failure(String json) {
    try {
      read(json);
    } catch (SlaPoliciesFile.PolicyFileException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no PolicyFileException");
  }

  @Test
  void readsTheSampleFile() throws IOException {
    SlaClock clock = SlaPoliciesFile.read(Path.of("..", "samples", "sla-policies.json"));
    assertThat(clock.atRiskShare()).isEqualTo(0.25);
    assertThat(clock.policies()).extracting(SlaPolicy::name)
        .containsExactly("live chat", "email business hours", "partners");
    SlaPolicy chat = clock.policies().get(0);
    assertThat(chat.channels()).containsExactly(Channel.CHAT, Channel.WHATSAPP);
    assertThat(chat.calendar()).isEqualTo(BusinessCalendar.TWENTY_FOUR_SEVEN);
    assertThat(chat.target(SlaMetric.FIRST_REPLY, Priority.URGENT)).contains(Duration.ofMinutes(1));
    assertThat(chat.target(SlaMetric.FIRST_REPLY, Priority.LOW)).contains(Duration.ofMinutes(5));
    SlaPolicy email = clock.policies().get(1);
    assertThat(email.calendar().format()).isEqualTo(
        "tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays 2026-10-03,2026-12-25,2026-12-26");
    assertThat(email.targets()).hasSize(6);
    assertThat(email.target(SlaMetric.NEXT_REPLY, Priority.HIGH)).contains(Duration.ofHours(4));
    SlaPolicy partners = clock.policies().get(2);
    assertThat(partners.vendors()).containsExactly("northwind-bpo", "lumen-cx");
    assertThat(partners.target(SlaMetric.RESOLUTION, Priority.LOW)).contains(Duration.ofHours(24));
  }

  @Test
  void conditionsAcceptAStringOrAnArrayAndAMinimalPolicyIsACatchAllOn24x7() throws IOException {
    SlaClock clock = read("{'policies': [{'name': 'p', 'when': {'priority': 'urgent', 'category': ['a', 'b'], "
        + "'channel': 'chat'}}, {'name': 'all', 'targets': {'RESOLUTION': 'P2D'}}]}");
    assertThat(clock.atRiskShare()).isEqualTo(SlaClock.DEFAULT_AT_RISK_SHARE);
    assertThat(clock.policies().get(0).priorities()).containsExactly(Priority.URGENT);
    assertThat(clock.policies().get(0).categories()).containsExactly("a", "b");
    assertThat(clock.policies().get(1).isCatchAll()).isTrue();
    assertThat(clock.policies().get(1).target(SlaMetric.RESOLUTION, Priority.LOW)).contains(Duration.ofHours(48));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4h       | PT4H",
      "90m      | PT1H30M",
      "1h30m    | PT1H30M",
      "2h15m30s | PT2H15M30S",
      "45s      | PT45S",
      "PT4H     | PT4H",
      "pt30m    | PT30M",
      "P1DT2H   | PT26H",
  })
  void durations(String text, String iso) {
    assertThat(SlaPoliciesFile.duration(text, "x")).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'policies': [}              | not valid JSON at line 1, column 15: Unexpected close marker '}': expected "
          + "']' (for Array starting at line 1, column 14)",
      "[]                          | expected a JSON object, got []",
      "{}                          | policies: missing: expected an array of policies",
      "{'policies': []}            | policies: expected a non-empty array of policies, got []",
      "{'policies': [{}], 'x': 1}  | x: unknown key, expected one of atRiskShare, calendars, policies",
      "{'policies': [{}], 'policies': []} | not valid JSON at line 1, column 30: Duplicate field 'policies'",
      "{'atRiskShare': 2, 'policies': [{'name': 'p'}]}   | atRiskShare: expected a number from 0 to 1, got 2",
      "{'calendars': {'c': 'Mon-Fry 09:00-17:00'}, 'policies': [{'name': 'p'}]} | calendars.c: not a calendar: "
          + "unknown day 'Fry', expected Mon, Tue, Wed, Thu, Fri, Sat or Sun at index 4 in \"Mon-Fry 09:00-17:00\"",
      "{'calendars': [], 'policies': [{'name': 'p'}]}    | calendars: expected a JSON object, got []",
      "{'policies': [{'name': 'p'}, {}]}                | policies[1].name: missing: every policy needs a name",
      "{'policies': [{'name': ' '}]}                    | policies[0].name: must not be blank",
      "{'policies': [{'name': 3}]}                      | policies[0].name: expected a string, got 3",
      "{'policies': [{'name': 'p'}, {'name': 'p'}]}     | policies[1].name: two policies are named 'p': names "
          + "identify policies in reports and must be unique",
      "{'policies': [{'name': 'p', 'target': {}}]}      | policies[0].target: unknown key, expected one of "
          + "calendar, name, targets, when",
      "{'policies': [{'name': 'p', 'when': {'chanel': 'CHAT'}}]} | policies[0].when.chanel: unknown key, expected "
          + "one of category, channel, priority, vendor",
      "{'policies': [{'name': 'p', 'when': {'channel': ['CHAT', 'FAX']}}]} | policies[0].when.channel[1]: unknown "
          + "Channel 'FAX', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP",
      "{'policies': [{'name': 'p', 'when': {'vendor': []}}]} | policies[0].when.vendor: expected a string or a "
          + "non-empty array of strings, got []",
      "{'policies': [{'name': 'p', 'when': {'category': [' ']}}]} | policies[0].when.category[0]: must not be blank",
      "{'policies': [{'name': 'p', 'calendar': 'office'}]} | policies[0].calendar: not a calendar: unknown day "
          + "'office', expected Mon, Tue, Wed, Thu, Fri, Sat, Sun or tz=, 24x7, never, holidays, closed or open at index 0 "
          + "in \"office\"",
      "{'policies': [{'name': 'p', 'targets': {'first_response': '1h'}}]} | policies[0].targets.first_response: "
          + "unknown SLA metric 'first_response', expected one of first_reply, next_reply, periodic_update, "
          + "requester_wait, agent_work, resolution",
      "{'policies': [{'name': 'p', 'targets': {'first_reply': 4}}]} | policies[0].targets.first_reply: expected a "
          + "JSON object, got 4",
      "{'policies': [{'name': 'p', 'targets': {'first_reply': '4 hours'}}]} | policies[0].targets.first_reply: "
          + "'4 hours' is not a duration: use ISO-8601 (PT4H, PT1H30M, P2D) or hours, minutes and seconds (4h, 90m, "
          + "1h30m, 45s)",
      "{'policies': [{'name': 'p', 'targets': {'first_reply': {'URGENT': 'PT-1H'}}}]} | "
          + "policies[0].targets.first_reply.URGENT: 'PT-1H' is not a positive duration",
      "{'policies': [{'name': 'p', 'targets': {'first_reply': {'*': '0m'}}}]} | policies[0].targets.first_reply.*: "
          + "'0m' is not a positive duration",
      "{'policies': [{'name': 'p', 'targets': {'first_reply': {'P1': '1h'}}}]} | policies[0].targets.first_reply.P1: "
          + "unknown Priority 'P1', expected one of LOW, NORMAL, HIGH, URGENT, or * for the others",
      "{'policies': [{'name': 'p', 'targets': {'resolution': 'P40000D'}}]} | policies[0].targets.resolution: "
          + "'P40000D' is longer than 100 years",
      "{'policies': [{'name': 'p', 'targets': {'resolution': '30m1h'}}]} | policies[0].targets.resolution: "
          + "'30m1h' is not a duration: use ISO-8601 (PT4H, PT1H30M, P2D) or hours, minutes and seconds (4h, 90m, "
          + "1h30m, 45s)",
  })
  void everyErrorNamesThePathOfTheBadEntry(String json, String message) {
    assertThat(failure(json)).isEqualTo(message);
  }

  @Test
  void anEmptyFile() {
    assertThat(failure("  \n")).isEqualTo("the file is empty: expected a JSON object with \"policies\"");
    assertThat(failure("''")).isEqualTo("expected a JSON object, got \"\"");
  }

  @Test
  void theExceptionKeepsThePath() {
    assertThatThrownBy(() -> read("{'policies': [{'name': 'p', 'calendar': 7}]}"))
        .isInstanceOfSatisfying(SlaPoliciesFile.PolicyFileException.class,
            e -> assertThat(e.path()).isEqualTo("policies[0].calendar"));
  }
}
