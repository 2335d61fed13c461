package io.github.bpokit.testing;

/**
 * The rules of SPEC §1.1 that one interaction can break, each checked by {@code Interaction.Builder.build()}. The
 * rules that need more than one value or a text form (a duplicate {@code interaction_id}, an unknown enum name, a
 * malformed number or instant) belong to whoever reads many rows, such as a CSV reader, and are not here.
 *
 * <pre>{@code
 * InvalidInteraction bad = Generators.invalidInteractions().rules(InteractionRule.ENDED_BEFORE_ANSWERED).next(3);
 * bad.problem();  // ended_at '2026-10-04T08:10:00Z': must not be before answered_at 2026-10-04T08:12:30Z
 * }</pre>
 */
public enum InteractionRule {
  /** A required field is missing: interaction_id, customer_id, channel, category, created_at or outcome. */
  MISSING_REQUIRED_FIELD,
  /**
   * A text is blank: a required one (interaction_id, customer_id, category) or an optional one that is present
   * (ticket_id, language, vendor, agent_id). A CSV reader takes a blank cell as absent, so this rule has no CSV form.
   */
  BLANK_TEXT,
  /** language is not a well-formed BCP-47 tag, e.g. {@code en_US}. */
  MALFORMED_LANGUAGE,
  /** answered_at is before created_at. */
  ANSWERED_BEFORE_CREATED,
  /** ended_at is before created_at. */
  ENDED_BEFORE_CREATED,
  /** ended_at is before answered_at. */
  ENDED_BEFORE_ANSWERED,
  /** wait_seconds, talk_seconds, hold_seconds or wrap_seconds is negative. */
  NEGATIVE_DURATION,
  /** reopened is negative. */
  NEGATIVE_REOPENED,
  /** talk_seconds + hold_seconds + wrap_seconds, each valid alone, exceeds {@code Long.MAX_VALUE}. */
  HANDLE_TIME_OVERFLOW,
  /** csat outside 1..5, nps outside 0..10, ces outside 1..7, or qa_partner or qa_client outside 0..100. */
  SCORE_OUT_OF_RANGE,
  /** outcome ABANDONED with answered_at set. */
  ABANDONED_ANSWERED,
  /** outcome BOT_CONTAINED with handled_by HUMAN (given or by default). */
  BOT_CONTAINED_BY_HUMAN
}
