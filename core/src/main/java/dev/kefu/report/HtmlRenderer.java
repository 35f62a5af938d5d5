package dev.kefu.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders reports as one self-contained HTML page: inline CSS, each chart as inline SVG (line or
 * bar, with axes, tick labels, unit and legend), each table as an HTML table. The page loads
 * nothing: no script, font, style sheet or image, and its Content-Security-Policy forbids any.
 * Every text from a report is escaped.
 *
 * <p>For programs that check a page (or a browser test), the SVG carries its shape: each chart is
 * an {@code svg.chart} with {@code data-kind}, {@code data-labels} and {@code data-series}; a bar
 * is a {@code rect.bar}, a point of a line a {@code circle.point}, a line a {@code path.line}; a
 * missing value (NaN) draws nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlRenderer {

  /** Series colours, in order; they repeat after the last. */
  static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
      "#e377c2", "#17becf");

  private static final int WIDTH = 760;
  private static final int HEIGHT = 300;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 24;
  private static final int BOTTOM = 78;
  private static final int MAX_X_LABELS = 16;
  private static final int FOLD_ROWS = 24;
  private static final int LEGEND_ROW = 16;

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px;color:#222;\
      background:#fff;max-width:1100px}
      h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.25em;margin:1.6em 0 .2em;border-bottom:2px solid #1f77b4}
      h3{font-size:1em;margin:1.2em 0 .4em}summary{cursor:pointer;color:#1f77b4;margin:.2em 0}
      .meta{color:#666;margin:0 0 .8em;font-size:.9em}
      nav ul{padding-left:1.2em;columns:2}
      table{border-collapse:collapse;margin:.3em 0 1em;font-size:.9em}
      th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
      th{background:#f0f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
      figure{margin:.5em 0 1.2em}figcaption{font-weight:600;margin-bottom:.3em}
      svg.chart{background:#fff;border:1px solid #e4e4e4}
      svg text{font-size:11px;fill:#333}svg .grid{stroke:#e8e8e8}svg .axis line,svg .axis path{stroke:#555}
      """;

  private HtmlRenderer() {}

  /**
   * Renders one report as a page, times in UTC.
   *
   * @param report the report
   * @return the HTML page
   * @throws NullPointerException if {@code report} is null
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report");
    return render(report.title(), List.of(report), ZoneOffset.UTC);
  }

  /**
   * Renders several reports on one page, with a table of contents.
   *
   * @param pageTitle the page's title
   * @param reports the reports, in reading order
   * @param zone the zone the reports' periods are shown in
   * @return the HTML page
   * @throws NullPointerException if an argument or a report is null
   */
  public static String render(String pageTitle, List<Report> reports, ZoneId zone) {
    Objects.requireNonNull(pageTitle, "pageTitle");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(zone, "zone");
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape(pageTitle)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(pageTitle)).append("</h1>\n");
    if (reports.size() > 1) {
      out.append("<nav><ul>\n");
      for (int i = 0; i < reports.size(); i++) {
        Report r = Objects.requireNonNull(reports.get(i), "reports[" + i + "]");
        out.append("<li><a href=\"#").append(anchor(i, r)).append("\">").append(escape(r.title())).append("</a></li>\n");
      }
      out.append("</ul></nav>\n");
    }
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
    for (int i = 0; i < reports.size(); i++) {
      Report r = Objects.requireNonNull(reports.get(i), "reports[" + i + "]");
      out.append("<section class=\"report\" id=\"").append(anchor(i, r)).append("\">\n<h2>").append(escape(r.title()))
          .append("</h2>\n<p class=\"meta\">");
      if (!r.ruleId().isBlank()) {
        out.append(escape(r.ruleId())).append(" · ");
      }
      out.append(period(r.from(), r.to(), when)).append(" (").append(escape(zone.getId())).append(")</p>\n");
      for (Report.Section s : r.sections()) {
        if (s instanceof Report.Table t) {
          table(out, t);
        } else {
          chart(out, (Report.Chart) s);
        }
      }
      out.append("</section>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static String anchor(int i, Report r) {
    return "r" + (i + 1) + "-" + CsvRenderer.slug(r.id());
  }

  private static String period(Instant from, Instant to, DateTimeFormatter when) {
    return escape(when.format(from)) + " to " + escape(when.format(to));
  }

  private static void table(StringBuilder out, Report.Table t) {
    boolean fold = t.rows().size() > FOLD_ROWS;
    out.append("<h3>").append(escape(t.title())).append("</h3>\n");
    if (fold) { // a long table folds away, so the charts stay in view; no script needed
      out.append("<details><summary>").append(t.rows().size()).append(" rows</summary>\n");
    }
    out.append("<table>\n<thead><tr>");
    t.columns().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : t.rows()) {
      out.append("<tr>");
      for (Object cell : row) {
        out.append(cell instanceof Number ? "<td class=\"num\">" : "<td>").append(escape(display(cell))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (fold) {
      out.append("</details>\n");
    }
  }

  /** A cell as shown: decimals rounded to two places (CSV and JSON keep every digit). */
  private static String display(Object cell) {
    if (cell instanceof Double || cell instanceof Float) {
      double d = ((Number) cell).doubleValue();
      return Double.isFinite(d) ? Cells.text(Math.round(d * 100) / 100.0) : "";
    }
    return Cells.text(cell);
  }

  // ---- charts --------------------------------------------------------------------------------

  private static void chart(StringBuilder out, Report.Chart c) {
    int n = c.xLabels().size();
    int m = c.series().size();
    double max = 0;
    for (Report.Series s : c.series()) {
      for (Double v : s.values()) {
        if (v != null && Double.isFinite(v)) {
          max = Math.max(max, v);
        }
      }
    }
    double top = c.yUnit().equals("%") && max <= 100 ? 100 : niceCeiling(max);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double y0 = HEIGHT - BOTTOM;
    double band = n == 0 ? plotW : plotW / n;
    double[][] legend = new double[m][2]; // x and row of each legend entry, wrapping at the right edge
    double lx = LEFT;
    int rowsOfLegend = 1;
    for (int j = 0; j < m; j++) {
      double w = 32 + 6.5 * c.series().get(j).name().length();
      if (lx > LEFT && lx + w > WIDTH - RIGHT) {
        lx = LEFT;
        rowsOfLegend++;
      }
      legend[j][0] = lx;
      legend[j][1] = rowsOfLegend - 1;
      lx += w;
    }
    int height = HEIGHT + LEGEND_ROW * (rowsOfLegend - 1);
    out.append("<figure>\n<figcaption>").append(escape(c.title())).append("</figcaption>\n")
        .append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" data-kind=\"").append(c.kind().name().toLowerCase(Locale.ROOT)).append("\" data-labels=\"").append(n)
        .append("\" data-series=\"").append(m).append("\" aria-label=\"").append(escape(c.title())).append("\">\n");
    // y axis: gridlines and ticks at fifths of the top
    out.append("<g class=\"axis y\">");
    for (int k = 0; k <= 5; k++) {
      double y = y0 - plotH * k / 5;
      out.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
          .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
          .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
          .append(escape(tick(top * k / 5))).append("</text>");
    }
    out.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
        .append("\" y2=\"").append(fmt(y0)).append("\"/>")
        .append("<text class=\"unit\" x=\"").append(LEFT - 6).append("\" y=\"").append(TOP - 10)
        .append("\" text-anchor=\"end\">").append(escape(c.yUnit())).append("</text></g>\n");
    // x axis: every label up to 16, else every k-th
    int every = Math.max(1, (int) Math.ceil(n / (double) MAX_X_LABELS));
    boolean tilt = n > 8;
    out.append("<g class=\"axis x\"><line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y1=\"").append(fmt(y0)).append("\" y2=\"").append(fmt(y0)).append("\"/>");
    for (int i = 0; i < n; i += every) {
      double x = LEFT + band * (i + 0.5);
      out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y0 + 14)).append('"');
      if (tilt) {
        out.append(" text-anchor=\"end\" transform=\"rotate(-40 ").append(fmt(x)).append(' ').append(fmt(y0 + 14)).append(")\"");
      } else {
        out.append(" text-anchor=\"middle\"");
      }
      out.append('>').append(escape(shorten(c.xLabels().get(i)))).append("</text>");
    }
    out.append("</g>\n");
    // the data
    for (int j = 0; j < m; j++) {
      Report.Series s = c.series().get(j);
      String colour = PALETTE.get(j % PALETTE.size());
      out.append("<g class=\"series\" data-name=\"").append(escape(s.name())).append("\" fill=\"").append(colour)
          .append("\" stroke=\"").append(colour).append("\">");
      if (c.kind() == Report.Chart.Kind.BAR) {
        double group = band * 0.8;
        double w = group / m;
        for (int i = 0; i < n; i++) {
          Double v = s.values().get(i);
          if (v == null || !Double.isFinite(v)) {
            continue;
          }
          double h = top == 0 ? 0 : plotH * Math.max(0, v) / top;
          double x = LEFT + band * i + (band - group) / 2 + w * j;
          out.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y0 - h)).append("\" width=\"")
              .append(fmt(Math.max(1, w - 1))).append("\" height=\"").append(fmt(h)).append("\" stroke=\"none\"><title>")
              .append(escape(c.xLabels().get(i))).append(": ").append(escape(Cells.text(v))).append("</title></rect>");
        }
      } else {
        StringBuilder path = new StringBuilder();
        StringBuilder points = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
          Double v = s.values().get(i);
          if (v == null || !Double.isFinite(v)) {
            pen = false;
            continue;
          }
          double x = LEFT + band * (i + 0.5);
          double y = y0 - (top == 0 ? 0 : plotH * Math.max(0, v) / top);
          path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(fmt(x)).append(' ').append(fmt(y));
          pen = true;
          points.append("<circle class=\"point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
              .append("\" r=\"3\" stroke=\"none\"><title>").append(escape(c.xLabels().get(i))).append(": ")
              .append(escape(Cells.text(v))).append("</title></circle>");
        }
        if (path.length() > 0) {
          out.append("<path class=\"line\" d=\"").append(path).append("\" fill=\"none\" stroke-width=\"2\"/>");
        }
        out.append(points);
      }
      out.append("</g>\n");
    }
    // legend, along the bottom
    out.append("<g class=\"legend\">");
    for (int j = 0; j < m; j++) {
      double x = legend[j][0];
      double y = HEIGHT - 18 + LEGEND_ROW * legend[j][1];
      out.append("<rect class=\"swatch\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
          .append("\" width=\"12\" height=\"12\" fill=\"").append(PALETTE.get(j % PALETTE.size())).append("\"/>")
          .append("<text x=\"").append(fmt(x + 16)).append("\" y=\"").append(fmt(y + 10)).append("\">")
          .append(escape(c.series().get(j).name())).append("</text>");
    }
    out.append("</g>\n</svg>\n</figure>\n");
  }

  /** The smallest 1, 2, 2.5 or 5 times a power of ten that is at least {@code max}, 1 for nothing. */
  static double niceCeiling(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * power >= max - 1e-9 * power) {
        return f * power;
      }
    }
    return 10 * power;
  }

  private static String tick(double v) {
    return Cells.text(Math.round(v * 100) / 100.0);
  }

  private static String shorten(String label) {
    return label.length() <= 18 ? label : label.substring(0, 17) + "…";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Escapes text for HTML and SVG content and attribute values.
   *
   * @param s the text
   * @return the escaped text
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
