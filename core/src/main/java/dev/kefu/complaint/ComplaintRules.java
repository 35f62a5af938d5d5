package dev.kefu.complaint;

import dev.kefu.Decision;
import dev.kefu.spi.Money;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The configurable rules of complaint handling: when a case is serious (CP-11, TK-5), who may
 * approve a resolution (CP-5), the compensation limit (CP-13), which options fit which cause
 * (CP-11), and who investigates quality and service causes (CP-4).
 *
 * <p>Immutable and thread-safe.
 *
 * @param seriousOrderValue an order value at or above this makes a case serious (TK-5's large orders)
 * @param seriousTiers customers of these tiers make a case serious
 * @param safetyIsSerious whether a reported safety issue makes a case serious
 * @param platformDisputeIsSerious whether a platform dispute makes a case serious
 * @param approvers the roles that may approve a resolution (CP-5: supervisors)
 * @param compensationLimit compensation above this is approved only by a supervisor or above,
 *     whatever {@code approvers} says (CP-13)
 * @param qualityOwner who investigates product-quality causes (CP-4); empty: the owner's nearest supervisor
 * @param serviceSupervisor who investigates service causes (CP-4); empty: the owner's nearest supervisor
 */
public record ComplaintRules(
    Money seriousOrderValue,
    Set<Tier> seriousTiers,
    boolean safetyIsSerious,
    boolean platformDisputeIsSerious,
    Set<Role> approvers,
    Money compensationLimit,
    Optional<StaffId> qualityOwner,
    Optional<StaffId> serviceSupervisor) {

  /** Creates rules; sets are copied. */
  public ComplaintRules {
    Objects.requireNonNull(seriousOrderValue, "seriousOrderValue");
    seriousTiers = seriousTiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(seriousTiers));
    approvers = Set.copyOf(EnumSet.copyOf(approvers));
    Objects.requireNonNull(compensationLimit, "compensationLimit");
    Objects.requireNonNull(qualityOwner, "qualityOwner");
    Objects.requireNonNull(serviceSupervisor, "serviceSupervisor");
    if (approvers.isEmpty()) {
      throw new IllegalArgumentException("somebody must be able to approve a resolution");
    }
  }

  /**
   * The defaults: serious for VIP customers, orders of 5,000 or more, safety issues and platform
   * disputes; supervisors approve; compensation above 200 only by a supervisor or above.
   *
   * @param currency the shop currency
   * @return the rules
   */
  public static ComplaintRules defaults(Currency currency) {
    return new ComplaintRules(new Money(new BigDecimal("5000"), currency), Set.of(Tier.VIP), true, true,
        EnumSet.of(Role.SUPERVISOR, Role.SHOP_MANAGER, Role.GENERAL_MANAGER), new Money(new BigDecimal("200"), currency),
        Optional.empty(), Optional.empty());
  }

  /**
   * @param roles the roles
   * @return a copy in which these roles approve resolutions
   */
  public ComplaintRules withApprovers(Set<Role> roles) {
    return new ComplaintRules(seriousOrderValue, seriousTiers, safetyIsSerious, platformDisputeIsSerious, roles,
        compensationLimit, qualityOwner, serviceSupervisor);
  }

  /**
   * @param limit the limit
   * @return a copy with another compensation limit
   */
  public ComplaintRules withCompensationLimit(Money limit) {
    return new ComplaintRules(seriousOrderValue, seriousTiers, safetyIsSerious, platformDisputeIsSerious, approvers,
        limit, qualityOwner, serviceSupervisor);
  }

  /**
   * @param quality who investigates product quality
   * @param service who investigates service
   * @return a copy with these investigators
   */
  public ComplaintRules withInvestigators(StaffId quality, StaffId service) {
    return new ComplaintRules(seriousOrderValue, seriousTiers, safetyIsSerious, platformDisputeIsSerious, approvers,
        compensationLimit, Optional.of(quality), Optional.of(service));
  }

  /**
   * Why a case is serious (CP-11).
   *
   * @param tier the customer's tier
   * @param orderValue the order value at stake, if any
   * @param safetyIssue whether a safety issue is reported
   * @param platformDispute whether it is a platform dispute
   * @return the reasons; empty if it is not serious
   */
  public List<String> seriousBecause(Tier tier, Optional<Money> orderValue, boolean safetyIssue, boolean platformDispute) {
    List<String> reasons = new ArrayList<>();
    if (seriousTiers.contains(tier)) {
      reasons.add(tier + " customer");
    }
    orderValue.filter(v -> v.currency().equals(seriousOrderValue.currency()) && v.isAtLeast(seriousOrderValue))
        .ifPresent(v -> reasons.add("order value " + v + " reaches " + seriousOrderValue));
    if (safetyIssue && safetyIsSerious) {
      reasons.add("safety issue");
    }
    if (platformDispute && platformDisputeIsSerious) {
      reasons.add("platform dispute");
    }
    return List.copyOf(reasons);
  }

  /**
   * Whether a role may approve an option (CP-5, CP-13).
   *
   * @param role the approver's role
   * @param option the option
   * @return the decision, naming the rule
   */
  public Decision mayApprove(Role role, ResolutionOption option) {
    boolean bigCompensation = option.type() == ResolutionType.COMPENSATION
        && option.money().filter(m -> m.currency().equals(compensationLimit.currency()) && m.compareTo(compensationLimit) > 0).isPresent();
    if (bigCompensation && !role.isSupervisorOrAbove()) {
      return Decision.refuse("CP-13", "compensation above " + compensationLimit + " needs a supervisor");
    }
    if (!approvers.contains(role)) {
      return Decision.refuse("CP-5", "only " + approvers + " approve a resolution");
    }
    return Decision.allow(bigCompensation ? "CP-13" : "CP-5", role + " may approve it");
  }

  /**
   * Whether proposed options fit the cause (CP-11): a product-quality defect gets a return or an
   * exchange among them, a misuse an explanation.
   *
   * @param cause the cause found
   * @param options the options
   * @return what is missing, empty if they fit
   */
  public Optional<String> misfit(CauseCategory cause, List<ResolutionOption> options) {
    Set<ResolutionType> types = EnumSet.noneOf(ResolutionType.class);
    options.forEach(o -> types.add(o.type()));
    if (cause == CauseCategory.PRODUCT_QUALITY && !types.contains(ResolutionType.RETURN) && !types.contains(ResolutionType.EXCHANGE)) {
      return Optional.of("a quality defect gets a return or an exchange");
    }
    if (cause == CauseCategory.MISUSE && !types.contains(ResolutionType.EXPLANATION)) {
      return Optional.of("a misuse gets an explanation");
    }
    return Optional.empty();
  }
}
