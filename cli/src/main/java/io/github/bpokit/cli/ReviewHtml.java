package io.github.bpokit.cli;

import static io.github.bpokit.cli.ScorecardOutput.escape;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.bpokit.core.money.Money;
import io.github.bpokit.kpi.Count;
import io.github.bpokit.kpi.Interval;
import io.github.bpokit.kpi.KpiId;
import io.github.bpokit.kpi.KpiValue;
import io.github.bpokit.kpi.NetPromoterScore;
import io.github.bpokit.kpi.Proportion;
import io.github.bpokit.kpi.SegmentScores;
import io.github.bpokit.pricing.Invoice;
import io.github.bpokit.pricing.InvoiceLine;
import io.github.bpokit.sla.terms.AdjustmentLine;
import io.github.bpokit.sla.terms.Band;
import io.github.bpokit.sla.terms.FiredTrigger;
import io.github.bpokit.sla.terms.Judgement;
import io.github.bpokit.sla.terms.ServiceLevelTerm;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;

/**
 * Renders a {@link MonthlyReview} as one self-contained HTML page: inline CSS, inline SVG charts, no script, no
 * external reference of any kind (fonts, images, styles), every text from the data escaped. Sections, each with an
 * {@code id}: {@code kpis} (tiles with 95% intervals), {@code channels} and {@code vendors} (tables), {@code trends}
 * (weekly charts of CSAT, FCR, AHT and first-response SLA, and contacts per day), {@code terms} (each term's band
 * table with the band it landed in, the fired triggers), {@code invoice}.
 */
final class ReviewHtml {
  /** The KPIs of the tiles, in order. */
  static final List<KpiId> TILES = List.of(KpiId.CONTACTS, KpiId.CSAT, KpiId.FCR, KpiId.AHT_SECONDS,
      KpiId.SLA_FIRST_RESPONSE, KpiId.SERVICE_LEVEL, KpiId.ABANDONMENT_RATE, KpiId.ASA_SECONDS, KpiId.NPS,
      KpiId.QA_MEAN, KpiId.CALIBRATION_WITHIN_5, KpiId.REOPEN_RATE);

  /** The columns of the channel and vendor tables, in order. */
  static final List<KpiId> COLUMNS = List.of(KpiId.CONTACTS, KpiId.ABANDONMENT_RATE,
      KpiId.ASA_SECONDS, KpiId.AHT_SECONDS, KpiId.SLA_FIRST_RESPONSE, KpiId.SERVICE_LEVEL, KpiId.CSAT, KpiId.FCR,
      KpiId.ESCALATION_RATE, KpiId.QA_MEAN);

  private static final String CSS = String.join("",
      ":root{--ink:#1c2430;--muted:#5b6675;--line:#dde2e8;--bg:#f5f7fa;--accent:#1f5fa8;--good:#1d7f46;",
      "--warn:#a86400;--bad:#b3261e}",
      "*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);",
      "font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}",
      "header{background:#17324f;color:#fff;padding:28px 40px 22px}header h1{margin:0 0 4px;font-size:26px;",
      "font-weight:600}header p{margin:2px 0;color:#c9d6e4}main{max-width:1180px;margin:0 auto;padding:8px 40px 40px}",
      "section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:18px 0}",
      "h2{font-size:18px;margin:0 0 12px;font-weight:600}h3{font-size:15px;margin:14px 0 8px}",
      ".tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}",
      ".tile{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fbfcfd}",
      ".tile .name{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
      ".tile .value{font-size:26px;font-weight:600;margin:2px 0}.tile .ci,.tile .n{color:var(--muted);font-size:12px}",
      "table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}",
      "th,td{padding:5px 6px;border-bottom:1px solid var(--line);text-align:right;vertical-align:top;",
      "white-space:nowrap}td:first-child,thead th{white-space:normal}#channels table,#vendors table{font-size:13px}",
      "td small{font-size:11px}.scroll{overflow-x:auto}",
      "table.bands{table-layout:fixed}table.bands td,table.bands th{text-align:left}",
      "table.bands th:nth-child(1){width:26%}table.bands th:nth-child(2){width:18%}",
      "table.bands th:nth-child(4){width:16%}",
      "th:first-child,td:first-child{text-align:left}thead th{font-size:12px;color:var(--muted);font-weight:600;",
      "border-bottom:2px solid var(--line)}td small,.note{color:var(--muted);font-size:12px}",
      ".charts{display:grid;grid-template-columns:repeat(2,1fr);gap:14px}figure{margin:0}",
      "figcaption{font-weight:600;margin-bottom:4px}svg text{font-family:inherit}",
      ".badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}",
      ".BONUS{background:var(--good)}.BASE{background:var(--accent)}.REMEDIATION{background:var(--warn)}",
      ".PENALTY{background:var(--bad)}.NOT_MEASURABLE{background:#7a8593}",
      ".term{border-top:1px solid var(--line);padding-top:10px;margin-top:12px}",
      ".term:first-of-type{border-top:0;margin-top:0}tr.landed td{background:#eef4fb;font-weight:600}",
      ".neg{color:var(--bad)}.pos{color:var(--good)}tr.total td{font-weight:700;border-top:2px solid var(--ink)}",
      "footer{color:var(--muted);font-size:12px;text-align:center;padding:0 40px 30px}",
      "@media print{body{background:#fff}section{break-inside:avoid;border:0}header{padding:16px 0}}");

