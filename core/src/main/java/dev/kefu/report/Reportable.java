package dev.kefu.report;

/** A typed report that can be rendered: it turns itself into a {@link Report}. */
@FunctionalInterface
public interface Reportable {

  /** @return the report's tables and charts */
  Report toReport();
}
