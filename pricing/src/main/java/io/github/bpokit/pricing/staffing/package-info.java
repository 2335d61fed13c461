/**
 * Staffing math (SPEC §6): how many agents a volume needs, to price per-FTE and hybrid models and to compare them.
 *
 * <ul>
 *   <li>{@link io.github.bpokit.pricing.staffing.ErlangC}: the M/M/N queue (no abandonment): probability of waiting,
 *       service level, average speed of answer, occupancy, and the minimum agents for a {@link
 *       io.github.bpokit.pricing.staffing.ServiceTarget}; computed with the numerically stable Erlang-B recursion,
 *       exact to 1e-9 for traffic up to 10,000 erlangs;
 *   <li>{@link io.github.bpokit.pricing.staffing.ErlangA}: the M/M/N+M queue (callers abandon after an exponential
 *       patience), with the probability of abandoning;
 *   <li>{@link io.github.bpokit.pricing.staffing.WorkloadStaffing}: email and back office (no queueing: volume times
 *       handle time over productive hours, plus backlog clearance);
 *   <li>{@link io.github.bpokit.pricing.staffing.ChatConcurrency}: the effective handle time of agents serving several
 *       chats at once;
 *   <li>{@link io.github.bpokit.pricing.staffing.StaffingPlan}: agents per forecast interval and FTE per day;
 *   <li>{@link io.github.bpokit.pricing.staffing.Shrinkage}: from the agents on the phones to the agents on the
 *       schedule.
 * </ul>
 *
 * <p>Every type is an immutable, validated value: bad input (negative arrivals, a handle time of zero, a shrinkage of
 * 100%, ...) is rejected with an {@link IllegalArgumentException} naming the value; {@code null} is rejected with a
 * {@link NullPointerException}; absent results are {@code Optional}.
 *
 * <pre>{@code
 * ErlangC queue = ErlangC.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180)); // 10 erlangs
 * QueueMetrics staffed = queue.minimumAgents(ServiceTarget.of(0.80, Duration.ofSeconds(20)));
 * staffed.agents();                                // 14
 * staffed.serviceLevel();                          // 0.8884
 * staffed.scheduledAgents(Shrinkage.of(0.30));     // 20
 * }</pre>
 */
@NullMarked
package io.github.bpokit.pricing.staffing;

import org.jspecify.annotations.NullMarked;
