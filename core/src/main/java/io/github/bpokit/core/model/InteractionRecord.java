package io.github.bpokit.core.model;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one interaction in a mutable, reusable holder: for streaming millions of rows into an accumulator
 * without building an {@link Interaction} for each (a reader fills one record per row, the accumulator reads it
 * before the next). The fields, their defaults and their rules are those of {@link Interaction} (SPEC §1); instants
 * are held as an epoch second and a nanosecond, scores and optional numbers with a flag saying whether they are
 * present, text as given.
 *
 * <pre>{@code
 * InteractionRecord row = new InteractionRecord();
 * ScorecardAccumulator acc = scorecard.newAccumulator();
 * while (rows.next()) {
 *   row.clear()
 *       .interactionId(rows.getString("id")).customerId(rows.getString("customer"))
 *       .channel(Channel.CHAT).category(rows.getString("category"))
 *       .createdAt(rows.getLong("created_epoch"), 0)
 *       .outcome(Outcome.RESOLVED);
 *   acc.add(row);  // checked as Interaction.builder()...build() checks: a ValidationException lists the problems
 * }
 * }</pre>
 *
 * <p>Not thread-safe, not a value: no {@code equals}, and whoever holds a record may change it. {@link #isValid()}
 * says, in a few comparisons, whether {@link #toInteraction()} would build an interaction with exactly these values;
 * consumers that skip building one (such as {@code ScorecardAccumulator.add(InteractionRecord)}) build it only when
 * it says no, for the {@link ValidationException} or for the stripped text.
 */
public final class InteractionRecord {
  private static final int CREATED = 1;
  private static final int ANSWERED = 1 << 1;
  private static final int ENDED = 1 << 2;
  private static final int CSAT = 1 << 3;
  private static final int NPS = 1 << 4;
  private static final int CES = 1 << 5;
  private static final int QA_PARTNER = 1 << 6;
  private static final int QA_CLIENT = 1 << 7;
  private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
  private static final long MAX_SECOND = Instant.MAX.getEpochSecond();

  private @Nullable String interactionId;
  private @Nullable String ticketId;
  private @Nullable String customerId;
  private @Nullable Channel channel;
  private @Nullable String category;
  private @Nullable String language;
  private Priority priority = Priority.NORMAL;
  private @Nullable String vendor;
  private @Nullable String agentId;
  private Tier tier = Tier.L1;
  private long createdSecond;
  private int createdNano;
  private long answeredSecond;
  private int answeredNano;
  private long endedSecond;
  private int endedNano;
  private long waitSeconds;
  private long talkSeconds;
  private long holdSeconds;
  private long wrapSeconds;
  private @Nullable Outcome outcome;
  private HandledBy handledBy = HandledBy.HUMAN;
  private int csat;
  private int nps;
  private int ces;
  private double qaPartner;
  private double qaClient;
  private int reopened;
  /** Which of the optional fields are present: the bits above. */
  private int present;
  /** The last {@link #isValid()} said true, and no field was set since: every setter clears it. */
  private boolean valid;

  /** Returns an empty record: every field unset, or at its default ({@code NORMAL}, {@code L1}, {@code HUMAN}, 0). */
  public InteractionRecord() {}

  /**
   * Unsets every field, back to the state of a new record; start each row with it.
   *
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord clear() {
    valid = false;
    interactionId = null;
    ticketId = null;
    customerId = null;
    channel = null;
    category = null;
    language = null;
    priority = Priority.NORMAL;
    vendor = null;
    agentId = null;
    tier = Tier.L1;
    outcome = null;
    handledBy = HandledBy.HUMAN;
    waitSeconds = 0;
    talkSeconds = 0;
    holdSeconds = 0;
    wrapSeconds = 0;
    reopened = 0;
    present = 0;
    return this;
  }

  /**
   * Sets every field to the interaction's.
   *
   * <pre>{@code
   * new InteractionRecord().from(interaction).toInteraction().equals(interaction);  // true
   * }</pre>
   *
   * @param interaction the interaction
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord from(Interaction interaction) {
    clear();
    interactionId = interaction.interactionId();
    ticketId = interaction.ticketId().orElse(null);
    customerId = interaction.customerId();
    channel = interaction.channel();
    category = interaction.category();
    language = interaction.language().orElse(null);
    priority = interaction.priority();
    vendor = interaction.vendor().orElse(null);
    agentId = interaction.agentId().orElse(null);
    tier = interaction.tier();
    createdAt(interaction.createdAt());
    answeredAt(interaction.answeredAt().orElse(null));
    endedAt(interaction.endedAt().orElse(null));
    waitSeconds = interaction.waitSeconds();
    talkSeconds = interaction.talkSeconds();
    holdSeconds = interaction.holdSeconds();
    wrapSeconds = interaction.wrapSeconds();
    outcome = interaction.outcome();
    handledBy = interaction.handledBy();
    // no lambdas: a method reference bound to this record would be a new object per call
    OptionalInt value = interaction.csat();
    if (value.isPresent()) {
      csat(value.getAsInt());
    }
    value = interaction.nps();
    if (value.isPresent()) {
      nps(value.getAsInt());
    }
    value = interaction.ces();
    if (value.isPresent()) {
      ces(value.getAsInt());
    }
    OptionalDouble score = interaction.qaPartner();
    if (score.isPresent()) {
      qaPartner(score.getAsDouble());
    }
    score = interaction.qaClient();
    if (score.isPresent()) {
      qaClient(score.getAsDouble());
    }
    reopened = interaction.reopened();
    return this;
  }

  /**
   * Sets every field to the other record's: a copy that stays as it is when the other is filled again.
   *
   * @param other the record to copy
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord from(InteractionRecord other) {
    interactionId = other.interactionId;
    ticketId = other.ticketId;
    customerId = other.customerId;
    channel = other.channel;
    category = other.category;
    language = other.language;
    priority = other.priority;
    vendor = other.vendor;
    agentId = other.agentId;
    tier = other.tier;
    createdSecond = other.createdSecond;
    createdNano = other.createdNano;
    answeredSecond = other.answeredSecond;
    answeredNano = other.answeredNano;
    endedSecond = other.endedSecond;
    endedNano = other.endedNano;
    waitSeconds = other.waitSeconds;
    talkSeconds = other.talkSeconds;
    holdSeconds = other.holdSeconds;
    wrapSeconds = other.wrapSeconds;
    outcome = other.outcome;
    handledBy = other.handledBy;
    csat = other.csat;
    nps = other.nps;
    ces = other.ces;
    qaPartner = other.qaPartner;
    qaClient = other.qaClient;
    reopened = other.reopened;
    present = other.present;
    valid = other.valid;
    return this;
  }

  // ---- setters: as Interaction.Builder's; null unsets a field ----

  /**
   * Sets column {@code interaction_id}.
   *
   * @param value the identifier, or null to unset it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord interactionId(@Nullable String value) {
    valid = false;
    interactionId = value;
    return this;
  }

  /**
   * Sets column {@code ticket_id}.
   *
   * @param value the ticket, or null for none
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord ticketId(@Nullable String value) {
    valid = false;
    ticketId = value;
    return this;
  }

  /**
   * Sets column {@code customer_id}.
   *
   * @param value the customer, or null to unset it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord customerId(@Nullable String value) {
    valid = false;
    customerId = value;
    return this;
  }

  /**
   * Sets column {@code channel}.
   *
   * @param value the channel, or null to unset it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord channel(@Nullable Channel value) {
    valid = false;
    channel = value;
    return this;
  }

  /**
   * Sets column {@code category}.
   *
   * @param value the category, or null to unset it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord category(@Nullable String value) {
    valid = false;
    category = value;
    return this;
  }

  /**
   * Sets column {@code language}, a BCP-47 tag.
   *
   * @param value the tag, or null for none
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord language(@Nullable String value) {
    valid = false;
    language = value;
    return this;
  }

  /**
   * Sets column {@code priority}.
   *
   * @param value the priority
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord priority(Priority value) {
    valid = false;
    priority = requireNonNull(value, "priority");
    return this;
  }

  /**
   * Sets column {@code vendor}.
   *
   * @param value {@code inhouse} or a partner, or null for none
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord vendor(@Nullable String value) {
    valid = false;
    vendor = value;
    return this;
  }

  /**
   * Sets column {@code agent_id}.
   *
   * @param value the agent, or null for none
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord agentId(@Nullable String value) {
    valid = false;
    agentId = value;
    return this;
  }

  /**
   * Sets column {@code tier}.
   *
   * @param value the tier
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord tier(Tier value) {
    valid = false;
    tier = requireNonNull(value, "tier");
    return this;
  }

  /**
   * Sets column {@code created_at}.
   *
   * @param value the instant, or null to unset it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord createdAt(@Nullable Instant value) {
    valid = false;
    if (value == null) {
      present &= ~CREATED;
      return this;
    }
    return createdAt(value.getEpochSecond(), value.getNano());
  }

  /**
   * Sets column {@code created_at} from its parts, as {@link Instant#ofEpochSecond(long, long)} would hold them.
   *
   * @param epochSecond the seconds since 1970-01-01T00:00Z, within {@link Instant}'s range
   * @param nano the nanoseconds within the second, 0 to 999,999,999
   * @return this record
   * @throws IllegalArgumentException when a part is out of range
   */
  @CanIgnoreReturnValue
  public InteractionRecord createdAt(long epochSecond, int nano) {
    valid = false;
    checkInstant(epochSecond, nano);
    createdSecond = epochSecond;
    createdNano = nano;
    present |= CREATED;
    return this;
  }

  /**
   * Sets column {@code answered_at}.
   *
   * @param value the instant, or null for none
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord answeredAt(@Nullable Instant value) {
    valid = false;
    if (value == null) {
      present &= ~ANSWERED;
      return this;
    }
    return answeredAt(value.getEpochSecond(), value.getNano());
  }

  /**
   * Sets column {@code answered_at} from its parts, as {@link #createdAt(long, int)}.
   *
   * @param epochSecond the seconds since 1970-01-01T00:00Z
   * @param nano the nanoseconds within the second
   * @return this record
   * @throws IllegalArgumentException when a part is out of range
   */
  @CanIgnoreReturnValue
  public InteractionRecord answeredAt(long epochSecond, int nano) {
    valid = false;
    checkInstant(epochSecond, nano);
    answeredSecond = epochSecond;
    answeredNano = nano;
    present |= ANSWERED;
    return this;
  }

  /**
   * Sets column {@code ended_at}.
   *
   * @param value the instant, or null for none
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord endedAt(@Nullable Instant value) {
    valid = false;
    if (value == null) {
      present &= ~ENDED;
      return this;
    }
    return endedAt(value.getEpochSecond(), value.getNano());
  }

  /**
   * Sets column {@code ended_at} from its parts, as {@link #createdAt(long, int)}.
   *
   * @param epochSecond the seconds since 1970-01-01T00:00Z
   * @param nano the nanoseconds within the second
   * @return this record
   * @throws IllegalArgumentException when a part is out of range
   */
  @CanIgnoreReturnValue
  public InteractionRecord endedAt(long epochSecond, int nano) {
    valid = false;
    checkInstant(epochSecond, nano);
    endedSecond = epochSecond;
    endedNano = nano;
    present |= ENDED;
    return this;
  }

  private static void checkInstant(long epochSecond, int nano) {
    if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND || nano < 0 || nano > 999_999_999) {
      throw new IllegalArgumentException("not an instant: epoch second " + epochSecond + ", nano " + nano);
    }
  }

  /**
   * Sets column {@code wait_seconds}.
   *
   * @param value the seconds
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord waitSeconds(long value) {
    valid = false;
    waitSeconds = value;
    return this;
  }

  /**
   * Sets column {@code talk_seconds}.
   *
   * @param value the seconds
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord talkSeconds(long value) {
    valid = false;
    talkSeconds = value;
    return this;
  }

  /**
   * Sets column {@code hold_seconds}.
   *
   * @param value the seconds
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord holdSeconds(long value) {
    valid = false;
    holdSeconds = value;
    return this;
  }

  /**
   * Sets column {@code wrap_seconds}.
   *
   * @param value the seconds
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord wrapSeconds(long value) {
    valid = false;
    wrapSeconds = value;
    return this;
  }

  /**
   * Sets column {@code outcome}.
   *
   * @param value the outcome, or null to unset it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord outcome(@Nullable Outcome value) {
    valid = false;
    outcome = value;
    return this;
  }

  /**
   * Sets column {@code handled_by}.
   *
   * @param value who handled it
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord handledBy(HandledBy value) {
    valid = false;
    handledBy = requireNonNull(value, "handledBy");
    return this;
  }

  /**
   * Sets column {@code csat}, present from now on.
   *
   * @param value the answer (1 to 5 to be valid)
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord csat(int value) {
    valid = false;
    csat = value;
    present |= CSAT;
    return this;
  }

  /**
   * Sets column {@code nps}, present from now on.
   *
   * @param value the answer (0 to 10 to be valid)
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord nps(int value) {
    valid = false;
    nps = value;
    present |= NPS;
    return this;
  }

  /**
   * Sets column {@code ces}, present from now on.
   *
   * @param value the answer (1 to 7 to be valid)
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord ces(int value) {
    valid = false;
    ces = value;
    present |= CES;
    return this;
  }

  /**
   * Sets column {@code qa_partner}, present from now on.
   *
   * @param value the score (0 to 100 to be valid)
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord qaPartner(double value) {
    valid = false;
    qaPartner = value;
    present |= QA_PARTNER;
    return this;
  }

  /**
   * Sets column {@code qa_client}, present from now on.
   *
   * @param value the score (0 to 100 to be valid)
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord qaClient(double value) {
    valid = false;
    qaClient = value;
    present |= QA_CLIENT;
    return this;
  }

  /**
   * Sets column {@code reopened}.
   *
   * @param value how many times it was reopened
   * @return this record
   */
  @CanIgnoreReturnValue
  public InteractionRecord reopened(int value) {
    valid = false;
    reopened = value;
    return this;
  }

  // ---- getters ----

  /** Returns column {@code interaction_id}, or null when unset. */
  public @Nullable String interactionId() {
    return interactionId;
  }

  /** Returns column {@code ticket_id}, or null when there is none. */
  public @Nullable String ticketId() {
    return ticketId;
  }

  /** Returns column {@code customer_id}, or null when unset. */
  public @Nullable String customerId() {
    return customerId;
  }

  /** Returns column {@code channel}, or null when unset. */
  public @Nullable Channel channel() {
    return channel;
  }

  /** Returns column {@code category}, or null when unset. */
  public @Nullable String category() {
    return category;
  }

  /** Returns column {@code language}, or null when there is none. */
  public @Nullable String language() {
    return language;
  }

  /** Returns column {@code priority}; {@link Priority#NORMAL} unless set. */
  public Priority priority() {
    return priority;
  }

  /** Returns column {@code vendor}, or null when there is none. */
  public @Nullable String vendor() {
    return vendor;
  }

  /** Returns column {@code agent_id}, or null when there is none. */
  public @Nullable String agentId() {
    return agentId;
  }

  /** Returns column {@code tier}; {@link Tier#L1} unless set. */
  public Tier tier() {
    return tier;
  }

  /** Returns whether column {@code created_at} is set. */
  public boolean hasCreatedAt() {
    return (present & CREATED) != 0;
  }

  /** Returns the epoch second of {@code created_at}; meaningful when {@link #hasCreatedAt()}. */
  public long createdAtEpochSecond() {
    return createdSecond;
  }

  /** Returns the nanosecond within the second of {@code created_at}; meaningful when {@link #hasCreatedAt()}. */
  public int createdAtNano() {
    return createdNano;
  }

  /** Returns whether column {@code answered_at} is present. */
  public boolean hasAnsweredAt() {
    return (present & ANSWERED) != 0;
  }

  /** Returns the epoch second of {@code answered_at}; meaningful when {@link #hasAnsweredAt()}. */
  public long answeredAtEpochSecond() {
    return answeredSecond;
  }

  /** Returns the nanosecond within the second of {@code answered_at}; meaningful when {@link #hasAnsweredAt()}. */
  public int answeredAtNano() {
    return answeredNano;
  }

  /** Returns whether column {@code ended_at} is present. */
  public boolean hasEndedAt() {
    return (present & ENDED) != 0;
  }

  /** Returns the epoch second of {@code ended_at}; meaningful when {@link #hasEndedAt()}. */
  public long endedAtEpochSecond() {
    return endedSecond;
  }

  /** Returns the nanosecond within the second of {@code ended_at}; meaningful when {@link #hasEndedAt()}. */
  public int endedAtNano() {
    return endedNano;
  }

  /** Returns column {@code wait_seconds}; 0 unless set. */
  public long waitSeconds() {
    return waitSeconds;
  }

  /** Returns column {@code talk_seconds}; 0 unless set. */
  public long talkSeconds() {
    return talkSeconds;
  }

  /** Returns column {@code hold_seconds}; 0 unless set. */
  public long holdSeconds() {
    return holdSeconds;
  }

  /** Returns column {@code wrap_seconds}; 0 unless set. */
  public long wrapSeconds() {
    return wrapSeconds;
  }

  /** Returns column {@code outcome}, or null when unset. */
  public @Nullable Outcome outcome() {
    return outcome;
  }

  /** Returns column {@code handled_by}; {@link HandledBy#HUMAN} unless set. */
  public HandledBy handledBy() {
    return handledBy;
  }

  /** Returns whether column {@code csat} is present. */
  public boolean hasCsat() {
    return (present & CSAT) != 0;
  }

  /** Returns column {@code csat}; meaningful when {@link #hasCsat()}. */
  public int csat() {
    return csat;
  }

  /** Returns whether column {@code nps} is present. */
  public boolean hasNps() {
    return (present & NPS) != 0;
  }

  /** Returns column {@code nps}; meaningful when {@link #hasNps()}. */
  public int nps() {
    return nps;
  }

  /** Returns whether column {@code ces} is present. */
  public boolean hasCes() {
    return (present & CES) != 0;
  }

  /** Returns column {@code ces}; meaningful when {@link #hasCes()}. */
  public int ces() {
    return ces;
  }

  /** Returns whether column {@code qa_partner} is present. */
  public boolean hasQaPartner() {
    return (present & QA_PARTNER) != 0;
  }

  /** Returns column {@code qa_partner}; meaningful when {@link #hasQaPartner()}. */
  public double qaPartner() {
    return qaPartner;
  }

  /** Returns whether column {@code qa_client} is present. */
  public boolean hasQaClient() {
    return (present & QA_CLIENT) != 0;
  }

  /** Returns column {@code qa_client}; meaningful when {@link #hasQaClient()}. */
  public double qaClient() {
    return qaClient;
  }

  /** Returns column {@code reopened}; 0 unless set. */
  public int reopened() {
    return reopened;
  }

  // ---- checking and building ----

  /**
   * Returns whether every rule of SPEC §1.1 holds and the text needs no stripping: then {@link #toInteraction()}
   * builds an interaction with exactly these values. Costs a few comparisons and allocates nothing (a language tag is
   * parsed once, then remembered); a true answer is remembered until a field is set, so that a consumer handed a
   * record its producer has already checked checks it again for free.
   *
   * @return true when valid as is; false when {@link #toInteraction()} would throw, or strip some text
   */
  public boolean isValid() {
    if (valid) {
      return true;
    }
    boolean asIs = isValidAsIs();
    valid = asIs;
    return asIs;
  }

  private boolean isValidAsIs() {
    // the rules of Interaction.isValidAsIs, on the fields: change both together
    if ((present & CREATED) == 0 || channel == null || outcome == null
        || !Interaction.isStrippedText(interactionId) || !Interaction.isStrippedText(customerId)
        || !Interaction.isStrippedText(category) || !isStrippedOrAbsent(ticketId) || !isStrippedOrAbsent(vendor)
        || !isStrippedOrAbsent(agentId)) {
      return false;
    }
    String tag = language;
    if (tag != null && !(Interaction.isStrippedText(tag) && Interaction.isWellFormedLanguageTag(tag))) {
      return false;
    }
    boolean answered = (present & ANSWERED) != 0;
    boolean ended = (present & ENDED) != 0;
    if ((answered && before(answeredSecond, answeredNano, createdSecond, createdNano))
        || (ended && before(endedSecond, endedNano, createdSecond, createdNano))
        || (answered && ended && before(endedSecond, endedNano, answeredSecond, answeredNano))) {
      return false;
    }
    long talk = talkSeconds;
    long hold = holdSeconds;
    long wrap = wrapSeconds;
    if (waitSeconds < 0 || talk < 0 || hold < 0 || wrap < 0 || talk + hold < 0 || talk + hold + wrap < 0
        || reopened < 0) {
      return false;
    }
    if (((present & CSAT) != 0 && (csat < 1 || csat > 5)) || ((present & NPS) != 0 && (nps < 0 || nps > 10))
        || ((present & CES) != 0 && (ces < 1 || ces > 7))
        || ((present & QA_PARTNER) != 0 && !(qaPartner >= 0 && qaPartner <= 100))
        || ((present & QA_CLIENT) != 0 && !(qaClient >= 0 && qaClient <= 100))) {
      return false;
    }
    return !(outcome == Outcome.ABANDONED && answered)
        && !(outcome == Outcome.BOT_CONTAINED && handledBy == HandledBy.HUMAN);
  }

  private static boolean isStrippedOrAbsent(@Nullable String text) {
    return text == null || Interaction.isStrippedText(text);
  }

  private static boolean before(long second, int nano, long otherSecond, int otherNano) {
    return second < otherSecond || (second == otherSecond && nano < otherNano);
  }

  /**
   * Builds the interaction of these fields, checked as {@link Interaction.Builder#build()} checks them.
   *
   * @return the interaction, its text stripped
   * @throws ValidationException listing every problem
   */
  public Interaction toInteraction() {
    Interaction.Builder builder = Interaction.builder();
    builder.interactionId(interactionId).customerId(customerId).channel(channel).category(category)
        .outcome(outcome).priority(priority).tier(tier).handledBy(handledBy)
        .waitSeconds(waitSeconds).talkSeconds(talkSeconds).holdSeconds(holdSeconds).wrapSeconds(wrapSeconds)
        .reopened(reopened);
    if (ticketId != null) {
      builder.ticketId(ticketId);
    }
    if (language != null) {
      builder.language(language);
    }
    if (vendor != null) {
      builder.vendor(vendor);
    }
    if (agentId != null) {
      builder.agentId(agentId);
    }
    if ((present & CREATED) != 0) {
      builder.createdAt(Instant.ofEpochSecond(createdSecond, createdNano));
    }
    if ((present & ANSWERED) != 0) {
      builder.answeredAt(Instant.ofEpochSecond(answeredSecond, answeredNano));
    }
    if ((present & ENDED) != 0) {
      builder.endedAt(Instant.ofEpochSecond(endedSecond, endedNano));
    }
    if ((present & CSAT) != 0) {
      builder.csat(csat);
    }
    if ((present & NPS) != 0) {
      builder.nps(nps);
    }
    if ((present & CES) != 0) {
      builder.ces(ces);
    }
    if ((present & QA_PARTNER) != 0) {
      builder.qaPartner(qaPartner);
    }
    if ((present & QA_CLIENT) != 0) {
      builder.qaClient(qaClient);
    }
    return builder.build();
  }

  /** Returns e.g. {@code InteractionRecord{interactionId=i-1, channel=CHAT, createdAt=2026-10-01T09:00:00Z}}. */
  @Override
  public String toString() {
    return "InteractionRecord{interactionId=" + interactionId + ", channel=" + channel + ", createdAt="
        + ((present & CREATED) != 0 ? Instant.ofEpochSecond(createdSecond, createdNano) : null) + "}";
  }
}
