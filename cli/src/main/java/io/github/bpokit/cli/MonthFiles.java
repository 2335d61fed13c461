package io.github.bpokit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The four files of a demo month, as {@code bpokit demo} shows them and writes them for the other commands: the
 * interaction CSV, the ticket event CSV, the SLA policies and the contract file. This is the bundled sample month
 * (the files of {@code samples/}, 2026-10, extracted on 2026-10-09T08:00:00Z).
 *
 * @param month the month
 * @param seed the seed it was generated with
 * @param extractedAt when the data was extracted: the SLA timers are evaluated as of then
 * @param vendors the vendors of the month
 * @param interactionsCsv the interaction CSV
 * @param ticketEventsCsv the ticket event CSV
 * @param slaPoliciesJson the SLA policies
 * @param contractJson the contract file
 */
record MonthFiles(YearMonth month, long seed, Instant extractedAt, List<String> vendors, String interactionsCsv,
    String ticketEventsCsv, String slaPoliciesJson, String contractJson) {
  static final String INTERACTIONS_FILE = "interactions.csv";
  static final String TICKET_EVENTS_FILE = "ticket-events.csv";
  static final String SLA_POLICIES_FILE = "sla-policies.json";
  static final String CONTRACT_FILE = "contract.json";

  private static final YearMonth BUNDLED = YearMonth.of(2026, 10);

  /**
   * Returns the month.
   *
   * @throws IllegalArgumentException when the month is not the bundled one
   */
  static MonthFiles generate(YearMonth month, long seed) {
    if (!month.equals(BUNDLED)) {
      throw new IllegalArgumentException("the bundled sample month is " + BUNDLED);
    }
    return new MonthFiles(month, seed, Instant.parse("2026-10-09T08:00:00Z"),
        List.of("inhouse", "lumen-cx", "northwind-bpo"), resource(INTERACTIONS_FILE), resource(TICKET_EVENTS_FILE),
        resource(SLA_POLICIES_FILE), resource(CONTRACT_FILE));
  }

  /** Writes the four files into {@code dir}, replacing them, and returns their paths. */
  List<Path> writeTo(Path dir) throws IOException {
    List<Path> files = List.of(dir.resolve(INTERACTIONS_FILE), dir.resolve(TICKET_EVENTS_FILE),
        dir.resolve(SLA_POLICIES_FILE), dir.resolve(CONTRACT_FILE));
    List<String> texts = List.of(interactionsCsv, ticketEventsCsv, slaPoliciesJson, contractJson);
    for (int i = 0; i < files.size(); i++) {
      Files.writeString(files.get(i), texts.get(i), StandardCharsets.UTF_8);
    }
    return files;
  }

  private static String resource(String name) {
    try (InputStream in = MonthFiles.class.getResourceAsStream("sample-month/" + name)) {
      if (in == null) {
        throw new IllegalStateException("sample-month/" + name + " is missing from the bpokit jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
