package io.github.bpokit.kpi;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The KPIs a {@link Scorecard} computes, each with the id used in JSON and CSV output (SPEC §4 and §7). The first 22
 * constants are SPEC §4's reference set, in its order; the others are extras a scorecard computes when asked. Every
 * definition is spelt out on its constant and in {@code docs/kpis.md}.
 *
 * <pre>{@code
 * KpiId.parse("abandonment_rate");       // ABANDONMENT_RATE
 * KpiId.CSAT.id();                       // "csat"
 * KpiId.CSAT.valueType();                // Proportion.class
 * KpiId.referenceSet();                  // [CONTACTS, HANDLED, ..., REOPEN_RATE]
 * }</pre>
 */
public enum KpiId {
  /** All interactions ({@link Count}). */
  CONTACTS("contacts", Count.class, true),
  /** Interactions with outcome != ABANDONED ({@link Count}). */
  HANDLED("handled", Count.class, true),
  /** ABANDONED / contacts ({@link Proportion}). */
  ABANDONMENT_RATE("abandonment_rate", Proportion.class, true),
  /** Mean {@code wait_seconds} over human-answered interactions ({@link Mean}, seconds). */
  ASA_SECONDS("asa_seconds", Mean.class, true),
  /** Mean talk + hold + wrap over handled interactions with handled_by != BOT ({@link Mean}, seconds). */
  AHT_SECONDS("aht_seconds", Mean.class, true),
  /** Share of csat answers >= 4, top-2-box on 1..5 ({@link Proportion}). */
  CSAT("csat", Proportion.class, true),
  /** Mean csat answer ({@link Mean}). */
  CSAT_MEAN("csat_mean", Mean.class, true),
  /** Net Promoter Score with its margin of error ({@link NetPromoterScore}). */
  NPS("nps", NetPromoterScore.class, true),
  /** Mean ces answer ({@link Mean}). */
  CES_MEAN("ces_mean", Mean.class, true),
  /**
   * First-contact resolution: eligible interactions with outcome RESOLVED or BOT_CONTAINED and no repeat contact, /
   * eligible interactions ({@link Proportion}; see {@link Scorecard} for repeat contacts and eligibility).
   */
  FCR("fcr", Proportion.class, true),
  /** Eligible interactions that have a repeat contact / eligible interactions ({@link Proportion}). */
  RECONTACT_RATE("recontact_rate", Proportion.class, true),
  /** ESCALATED / handled ({@link Proportion}). */
  ESCALATION_RATE("escalation_rate", Proportion.class, true),
  /** BOT_CONTAINED / interactions with handled_by BOT or BOT_TO_HUMAN ({@link Proportion}). */
  CONTAINMENT_RATE("containment_rate", Proportion.class, true),
  /** Median first-response time over human-answered interactions ({@link QuantileValue}, seconds). */
  FRT_P50_SECONDS("frt_p50_seconds", QuantileValue.class, true),
  /** 90th percentile first-response time over human-answered interactions ({@link QuantileValue}, seconds). */
  FRT_P90_SECONDS("frt_p90_seconds", QuantileValue.class, true),
  /** Median resolution time over RESOLVED interactions with ended_at ({@link QuantileValue}, seconds). */
  RESOLUTION_P50_SECONDS("resolution_p50_seconds", QuantileValue.class, true),
  /** 90th percentile resolution time over RESOLVED interactions with ended_at ({@link QuantileValue}, seconds). */
  RESOLUTION_P90_SECONDS("resolution_p90_seconds", QuantileValue.class, true),
  /**
   * Human-answered with first-response time &lt;= target(channel), / (human-answered + ABANDONED with
   * wait_seconds &gt; target(channel)) ({@link Proportion}).
   */
  SLA_FIRST_RESPONSE("sla_first_response", Proportion.class, true),
  /** Mean qa_partner ({@link Mean}, on the micro-point grid). */
  QA_MEAN("qa_mean", Mean.class, true),
  /** Mean |qa_partner − qa_client| over interactions scored by both ({@link Mean}, micro-point grid). */
  CALIBRATION_MAD("calibration_mad", Mean.class, true),
  /**
   * Share of doubly-scored interactions with |qa_partner − qa_client| &lt;= the calibration tolerance
   * ({@link Proportion}). The id names the default tolerance of 5 points; a scorecard with another
   * {@linkplain Scorecard#calibrationTolerance() tolerance} reports the share within that tolerance under the same id.
   */
  CALIBRATION_WITHIN_5("calibration_within_5", Proportion.class, true),
  /** RESOLVED interactions with reopened > 0 / RESOLVED interactions ({@link Proportion}). */
  REOPEN_RATE("reopen_rate", Proportion.class, true),

