package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpokit.cli.demo.DemoMonth;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaPolicy;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketEvaluation;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import java.io.IOException;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The demo month's JSON files load with the readers of the commands (package-private, hence this package). */
class DemoMonthFilesTest {
  private static final DemoMonth MONTH = DemoMonth.generate(YearMonth.of(2026, 10), 42);

  @Test
  void theContractFileLoads() throws IOException {
    ContractFile.Contract contract = ContractFile.read(new StringReader(MONTH.contractJson()));
    assertThat(contract.terms().terms()).extracting(ServiceLevelTerm::name).containsExactly("acme-csat",
        "acme-sla-voice", "acme-sla-chat", "globex-csat", "globex-sla-voice", "globex-sla-chat");
    assertThat(contract.terms().triggers()).hasSize(3);
    assertThat(contract.terms().scheme().earnBackPeriods()).isEqualTo(2);
    assertThat(contract.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(contract.fees()).contains(Money.of("18000.00", "EUR"));
    assertThat(contract.pricing().orElseThrow().model()).isInstanceOf(PricingModel.PerContact.class);
    assertThat(contract.pricing().orElseThrow().minimumCommitment()).contains(Money.of("12000.00", "EUR"));
  }

  @Test
  void everyTicketHasAPolicyAndEvaluates() throws IOException {
    SlaClock clock = SlaPoliciesFile.read(new StringReader(MONTH.slaPoliciesJson()));
    assertThat(clock.policies()).extracting(SlaPolicy::name).containsExactly("live chat", "email");
    long breached = 0;
    for (Ticket ticket : MONTH.tickets()) {
      TicketEvaluation e = clock.evaluate(ticket, MONTH.extractedAt());
      assertThat(e.policy()).as(ticket.id()).isPresent();
      breached += e.breached().size();
    }
    assertThat(breached).isPositive();
  }
}
