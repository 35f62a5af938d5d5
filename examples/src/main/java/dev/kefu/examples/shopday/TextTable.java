package dev.kefu.examples.shopday;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table with aligned columns: the first column (or the first few) left-aligned, the
 * others right-aligned, a rule under the header and optionally above a totals row.
 *
 * <p>Not thread-safe.
 */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private int ruleBefore = -1;
  private int leftAligned = 1;

  /**
   * Creates a table.
   *
   * @param header the column headings
   */
  TextTable(String... header) {
    this.header = List.of(header);
  }

  /**
   * Formats a count with thousands separators, the same in every locale.
   *
   * @param n the count
   * @return for example {@code 5,000}
   */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Formats a share as a percentage with one decimal.
   *
   * @param part the part
   * @param whole the whole
   * @return for example {@code 12.5%}; {@code -} if the whole is 0
   */
  static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  /**
   * Left-aligns the first columns (text), not just the first.
   *
   * @param columns how many leading columns to left-align, at least 1
   * @return this table
   */
  TextTable leftAligned(int columns) {
    this.leftAligned = Math.max(1, columns);
    return this;
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   * @throws IllegalArgumentException if the row has another number of cells than the header
   */
  TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Adds a totals row with a rule above it.
   *
   * @param cells one cell per column
   * @return this table
   */
  TextTable total(String... cells) {
    ruleBefore = rows.size();
    return row(cells);
  }

  /**
   * Renders the table, each line indented.
   *
   * @param indent what to put before every line
   * @return the lines, each ending in a newline
   */
  String render(String indent) {
    int[] width = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, indent, header, width, leftAligned);
    rule(out, indent, width);
    for (int i = 0; i < rows.size(); i++) {
      if (i == ruleBefore) {
        rule(out, indent, width);
      }
      line(out, indent, rows.get(i), width, leftAligned);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String indent, List<String> cells, int[] width, int leftAligned) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      l.append(i == 0 ? "" : "  ");
      if (i < leftAligned) {
        l.append(c).append(pad);
      } else {
        l.append(pad).append(c);
      }
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }

  private static void rule(StringBuilder out, String indent, int[] width) {
    int total = 0;
    for (int i = 0; i < width.length; i++) {
      total += width[i] + (i == 0 ? 0 : 2);
    }
    out.append(indent).append("-".repeat(total)).append('\n');
  }
}
