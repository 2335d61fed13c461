package io.github.bpokit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares two scorecard JSON documents of SPEC §7 value by value: the candidate (bpokit) against the reference
 * (DuckDB). Every segment and KPI of the reference must be in the candidate (extra KPIs of the candidate are ignored);
 * both must be null or both numbers, and the numbers must agree:
 *
 * <ul>
 *   <li>counts ({@code contacts}, {@code handled}, {@code rows}): exactly;
 *   <li>proportions: within 1e-9;
 *   <li>quantiles ({@code *_p50_*}, {@code *_p90_*}, ...): within 1% of the reference (a 1% DDSketch is allowed);
 *   <li>everything else (means, NPS): within 1e-9 relative.
 * </ul>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.bpokit.benchmarks.CompareScorecards BPOKIT.json DUCKDB.json
 * </pre>
 * prints a table (segment, metric, bpokit, duckdb, ok) and exits with 0 when everything agrees, 1 otherwise.
 */
public final class CompareScorecards {
  static final double PROPORTION_TOLERANCE = 1e-9;
  static final double MEAN_RELATIVE_TOLERANCE = 1e-9;
  static final double QUANTILE_RELATIVE_TOLERANCE = 0.01;

  private static final Set<String> COUNTS = Set.of("contacts", "handled", "rows", "rejected");
  private static final Set<String> PROPORTIONS = Set.of("abandonment_rate", "csat", "fcr", "recontact_rate",
      "escalation_rate", "containment_rate", "sla_first_response", "calibration_within_5", "reopen_rate");

  private CompareScorecards() {}

  /** One compared value. */
  public static final class Row {
    final String segment;
    final String metric;
    final @Nullable Object candidate;
    final @Nullable Object reference;
    final boolean ok;

    Row(String segment, String metric, @Nullable Object candidate, @Nullable Object reference, boolean ok) {
      this.segment = segment;
      this.metric = metric;
      this.candidate = candidate;
      this.reference = reference;
      this.ok = ok;
    }

    /** Returns whether the two values agree within the metric's tolerance. */
    public boolean ok() {
      return ok;
    }

    @Override
    public String toString() {
      return segment + " " + metric + " " + candidate + " " + reference + (ok ? " ok" : " DIFF");
    }
  }

  /** Compares two parsed documents; the rows follow the reference's order, top-level fields first. */
  public static List<Row> compare(Map<String, @Nullable Object> candidate, Map<String, @Nullable Object> reference) {
    List<Row> rows = new ArrayList<>();
    for (String field : List.of("asOf", "rows")) {
      if (reference.containsKey(field)) {
        Object c = candidate.get(field);
        Object r = reference.get(field);
        boolean ok = field.equals("asOf") ? Objects.equals(c, r) : agree(field, c, r);
        rows.add(new Row("", field, c, r, ok));
      }
    }
    Map<String, @Nullable Object> referenceSegments = object(reference.get("segments"));
    Map<String, @Nullable Object> candidateSegments = object(candidate.get("segments"));
    for (Map.Entry<String, @Nullable Object> segment : referenceSegments.entrySet()) {
      Map<String, @Nullable Object> c = object(candidateSegments.get(segment.getKey()));
      for (Map.Entry<String, @Nullable Object> kpi : object(segment.getValue()).entrySet()) {
        String metric = kpi.getKey();
        boolean present = c.containsKey(metric);
        Object candidateValue = present ? value(c.get(metric)) : "(missing)";
        Object referenceValue = value(kpi.getValue());
        rows.add(new Row(segment.getKey(), metric, candidateValue, referenceValue,
            present && agree(metric, candidateValue, referenceValue)));
      }
    }
    return rows;
  }

  /** Whether a candidate value agrees with the reference value of the named metric. */
  static boolean agree(String metric, @Nullable Object candidate, @Nullable Object reference) {
    if (candidate == null || reference == null) {
      return candidate == null && reference == null;
    }
    if (!(candidate instanceof Number) || !(reference instanceof Number)) {
      return false;
    }
    double c = ((Number) candidate).doubleValue();
    double r = ((Number) reference).doubleValue();
    double difference = Math.abs(c - r);
    if (COUNTS.contains(metric)) {
      return c == r;
    }
    if (PROPORTIONS.contains(metric)) {
      return difference <= PROPORTION_TOLERANCE;
    }
    if (isQuantile(metric)) {
      return difference <= QUANTILE_RELATIVE_TOLERANCE * Math.abs(r);
    }
    return difference <= MEAN_RELATIVE_TOLERANCE * Math.max(Math.abs(c), Math.abs(r)) || difference < 1e-12;
  }

  static boolean isQuantile(String metric) {
    return metric.matches(".*_p\\d+(_.*)?");
  }

  /** A KPI value: a number or null, or an object whose {@code value} is one. */
  private static @Nullable Object value(@Nullable Object json) {
    if (json instanceof Map) {
      return ((Map<?, ?>) json).get("value");
    }
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(@Nullable Object json) {
    return json instanceof Map ? (Map<String, @Nullable Object>) json : Map.of();
  }

  /** The table: segment, metric, candidate, reference, ok; a last line counting the differences. */
  public static String table(List<Row> rows, String candidateName, String referenceName) {
    StringBuilder table = new StringBuilder();
    String format = "%-9s %-24s %22s %22s  %s%n";
    table.append(String.format(format, "segment", "metric", candidateName, referenceName, "ok"));
    long differences = 0;
    for (Row row : rows) {
      table.append(String.format(format, row.segment, row.metric, text(row.candidate), text(row.reference),
          row.ok ? "ok" : "DIFF"));
      differences += row.ok ? 0 : 1;
    }
    table.append(differences == 0 ? "all " + rows.size() + " values agree" : differences + " of " + rows.size()
        + " values differ").append(System.lineSeparator());
    return table.toString();
  }

  private static String text(@Nullable Object value) {
    return value instanceof Double ? String.format("%.10g", (Double) value) : String.valueOf(value);
  }

  /** {@code CANDIDATE.json REFERENCE.json}: prints the table; exit code 0 when all agree, 1 otherwise, 2 usage. */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CompareScorecards BPOKIT.json DUCKDB.json");
      System.exit(2);
    }
    Object candidate = Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    Object reference = Json.parse(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    if (!(candidate instanceof Map) || !(reference instanceof Map)) {
      System.err.println("both files must hold a JSON object");
      System.exit(2);
    }
    List<Row> rows = compare((Map<String, @Nullable Object>) candidate, (Map<String, @Nullable Object>) reference);
    System.out.print(table(rows, "bpokit", "duckdb"));
    System.exit(rows.stream().allMatch(Row::ok) ? 0 : 1);
  }
}
