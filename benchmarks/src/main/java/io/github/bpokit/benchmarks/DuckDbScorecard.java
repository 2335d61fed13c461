package io.github.bpokit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reference implementation of the end-to-end benchmark: DuckDB ({@code SET threads=1}) loads an interaction CSV
 * written by {@link InteractionCsvGenerator} (every column, in SPEC order) and computes the SPEC §4 reference set in SQL
 * ({@code duckdb/scorecard.sql}); prints the JSON of SPEC §7.
 *
 * <p>DuckDB is not a compile-time dependency (only {@code java.sql}); its driver is on the class path of
 * {@code benchmarks/target/e2e.jar}, built with {@code mvn -B -pl benchmarks -am package -Pe2e -DskipTests}:
 *
 * <pre>
 * java -cp benchmarks/target/e2e.jar io.github.bpokit.benchmarks.DuckDbScorecard --input FILE.csv [--by channel]
 * </pre>
 */
public final class DuckDbScorecard {
  private static final String SQL = "/duckdb/scorecard.sql";

  private DuckDbScorecard() {}

  /** A scorecard: the as-of instant and, per segment ({@code "*"} first), the KPI values by id in reference order. */
  public static final class Result {
    private final Instant asOf;
    private final Map<String, Map<String, @Nullable Object>> segments;

    Result(Instant asOf, Map<String, Map<String, @Nullable Object>> segments) {
      this.asOf = asOf;
      this.segments = segments;
    }

    /** Returns the latest created_at. */
    public Instant asOf() {
      return asOf;
    }

    /** Returns the KPI values (Long for counts, Double otherwise, null for no value) by segment and KPI id. */
    public Map<String, Map<String, @Nullable Object>> segments() {
      return segments;
    }

    /** Returns the JSON of SPEC §7: one segment per line. */
    public String toJson() {
      StringBuilder json = new StringBuilder();
      Object rows = segments.isEmpty() ? 0 : segments.values().iterator().next().get("contacts");
      json.append("{\"asOf\": ").append(Json.quote(asOf.toString())).append(", \"rows\": ").append(rows)
          .append(", \"rejected\": 0,\n \"segments\": {");
      String separator = "\n  ";
      for (Map.Entry<String, Map<String, @Nullable Object>> segment : segments.entrySet()) {
        json.append(separator).append(Json.quote(segment.getKey())).append(": {");
        String comma = "";
        for (Map.Entry<String, @Nullable Object> kpi : segment.getValue().entrySet()) {
          json.append(comma).append(Json.quote(kpi.getKey())).append(": ").append(Json.number(kpi.getValue()));
          comma = ", ";
        }
        json.append('}');
        separator = ",\n  ";
      }
      return json.append("}}").toString();
    }
  }

  /**
   * Loads the CSV into an in-memory DuckDB and computes the scorecard.
   *
   * @param csv an interaction CSV with every SPEC §1.1 column in specification order
   * @param byChannel also compute each channel's segment
   */
  public static Result compute(Path csv, boolean byChannel) throws SQLException, IOException {
    List<String> statements = statements(csv, byChannel);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      long began = System.nanoTime();
      for (String sql : statements.subList(0, statements.size() - 1)) {
        statement.execute(sql);
      }
      long loaded = System.nanoTime();
      try (ResultSet rows = statement.executeQuery(statements.get(statements.size() - 1))) {
        Result result = result(rows);
        System.err.printf("duckdb: load %.2f s, query %.2f s%n", (loaded - began) / 1e9,
            (System.nanoTime() - loaded) / 1e9);
        return result;
      }
    }
  }

  /** The statements of {@code scorecard.sql} for this input, in order. */
  static List<String> statements(Path csv, boolean byChannel) throws IOException {
    String script;
    try (InputStream in = DuckDbScorecard.class.getResourceAsStream(SQL)) {
      if (in == null) {
        throw new IOException("missing resource " + SQL);
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    String literal = "'" + csv.toAbsolutePath().toString().replace("'", "''") + "'";
    List<String> statements = new ArrayList<>();
    for (String sql : code.toString().split(";\\s*\n")) { // split before filling in: the path may hold a ';'
      if (!sql.isBlank()) {
        statements.add(sql.strip().replace("${input}", literal)
            .replace("${segments}", byChannel ? "(), (channel)" : "()")
            .replace("${segment}", byChannel ? "coalesce(channel, '*')" : "'*'"));
      }
    }
    return statements;
  }

  private static Result result(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    Map<String, Map<String, @Nullable Object>> segments = new LinkedHashMap<>();
    long asOfMicros = 0;
    while (rows.next()) {
      Map<String, @Nullable Object> values = new LinkedHashMap<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        String name = meta.getColumnLabel(c);
        if (name.equals("as_of_us")) {
          asOfMicros = rows.getLong(c);
        } else if (!name.equals("segment")) {
          Object value = rows.getObject(c);
          values.put(name, value instanceof Number && !(value instanceof Long) && !(value instanceof Double)
              ? (Object) ((Number) value).doubleValue() : value);
        }
      }
      segments.put(rows.getString("segment"), values);
    }
    Instant asOf = Instant.ofEpochSecond(Math.floorDiv(asOfMicros, 1_000_000L),
        Math.floorMod(asOfMicros, 1_000_000L) * 1000);
    return new Result(asOf, segments);
  }

  /** {@code --input FILE.csv [--by channel]}: prints the JSON to standard output and timings to standard error. */
  public static void main(String[] args) throws Exception {
    Path input = null;
    boolean byChannel = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--input") && i + 1 < args.length) {
        input = Path.of(args[++i]);
      } else if (args[i].equals("--by") && i + 1 < args.length && args[i + 1].equals("channel")) {
        byChannel = true;
        i++;
      } else {
        input = null;
        break;
      }
    }
    if (input == null) {
      System.err.println("usage: DuckDbScorecard --input FILE.csv [--by channel]");
      System.exit(2);
    }
    long began = System.nanoTime();
    Result result = compute(input, byChannel);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(result.toJson());
    out.flush();
    System.err.printf("duckdb: %.2f s from connect to result%n", (System.nanoTime() - began) / 1e9);
  }
}
