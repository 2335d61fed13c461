package io.github.bpokit.cli.demo;

/**
 * Who handles the demo month's contacts, with the traits that give each its own results: the in-house team and two
 * partners of visibly different quality. {@code acme-bpo} runs its chat queue too lean (chat waits twice as long: it
 * misses the chat first-response band) and resolves less (more repeat contacts, lower CSAT, inflated self-scored QA);
 * {@code globex-cx} is the best of the three (its CSAT earns the bonus band).
 */
enum Vendor {
  INHOUSE("inhouse", "ih-", 14, 0.85, 20, 1.5, 0.78, 0.88, 0.05, 86, 1.0),
  ACME("acme-bpo", "acme-", 18, 0.85, 52, 2.2, 0.69, 0.86, 0.09, 83, 6.0),
  GLOBEX("globex-cx", "gx-", 16, 0.85, 24, 1.8, 0.80, 0.935, 0.04, 88, 1.5);

  /** The vendor column's value. */
  final String id;
  /** The agent id prefix, e.g. {@code acme-} for {@code acme-017}. */
  final String agentPrefix;
  /** How many agents work the month's contacts. */
  final int agents;
  /** The voice service level (within 20 s) the vendor schedules its agents for. */
  final double voiceTarget;
  /** The median chat queue wait before a person answers, seconds. */
  final double chatWaitMedian;
  /** The median first response on asynchronous channels, business hours of the agents' calendar. */
  final double asyncResponseHours;
  /** The share of human contacts resolved. */
  final double resolveRate;
  /** The share of CSAT answers of 4 or 5 from customers whose contact was resolved without a long wait. */
  final double satisfied;
  /** The share of resolved contacts whose ticket is reopened. */
  final double reopenRate;
  /** The mean QA score the vendor's own reviewers give. */
  final double qaMean;
  /** How many points the vendor's reviewers score above the client's on the same contact. */
  final double qaBias;

  Vendor(String id, String agentPrefix, int agents, double voiceTarget, double chatWaitMedian,
      double asyncResponseHours, double resolveRate, double satisfied, double reopenRate, double qaMean,
      double qaBias) {
    this.id = id;
    this.agentPrefix = agentPrefix;
    this.agents = agents;
    this.voiceTarget = voiceTarget;
    this.chatWaitMedian = chatWaitMedian;
    this.asyncResponseHours = asyncResponseHours;
    this.resolveRate = resolveRate;
    this.satisfied = satisfied;
    this.reopenRate = reopenRate;
    this.qaMean = qaMean;
    this.qaBias = qaBias;
  }
}
