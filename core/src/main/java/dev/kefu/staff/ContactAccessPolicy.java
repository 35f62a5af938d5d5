package dev.kefu.staff;

import dev.kefu.Decision;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffMember;
import java.util.List;
import java.util.Objects;

/**
 * Who may read a customer's contact details (CU-8): only staff with a need — the owning agent,
 * the leads above the owner in the reporting line, the VIP desk for VIP customers, and the agent
 * who owns one of the customer's open tickets. Everyone else sees masked addresses.
 *
 * <p>A pure function; thread-safe.
 */
public final class ContactAccessPolicy {

  /** The rule this policy implements. */
  public static final String RULE = "CU-8";

  /** Creates the policy. */
  public ContactAccessPolicy() {}

  /**
   * Decides whether {@code viewer} may read {@code customer}'s contact details.
   *
   * @param viewer who asks
   * @param customer whose details
   * @param ownersReportingLine the leads above the customer's owner, nearest first; empty if the
   *     customer has no owner
   * @param viewerOwnsOpenTicket whether the viewer owns an open ticket of this customer
   * @return the decision, naming CU-8
   */
  public Decision decide(
      StaffMember viewer, Customer customer, List<StaffMember> ownersReportingLine, boolean viewerOwnsOpenTicket) {
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(ownersReportingLine, "ownersReportingLine");
    if (customer.owner().filter(viewer.id()::equals).isPresent()) {
      return Decision.allow(RULE, "the viewer owns the customer");
    }
    if (ownersReportingLine.stream().anyMatch(lead -> lead.id().equals(viewer.id()))) {
      return Decision.allow(RULE, "the viewer leads the customer's owner");
    }
    if (customer.tier() == Tier.VIP && viewer.role() == Role.VIP_AGENT) {
      return Decision.allow(RULE, "the VIP desk serves VIP customers");
    }
    if (viewerOwnsOpenTicket) {
      return Decision.allow(RULE, "the viewer owns an open ticket of the customer");
    }
    return Decision.refuse(RULE, "the viewer has no need to see this customer's contact details");
  }
}
