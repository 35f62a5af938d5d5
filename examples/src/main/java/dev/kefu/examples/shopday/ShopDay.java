package dev.kefu.examples.shopday;

import java.util.List;

/**
 * Runs one simulated day of an online shop's customer service on kefu and prints what happened.
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args="--seed 7 --customers 500 --contacts 1200"
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
   * Runs the day and prints the summary to standard output.
   *
   * @param args {@code --seed N}, {@code --customers N}, {@code --contacts N}, each optional
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which falls back to java.util.logging and
    // prints a version banner; sending it to SLF4J keeps the demo's output to the summary.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    DayOptions options;
    try {
      options = DayOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DayOptions.USAGE);
      System.exit(2);
      return;
    }
    System.out.print(Simulation.run(options).summary().render());
  }
}
