package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.cli.MainTest.Run;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.pricing.TierMode;
import java.io.IOException;
import java.io.StringReader;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceCommandTest {
  static final Path INPUT = SlaTermsCommandTest.INPUT;
  static final Path CONTRACT = SlaTermsCommandTest.CONTRACT;
  static final String NL = System.lineSeparator();
  static final String TERMS = "\"terms\": [{\"name\": \"csat\", \"kpi\": \"csat\", \"bands\": [{\"outcome\": \"base\"}]}]";

  /*
   * The sample (samples/interactions.csv, all in 2026-10): 50 interactions, 4 ABANDONED, so 46 handled contacts; 4 of
   * them re-opened, deducted by the re-open clause: 42 billable. Graduated tiers: 20 × 4.50 = 90.00, 20 × 4.00 =
   * 80.00, 2 × 3.50 = 7.00; charges 177.00 < minimum 250.00, so a true-up of 73.00 and a subtotal of 250.00. The
   * terms' shares apply to the subtotal: at risk 12% × 250.00 = 30.00; the uncapped credits -14.31 (csat, -5.7246%)
   * -18.00 (sla-voice, 60% of the pool) and -18.00 (sla-chat) sum to -50.31, capped to -30.00 and shared in
   * proportion: -8.53, -10.74, -10.73. Total 250.00 − 30.00 = 220.00.
   */
  @Test
  void invoicesTheSample() {
    Run run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", INPUT.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    String basis = "      from 46 handled contacts in 2026-10 \u2212 4 re-opened (re-open clause) = 42 billable";
    assertThat(run.out()).isEqualTo(String.join("\n",
        "Invoice 2026-10 in EUR (each line rounded once, HALF_UP)",
        "  usage 2026-10: 46 contacts, 31 resolved, 4 re-opened, 435.45 billable minutes, QA 7/9 passed",
        "  CHARGE: Contacts, graduated tier [tier 1\u201320]: 20 \u00d7 4.50 = 90.00",
        basis,
        "  CHARGE: Contacts, graduated tier [tier 21\u201340]: 20 \u00d7 4.00 = 80.00",
        basis,
        "  CHARGE: Contacts, graduated tier [tier 41+]: 2 \u00d7 3.50 = 7.00",
        basis,
        "  TRUE_UP: Minimum commitment true-up: 73.00",
        "      from minimum EUR 250.00 \u2212 charges EUR 177.00",
        "  ADJUSTMENT: SLA credit csat (PENALTY): -8.53",
        "      from 2026-10 csat: csat 0.7391 (n=23, 95% CI 0.5353..0.8745) band (-\u221e..0.75) PENALTY, sliding -5% "
            + "at 0.75 to -15% at 0.6 of fees: -5.7246% of EUR 250.00 = EUR -14.31; capped to EUR -8.53 (the at-risk "
            + "amount EUR 30.00 shared by 3 lines in proportion)",
        "  ADJUSTMENT: SLA credit sla-voice (PENALTY): -10.74",
        "      from 2026-10 sla-voice: sla_first_response on VOICE 0 (n=11, 95% CI 0..0.2588) band (-\u221e..0.8) "
            + "PENALTY, -5% of fees: pool allocation 60% of the at-risk 12% of EUR 250.00 = EUR -18.00; capped to "
            + "EUR -10.74 (the at-risk amount EUR 30.00 shared by 3 lines in proportion)",
        "  ADJUSTMENT: SLA credit sla-chat (PENALTY): -10.73",
        "      from 2026-10 sla-chat: sla_first_response on CHAT 0.25 (n=8, 95% CI 0.0715..0.5907) band (-\u221e..0.8) "
            + "PENALTY, -5% of fees: pool allocation 60% of the at-risk 12% of EUR 250.00 = EUR -18.00; capped to "
            + "EUR -10.73 (the at-risk amount EUR 30.00 shared by 3 lines in proportion)",
        "  Subtotal: 250.00",
        "  Adjustments: -30.00",
        "  Total: 220.00") + "\n");
  }

  @Test
  void invoicesTheSampleAsJson() {
    Run run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", INPUT.toString(),
        "--format", "json", "--period", "2026-10");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("{\"period\":\"2026-10\",\"currency\":\"EUR\",\"roundingMode\":\"HALF_UP\",\"lines\":["
            + "{\"kind\":\"CHARGE\",\"description\":\"Contacts, graduated tier\",\"quantity\":\"20\","
            + "\"unitPrice\":\"4.50\",\"tier\":\"1\u201320\",\"amount\":\"90.00\",\"exactAmount\":\"90.00\",")
        .contains("{\"kind\":\"TRUE_UP\",\"description\":\"Minimum commitment true-up\",\"quantity\":\"1\","
            + "\"unitPrice\":null,\"tier\":null,\"amount\":\"73.00\"")
        .contains("{\"kind\":\"ADJUSTMENT\",\"description\":\"SLA credit sla-chat (PENALTY)\",\"quantity\":\"1\","
            + "\"unitPrice\":null,\"tier\":null,\"amount\":\"-10.73\"")
        .endsWith("\"subtotal\":\"250.00\",\"adjustments\":\"-30.00\",\"total\":\"220.00\"}" + NL);
  }

  @Test
  void slaBonusesAndNoMinimum(@TempDir Path dir) throws IOException {
    // One base term: no adjustment line; flat 2.00 per contact: 46 × 2.00 = 92.00.
    Path contract = dir.resolve("c.json");
    Files.writeString(contract, "{" + TERMS + ", \"pricing\": {\"model\": {\"type\": \"per_contact\", "
        + "\"price\": \"EUR 2.00\"}}}");
    Run run = MainTest.run("invoice", "--contract", contract.toString(), "--input", INPUT.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("  CHARGE: Contacts, graduated tier [tier 1+]: 46 \u00d7 2.00 = 92.00\n")
        .endsWith("  Subtotal: 92.00\n  Adjustments: 0.00\n  Total: 92.00\n");
  }

  @Test
  void readsEveryModel() throws IOException {
    ContractFile.Pricing perMinute = pricing("{\"type\": \"per_minute\", \"pricePerMinute\": \"EUR 0.85\", "
        + "\"incrementSeconds\": 6, \"wrapCapSeconds\": 30}");
    assertThat(perMinute.model()).isEqualTo(new PricingModel.PerMinute(io.github.bpokit.core.money.Money.parse(
        "EUR 0.85")));
    assertThat(perMinute.rules().billingIncrement()).isEqualTo(Duration.ofSeconds(6));
    assertThat(perMinute.rules().wrapCap()).contains(Duration.ofSeconds(30));
    assertThat(perMinute.rounding()).isEqualTo(RoundingMode.HALF_UP);

    ContractFile.Pricing resolved = pricing("{\"type\": \"per_resolved_contact\", \"price\": \"EUR 9.00\", "
        + "\"qaPassThreshold\": 75}");
    assertThat(resolved.model().kind()).isEqualTo(PricingModel.Kind.PER_RESOLVED_CONTACT);
    assertThat(resolved.rules().qaPassThreshold()).isEqualTo(75.0);

    ContractFile.Pricing volume = pricing("{\"type\": \"per_contact\", \"mode\": \"volume\", \"qualityFloor\": true, "
        + "\"tiers\": [{\"from\": 1, \"to\": 5, \"unitPrice\": \"EUR 7.00\"}, {\"from\": 6, \"unitPrice\": "
        + "\"EUR 6.00\", \"flatFee\": \"EUR 25.00\"}]}");
    PricingModel.PerContact perContact = (PricingModel.PerContact) volume.model();
    assertThat(perContact.mode()).isEqualTo(TierMode.VOLUME);
    assertThat(perContact.qualityFloor()).isTrue();
    assertThat(perContact.reopenClause()).isFalse();
    assertThat(perContact.tiers().tiers()).hasSize(2);

    ContractFile.Pricing hybrid = pricing("{\"type\": \"hybrid\", \"core\": {\"ftes\": 10, \"monthlyRate\": "
        + "\"EUR 4200.00\", \"serviceStart\": \"2026-10-17\"}, \"coreCapacity\": 9000, \"overflow\": {\"price\": "
        + "\"EUR 5.50\"}}");
    PricingModel.Hybrid h = (PricingModel.Hybrid) hybrid.model();
    assertThat(h.coreCapacity()).isEqualTo(9000);
    assertThat(h.core().serviceStart()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-10-17"));

    ContractFile.Pricing hourly = pricing("{\"type\": \"per_fte\", \"ftes\": 2.5, \"hourlyRate\": \"EUR 30.00\", "
        + "\"hoursPerFte\": 160}");
    assertThat(((PricingModel.PerFte) hourly.model()).hoursPerFte()).isPresent();

    ContractFile.Pricing outcome = pricing("{\"type\": \"outcome_based\", \"measure\": \"resolved\", "
        + "\"feePerUnit\": \"EUR 12.00\"}");
    assertThat(outcome.model().kind()).isEqualTo(PricingModel.Kind.OUTCOME_BASED);
    String shareModel = "{\"type\": \"outcome_based\", \"measure\": \"recovered_revenue\", \"share\": \"5%\"}";
    assertThatThrownBy(() -> pricing(shareModel))
        .hasMessage("pricing.model.share: a share of a value bills in the currency of \"fees\": give \"fees\"");
    ContractFile.Pricing share = read("\"fees\": \"EUR 100.00\", " + TERMS + ", \"pricing\": {\"model\": "
        + shareModel + "}").pricing().orElseThrow();
    assertThat(((PricingModel.OutcomeBased) share.model()).share()).hasValueSatisfying(
        s -> assertThat(s).isEqualByComparingTo("0.05"));
  }

  @Test
  void pricingErrorsNameThePath() {
    String tiers = "\"tiers\": [{\"from\": 1, \"to\": 5, \"unitPrice\": \"EUR 7.00\"}, "
        + "{\"from\": 6, \"unitPrice\": %s}]";
    assertError("{\"type\": \"per_contact\", " + tiers.formatted("6.5") + "}",
        "pricing.model.tiers[1].unitPrice: expected a string, got 6.5");
    assertError("{\"type\": \"per_contact\", " + tiers.formatted("\"EUR -1.00\"") + "}",
        "pricing.model.tiers[1]: tier [6..+\u221e) has a negative unit price: EUR -1.00");
    assertError("{\"type\": \"per_contact\", \"tiers\": [{\"from\": 1, \"to\": 5, \"unitPrice\": \"EUR 7.00\"}, "
        + "{\"from\": 7, \"unitPrice\": \"EUR 6.00\"}]}", "pricing.model.tiers: ");
    assertError("{\"type\": \"per_contact\", \"price\": \"EUR 2.00\", \"mode\": \"steps\"}",
        "pricing.model.mode: bad value 'steps': expected graduated or volume");
    assertError("{\"type\": \"per_contact\", \"price\": \"EUR 2.00\", \"discount\": 1}",
        "pricing.model.discount: unknown key, expected one of ");
    assertError("{\"type\": \"per_seat\"}", "pricing.model.type: bad value 'per_seat': expected one of per_fte, ");
    assertError("{\"type\": \"per_minute\"}", "pricing.model.pricePerMinute: missing");
    assertError("{\"type\": \"per_minute\", \"pricePerMinute\": \"USD 1.00\"}",
        "pricing.model: the model bills in USD but the fees are in EUR");
    assertError("{\"type\": \"per_minute\", \"pricePerMinute\": \"EUR 1.00\", \"incrementSeconds\": 0}",
        "pricing.model.incrementSeconds: billing increment must be a whole number of seconds, at least 1");
    assertError("{\"type\": \"per_fte\", \"ftes\": 0, \"monthlyRate\": \"EUR 4200.00\"}",
        "pricing.model.ftes: FTEs must be positive: 0");
    assertError("{\"type\": \"hybrid\", \"core\": {\"ftes\": 1, \"monthlyRate\": \"EUR 1.00\"}, \"coreCapacity\": 10, "
        + "\"overflow\": {\"tiers\": []}}", "pricing.model.overflow.tiers: expected a non-empty array of tiers");
    assertThatThrownBy(() -> read("\"fees\": \"EUR 100.00\", " + TERMS + ", \"pricing\": {\"model\": {\"type\": "
        + "\"per_minute\", \"pricePerMinute\": \"EUR 1.00\"}, \"minimumCommitment\": \"USD 5.00\"}"))
        .hasMessageStartingWith("pricing.minimumCommitment: expected an amount in EUR");
    assertThatThrownBy(() -> read(TERMS + ", \"pricing\": {\"model\": {\"type\": \"per_minute\", "
        + "\"pricePerMinute\": \"EUR 1.00\"}, \"rounding\": \"UNNECESSARY\"}"))
        .hasMessageStartingWith("pricing.rounding: bad value 'UNNECESSARY'");
  }

  @Test
  void exitCodes(@TempDir Path dir) throws IOException {
    String sample = Files.readString(CONTRACT);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, sample.replace("\"unitPrice\": \"EUR 4.00\"", "\"unitPrice\": 4"));
    Run run = MainTest.run("invoice", "--contract", bad.toString(), "--input", INPUT.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--contract " + bad + ": pricing.model.tiers[1].unitPrice: expected a string");

    Path noPricing = dir.resolve("no-pricing.json");
    Files.writeString(noPricing, "{" + TERMS + "}");
    run = MainTest.run("invoice", "--contract", noPricing.toString(), "--input", INPUT.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--contract " + noPricing + ": no \"pricing\" section");

    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", INPUT.toString(), "--format", "xml");
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--format 'xml': expected text or json");

    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", INPUT.toString(),
        "--period", "2026-Q4");
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("--period 2026-Q4 is a quarter; the contract's period is month");

    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", dir.resolve("none.csv").toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);

    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input",
        Path.of("..", "samples", "interactions-with-errors.csv").toString());
    assertThat(run.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.out()).isEmpty();

    // Two months: --period is needed; a month without interactions is invoiced at the minimum.
    Path twoMonths = dir.resolve("two.csv");
    String csv = Files.readString(INPUT);
    String[] lines = csv.split("\n");
    Files.writeString(twoMonths, csv + lines[1].replace("i-0001", "i-9001").replace("2026-10-01", "2026-11-01")
        + "\n");
    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", twoMonths.toString());
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).startsWith("the input covers 2 periods (2026-10, 2026-11): give --period");
    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", twoMonths.toString(),
        "--period", "2026-10");
    assertThat(run.code()).isZero();
    assertThat(run.out()).endsWith("  Total: 220.00\n");
    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", twoMonths.toString(),
        "--period", "2026-12");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("  TRUE_UP: Minimum commitment true-up: 250.00\n");

    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, lines[0] + "\n");
    run = MainTest.run("invoice", "--contract", CONTRACT.toString(), "--input", empty.toString());
    assertThat(run.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.err()).contains("no interactions");

    Path perResolved = dir.resolve("resolved.json");
    Files.writeString(perResolved, "{" + TERMS + ", \"pricing\": {\"model\": {\"type\": \"per_resolved_contact\", "
        + "\"price\": \"EUR 9.00\"}}}");
    Path noQa = dir.resolve("noqa.csv");
    Files.writeString(noQa, lines[0] + "\n" + lines[1] + "\n");
    run = MainTest.run("invoice", "--contract", perResolved.toString(), "--input", noQa.toString());
    assertThat(run.code()).isEqualTo(Main.INVALID_INPUT);
    assertThat(run.err()).startsWith("bpokit invoice: cannot invoice 2026-10: per-resolved-contact billing needs a QA "
        + "sample");
  }

  private static ContractFile.Pricing pricing(String model) throws IOException {
    return read(TERMS + ", \"pricing\": {\"model\": " + model + "}").pricing().orElseThrow();
  }

  private static ContractFile.Contract read(String body) throws IOException {
    return ContractFile.read(new StringReader("{" + body + "}"));
  }

  private static void assertError(String model, String message) {
    assertThatThrownBy(() -> read("\"fees\": \"EUR 100.00\", " + TERMS + ", \"pricing\": {\"model\": " + model + "}"))
        .isInstanceOf(ContractFile.ContractFileException.class)
        .hasMessageStartingWith(message);
  }
}
