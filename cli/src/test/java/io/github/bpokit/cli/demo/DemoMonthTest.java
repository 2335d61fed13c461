package io.github.bpokit.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.bpokit.cli.csv.InteractionCsvReader;
import io.github.bpokit.cli.csv.ReadSummary;
import io.github.bpokit.cli.csv.TicketEventCsvReader;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvent;
import io.github.bpokit.sla.TicketEventType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoMonthTest {
  static final DemoMonth OCTOBER = DemoMonth.generate(DemoMonth.DEFAULT_MONTH, DemoMonth.DEFAULT_SEED);

  @Test
  void theSameMonthAndSeedGiveTheSameBytesAndAnotherSeedOtherData(@TempDir Path dir) throws IOException {
    DemoMonth again = DemoMonth.generate(YearMonth.of(2026, 10), 42);
    assertThat(again.interactionsCsv()).isEqualTo(OCTOBER.interactionsCsv());
    assertThat(again.ticketEventsCsv()).isEqualTo(OCTOBER.ticketEventsCsv());
    assertThat(again.slaPoliciesJson()).isEqualTo(OCTOBER.slaPoliciesJson());
    assertThat(again.contractJson()).isEqualTo(OCTOBER.contractJson());
    assertThat(again.interactions()).isEqualTo(OCTOBER.interactions());
    assertThat(again.tickets()).isEqualTo(OCTOBER.tickets());

    DemoMonth other = DemoMonth.generate(YearMonth.of(2026, 10), 43);
    assertThat(other.interactionsCsv()).isNotEqualTo(OCTOBER.interactionsCsv());
    assertThat(other.ticketEventsCsv()).isNotEqualTo(OCTOBER.ticketEventsCsv());
    assertThat(other.seed()).isEqualTo(43);

    List<Path> files = OCTOBER.writeTo(dir.resolve("new/demo"));
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("interactions.csv", "ticket-events.csv", "sla-policies.json", "contract.json");
    assertThat(Files.readAllBytes(files.get(0))).isEqualTo(OCTOBER.interactionsCsv().getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(files.get(1))).isEqualTo(OCTOBER.ticketEventsCsv());
    assertThat(Files.readString(files.get(2))).isEqualTo(OCTOBER.slaPoliciesJson());
    assertThat(Files.readString(files.get(3))).isEqualTo(OCTOBER.contractJson());
    other.writeTo(dir.resolve("new/demo")); // replaces
    assertThat(Files.readString(files.get(0))).isEqualTo(other.interactionsCsv());
  }

  @Test
  void seed42IsTheMonthTheDemoShows() throws Exception {
    // bpokit demo shows this month and its figures are quoted in the docs: a change to it must be deliberate
    assertThat(OCTOBER.interactions()).hasSize(4817);
    assertThat(OCTOBER.tickets()).hasSize(1869);
    assertThat(sha256(OCTOBER.interactionsCsv()))
        .isEqualTo("31f317ec8022097e136173b0edb47fd7a559e30fcb6e096c4715112e95ec444d");
    assertThat(sha256(OCTOBER.ticketEventsCsv()))
        .isEqualTo("213bbfa923725a118a685bf840bea0123926ac374415420c5d7ffa1a40f76450");
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyRowPassesTheStrictReaderAndReadsBackAsGenerated() {
    assertStrictlyValid(OCTOBER);
    assertThat(OCTOBER.interactionsCsv()).startsWith("interaction_id,ticket_id,customer_id,channel,category,")
        .contains(",2026-10-01T", "+02:00,", "+01:00,"); // summer time ends on 25 October in Berlin
  }

  @Test
  void everyMonthAndSeedIsValid() {
    // each example simulates a whole month: a few are enough to catch a rule broken at month edges or DST days
    qt().withExamples(3).withShrinkCycles(0)
        .forAll(longs().all(), integers().between(0, 1199))
        .checkAssert((seed, m) -> assertStrictlyValid(DemoMonth.generate(YearMonth.of(2000 + m / 12, 1 + m % 12),
            seed)));
  }

  @Test
  void aMonthWithSpringForward() {
    assertStrictlyValid(DemoMonth.generate(YearMonth.of(2027, 3), 7));
  }

  static void assertStrictlyValid(DemoMonth month) {
    List<Interaction> read = new ArrayList<>();
    ReadSummary summary = InteractionCsvReader.strict().read(month.interactionsCsv().getBytes(StandardCharsets.UTF_8),
        read::add, rejected -> {
          throw new AssertionError(rejected.describe());
        });
    assertThat(summary.rejected()).isZero();
    assertThat(summary.accepted()).isEqualTo(month.interactions().size());
    assertThat(read).isEqualTo(month.interactions());
    List<Ticket> tickets;
    try {
      tickets = TicketEventCsvReader.read(new StringReader(month.ticketEventsCsv())).tickets();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(tickets).isEqualTo(month.tickets());
    Instant start = month.month().atDay(1).atStartOfDay(month.zone()).toInstant();
    for (Interaction i : month.interactions()) {
      assertThat(i.createdAt()).isBetween(start, month.extractedAt().minusSeconds(1));
      i.endedAt().ifPresent(e -> assertThat(e).isBefore(month.extractedAt()));
    }
    for (Ticket t : month.tickets()) {
      assertThat(t.lastEventAt()).isBefore(month.extractedAt());
    }
  }

  @Test
  void theTicketsAreTheEmailAndChatContactsThatReachedAPersonOrWaitForOne() {
    Map<String, Interaction> byTicket = new HashMap<>();
    for (Interaction i : OCTOBER.interactions()) {
      i.ticketId().ifPresent(id -> assertThat(byTicket.put(id, i)).as("ticket %s used twice", id).isNull());
    }
    assertThat(byTicket).hasSameSizeAs(OCTOBER.tickets());
    for (Ticket t : OCTOBER.tickets()) {
      Interaction i = byTicket.get(t.id());
      assertThat(t.channel()).isIn(Channel.EMAIL, Channel.CHAT).isEqualTo(i.channel());
      assertThat(t.createdAt()).isEqualTo(i.createdAt());
      assertThat(t.priority()).isEqualTo(i.priority());
      assertThat(t.category()).isEqualTo(Optional.of(i.category()));
      assertThat(t.vendor()).isEqualTo(i.vendor());
      assertThat(i.outcome()).isNotIn(Outcome.ABANDONED, Outcome.BOT_CONTAINED);
      List<TicketEvent> replies = t.events().stream()
          .filter(e -> e.type() == TicketEventType.AGENT_PUBLIC_REPLY).toList();
      if (i.handledBy() == HandledBy.HUMAN) {
        // a person's first reply is the interaction's first response
        assertThat(replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(0).at())).isEqualTo(i.answeredAt());
      }
      long reopens = t.events().stream().filter(e -> e.type() == TicketEventType.REOPENED)
          .count();
      assertThat(reopens).isEqualTo(i.reopened());
    }
  }

  @Test
  void theMixIsBelievable() {
    for (long seed : new long[] {42, 1, 2026}) {
      DemoMonth month = seed == 42 ? OCTOBER : DemoMonth.generate(DemoMonth.DEFAULT_MONTH, seed);
      List<Interaction> all = month.interactions();
      assertThat(all.size()).as("contacts").isBetween(3000, 6000);
      assertThat(all.stream().map(Interaction::channel).collect(Collectors.toSet()))
          .isEqualTo(EnumSet.allOf(Channel.class));
      assertThat(all.stream().map(i -> i.vendor().orElseThrow()).distinct().sorted().toList())
          .containsExactly("acme-bpo", "globex-cx", "inhouse");
      assertThat(all.stream().map(i -> i.language().orElseThrow()).distinct().sorted().toList())
          .containsExactly("de", "en", "es", "fr");
      assertThat(all.stream().map(Interaction::category).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(MonthSimulator.CATEGORIES);
      assertThat(all.stream().map(Interaction::outcome).collect(Collectors.toSet()))
          .isEqualTo(EnumSet.allOf(Outcome.class));
      // voice about 30% of contacts, chat about a quarter
      assertThat(share(all, i -> i.channel() == Channel.VOICE)).isBetween(0.25, 0.36);
      assertThat(share(all, i -> i.channel() == Channel.CHAT)).isBetween(0.20, 0.30);
      // surveys on about a fifth of contacts, NPS on fewer, CES on fewer still
      assertThat(share(all, i -> i.csat().isPresent())).isBetween(0.15, 0.25);
      assertThat(all).allMatch(i -> i.csat().isPresent() || i.nps().isEmpty() && i.ces().isEmpty());
      // voice abandonment 2-10%; only live channels abandon
      List<Interaction> voice = all.stream().filter(i -> i.channel() == Channel.VOICE).toList();
      assertThat(share(voice, i -> i.outcome() == Outcome.ABANDONED)).isBetween(0.02, 0.10);
      assertThat(all).filteredOn(i -> i.outcome() == Outcome.ABANDONED)
          .allMatch(i -> i.channel() == Channel.VOICE || i.channel() == Channel.CHAT);
      // bots only on chat and in-app, run by the client (vendor inhouse, no agent); some hand over to people
      assertThat(all).filteredOn(i -> i.handledBy() != HandledBy.HUMAN)
          .allMatch(i -> i.channel() == Channel.CHAT || i.channel() == Channel.IN_APP);
      assertThat(all).filteredOn(i -> i.handledBy() == HandledBy.BOT)
          .allMatch(i -> i.vendor().orElseThrow().equals("inhouse") && i.agentId().isEmpty());
      long contained = all.stream().filter(i -> i.outcome() == Outcome.BOT_CONTAINED).count();
      long handedOver = all.stream().filter(i -> i.handledBy() == HandledBy.BOT_TO_HUMAN).count();
      assertThat(handedOver).isPositive().isLessThan(contained);
      // QA: partner scores on a sample of people's contacts, client scores on a sub-sample of those
      List<Interaction> people = all.stream().filter(i -> i.agentId().isPresent()).toList();
      assertThat(share(people, i -> i.qaPartner().isPresent())).isBetween(0.05, 0.11);
      assertThat(all).allMatch(i -> i.qaClient().isEmpty() || i.qaPartner().isPresent());
      assertThat(all.stream().filter(i -> i.qaClient().isPresent()).count()).isGreaterThan(60);
      // every agent id belongs to its vendor
      assertThat(people).allMatch(i -> i.agentId().orElseThrow().startsWith(
          Map.of("inhouse", "ih-", "acme-bpo", "acme-", "globex-cx", "gx-").get(i.vendor().orElseThrow())));
      assertThat(all).anyMatch(i -> i.reopened() > 0);
      // repeat contacts: the same customer about the same category within 7 days
      assertThat(repeatShare(all)).isBetween(0.08, 0.25);
    }
  }

  @Test
  void badArguments(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> DemoMonth.generate(YearMonth.of(1999, 12), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month 1999-12: expected a month from 2000-01 to 2099-12");
    assertThatThrownBy(() -> DemoMonth.generate(YearMonth.of(2100, 1), 1))
        .hasMessage("month 2100-01: expected a month from 2000-01 to 2099-12");
    assertThatThrownBy(() -> DemoMonth.generate(null, 1)).isInstanceOf(NullPointerException.class)
        .hasMessage("month");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThatThrownBy(() -> OCTOBER.writeTo(file)).isInstanceOf(IOException.class);
    assertThat(OCTOBER.toString()).isEqualTo("DemoMonth{2026-10, seed 42, " + OCTOBER.interactions().size()
        + " interactions, " + OCTOBER.tickets().size() + " tickets}");
    assertThat(DemoMonth.vendors()).containsExactly("inhouse", "acme-bpo", "globex-cx");
    assertThat(OCTOBER.extractedAt()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
  }

  private static double share(List<Interaction> interactions, Predicate<Interaction> which) {
    return (double) interactions.stream().filter(which).count() / interactions.size();
  }

  /** The share of contacts followed by another of the same customer and category within 7 days. */
  private static double repeatShare(List<Interaction> all) {
    Map<String, List<Instant>> seen = new HashMap<>();
    for (Interaction i : all) {
      seen.computeIfAbsent(i.customerId() + "|" + i.category(), k -> new ArrayList<>()).add(i.createdAt());
    }
    long repeated = 0;
    for (List<Instant> times : seen.values()) {
      for (int k = 0; k + 1 < times.size(); k++) {
        if (!times.get(k + 1).isAfter(times.get(k).plus(Duration.ofDays(7)))) {
          repeated++;
        }
      }
    }
    return (double) repeated / all.size();
  }
}
