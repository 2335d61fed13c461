package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpokit.cli.MainTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaCommandTest {
  static final Path EVENTS = Path.of("..", "samples", "ticket-events.csv");
  static final Path POLICIES = Path.of("..", "samples", "sla-policies.json");
  static final String NL = System.lineSeparator();

  static Run sla(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "sla";
    all[1] = "--events";
    all[2] = EVENTS.toString();
    all[3] = "--policies";
    all[4] = POLICIES.toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return MainTest.run(all);
  }

  static String lines(String... lines) {
    return String.join(NL, lines) + NL;
  }

  @Test
  void printsAdherenceBreachesAndUnmatchedTicketsOfTheSample() {
    Run run = sla();
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(lines(
        "SLA adherence as of 2026-10-09T08:00:00Z",
        "events    " + EVENTS + ": 59 rows, 13 tickets",
        "policies  " + POLICIES + ": 3 policies (live chat, email business hours, partners)",
        "tickets   13 evaluated, 2 unmatched",
        "",
        "segment  metric           achieved  breached  running  paused  at risk  adherence  95% interval",
        "*        first_reply             7         3        1       0        0      70.0%  39.7% - 89.2%",
        "*        next_reply              4         2        0       0        0      66.7%  30.0% - 90.3%",
        "*        periodic_update        15         0        2       0        0     100.0%  79.6% - 100.0%",
        "*        requester_wait          4         0        2       0        0     100.0%  51.0% - 100.0%",
        "*        agent_work              4         0        2       0        0     100.0%  51.0% - 100.0%",
        "*        resolution              7         2        2       0        0      77.8%  45.3% - 93.7%",
        "",
        "breached timers: 7",
        "ticket  metric       cycle  policy                target  elapsed  breached at           stopped at",
        "T-1002  first_reply      1  email business hours  2h      3h30m    2026-10-05T09:00:00Z  "
            + "2026-10-05T10:30:00Z",
        "T-1004  next_reply       1  email business hours  2h      2h30m    2026-10-06T11:00:00Z  "
            + "2026-10-06T11:30:00Z",
        "T-1004  resolution       1  email business hours  8h      10h30m   2026-10-07T11:30:00Z  "
            + "2026-10-07T14:00:00Z",
        "T-1005  first_reply      1  email business hours  2h      2h30m    2026-10-08T15:00:00Z  "
            + "2026-10-09T07:30:00Z",
        "T-1101  next_reply       2  live chat             10m     15m      2026-10-05T10:25:00Z  "
            + "2026-10-05T10:30:00Z",
        "T-1102  first_reply      1  live chat             1m      2m       2026-10-06T09:01:00Z  "
            + "2026-10-06T09:02:00Z",
        "T-1202  resolution       1  partners              24h     26h      2026-10-08T18:00:00Z  -",
        "",
        "unmatched tickets (no policy applies): 2",
        "  T-1301, T-1302"));
  }

  @Test
  void segmentsListOnlyTheMetricsTheyHaveTimersOf() {
    Run run = sla("--by", "vendor,priority");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains(
        "segment               metric           achieved  breached  running  paused  at risk  adherence",
        "lumen-cx|URGENT       first_reply             0         1        0       0        0       0.0%  "
            + "0.0% - 79.3%" + NL + "lumen-cx|URGENT       resolution              1         0        0       0"
            + "        0     100.0%  20.7% - 100.0%" + NL + "northwind-bpo|NORMAL");
  }

  @Test
  void asOfAnEarlierInstantLeavesLaterTicketsOutAndShowsRunningTimersAtRisk() {
    Run run = sla("--as-of", "2026-10-06T12:45:00+02:00"); // T-1004 has waited 1h45m of 2h for its next reply
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("SLA adherence as of 2026-10-06T10:45:00Z",
        "tickets   7 evaluated, 0 unmatched, 6 created after the as-of instant (left out)",
        "*        next_reply              3         1        1       0        1      75.0%",
        "*        agent_work              2         0        1       1        0     100.0%",
        "breached timers: 3");
  }

  @Test
  void jsonHasEveryCountTheAdherenceItsIntervalAndTheBreaches() throws IOException {
    Run run = sla("--format", "json", "--by", "channel");
    assertThat(run.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("asOf").asText()).isEqualTo("2026-10-09T08:00:00Z");
    assertThat(json.at("/events/rows").asLong()).isEqualTo(59);
    assertThat(json.at("/events/tickets").asLong()).isEqualTo(13);
    assertThat(json.get("tickets").asLong()).isEqualTo(13);
    assertThat(json.get("createdAfterAsOf").asLong()).isZero();
    assertThat(json.at("/unmatched/count").asLong()).isEqualTo(2);
    assertThat(json.at("/unmatched/ids").toString()).isEqualTo("[\"T-1301\",\"T-1302\"]");
    assertThat(json.get("policies").toString()).isEqualTo("[\"live chat\",\"email business hours\",\"partners\"]");
    JsonNode all = json.at("/segments/*/first_reply");
    assertThat(all.toString()).startsWith("{\"achieved\":7,\"breached\":3,\"running\":1,\"paused\":0,\"atRisk\":0,"
        + "\"adherence\":0.7,\"interval\":[0.39677");
    assertThat(json.get("segments").fieldNames()).toIterable()
        .containsExactly("*", "VOICE", "EMAIL", "CHAT", "SOCIAL", "WHATSAPP");
    assertThat(json.at("/segments/VOICE/next_reply/adherence").isNull()).isTrue();
    assertThat(json.at("/segments/VOICE/next_reply/interval").isNull()).isTrue();
    assertThat(json.at("/segments/SOCIAL/unmatched").asLong()).isEqualTo(1);
    JsonNode breached = json.get("breached");
    assertThat(breached).hasSize(7);
    assertThat(breached.get(6).toString()).isEqualTo("{\"ticket\":\"T-1202\",\"metric\":\"resolution\",\"cycle\":1,"
        + "\"policy\":\"partners\",\"targetSeconds\":86400,\"elapsedSeconds\":93600,"
        + "\"startedAt\":\"2026-10-06T18:00:00Z\",\"breachedAt\":\"2026-10-08T18:00:00Z\",\"stoppedAt\":null}");
  }

  @Test
  void durationsForPeople() {
    assertThat(SlaCommand.human(Duration.ZERO)).isEqualTo("0s");
    assertThat(SlaCommand.human(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(SlaCommand.human(Duration.ofSeconds(3601))).isEqualTo("1h1s");
    assertThat(SlaCommand.human(Duration.ofMinutes(-5))).isEqualTo("-5m");
    assertThat(SlaCommand.human(Duration.ofMillis(999))).isEqualTo("0s");
  }

  @Test
  void helpListsTheCommand() {
    assertThat(MainTest.run("--help").out()).contains("sla");
    Run help = MainTest.run("sla", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: bpokit sla [-hV] [--as-of=INSTANT] [--by=DIMENSIONS] "
        + "--events=FILE.csv").contains("--format=FORMAT", "table, json", "Exit codes:");
  }

  @Nested
  class Errors {
    @Test
    void missingOptionsAndUnreadableFilesAreUsageErrors(@TempDir Path dir) {
      Run missing = MainTest.run("sla", "--events", EVENTS.toString());
      assertThat(missing.code()).isEqualTo(2);
      assertThat(missing.err()).startsWith("Missing required option: '--policies=FILE.json'");
      Run noFile = MainTest.run("sla", "--events", dir.resolve("none.csv").toString(), "--policies",
          POLICIES.toString());
      assertThat(noFile.code()).isEqualTo(2);
      assertThat(noFile.err()).isEqualTo("bpokit sla: cannot read --events " + dir.resolve("none.csv")
          + ": no such file" + NL);
      Run directory = MainTest.run("sla", "--events", EVENTS.toString(), "--policies", dir.toString());
      assertThat(directory.code()).isEqualTo(2);
      assertThat(directory.err()).isEqualTo("bpokit sla: cannot read --policies " + dir + ": it is a directory" + NL);
      assertThat(sla("--format", "html").code()).isEqualTo(2);
    }

    @Test
    void badAsOfAndByAreUsageErrors() {
      Run asOf = sla("--as-of", "2026-10-09 18:00");
      assertThat(asOf.code()).isEqualTo(2);
      assertThat(asOf.err()).isEqualTo("bpokit sla: --as-of '2026-10-09 18:00': not an ISO-8601 instant with Z or an "
          + "offset, e.g. 2026-10-09T18:00:00Z" + NL);
      assertThat(sla("--as-of", "2200-01-01T00:00:00Z").err()).isEqualTo("bpokit sla: --as-of "
          + "'2200-01-01T00:00:00Z': outside the supported range 1900-01-01T00:00:00Z to 2150-01-01T00:00:00Z" + NL);
      Run tier = sla("--by", "channel,tier");
      assertThat(tier.code()).isEqualTo(2);
      assertThat(tier.err()).isEqualTo("bpokit sla: --by 'channel,tier': tickets are segmented by channel, "
          + "category, priority and vendor, not by tier" + NL);
      Run unknown = sla("--by", "colour");
      assertThat(unknown.code()).isEqualTo(2);
      assertThat(unknown.err()).startsWith("bpokit sla: --by 'colour': unknown dimension 'colour'");
      assertThat(unknown.out()).isEmpty();
    }

    @Test
    void aBadEventsFileIsInvalidInput(@TempDir Path dir) throws IOException {
      Path events = dir.resolve("events.csv");
      Files.writeString(events, "ticket_id,at,event,status,channel\n"
          + "T-1,2026-10-05T09:00:00Z,CREATED,,EMAIL\n"
          + "T-1,2026-10-05T10:00:00Z,STATUS_CHANGED,CLOSED,\n", StandardCharsets.UTF_8);
      Run run = MainTest.run("sla", "--events", events.toString(), "--policies", POLICIES.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("bpokit sla: " + events + ": line 3: ticket T-1, event 2 (STATUS_CHANGED to "
          + "CLOSED at 2026-10-05T10:00:00Z): illegal status change NEW -> CLOSED: only a SOLVED ticket can be "
          + "closed" + NL);
    }

    @Test
    void aBadPoliciesFileIsInvalidInput(@TempDir Path dir) throws IOException {
      Path policies = dir.resolve("policies.json");
      Files.writeString(policies, "{\"policies\": [{\"name\": \"p\", \"targets\": {\"first_reply\": \"4 hours\"}}]}",
          StandardCharsets.UTF_8);
      Run run = MainTest.run("sla", "--events", EVENTS.toString(), "--policies", policies.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("bpokit sla: " + policies + ": policies[0].targets.first_reply: '4 hours' is "
          + "not a duration: use ISO-8601 (PT4H, PT1H30M, P2D) or hours, minutes and seconds (4h, 90m, 1h30m, 45s)"
          + NL);
    }

    @Test
    void anEmptyEventsFileHasNothingToReport(@TempDir Path dir) throws IOException {
      Path events = dir.resolve("events.csv");
      Files.writeString(events, "ticket_id,at,event,channel\n", StandardCharsets.UTF_8);
      Run run = MainTest.run("sla", "--events", events.toString(), "--policies", POLICIES.toString());
      assertThat(run.code()).isZero();
      assertThat(run.out()).startsWith("SLA adherence as of -" + NL).contains("tickets   0 evaluated, 0 unmatched",
          "breached timers: 0");
    }
  }
}
