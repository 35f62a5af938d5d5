package dev.kefu.report;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a host gives for the analysis of an outbound campaign (QA-6): the target list, the target
 * of conversions, and every call made, with its outcome and, for a refusal, the reason. kefu does
 * not dial; the host's dialler or its agents record the calls.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the campaign
 * @param from the campaign's start, inclusive
 * @param to the campaign's end, exclusive
 * @param targetConversions how many conversions the campaign aims at, at least 1
 * @param targetList the customers to call; duplicates count once
 * @param calls every call made, in any order
 */
public record OutboundCampaign(String name, Instant from, Instant to, long targetConversions, List<CustomerId> targetList,
    List<Call> calls) {

  /**
   * Creates a campaign.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank, the period reversed or the target below 1
   */
  public OutboundCampaign {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    targetList = List.copyOf(Objects.requireNonNull(targetList, "targetList"));
    calls = List.copyOf(Objects.requireNonNull(calls, "calls"));
    if (name.isBlank() || to.isBefore(from)) {
      throw new IllegalArgumentException("a campaign needs a name and a period that does not end before it starts");
    }
    if (targetConversions < 1) {
      throw new IllegalArgumentException("targetConversions must be at least 1, was " + targetConversions);
    }
  }

  /** How a call ended. */
  public enum Outcome {
    /** Nobody answered, or the wrong person. */
    NOT_REACHED,
    /** The customer was reached and neither bought nor refused (call back). */
    REACHED,
    /** The customer bought, signed up or did what the campaign asked. */
    CONVERTED,
    /** The customer said no. */
    REFUSED
  }

  /**
   * One call.
   *
   * @param agent who called
   * @param customer whom
   * @param at when
   * @param outcome how it ended
   * @param refusalReason why the customer refused; only for {@link Outcome#REFUSED}
   */
  public record Call(StaffId agent, CustomerId customer, Instant at, Outcome outcome, Optional<String> refusalReason) {

    /**
     * Creates a call.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a reason is given for an outcome other than a refusal
     */
    public Call {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(refusalReason, "refusalReason");
      if (refusalReason.isPresent() && outcome != Outcome.REFUSED) {
        throw new IllegalArgumentException("only a refusal has a reason, the outcome was " + outcome);
      }
    }

    /** @return whether the customer was reached */
    public boolean reached() {
      return outcome != Outcome.NOT_REACHED;
    }
  }
}
