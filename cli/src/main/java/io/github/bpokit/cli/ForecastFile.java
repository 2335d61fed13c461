package io.github.bpokit.cli;

import static io.github.bpokit.cli.ContractFile.decimal;
import static io.github.bpokit.cli.ContractFile.money;
import static io.github.bpokit.cli.ContractFile.object;
import static io.github.bpokit.cli.ContractFile.parse;
import static io.github.bpokit.cli.ContractFile.required;
import static io.github.bpokit.cli.ContractFile.share;
import static io.github.bpokit.cli.ContractFile.text;
import static io.github.bpokit.cli.ContractFile.whole;
import static io.github.bpokit.cli.ContractFile.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.bpokit.cli.ContractFile.ContractFileException;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.core.time.ReportingPeriod;
import io.github.bpokit.pricing.ArrivalShape;
import io.github.bpokit.pricing.ChannelPlan;
import io.github.bpokit.pricing.DemandLine;
import io.github.bpokit.pricing.LoadedRate;
import io.github.bpokit.pricing.PartnerOption;
import io.github.bpokit.pricing.PricingModel;
import io.github.bpokit.pricing.VolumeForecast;
import io.github.bpokit.pricing.staffing.ChatConcurrency;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a forecast file (JSON, docs/pricing.md "Model comparison"): the month's demand, how each channel is staffed,
 * the staffing assumptions, the in-house loaded rate and the partner alternatives; every error names the JSON path of
 * the bad entry, as {@link ContractFile} does.
 */
final class ForecastFile {
  private static final String IN_HOUSE = "inhouse";
  private static final Set<String> QUEUE_KEYS = Set.of("staffing", "serviceLevel", "threshold", "interval",
      "openHours", "openDays", "peakToTrough", "shape", "concurrency");

  /** What a forecast file holds. */
  record Forecast(VolumeForecast forecast, Shrinkage shrinkage, BigDecimal paidHoursPerFte,
      List<PartnerOption> alternatives, Optional<String> inHouseName, Optional<LoadedRate> inHouse) {}

  private ForecastFile() {}

