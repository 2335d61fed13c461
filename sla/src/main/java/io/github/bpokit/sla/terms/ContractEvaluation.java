package io.github.bpokit.sla.terms;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The evaluation of a {@link ContractTerms} over consecutive periods: per period and term an {@link AdjustmentLine}
 * (zero for BASE, REMEDIATION and NOT_MEASURABLE), earn-back lines, and the {@link FiredTrigger}s.
 *
 * <p>Per period, in this order:
 * <ol>
 *   <li>each term judges its scope's KPI ({@link ServiceLevelTerm#judge}): the period's, or for a term with a rolling
 *       {@link MeasurementPeriod} of N months the exact merge ({@link KpiSource#merged}) of the KPIs of the period
 *       and of the N − 1 periods before it in the list (fewer at the start of the list: the window holds the
 *       periods there are, {@link AdjustmentLine#measuredOver()});
 *   <li>its amount is the band's share × fees, or, for a credit band of a term with a pool allocation,
 *       − allocation × at-risk share × fees; each line is rounded once to the minor unit with the contract's
 *       rounding (HALF_UP by default);
 *   <li>when the credits exceed the at-risk amount (at-risk share × fees, rounded down) the at-risk amount is
 *       allocated across the credit lines in proportion to their uncapped amounts ({@link Money#allocate}, largest
 *       remainder), so they sum to it exactly; likewise the bonuses and the bonus cap;
 *   <li>with earn-back N, a credit of period p is paid back in p + N when the term is compliant (BONUS or BASE) in
 *       each of p + 1 … p + N.
 * </ol>
 * Then the triggers are evaluated over the whole ordered history.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ContractEvaluation evaluation = contract.evaluate(List.of(september, october));   // PeriodInputs, oldest first
 * for (AdjustmentLine line : evaluation.lines(october.period())) {
 *   System.out.println(line.amount() + "  " + line.explanation());
 * }
 * evaluation.total(october.period());                                               // the month's net adjustment
 * evaluation.triggers().forEach(fired -> System.out.println(fired.explanation()));
 * }</pre>
 */
public final class ContractEvaluation {
  private final ContractTerms contract;
  private final ImmutableMap<ReportingPeriod, Money> fees;
  private final ImmutableList<AdjustmentLine> lines;
  private final ImmutableList<FiredTrigger> triggers;

  private ContractEvaluation(ContractTerms contract, ImmutableMap<ReportingPeriod, Money> fees,
      ImmutableList<AdjustmentLine> lines, ImmutableList<FiredTrigger> triggers) {
    this.contract = contract;
    this.fees = fees;
    this.lines = lines;
    this.triggers = triggers;
  }

  /** @return the contract */
  public ContractTerms contract() {
    return contract;
  }

  /** @return the periods evaluated, oldest first */
  public List<ReportingPeriod> periods() {
    return fees.keySet().asList();
  }

  /**
   * Returns a period's fees.
   *
   * @param period an evaluated period
   * @return the fees
   * @throws IllegalArgumentException naming the period when it was not evaluated
   */
  public Money fees(ReportingPeriod period) {
    Money f = fees.get(requireNonNull(period, "period"));
    if (f == null) {
      throw new IllegalArgumentException("period " + period + " was not evaluated; periods are " + periods());
    }
    return f;
  }

  /**
   * Returns the at-risk amount of a period, the cap on its credits: the scheme's at-risk share of its fees, rounded
   * down to the minor unit.
   *
   * @param period an evaluated period
   * @return the cap, or empty when the scheme has no at-risk share
   */
  public Optional<Money> creditCap(ReportingPeriod period) {
    return creditCap(contract.scheme(), fees(period));
  }

  /**
   * Returns the cap on a period's bonuses: the scheme's bonus-cap share of its fees, rounded down to the minor unit.
   *
   * @param period an evaluated period
   * @return the cap, or empty when the scheme has no bonus cap
   */
  public Optional<Money> bonusCap(ReportingPeriod period) {
    return bonusCap(contract.scheme(), fees(period));
  }

  /** @return every line, by period, then the terms in contract order, then earn-backs */
  public List<AdjustmentLine> lines() {
    return lines;
  }

  /**
   * Returns a period's lines.
   *
   * @param period an evaluated period
   * @return the lines
   */
  public List<AdjustmentLine> lines(ReportingPeriod period) {
    fees(period);
    return lines.stream().filter(l -> l.period().equals(period)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the net adjustment of a period: the exact sum of its lines.
   *
   * @param period an evaluated period
   * @return the sum, negative when credits outweigh bonuses
   */
  public Money total(ReportingPeriod period) {
    return Money.total(fees(period).currency(), lines(period).stream().map(AdjustmentLine::amount)
        .collect(Collectors.toList()));
  }

  /** @return the fired triggers, in trigger order, then by period */
  public List<FiredTrigger> triggers() {
    return triggers;
  }

  /** @return every line's and fired trigger's explanation, one per line */
  public String explain() {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.explanation()).append('\n'));
    triggers.forEach(t -> text.append(t.explanation()).append('\n'));
    return text.toString();
  }

  @Override
  public String toString() {
    return "ContractEvaluation{periods=" + periods() + ", lines=" + lines.size() + ", triggers=" + triggers + "}";
  }

  // ------------------------------------------------------------------------------------------------------------------

  static ContractEvaluation evaluate(ContractTerms contract, List<PeriodInput> periods) {
    requireNonNull(contract, "contract");
    requireNonNull(periods, "periods");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("no periods to evaluate");
    }
    Currency currency = periods.get(0).fees().currency();
    Map<ReportingPeriod, Money> fees = new LinkedHashMap<>();
    for (int i = 0; i < periods.size(); i++) {
      PeriodInput in = requireNonNull(periods.get(i), "periods[" + i + "]");
      if (in.period().unit() != contract.period()) {
        throw new IllegalArgumentException("period " + in.period() + " is a " + in.period().unit()
            + " but the contract is evaluated per " + contract.period());
      }
      if (i > 0 && !in.period().equals(periods.get(i - 1).period().next())) {
        throw new IllegalArgumentException("periods must be consecutive: " + in.period() + " follows "
            + periods.get(i - 1).period());
      }
      if (!in.fees().currency().equals(currency)) {
        throw new IllegalArgumentException("fees of " + in.period() + " are in " + in.fees().currency()
            + " but those of " + periods.get(0).period() + " in " + currency);
      }
      fees.put(in.period(), in.fees());
    }
    List<ServiceLevelTerm> terms = contract.terms();
    CreditScheme scheme = contract.scheme();
    List<AdjustmentLine> all = new ArrayList<>();
    // per term: the outcome history and the applied credit per period index
    Map<String, List<TermOutcome>> history = new LinkedHashMap<>();
    Map<String, List<Money>> credits = new LinkedHashMap<>();
    terms.forEach(t -> {
      history.put(t.name(), new ArrayList<>());
      credits.put(t.name(), new ArrayList<>());
    });
    for (int i = 0; i < periods.size(); i++) {
      PeriodInput in = periods.get(i);
      List<AdjustmentLine> lines = periodLines(contract, periods, i);
      all.addAll(lines);
      for (int j = 0; j < terms.size(); j++) {
        ServiceLevelTerm term = terms.get(j);
        AdjustmentLine line = lines.get(j);
        history.get(term.name()).add(line.outcome());
        credits.get(term.name()).add(line.amount());
        int n = scheme.earnBackPeriods();
        if (n > 0 && i >= n) {
          Money credit = credits.get(term.name()).get(i - n);
          List<TermOutcome> since = history.get(term.name()).subList(i - n + 1, i + 1);
          if (credit.isNegative() && since.stream().allMatch(TermOutcome::isCompliant)) {
            Money back = credit.negate();
            String rule = "earn-back of the " + periods.get(i - n).period() + " credit " + credit + " after " + n
                + " compliant period" + (n == 1 ? "" : "s") + " = " + back;
            all.add(new AdjustmentLine(in.period(), term, AdjustmentLine.Kind.EARN_BACK, line.judgement(),
                line.measuredOver(), back, back, rule, in.period() + " " + term.name() + ": " + rule));
          }
        }
      }
    }
    List<FiredTrigger> fired = new ArrayList<>();
    List<ReportingPeriod> order = new ArrayList<>(fees.keySet());
    for (Trigger trigger : contract.triggers()) {
      fired.addAll(fire(trigger, order, history.get(trigger.term()), contract.period()));
    }
    return new ContractEvaluation(contract, ImmutableMap.copyOf(fees), ImmutableList.copyOf(all),
        ImmutableList.copyOf(fired));
  }

  private static List<AdjustmentLine> periodLines(ContractTerms contract, List<PeriodInput> periods, int index) {
    PeriodInput in = periods.get(index);
    Money fees = in.fees();
    CreditScheme scheme = contract.scheme();
    RoundingMode rounding = contract.rounding();
    List<ServiceLevelTerm> terms = contract.terms();
    List<Judgement> judgements = new ArrayList<>();
    List<List<ReportingPeriod>> windows = new ArrayList<>();
    List<Money> uncapped = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (ServiceLevelTerm term : terms) {
      List<PeriodInput> window = periods.subList(Math.max(0, index - term.measurementPeriod().length() + 1),
          index + 1);
      windows.add(window.stream().map(PeriodInput::period).collect(ImmutableList.toImmutableList()));
      KpiValue measured = KpiSource.merged(window.stream().map(PeriodInput::kpis).collect(Collectors.toList()))
          .value(term.scope(), term.kpi());
      Judgement j = term.judge(measured);
      judgements.add(j);
      BigDecimal allocation = scheme.allocations().get(term.name());
      if (j.share().signum() < 0 && allocation != null) {
        BigDecimal atRisk = scheme.atRisk().orElseThrow();
        Money amount = fees.multipliedBy(atRisk.multiply(allocation)).negate().rounded(rounding);
        uncapped.add(amount);
        rules.add("pool allocation " + Adjustment.percent(allocation).substring(1) + " of the at-risk "
            + Adjustment.percent(atRisk).substring(1) + " of " + fees + " = " + amount);
      } else {
        Money amount = fees.multipliedBy(j.share()).rounded(rounding);
        uncapped.add(amount);
        rules.add(j.share().signum() == 0 ? "= " + amount
            : Adjustment.percent(j.share()) + " of " + fees + " = " + amount);
      }
    }
    List<Money> capped = new ArrayList<>(uncapped);
    List<String> notes = new ArrayList<>();
    terms.forEach(t -> notes.add(""));
    creditCap(scheme, fees).ifPresent(cap -> cap(capped, notes, cap, -1, "at-risk amount"));
    bonusCap(scheme, fees).ifPresent(cap -> cap(capped, notes, cap, 1, "bonus cap"));
    List<AdjustmentLine> lines = new ArrayList<>();
    for (int j = 0; j < terms.size(); j++) {
      Judgement judgement = judgements.get(j);
      String rule = rules.get(j) + notes.get(j);
      String text = in.period() + " " + terms.get(j).name() + ": " + measured(judgement, windows.get(j)) + " "
          + (judgement.outcome() == TermOutcome.NOT_MEASURABLE ? "NOT_MEASURABLE (" + judgement.reason() + ")"
              : judgement.reason())
          + ": " + rule;
      lines.add(new AdjustmentLine(in.period(), terms.get(j), AdjustmentLine.Kind.ADJUSTMENT, judgement,
          windows.get(j), uncapped.get(j), capped.get(j), rule, text));
    }
    return lines;
  }

  /** Caps the lines of one sign (-1 credits, +1 bonuses) at a non-negative rounded cap, in place. */
  private static void cap(List<Money> amounts, List<String> notes, Money cap, int sign, String what) {
    List<Integer> indexes = new ArrayList<>();
    List<BigDecimal> ratios = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < amounts.size(); i++) {
      if (amounts.get(i).signum() == sign) {
        indexes.add(i);
        ratios.add(amounts.get(i).amount().abs());
        sum = sum.add(amounts.get(i).amount().abs());
      }
    }
    if (indexes.isEmpty() || sum.compareTo(cap.amount()) <= 0) {
      return;
    }
    List<Money> parts = (sign < 0 ? cap.negate() : cap).allocate(ratios);
    for (int k = 0; k < indexes.size(); k++) {
      int i = indexes.get(k);
      amounts.set(i, parts.get(k));
      notes.set(i, "; capped to " + parts.get(k) + " (the " + what + " " + cap + " shared by "
          + indexes.size() + " line" + (indexes.size() == 1 ? "" : "s") + " in proportion)");
    }
  }

  private static Optional<Money> creditCap(CreditScheme scheme, Money fees) {
    return scheme.atRisk().map(share -> fees.multipliedBy(share).rounded(RoundingMode.DOWN));
  }

  private static Optional<Money> bonusCap(CreditScheme scheme, Money fees) {
    return scheme.bonusCap().map(share -> fees.multipliedBy(share).rounded(RoundingMode.DOWN));
  }

  private static String measured(Judgement j, List<ReportingPeriod> window) {
    KpiValue v = j.measured();
    OptionalDouble value = v.value();
    StringBuilder text = new StringBuilder(j.term().kpi().id()).append(' ');
    if (!j.term().scope().isAll()) {
      text.append("on ").append(j.term().scope().label()).append(' ');
    }
    MeasurementPeriod measurement = j.term().measurementPeriod();
    if (measurement.isRolling()) {
      text.append("over ").append(window.get(0)).append("..").append(window.get(window.size() - 1)).append(' ');
      if (window.size() < measurement.length()) {
        text.append("(").append(window.size()).append(" of ").append(measurement.length()).append(" months) ");
      }
    }
    text.append(value.isPresent() ? decimal(value.getAsDouble()) : "no value");
    text.append(" (n=").append(v.sampleSize());
    v.interval().ifPresent(iv -> text.append(", 95% CI ").append(decimal(iv.lower())).append("..")
        .append(decimal(iv.upper())));
    return text.append(')').toString();
  }

  private static String decimal(double d) {
    BigDecimal b = BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.signum() == 0 ? "0" : b.toPlainString();
  }

  private static List<FiredTrigger> fire(Trigger trigger, List<ReportingPeriod> periods, List<TermOutcome> outcomes,
      PeriodUnit contractUnit) {
    List<ReportingPeriod> keys = new ArrayList<>();
    List<TermOutcome> seq = new ArrayList<>();
    if (trigger.rollUp().isPresent() && trigger.rollUp().get() != contractUnit) {
      PeriodUnit unit = trigger.rollUp().get();
      for (int i = 0; i < periods.size(); i++) {
        ReportingPeriod p = periods.get(i);
        ReportingPeriod q = ReportingPeriod.containing(unit, p.startDate(), p.zone());
        TermOutcome o = outcomes.get(i);
        if (keys.isEmpty() || !keys.get(keys.size() - 1).equals(q)) {
          keys.add(q);
          seq.add(o);
        } else {
          seq.set(seq.size() - 1, worst(seq.get(seq.size() - 1), o));
        }
      }
    } else {
      keys.addAll(periods);
      seq.addAll(outcomes);
    }
    List<FiredTrigger> fired = new ArrayList<>();
    for (int i = 0; i < seq.size(); i++) {
      int from = Math.max(0, i - trigger.window() + 1);
      List<ReportingPeriod> evidence = new ArrayList<>();
      for (int k = from; k <= i; k++) {
        if (seq.get(k).isAtOrWorseThan(trigger.atOrWorse())) {
          evidence.add(keys.get(k));
        }
      }
      boolean holds = trigger.isConsecutive() ? i + 1 >= trigger.window() && evidence.size() == trigger.window()
          : evidence.size() >= trigger.count();
      if (holds) {
        fired.add(new FiredTrigger(trigger, keys.get(i), evidence, keys.get(i) + " " + trigger.name() + ": "
            + trigger.describe() + " (" + evidence.stream().map(p -> p + " " + seq.get(keys.indexOf(p)))
                .collect(Collectors.joining(", ")) + ") -> " + trigger.action()));
      }
    }
    return fired;
  }

  private static TermOutcome worst(TermOutcome a, TermOutcome b) {
    if (a == TermOutcome.NOT_MEASURABLE) {
      return b;
    }
    if (b == TermOutcome.NOT_MEASURABLE) {
      return a;
    }
    return a.compareTo(b) >= 0 ? a : b;
  }
}
