package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registers a complaint at once (CP-1, CP-2): the complainant, the channel, what they said; the
 * time is the registration's. A serious case escalates to the supervisor at once (CP-11).
 *
 * @param origin who registers it
 * @param customerId the complainant
 * @param channel where it came in (TK-2)
 * @param content what the customer complained about
 * @param owner its one owner (CP-1); null for the registering agent
 * @param aboutAgent the agent whose service it names, or null (CP-12)
 * @param orderValue the order value at stake, or null
 * @param safetyIssue whether the customer reports a safety issue
 * @param platformDispute whether it is a dispute on the marketplace platform
 */
public record RegisterComplaint(
    @NotNull @Valid Origin origin,
    @NotNull @Valid CustomerId customerId,
    @NotNull Channel channel,
    @NotBlank @Size(max = 4000) String content,
    @Valid StaffId owner,
    @Valid StaffId aboutAgent,
    @Valid Money orderValue,
    boolean safetyIssue,
    boolean platformDispute) {

  /**
   * A plain complaint, owned by whoever registers it.
   *
   * @param origin who registers it
   * @param customerId the complainant
   * @param channel the channel
   * @param content what the customer said
   * @return the command
   */
  public static RegisterComplaint of(Origin origin, CustomerId customerId, Channel channel, String content) {
    return new RegisterComplaint(origin, customerId, channel, content, null, null, null, false, false);
  }

  /**
   * @param value its one owner (CP-1); for a VIP customer the VIP desk or a lead (CU-4)
   * @return a copy owned by someone other than the registering agent
   */
  public RegisterComplaint ownedBy(StaffId value) {
    return new RegisterComplaint(origin, customerId, channel, content, value, aboutAgent, orderValue, safetyIssue, platformDispute);
  }

  /**
   * @param agent the agent it names
   * @return a copy about an agent's service
   */
  public RegisterComplaint about(StaffId agent) {
    return new RegisterComplaint(origin, customerId, channel, content, owner, agent, orderValue, safetyIssue, platformDispute);
  }

  /**
   * @param value the order value
   * @return a copy with the value at stake
   */
  public RegisterComplaint withOrderValue(Money value) {
    return new RegisterComplaint(origin, customerId, channel, content, owner, aboutAgent, value, safetyIssue, platformDispute);
  }

  /** @return a copy that reports a safety issue */
  public RegisterComplaint withSafetyIssue() {
    return new RegisterComplaint(origin, customerId, channel, content, owner, aboutAgent, orderValue, true, platformDispute);
  }

  /** @return a copy that is a platform dispute */
  public RegisterComplaint asPlatformDispute() {
    return new RegisterComplaint(origin, customerId, channel, content, owner, aboutAgent, orderValue, safetyIssue, true);
  }
}
