package io.github.bpokit.core.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One customer contact on one channel: a call, a chat, an email thread, a social or WhatsApp conversation (SPEC §1).
 * It is the unit every KPI counts. Values are immutable and validated once, when built: a {@link ValidationException}
 * lists every broken rule of SPEC §1.1, each naming the field (by its CSV column name) and the value.
 *
 * <pre>{@code
 * Interaction call = Interaction.builder()
 *     .interactionId("i-1")
 *     .customerId("c-9")
 *     .channel(Channel.VOICE)
 *     .category("billing")
 *     .createdAt(Instant.parse("2026-10-01T09:30:00Z"))
 *     .answeredAt(Instant.parse("2026-10-01T09:30:18Z"))
 *     .endedAt(Instant.parse("2026-10-01T09:36:00Z"))
 *     .waitSeconds(18).talkSeconds(280).wrapSeconds(45)
 *     .outcome(Outcome.RESOLVED)
 *     .csat(5)
 *     .build();
 * call.handleTimeSeconds();  // 325
 * call.firstResponseTime();  // Optional[PT18S]
 * }</pre>
 *
 * <p>Text fields are stripped of surrounding white space; optional text fields, when present, must not be blank.
 * Cross-row rules (a duplicate {@code interaction_id}) are checked by whoever reads many rows, such as the CLI's
 * CSV reader.
 */
@Value.Immutable
public abstract class Interaction implements Serializable {
  private static final long serialVersionUID = 1L;

