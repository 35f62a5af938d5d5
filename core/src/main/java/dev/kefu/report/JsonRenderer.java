package dev.kefu.report;

import java.util.List;
import java.util.Objects;

/**
 * Renders reports as JSON (RFC 8259), written by hand so kefu needs no JSON library. A report is
 * an object:
 *
 * <pre>{@code
 * {"id":"complaint-classification","title":"…","ruleId":"QA-5","from":"2026-03-02T00:00:00Z","to":"…",
 *  "sections":[
 *   {"type":"table","title":"…","columns":["cause","count"],"rows":[["LOGISTICS",3]]},
 *   {"type":"chart","title":"…","kind":"bar","xLabels":["LOGISTICS"],"yUnit":"complaints",
 *    "series":[{"name":"this week","values":[3]}]}]}
 * }</pre>
 *
 * Numbers stay numbers (without grouping or exponent); null, NaN and infinities are {@code null};
 * instants are ISO-8601 strings; strings are escaped ({@code "}, {@code \}, control characters,
 * and U+2028/U+2029 so the text is also safe inside a script).
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonRenderer {

  private JsonRenderer() {}

  /**
   * Renders one report.
   *
   * @param report the report
   * @return the JSON object
   * @throws NullPointerException if {@code report} is null
   */
  public static String render(Report report) {
    StringBuilder out = new StringBuilder();
    report(out, Objects.requireNonNull(report, "report"));
    return out.toString();
  }

  /**
   * Renders several reports as one JSON array, in the order given.
   *
   * @param reports the reports
   * @return the JSON array
   * @throws NullPointerException if the list or a report is null
   */
  public static String render(List<Report> reports) {
    Objects.requireNonNull(reports, "reports");
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < reports.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      report(out, Objects.requireNonNull(reports.get(i), "reports[" + i + "]"));
    }
    return out.append(']').toString();
  }

  private static void report(StringBuilder out, Report r) {
    out.append("{\"id\":");
    string(out, r.id());
    out.append(",\"title\":");
    string(out, r.title());
    out.append(",\"ruleId\":");
    string(out, r.ruleId());
    out.append(",\"from\":");
    string(out, r.from().toString());
    out.append(",\"to\":");
    string(out, r.to().toString());
    out.append(",\"sections\":[");
    for (int i = 0; i < r.sections().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Report.Section s = r.sections().get(i);
      if (s instanceof Report.Table t) {
        table(out, t);
      } else {
        chart(out, (Report.Chart) s);
      }
    }
    out.append("]}");
  }

  private static void table(StringBuilder out, Report.Table t) {
    out.append("{\"type\":\"table\",\"title\":");
    string(out, t.title());
    out.append(",\"columns\":");
    array(out, t.columns());
    out.append(",\"rows\":[");
    for (int i = 0; i < t.rows().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      array(out, t.rows().get(i));
    }
    out.append("]}");
  }

  private static void chart(StringBuilder out, Report.Chart c) {
    out.append("{\"type\":\"chart\",\"title\":");
    string(out, c.title());
    out.append(",\"kind\":\"").append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append('"');
    out.append(",\"xLabels\":");
    array(out, c.xLabels());
    out.append(",\"yUnit\":");
    string(out, c.yUnit());
    out.append(",\"series\":[");
    for (int i = 0; i < c.series().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Report.Series s = c.series().get(i);
      out.append("{\"name\":");
      string(out, s.name());
      out.append(",\"values\":");
      array(out, s.values());
      out.append('}');
    }
    out.append("]}");
  }

  private static void array(StringBuilder out, List<?> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      value(out, values.get(i));
    }
    out.append(']');
  }

  private static void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof Number n) {
      String s = Cells.number(n);
      out.append(s == null ? "null" : s);
    } else {
      string(out, v.toString());
    }
  }

  /**
   * Appends a JSON string literal.
   *
   * @param out where to
   * @param s the string
   */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
