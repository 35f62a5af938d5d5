package dev.kefu.spi.ticket;

import dev.kefu.spi.Channel;
import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact with the customer about a ticket (TK-3): who handled it, when it started and ended,
 * on which channel, how many messages went in and out, and a summary. Entries are never changed
 * or removed; a correction is a new entry that names the one it corrects.
 *
 * @param sequence 1 for the ticket's first entry, one more for each next
 * @param handledBy the staff member who handled the contact; empty for a message from the customer
 *     that nobody has answered yet
 * @param start when the contact started
 * @param end when it ended, not before {@code start}
 * @param channel the channel
 * @param messagesIn messages from the customer
 * @param messagesOut messages to the customer
 * @param summary what was said, in short
 * @param corrects the sequence of the entry this one corrects, if it is a correction
 */
public record ContactLogEntry(
    int sequence,
    Optional<StaffId> handledBy,
    Instant start,
    Instant end,
    Channel channel,
    int messagesIn,
    int messagesOut,
    String summary,
    Optional<Integer> corrects) {

  /**
   * Creates an entry.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the sequence is below 1, the end is before the start, a
   *     message count is negative, or a correction does not point to an earlier entry
   */
  public ContactLogEntry {
    Objects.requireNonNull(handledBy, "handledBy");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(corrects, "corrects");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("contact ends before it starts");
    }
    if (messagesIn < 0 || messagesOut < 0) {
      throw new IllegalArgumentException("message counts must not be negative");
    }
    if (corrects.isPresent() && (corrects.get() < 1 || corrects.get() >= sequence)) {
      throw new IllegalArgumentException("a correction must point to an earlier entry");
    }
  }

  /** @return how long the contact lasted */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
