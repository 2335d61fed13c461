package io.github.bpokit.kpi;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.InteractionRecord;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.time.BusinessCalendar;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates every KPI of one scorecard key but the repeat-contact ones: plain counters for the shares and counts,
 * the kpi accumulators for means, NPS, quantiles and calibration. One interaction is one {@link #add}: a few
 * primitive updates, no allocation (the quantile arrays grow now and then).
 */
final class SegmentAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int NANOS_PER_SECOND = 1_000_000_000;

  final ScorecardKey key;
  /** Its number among the accumulator's leaves, the cell of {@link RepeatContacts}; -1 for a roll-up. */
  final int index;

  private long contacts;
  private long handled;
  private long abandoned;
  private long escalated;
  private long botContained;
  private long botInvolved;
  private long humanAnswered;
  private long firstResponseMet;
  private long abandonedAboveTarget;
  private long answeredWithinThreshold;
  private long abandonedNotShort;
  private long csatTopTwo;
  private long resolved;
  private long resolvedReopened;
  private final MeanAccumulator asa = new MeanAccumulator();
  private final MeanAccumulator aht = new MeanAccumulator();
  private final MeanAccumulator csat = new MeanAccumulator();
  private final NpsAccumulator nps = new NpsAccumulator();
  private final MeanAccumulator ces = new MeanAccumulator();
  private final MeanAccumulator qa = new MeanAccumulator(6);
  private final CalibrationAccumulator calibration;
  private final QuantileAccumulator firstResponse;
  private final QuantileAccumulator resolution;

  SegmentAccumulator(Scorecard scorecard, ScorecardKey key, int index) {
    this.key = key;
    this.index = index;
    this.calibration = new CalibrationAccumulator(scorecard.calibrationTolerance());
    this.firstResponse = new QuantileAccumulator(scorecard.quantileExactLimit());
    this.resolution = new QuantileAccumulator(scorecard.quantileExactLimit());
  }

  /**
   * Returns 1 when {@code value >= min}, else 0, for {@code value, min >= 0}; without a branch: short abandons are
   * rare in some inputs and not in others, and a test the JIT has not yet seen go both ways is compiled as a trap,
   * which, once taken, has this method (and the reader it was compiled into) compiled again.
   */
  private static int atLeast(long value, long min) {
    return (int) ((min - 1 - value) >>> 63);
  }

  void add(InteractionRecord i, Scorecard rules) {
    Outcome outcome = i.outcome();
    HandledBy handledBy = i.handledBy();
    boolean humanAnsweredNow = i.hasAnsweredAt() && handledBy != HandledBy.BOT;
    long frtSeconds = 0;
    int frtNanos = 0;
    if (humanAnsweredNow) {
      // first, so that an instant the calendar cannot measure fails before anything is counted
      BusinessCalendar calendar = rules.calendar;
      if (calendar != null) {
        Duration open = businessTime(calendar, i);
        frtSeconds = open.getSeconds();
        frtNanos = open.getNano();
      } else {
        frtSeconds = i.answeredAtEpochSecond() - i.createdAtEpochSecond();
        frtNanos = i.answeredAtNano() - i.createdAtNano();
        if (frtNanos < 0) {
          frtNanos += NANOS_PER_SECOND;
          frtSeconds--;
        }
      }
    }
    contacts++;
    long wait = i.waitSeconds();
    int channel = requireNonNull(i.channel()).ordinal();
    if (outcome == Outcome.ABANDONED) {
      abandoned++;
      if (wait > rules.targetSeconds[channel]) {
        abandonedAboveTarget++;
      }
      abandonedNotShort += atLeast(wait, rules.shortAbandonMinWait);
    } else {
      handled++;
      if (outcome == Outcome.ESCALATED) {
        escalated++;
      } else if (outcome == Outcome.BOT_CONTAINED) {
        botContained++;
      } else if (outcome == Outcome.RESOLVED) {
        resolved++;
        if (i.reopened() > 0) {
          resolvedReopened++;
        }
      }
      if (handledBy != HandledBy.BOT) {
        aht.add(i.talkSeconds() + i.holdSeconds() + i.wrapSeconds());
      }
    }
    if (handledBy != HandledBy.HUMAN) {
      botInvolved++;
    }
    if (humanAnsweredNow) {
      humanAnswered++;
      asa.add(wait);
      if (wait <= rules.serviceLevelMaxWait) {
        answeredWithinThreshold++;
      }
      long target = rules.targetSeconds[channel];
      if (frtSeconds < target || (frtSeconds == target && frtNanos <= rules.targetNanos[channel])) {
        firstResponseMet++;
      }
      if (rules.firstResponseQuantiles) {
        firstResponse.add(frtSeconds);
      }
    }
    if (outcome == Outcome.RESOLVED && rules.resolutionQuantiles && i.hasEndedAt()) {
      long seconds = i.endedAtEpochSecond() - i.createdAtEpochSecond();
      if (i.endedAtNano() < i.createdAtNano()) {
        seconds--;
      }
      resolution.add(seconds);
    }
    if (i.hasCsat()) {
      int answer = i.csat();
      csat.add(answer);
      if (answer >= 4) {
        csatTopTwo++;
      }
    }
    if (i.hasNps()) {
      nps.add(i.nps());
    }
    if (i.hasCes()) {
      ces.add(i.ces());
    }
    if (i.hasQaPartner()) {
      double partner = i.qaPartner();
      qa.add(partner);
      if (i.hasQaClient()) {
        calibration.add(partner, i.qaClient());
      }
    }
  }

  private static Duration businessTime(BusinessCalendar calendar, InteractionRecord i) {
    try {
      return calendar.businessTimeBetween(Instant.ofEpochSecond(i.createdAtEpochSecond(), i.createdAtNano()),
          Instant.ofEpochSecond(i.answeredAtEpochSecond(), i.answeredAtNano()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("interaction " + i.interactionId()
          + ": cannot measure its first response on the business calendar: " + e.getMessage(), e);
    }
  }

  /** Returns whether nothing was added (a row whose only interaction was rejected). */
  boolean isEmpty() {
    return contacts == 0;
  }

  /** Adds everything another accumulator of the same scorecard saw; {@code other} may be this one. */
  void merge(SegmentAccumulator other) {
    contacts = Math.addExact(contacts, other.contacts);
    handled += other.handled;
    abandoned += other.abandoned;
    escalated += other.escalated;
    botContained += other.botContained;
    botInvolved += other.botInvolved;
    humanAnswered += other.humanAnswered;
    firstResponseMet += other.firstResponseMet;
    abandonedAboveTarget += other.abandonedAboveTarget;
    answeredWithinThreshold += other.answeredWithinThreshold;
    abandonedNotShort += other.abandonedNotShort;
    csatTopTwo += other.csatTopTwo;
    resolved += other.resolved;
    resolvedReopened += other.resolvedReopened;
    asa.merge(other.asa);
    aht.merge(other.aht);
    csat.merge(other.csat);
    nps.merge(other.nps);
    ces.merge(other.ces);
    qa.merge(other.qa);
    calibration.merge(other.calibration);
    firstResponse.merge(other.firstResponse);
    resolution.merge(other.resolution);
  }

  /**
   * Returns the scores of this key.
   *
   * @param fcr the repeat-contact counters of this key, {@link RepeatContacts#COUNTERS} from {@code offset}
   */
  SegmentScores snapshot(Scorecard scorecard, long[] fcr, int offset) {
    EnumMap<KpiId, KpiValue> values = new EnumMap<>(KpiId.class);
    @Nullable QuantileSummary frt = scorecard.firstResponseQuantiles ? firstResponse.snapshot() : null;
    @Nullable QuantileSummary resolutionTimes = scorecard.resolutionQuantiles ? resolution.snapshot() : null;
    Calibration cal = calibration.snapshot();
    for (KpiId kpi : scorecard.kpis()) {
      values.put(kpi, value(kpi, frt, resolutionTimes, cal, fcr, offset));
    }
    return new SegmentScores(key, values, Optional.ofNullable(frt), Optional.ofNullable(resolutionTimes), cal);
  }

  private KpiValue value(KpiId kpi, @Nullable QuantileSummary frt, @Nullable QuantileSummary resolutionTimes,
      Calibration cal,
      long[] fcr, int offset) {
    switch (kpi) {
      case CONTACTS:
        return Count.of(contacts);
      case HANDLED:
        return Count.of(handled);
      case ABANDONMENT_RATE:
        return Proportion.of(abandoned, contacts);
      case ASA_SECONDS:
        return asa.snapshot();
      case AHT_SECONDS:
        return aht.snapshot();
      case CSAT:
        return Proportion.of(csatTopTwo, csat.snapshot().count());
      case CSAT_MEAN:
        return csat.snapshot();
      case NPS:
        return nps.snapshot();
      case CES_MEAN:
        return ces.snapshot();
      case FCR:
        return Proportion.of(fcr[offset + RepeatContacts.FIRST_CONTACT_RESOLVED],
            fcr[offset + RepeatContacts.ELIGIBLE]);
      case RECONTACT_RATE:
        return Proportion.of(fcr[offset + RepeatContacts.REPEATED], fcr[offset + RepeatContacts.ELIGIBLE]);
      case FCR_PENDING:
        return Count.of(fcr[offset + RepeatContacts.PENDING]);
      case ESCALATION_RATE:
        return Proportion.of(escalated, handled);
      case CONTAINMENT_RATE:
        return Proportion.of(botContained, botInvolved);
      case DEFLECTION_RATE:
        return Proportion.of(botContained, handled);
      case FRT_P50_SECONDS:
        return QuantileValue.of(requireNonNull(frt), 0.5);
      case FRT_P90_SECONDS:
        return QuantileValue.of(requireNonNull(frt), 0.9);
      case RESOLUTION_P50_SECONDS:
        return QuantileValue.of(requireNonNull(resolutionTimes), 0.5);
      case RESOLUTION_P90_SECONDS:
        return QuantileValue.of(requireNonNull(resolutionTimes), 0.9);
      case SLA_FIRST_RESPONSE:
        return Proportion.of(firstResponseMet, humanAnswered + abandonedAboveTarget);
      case SERVICE_LEVEL:
        return Proportion.of(answeredWithinThreshold, humanAnswered + abandonedNotShort);
      case SERVICE_LEVEL_ANSWERED:
        return Proportion.of(answeredWithinThreshold, humanAnswered);
      case QA_MEAN:
        return qa.snapshot();
      case CALIBRATION_MAD:
        return cal.meanAbsoluteDifference();
      case CALIBRATION_WITHIN_5:
        return cal.withinTolerance();
      case REOPEN_RATE:
        return Proportion.of(resolvedReopened, resolved);
      default:
        throw new AssertionError(kpi);
    }
  }
}
