package io.github.bpokit.pricing;

import static java.util.Objects.requireNonNull;

import io.github.bpokit.core.money.CurrencyMismatchException;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.Interval;
import io.github.bpokit.kpi.Proportion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * How a partner bills a period's {@link Usage} (SPEC §6): each model turns usage into explained, exact {@link
 * InvoiceLine}s; {@link #invoice(Usage)} starts an invoice with them, to which a minimum commitment and SLA
 * adjustments can be added.
 *
 * <ul>
 *   <li>{@link PerFte}: dedicated FTEs × a monthly rate (or FTEs × hours × an hourly rate), prorated by days;
 *   <li>{@link PerContact}: handled contacts, flat or tiered (graduated or volume), with an optional quality floor
 *       and re-open clause;
 *   <li>{@link PerResolvedContact}: resolved contacts × the audited QA pass rate;
 *   <li>{@link PerMinute}: billable minutes (per-contact increments, wrap cap: see {@link UsageRules});
 *   <li>{@link OutcomeBased}: a fee per outcome unit or a share of an outcome value;
 *   <li>{@link Hybrid}: a dedicated core absorbing volume up to its capacity, overflow billed per contact.
 * </ul>
 *
 * <pre>{@code
 * PricingModel model = PricingModel.PerContact.tiered(tiers, TierMode.GRADUATED).withReopenClause();
 * Invoice invoice = model.invoice(usage).minimumCommitment(Money.of("5000.00", "EUR")).build();
 * }</pre>
 */
public sealed interface PricingModel {

  /** The pricing model kinds of SPEC §6. */
  enum Kind {
    /** Dedicated FTEs at a monthly or hourly rate. */
    PER_FTE,
    /** A price per handled contact, flat or tiered. */
    PER_CONTACT,
    /** A price per resolved contact, scaled by the audited pass rate. */
    PER_RESOLVED_CONTACT,
    /** A price per billable minute. */
    PER_MINUTE,
    /** A fee per outcome unit or a share of an outcome value. */
    OUTCOME_BASED,
    /** A dedicated core plus overflow per contact. */
    HYBRID
  }

  /**
   * Returns the model's kind.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Returns the currency the model bills in.
   *
   * @return the currency
   */
  Currency currency();

  /**
   * Returns the exact charges for a period's usage, each with its quantity, unit price, tier and basis.
   *
   * @param usage the usage
   * @return the charges (an immutable list)
   * @throws IllegalArgumentException when the usage lacks what the model needs, naming it
   */
  List<InvoiceLine> lines(Usage usage);

  /**
   * Returns an invoice builder with this model's charges for {@code usage} and the usage recorded.
   *
   * @param usage the usage
   * @return the builder, to add a minimum commitment, adjustments or a rounding mode, then build
   * @throws IllegalArgumentException when the usage lacks what the model needs, naming it
   */
  default Invoice.Builder invoice(Usage usage) {
    return Invoice.builder(currency(), usage.period()).usage(usage).lines(lines(usage));
  }

  /**
   * Dedicated FTEs: {@code ftes × rate} per period (monthly), or {@code ftes × hoursPerFte × rate} (hourly); when
   * the service starts or ends within the period, the amount is prorated by calendar days, {@code × days in service /
   * days in period}.
   *
   * <pre>{@code
   * PricingModel.PerFte core = PricingModel.PerFte.monthly(new BigDecimal("12"), Money.of("4200.00", "EUR"))
   *     .withServiceStart(LocalDate.of(2026, 10, 17)); // 15 of 31 days in 2026-10
   * }</pre>
   *
   * @param ftes the dedicated FTEs, positive
   * @param rate the rate per FTE per period (monthly) or per hour (hourly), not negative
   * @param hoursPerFte the paid hours per FTE per period, for an hourly rate
   * @param serviceStart the first day of service, if within or after the periods billed
   * @param serviceEnd the first day without service, if the service ends
   */
  record PerFte(BigDecimal ftes, Money rate, Optional<BigDecimal> hoursPerFte, Optional<LocalDate> serviceStart,
      Optional<LocalDate> serviceEnd) implements PricingModel {
    /**
     * Creates a per-FTE model.
     *
     * @param ftes the FTEs
     * @param rate the rate
     * @param hoursPerFte the hours per FTE, for an hourly rate
     * @param serviceStart the first day of service
     * @param serviceEnd the first day without service
     * @throws IllegalArgumentException naming the value of non-positive FTEs or hours, a negative rate, or a service
     *     end not after its start
     */
    public PerFte {
      requireNonNull(ftes, "ftes");
      requireNonNull(rate, "rate");
      requireNonNull(hoursPerFte, "hoursPerFte");
      requireNonNull(serviceStart, "serviceStart");
      requireNonNull(serviceEnd, "serviceEnd");
      if (ftes.signum() <= 0) {
        throw new IllegalArgumentException("FTEs must be positive: " + ftes);
      }
      if (rate.isNegative()) {
        throw new IllegalArgumentException("FTE rate must not be negative: " + rate);
      }
      if (hoursPerFte.isPresent() && hoursPerFte.get().signum() <= 0) {
        throw new IllegalArgumentException("hours per FTE must be positive: " + hoursPerFte.get());
      }
      if (serviceStart.isPresent() && serviceEnd.isPresent() && !serviceEnd.get().isAfter(serviceStart.get())) {
        throw new IllegalArgumentException("service end " + serviceEnd.get() + " must be after service start "
            + serviceStart.get());
      }
    }

    /**
     * Returns FTEs at a rate per FTE per period (a month for monthly periods).
     *
     * @param ftes the FTEs, e.g. {@code 12} or {@code 2.5}
     * @param monthlyRate the rate per FTE per period
     * @return the model
     */
    public static PerFte monthly(BigDecimal ftes, Money monthlyRate) {
      return new PerFte(ftes, monthlyRate, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns FTEs at an hourly rate for a number of paid hours per FTE per period.
     *
     * @param ftes the FTEs
     * @param hourlyRate the rate per paid hour
     * @param hoursPerFte the paid hours per FTE per period, e.g. {@code 160}
     * @return the model
     */
    public static PerFte hourly(BigDecimal ftes, Money hourlyRate, BigDecimal hoursPerFte) {
      return new PerFte(ftes, hourlyRate, Optional.of(hoursPerFte), Optional.empty(), Optional.empty());
    }

    /**
     * Returns this model with a first day of service (days before it are not billed).
     *
     * @param date the first day of service
     * @return the new model
     */
    public PerFte withServiceStart(LocalDate date) {
      return new PerFte(ftes, rate, hoursPerFte, Optional.of(date), serviceEnd);
    }

    /**
     * Returns this model with a first day without service (it and later days are not billed).
     *
     * @param date the first day without service
     * @return the new model
     */
    public PerFte withServiceEnd(LocalDate date) {
      return new PerFte(ftes, rate, hoursPerFte, serviceStart, Optional.of(date));
    }

    /**
     * Returns {@link Kind#PER_FTE}.
     *
     * @return the kind
     */
    @Override
    public Kind kind() {
      return Kind.PER_FTE;
    }

    /**
     * Returns the rate's currency.
     *
     * @return the currency
     */
    @Override
    public Currency currency() {
      return rate.currency();
    }

    /**
     * Returns the calendar days of {@code period} in service.
     *
     * @param period the period
     * @return the days in service, from 0 to the period's length
     */
    public long daysInService(ReportingPeriod period) {
      LocalDate from = period.startDate();
      LocalDate to = period.endDateExclusive();
      if (serviceStart.isPresent() && serviceStart.get().isAfter(from)) {
        from = serviceStart.get();
      }
      if (serviceEnd.isPresent() && serviceEnd.get().isBefore(to)) {
        to = serviceEnd.get();
      }
      return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    static long periodDays(ReportingPeriod period) {
      return ChronoUnit.DAYS.between(period.startDate(), period.endDateExclusive());
    }

    /**
     * Returns one line: the FTEs (or FTE hours) at the rate, prorated by days in service.
     *
     * @param usage the usage (only its period is used)
     * @return the line
     */
    @Override
    public List<InvoiceLine> lines(Usage usage) {
      ReportingPeriod period = usage.period();
      BigDecimal quantity = hoursPerFte.map(ftes::multiply).orElse(ftes);
      Money amount = rate.multipliedBy(quantity);
      String basis = Decimals.plain(ftes) + " FTE" + hoursPerFte.map(h -> " × " + Decimals.plain(h) + " h")
          .orElse("") + " in " + period;
      long days = daysInService(period);
      long periodDays = periodDays(period);
      if (days < periodDays) {
        amount = Decimals.divide(amount.multipliedBy(days), BigDecimal.valueOf(periodDays));
        basis += ", prorated " + days + "/" + periodDays + " days in service";
      }
      String description = hoursPerFte.isPresent() ? "Dedicated FTE hours (hourly rate)"
          : "Dedicated FTEs (rate per FTE per period)";
      return List.of(InvoiceLine.charge(description, quantity, rate, amount).withBasis(basis));
    }
  }

  /**
   * A price per handled contact from {@link PriceTiers}, graduated or volume; a flat price is a single tier. The
   * billable contacts are the usage's contacts, less, with the quality floor, the audited contacts that failed QA (the
   * rules' pass threshold is the floor), and less, with the re-open clause, the re-opened contacts (their follow-up
   * contact is not billed a second time); never below zero. With VOLUME tiers, a total lower than the price of the
   * previous tier's last unit is flagged on the line.
   *
   * <pre>{@code
   * PricingModel.PerContact model = PricingModel.PerContact.tiered(tiers, TierMode.VOLUME)
   *     .withQualityFloor()
   *     .withReopenClause();
   * }</pre>
   *
   * @param tiers the price table
   * @param mode graduated or volume
   * @param qualityFloor whether audited contacts below the QA pass threshold are not billable
   * @param reopenClause whether re-opened contacts are deducted (not billed twice)
   */
  record PerContact(PriceTiers tiers, TierMode mode, boolean qualityFloor, boolean reopenClause)
      implements PricingModel {
    /**
     * Creates a per-contact model.
     *
     * @param tiers the price table
     * @param mode the tier mode
     * @param qualityFloor the quality floor
     * @param reopenClause the re-open clause
     */
    public PerContact {
      requireNonNull(tiers, "tiers");
      requireNonNull(mode, "mode");
    }

    /**
     * Returns a flat price per contact.
     *
     * @param price the price of each contact
     * @return the model
     */
    public static PerContact flat(Money price) {
      return new PerContact(PriceTiers.flat(price), TierMode.GRADUATED, false, false);
    }

    /**
     * Returns a tiered price per contact.
     *
     * @param tiers the price table
     * @param mode graduated or volume
     * @return the model
     */
    public static PerContact tiered(PriceTiers tiers, TierMode mode) {
      return new PerContact(tiers, mode, false, false);
    }

    /**
     * Returns this model with the quality floor: audited contacts that failed QA are not billable.
     *
     * @return the new model
     */
    public PerContact withQualityFloor() {
      return new PerContact(tiers, mode, true, reopenClause);
    }

    /**
     * Returns this model with the re-open clause: re-opened contacts are not billed twice.
     *
     * @return the new model
     */
    public PerContact withReopenClause() {
      return new PerContact(tiers, mode, qualityFloor, true);
    }

    /**
     * Returns {@link Kind#PER_CONTACT}.
     *
     * @return the kind
     */
    @Override
    public Kind kind() {
      return Kind.PER_CONTACT;
    }

    /**
     * Returns the tiers' currency.
     *
     * @return the currency
     */
    @Override
    public Currency currency() {
      return tiers.currency();
    }

    /**
     * Returns the billable contacts of a usage, after the quality floor and the re-open clause.
     *
     * @param usage the usage
     * @return the billable contacts, not negative
     */
    public long billableContacts(Usage usage) {
      long billable = usage.contacts();
      if (qualityFloor) {
        billable -= usage.qaFailed();
      }
      if (reopenClause) {
        billable -= usage.reopened();
      }
      return Math.max(0, billable);
    }

    String billableBasis(Usage usage) {
      StringBuilder basis = new StringBuilder().append(usage.contacts()).append(" handled contacts in ")
          .append(usage.period());
      if (qualityFloor) {
        basis.append(" − ").append(usage.qaFailed()).append(" failed QA (quality floor ")
            .append(Decimals.plain(BigDecimal.valueOf(usage.rules().qaPassThreshold()))).append(')');
      }
      if (reopenClause) {
        basis.append(" − ").append(usage.reopened()).append(" re-opened (re-open clause)");
      }
      if (qualityFloor || reopenClause) {
        basis.append(" = ").append(billableContacts(usage)).append(" billable");
      }
      return basis.toString();
    }

    /**
     * Returns one line per tier used (graduated) or one line at the tier reached (volume), each flat fee on its own
     * line.
     *
     * @param usage the usage
     * @return the lines
     */
    @Override
    public List<InvoiceLine> lines(Usage usage) {
      return tierLines("Contacts", billableContacts(usage), billableBasis(usage));
    }

    List<InvoiceLine> tierLines(String what, long quantity, String basis) {
      List<InvoiceLine> lines = new ArrayList<>();
      if (quantity == 0) {
        PriceTiers.Tier first = tiers.tierFor(1);
        lines.add(InvoiceLine.charge(what, 0, first.unitPrice()).withTier(first.label()).withBasis(basis));
        return List.copyOf(lines);
      }
      for (PriceTiers.TierCharge charge : tiers.charges(quantity, mode)) {
        PriceTiers.Tier tier = charge.tier();
        InvoiceLine line = InvoiceLine.charge(what + ", " + mode.name().toLowerCase(java.util.Locale.ROOT) + " tier",
            charge.units(), tier.unitPrice()).withTier(tier.label()).withBasis(basis);
        if (mode == TierMode.VOLUME && tier.firstUnit() > 1) {
          long below = tier.firstUnit() - 1;
          Money here = tiers.price(quantity, mode);
          Money before = tiers.price(below, mode);
          if (here.isLessThan(before)) {
            line = line.withFlag("volume tier drop: " + quantity + " cost " + Decimals.money(here)
                + ", less than the " + Decimals.money(before) + " for " + below + " in the tier below");
          }
        }
        lines.add(line);
        if (tier.flatFee().isPresent()) {
          lines.add(InvoiceLine.charge(what + ", flat fee of tier", 1, tier.flatFee().get()).withTier(tier.label())
              .withBasis(basis));
        }
      }
      return List.copyOf(lines);
    }
  }

  /**
   * A price per resolved contact, scaled by the audited QA pass rate: {@code price × resolved × passed / audited}.
   * The line shows the sample size and the 95% Wilson interval of the pass rate; a usage without a QA sample cannot
   * be billed this way.
   *
   * <pre>{@code
   * PricingModel model = new PricingModel.PerResolvedContact(Money.of("9.00", "EUR"));
   * }</pre>
   *
   * @param price the price of one resolved, passing contact
   */
  record PerResolvedContact(Money price) implements PricingModel {
    /**
     * Creates a per-resolved-contact model.
     *
     * @param price the price, not negative
     * @throws IllegalArgumentException naming a negative price
     */
    public PerResolvedContact {
      requireNonNull(price, "price");
      if (price.isNegative()) {
        throw new IllegalArgumentException("price per resolved contact must not be negative: " + price);
      }
    }

    /**
     * Returns {@link Kind#PER_RESOLVED_CONTACT}.
     *
     * @return the kind
     */
    @Override
    public Kind kind() {
      return Kind.PER_RESOLVED_CONTACT;
    }

    /**
     * Returns the price's currency.
     *
     * @return the currency
     */
    @Override
    public Currency currency() {
      return price.currency();
    }

    /**
     * Returns one line: resolved contacts × pass rate at the price.
     *
     * @param usage the usage, with a QA sample
     * @return the line
     * @throws IllegalArgumentException when the usage has no audited contact
     */
    @Override
    public List<InvoiceLine> lines(Usage usage) {
      if (usage.qaAudited() == 0) {
        throw new IllegalArgumentException("per-resolved-contact billing needs a QA sample: usage " + usage.period()
            + " has no audited contact");
      }
      Proportion passRate = usage.qaPassRate();
      Interval interval = passRate.interval().orElseThrow();
      BigDecimal audited = BigDecimal.valueOf(usage.qaAudited());
      BigDecimal passedResolved = BigDecimal.valueOf(usage.resolved()).multiply(BigDecimal.valueOf(usage.qaPassed()));
      BigDecimal quantity = Decimals.divide(passedResolved, audited);
      Money amount = Decimals.divide(price.multipliedBy(passedResolved), audited);
      String basis = usage.resolved() + " resolved in " + usage.period() + " × audited pass rate "
          + Decimals.percent(Decimals.divide(BigDecimal.valueOf(usage.qaPassed()), audited)) + " ("
          + usage.qaPassed() + " of " + usage.qaAudited() + " audited, sample size " + usage.qaAudited()
          + ", 95% Wilson interval " + Decimals.percent(interval.lower()) + "–" + Decimals.percent(interval.upper())
          + ")";
      return List.of(InvoiceLine.charge("Resolved contacts passing QA", quantity, price, amount).withBasis(basis));
    }
  }

  /**
   * A price per billable minute: the usage's billable seconds (per-contact increments and wrap cap, see {@link
   * UsageRules}) / 60 × price.
   *
   * <pre>{@code
   * PricingModel model = new PricingModel.PerMinute(Money.of("0.85", "EUR"));
   * }</pre>
   *
   * @param pricePerMinute the price of one billable minute
   */
  record PerMinute(Money pricePerMinute) implements PricingModel {
    /**
     * Creates a per-minute model.
     *
     * @param pricePerMinute the price, not negative
     * @throws IllegalArgumentException naming a negative price
     */
    public PerMinute {
      requireNonNull(pricePerMinute, "pricePerMinute");
      if (pricePerMinute.isNegative()) {
        throw new IllegalArgumentException("price per minute must not be negative: " + pricePerMinute);
      }
    }

    /**
     * Returns {@link Kind#PER_MINUTE}.
     *
     * @return the kind
     */
    @Override
    public Kind kind() {
      return Kind.PER_MINUTE;
    }

    /**
     * Returns the price's currency.
     *
     * @return the currency
     */
    @Override
    public Currency currency() {
      return pricePerMinute.currency();
    }

    /**
     * Returns one line: billable minutes at the price.
     *
     * @param usage the usage
     * @return the line
     */
    @Override
    public List<InvoiceLine> lines(Usage usage) {
      Money amount = Decimals.divide(pricePerMinute.multipliedBy(usage.billableSeconds()),
          Decimals.SECONDS_PER_MINUTE);
      String basis = usage.billableSeconds() + " billable seconds of " + usage.contacts() + " contacts in "
          + usage.period() + " (" + usage.rules() + "; " + usage.handleSeconds() + " s recorded)";
      return List.of(InvoiceLine.charge("Billable minutes", usage.billableMinutes(), pricePerMinute, amount)
          .withBasis(basis));
    }
  }

  /**
   * A fee by outcome: either a fee per unit of a {@linkplain Usage#measure(String) measure} (e.g. per resolved
   * contact, per retained customer) or a share of a measure that is a value in the invoice currency (e.g. 5% of
   * recovered revenue).
   *
   * <pre>{@code
   * PricingModel perSave = PricingModel.OutcomeBased.feePerUnit("retained_customers", Money.of("40.00", "EUR"));
   * PricingModel share = PricingModel.OutcomeBased.shareOfValue("recovered_revenue", new BigDecimal("0.05"),
   *     Currency.getInstance("EUR"));
   * }</pre>
   *
   * @param measure the name of the measure
   * @param feePerUnit the fee per unit, for a fee per unit
   * @param share the share of the value, for a share of a value
   * @param currency the currency billed
   */
  record OutcomeBased(String measure, Optional<Money> feePerUnit, Optional<BigDecimal> share, Currency currency)
      implements PricingModel {
    /**
     * Creates an outcome-based model.
     *
     * @param measure the measure's name
     * @param feePerUnit the optional fee per unit
     * @param share the optional share
     * @param currency the currency
     * @throws IllegalArgumentException unless exactly one of fee and share is given, the fee is not negative and the
     *     share is in [0, 1]
     * @throws CurrencyMismatchException when the fee is in another currency
     */
    public OutcomeBased {
      requireNonNull(measure, "measure");
      requireNonNull(feePerUnit, "feePerUnit");
      requireNonNull(share, "share");
      requireNonNull(currency, "currency");
      if (feePerUnit.isPresent() == share.isPresent()) {
        throw new IllegalArgumentException("an outcome-based model has either a fee per unit or a share of a value");
      }
      if (feePerUnit.isPresent()) {
        if (!feePerUnit.get().currency().equals(currency)) {
          throw new CurrencyMismatchException(currency, feePerUnit.get().currency());
        }
        if (feePerUnit.get().isNegative()) {
          throw new IllegalArgumentException("fee per " + measure + " must not be negative: " + feePerUnit.get());
        }
      }
      if (share.isPresent() && (share.get().signum() < 0 || share.get().compareTo(BigDecimal.ONE) > 0)) {
        throw new IllegalArgumentException("share of " + measure + " must be in [0, 1]: " + share.get());
      }
    }

    /**
     * Returns a fee per unit of a measure.
     *
     * @param measure the measure, e.g. {@code resolved}
     * @param fee the fee per unit
     * @return the model
     */
    public static OutcomeBased feePerUnit(String measure, Money fee) {
      return new OutcomeBased(measure, Optional.of(fee), Optional.empty(), fee.currency());
    }

    /**
     * Returns a share of a measure that is a value in {@code currency}.
     *
     * @param measure the measure, e.g. {@code recovered_revenue}
     * @param share the share, in [0, 1], e.g. {@code 0.05}
     * @param currency the currency of the value and of the fee
     * @return the model
     */
    public static OutcomeBased shareOfValue(String measure, BigDecimal share, Currency currency) {
      return new OutcomeBased(measure, Optional.empty(), Optional.of(share), currency);
    }

    /**
     * Returns {@link Kind#OUTCOME_BASED}.
     *
     * @return the kind
     */
    @Override
    public Kind kind() {
      return Kind.OUTCOME_BASED;
    }

    /**
     * Returns one line: the units at the fee, or the value times the share.
     *
     * @param usage the usage, with the measure
     * @return the line
     * @throws IllegalArgumentException naming the measure when the usage does not have it
     */
    @Override
    public List<InvoiceLine> lines(Usage usage) {
      BigDecimal units = usage.measure(measure).orElseThrow(() -> new IllegalArgumentException("usage "
          + usage.period() + " has no measure '" + measure + "' (built in: contacts, resolved, reopened, qa_passed;"
          + " given: " + usage.measures().keySet() + ")"));
      if (feePerUnit.isPresent()) {
        Money fee = feePerUnit.get();
        return List.of(InvoiceLine.charge("Outcome fee per " + measure, units, fee, fee.multipliedBy(units))
            .withBasis(Decimals.plain(units) + " " + measure + " in " + usage.period()));
      }
      Money value = Money.of(units, currency);
      BigDecimal rate = share.orElseThrow();
      return List.of(InvoiceLine.charge("Outcome share of " + measure, rate, value, value.multipliedBy(rate))
          .withBasis(Decimals.percent(rate) + " of " + measure + " " + Decimals.money(value) + " in "
              + usage.period()));
    }
  }

  /**
   * A dedicated core ({@link PerFte}) that absorbs contacts up to its capacity, and overflow billed per contact: the
   * overflow is {@code max(0, billable contacts − capacity)}, the billable contacts counted by the overflow model
   * (its quality floor and re-open clause apply) and the capacity prorated like the core (rounded down to a whole
   * contact). While the contacts stay within capacity the invoice is exactly the core's.
   *
   * <pre>{@code
   * PricingModel hybrid = new PricingModel.Hybrid(
   *     PricingModel.PerFte.monthly(new BigDecimal("10"), Money.of("4200.00", "EUR")), 9_000,
   *     PricingModel.PerContact.flat(Money.of("5.50", "EUR")));
   * }</pre>
   *
   * @param core the dedicated core
   * @param coreCapacity the contacts the core absorbs per full period, not negative
   * @param overflow the per-contact price of contacts above the capacity
   */
  record Hybrid(PerFte core, long coreCapacity, PerContact overflow) implements PricingModel {
    /**
     * Creates a hybrid model.
     *
     * @param core the core
     * @param coreCapacity the capacity
     * @param overflow the overflow price
     * @throws IllegalArgumentException naming a negative capacity
     * @throws CurrencyMismatchException when core and overflow bill in different currencies
     */
    public Hybrid {
      requireNonNull(core, "core");
      requireNonNull(overflow, "overflow");
      Decimals.requireNonNegative("core capacity", coreCapacity);
      if (!core.currency().equals(overflow.currency())) {
        throw new CurrencyMismatchException(core.currency(), overflow.currency());
      }
    }

    /**
     * Returns {@link Kind#HYBRID}.
     *
     * @return the kind
     */
    @Override
    public Kind kind() {
      return Kind.HYBRID;
    }

    /**
     * Returns the core's currency.
     *
     * @return the currency
     */
    @Override
    public Currency currency() {
      return core.currency();
    }

    /**
     * Returns the core's capacity in a period, prorated by days in service and rounded down.
     *
     * @param period the period
     * @return the capacity in contacts
     */
    public long capacity(ReportingPeriod period) {
      return Math.multiplyExact(coreCapacity, core.daysInService(period)) / PerFte.periodDays(period);
    }

    /**
     * Returns the core's line, then the overflow's lines when the billable contacts exceed the capacity.
     *
     * @param usage the usage
     * @return the lines
     */
    @Override
    public List<InvoiceLine> lines(Usage usage) {
      List<InvoiceLine> lines = new ArrayList<>(core.lines(usage));
      long billable = overflow.billableContacts(usage);
      long capacity = capacity(usage.period());
      if (billable > capacity) {
        lines.addAll(overflow.tierLines("Overflow contacts", billable - capacity,
            overflow.billableBasis(usage) + "; above the core capacity of " + capacity + " contacts"));
      }
      return List.copyOf(lines);
    }
  }
}
