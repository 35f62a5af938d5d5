package dev.kefu.routing;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.ContactLogEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who gets credit for a sale (TK-11): each agent's share, summing to 1.
 *
 * @param shares each agent's share, 0 to 1, in the order the agents first served the order
 * @param decidedByManager true if the shop manager set the shares, false if they follow the
 *     conversation
 */
public record SaleAttribution(Map<StaffId, BigDecimal> shares, boolean decidedByManager) {

  /** The rule. */
  public static final String RULE = "TK-11";

  /**
   * Creates an attribution; the shares are copied, in order.
   *
   * @throws NullPointerException if the shares are null
   */
  public SaleAttribution {
    Objects.requireNonNull(shares, "shares");
    shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
  }

  /**
   * TK-11 by the conversation: each agent's share is half their share of the messages sent to the
   * customer and half their share of the time spent in contacts; if nobody sent a message (or no
   * time was spent) the other half decides alone, and if neither, the agents share equally.
   * Shares have four decimals and sum to exactly 1: the rounding remainder goes to the largest.
   *
   * @param contacts the contact log entries of the order's tickets; entries without an agent are
   *     skipped
   * @return the attribution, agents in the order they first served
   * @throws IllegalArgumentException if no entry names an agent
   */
  public static SaleAttribution byConversation(List<ContactLogEntry> contacts) {
    Map<StaffId, long[]> sums = new LinkedHashMap<>(); // messages out, seconds
    long messages = 0;
    long seconds = 0;
    for (ContactLogEntry e : contacts) {
      if (e.handledBy().isEmpty()) {
        continue;
      }
      long[] s = sums.computeIfAbsent(e.handledBy().get(), k -> new long[2]);
      long took = Duration.between(e.start(), e.end()).toSeconds();
      s[0] += e.messagesOut();
      s[1] += took;
      messages += e.messagesOut();
      seconds += took;
    }
    if (sums.isEmpty()) {
      throw new IllegalArgumentException("no agent served the order");
    }
    Map<StaffId, BigDecimal> shares = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    StaffId largest = null;
    for (Map.Entry<StaffId, long[]> e : sums.entrySet()) {
      double byMessages = messages == 0 ? Double.NaN : e.getValue()[0] / (double) messages;
      double byTime = seconds == 0 ? Double.NaN : e.getValue()[1] / (double) seconds;
      double share = Double.isNaN(byMessages) && Double.isNaN(byTime) ? 1.0 / sums.size()
          : Double.isNaN(byMessages) ? byTime : Double.isNaN(byTime) ? byMessages : (byMessages + byTime) / 2;
      BigDecimal rounded = BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_EVEN);
      shares.put(e.getKey(), rounded);
      total = total.add(rounded);
      if (largest == null || rounded.compareTo(shares.get(largest)) > 0) {
        largest = e.getKey();
      }
    }
    shares.put(largest, shares.get(largest).add(BigDecimal.ONE.subtract(total)));
    return new SaleAttribution(shares, false);
  }
}
