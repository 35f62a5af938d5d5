package dev.kefu.examples.shopday;

import java.util.List;

/**
 * Runs one simulated day of an online shop's customer service on kefu and prints what happened.
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="--seed 7 --customers 500 --contacts 1200"
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="--html /tmp/day.html"
 * </pre>
 *
 * <p>Customers are registered and place orders, contacts arrive on chat, phone, e-mail and the
 * app, two shifts of agents with their team leads open, assign, answer, resolve and close the
 * tickets, the VIP desk serves VIP customers, kefu's SLA clocks warn, breach and escalate up the
 * reporting line, some complaints go through kefu's closed loop (the back office follows them on
 * after close, with kefu's revisits), customers answer satisfaction surveys, and notifications go
 * out through simulated gateways that sometimes fail. Every
 * random choice comes from the seed and time from a simulated clock, so the same arguments print
 * the same summary.
 */
public final class ShopDay {

  private ShopDay() {}

  /**
   * Runs the day, prints the summary to standard output, and writes the day's reports as one HTML
   * page (by default {@code target/shopday-report.html}), printing where.
   *
   * @param args {@code --seed N}, {@code --customers N}, {@code --contacts N}, {@code --html PATH},
   *     each optional
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging and
    // prints a version banner; sending it to SLF4J keeps the demo's output to the summary.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    List<String> rest = new java.util.ArrayList<>(List.of(args));
    java.nio.file.Path html = HtmlReport.DEFAULT_PATH;
    int at = rest.indexOf("--html");
    DayOptions options;
    try {
      if (at >= 0) {
        if (at + 1 >= rest.size()) {
          throw new IllegalArgumentException("--html needs a path");
        }
        html = java.nio.file.Path.of(rest.get(at + 1));
        rest.subList(at, at + 2).clear();
      }
      options = DayOptions.parse(rest);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DayOptions.USAGE + " [--html PATH]");
      System.exit(2);
      return;
    }
    Simulation.Outcome outcome = Simulation.run(options);
    System.out.print(outcome.summary().render());
    try {
      System.out.println();
      System.out.println("HTML report (the day's reports with charts): " + HtmlReport.write(outcome, html));
    } catch (java.io.IOException e) {
      System.err.println("could not write the HTML report to " + html + ": " + e.getMessage());
      System.exit(1);
    }
  }
}
