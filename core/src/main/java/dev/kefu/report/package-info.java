/**
 * Reports a supervisor reads (QA-4 to QA-7, RV-8, ST-15): each report is a typed value the host
 * can use directly, and turns into a {@link dev.kefu.report.Report} — a title, a period, tables
 * and charts — that renders to CSV, JSON and a self-contained HTML page with inline SVG charts.
 */
package dev.kefu.report;