  static Forecast read(Path file, ZoneId zone, Optional<Money> fees) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, zone, fees);
    }
  }

  static Forecast read(Reader reader, ZoneId zone, Optional<Money> fees) throws IOException {
    JsonNode root = ContractFile.tree(reader, "a JSON object with \"period\", \"staffing\", \"channels\" and "
        + "\"demand\"");
    object(root, "", Set.of("period", "staffing", "qaPassRate", "channels", "demand", IN_HOUSE, "compare"));
    ReportingPeriod period = parse(required(root, "period", ""), "period", t -> ReportingPeriod.parse(t, zone));
    VolumeForecast.Builder forecast = VolumeForecast.builder(period);
    JsonNode staffing = required(root, "staffing", "");
    object(staffing, "staffing", Set.of("shrinkage", "paidHoursPerFte"));
    BigDecimal s = share(required(staffing, "shrinkage", "staffing"), "staffing.shrinkage");
    Shrinkage shrinkage = wrap("staffing.shrinkage", () -> Shrinkage.of(s.doubleValue()));
    BigDecimal paidHours = decimal(required(staffing, "paidHoursPerFte", "staffing"), "staffing.paidHoursPerFte");
    if (paidHours.signum() <= 0) {
      throw new ContractFileException("staffing.paidHoursPerFte", "must be positive, got " + paidHours);
    }
    if (root.has("qaPassRate")) {
      BigDecimal rate = share(root.get("qaPassRate"), "qaPassRate");
      wrap("qaPassRate", () -> forecast.qaPassRate(rate));
    }
    JsonNode channels = required(root, "channels", "");
    object(channels, "channels", null);
    for (Map.Entry<String, JsonNode> entry : channels.properties()) {
      String path = "channels." + entry.getKey();
      Channel channel = parse(new TextNode(entry.getKey()), path, Channel::parse);
      forecast.plan(channel, plan(entry.getValue(), path));
    }
    JsonNode demand = required(root, "demand", "");
    if (!demand.isArray() || demand.isEmpty()) {
      throw new ContractFileException("demand", "expected a non-empty array of demand lines, got " + demand);
    }
    for (int i = 0; i < demand.size(); i++) {
      String path = "demand[" + i + "]";
      DemandLine line = line(demand.get(i), path);
      forecast.line(line);
    }
    VolumeForecast built = wrap("demand", forecast::build);
    Optional<String> inHouseName = Optional.empty();
    Optional<LoadedRate> inHouse = Optional.empty();
    if (root.has(IN_HOUSE)) {
      JsonNode node = root.get(IN_HOUSE);
      object(node, IN_HOUSE, null);
      inHouseName = Optional.of(node.has("name") ? text(node.get("name"), IN_HOUSE + ".name") : "in-house");
      inHouse = Optional.of(loadedRate(node, IN_HOUSE));
    }
    List<PartnerOption> alternatives = new ArrayList<>();
    if (root.has("compare")) {
      JsonNode compare = root.get("compare");
      if (!compare.isArray()) {
        throw new ContractFileException("compare", "expected an array of alternatives, got " + compare);
      }
      for (int i = 0; i < compare.size(); i++) {
        alternatives.add(alternative(compare.get(i), "compare[" + i + "]", fees));
      }
    }
    return new Forecast(built, shrinkage, paidHours, alternatives, inHouseName, inHouse);
  }

  private static ChannelPlan plan(JsonNode node, String path) {
    object(node, path, null);
    String kind = text(required(node, "staffing", path), path + ".staffing").strip().toLowerCase(Locale.ROOT);
    if (kind.equals("workload")) {
      object(node, path, Set.of("staffing", "peakToTrough"));
      double ratio = node.has("peakToTrough") ? decimal(node.get("peakToTrough"), path + ".peakToTrough")
          .doubleValue() : 1;
      return wrap(path + ".peakToTrough", () -> ChannelPlan.workload(ratio));
    }
    if (!kind.equals("queue")) {
      throw new ContractFileException(path + ".staffing", "bad value '" + kind + "': expected queue or workload");
    }
    object(node, path, QUEUE_KEYS);
    BigDecimal level = share(required(node, "serviceLevel", path), path + ".serviceLevel");
    Duration threshold = duration(required(node, "threshold", path), path + ".threshold");
    ServiceTarget target = wrap(path + ".serviceLevel", () -> ServiceTarget.of(level.doubleValue(), threshold));
    Duration interval = node.has("interval") ? duration(node.get("interval"), path + ".interval")
        : Duration.ofMinutes(30);
    if (interval.isZero()) {
      throw new ContractFileException(path + ".interval", "must be longer than zero");
    }
    int openDays = whole(required(node, "openDays", path), path + ".openDays");
    ArrivalShape shape;
    if (node.has("shape")) {
      if (node.has("openHours") || node.has("peakToTrough")) {
        throw new ContractFileException(path + ".shape", "give either shape or openHours (with peakToTrough)");
      }
      JsonNode weights = node.get("shape");
      if (!weights.isArray()) {
        throw new ContractFileException(path + ".shape", "expected an array of weights, one per interval, got "
            + weights);
      }
      double[] w = new double[weights.size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = decimal(weights.get(i), path + ".shape[" + i + "]").doubleValue();
      }
      shape = wrap(path + ".shape", () -> ArrivalShape.of(w));
    } else {
      Duration open = duration(required(node, "openHours", path), path + ".openHours");
      if (open.isZero() || open.toNanos() % interval.toNanos() != 0) {
        throw new ContractFileException(path + ".openHours", open + " is not a whole number of intervals of "
            + interval);
      }
      int intervals = (int) (open.toNanos() / interval.toNanos());
      double ratio = node.has("peakToTrough") ? decimal(node.get("peakToTrough"), path + ".peakToTrough")
          .doubleValue() : 1;
      shape = wrap(path + ".peakToTrough", () -> ArrivalShape.linear(intervals, ratio));
    }
    ArrivalShape arrivals = shape;
    ChannelPlan.Queue queue = wrap(path + ".openDays", () -> ChannelPlan.queue(target, interval, arrivals, openDays));
    if (node.has("concurrency")) {
      double factor = decimal(node.get("concurrency"), path + ".concurrency").doubleValue();
      queue = queue.withConcurrency(wrap(path + ".concurrency", () -> ChatConcurrency.of(factor)));
    }
    return queue;
  }

  private static DemandLine line(JsonNode node, String path) {
    object(node, path, Set.of("channel", "category", "contacts", "aht", "resolutionRate", "tier1Share"));
    Channel channel = parse(required(node, "channel", path), path + ".channel", Channel::parse);
    String category = text(required(node, "category", path), path + ".category");
    JsonNode count = required(node, "contacts", path);
    if (!count.isIntegralNumber() || !count.canConvertToLong()) {
      throw new ContractFileException(path + ".contacts", "expected a whole number, got " + count);
    }
    Duration aht = duration(required(node, "aht", path), path + ".aht");
    BigDecimal resolution = share(required(node, "resolutionRate", path), path + ".resolutionRate");
    BigDecimal tier1 = node.has("tier1Share") ? share(node.get("tier1Share"), path + ".tier1Share") : BigDecimal.ZERO;
    return wrap(path, () -> new DemandLine(channel, category, count.asLong(), aht, resolution, tier1));
  }

  private static final Map<String, BiFunction<LoadedRate.Builder, String, LoadedRate.Builder>> COMPONENTS = Map.of(
      "wage", LoadedRate.Builder::wage, "benefits", LoadedRate.Builder::benefits, "wfm", LoadedRate.Builder::wfm,
      "qa", LoadedRate.Builder::qa, "training", LoadedRate.Builder::training,
      "technology", LoadedRate.Builder::technology, "realEstate", LoadedRate.Builder::realEstate,
      "managementOverhead", LoadedRate.Builder::managementOverhead);

  private static LoadedRate loadedRate(JsonNode node, String path) {
    Set<String> keys = new java.util.HashSet<>(COMPONENTS.keySet());
    keys.addAll(Set.of("name", "teamLead", "spanOfControl"));
    object(node, path, keys);
    Money wage = money(required(node, "wage", path), path + ".wage");
    LoadedRate.Builder rate = LoadedRate.builder(wage.currency());
    for (Map.Entry<String, BiFunction<LoadedRate.Builder, String, LoadedRate.Builder>> c : COMPONENTS.entrySet()) {
      if (node.has(c.getKey())) {
        String p = path + "." + c.getKey();
        Money amount = money(node.get(c.getKey()), p);
        if (!amount.currency().equals(wage.currency())) {
          throw new ContractFileException(p, "expected an amount in " + wage.currency().getCurrencyCode()
              + " (the wage's currency), got " + amount);
        }
        wrap(p, () -> c.getValue().apply(rate, amount.amount().toPlainString()));
      }
    }
    if (node.has("teamLead")) {
      Money lead = money(node.get("teamLead"), path + ".teamLead");
      int span = whole(required(node, "spanOfControl", path), path + ".spanOfControl");
      wrap(path + ".teamLead", () -> rate.teamLead(lead.amount().toPlainString(), span));
    }
    return rate.build();
  }

  private static PartnerOption alternative(JsonNode node, String path, Optional<Money> fees) {
    object(node, path, Set.of("name", "model", "minimumCommitment", "rounding"));
    String name = text(required(node, "name", path), path + ".name");
    ObjectNode pricing = ((ObjectNode) node).deepCopy();
    pricing.remove("name");
    JsonNode model = required(node, "model", path);
    boolean sized = model.isObject() && model.path("type").asText("").strip().equalsIgnoreCase("per_fte")
        && model.path("ftes").isTextual() && model.get("ftes").asText().strip().equals("forecast");
    if (sized) {
      ((ObjectNode) pricing.get("model")).put("ftes", 1);
    }
    ContractFile.Pricing parsed = ContractFile.pricing(pricing, path, fees, Optional.empty());
    PartnerOption option = sized
        ? PartnerOption.sizedToForecast(name, (PricingModel.PerFte) parsed.model())
        : wrap(path + ".name", () -> PartnerOption.of(name, parsed.model()));
    option = option.withRules(parsed.rules()).withRounding(parsed.rounding());
    if (parsed.minimumCommitment().isPresent()) {
      option = option.withMinimumCommitment(parsed.minimumCommitment().get());
    }
    return option;
  }

  private static Duration duration(JsonNode node, String path) {
    String text = text(node, path);
    Optional<Duration> duration = Durations.parse(text);
    if (duration.isEmpty() || duration.get().isNegative()) {
      throw new ContractFileException(path, "expected a duration such as 180s, 30m, 10h or ISO-8601 PT3M, got '"
          + text + "'");
    }
    return duration.get();
  }
}