  private ReviewHtml() {}

  /** Returns the page. */
  static String render(MonthlyReview review) {
    StringBuilder html = new StringBuilder(64 * 1024);
    String period = review.period().toString();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Monthly business review ").append(escape(period)).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body>\n");
    ScorecardOutput.Source source = review.source();
    html.append("<header><h1>Monthly business review \u00b7 ").append(escape(period)).append("</h1>")
        .append("<p>").append(escape(source.file())).append(": ").append(source.rows()).append(" rows read, ")
        .append(source.rejected()).append(" rejected; ").append(review.whole().value(KpiId.CONTACTS).sampleSize())
        .append(" interactions in ").append(escape(period)).append(" (").append(escape(review.period().zone().getId()))
        .append(")</p><p>FCR judged as of ")
        .append(escape(review.asOf().map(Object::toString).orElse("-")))
        .append(" \u00b7 95% intervals: Wilson score for shares, normal approximation for NPS</p></header>\n<main>\n");
    tiles(html, review.whole());
    segments(html, "channels", "By channel", review.channels());
    segments(html, "vendors", "By vendor", review.vendors());
    trends(html, review);
    terms(html, review);
    review.invoice().ifPresent(invoice -> invoice(html, invoice));
    html.append("</main>\n<footer>Generated by bpokit ").append(escape(Main.version()))
        .append(" \u00b7 KPI definitions: docs/kpis.md \u00b7 contract terms: docs/contract-terms.md \u00b7 ")
        .append("pricing: docs/pricing.md</footer>\n</body></html>\n");
    return html.toString();
  }

  // ---- KPI tiles and tables ----

  private static void tiles(StringBuilder html, SegmentScores whole) {
    html.append("<section id=\"kpis\"><h2>Key figures</h2><div class=\"tiles\">\n");
    for (KpiId kpi : TILES) {
      KpiValue value = whole.value(kpi);
      html.append("<div class=\"tile\" data-kpi=\"").append(kpi.id()).append("\"><div class=\"name\">")
          .append(escape(title(kpi))).append("</div><div class=\"value\">").append(escape(format(kpi, value)))
          .append("</div><div class=\"ci\">");
      Optional<Interval> ci = value.interval();
      html.append(ci.isPresent() ? "95% CI " + escape(format(kpi, ci.get().lower()) + " \u2013 "
          + format(kpi, ci.get().upper())) : "&nbsp;");
      html.append("</div><div class=\"n\">").append(value instanceof Count ? "&nbsp;" : "n = " + value.sampleSize());
      if (kpi == KpiId.FCR) { // contacts whose repeat window is still open by the as-of instant
        html.append(" \u00b7 ").append(((Count) whole.value(KpiId.FCR_PENDING)).count()).append(" pending");
      }
      html.append("</div></div>\n");
    }
    html.append("</div></section>\n");
  }

  private static void segments(StringBuilder html, String id, String title, List<SegmentScores> rows) {
    html.append("<section id=\"").append(id).append("\"><h2>").append(title)
        .append("</h2><div class=\"scroll\"><table><thead><tr><th>")
        .append(id.equals("channels") ? "channel" : "vendor").append("</th>");
    for (KpiId kpi : COLUMNS) {
      html.append("<th>").append(escape(title(kpi))).append("</th>");
    }
    html.append("</tr></thead><tbody>\n");
    for (SegmentScores row : rows) {
      html.append("<tr><td>").append(escape(row.key().segment().label())).append("</td>");
      for (KpiId kpi : COLUMNS) {
        KpiValue value = row.value(kpi);
        html.append("<td>").append(escape(format(kpi, value)));
        if (value instanceof Proportion && value.interval().isPresent()) {
          Interval ci = value.interval().get();
          html.append("<br><small>").append(escape(format(kpi, ci.lower()) + "\u2013" + format(kpi, ci.upper())))
              .append("</small>");
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table></div><p class=\"note\">Shares with their 95% interval below; AHT and ASA in "
        + "seconds.</p></section>\n");
  }

  // ---- trends ----

  private static void trends(StringBuilder html, MonthlyReview review) {
    List<MonthlyReview.Week> weeks = review.weeks();
    List<String> labels = new ArrayList<>();
    weeks.forEach(w -> labels.add(w.label()));
    html.append("<section id=\"trends\"><h2>Weekly trends</h2><div class=\"charts\">\n");
    for (KpiId kpi : List.of(KpiId.CSAT, KpiId.FCR, KpiId.AHT_SECONDS, KpiId.SLA_FIRST_RESPONSE)) {
      List<KpiValue> values = new ArrayList<>();
      weeks.forEach(w -> values.add(w.values().get(kpi)));
      html.append("<figure data-kpi=\"").append(kpi.id()).append("\"><figcaption>").append(escape(title(kpi)))
          .append(" per week</figcaption>");
      lineChart(html, kpi, labels, values);
      html.append("</figure>\n");
    }
    html.append("</div><figure data-kpi=\"daily-contacts\" style=\"margin-top:14px\"><figcaption>Contacts per day"
        + "</figcaption>");
    barChart(html, review.dailyContacts());
    html.append("</figure><p class=\"note\">ISO weeks cut to the period's days; shaded: the 95% interval. "
        + "Weekends in a lighter shade.</p></section>\n");
  }

  private static final int W = 540;
  private static final int H = 220;
  private static final int LEFT = 52;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;

  private static void lineChart(StringBuilder svg, KpiId kpi, List<String> labels, List<KpiValue> values) {
    // Shares on a 0–100% axis cut below at the lowest interval bound (in steps of 20%); others from 0.
    boolean share = isShare(kpi);
    double max = 0;
    double min = 1;
    boolean any = false;
    for (KpiValue v : values) {
      if (v.value().isPresent()) {
        any = true;
        max = Math.max(max, v.interval().map(Interval::upper).orElse(v.value().getAsDouble()));
        min = Math.min(min, v.interval().map(Interval::lower).orElse(v.value().getAsDouble()));
      }
    }
    if (share) {
      max = 1;
      min = any ? Math.min(0.8, Math.floor(min * 5) / 5) : 0;
    } else {
      min = 0;
      max = max <= 0 ? 1 : niceCeiling(max * 1.1);
    }
    double lo = min;
    double hi = max;
    int n = values.size();
    double plotW = W - LEFT - RIGHT;
    double plotH = H - TOP - BOTTOM;
    DoubleFunction<Double> y = v -> TOP + plotH * (1 - (v - lo) / (hi - lo));
    IntFunction<Double> x = i -> LEFT + plotW * (n == 1 ? 0.5 : (i + 0.5) / n);
    svg.append("<svg viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(title(kpi))).append(" per week\">");
    for (int g = 0; g <= 4; g++) {
      double v = lo + (hi - lo) * g / 4;
      double gy = y.apply(v);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e8ee\"/>",
          LEFT, W - RIGHT, gy, gy));
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" fill=\"#5b6675\" "
          + "text-anchor=\"end\">%s</text>", LEFT - 6, gy + 4, escape(axis(kpi, v))));
    }
    // The interval band, then the line, then the points with their values.
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      KpiValue v = values.get(i);
      if (v.value().isEmpty()) {
        continue;
      }
      Optional<Interval> ci = v.interval();
      if (ci.isPresent()) {
        upper.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.apply(ci.get().upper())));
        lower.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.apply(ci.get().lower())));
      }
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.apply(v.value().getAsDouble())));
    }
    if (upper.length() > 0) {
      svg.append("<polygon class=\"ci\" points=\"").append(upper).append(lower.toString().strip())
          .append("\" fill=\"#1f5fa8\" fill-opacity=\"0.12\"/>");
    }
    svg.append("<polyline points=\"").append(line.toString().strip())
        .append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"/>");
    for (int i = 0; i < n; i++) {
      KpiValue v = values.get(i);
      double px = x.apply(i);
      if (v.value().isPresent()) {
        double py = y.apply(v.value().getAsDouble());
        String text = format(kpi, v);
        svg.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" "
            + "fill=\"#1f5fa8\"><title>%s: %s (n = %d)</title></circle>", px, py, escape(labels.get(i)),
            escape(text), v.sampleSize()));
        svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" font-size=\"11\" "
            + "font-weight=\"600\" text-anchor=\"middle\" fill=\"#1c2430\">%s</text>", px, py - 9, escape(text)));
      }
      String label = labels.get(i);
      int split = label.indexOf(' ');
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
          + "fill=\"#5b6675\">%s</text>", px, H - BOTTOM + 16, escape(split < 0 ? label : label.substring(0, split))));
      if (split >= 0) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
            + "fill=\"#8a94a3\">%s</text>", px, H - BOTTOM + 30, escape(label.substring(split + 1))));
      }
    }
    if (!any) {
      svg.append(String.format(Locale.ROOT, "<text class=\"empty\" x=\"%.1f\" y=\"%.1f\" font-size=\"13\" "
          + "text-anchor=\"middle\" fill=\"#5b6675\">no value in any week%s</text>", LEFT + plotW / 2,
          TOP + plotH / 2, kpi == KpiId.FCR ? " (no repeat window closed by the as-of instant)" : ""));
    }
    svg.append("</svg>");
  }

  private static void barChart(StringBuilder svg, Map<LocalDate, Long> days) {
    int width = 2 * W + 14;
    long max = Math.max(1, days.values().stream().mapToLong(Long::longValue).max().orElse(1));
    double top = niceCeiling(max * 1.1);
    double plotW = width - LEFT - RIGHT;
    double plotH = H - TOP - BOTTOM;
    int n = days.size();
    double slot = plotW / Math.max(1, n);
    svg.append("<svg viewBox=\"0 0 ").append(width).append(' ').append(H)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"Contacts per day\">");
    for (int g = 0; g <= 4; g++) {
      double v = top * g / 4;
      double gy = TOP + plotH * (1 - v / top);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e8ee\"/>"
          + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" fill=\"#5b6675\" text-anchor=\"end\">%s</text>", LEFT,
          width - RIGHT, gy, gy, LEFT - 6, gy + 4, Math.round(v)));
    }
    int i = 0;
    for (Map.Entry<LocalDate, Long> day : days.entrySet()) {
      double h = plotH * day.getValue() / top;
      double bx = LEFT + slot * i + slot * 0.15;
      boolean weekend = day.getKey().getDayOfWeek() == DayOfWeek.SATURDAY
          || day.getKey().getDayOfWeek() == DayOfWeek.SUNDAY;
      svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
          + "height=\"%.1f\" fill=\"%s\"><title>%s: %d contacts</title></rect>", bx, TOP + plotH - h, slot * 0.7, h,
          weekend ? "#9dbbe0" : "#1f5fa8", day.getKey(), day.getValue()));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
          + "fill=\"#5b6675\">%d</text>", bx + slot * 0.35, H - BOTTOM + 16, day.getKey().getDayOfMonth()));
      i++;
    }
    svg.append("</svg>");
  }

  private static double niceCeiling(double v) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= v) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  // ---- contract terms ----

  private static void terms(StringBuilder html, MonthlyReview review) {
    html.append("<section id=\"terms\"><h2>Service level terms</h2><p class=\"note\">Fees the shares are taken of: ")
        .append(escape(review.evaluation().fees(review.period()).toString()))
        .append(review.invoice().isPresent() ? " (the period's charges and true-up)" : " (the contract's fees)")
        .append(". Net adjustment: ").append(money(review.evaluation().total(review.period()))).append(".</p>\n");
    for (AdjustmentLine line : review.lines()) {
      Judgement j = line.judgement();
      ServiceLevelTerm term = line.term();
      KpiId kpi = term.kpi();
      boolean earnBack = line.kind() == AdjustmentLine.Kind.EARN_BACK;
      html.append("<div class=\"term\" data-term=\"").append(escape(term.name())).append("\"><h3>")
          .append(escape(term.name())).append(earnBack ? " \u00b7 earn-back" : "").append(" <span class=\"badge ")
          .append(j.outcome().name()).append("\">").append(j.outcome().name().replace('_', ' ')).append("</span> ")
          .append(money(line.amount())).append("</h3><p>").append(escape(title(kpi))).append(" on ")
          .append(escape(term.scope().label())).append(": measured <b>").append(escape(format(kpi, j.measured())))
          .append("</b> (n = ").append(j.measured().sampleSize());
      j.measured().interval().ifPresent(ci -> html.append(", 95% CI ").append(escape(format(kpi, ci.lower())
          + " \u2013 " + format(kpi, ci.upper()))));
      html.append("; minimum sample ").append(term.minimumSample()).append(", ")
          .append(escape(term.direction().toString().toLowerCase(Locale.ROOT).replace('_', ' '))).append(")</p>");
      html.append("<table class=\"bands\"><thead><tr><th>band</th><th>outcome</th><th>adjustment</th><th></th></tr>"
          + "</thead><tbody>");
      for (Band band : term.bands().asMapOfRanges().values()) {
        boolean landed = j.band().map(band::equals).orElse(false);
        html.append(landed ? "<tr class=\"landed\">" : "<tr>").append("<td>")
            .append(escape(range(kpi, band.range()))).append("</td><td><span class=\"badge ")
            .append(band.outcome().name()).append("\">").append(band.outcome().name()).append("</span></td><td>")
            .append(escape(band.adjustment().describe())).append("</td><td>")
            .append(landed ? "\u25c0 landed here" : "").append("</td></tr>");
      }
      html.append("</tbody></table><p class=\"note\">").append(escape(line.explanation())).append("</p></div>\n");
    }
    html.append("<h3>Triggers</h3>");
    List<FiredTrigger> fired = review.triggers();
    if (fired.isEmpty()) {
      html.append("<p id=\"triggers\">No trigger fired (").append(review.contract().terms().triggers().size())
          .append(" defined).</p>");
    } else {
      html.append("<ul id=\"triggers\">");
      for (FiredTrigger t : fired) {
        html.append("<li><b>").append(escape(t.action().toString())).append("</b> ").append(escape(t.explanation()))
            .append("</li>");
      }
      html.append("</ul>");
    }
    html.append("</section>\n");
  }

  /** A band's range in words, e.g. {@code ≥ 82.0% and < 88.0%}. */
  static String range(KpiId kpi, Range<Double> range) {
    List<String> parts = new ArrayList<>();
    if (range.hasLowerBound()) {
      parts.add((range.lowerBoundType() == BoundType.CLOSED ? "\u2265 " : "> ") + format(kpi, range.lowerEndpoint()));
    }
    if (range.hasUpperBound()) {
      parts.add((range.upperBoundType() == BoundType.CLOSED ? "\u2264 " : "< ") + format(kpi, range.upperEndpoint()));
    }
    return parts.isEmpty() ? "any value" : String.join(" and ", parts);
  }

  // ---- invoice ----

  private static void invoice(StringBuilder html, Invoice invoice) {
    html.append("<section id=\"invoice\"><h2>Invoice ").append(escape(invoice.period().toString())).append(" (")
        .append(escape(invoice.currency().getCurrencyCode())).append(")</h2>");
    invoice.usage().ifPresent(u -> html.append("<p class=\"note\">").append(escape(u.summary())).append("</p>"));
    html.append("<table><thead><tr><th>line</th><th>tier</th><th>quantity</th><th>unit price</th><th>amount</th>"
        + "</tr></thead><tbody>\n");
    for (InvoiceLine line : invoice.lines()) {
      html.append("<tr class=\"").append(line.kind().name().toLowerCase(Locale.ROOT)).append("\"><td>")
          .append(escape(line.description()));
      if (!line.basis().isEmpty()) {
        html.append("<br><small>").append(escape(line.basis())).append("</small>");
      }
      for (String flag : line.flags()) {
        html.append("<br><small class=\"neg\">").append(escape(flag)).append("</small>");
      }
      html.append("</td><td>").append(escape(line.tier().orElse(""))).append("</td><td>")
          .append(line.unitPrice().isPresent() ? escape(line.quantity().stripTrailingZeros().toPlainString()) : "")
          .append("</td><td>").append(escape(line.unitPrice().map(p -> p.amount().toPlainString()).orElse("")))
          .append("</td><td>").append(line.kind() == InvoiceLine.Kind.ADJUSTMENT ? money(line.amount())
              : plain(line.amount())).append("</td></tr>\n");
    }
    html.append("<tr class=\"subtotal\"><td>Subtotal</td><td></td><td></td><td></td><td>")
        .append(plain(invoice.subtotal())).append("</td></tr>")
        .append("<tr class=\"adjustments\"><td>SLA adjustments</td><td></td><td></td><td></td><td>")
        .append(money(invoice.adjustmentsTotal())).append("</td></tr>")
        .append("<tr class=\"total\"><td>Total</td><td></td><td></td><td></td><td>").append(plain(invoice.total()))
        .append("</td></tr></tbody></table><p class=\"note\">Each line rounded once (")
        .append(escape(invoice.roundingMode().toString())).append("); the total is the sum of the lines.</p>")
        .append("</section>\n");
  }

  /** An amount, in red when negative and green when positive. */
  private static String money(Money amount) {
    String css = amount.isNegative() ? " neg" : amount.isZero() ? "" : " pos";
    return "<span class=\"money" + css + "\">" + escape(amount.toString()) + "</span>";
  }

  /** An amount without colour. */
  private static String plain(Money amount) {
    return "<span class=\"money\">" + escape(amount.toString()) + "</span>";
  }

  // ---- formats ----

  /** A KPI's name for people. */
  static String title(KpiId kpi) {
    return switch (kpi) {
      case CONTACTS -> "Contacts";
      case HANDLED -> "Handled";
      case ABANDONMENT_RATE -> "Abandonment";
      case ASA_SECONDS -> "ASA";
      case AHT_SECONDS -> "AHT";
      case CSAT -> "CSAT (top-2 box)";
      case CSAT_MEAN -> "CSAT mean";
      case NPS -> "NPS";
      case CES_MEAN -> "CES mean";
      case FCR -> "FCR";
      case RECONTACT_RATE -> "Re-contact rate";
      case ESCALATION_RATE -> "Escalation";
      case CONTAINMENT_RATE -> "Bot containment";
      case SLA_FIRST_RESPONSE -> "First-response SLA";
      case SERVICE_LEVEL -> "Service level 20 s";
      case QA_MEAN -> "QA mean";
      case CALIBRATION_WITHIN_5 -> "QA calibration \u00b15";
      case REOPEN_RATE -> "Re-open rate";
      default -> kpi.id();
    };
  }

  /** A KPI value for people: shares in percent, seconds as {@code 312 s}, a dash without a value. */
  static String format(KpiId kpi, KpiValue value) {
    if (value instanceof Count) {
      return String.format(Locale.ROOT, "%,d", ((Count) value).count());
    }
    OptionalDouble v = value.value();
    if (v.isEmpty()) {
      return "\u2013";
    }
    if (value instanceof NetPromoterScore) {
      return String.format(Locale.ROOT, "%+.1f", v.getAsDouble());
    }
    return format(kpi, v.getAsDouble());
  }

  /** A number on a KPI's scale: percent for shares, whole seconds, else two decimals. */
  static String format(KpiId kpi, double v) {
    if (isShare(kpi)) {
      return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
    if (kpi.id().endsWith("_seconds")) {
      return String.format(Locale.ROOT, "%.0f s", v);
    }
    if (kpi == KpiId.NPS) {
      return String.format(Locale.ROOT, "%+.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String axis(KpiId kpi, double v) {
    return isShare(kpi) ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : String.format(Locale.ROOT, "%.0f", v);
  }

  private static boolean isShare(KpiId kpi) {
    return kpi.valueType() == Proportion.class;
  }
}
