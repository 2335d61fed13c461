package io.github.bpokit.cli.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo month's SLA policies and contract, as JSON files in the formats of {@code bpokit sla} and
 * {@code bpokit sla-terms}/{@code bpokit invoice} (docs/sla.md, docs/contract-terms.md).
 */
final class DemoFiles {
  private DemoFiles() {}

  /**
   * The SLA policies: chat on a 24x7 clock, email in the client's support hours (Mon-Fri 08:00-18:00 in Berlin, the
   * German public holidays of the month's year closed).
   */
  static String slaPolicies(YearMonth month) {
    int y = month.getYear();
    String holidays = y + "-01-01," + y + "-05-01," + y + "-10-03," + y + "-12-25," + y + "-12-26";
    return """
        {
          "atRiskShare": 0.25,
          "calendars": {
            "support-hours": "tz=Europe/Berlin; Mon-Fri 08:00-18:00; holidays %s"
          },
          "policies": [
            {
              "name": "live chat",
              "when": { "channel": "CHAT" },
              "calendar": "24x7",
              "targets": {
                "first_reply": { "*": "2m", "URGENT": "1m" },
                "next_reply": "5m",
                "resolution": { "*": "24h", "URGENT": "4h" }
              }
            },
            {
              "name": "email",
              "when": { "channel": "EMAIL" },
              "calendar": "support-hours",
              "targets": {
                "first_reply": { "LOW": "8h", "NORMAL": "4h", "HIGH": "2h", "URGENT": "1h" },
                "next_reply": { "*": "8h", "URGENT": "2h" },
                "periodic_update": "16h",
                "requester_wait": "24h",
                "agent_work": "16h",
                "resolution": { "*": "40h", "URGENT": "8h" }
              }
            }
          ]
        }
        """.formatted(holidays);
  }

  /**
   * The partner contract: per partner a CSAT term (bonus, base, remediation and penalty bands) and first-response
   * terms on voice and chat with at-risk credits, earn-back after two compliant months, triggers to a remediation
   * plan and an exit right, and per-contact graduated pricing with a quality floor, a re-open clause and a minimum
   * commitment.
   */
  static String contract() {
    List<String> terms = new ArrayList<>();
    for (Vendor partner : new Vendor[] {Vendor.ACME, Vendor.GLOBEX}) {
      terms.add("""
              {
                "name": "%1$s-csat",
                "kpi": "csat",
                "scope": "vendor=%2$s",
                "direction": "higher_is_better",
                "minimumSample": 50,
                "bands": [
                  {"from": 0.88, "outcome": "bonus",
                   "adjustment": {"from": {"value": 0.88, "share": "2%%"}, "to": {"value": 0.95, "share": "5%%"}}},
                  {"from": 0.82, "to": 0.88, "outcome": "base"},
                  {"from": 0.75, "to": 0.82, "outcome": "remediation"},
                  {"to": 0.75, "outcome": "penalty",
                   "adjustment": {"from": {"value": 0.75, "share": "-2%%"}, "to": {"value": 0.60, "share": "-6%%"}}}
                ]
              },
              {
                "name": "%1$s-sla-voice",
                "kpi": "sla_first_response",
                "scope": "channel,vendor=VOICE|%2$s",
                "minimumSample": 30,
                "bands": [
                  {"from": 0.8, "outcome": "base"},
                  {"from": 0.7, "to": 0.8, "outcome": "remediation"},
                  {"to": 0.7, "outcome": "penalty", "adjustment": {"share": "-5%%"}}
                ]
              },
              {
                "name": "%1$s-sla-chat",
                "kpi": "sla_first_response",
                "scope": "channel,vendor=CHAT|%2$s",
                "minimumSample": 30,
                "bands": [
                  {"from": 0.8, "outcome": "base"},
                  {"to": 0.8, "outcome": "penalty", "adjustment": {"share": "-5%%"}}
                ]
              }""".formatted(termPrefix(partner), partner.id));
    }
    return """
        {
          "period": "month",
          "zone": "Europe/Berlin",
          "fees": "EUR 18000.00",
          "rounding": "HALF_UP",
          "credits": {
            "atRisk": "10%",
            "allocations": {"acme-sla-voice": "40%", "acme-sla-chat": "40%",
                            "globex-sla-voice": "40%", "globex-sla-chat": "40%"},
            "bonusCap": "5%",
            "earnBackPeriods": 2
          },
          "terms": [
        """ + String.join(",\n", terms).indent(4) + """
          ],
          "pricing": {
            "model": {
              "type": "per_contact",
              "mode": "graduated",
              "tiers": [
                {"from": 1, "to": 2500, "unitPrice": "EUR 4.20"},
                {"from": 2501, "to": 5000, "unitPrice": "EUR 3.80"},
                {"from": 5001, "unitPrice": "EUR 3.40"}
              ],
              "qualityFloor": true,
              "qaPassThreshold": 75,
              "reopenClause": true
            },
            "minimumCommitment": "EUR 12000.00"
          },
          "triggers": [
            {"name": "acme-csat-remediation", "term": "acme-csat", "atOrWorse": "remediation", "consecutive": 2,
             "action": "remediation_plan_due"},
            {"name": "acme-chat-watch", "term": "acme-sla-chat", "atOrWorse": "penalty", "anyOf": {"m": 2, "k": 3},
             "action": "remediation_plan_due"},
            {"name": "globex-csat-exit", "term": "globex-csat", "atOrWorse": "penalty", "consecutive": 2,
             "rollUp": "quarter", "action": "exit_right"}
          ]
        }
        """;
  }

  /** The term names' prefix of a partner: {@code acme}, {@code globex}. */
  static String termPrefix(Vendor partner) {
    return partner.id.substring(0, partner.id.indexOf('-'));
  }
}
