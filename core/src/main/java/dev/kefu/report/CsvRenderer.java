package dev.kefu.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a report as CSV (RFC 4180): <b>one file per section</b>, because a CSV file holds one
 * table and a spreadsheet or a parser reads it without knowing where one table ends. A table
 * becomes a header row of its columns and a row per row; a chart becomes the table of its data: the
 * x labels in the first column (named {@code label}), one column per series. Fields are separated
 * by commas and records end in CRLF; a field with a comma, a double quote, CR or LF is quoted,
 * with its double quotes doubled. Numbers are printed without grouping in the ROOT locale; null,
 * NaN and infinities as an empty field.
 *
 * <p>The files are named {@code <report id>-<nn>-<section title as a slug>.csv}, numbered in
 * reading order from 01, so they sort as the report reads.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvRenderer {

  private CsvRenderer() {}

  /**
   * Renders each section of a report as one CSV text.
   *
   * @param report the report
   * @return file name to CSV text, in reading order
   * @throws NullPointerException if {@code report} is null
   */
  public static Map<String, String> render(Report report) {
    Objects.requireNonNull(report, "report");
    Map<String, String> files = new LinkedHashMap<>();
    List<Report.Section> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      Report.Section s = sections.get(i);
      String name = String.format(Locale.ROOT, "%s-%02d-%s.csv", slug(report.id()), i + 1, slug(s.title()));
      files.put(name, table(s instanceof Report.Table t ? t : Cells.asTable((Report.Chart) s, "label")));
    }
    return files;
  }

  /**
   * Renders one table as CSV: a header row and one record per row, each ending in CRLF.
   *
   * @param table the table
   * @return the CSV text
   * @throws NullPointerException if {@code table} is null
   */
  public static String table(Report.Table table) {
    Objects.requireNonNull(table, "table");
    StringBuilder out = new StringBuilder();
    record(out, table.columns());
    for (List<Object> row : table.rows()) {
      record(out, row);
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(Cells.text(cells.get(i))));
    }
    out.append("\r\n");
  }

  /**
   * One field, quoted if it must be.
   *
   * @param text the field's text
   * @return the field as written
   */
  static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /** Lower-case letters and digits, runs of anything else as one dash. */
  static String slug(String s) {
    String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "section" : slug;
  }
}
