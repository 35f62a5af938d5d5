package dev.kefu.customer;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a supervisor's set of customers is spread over a set of agents (CU-7): each agent's weight,
 * count before and target, and the owner changes that reach the targets. Made by
 * {@link OwnerBalancing#plan}; {@link Customers#planOwners} shows it, {@link Customers#balanceOwners}
 * applies it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param targets one per agent, in the order the agents were given
 * @param moves the owner changes, ordered by customer id
 * @param kept how many customers of the pool stay with their owner
 * @param left customers named or found that were left out of the pool: VIP customers when some
 *     agent may not serve them (CU-4)
 */
public record OwnerPlan(List<Target> targets, List<Move> moves, int kept, List<CustomerId> left) {

  /**
   * Creates a plan; lists are copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public OwnerPlan {
    targets = List.copyOf(targets);
    moves = List.copyOf(moves);
    left = List.copyOf(left);
  }

  /**
   * One agent's share.
   *
   * @param agent the agent
   * @param weight their weight (skill level)
   * @param before how many customers of the pool they owned before
   * @param target how many they own after: the pool size times their share of the weight, rounded
   *     by largest remainder
   */
  public record Target(StaffId agent, int weight, int before, int target) {
    /**
     * Creates a target.
     *
     * @throws NullPointerException if {@code agent} is null
     */
    public Target {
      Objects.requireNonNull(agent, "agent");
    }
  }

  /**
   * One owner change.
   *
   * @param customer the customer
   * @param from the previous owner, if any
   * @param to the new owner
   * @param key whether the customer is a key customer, who needs a handover note when an owner
   *     hands them on (CU-9)
   */
  public record Move(CustomerId customer, Optional<StaffId> from, StaffId to, boolean key) {
    /**
     * Creates a move.
     *
     * @throws NullPointerException if an argument is null
     */
    public Move {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** @return true if this move hands a key customer from one owner to another (CU-9) */
    public boolean needsHandoverNote() {
      return key && from.isPresent();
    }
  }

  /** @return the customers whose move needs a handover note (CU-9), ordered by customer id */
  public List<CustomerId> needingHandoverNotes() {
    return moves.stream().filter(Move::needsHandoverNote).map(Move::customer).toList();
  }

  /**
   * A copy that names the customers left out of the pool.
   *
   * @param customers the customers left out
   * @return the changed copy
   */
  public OwnerPlan withLeft(List<CustomerId> customers) {
    return new OwnerPlan(targets, moves, kept, customers);
  }
}
