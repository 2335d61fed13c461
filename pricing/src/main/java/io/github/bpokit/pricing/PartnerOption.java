package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A partner's offer in a {@link ModelComparison}: a named {@link PricingModel} with the usage rules it measures by,
 * an optional minimum commitment and the rounding of its invoice lines. A per-FTE offer can be {@linkplain
 * #sizedToForecast sized to the forecast}: its FTEs are then the FTE the forecast needs (the comparison's staffing
 * math), rounded up to whole FTEs, instead of the FTEs written in the model.
 *
 * <pre>{@code
 * PartnerOption perContact = PartnerOption.of("per contact", PricingModel.PerContact.flat(Money.of("2.90", "EUR")))
 *     .withMinimumCommitment(Money.of("50000.00", "EUR"));
 * PartnerOption dedicated = PartnerOption.sizedToForecast("dedicated team",
 *     PricingModel.PerFte.monthly(BigDecimal.ONE, Money.of("4200.00", "EUR")));
 * }</pre>
 *
 * @param name the option's name, unique within a comparison, not blank
 * @param model the pricing model
 * @param rules how usage is measured for the model
 * @param minimumCommitment the minimum per period, in the model's currency
 * @param rounding how each invoice line is rounded
 * @param sizedToForecast whether the model is a per-FTE model whose FTEs follow the forecast
 */
public record PartnerOption(String name, PricingModel model, UsageRules rules, Optional<Money> minimumCommitment,
    RoundingMode rounding, boolean sizedToForecast) {
  /**
   * Creates an option.
   *
   * @param name the name
   * @param model the model
   * @param rules the usage rules
   * @param minimumCommitment the optional minimum
   * @param rounding the rounding, not {@link RoundingMode#UNNECESSARY}
   * @param sizedToForecast whether FTEs follow the forecast
   * @throws IllegalArgumentException naming the value of a blank name, a negative minimum, an {@code UNNECESSARY}
   *     rounding, or a sized option whose model is not per FTE
   * @throws CurrencyMismatchException when the minimum is not in the model's currency
   */
  public PartnerOption {
    requireNonNull(name, "name");
    requireNonNull(model, "model");
    requireNonNull(rules, "rules");
    requireNonNull(minimumCommitment, "minimumCommitment");
    requireNonNull(rounding, "rounding");
    if (name.isBlank()) {
      throw new IllegalArgumentException("option name must not be blank: '" + name + "'");
    }
    if (minimumCommitment.isPresent()) {
      LoadedRate.checkCurrency(model.currency(), minimumCommitment.get());
      if (minimumCommitment.get().isNegative()) {
        throw new IllegalArgumentException("minimum commitment of option '" + name + "' must not be negative: "
            + minimumCommitment.get());
      }
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding mode UNNECESSARY cannot round a line to the minor unit");
    }
    if (sizedToForecast && !(model instanceof PricingModel.PerFte)) {
      throw new IllegalArgumentException("option '" + name + "' is sized to the forecast, so its model must be "
          + "per FTE, not " + model.kind());
    }
  }

  /**
   * Returns an option priced by a model as it stands, with the default usage rules, no minimum, rounding HALF_UP.
   *
   * @param name the option's name
   * @param model the model
   * @return the option
   */
  public static PartnerOption of(String name, PricingModel model) {
    return new PartnerOption(name, model, UsageRules.defaults(), Optional.empty(), RoundingMode.HALF_UP, false);
  }

  /**
   * Returns a per-FTE option whose FTEs are the forecast's FTE need rounded up to whole FTEs (the rate, hours per FTE
   * and service dates are the model's).
   *
   * @param name the option's name
   * @param model the per-FTE model (its FTEs are replaced)
   * @return the option
   */
  public static PartnerOption sizedToForecast(String name, PricingModel.PerFte model) {
    return new PartnerOption(name, model, UsageRules.defaults(), Optional.empty(), RoundingMode.HALF_UP, true);
  }

  /**
   * Returns this option with other usage rules (billing increment, QA pass threshold).
   *
   * @param usageRules the rules
   * @return the new option
   */
  public PartnerOption withRules(UsageRules usageRules) {
    return new PartnerOption(name, model, usageRules, minimumCommitment, rounding, sizedToForecast);
  }

  /**
   * Returns this option with a minimum commitment per period.
   *
   * @param minimum the minimum, in the model's currency
   * @return the new option
   */
  public PartnerOption withMinimumCommitment(Money minimum) {
    return new PartnerOption(name, model, rules, Optional.of(minimum), rounding, sizedToForecast);
  }

  /**
   * Returns this option with another rounding of its invoice lines.
   *
   * @param mode the rounding mode
   * @return the new option
   */
  public PartnerOption withRounding(RoundingMode mode) {
    return new PartnerOption(name, model, rules, minimumCommitment, mode, sizedToForecast);
  }
}
