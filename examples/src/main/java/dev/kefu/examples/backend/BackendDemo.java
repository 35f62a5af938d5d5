package dev.kefu.examples.backend;

/**
 * Runs one short day of a miniature e-commerce backend — orders, payments, shipping and reviews in
 * an embedded H2 database — with kefu wired in, and prints what kefu did with the backend's order
 * events.
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java -Dexec.mainClass=dev.kefu.examples.backend.BackendDemo
 * </pre>
 *
 * <p>See {@link ShopHost} for the wiring and {@link OrderEventOutbox} for how events reach kefu.
 */
public final class BackendDemo {

  private BackendDemo() {}

  /**
   * Runs the day and prints its log and summary to standard output.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging; sending it to SLF4J keeps the banner out
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    try (DemoDay day = DemoDay.run()) {
      System.out.print(day.text());
    }
  }
}
