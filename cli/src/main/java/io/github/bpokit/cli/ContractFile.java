package io.github.bpokit.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.segment.SegmentKey;
import io.github.bpokit.core.segment.Segmentation;
import io.github.bpokit.core.time.PeriodUnit;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.pricing.PriceTiers;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.pricing.TierMode;
import io.github.bpokit.pricing.UsageRules;
import io.github.bpokit.sla.terms.Adjustment;
import io.github.bpokit.sla.terms.ContractTerms;
import io.github.bpokit.sla.terms.CreditScheme;
import io.github.bpokit.sla.terms.Direction;
import io.github.bpokit.sla.terms.MeasurementPeriod;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import io.github.bpokit.sla.terms.TermOutcome;
import io.github.bpokit.sla.terms.Trigger;
import io.github.bpokit.sla.terms.TriggerAction;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reads a contract file (JSON, docs/contract-terms.md); every error names the JSON path of the bad entry. */
final class ContractFile {
  /** The mapper, built when a file is first read (not when the class is initialised). */
  private static final class Mapper {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();

    private Mapper() {}
  }

  /**
   * A contract and the file's zone, fees and optional pricing.
   *
   * @param terms the terms
   * @param zone the zone of the periods
   * @param fees the default fees of a period: {@code "fees"} as one amount, or its {@code "default"}
   * @param pricing the pricing section
   * @param periodFees the fees of single periods: {@code "fees"} as an object of period labels
   */
  record Contract(ContractTerms terms, ZoneId zone, Optional<Money> fees, Optional<Pricing> pricing,
      Map<ReportingPeriod, Money> periodFees) {
    /**
     * Returns a period's fees: its own entry in {@code "fees"}, else the default.
     *
     * @param period a period of the contract's unit and zone
     * @return the fees, or empty when the file gives none for it
     */
    Optional<Money> fees(ReportingPeriod period) {
      Money own = periodFees.get(period);
      return own != null ? Optional.of(own) : fees;
    }
  }

  /**
   * The file's {@code pricing} section: how a period's usage is priced.
   *
   * @param model the pricing model
   * @param rules how usage is measured (billing increment, wrap cap, QA pass threshold)
   * @param minimumCommitment the optional minimum per period
   * @param rounding how each invoice line is rounded
   */
  record Pricing(PricingModel model, UsageRules rules, Optional<Money> minimumCommitment, RoundingMode rounding) {}

