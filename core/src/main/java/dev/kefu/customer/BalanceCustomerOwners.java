package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Spreads customers over agents so each agent's count is balanced by skill level (CU-7), as
 * {@link OwnerBalancing} plans it. The pool is the named customers — or, if none are named, every
 * customer without an owner — together with the customers the agents own already.
 *
 * @param origin the supervisor
 * @param agents the agents who take customers, each once; their order breaks ties
 * @param customers the customers to spread, each once; null or empty for every customer without
 *     an owner
 * @param handoverNotes a handover note for each key customer the plan hands from one owner to
 *     another (CU-9); null if none
 */
public record BalanceCustomerOwners(
    @NotNull @Valid Origin origin,
    @NotEmpty @Size(max = 1_000) List<@NotNull @Valid StaffId> agents,
    @Size(max = 100_000) List<@NotNull @Valid CustomerId> customers,
    Map<@NotNull @Valid CustomerId, @NotNull @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> handoverNotes) {

  /**
   * Spreads every customer without an owner over the agents.
   *
   * @param origin the supervisor
   * @param agents the agents
   * @return the command
   */
  public static BalanceCustomerOwners unowned(Origin origin, List<StaffId> agents) {
    return new BalanceCustomerOwners(origin, agents, null, null);
  }

  /**
   * Spreads the named customers over the agents.
   *
   * @param origin the supervisor
   * @param agents the agents
   * @param customers the customers
   * @return the command
   */
  public static BalanceCustomerOwners of(Origin origin, List<StaffId> agents, List<CustomerId> customers) {
    return new BalanceCustomerOwners(origin, agents, customers, null);
  }

  /**
   * @param notes a handover note per key customer who changes owner
   * @return a copy with these notes
   */
  public BalanceCustomerOwners withHandoverNotes(Map<CustomerId, String> notes) {
    return new BalanceCustomerOwners(origin, agents, customers, notes);
  }
}
