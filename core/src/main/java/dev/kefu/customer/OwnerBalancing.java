package dev.kefu.customer;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Balances customer ownership over agents by weight (CU-7): the pure function behind
 * {@link Customers#planOwners} and {@link Customers#balanceOwners}.
 *
 * <p><b>Targets.</b> With {@code n} customers in the pool and agents of weights {@code w_a}
 * (their skill level) summing to {@code W}, agent {@code a}'s exact share is
 * {@code q_a = n * w_a / W}. Each agent gets {@code floor(q_a)}; the {@code n - sum floor(q_a)}
 * customers left over go one each to the agents with the largest remainders (largest-remainder,
 * or Hamilton, rounding), ties going to the agent who already owns more of the pool, then to the
 * agent given first. So every target is within one of the exact share, and the targets add up to
 * {@code n}.
 *
 * <p><b>Keeping owners.</b> An agent at or below target keeps all their customers; one above
 * target keeps key customers first, then by customer id, and hands on the rest. Those, and the
 * customers without an owner among the agents, go one by one (by customer id) to the agent
 * furthest below target, ties to the agent given first. So the plan makes the fewest owner
 * changes that reach the targets, and each agent ends at exactly their target.
 *
 * <p>A pure function; thread-safe.
 */
public final class OwnerBalancing {

  /** The rule this policy implements. */
  public static final String RULE = "CU-7";

  /** The weight of an agent without skills, when agents are weighed by their highest skill. */
  public static final int UNSKILLED_WEIGHT = 1;

  private OwnerBalancing() {}

  /**
   * An agent who takes customers.
   *
   * @param id the agent
   * @param weight their weight, at least 1
   */
  public record Agent(StaffId id, int weight) {
    /**
     * Creates an agent.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code weight} is below 1
     */
    public Agent {
      Objects.requireNonNull(id, "id");
      if (weight < 1) {
        throw new IllegalArgumentException("an agent's weight is at least 1, was " + weight + " for " + id);
      }
    }
  }

  /**
   * A customer of the pool with their current owner.
   *
   * @param customer the customer
   * @param owner the current owner, if any; an owner who is not among the agents loses the customer
   * @param key whether the customer is a key customer (kept first; a handover needs a note, CU-9)
   */
  public record Holding(CustomerId customer, Optional<StaffId> owner, boolean key) {
    /**
     * Creates a holding.
     *
     * @throws NullPointerException if an argument is null
     */
    public Holding {
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(owner, "owner");
    }
  }

  private static final Comparator<Holding> KEEP_ORDER =
      Comparator.comparing((Holding h) -> !h.key()).thenComparing(h -> h.customer().value());

  /**
   * Plans the owners of a pool of customers.
   *
   * @param agents the agents, at least one, each once; their order breaks ties
   * @param pool the customers, each once
   * @return the plan, with no customers left out
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if there is no agent, or an agent or a customer appears twice
   */
  public static OwnerPlan plan(List<Agent> agents, List<Holding> pool) {
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(pool, "pool");
    if (agents.isEmpty()) {
      throw new IllegalArgumentException("balancing needs at least one agent");
    }
    int m = agents.size();
    Map<StaffId, Integer> index = new HashMap<>();
    long totalWeight = 0;
    for (int i = 0; i < m; i++) {
      Agent a = Objects.requireNonNull(agents.get(i), "agents[" + i + "]");
      if (index.putIfAbsent(a.id(), i) != null) {
        throw new IllegalArgumentException("agent " + a.id() + " is given twice");
      }
      totalWeight += a.weight();
    }
    Set<CustomerId> seen = new HashSet<>();
    List<List<Holding>> held = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      held.add(new ArrayList<>());
    }
    List<Holding> unheld = new ArrayList<>();
    for (Holding h : pool) {
      Objects.requireNonNull(h, "pool element");
      if (!seen.add(h.customer())) {
        throw new IllegalArgumentException("customer " + h.customer() + " is given twice");
      }
      Integer owner = h.owner().map(index::get).orElse(null);
      if (owner == null) {
        unheld.add(h);
      } else {
        held.get(owner).add(h);
      }
    }

    // targets: largest remainder of n * w / W
    long n = pool.size();
    int[] target = new int[m];
    long[] remainder = new long[m];
    long given = 0;
    for (int i = 0; i < m; i++) {
      long share = n * agents.get(i).weight();
      target[i] = (int) (share / totalWeight);
      remainder[i] = share % totalWeight;
      given += target[i];
    }
    List<Integer> byRemainder = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      byRemainder.add(i);
    }
    byRemainder.sort(Comparator.comparingLong((Integer i) -> -remainder[i])
        .thenComparingInt(i -> -held.get(i).size())
        .thenComparingInt(i -> i));
    for (int k = 0; k < n - given; k++) {
      target[byRemainder.get(k)]++;
    }

    // keep up to target, key customers first; hand on the rest
    int[] count = new int[m];
    int kept = 0;
    for (int i = 0; i < m; i++) {
      List<Holding> mine = held.get(i);
      mine.sort(KEEP_ORDER);
      int keep = Math.min(mine.size(), target[i]);
      count[i] = keep;
      kept += keep;
      unheld.addAll(mine.subList(keep, mine.size()));
    }
    unheld.sort(Comparator.comparing(h -> h.customer().value()));
    List<OwnerPlan.Move> moves = new ArrayList<>(unheld.size());
    for (Holding h : unheld) {
      int best = 0;
      for (int i = 1; i < m; i++) {
        if (target[i] - count[i] > target[best] - count[best]) {
          best = i;
        }
      }
      count[best]++;
      moves.add(new OwnerPlan.Move(h.customer(), h.owner(), agents.get(best).id(), h.key()));
    }
    List<OwnerPlan.Target> targets = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      targets.add(new OwnerPlan.Target(agents.get(i).id(), agents.get(i).weight(), held.get(i).size(), target[i]));
    }
    return new OwnerPlan(targets, moves, kept, List.of());
  }
}