  /** A bad contract file, with the path of the bad entry. */
  static final class ContractFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ContractFileException(String path, String message) {
      super(path.isEmpty() ? message : path + ": " + message);
    }
  }

  private ContractFile() {}

  static Contract read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads the {@code --contract} file of a command: an unreadable or bad file is a usage error (exit 2) naming the
   * file and, for a bad entry, its path.
   */
  static Contract readOption(CommandLine commandLine, Path file) {
    try {
      return read(file);
    } catch (IOException e) {
      throw new ParameterException(commandLine, "cannot read --contract " + file + ": " + InteractionInput.describe(e));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--contract " + file + ": " + e.getMessage());
    }
  }

  /** The contract's pricing section, which the command needs to do {@code what} ("invoice", "compare"). */
  static Pricing pricingOption(CommandLine commandLine, Path file, Contract contract, String what) {
    return contract.pricing().orElseThrow(() -> new ParameterException(commandLine, "--contract " + file
        + ": no \"pricing\" section: nothing to " + what + " (see docs/contract-terms.md)"));
  }

  static Contract read(Reader reader) throws IOException {
    JsonNode root = tree(reader, "a JSON object with \"terms\"");
    object(root, "", Set.of("period", "zone", "fees", "rounding", "credits", "terms", "triggers", "pricing"));
    PeriodUnit period = root.has("period") ? parse(root.get("period"), "period", ContractFile::contractPeriod)
        : PeriodUnit.MONTH;
    ZoneId zone = root.has("zone") ? parse(root.get("zone"), "zone", ZoneId::of) : ZoneId.of("UTC");
    Map<String, Money> feeEntries = root.has("fees") ? fees(root.get("fees"), "fees") : Map.of();
    Optional<Money> fees = Optional.ofNullable(feeEntries.get(DEFAULT_FEES));
    Map<ReportingPeriod, Money> periodFees = periodFees(feeEntries, period, zone);
    ContractTerms.Builder contract = wrap("period", () -> ContractTerms.builder(period));
    Optional<RoundingMode> rounding = root.has("rounding")
        ? Optional.of(parse(root.get("rounding"), "rounding", ContractFile::roundingMode)) : Optional.empty();
    rounding.ifPresent(contract::rounding);
    JsonNode terms = root.get("terms");
    if (terms == null || !terms.isArray() || terms.isEmpty()) {
      throw new ContractFileException("terms", "expected a non-empty array of terms, got " + terms);
    }
    for (int i = 0; i < terms.size(); i++) {
      String path = "terms[" + i + "]";
      ServiceLevelTerm term = term(terms.get(i), path, period);
      wrap(path + ".name", () -> contract.term(term));
    }
    if (root.has("credits")) {
      contract.scheme(scheme(root.get("credits"), "credits"));
    }
    JsonNode triggers = root.get("triggers");
    if (triggers != null) {
      if (!triggers.isArray()) {
        throw new ContractFileException("triggers", "expected an array of triggers, got " + triggers);
      }
      for (int i = 0; i < triggers.size(); i++) {
        contract.trigger(trigger(triggers.get(i), "triggers[" + i + "]"));
      }
    }
    Optional<Money> anyFees = feeEntries.values().stream().findFirst();
    Optional<Pricing> pricing = root.has("pricing")
        ? Optional.of(pricing(root.get("pricing"), "pricing", anyFees, rounding)) : Optional.empty();
    return new Contract(wrap("", contract::build), zone, fees, pricing, periodFees);
  }

  private static PeriodUnit contractPeriod(String text) {
    if (text.strip().toLowerCase(Locale.ROOT).startsWith("rolling")) {
      throw new IllegalArgumentException("a rolling window is a term's measurement period: give it as "
          + "terms[i].period; the contract's period is month or quarter");
    }
    return PeriodUnit.parse(text);
  }

  // ---- fees ----

  /** The key of the default fees in the per-period form of {@code "fees"}. */
  private static final String DEFAULT_FEES = "default";

  /**
   * Reads {@code "fees"}: one amount (the default of every period), or an object of period labels and
   * {@code "default"} to amounts; by key (the one amount under {@code "default"}), in file order, one currency,
   * each rounded and not negative.
   */
  private static Map<String, Money> fees(JsonNode node, String path) {
    Map<String, Money> fees = new LinkedHashMap<>();
    if (node.isTextual()) {
      fees.put(DEFAULT_FEES, checkFees(money(node, path), path));
      return fees;
    }
    if (!node.isObject() || node.isEmpty()) {
      throw new ContractFileException(path, "expected an amount like \"EUR 100000.00\" or amounts per period "
          + "like {\"2026-10\": \"EUR 100000.00\", \"default\": \"EUR 95000.00\"}, got " + node);
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String p = path + "." + e.getKey();
      Money amount = checkFees(money(e.getValue(), p), p);
      Money first = fees.values().stream().findFirst().orElse(amount);
      if (!amount.currency().equals(first.currency())) {
        throw new ContractFileException(p, amount + " is in " + amount.currency().getCurrencyCode()
            + " but the fees before it are in " + first.currency().getCurrencyCode());
      }
      fees.put(e.getKey(), amount);
    }
    return fees;
  }

  private static Money checkFees(Money fees, String path) {
    if (fees.isNegative() || !fees.isRounded()) {
      throw new ContractFileException(path, fees + " must be rounded to the minor unit and not negative");
    }
    return fees;
  }

  /** The entries of {@code "fees"} under period labels, by period. */
  private static Map<ReportingPeriod, Money> periodFees(Map<String, Money> fees, PeriodUnit unit, ZoneId zone) {
    Map<ReportingPeriod, Money> byPeriod = new TreeMap<>();
    fees.forEach((key, amount) -> {
      if (key.equals(DEFAULT_FEES)) {
        return;
      }
      String p = "fees." + key;
      ReportingPeriod period;
      try {
        period = ReportingPeriod.parse(key, zone);
      } catch (IllegalArgumentException e) {
        throw new ContractFileException(p, "expected a period label like 2026-10 or \"default\": "
            + e.getMessage());
      }
      if (period.unit() != unit) {
        throw new ContractFileException(p, key + " is a " + period.unit().toString().toLowerCase(Locale.ROOT)
            + " but the contract's period is " + unit.toString().toLowerCase(Locale.ROOT));
      }
      if (byPeriod.put(period, amount) != null) {
        throw new ContractFileException(p, "fees of " + period + " are given twice");
      }
    });
    return Collections.unmodifiableMap(byPeriod);
  }

  /** Reads a JSON file's tree (duplicate keys and trailing tokens rejected, decimals exact), not empty. */
  static JsonNode tree(Reader reader, String expected) throws IOException {
    JsonNode root;
    try {
      root = Mapper.MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      throw new ContractFileException("", "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new ContractFileException("", "the file is empty: expected " + expected);
    }
    return root;
  }

  private static RoundingMode roundingMode(String text) {
    RoundingMode mode = RoundingMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
    if (mode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("UNNECESSARY cannot round a line to the minor unit");
    }
    return mode;
  }

  // ---- pricing ----

  private static final Set<String> RULE_KEYS = Set.of("incrementSeconds", "wrapCapSeconds", "qaPassThreshold");
  private static final Set<String> FTE_KEYS = Set.of("ftes", "monthlyRate", "hourlyRate", "hoursPerFte",
      "serviceStart", "serviceEnd");
  private static final Set<String> CONTACT_KEYS = Set.of("price", "tiers", "mode", "qualityFloor", "reopenClause");

  static Pricing pricing(JsonNode node, String path, Optional<Money> fees, Optional<RoundingMode> rounding) {
    object(node, path, Set.of("model", "minimumCommitment", "rounding"));
    RoundingMode mode = node.has("rounding")
        ? parse(node.get("rounding"), path + ".rounding", ContractFile::roundingMode)
        : rounding.orElse(RoundingMode.HALF_UP);
    JsonNode modelNode = required(node, "model", path);
    String m = path + ".model";
    object(modelNode, m, null);
    String type = text(required(modelNode, "type", m), m + ".type").strip().toLowerCase(Locale.ROOT);
    UsageRules rules = rules(modelNode, m);
    PricingModel model = switch (type) {
      case "per_fte" -> {
        keys(modelNode, m, FTE_KEYS);
        yield perFte(modelNode, m);
      }
      case "per_contact" -> {
        keys(modelNode, m, CONTACT_KEYS);
        yield perContact(modelNode, m);
      }
      case "per_resolved_contact" -> {
        keys(modelNode, m, Set.of("price"));
        Money price = money(required(modelNode, "price", m), m + ".price");
        yield wrap(m + ".price", () -> new PricingModel.PerResolvedContact(price));
      }
      case "per_minute" -> {
        keys(modelNode, m, Set.of("pricePerMinute"));
        Money price = money(required(modelNode, "pricePerMinute", m), m + ".pricePerMinute");
        yield wrap(m + ".pricePerMinute", () -> new PricingModel.PerMinute(price));
      }
      case "outcome_based" -> {
        keys(modelNode, m, Set.of("measure", "feePerUnit", "share"));
        yield outcomeBased(modelNode, m, fees);
      }
      case "hybrid" -> {
        keys(modelNode, m, Set.of("core", "coreCapacity", "overflow"));
        JsonNode core = required(modelNode, "core", m);
        object(core, m + ".core", FTE_KEYS);
        PricingModel.PerFte fte = perFte(core, m + ".core");
        long capacity = whole(required(modelNode, "coreCapacity", m), m + ".coreCapacity");
        JsonNode overflow = required(modelNode, "overflow", m);
        object(overflow, m + ".overflow", CONTACT_KEYS);
        PricingModel.PerContact perContact = perContact(overflow, m + ".overflow");
        yield wrap(m, () -> new PricingModel.Hybrid(fte, capacity, perContact));
      }
      default -> throw new ContractFileException(m + ".type", "bad value '" + type + "': expected one of "
          + "per_fte, per_contact, per_resolved_contact, per_minute, outcome_based, hybrid");
    };
    if (fees.isPresent() && !fees.get().currency().equals(model.currency())) {
      throw new ContractFileException(m, "the model bills in " + model.currency().getCurrencyCode()
          + " but the fees are in " + fees.get().currency().getCurrencyCode());
    }
    Optional<Money> minimum = Optional.empty();
    if (node.has("minimumCommitment")) {
      Money min = money(node.get("minimumCommitment"), path + ".minimumCommitment");
      if (!min.currency().equals(model.currency()) || min.isNegative()) {
        throw new ContractFileException(path + ".minimumCommitment", "expected an amount in "
            + model.currency().getCurrencyCode() + " (the model's currency), not negative, got " + min);
      }
      minimum = Optional.of(min);
    }
    return new Pricing(model, rules, minimum, mode);
  }

  /** Checks the keys of a model object: its type's keys, the usage rules and {@code type}. */
  private static void keys(JsonNode node, String path, Set<String> own) {
    Set<String> allowed = new java.util.HashSet<>(own);
    allowed.addAll(RULE_KEYS);
    allowed.add("type");
    object(node, path, allowed);
  }

  private static UsageRules rules(JsonNode node, String path) {
    UsageRules rules = UsageRules.defaults();
    if (node.has("incrementSeconds")) {
      long seconds = whole(node.get("incrementSeconds"), path + ".incrementSeconds");
      UsageRules r = rules;
      rules = wrap(path + ".incrementSeconds", () -> r.withBillingIncrement(Duration.ofSeconds(seconds)));
    }
    if (node.has("wrapCapSeconds")) {
      long seconds = whole(node.get("wrapCapSeconds"), path + ".wrapCapSeconds");
      UsageRules r = rules;
      rules = wrap(path + ".wrapCapSeconds", () -> r.withWrapCap(Duration.ofSeconds(seconds)));
    }
    if (node.has("qaPassThreshold")) {
      double threshold = decimal(node.get("qaPassThreshold"), path + ".qaPassThreshold").doubleValue();
      UsageRules r = rules;
      rules = wrap(path + ".qaPassThreshold", () -> r.withQaPassThreshold(threshold));
    }
    return rules;
  }

  private static PricingModel.PerFte perFte(JsonNode node, String path) {
    BigDecimal ftes = decimal(required(node, "ftes", path), path + ".ftes");
    if (node.has("monthlyRate") == node.has("hourlyRate")) {
      throw new ContractFileException(path, "expected exactly one of monthlyRate or hourlyRate (with hoursPerFte)");
    }
    PricingModel.PerFte fte;
    if (node.has("monthlyRate")) {
      if (node.has("hoursPerFte")) {
        throw new ContractFileException(path + ".hoursPerFte", "only with hourlyRate");
      }
      Money rate = money(node.get("monthlyRate"), path + ".monthlyRate");
      fte = wrap(path + ".ftes", () -> PricingModel.PerFte.monthly(ftes, rate));
    } else {
      Money rate = money(node.get("hourlyRate"), path + ".hourlyRate");
      BigDecimal hours = decimal(required(node, "hoursPerFte", path), path + ".hoursPerFte");
      fte = wrap(path + ".ftes", () -> PricingModel.PerFte.hourly(ftes, rate, hours));
    }
    if (node.has("serviceStart")) {
      PricingModel.PerFte f = fte;
      LocalDate start = parse(node.get("serviceStart"), path + ".serviceStart", LocalDate::parse);
      fte = wrap(path + ".serviceStart", () -> f.withServiceStart(start));
    }
    if (node.has("serviceEnd")) {
      PricingModel.PerFte f = fte;
      LocalDate end = parse(node.get("serviceEnd"), path + ".serviceEnd", LocalDate::parse);
      fte = wrap(path + ".serviceEnd", () -> f.withServiceEnd(end));
    }
    return fte;
  }

  private static PricingModel.PerContact perContact(JsonNode node, String path) {
    if (node.has("price") == node.has("tiers")) {
      throw new ContractFileException(path, "expected exactly one of price (flat) or tiers");
    }
    TierMode mode = node.has("mode") ? parse(node.get("mode"), path + ".mode", ContractFile::tierMode)
        : TierMode.GRADUATED;
    PriceTiers tiers;
    if (node.has("price")) {
      Money price = money(node.get("price"), path + ".price");
      tiers = wrap(path + ".price", () -> PriceTiers.flat(price));
    } else {
      JsonNode array = node.get("tiers");
      if (!array.isArray() || array.isEmpty()) {
        throw new ContractFileException(path + ".tiers", "expected a non-empty array of tiers, got " + array);
      }
      PriceTiers.Builder builder = PriceTiers.builder();
      for (int i = 0; i < array.size(); i++) {
        String t = path + ".tiers[" + i + "]";
        JsonNode tier = array.get(i);
        object(tier, t, Set.of("from", "to", "unitPrice", "flatFee"));
        long from = whole(required(tier, "from", t), t + ".from");
        @Nullable Long to = tier.has("to") && !tier.get("to").isNull() ? (long) whole(tier.get("to"), t + ".to")
            : null;
        if (to != null && to < from) {
          throw new ContractFileException(t + ".to", "to " + to + " is below from " + from);
        }
        Range<Long> units = to == null ? Range.atLeast(from) : Range.closed(from, to);
        Money price = money(required(tier, "unitPrice", t), t + ".unitPrice");
        if (tier.has("flatFee")) {
          Money fee = money(tier.get("flatFee"), t + ".flatFee");
          wrap(t, () -> builder.tier(units, price, fee));
        } else {
          wrap(t, () -> builder.tier(units, price));
        }
      }
      tiers = wrap(path + ".tiers", builder::build);
    }
    PricingModel.PerContact model = PricingModel.PerContact.tiered(tiers, mode);
    if (bool(node, "qualityFloor", path, false)) {
      model = model.withQualityFloor();
    }
    if (bool(node, "reopenClause", path, false)) {
      model = model.withReopenClause();
    }
    return model;
  }

  private static PricingModel outcomeBased(JsonNode node, String path, Optional<Money> fees) {
    String measure = text(required(node, "measure", path), path + ".measure");
    if (node.has("feePerUnit") == node.has("share")) {
      throw new ContractFileException(path, "expected exactly one of feePerUnit or share");
    }
    if (node.has("feePerUnit")) {
      Money fee = money(node.get("feePerUnit"), path + ".feePerUnit");
      return wrap(path + ".feePerUnit", () -> PricingModel.OutcomeBased.feePerUnit(measure, fee));
    }
    BigDecimal share = share(node.get("share"), path + ".share");
    Money currencyOf = fees.orElseThrow(() -> new ContractFileException(path + ".share",
        "a share of a value bills in the currency of \"fees\": give \"fees\""));
    return wrap(path + ".share", () -> PricingModel.OutcomeBased.shareOfValue(measure, share,
        currencyOf.currency()));
  }

  private static TierMode tierMode(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "graduated" -> TierMode.GRADUATED;
      case "volume" -> TierMode.VOLUME;
      default -> throw new IllegalArgumentException("expected graduated or volume");
    };
  }

  static Money money(JsonNode node, String path) {
    return parse(node, path, Money::parse);
  }

  private static ServiceLevelTerm term(JsonNode node, String path, PeriodUnit period) {
    object(node, path, Set.of("name", "kpi", "period", "scope", "direction", "minimumSample", "bands"));
    String name = text(required(node, "name", path), path + ".name");
    KpiId kpi = parse(required(node, "kpi", path), path + ".kpi", KpiId::parse);
    ServiceLevelTerm.Builder term = wrap(path + ".name", () -> ServiceLevelTerm.builder(name, kpi)).period(period);
    if (node.has("period")) {
      MeasurementPeriod measurement = parse(node.get("period"), path + ".period", MeasurementPeriod::parse);
      if (measurement.unit() != period) {
        throw new ContractFileException(path + ".period", measurement.toString().toLowerCase(Locale.ROOT)
            + " is evaluated per " + measurement.unit().toString().toLowerCase(Locale.ROOT)
            + " but the contract's period is " + period.toString().toLowerCase(Locale.ROOT));
      }
      wrap(path + ".period", () -> term.measurementPeriod(measurement));
    }
    if (node.has("scope")) {
      term.scope(parse(node.get("scope"), path + ".scope", ContractFile::scope));
    }
    if (node.has("direction")) {
      term.direction(parse(node.get("direction"), path + ".direction",
          s -> Direction.valueOf(s.strip().toUpperCase(Locale.ROOT))));
    }
    if (node.has("minimumSample")) {
      JsonNode n = node.get("minimumSample");
      if (!n.canConvertToLong() || !n.isIntegralNumber()) {
        throw new ContractFileException(path + ".minimumSample", "expected a whole number, got " + n);
      }
      wrap(path + ".minimumSample", () -> term.minimumSample(n.asLong()));
    }
    JsonNode bands = required(node, "bands", path);
    if (!bands.isArray() || bands.isEmpty()) {
      throw new ContractFileException(path + ".bands", "expected a non-empty array of bands, got " + bands);
    }
    for (int i = 0; i < bands.size(); i++) {
      String b = path + ".bands[" + i + "]";
      JsonNode band = bands.get(i);
      object(band, b, Set.of("from", "fromInclusive", "to", "toInclusive", "outcome", "adjustment"));
      Range<Double> range = range(band, b);
      TermOutcome outcome = parse(required(band, "outcome", b), b + ".outcome", TermOutcome::parse);
      Adjustment adjustment = band.has("adjustment") ? adjustment(band.get("adjustment"), b + ".adjustment")
          : Adjustment.none();
      wrap(b, () -> term.band(range, outcome, adjustment));
    }
    return wrap(path + ".bands", term::build);
  }

  private static SegmentKey scope(String text) {
    String s = text.strip();
    if (s.equals("*")) {
      return SegmentKey.all();
    }
    int eq = s.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("expected '*' or dimension=value, e.g. channel=EMAIL, got '" + text + "'");
    }
    Segmentation by = Segmentation.parse(s.substring(0, eq));
    return by.parseKey(s.substring(eq + 1).strip());
  }

  private static Range<Double> range(JsonNode band, String path) {
    @Nullable BigDecimal from = band.has("from") && !band.get("from").isNull()
        ? decimal(band.get("from"), path + ".from") : null;
    @Nullable BigDecimal to = band.has("to") && !band.get("to").isNull() ? decimal(band.get("to"), path + ".to") : null;
    BoundType lower = bool(band, "fromInclusive", path, true) ? BoundType.CLOSED : BoundType.OPEN;
    BoundType upper = bool(band, "toInclusive", path, false) ? BoundType.CLOSED : BoundType.OPEN;
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new ContractFileException(path + ".from", "from " + from.toPlainString() + " is above to "
          + to.toPlainString());
    }
    if (from == null && to == null) {
      return Range.all();
    }
    if (from == null) {
      return Range.upTo(to.doubleValue(), upper);
    }
    if (to == null) {
      return Range.downTo(from.doubleValue(), lower);
    }
    return Range.range(from.doubleValue(), lower, to.doubleValue(), upper);
  }

  private static Adjustment adjustment(JsonNode node, String path) {
    object(node, path, Set.of("share", "from", "to"));
    if (node.has("share")) {
      if (node.has("from") || node.has("to")) {
        throw new ContractFileException(path, "expected either share or from and to, not both");
      }
      BigDecimal share = share(node.get("share"), path + ".share");
      return wrap(path + ".share", () -> Adjustment.fixed(share));
    }
    JsonNode from = required(node, "from", path);
    JsonNode to = required(node, "to", path);
    object(from, path + ".from", Set.of("value", "share"));
    object(to, path + ".to", Set.of("value", "share"));
    BigDecimal v1 = decimal(required(from, "value", path + ".from"), path + ".from.value");
    BigDecimal s1 = share(required(from, "share", path + ".from"), path + ".from.share");
    BigDecimal v2 = decimal(required(to, "value", path + ".to"), path + ".to.value");
    BigDecimal s2 = share(required(to, "share", path + ".to"), path + ".to.share");
    return wrap(path, () -> Adjustment.sliding(v1, s1, v2, s2));
  }

  private static CreditScheme scheme(JsonNode node, String path) {
    object(node, path, Set.of("atRisk", "allocations", "bonusCap", "earnBackPeriods"));
    CreditScheme.Builder scheme = CreditScheme.builder();
    if (node.has("atRisk")) {
      BigDecimal share = share(node.get("atRisk"), path + ".atRisk");
      wrap(path + ".atRisk", () -> scheme.atRisk(share));
    }
    if (node.has("bonusCap")) {
      BigDecimal share = share(node.get("bonusCap"), path + ".bonusCap");
      wrap(path + ".bonusCap", () -> scheme.bonusCap(share));
    }
    if (node.has("earnBackPeriods")) {
      JsonNode n = node.get("earnBackPeriods");
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw new ContractFileException(path + ".earnBackPeriods", "expected a whole number, got " + n);
      }
      wrap(path + ".earnBackPeriods", () -> scheme.earnBack(n.asInt()));
    }
    if (node.has("allocations")) {
      JsonNode a = node.get("allocations");
      object(a, path + ".allocations", null);
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        String p = path + ".allocations." + e.getKey();
        BigDecimal share = share(e.getValue(), p);
        wrap(p, () -> scheme.allocation(e.getKey(), share));
      }
    }
    return wrap(path, scheme::build);
  }

  private static Trigger trigger(JsonNode node, String path) {
    object(node, path, Set.of("name", "term", "atOrWorse", "consecutive", "anyOf", "rollUp", "action"));
    String name = text(required(node, "name", path), path + ".name");
    String term = text(required(node, "term", path), path + ".term");
    TermOutcome outcome = parse(required(node, "atOrWorse", path), path + ".atOrWorse", TermOutcome::parse);
    TriggerAction action = parse(required(node, "action", path), path + ".action", TriggerAction::parse);
    Trigger trigger;
    if (node.has("consecutive") == node.has("anyOf")) {
      throw new ContractFileException(path, "expected exactly one of consecutive (N) or anyOf ({\"m\": M, \"k\": K})");
    }
    if (node.has("consecutive")) {
      int n = whole(node.get("consecutive"), path + ".consecutive");
      trigger = wrap(path + ".consecutive", () -> Trigger.consecutive(name, term, outcome, n, action));
    } else {
      JsonNode any = node.get("anyOf");
      object(any, path + ".anyOf", Set.of("m", "k"));
      int m = whole(required(any, "m", path + ".anyOf"), path + ".anyOf.m");
      int k = whole(required(any, "k", path + ".anyOf"), path + ".anyOf.k");
      trigger = wrap(path + ".anyOf", () -> Trigger.inAnyOf(name, term, outcome, m, k, action));
    }
    if (node.has("rollUp")) {
      trigger = trigger.rolledUpTo(parse(node.get("rollUp"), path + ".rollUp", PeriodUnit::parse));
    }
    return trigger;
  }

  // ---- helpers ----

  static <T> T wrap(String path, java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new ContractFileException(path, e.getMessage());
    }
  }

  static <T> T parse(JsonNode node, String path, Function<String, T> parser) {
    String text = text(node, path);
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new ContractFileException(path, e.getMessage() == null ? "bad value '" + text + "'"
          : "bad value '" + text + "': " + e.getMessage());
    }
  }

  static JsonNode required(JsonNode node, String key, String path) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new ContractFileException(path.isEmpty() ? key : path + "." + key, "missing");
    }
    return value;
  }

  static int whole(JsonNode node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new ContractFileException(path, "expected a whole number, got " + node);
    }
    return node.asInt();
  }

  private static boolean bool(JsonNode node, String key, String path, boolean otherwise) {
    JsonNode value = node.get(key);
    if (value == null) {
      return otherwise;
    }
    if (!value.isBoolean()) {
      throw new ContractFileException(path + "." + key, "expected true or false, got " + value);
    }
    return value.asBoolean();
  }

  static BigDecimal decimal(JsonNode node, String path) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    throw new ContractFileException(path, "expected a number, got " + node);
  }

  /** A share: a number (0.05) or a percentage string ("5%", "-15%"). */
  static BigDecimal share(JsonNode node, String path) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual() && node.asText().strip().endsWith("%")) {
      String t = node.asText().strip();
      try {
        return new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2);
      } catch (NumberFormatException e) {
        throw new ContractFileException(path, "expected a number or a percentage like \"5%\", got " + node);
      }
    }
    throw new ContractFileException(path, "expected a number or a percentage like \"5%\", got " + node);
  }

  static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new ContractFileException(path, "expected a string, got " + node);
    }
    return node.asText();
  }

  static void object(JsonNode node, String path, @Nullable Set<String> allowed) {
    if (!node.isObject()) {
      throw new ContractFileException(path, "expected a JSON object, got " + node);
    }
    if (allowed != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          throw new ContractFileException(path.isEmpty() ? key : path + "." + key,
              "unknown key, expected one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
      }
    }
  }
}