  Interaction() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Interaction}s; {@link #build()} throws a {@link ValidationException} listing every problem. The
   * setters of required fields accept {@code null}, meaning unset, so that a missing field is reported with the
   * others; {@code null} given for {@code priority}, {@code tier} or {@code handledBy} is a programming error, and
   * {@link #build()} throws a {@link NullPointerException} naming it.
   *
   * <pre>{@code
   * Interaction.builder().interactionId("i-1").customerId("c-1").channel(Channel.CHAT).category("billing")
   *     .createdAt(Instant.parse("2026-10-01T09:00:00Z")).outcome(Outcome.ABANDONED).waitSeconds(75).build();
   * }</pre>
   */
  public static final class Builder extends ImmutableInteraction.Builder {
    Builder() {}
  }

  /** Returns the identifier, unique within one input (column {@code interaction_id}). */
  public abstract String interactionId();

  /** Returns the ticket this interaction belongs to, if any (column {@code ticket_id}). */
  public abstract Optional<String> ticketId();

  /** Returns who contacted; used for repeat-contact detection (column {@code customer_id}). */
  public abstract String customerId();

  /** Returns the channel (column {@code channel}). */
  public abstract Channel channel();

  /** Returns the interaction type, e.g. {@code order_status} (column {@code category}; case-sensitive). */
  public abstract String category();

  /** Returns the BCP-47 language tag, e.g. {@code en}, if known (column {@code language}). */
  public abstract Optional<String> language();

  /** Returns the priority (column {@code priority}); {@link Priority#NORMAL} when not given. */
  @Value.Default
  public Priority priority() {
    return Priority.NORMAL;
  }

  /** Returns who handled it, {@code inhouse} or a partner's name, if known (column {@code vendor}). */
  public abstract Optional<String> vendor();

  /** Returns the agent, if a person handled it (column {@code agent_id}). */
  public abstract Optional<String> agentId();

  /** Returns the support tier (column {@code tier}); {@link Tier#L1} when not given. */
  @Value.Default
  public Tier tier() {
    return Tier.L1;
  }

  /** Returns when the contact was created (column {@code created_at}). */
  public abstract Instant createdAt();

  /** Returns the first response by the support side, agent or bot, if any (column {@code answered_at}). */
  public abstract Optional<Instant> answeredAt();

  /** Returns when the contact ended or was resolved; empty while still open (column {@code ended_at}). */
  public abstract Optional<Instant> endedAt();

  /** Returns the queue wait before answer or abandonment, in seconds (column {@code wait_seconds}; default 0). */
  @Value.Default
  public long waitSeconds() {
    return 0;
  }

  /** Returns the time spent talking or writing, in seconds (column {@code talk_seconds}; default 0). */
  @Value.Default
  public long talkSeconds() {
    return 0;
  }

  /** Returns the hold time, in seconds (column {@code hold_seconds}; default 0). */
  @Value.Default
  public long holdSeconds() {
    return 0;
  }

  /** Returns the after-contact work, in seconds (column {@code wrap_seconds}; default 0). */
  @Value.Default
  public long wrapSeconds() {
    return 0;
  }

  /** Returns how the contact ended (column {@code outcome}). */
  public abstract Outcome outcome();

  /** Returns who handled it (column {@code handled_by}); {@link HandledBy#HUMAN} when not given. */
  @Value.Default
  public HandledBy handledBy() {
    return HandledBy.HUMAN;
  }

  /** Returns the satisfaction survey answer, 1 to 5, if any (column {@code csat}). */
  public abstract OptionalInt csat();

  /** Returns the likelihood-to-recommend answer, 0 to 10, if any (column {@code nps}). */
  public abstract OptionalInt nps();

  /** Returns the customer effort score answer, 1 to 7, if any (column {@code ces}). */
  public abstract OptionalInt ces();

  /** Returns the QA score, 0 to 100, given by the partner's (or in-house) reviewer (column {@code qa_partner}). */
  public abstract OptionalDouble qaPartner();

  /** Returns the QA score, 0 to 100, given by the client's reviewer for calibration (column {@code qa_client}). */
  public abstract OptionalDouble qaClient();

  /** Returns how many times the ticket was reopened after this contact resolved it (column {@code reopened}). */
  @Value.Default
  public int reopened() {
    return 0;
  }

  // ---- derived quantities (SPEC §1.2) ----

  /** Returns whether the contact was handled: its outcome is not {@link Outcome#ABANDONED}. */
  public final boolean isHandled() {
    return outcome() != Outcome.ABANDONED;
  }

  /** Returns whether a person answered it: {@code answered_at} is present and it was not handled by a bot alone. */
  public final boolean isHumanAnswered() {
    return answeredAt().isPresent() && handledBy() != HandledBy.BOT;
  }

  /** Returns the handle time in seconds: talk + hold + wrap (validation makes sure the sum fits in a long). */
  public final long handleTimeSeconds() {
    return talkSeconds() + holdSeconds() + wrapSeconds();
  }

  /** Returns the first-response time in calendar time, {@code answered_at − created_at}, when answered. */
  public final Optional<Duration> firstResponseTime() {
    return answeredAt().map(answered -> Duration.between(createdAt(), answered));
  }

  /** Returns the resolution time, {@code ended_at − created_at}, for a {@link Outcome#RESOLVED} contact that ended. */
  public final Optional<Duration> resolutionTime() {
    return outcome() == Outcome.RESOLVED
        ? endedAt().map(ended -> Duration.between(createdAt(), ended))
        : Optional.empty();
  }

  // ---- validation (SPEC §1.1) ----

  @Value.Check
  final Interaction validate() {
    // With validationMethod NONE, Immutables also lets null through the setters (and withers) of the defaulted
    // attributes. Unlike an unset required field that is no data problem but a broken call: fail as for any null
    // argument, before such a value can reach equals, hashCode or a KPI.
    requireNonNull(nullable(priority()), "priority must not be null; leave it unset for the default NORMAL");
    requireNonNull(nullable(tier()), "tier must not be null; leave it unset for the default L1");
    requireNonNull(nullable(handledBy()), "handled_by must not be null; leave it unset for the default HUMAN");
    if (isValidAsIs()) {
      return this; // the common case, checked without allocating: the rules below would find nothing to report
    }
    List<Problem> problems = new ArrayList<>(0);
    @Nullable String id = required(problems, "interaction_id", interactionId());
    @Nullable String customer = required(problems, "customer_id", customerId());
    if (nullable(channel()) == null) {
      problems.add(Problem.missing("channel"));
    }
    @Nullable String cat = required(problems, "category", category());
    @Nullable Instant created = nullable(createdAt());
    if (created == null) {
      problems.add(Problem.missing("created_at"));
    }
    @Nullable Outcome outcome = nullable(outcome());
    if (outcome == null) {
      problems.add(Problem.missing("outcome"));
    }
    notBlank(problems, "ticket_id", ticketId());
    notBlank(problems, "language", language());
    notBlank(problems, "vendor", vendor());
    notBlank(problems, "agent_id", agentId());
    language().map(String::strip).filter(tag -> !tag.isEmpty() && !isWellFormedLanguageTag(tag))
        .ifPresent(tag -> problems.add(Problem.of("language", tag, "is not a well-formed BCP-47 language tag")));

    Optional<Instant> answered = answeredAt();
    Optional<Instant> ended = endedAt();
    if (created != null) {
      answered.filter(a -> a.isBefore(created)).ifPresent(a -> problems.add(
          Problem.of("answered_at", a.toString(), "must not be before created_at " + created)));
      ended.filter(e -> e.isBefore(created)).ifPresent(e -> problems.add(
          Problem.of("ended_at", e.toString(), "must not be before created_at " + created)));
    }
    if (answered.isPresent() && ended.isPresent() && ended.get().isBefore(answered.get())) {
      problems.add(Problem.of("ended_at", ended.get().toString(),
          "must not be before answered_at " + answered.get()));
    }

    nonNegative(problems, "wait_seconds", waitSeconds());
    nonNegative(problems, "talk_seconds", talkSeconds());
    nonNegative(problems, "hold_seconds", holdSeconds());
    nonNegative(problems, "wrap_seconds", wrapSeconds());
    handleTimeFits(problems, talkSeconds(), holdSeconds(), wrapSeconds());
    nonNegative(problems, "reopened", reopened());
    inRange(problems, "csat", csat(), 1, 5);
    inRange(problems, "nps", nps(), 0, 10);
    inRange(problems, "ces", ces(), 1, 7);
    inRange(problems, "qa_partner", qaPartner());
    inRange(problems, "qa_client", qaClient());

    if (outcome == Outcome.ABANDONED && answered.isPresent()) {
      problems.add(Problem.of("answered_at", answered.get().toString(),
          "must be empty when outcome is ABANDONED (an abandoned contact was never answered)"));
    }
    if (outcome == Outcome.BOT_CONTAINED && handledBy() == HandledBy.HUMAN) {
      problems.add(Problem.of("handled_by", HandledBy.HUMAN.name(),
          "must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("interaction " + (id == null ? "(no interaction_id)" : id), problems);
    }
    if (id.equals(interactionId()) && customer.equals(customerId()) && cat.equals(category())
        && isStripped(ticketId()) && isStripped(language()) && isStripped(vendor()) && isStripped(agentId())) {
      return this;
    }
    return builder().from(this).interactionId(id).customerId(customer).category(cat)
        .ticketId(ticketId().map(String::strip)).language(language().map(String::strip))
        .vendor(vendor().map(String::strip)).agentId(agentId().map(String::strip))
        .build();
  }

  /**
   * Returns true only when {@link #validate()} would find no problem and return this instance unchanged: every rule
   * holds and every text is already stripped. It allocates nothing (the accessors' {@code Optional}s do not escape), so
   * that a valid value costs a few comparisons; any doubt returns false and leaves the verdict to the full checks.
   * {@link InteractionRecord#isValid()} checks the same rules on a record's fields: a rule changed here changes there
   * ({@code InteractionRecordTest} checks the record's answer against this builder on random records).
   */
  private boolean isValidAsIs() {
    if (!isStrippedText(interactionId()) || !isStrippedText(customerId()) || !isStrippedText(category())
        || nullable(channel()) == null || !isStrippedOptional(ticketId().orElse(null))
        || !isStrippedOptional(vendor().orElse(null)) || !isStrippedOptional(agentId().orElse(null))) {
      return false;
    }
    @Nullable String tag = language().orElse(null);
    if (tag != null && !(isStrippedText(tag) && isWellFormedLanguageTag(tag))) {
      return false;
    }
    @Nullable Instant created = nullable(createdAt());
    @Nullable Outcome outcome = nullable(outcome());
    if (created == null || outcome == null) {
      return false;
    }
    @Nullable Instant answered = answeredAt().orElse(null);
    @Nullable Instant ended = endedAt().orElse(null);
    if ((answered != null && answered.isBefore(created)) || (ended != null && ended.isBefore(created))
        || (answered != null && ended != null && ended.isBefore(answered))) {
      return false;
    }
    long talk = talkSeconds();
    long hold = holdSeconds();
    long wrap = wrapSeconds();
    if (waitSeconds() < 0 || talk < 0 || hold < 0 || wrap < 0 || talk + hold < 0 || talk + hold + wrap < 0
        || reopened() < 0) {
      return false;
    }
    if (!isInRange(csat(), 1, 5) || !isInRange(nps(), 0, 10) || !isInRange(ces(), 1, 7)
        || !isInRange(qaPartner()) || !isInRange(qaClient())) {
      return false;
    }
    return !(outcome == Outcome.ABANDONED && answered != null)
        && !(outcome == Outcome.BOT_CONTAINED && handledBy() == HandledBy.HUMAN);
  }

  /**
   * Returns whether the text is present, not blank and has no white space at either end. Looking at the two end
   * characters is enough: {@link String#strip()} and {@link String#isBlank()} only remove or see
   * {@link Character#isWhitespace} code points, all of which are single {@code char}s.
   */
  static boolean isStrippedText(@Nullable String text) {
    int length = text == null ? 0 : text.length();
    return length > 0 && isNotWhitespace(text.charAt(0)) && isNotWhitespace(text.charAt(length - 1));
  }

  /** {@code !Character.isWhitespace(c)}, answered without a look-up for the printable ASCII characters. */
  private static boolean isNotWhitespace(char c) {
    return (c > ' ' && c < 0x7F) || !Character.isWhitespace(c);
  }

  private static boolean isStrippedOptional(@Nullable String text) {
    return text == null || isStrippedText(text);
  }

  private static boolean isInRange(OptionalInt value, int min, int max) {
    return value.isEmpty() || (value.getAsInt() >= min && value.getAsInt() <= max);
  }

  private static boolean isInRange(OptionalDouble value) {
    return value.isEmpty() || (value.getAsDouble() >= 0 && value.getAsDouble() <= 100);
  }

  private static boolean isStripped(Optional<String> text) {
    return text.isEmpty() || text.get().length() == text.get().strip().length();
  }

  /** Immutables leaves unset mandatory attributes null (validation is ours); this makes that visible to readers. */
  private static <T> @Nullable T nullable(@Nullable T value) {
    return value;
  }

  private static @Nullable String required(List<Problem> problems, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      problems.add(value == null ? Problem.missing(field) : Problem.of(field, value, "must not be blank"));
      return null;
    }
    return value.strip();
  }

  private static void notBlank(List<Problem> problems, String field, Optional<String> value) {
    value.filter(String::isBlank).ifPresent(v -> problems.add(
        Problem.of(field, v, "must not be blank when present (leave it empty instead)")));
  }

  /**
   * Well-formed tags seen recently, by hash. Parsing a tag with {@link Locale.Builder} costs far more than the rest of
   * the validation, and an input uses a handful of tags on millions of rows; the answer depends on the text alone, so
   * it is remembered. Unsynchronized on purpose: a slot holds some well-formed tag or null, and a {@code String} is
   * safely published whoever reads it; a lost write only costs a parse.
   */
  private static final String[] WELL_FORMED_TAGS = new String[256];

  static boolean isWellFormedLanguageTag(String tag) {
    int slot = tag.hashCode() & (WELL_FORMED_TAGS.length - 1);
    String known = WELL_FORMED_TAGS[slot];
    if (known == tag || tag.equals(known)) {
      return true;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
    } catch (IllformedLocaleException e) {
      return false;
    }
    if (tag.length() <= 64) {
      WELL_FORMED_TAGS[slot] = tag;
    }
    return true;
  }

  private static void nonNegative(List<Problem> problems, String field, long value) {
    if (value < 0) {
      problems.add(Problem.of(field, Long.toString(value), "must not be negative"));
    }
  }

  /**
   * Each part may be valid alone and their sum, {@link #handleTimeSeconds()}, still overflow and turn negative; names
   * the largest part.
   */
  private static void handleTimeFits(List<Problem> problems, long talk, long hold, long wrap) {
    if (talk >= 0 && hold >= 0 && wrap >= 0 && (talk + hold < 0 || talk + hold + wrap < 0)) {
      long largest = Math.max(talk, Math.max(hold, wrap));
      String field = largest == talk ? "talk_seconds" : largest == hold ? "hold_seconds" : "wrap_seconds";
      problems.add(Problem.of(field, Long.toString(largest), "makes the handle time talk_seconds + hold_seconds"
          + " + wrap_seconds = " + talk + " + " + hold + " + " + wrap + " exceed " + Long.MAX_VALUE + " seconds"));
    }
  }

  private static void inRange(List<Problem> problems, String field, OptionalInt value, int min, int max) {
    if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
      problems.add(Problem.of(field, Integer.toString(value.getAsInt()),
          "must be between " + min + " and " + max));
    }
  }

  /** A score as its reader wrote it: {@code -1} rather than {@code -1.0}; NaN and infinities by name. */
  private static String formatScore(double score) {
    return Double.isFinite(score) ? BigDecimal.valueOf(score).stripTrailingZeros().toPlainString()
        : Double.toString(score);
  }

  private static void inRange(List<Problem> problems, String field, OptionalDouble value) {
    if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 100)) {
      problems.add(Problem.of(field, formatScore(value.getAsDouble()), "must be between 0 and 100"));
    }
  }
}
