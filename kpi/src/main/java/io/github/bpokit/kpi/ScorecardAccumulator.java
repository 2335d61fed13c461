package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.time.ReportingPeriod;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates a {@link Scorecard} over interactions in one pass: {@link #add(Interaction)} each interaction, in any
 * order; {@link #merge} partial accumulators (split the input anywhere: the result is the same as one pass, bit for
 * bit); {@link #snapshot()} for the immutable {@link ScorecardResult}. Mutable and not thread-safe; serializable, so
 * that distributed engines can ship it. {@link Scorecard#collector()} drives it from a (parallel) stream.
 *
 * <pre>{@code
 * ScorecardAccumulator acc = scorecard.newAccumulator();
 * try (Stream<Interaction> rows = reader.stream()) {
 *   rows.forEach(acc::add);
 * }
 * ScorecardResult result = acc.snapshot();
 * }</pre>
 *
 * <p><b>Cost.</b> Per interaction: its segment key ({@link io.github.bpokit.core.segment.Segmentation#keyOf}), one
 * hash lookup of the finest row it falls in (the segment, or the segment in its period, found through a sorted array
 * of known periods), a few primitive counter updates there, and, when the scorecard has a repeat-contact KPI, one row
 * of 16 bytes in the repeat-contact store (see {@code docs/kpis.md}). Coarser rows (the whole, each period's whole,
 * each segment over all periods) are not updated per interaction: {@link #snapshot()} merges the finest rows into
 * them, which merging's exactness makes equal to counting them directly.
 */
public final class ScorecardAccumulator implements Accumulator<ScorecardAccumulator, ScorecardResult> {
  private static final long serialVersionUID = 1L;

  private final Scorecard scorecard;
  private final boolean periodic;
  private long interactions;
  private boolean any;
  private long latestSecond;
  private int latestNano;
  /** The finest rows, numbered by their index. */
  private final ArrayList<SegmentAccumulator> leaves = new ArrayList<>();
  /** Without periods: the rows by segment. */
  private final HashMap<SegmentKey, SegmentAccumulator> bySegment = new HashMap<>();
  /** With periods: the rows by period and segment. */
  private final HashMap<ReportingPeriod, PeriodRows> byPeriod = new HashMap<>();
  private final @Nullable RepeatContacts repeats;

  /** Known periods sorted by start, for the hot path; rebuilt lazily (not serialized). */
  private transient long @Nullable [] periodStarts;
  private transient long @Nullable [] periodEnds;
  private transient PeriodRows @Nullable [] periodRows;
  private transient int knownPeriods;
  /** What {@link #add(Interaction)} copies an interaction into; created when first needed (not serialized). */
  private transient @Nullable InteractionRecord scratch;

  ScorecardAccumulator(Scorecard scorecard) {
    this.scorecard = scorecard;
    this.periodic = scorecard.periodUnit().isPresent();
    this.repeats = scorecard.repeatContacts ? new RepeatContacts(scorecard.fcrSameCategory()) : null;
  }

  /**
   * Returns the scorecard this accumulator computes.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Returns how many interactions were added (merged ones included).
   *
   * @return the count
   */
  public long interactions() {
    return interactions;
  }

  /**
   * Adds one interaction.
   *
   * @param interaction the interaction
   * @throws IllegalArgumentException when the scorecard measures first responses on a business calendar and this
   *     interaction's {@code created_at} or {@code answered_at} is outside the calendar's range; nothing is counted
   * @throws IllegalStateException when there are more distinct rows (segments × periods) than can be numbered, 2^29
   */
  public void add(Interaction interaction) {
    requireNonNull(interaction, "interaction");
    InteractionRecord record = scratch;
    if (record == null) {
      record = scratch = new InteractionRecord();
    }
    addValid(record.from(interaction));
  }

  /**
   * Adds the interaction a record holds, without building it when the record {@linkplain InteractionRecord#isValid()
   * is valid as is}: the same as {@code add(record.toInteraction())}, which is what this does otherwise. The record
   * is read, not kept: fill it again for the next interaction.
   *
   * <pre>{@code
   * InteractionRecord row = new InteractionRecord();
   * for (Row r : rows) {
   *   acc.add(row.clear().interactionId(r.id()).customerId(r.customer()).channel(r.channel())
   *       .category(r.category()).createdAt(r.createdEpochSecond(), 0).outcome(r.outcome()));
   * }
   * }</pre>
   *
   * @param record the record
   * @throws io.github.bpokit.core.model.ValidationException when it does not hold a valid interaction, listing every
   *     problem (as {@link InteractionRecord#toInteraction()}); nothing is counted
   * @throws IllegalArgumentException as {@link #add(Interaction)}
   * @throws IllegalStateException as {@link #add(Interaction)}
   */
  public void add(InteractionRecord record) {
    requireNonNull(record, "record");
    if (record.isValid()) {
      addValid(record);
    } else {
      add(record.toInteraction());
    }
  }

  private void addValid(InteractionRecord interaction) {
    long second = interaction.createdAtEpochSecond();
    int nano = interaction.createdAtNano();
    SegmentKey segment = scorecard.segmentation().keyOf(interaction);
    SegmentAccumulator leaf;
    if (periodic) {
      PeriodRows rows = periodRows(second, nano);
      leaf = rows.leaves.get(segment);
      if (leaf == null) {
        leaf = newLeaf(ScorecardKey.of(rows.period, segment));
        rows.leaves.put(segment, leaf);
      }
    } else {
      leaf = bySegment.get(segment);
      if (leaf == null) {
        leaf = newLeaf(ScorecardKey.of(segment));
        bySegment.put(segment, leaf);
      }
    }
    leaf.add(interaction, scorecard);
    RepeatContacts r = repeats;
    if (r != null) {
      Outcome outcome = interaction.outcome();
      r.add(requireNonNull(interaction.customerId()), requireNonNull(interaction.category()), second, nano,
          leaf.index, outcome != Outcome.ABANDONED, outcome == Outcome.RESOLVED || outcome == Outcome.BOT_CONTAINED);
    }
    interactions++;
    if (!any || second > latestSecond || (second == latestSecond && nano > latestNano)) {
      any = true;
      latestSecond = second;
      latestNano = nano;
    }
  }

  private SegmentAccumulator newLeaf(ScorecardKey key) {
    int index = leaves.size();
    if (index > RepeatContacts.MAX_CELL) {
      throw new IllegalStateException("more than " + RepeatContacts.MAX_CELL + " segments and periods");
    }
    SegmentAccumulator leaf = new SegmentAccumulator(scorecard, key, index);
    leaves.add(leaf);
    return leaf;
  }

  /** Returns the rows of the period an instant falls in, by binary search among the known periods. */
  private PeriodRows periodRows(long second, int nano) {
    long[] starts = periodStarts;
    long[] ends = periodEnds;
    PeriodRows[] rows = periodRows;
    if (starts != null && ends != null && rows != null) {
      int i = Arrays.binarySearch(starts, 0, knownPeriods, second);
      if (i < 0) {
        i = -i - 2; // the last period starting before the instant
      }
      // period bounds are whole seconds (starts of days), so comparing seconds is exact
      if (i >= 0 && second < ends[i]) {
        return rows[i];
      }
    }
    ReportingPeriod period = scorecard.periodOf(Instant.ofEpochSecond(second, nano));
    PeriodRows found = byPeriod.computeIfAbsent(period, PeriodRows::new);
    remember(found);
    return found;
  }

  private void remember(PeriodRows found) {
    long start = found.period.start().getEpochSecond();
    long end = found.period.end().getEpochSecond();
    long[] starts = periodStarts;
    long[] ends = periodEnds;
    PeriodRows[] rows = periodRows;
    if (starts == null || ends == null || rows == null) {
      starts = new long[8];
      ends = new long[8];
      rows = new PeriodRows[8];
    } else if (knownPeriods == starts.length) {
      starts = Arrays.copyOf(starts, 2 * knownPeriods);
      ends = Arrays.copyOf(ends, 2 * knownPeriods);
      rows = Arrays.copyOf(rows, 2 * knownPeriods);
    }
    int at = Arrays.binarySearch(starts, 0, knownPeriods, start);
    at = at < 0 ? -at - 1 : at;
    System.arraycopy(starts, at, starts, at + 1, knownPeriods - at);
    System.arraycopy(ends, at, ends, at + 1, knownPeriods - at);
    System.arraycopy(rows, at, rows, at + 1, knownPeriods - at);
    starts[at] = start;
    ends[at] = end;
    rows[at] = found;
    knownPeriods++;
    periodStarts = starts;
    periodEnds = ends;
    periodRows = rows;
  }

  /** Returns this accumulator's finest row of a key, created when new. */
  private SegmentAccumulator leafFor(ScorecardKey key) {
    SegmentKey segment = key.segment();
    Map<SegmentKey, SegmentAccumulator> map =
        periodic ? byPeriod.computeIfAbsent(key.period().orElseThrow(), PeriodRows::new).leaves : bySegment;
    SegmentAccumulator leaf = map.get(segment);
    if (leaf == null) {
      leaf = newLeaf(key);
      map.put(segment, leaf);
    }
    return leaf;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the other accumulator computes a different scorecard
   */
  @Override
  public ScorecardAccumulator merge(ScorecardAccumulator other) {
    requireNonNull(other, "other");
    if (!scorecard.equals(other.scorecard)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators of different scorecards: " + scorecard + " and " + other.scorecard);
    }
    List<SegmentAccumulator> theirs = new ArrayList<>(other.leaves); // a copy: other may be this
    int[] cellMap = new int[theirs.size()];
    for (SegmentAccumulator leaf : theirs) {
      SegmentAccumulator mine = leafFor(leaf.key);
      mine.merge(leaf);
      cellMap[leaf.index] = mine.index;
    }
    RepeatContacts r = repeats;
    if (r != null) {
      r.merge(requireNonNull(other.repeats), cellMap);
    }
    interactions = Math.addExact(interactions, other.interactions);
    if (other.any && (!any || other.latestSecond > latestSecond
        || (other.latestSecond == latestSecond && other.latestNano > latestNano))) {
      latestSecond = other.latestSecond;
      latestNano = other.latestNano;
      any = true;
    }
    return this;
  }

  /**
   * Returns the as-of instant a snapshot would use now: the scorecard's, else the latest {@code created_at} added.
   *
   * @return the instant, or empty when the scorecard has none and nothing was added
   */
  public Optional<Instant> asOf() {
    Optional<Instant> given = scorecard.asOf();
    if (given.isPresent()) {
      return given;
    }
    return any ? Optional.of(Instant.ofEpochSecond(latestSecond, latestNano)) : Optional.empty();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The repeat-contact KPIs are decided here, against the as-of instant: this costs a sort of the interactions by
   * customer and time, so take snapshots at the end rather than on the way.
   */
  @Override
  public ScorecardResult snapshot() {
    Optional<Instant> asOf = asOf();
    int cells = leaves.size();
    RepeatContacts r = repeats;
    long[] fcr = r != null && asOf.isPresent()
        ? r.evaluate(scorecard.fcrWindow(), asOf.get(), cells)
        : new long[cells * RepeatContacts.COUNTERS];
    TreeMap<ScorecardKey, SegmentAccumulator> rows = new TreeMap<>();
    TreeMap<ScorecardKey, long[]> rowFcr = new TreeMap<>();
    rows.put(ScorecardKey.whole(), new SegmentAccumulator(scorecard, ScorecardKey.whole(), -1));
    rowFcr.put(ScorecardKey.whole(), new long[RepeatContacts.COUNTERS]);
    for (SegmentAccumulator leaf : leaves) {
      if (leaf.isEmpty()) {
        continue;
      }
      for (ScorecardKey target : rowsOf(leaf.key)) {
        rows.computeIfAbsent(target, k -> new SegmentAccumulator(scorecard, k, -1)).merge(leaf);
        long[] counts = rowFcr.computeIfAbsent(target, k -> new long[RepeatContacts.COUNTERS]);
        for (int c = 0; c < RepeatContacts.COUNTERS; c++) {
          counts[c] += fcr[leaf.index * RepeatContacts.COUNTERS + c];
        }
      }
    }
    ImmutableMap.Builder<ScorecardKey, SegmentScores> scores = ImmutableMap.builderWithExpectedSize(rows.size());
    rows.forEach((key, row) -> scores.put(key, row.snapshot(scorecard, requireNonNull(rowFcr.get(key)), 0)));
    return new ScorecardResult(scorecard, asOf, interactions, scores.build());
  }

  /** Returns the rows an interaction of the finest row {@code leaf} counts in: the whole and coarser rows. */
  private static List<ScorecardKey> rowsOf(ScorecardKey leaf) {
    List<ScorecardKey> keys = new ArrayList<>(4);
    keys.add(ScorecardKey.whole());
    SegmentKey segment = leaf.segment();
    if (!segment.isAll()) {
      keys.add(ScorecardKey.of(segment));
    }
    Optional<ReportingPeriod> period = leaf.period();
    if (period.isPresent()) {
      keys.add(ScorecardKey.of(period.get(), SegmentKey.all()));
      if (!segment.isAll()) {
        keys.add(leaf);
      }
    }
    return keys;
  }

  /** Returns e.g. {@code ScorecardAccumulator{interactions=1200, rows=14}}. */
  @Override
  public String toString() {
    return "ScorecardAccumulator{interactions=" + interactions + ", rows=" + leaves.size() + "}";
  }

  /** The finest rows of one period, by segment. */
  private static final class PeriodRows implements Serializable {
    private static final long serialVersionUID = 1L;
    final ReportingPeriod period;
    final HashMap<SegmentKey, SegmentAccumulator> leaves = new HashMap<>();

    PeriodRows(ReportingPeriod period) {
      this.period = period;
    }
  }
}
