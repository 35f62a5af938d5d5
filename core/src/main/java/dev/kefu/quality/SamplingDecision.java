package dev.kefu.quality;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether one contact is in the QA sample (QA-1), and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param contact the contact's sequence in the ticket's log
 * @param agent who handled it
 * @param at when the contact started
 * @param rate the sampling rate that applied, 0 to 1
 * @param draw the contact's deterministic draw, 0 (inclusive) to 1 (exclusive); sampled if below the rate
 * @param sampled whether QA reviews it
 * @param reason which rate applied: {@code "agent rate"}, {@code "new agent"} or {@code "after complaint"}
 */
public record SamplingDecision(TicketId ticket, int contact, StaffId agent, Instant at, double rate, double draw, boolean sampled,
    String reason) {

  /**
   * Creates a decision.
   *
   * @throws NullPointerException if an argument is null
   */
  public SamplingDecision {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(reason, "reason");
  }

  /** @return the rule it applies, QA-1 */
  public String ruleId() {
    return "QA-1";
  }
}
