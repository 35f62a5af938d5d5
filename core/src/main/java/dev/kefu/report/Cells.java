package dev.kefu.report;

import java.math.BigDecimal;
import java.math.BigInteger;

/** How the renderers print a cell or a value: numbers without grouping, in the ROOT locale. */
final class Cells {

  private Cells() {}

  /**
   * A number as printed: integers as they are, decimals without trailing zeros and without an
   * exponent; NaN and infinities as null, for the caller to print as nothing.
   *
   * @param n the number
   * @return the text, or null if the number is not finite
   */
  static String number(Number n) {
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte || n instanceof BigInteger) {
      return n.toString();
    }
    if (n instanceof BigDecimal b) {
      return b.stripTrailingZeros().toPlainString().replaceAll("^-0$", "0");
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * A cell as text: a string as it is, a number by {@link #number}, nothing for null or a number
   * that is not finite.
   *
   * @param cell the cell
   * @return the text, never null
   */
  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number n) {
      String s = number(n);
      return s == null ? "" : s;
    }
    return cell.toString();
  }

  /**
   * A chart as a table: the labels in the first column, one column per series.
   *
   * @param chart the chart
   * @param firstColumn the first column's name
   * @return the table
   */
  static Report.Table asTable(Report.Chart chart, String firstColumn) {
    java.util.List<String> columns = new java.util.ArrayList<>();
    columns.add(firstColumn);
    chart.series().forEach(s -> columns.add(s.name()));
    java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < chart.xLabels().size(); i++) {
      java.util.List<Object> row = new java.util.ArrayList<>();
      row.add(chart.xLabels().get(i));
      for (Report.Series s : chart.series()) {
        Double v = s.values().get(i);
        row.add(v == null || v.isNaN() ? null : v);
      }
      rows.add(row);
    }
    return new Report.Table(chart.title(), columns, rows);
  }
}
