package dev.kefu.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When each ticket of a run opens and when each of its commands falls, in simulated minutes: the
 * openings spread evenly over {@link #OPENING_MINUTES}, each ticket's commands at its script's
 * offsets from its opening.
 */
final class Timeline {

  /**
   * The run starts on a Tuesday at 09:00 in the shop's zone: the weekly reports are held at the
   * weekend ({@link LoadShop#instance}).
   */
  static final Instant START = Instant.parse("2026-03-03T01:00:00Z");
  /** Tickets open over eight simulated hours. */
  static final int OPENING_MINUTES = 480;

  final int tickets;
  /** For each minute, its commands as {@code ticket << 8 | step}, in ticket order. */
  private final long[][] byMinute;

  Timeline(int tickets) {
    if (tickets < 1) {
      throw new IllegalArgumentException("at least one ticket, was " + tickets);
    }
    this.tickets = tickets;
    int minutes = OPENING_MINUTES + Script.longest() + 1;
    int[] counts = new int[minutes];
    for (int i = 0; i < tickets; i++) {
      for (Step s : Script.of(i).steps) {
        counts[openMinute(i) + s.minute()]++;
      }
    }
    byMinute = new long[minutes][];
    for (int m = 0; m < minutes; m++) {
      byMinute[m] = new long[counts[m]];
      counts[m] = 0;
    }
    for (int i = 0; i < tickets; i++) {
      List<Step> steps = Script.of(i).steps;
      for (int k = 0; k < steps.size(); k++) {
        int m = openMinute(i) + steps.get(k).minute();
        byMinute[m][counts[m]++] = (long) i << 8 | k;
      }
    }
  }

  /** @return the minute ticket {@code i} opens at */
  int openMinute(int i) {
    return (int) ((long) i * OPENING_MINUTES / tickets);
  }

  /** @return the instant ticket {@code i} opens at */
  Instant openedAt(int i) {
    return at(openMinute(i));
  }

  /** @return the instant of a simulated minute */
  Instant at(int minute) {
    return START.plus(Duration.ofMinutes(minute));
  }

  /** @return how many minutes hold commands (the last is {@code minutes() - 1}) */
  int minutes() {
    return byMinute.length;
  }

  /** @return the commands of a minute, as {@code ticket << 8 | step} */
  long[] commandsAt(int minute) {
    return byMinute[minute];
  }

  /** @return how many commands the run makes */
  long commands() {
    long n = 0;
    for (long[] m : byMinute) {
      n += m.length;
    }
    return n;
  }

  static int ticketOf(long command) {
    return (int) (command >>> 8);
  }

  static int stepOf(long command) {
    return (int) (command & 0xFF);
  }
}
