package dev.kefu.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report as people and programs read it: a title, the period it covers, the rule it serves,
 * and its sections, each a table or a chart. Typed reports ({@code AgentDailyReport},
 * {@code ComplaintClassification}, …) turn themselves into one with {@link Reportable#toReport()};
 * the renderers turn it into CSV, JSON or HTML.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable machine name, for example {@code "agent-daily"}
 * @param title the human title
 * @param ruleId the rule the report serves, for example {@code "QA-4"}, or empty
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param sections the tables and charts, in reading order
 */
public record Report(String id, String title, String ruleId, Instant from, Instant to, List<Section> sections) {

  /**
   * Creates a report.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or title is blank or the period is reversed
   */
  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    if (id.isBlank() || title.isBlank() || to.isBefore(from)) {
      throw new IllegalArgumentException("a report needs an id, a title and a period that does not end before it starts");
    }
  }

  /** A part of a report: a table or a chart. */
  public sealed interface Section permits Table, Chart {
    /** @return the section's title */
    String title();
  }

  /**
   * A table: named columns and rows of cells. Cells are strings as printed, or numbers; a number
   * stays a number in JSON and is printed in CSV and HTML without grouping.
   *
   * @param title the title
   * @param columns the column names
   * @param rows the rows, each as many cells as columns; a cell is a {@link String}, a
   *     {@link Number} or null for none
   */
  public record Table(String title, List<String> columns, List<List<Object>> rows) implements Section {

    /**
     * Creates a table.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a row's width differs from the columns' or a cell is
     *     neither a string nor a number
     */
    public Table {
      Objects.requireNonNull(title, "title");
      columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
      Objects.requireNonNull(rows, "rows");
      List<List<Object>> copy = new java.util.ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        List<Object> row = rows.get(i);
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException("table " + title + ": row " + i + " has " + row.size() + " cells for "
              + columns.size() + " columns");
        }
        for (Object cell : row) {
          if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
            throw new IllegalArgumentException("table " + title + ": row " + i + " has a " + cell.getClass().getSimpleName()
                + " cell; cells are strings or numbers");
          }
        }
        copy.add(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)));
      }
      rows = java.util.Collections.unmodifiableList(copy);
    }
  }

  /**
   * A chart: labelled points on the x axis and one or more series of values.
   *
   * @param title the title
   * @param kind line or bar
   * @param xLabels the labels of the points, for example half-hours or dates
   * @param yUnit what the values count, for example {@code "%"} or {@code "agents"}
   * @param series the series, each with as many values as labels
   */
  public record Chart(String title, Kind kind, List<String> xLabels, String yUnit, List<Series> series) implements Section {

    /** How a chart draws its series. */
    public enum Kind {
      /** Lines through the points: a value over time. */
      LINE,
      /** Bars, side by side per label: counts per category. */
      BAR
    }

    /**
     * Creates a chart.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a series has another number of values than labels
     */
    public Chart {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(kind, "kind");
      xLabels = List.copyOf(Objects.requireNonNull(xLabels, "xLabels"));
      Objects.requireNonNull(yUnit, "yUnit");
      series = List.copyOf(Objects.requireNonNull(series, "series"));
      for (Series s : series) {
        if (s.values().size() != xLabels.size()) {
          throw new IllegalArgumentException("chart " + title + ": series " + s.name() + " has " + s.values().size()
              + " values for " + xLabels.size() + " labels");
        }
      }
    }
  }

  /**
   * A named series of values; a missing value is {@code NaN}.
   *
   * @param name the series' name, shown in the legend
   * @param values the values
   */
  public record Series(String name, List<Double> values) {

    /**
     * Creates a series.
     *
     * @throws NullPointerException if an argument or a value is null
     */
    public Series {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(Objects.requireNonNull(values, "values"));
    }
  }
}
