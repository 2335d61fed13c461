/**
 * Seedable, framework-neutral generators of valid and deliberately invalid bpokit values, for the tests of builds
 * that embed bpokit: {@link io.github.bpokit.core.model.Interaction}s with a realistic mix, ticket timelines for
 * {@link io.github.bpokit.sla.Ticket}, {@link io.github.bpokit.core.time.BusinessCalendar}s and
 * {@link io.github.bpokit.core.money.Money} amounts, plus values that break one named rule each
 * ({@link io.github.bpokit.testing.InvalidInteraction}, {@link io.github.bpokit.testing.InvalidTimeline}) and the
 * CSV forms of both ({@link io.github.bpokit.testing.InteractionCsv}, {@link io.github.bpokit.testing.TicketEventCsv}).
 *
 * <p>A {@link io.github.bpokit.testing.Generator} draws every choice from a
 * {@link io.github.bpokit.testing.RandomSource}, so a seed, any {@link java.util.random.RandomGenerator} or a
 * property-testing library's source of randomness can drive it:
 *
 * <pre>{@code
 * List<Interaction> log = Generators.interactions().channels(Channel.VOICE, Channel.CHAT).customers(50)
 *     .sample(42, 10_000);                                            // the same list for the same seed
 * // QuickTheories, in one line (draws shrink towards each range's minimum, i.e. towards simpler values):
 * Gen<Interaction> gen = in -> Generators.interactions().next((min, max) -> in.next(Constraint.between(min, max)));
 * }</pre>
 */
@NullMarked
package io.github.bpokit.testing;

import org.jspecify.annotations.NullMarked;