  // ---- extras, not in the reference set ----

  /** Handled interactions whose repeat-contact window is still open at the as-of instant ({@link Count}). */
  FCR_PENDING("fcr_pending", Count.class, false),
  /** BOT_CONTAINED / handled ({@link Proportion}). */
  DEFLECTION_RATE("deflection_rate", Proportion.class, false),
  /**
   * Service level "X% answered in T": human-answered with wait_seconds &lt;= T, / (human-answered + ABANDONED
   * with wait_seconds &gt;= the short-abandon threshold) ({@link Proportion}).
   */
  SERVICE_LEVEL("service_level", Proportion.class, false),
  /** Service level over answered contacts only: human-answered with wait_seconds &lt;= T / human-answered. */
  SERVICE_LEVEL_ANSWERED("service_level_answered", Proportion.class, false);

  private static final ImmutableMap<String, KpiId> BY_ID;
  private static final Set<KpiId> REFERENCE;

  static {
    // loops, not streams: in a command line's start-up, linking Guava's collectors and the lambdas took 9 ms
    ImmutableMap.Builder<String, KpiId> byId = ImmutableMap.builderWithExpectedSize(values().length);
    EnumSet<KpiId> reference = EnumSet.noneOf(KpiId.class);
    for (KpiId kpi : values()) {
      byId.put(kpi.id, kpi);
      if (kpi.reference) {
        reference.add(kpi);
      }
    }
    BY_ID = byId.buildOrThrow();
    REFERENCE = Sets.immutableEnumSet(reference);
  }

  private final String id;
  private final Class<? extends KpiValue> valueType;
  private final boolean reference;

  KpiId(String id, Class<? extends KpiValue> valueType, boolean reference) {
    this.id = id;
    this.valueType = valueType;
    this.reference = reference;
  }

  /**
   * Returns the id used in JSON and CSV output, e.g. {@code "abandonment_rate"}.
   *
   * @return the lower-case id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the type of this KPI's value: {@link Count}, {@link Proportion}, {@link Mean}, {@link NetPromoterScore}
   * or {@link QuantileValue}; a renderer may format by it (a count as an integer, a proportion as a share).
   *
   * @return the value type
   */
  public Class<? extends KpiValue> valueType() {
    return valueType;
  }

  /**
   * Returns whether the KPI is in SPEC §4's reference set.
   *
   * @return whether it is a reference KPI
   */
  public boolean isReference() {
    return reference;
  }

  /**
   * Returns SPEC §4's reference set, in its order (the declaration order): the default KPIs of a {@link Scorecard}.
   *
   * @return the 22 reference KPIs, an immutable set iterated in declaration order
   */
  public static Set<KpiId> referenceSet() {
    return REFERENCE;
  }

  /**
   * Returns every KPI, reference set and extras, in declaration order.
   *
   * @return a new mutable set of all KPIs
   */
  public static EnumSet<KpiId> all() {
    return EnumSet.allOf(KpiId.class);
  }

  /**
   * Parses a KPI id, e.g. {@code "csat"}; case and surrounding white space are ignored.
   *
   * @param id the id
   * @return the KPI
   * @throws IllegalArgumentException naming the text and the known ids when it is no KPI id
   */
  public static KpiId parse(String id) {
    KpiId kpi = BY_ID.get(id.strip().toLowerCase(Locale.ROOT));
    if (kpi == null) {
      throw new IllegalArgumentException("unknown KPI id '" + id + "', expected one of " + String.join(", ",
          BY_ID.keySet()));
    }
    return kpi;
  }

  /** Returns the id, e.g. {@code "csat"}. */
  @Override
  public String toString() {
    return id;
  }
}
