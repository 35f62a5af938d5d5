package dev.kefu.examples.shopday;

import java.util.List;

/**
 * What day to simulate: the seed every random choice comes from, how many customers the shop has
 * and how many contacts reach the desk.
 *
 * @param seed the seed; the same seed gives the same day and the same summary
 * @param customers customers in the shop's base, at least 10
 * @param contacts contacts over the day, each opening a ticket, at least 10
 */
record DayOptions(long seed, int customers, int contacts) {

  /** The seed used when none is given. */
  static final long DEFAULT_SEED = 20260302L;

  /** The usage line printed for bad arguments. */
  static final String USAGE = "usage: ShopDay [--seed N] [--customers N] [--contacts N]";

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException if a number is out of range
   */
  DayOptions {
    if (customers < 10 || customers > 1_000_000) {
      throw new IllegalArgumentException("--customers must be 10 to 1,000,000, was " + customers);
    }
    if (contacts < 10 || contacts > 1_000_000) {
      throw new IllegalArgumentException("--contacts must be 10 to 1,000,000, was " + contacts);
    }
  }

  /** @return the demo's day: 2,000 customers and 5,000 contacts with the default seed */
  static DayOptions defaults() {
    return new DayOptions(DEFAULT_SEED, 2_000, 5_000);
  }

  /**
   * Reads {@code --seed N}, {@code --customers N} and {@code --contacts N}, each optional.
   *
   * @param args the command line
   * @return the options
   * @throws IllegalArgumentException naming the argument that is unknown, lacks a value or is not
   *     a number
   */
  static DayOptions parse(List<String> args) {
    long seed = DEFAULT_SEED;
    int customers = 2_000;
    int contacts = 5_000;
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args.get(++i);
      try {
        switch (name) {
          case "--seed" -> seed = Long.parseLong(value);
          case "--customers" -> customers = Integer.parseInt(value);
          case "--contacts" -> contacts = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown argument " + name);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number, was " + value);
      }
    }
    return new DayOptions(seed, customers, contacts);
  }
}
