package io.github.bpokit.sla.terms;

import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

final class Fixtures {
  static final ZoneId UTC = ZoneId.of("UTC");
  static final Money FEES = Money.parse("EUR 100000.00");

  private Fixtures() {}

  /** A measured value with a sample size. */
  record V(double v, long n) implements KpiValue {
    @Override
    public OptionalDouble value() {
      return OptionalDouble.of(v);
    }

    @Override
    public long sampleSize() {
      return n;
    }
  }

  /** The golden CSAT term of SPEC §5. */
  static ServiceLevelTerm csat(String name) {
    return ServiceLevelTerm.builder(name, KpiId.CSAT)
        .minimumSample(30)
        .band(Range.atLeast(0.88), TermOutcome.BONUS, Adjustment.sliding("0.88", "0.05", "0.95", "0.10"))
        .band(Range.closedOpen(0.82, 0.88), TermOutcome.BASE, Adjustment.none())
        .band(Range.closedOpen(0.75, 0.82), TermOutcome.REMEDIATION, Adjustment.none())
        .band(Range.closedOpen(0.0, 0.75), TermOutcome.PENALTY, Adjustment.sliding("0.75", "-0.05", "0.60", "-0.15"))
        .build();
  }

  static ReportingPeriod month(String label) {
    return ReportingPeriod.parse(label, UTC);
  }

  /** Consecutive months from {@code first}, each with the values per term name. */
  @SafeVarargs
  static List<PeriodInput> months(String first, Map<String, Double>... values) {
    List<PeriodInput> inputs = new ArrayList<>();
    ReportingPeriod p = month(first);
    for (Map<String, Double> v : values) {
      Map<String, Double> copy = Map.copyOf(v);
      inputs.add(new PeriodInput(p, FEES, (scope, kpi) -> new V(copy.get(scope.isAll() ? "*" : scope.label()), 100)));
      p = p.next();
    }
    return inputs;
  }
}
