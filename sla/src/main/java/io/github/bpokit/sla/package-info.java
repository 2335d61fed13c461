/**
 * SLA timers on ticket timelines (SPEC section 3); contract terms (section 5) are in
 * {@link io.github.bpokit.sla.terms}.
 *
 * <ul>
 *   <li>{@link io.github.bpokit.sla.Ticket}: a ticket's attributes and its timeline of
 *       {@link io.github.bpokit.sla.TicketEvent}s, validated as it is built
 *       ({@link io.github.bpokit.sla.TimelineException});
 *   <li>{@link io.github.bpokit.sla.SlaPolicy}: a condition, a business calendar and targets per
 *       {@link io.github.bpokit.sla.SlaMetric} and priority;
 *   <li>{@link io.github.bpokit.sla.SlaClock}: ordered policies; evaluates a ticket's six timers, finally or as of an
 *       instant, into a {@link io.github.bpokit.sla.TicketEvaluation} of
 *       {@link io.github.bpokit.sla.TimerResult}s;
 *   <li>{@link io.github.bpokit.sla.SlaAdherenceAccumulator}: adherence per metric and segment, mergeable, into an
 *       {@link io.github.bpokit.sla.SlaAdherence}.
 * </ul>
 *
 * <pre>{@code
 * SlaClock clock = SlaClock.builder()
 *     .policy(SlaPolicy.builder("email").channels(Channel.EMAIL)
 *         .calendar(BusinessCalendar.parse("Mon-Fri 09:00-17:00"))
 *         .target(SlaMetric.FIRST_REPLY, Duration.ofHours(4))
 *         .target(SlaMetric.RESOLUTION, Duration.ofHours(40))
 *         .build())
 *     .build();
 * SlaAdherenceAccumulator adherence = new SlaAdherenceAccumulator(Segmentation.parse("channel"));
 * for (Ticket ticket : tickets) {
 *   adherence.add(clock.evaluate(ticket, asOf));
 * }
 * adherence.snapshot().adherence(SlaMetric.FIRST_REPLY);  // e.g. 180/200, with its Wilson interval
 * }</pre>
 */
@NullMarked
package io.github.bpokit.sla;

import org.jspecify.annotations.NullMarked;
