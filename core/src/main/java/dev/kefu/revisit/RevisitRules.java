package dev.kefu.revisit;

import dev.kefu.spi.Channel;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * How revisits are planned: the customers' rest hours (RV-2), the channels in order of preference
 * (phone, SMS, e-mail: RV-1), how long after a handled complaint the call is placed (CP-7, within
 * the 3 days of RV-5), the member revisit days and time (RV-6), and how long before a membership
 * expires its renewal reminder goes out (RV-6), and how often and how soon a customer who was not
 * reached is called again.
 *
 * @param rest the rest hours
 * @param channels the channels to reach a customer on, preferred first; phone, SMS or e-mail only
 * @param afterComplaint how long after acceptance the complaint revisit is placed
 * @param memberDays the days of the month of member revisits
 * @param memberTime the local time of the member revisit campaign
 * @param renewalWindow how long before expiry a member is reminded to renew
 * @param attempts how many times a revisit is tried before the customer counts as unreachable
 * @param retryAfter how long after a failed attempt the next one is placed (then moved out of the
 *     customer's rest hours)
 */
public record RevisitRules(
    RestHours rest, List<Channel> channels, Duration afterComplaint, List<Integer> memberDays, LocalTime memberTime,
    Duration renewalWindow, int attempts, Duration retryAfter) {

  /** Creates the rules; lists are copied. */
  public RevisitRules {
    Objects.requireNonNull(rest, "rest");
    channels = List.copyOf(channels);
    Objects.requireNonNull(afterComplaint, "afterComplaint");
    memberDays = List.copyOf(memberDays);
    Objects.requireNonNull(memberTime, "memberTime");
    Objects.requireNonNull(renewalWindow, "renewalWindow");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (attempts < 1) {
      throw new IllegalArgumentException("a revisit is tried at least once, was " + attempts + " attempts");
    }
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("the next attempt comes after the last, was retryAfter " + retryAfter);
    }
    if (channels.isEmpty() || channels.stream().anyMatch(c -> c != Channel.PHONE && c != Channel.SMS && c != Channel.EMAIL)) {
      throw new IllegalArgumentException("revisits go by phone, SMS or e-mail (RV-1), was " + channels);
    }
    if (afterComplaint.isNegative() || afterComplaint.compareTo(Duration.ofDays(3)) > 0) {
      throw new IllegalArgumentException("a complaint revisit comes within 3 days (RV-5), was " + afterComplaint);
    }
  }

  /**
   * The defaults: rest 21:00-09:00, phone then SMS then e-mail, the day after acceptance, members
   * on the 1st and 15th at 10:00, renewal reminders 30 days ahead, three attempts four hours apart
   * (so that all three fit in the 3 days of RV-5).
   *
   * @return the rules
   */
  public static RevisitRules defaults() {
    return new RevisitRules(RestHours.defaults(), List.of(Channel.PHONE, Channel.SMS, Channel.EMAIL), Duration.ofDays(1),
        List.of(1, 15), LocalTime.of(10, 0), Duration.ofDays(30), 3, Duration.ofHours(4));
  }

  /**
   * @param value the rest hours
   * @return a copy with other rest hours
   */
  public RevisitRules withRest(RestHours value) {
    return new RevisitRules(value, channels, afterComplaint, memberDays, memberTime, renewalWindow, attempts, retryAfter);
  }

  /**
   * @param count how many times a revisit is tried
   * @param after how long after a failed attempt the next one is placed
   * @return a copy with other retries
   */
  public RevisitRules withAttempts(int count, Duration after) {
    return new RevisitRules(rest, channels, afterComplaint, memberDays, memberTime, renewalWindow, count, after);
  }
}
