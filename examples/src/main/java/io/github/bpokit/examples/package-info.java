/**
 * Short runnable programs, one per use case, written against the exported API only; each is executed by a test
 * that checks its output, so that none can rot.
 *
 * <ul>
 *   <li>{@link io.github.bpokit.examples.ScorecardFromList}: a scorecard from a list of interactions, whole and per
 *       channel: CSAT with its 95% interval, first-contact resolution;
 *   <li>{@link io.github.bpokit.examples.BusinessHoursDueDates}: SLA due dates on a business calendar (holidays, a
 *       Friday-afternoon ticket due Monday), and the SLA timers of a ticket's timeline;
 *   <li>{@link io.github.bpokit.examples.BandedCsatTerm}: the banded CSAT term of SPEC §5 over six months, with
 *       bonuses, credits, the explanation lines and a trigger;
 *   <li>{@link io.github.bpokit.examples.InvoiceWithTiersAndCredits}: an invoice with graduated tiers, a minimum
 *       commitment true-up and SLA credit and bonus lines;
 *   <li>{@link io.github.bpokit.examples.ErlangCStaffing}: Erlang C agents for a service level, shrinkage, and a
 *       staffing plan by half hour;
 *   <li>{@link io.github.bpokit.examples.ParallelScorecard}: a scorecard on a parallel stream, equal to the
 *       sequential one;
 *   <li>{@code ModelComparisonExample}: the cost of one volume under each pricing model.
 * </ul>
 *
 * <p>Run one with {@code java -cp examples/target/examples.jar io.github.bpokit.examples.ErlangCStaffing} after
 * {@code mvn -B -q -pl examples -am package -DskipTests}; see {@code examples/README.md}.
 */
@NullMarked
package io.github.bpokit.examples;

import org.jspecify.annotations.NullMarked;
