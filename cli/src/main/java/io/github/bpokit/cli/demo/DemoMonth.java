package io.github.bpokit.cli.demo;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.bpokit.cli.csv.Column;
import io.github.bpokit.cli.csv.InteractionCsvWriter;
import io.github.bpokit.cli.csv.TicketEventCsvWriter;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.sla.Ticket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * One month of a partner program, generated deterministically from a seed: the data {@code bpokit demo} runs on,
 * and that a new user can feed to every other command.
 *
 * <pre>{@code
 * DemoMonth month = DemoMonth.generate(YearMonth.of(2026, 10), 42);
 * month.interactions().size();   // about 4,800 contacts
 * month.writeTo(Path.of("demo"));  // demo/interactions.csv, ticket-events.csv, sla-policies.json, contract.json
 * }</pre>
 *
 * <h2>What the month holds</h2>
 *
 * <ul>
 *   <li>About 4,800 contacts (the same month and seed give the same bytes, another seed other contacts) on six
 *       channels: voice 30%, chat 24%, email 21%, in-app 10%, WhatsApp 9%, social 4%, in ten categories
 *       ({@code order_status}, {@code billing}, {@code returns}, {@code delivery_issue}, {@code technical},
 *       {@code account}, {@code refund}, {@code product_question}, {@code cancellation}, {@code complaint}) and four
 *       languages (en, de, fr, es), from 3,500 customers.
 *   <li>The business time zone is Europe/Berlin (instants are written with its offset, so the end of summer time
 *       shows). Arrivals follow a weekday curve (Monday busiest, Sunday quiet) and intraday curves; voice and chat
 *       are open Mon–Sat 08:00–20:00, email, social, WhatsApp and in-app arrive at any hour and are answered in
 *       those working hours.
 *   <li>Three vendors: {@code inhouse} (and the client's own bot), {@code acme-bpo} and {@code globex-cx}, routed by
 *       language (French mostly to globex-cx, German to inhouse and acme-bpo; social stays in-house), each with its
 *       own agents, each agent a little faster or slower and better or worse. acme-bpo runs its chat queue lean
 *       (waits more than twice as long: it misses the chat first-response band of the contract), resolves less
 *       (more repeat contacts, re-opens, lower CSAT) and scores its own QA about 6 points above the client;
 *       globex-cx is the best (its CSAT earns the bonus band).
 *   <li>Voice waits follow the Erlang C waiting-time distribution of each vendor's (shared) voice queue in each hour:
 *       P(wait &gt; t) = P<sub>w</sub>·e<sup>−(N−A)t/AHT</sup>, with N agents scheduled for the forecast traffic and
 *       the vendor's service-level target (80–85% within 20 s), the actual traffic off the forecast by the day;
 *       callers abandon when their patience (exponential, mean 300 s) runs out first, so service levels and about
 *       5% abandonment come out as SPEC §4 measures them.
 *   <li>A bot answers 40% of chats and 60% of in-app contacts: it contains a little over half, a few customers give
 *       up on it, and a third are handed to a person ({@code BOT_TO_HUMAN}).
 *   <li>Surveys on about a fifth of the answered contacts (CSAT by vendor and outcome; NPS on 70% of them, CES on
 *       half); partner QA on 8% of human contacts, the client's calibration score on a third of those.
 *   <li>Repeat contacts: an abandoned, unresolved or escalated contact is often followed by another of the same
 *       customer about the same category within hours or days (FCR and re-contact rate); resolved tickets are
 *       sometimes reopened.
 *   <li>Ticket timelines for every email and chat ticket, consistent with the interactions (created, replies,
 *       pending rounds with the customer, on hold with the next tier, solved, reopened), under the SLA policies of
 *       {@link #slaPoliciesJson()}; some breach.
 *   <li>The month is extracted at its end: nothing later is known, so late emails are still unanswered, some
 *       threads still open and their tickets still running.
 * </ul>
 *
 * <p>Every interaction passes the strict CSV reader and every ticket builds. The data come from one
 * {@link java.util.SplittableRandom} seeded with the seed, with {@link StrictMath} for the distributions, so the
 * bytes are the same on every run and platform of a JDK (the one open point would be a JDK changing the algorithm
 * of {@code SplittableRandom.nextGaussian()}). Immutable and thread-safe.
 */
public final class DemoMonth {
  /** The interaction CSV's file name. */
  public static final String INTERACTIONS_FILE = "interactions.csv";
  /** The ticket event CSV's file name. */
  public static final String TICKET_EVENTS_FILE = "ticket-events.csv";
  /** The SLA policies' file name. */
  public static final String SLA_POLICIES_FILE = "sla-policies.json";
  /** The contract's file name. */
  public static final String CONTRACT_FILE = "contract.json";
  /** The month the demo shows unless told otherwise. */
  public static final YearMonth DEFAULT_MONTH = YearMonth.of(2026, 10);
  /** The seed the demo uses unless told otherwise. */
  public static final long DEFAULT_SEED = 42;

  private static final YearMonth FIRST = YearMonth.of(2000, 1);
  private static final YearMonth LAST = YearMonth.of(2099, 12);

  private final YearMonth month;
  private final long seed;
  private final List<Interaction> interactions;
  private final List<Ticket> tickets;
  private final String interactionsCsv;
  private final String ticketEventsCsv;
  private final String slaPoliciesJson;
  private final String contractJson;

  private DemoMonth(YearMonth month, long seed) {
    this.month = month;
    this.seed = seed;
    MonthSimulator.Result result = MonthSimulator.simulate(month, seed);
    this.interactions = result.interactions();
    this.tickets = result.tickets();
    this.interactionsCsv = InteractionCsvWriter.toCsv(interactions, Column.all(), LineDelimiter.LF,
        InteractionCsvWriter.inZone(zone()));
    this.ticketEventsCsv = TicketEventCsvWriter.toCsv(tickets, InteractionCsvWriter.inZone(zone()));
    this.slaPoliciesJson = DemoFiles.slaPolicies(month);
    this.contractJson = DemoFiles.contract();
  }

  /**
   * Generates a month.
   *
   * @param month the month, from 2000-01 to 2099-12
   * @param seed the seed: the same month and seed give the same data, to the byte
   * @return the month
   * @throws IllegalArgumentException naming the month when it is out of range
   */
  public static DemoMonth generate(YearMonth month, long seed) {
    requireNonNull(month, "month");
    if (month.isBefore(FIRST) || month.isAfter(LAST)) {
      throw new IllegalArgumentException("month " + month + ": expected a month from " + FIRST + " to " + LAST);
    }
    return new DemoMonth(month, seed);
  }

  /**
   * Returns the month.
   *
   * @return the month
   */
  public YearMonth month() {
    return month;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the program's business time zone, in which the month, the working hours and the contract's periods are
   * read.
   *
   * @return Europe/Berlin
   */
  public ZoneId zone() {
    return MonthSimulator.ZONE;
  }

  /**
   * Returns the instant the month was extracted: its end, in the business time zone. Every instant in the data is
   * before it.
   *
   * @return the start of the next month
   */
  public Instant extractedAt() {
    return month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
  }

  /**
   * Returns the vendors, in-house first.
   *
   * @return {@code inhouse}, {@code acme-bpo}, {@code globex-cx}
   */
  public static List<String> vendors() {
    return List.of(Vendor.INHOUSE.id, Vendor.ACME.id, Vendor.GLOBEX.id);
  }

  /**
   * Returns the interactions, in {@code created_at} order (ids {@code i-00001}, ...).
   *
   * @return the interactions; unmodifiable
   */
  public List<Interaction> interactions() {
    return interactions;
  }

  /**
   * Returns the email and chat tickets, in creation order (ids {@code T-00001}, ..., also the interactions'
   * {@code ticket_id}).
   *
   * @return the tickets; unmodifiable
   */
  public List<Ticket> tickets() {
    return tickets;
  }

  /**
   * Returns the interactions as the interaction CSV of SPEC §1.1: every column in specification order, LF line
   * ends, instants with the business time zone's offset ({@code 2026-10-01T09:30:00+02:00}).
   *
   * @return the CSV text
   */
  public String interactionsCsv() {
    return interactionsCsv;
  }

  /**
   * Returns the tickets as the ticket event CSV of {@code bpokit sla}, ticket after ticket.
   *
   * @return the CSV text
   */
  public String ticketEventsCsv() {
    return ticketEventsCsv;
  }

  /**
   * Returns the SLA policies file of {@code bpokit sla} for the tickets: chat on a 24x7 clock (first reply 2 min,
   * next reply 5 min, resolution 24 h), email in support hours Mon–Fri 08:00–18:00 (first reply 4 h for NORMAL,
   * and the other timers).
   *
   * @return the JSON text
   */
  public String slaPoliciesJson() {
    return slaPoliciesJson;
  }

  /**
   * Returns the contract file of {@code bpokit sla-terms} and {@code bpokit invoice}: per partner a CSAT term and
   * first-response terms on voice and chat, with at-risk credits, earn-back and triggers, and a pricing section
   * (per contact, graduated tiers, quality floor, re-open clause, minimum commitment).
   *
   * @return the JSON text
   */
  public String contractJson() {
    return contractJson;
  }

  /**
   * Writes the four files into a directory, created if missing: {@value #INTERACTIONS_FILE},
   * {@value #TICKET_EVENTS_FILE}, {@value #SLA_POLICIES_FILE} and {@value #CONTRACT_FILE}, in UTF-8, replacing
   * files of those names.
   *
   * @param dir the directory
   * @return the files written, in that order
   * @throws IOException when the directory or a file cannot be written
   */
  public List<Path> writeTo(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    Path interactionsFile = dir.resolve(INTERACTIONS_FILE);
    Path eventsFile = dir.resolve(TICKET_EVENTS_FILE);
    Path policiesFile = dir.resolve(SLA_POLICIES_FILE);
    Path contractFile = dir.resolve(CONTRACT_FILE);
    Files.writeString(interactionsFile, interactionsCsv, StandardCharsets.UTF_8);
    Files.writeString(eventsFile, ticketEventsCsv, StandardCharsets.UTF_8);
    Files.writeString(policiesFile, slaPoliciesJson, StandardCharsets.UTF_8);
    Files.writeString(contractFile, contractJson, StandardCharsets.UTF_8);
    return List.of(interactionsFile, eventsFile, policiesFile, contractFile);
  }

  /**
   * Returns e.g. {@code DemoMonth{2026-10, seed 42, 4817 interactions, 1869 tickets}}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "DemoMonth{" + month + ", seed " + seed + ", " + interactions.size() + " interactions, " + tickets.size()
        + " tickets}";
  }
}
