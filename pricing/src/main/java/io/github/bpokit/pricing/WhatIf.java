package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.Money;
import java.util.List;
import java.util.Locale;

/**
 * A what-if of a {@link ModelComparison}: the baseline and the scenario (the forecast a what-if such as {@link
 * VolumeForecast#withAiDeflection} made), each fully compared, and each option's change of monthly cost.
 *
 * <pre>{@code
 * WhatIf bot = comparison.whatIf(f -> f.withAiDeflection(new BigDecimal("0.30"), new BigDecimal("0.15")));
 * bot.change("in-house");          // scenario cost − baseline cost of the option
 * System.out.println(bot.explain());
 * }</pre>
 *
 * @param baseline the comparison of the forecast as given
 * @param scenario the comparison of the changed forecast
 */
public record WhatIf(ComparisonResult baseline, ComparisonResult scenario) {
  /**
   * Creates a what-if.
   *
   * @param baseline the baseline
   * @param scenario the scenario
   */
  public WhatIf {
    requireNonNull(baseline, "baseline");
    requireNonNull(scenario, "scenario");
  }

  /**
   * Returns an option's change of monthly cost: scenario − baseline (negative when the what-if saves).
   *
   * @param option the option's name
   * @return the change
   * @throws java.util.NoSuchElementException naming the option when there is none of that name
   */
  public Money change(String option) {
    return scenario.option(option).monthlyCost().minus(baseline.option(option).monthlyCost());
  }

  /**
   * Returns the scenario's what-ifs in words.
   *
   * @return the what-ifs applied to the baseline
   */
  public List<String> whatIfs() {
    return scenario.forecast().whatIfs().subList(baseline.forecast().whatIfs().size(),
        scenario.forecast().whatIfs().size());
  }

  /**
   * Returns the baseline's table, the scenario's table, then each option's baseline cost, scenario cost and change,
   * in the baseline's ranking.
   *
   * @return the explanation
   */
  public String explain() {
    StringBuilder out = new StringBuilder("Baseline\n").append(baseline.explain()).append("\nScenario: ")
        .append(String.join("; ", whatIfs())).append('\n').append(scenario.explain()).append("\nChange\n");
    int width = Math.max(6, baseline.options().stream().mapToInt(o -> o.name().length()).max().orElse(0));
    String row = "  %-" + width + "s  %14s  %14s  %14s%n";
    out.append(String.format(Locale.ROOT, row, "option", "baseline", "scenario", "change"));
    for (ComparisonResult.Option o : baseline.options()) {
      Money change = change(o.name());
      out.append(String.format(Locale.ROOT, row, o.name(), o.monthlyCost().amount().toPlainString(),
          scenario.option(o.name()).monthlyCost().amount().toPlainString(),
          (change.isPositive() ? "+" : "") + change.amount().toPlainString()));
    }
    return out.toString();
  }

  /**
   * Returns {@code {"whatIfs": [...], "baseline": {...}, "scenario": {...}, "changes": {"name": "-1234.00", ...}}},
   * the comparisons as {@link ComparisonResult#toJson()}, the changes in the baseline's ranking.
   *
   * @return the JSON text, on one line
   */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\"whatIfs\":").append(ComparisonResult.strings(whatIfs()))
        .append(",\"baseline\":").append(baseline.toJson())
        .append(",\"scenario\":").append(scenario.toJson())
        .append(",\"changes\":{");
    List<ComparisonResult.Option> options = baseline.options();
    for (int i = 0; i < options.size(); i++) {
      String name = options.get(i).name();
      out.append(i == 0 ? "" : ",").append(Invoice.quote(name)).append(':')
          .append(Invoice.quote(change(name).amount().toPlainString()));
    }
    return out.append("}}").toString();
  }
}
