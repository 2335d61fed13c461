package io.github.bpokit.cli;

import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.NetPromoterScore;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.QuantileValue;
import io.github.bpokit.kpi.ScorecardResult;
import io.github.bpokit.kpi.SegmentScores;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The output formats of {@code bpokit scorecard} (SPEC §7). Every format lists the segments in the result's order (the
 * whole, {@code *}, first) and the KPIs in {@link KpiId} order.
 *
 * <ul>
 *   <li>{@code json}: {@code {"asOf": ..., "rows": N, "rejected": R, "segments": {"*": {"contacts": N, "csat": 0.66,
 *       ...}, "CHAT": {...}}}}; counts as integers, other values as JSON numbers in full precision, {@code null} where
 *       there is no value.
 *   <li>{@code csv}: one row per segment, a {@code segment} column then one column per KPI id; an empty cell where there
 *       is no value.
 *   <li>{@code table}: for people: KPIs down, segments across (six segments per block), rates in percent.
 *   <li>{@code html}: the table as one self-contained HTML page.
 * </ul>
 */
enum ScorecardOutput {
  TABLE {
    @Override
    void write(ScorecardResult result, Source source, PrintWriter out) {
      out.println(source.describe(result));
      List<SegmentScores> segments = new ArrayList<>(result.segments().values());
      int kpiWidth = result.kpis().stream().mapToInt(k -> k.id().length()).max().orElse(0);
      for (int from = 0; from < segments.size(); from += TABLE_COLUMNS) {
        List<SegmentScores> block = segments.subList(from, Math.min(segments.size(), from + TABLE_COLUMNS));
        int[] widths = new int[block.size()];
        for (int i = 0; i < block.size(); i++) {
          widths[i] = block.get(i).label().length();
          for (KpiId kpi : result.kpis()) {
            widths[i] = Math.max(widths[i], human(block.get(i).value(kpi)).length());
          }
        }
        out.println();
        StringBuilder header = new StringBuilder(pad("", kpiWidth, false));
        for (int i = 0; i < block.size(); i++) {
          header.append("  ").append(pad(block.get(i).label(), widths[i], true));
        }
        out.println(header.toString().stripTrailing());
        for (KpiId kpi : result.kpis()) {
          StringBuilder line = new StringBuilder(pad(kpi.id(), kpiWidth, false));
          for (int i = 0; i < block.size(); i++) {
            line.append("  ").append(pad(human(block.get(i).value(kpi)), widths[i], true));
          }
          out.println(line);
        }
      }
    }
  },
  JSON {
    @Override
    void write(ScorecardResult result, Source source, PrintWriter out) {
      StringBuilder json = new StringBuilder(256 + 64 * result.segments().size() * result.kpis().size());
      json.append("{\"asOf\": ");
      result.asOf().ifPresentOrElse(asOf -> quote(json, asOf.toString()), () -> json.append("null"));
      json.append(", \"rows\": ").append(source.rows()).append(", \"rejected\": ").append(source.rejected());
      json.append(", \"segments\": {");
      String separator = "";
      for (SegmentScores scores : result.segments().values()) {
        json.append(separator).append('\n').append("  ");
        quote(json, scores.label());
        json.append(": {");
        String kpiSeparator = "";
        for (KpiId kpi : result.kpis()) {
          json.append(kpiSeparator);
          quote(json, kpi.id());
          json.append(": ").append(machine(scores.value(kpi), "null"));
          kpiSeparator = ", ";
        }
        json.append('}');
        separator = ",";
      }
      json.append("\n}}");
      out.println(json);
    }
  },
  CSV {
    @Override
    void write(ScorecardResult result, Source source, PrintWriter out) {
      StringBuilder header = new StringBuilder("segment");
      for (KpiId kpi : result.kpis()) {
        header.append(',').append(kpi.id());
      }
      out.println(header);
      for (SegmentScores scores : result.segments().values()) {
        StringBuilder line = new StringBuilder(csvCell(scores.label()));
        for (KpiId kpi : result.kpis()) {
          line.append(',').append(machine(scores.value(kpi), ""));
        }
        out.println(line);
      }
    }
  },
  HTML {
    @Override
    void write(ScorecardResult result, Source source, PrintWriter out) {
      out.println("<!DOCTYPE html>");
      out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>bpokit scorecard</title>");
      out.println("<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
          + "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th:first-child,td:first-child"
          + "{text-align:left}thead th{background:#f3f3f3}</style></head><body>");
      out.println("<h1>Scorecard</h1>");
      out.println("<p>" + escape(source.describe(result)) + "</p>");
      out.println("<table><thead><tr><th>KPI</th>");
      for (SegmentScores scores : result.segments().values()) {
        out.println("<th>" + escape(scores.label()) + "</th>");
      }
      out.println("</tr></thead><tbody>");
      for (KpiId kpi : result.kpis()) {
        StringBuilder row = new StringBuilder("<tr><th>").append(escape(kpi.id())).append("</th>");
        for (SegmentScores scores : result.segments().values()) {
          KpiValue value = scores.value(kpi);
          row.append("<td title=\"n = ").append(value.sampleSize()).append("\">")
              .append(escape(human(value))).append("</td>");
        }
        out.println(row.append("</tr>"));
      }
      out.println("</tbody></table></body></html>");
    }
  };

  /** Segments per block of the table format. */
  private static final int TABLE_COLUMNS = 6;

  /** What was read: the counts every format reports beside the KPIs. */
  record Source(String file, long rows, long rejected) {
    String describe(ScorecardResult result) {
      return "scorecard of " + file + ": " + rows + " rows, " + rejected + " rejected, as of "
          + result.asOf().map(Object::toString).orElse("(no interactions)");
    }
  }

  abstract void write(ScorecardResult result, Source source, PrintWriter out);

  /** The value for machines: an integer for counts, the full-precision double otherwise, {@code absent} without one. */
  static String machine(KpiValue value, String absent) {
    if (value instanceof Count) {
      return Long.toString(((Count) value).count());
    }
    OptionalDouble v = value.value();
    return v.isPresent() ? Double.toString(v.getAsDouble()) : absent;
  }

  /** The value for people: rates in percent, seconds and means with one or two decimals, a dash without one. */
  static String human(KpiValue value) {
    if (value instanceof Count) {
      return String.format(Locale.ROOT, "%,d", ((Count) value).count());
    }
    OptionalDouble v = value.value();
    if (v.isEmpty()) {
      return "-";
    }
    double x = v.getAsDouble();
    if (value instanceof Proportion) {
      return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
    if (value instanceof NetPromoterScore || value instanceof QuantileValue) {
      return String.format(Locale.ROOT, "%.1f", x);
    }
    return String.format(Locale.ROOT, "%.2f", x);
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - text.length()));
    return right ? spaces + text : text + spaces;
  }

  private static void quote(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  private static String csvCell(String text) {
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
