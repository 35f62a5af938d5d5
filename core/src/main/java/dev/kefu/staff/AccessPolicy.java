package dev.kefu.staff;

import static dev.kefu.spi.staff.Role.AGENT;
import static dev.kefu.spi.staff.Role.GENERAL_MANAGER;
import static dev.kefu.spi.staff.Role.QA;
import static dev.kefu.spi.staff.Role.SHIFT_LEAD;
import static dev.kefu.spi.staff.Role.SHOP_MANAGER;
import static dev.kefu.spi.staff.Role.SUPERVISOR;
import static dev.kefu.spi.staff.Role.TEAM_LEAD;
import static dev.kefu.spi.staff.Role.VIP_AGENT;

import dev.kefu.Decision;
import dev.kefu.spi.staff.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which roles may make which commands (ST-1): one table, readable in one screen. QA reads and
 * scores but changes no customer or ticket; leads assign work to others; only supervisors and
 * above set VIP status and customer owners.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is the table below; a host narrows or widens
 * it with {@link #with(StaffAction, Set)}.
 */
public final class AccessPolicy {

  private static final Set<Role> DESK = EnumSet.of(AGENT, VIP_AGENT, TEAM_LEAD, SHIFT_LEAD, SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER);
  private static final Set<Role> LEADS = EnumSet.of(TEAM_LEAD, SHIFT_LEAD, SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER);
  private static final Set<Role> SUPERVISORS = EnumSet.of(SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER);
  private static final Set<Role> QUALITY = EnumSet.of(QA);
  private static final Set<Role> TRAINING = EnumSet.of(QA, SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER);

  private final Map<StaffAction, Set<Role>> table;

  private AccessPolicy(Map<StaffAction, Set<Role>> table) {
    this.table = table;
  }

  /**
   * The default table.
   *
   * <pre>
   * REGISTER_CUSTOMER, UPDATE_CUSTOMER        desk (everyone but QA)
   * SET_VIP_STATUS, ASSIGN_CUSTOMER_OWNER     supervisor, shop manager, general manager
   * OPEN_TICKET, ASSIGN_TICKET_TO_SELF        desk
   * ASSIGN_TICKET_TO_OTHERS                   team lead, shift lead, supervisor and above
   * HANDLE_TICKET, RESOLVE_TICKET,
   * REOPEN_TICKET, CLOSE_TICKET               desk
 * RAISE_ALERT                               desk
 * HAND_OVER                                 team lead, shift lead, supervisor and above
 * SCORE_CONTACT, VERIFY_MENTION             QA (QA-1, TK-18)
 * RECORD_TRAINING_EXAM                      QA, supervisor and above (QA-2)
 * ASSESS_KPIS                               team lead, shift lead, supervisor and above (QA-3)
   * </pre>
   *
   * @return the default policy
   */
  public static AccessPolicy defaults() {
    Map<StaffAction, Set<Role>> t = new EnumMap<>(StaffAction.class);
    t.put(StaffAction.REGISTER_CUSTOMER, DESK);
    t.put(StaffAction.UPDATE_CUSTOMER, DESK);
    t.put(StaffAction.SET_VIP_STATUS, SUPERVISORS);
    t.put(StaffAction.ASSIGN_CUSTOMER_OWNER, SUPERVISORS);
    t.put(StaffAction.OPEN_TICKET, DESK);
    t.put(StaffAction.ASSIGN_TICKET_TO_SELF, DESK);
    t.put(StaffAction.ASSIGN_TICKET_TO_OTHERS, LEADS);
    t.put(StaffAction.HANDLE_TICKET, DESK);
    t.put(StaffAction.RESOLVE_TICKET, DESK);
    t.put(StaffAction.REOPEN_TICKET, DESK);
    t.put(StaffAction.CLOSE_TICKET, DESK);
    t.put(StaffAction.RAISE_ALERT, DESK);
    t.put(StaffAction.HAND_OVER, LEADS);
    t.put(StaffAction.SCORE_CONTACT, QUALITY);
    t.put(StaffAction.VERIFY_MENTION, QUALITY);
    t.put(StaffAction.RECORD_TRAINING_EXAM, TRAINING);
    t.put(StaffAction.ASSESS_KPIS, LEADS);
    return new AccessPolicy(freeze(t));
  }

  /**
   * A copy of this policy in which {@code action} is allowed to exactly {@code roles}.
   *
   * @param action the action
   * @param roles the roles that may make it
   * @return the changed policy
   */
  public AccessPolicy with(StaffAction action, Set<Role> roles) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(roles, "roles");
    Map<StaffAction, Set<Role>> t = new EnumMap<>(table);
    t.put(action, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    return new AccessPolicy(freeze(t));
  }

  /**
   * The roles that may make an action.
   *
   * @param action the action
   * @return the roles
   */
  public Set<Role> rolesFor(StaffAction action) {
    return table.getOrDefault(action, Set.of());
  }

  /**
   * Decides whether a role may make an action (ST-1).
   *
   * @param role the actor's role
   * @param action the action
   * @return the decision, naming ST-1
   */
  public Decision decide(Role role, StaffAction action) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(action, "action");
    return rolesFor(action).contains(role)
        ? Decision.allow("ST-1", role + " may " + action)
        : Decision.refuse("ST-1", "only " + rolesFor(action) + " may " + action);
  }

  private static Map<StaffAction, Set<Role>> freeze(Map<StaffAction, Set<Role>> t) {
    Map<StaffAction, Set<Role>> frozen = new EnumMap<>(StaffAction.class);
    t.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(v))));
    return Collections.unmodifiableMap(frozen);
  }
}
