package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.VIP_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.InvalidCommandException;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.test.TestShop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Balanced ownership over generated agents, weights and pools (CU-7). */
@Tag("CU-7")
class OwnerBalancingProperties {

  /**
   * A pool: each agent's weight; each customer's owner (an agent's index, {@code -1} for someone
   * outside the agents, below that for nobody) and whether they are key.
   */
  record Pool(List<Integer> weights, List<Integer> owners, List<Boolean> keys) {
    List<OwnerBalancing.Agent> agents() {
      List<OwnerBalancing.Agent> agents = new ArrayList<>();
      for (int i = 0; i < weights.size(); i++) {
        agents.add(new OwnerBalancing.Agent(StaffId.of("a" + i), weights.get(i)));
      }
      return agents;
    }

    List<OwnerBalancing.Holding> holdings() {
      List<OwnerBalancing.Holding> pool = new ArrayList<>();
      for (int i = 0; i < owners.size(); i++) {
        int o = owners.get(i);
        Optional<StaffId> owner = o >= weights.size() || o < -1 ? Optional.empty()
            : Optional.of(StaffId.of(o == -1 ? "outsider" : "a" + o));
        pool.add(new OwnerBalancing.Holding(CustomerId.of(String.format("c%03d", i)), owner, keys.get(i % keys.size())));
      }
      return pool;
    }
  }

  static Gen<Pool> pools() {
    return lists().of(integers().between(1, 5)).ofSizeBetween(1, 8)
        .zip(lists().of(integers().between(-3, 7)).ofSizeBetween(0, 80),
            lists().of(booleans().all()).ofSizeBetween(1, 10), Pool::new);
  }

  /** Where every customer ends under a plan. */
  static Map<CustomerId, Optional<StaffId>> after(List<OwnerBalancing.Holding> pool, OwnerPlan plan) {
    Map<CustomerId, Optional<StaffId>> owners = new HashMap<>();
    pool.forEach(h -> owners.put(h.customer(), h.owner()));
    plan.moves().forEach(m -> owners.put(m.customer(), Optional.of(m.to())));
    return owners;
  }

  @Test
  @DisplayName("CU-7: every agent's count is within one of the pool times their share of the weight, and the counts add up to the pool")
  void countsWithinOneOfTheWeightedShare() {
    qt().forAll(pools()).checkAssert(p -> {
      List<OwnerBalancing.Holding> pool = p.holdings();
      OwnerPlan plan = OwnerBalancing.plan(p.agents(), pool);
      Map<CustomerId, Optional<StaffId>> owners = after(pool, plan);
      long n = pool.size();
      long totalWeight = p.weights().stream().mapToLong(Integer::longValue).sum();
      for (int i = 0; i < p.weights().size(); i++) {
        StaffId agent = StaffId.of("a" + i);
        long count = owners.values().stream().filter(o -> o.equals(Optional.of(agent))).count();
        // |count - n * w / W| < 1, in integers
        assertThat(Math.abs(count * totalWeight - n * p.weights().get(i))).as("agent %s", agent).isLessThan(totalWeight);
        assertThat(plan.targets().get(i).target()).isEqualTo((int) count);
      }
      assertThat(plan.targets().stream().mapToInt(OwnerPlan.Target::target).sum()).isEqualTo(pool.size());
    });
  }

  @Test
  @DisplayName("CU-7: every customer of the pool ends with one of the agents; nobody outside them gets a customer")
  void everyoneEndsWithAnAgent() {
    qt().forAll(pools()).checkAssert(p -> {
      List<OwnerBalancing.Holding> pool = p.holdings();
      OwnerPlan plan = OwnerBalancing.plan(p.agents(), pool);
      Set<StaffId> agents = new LinkedHashSet<>();
      p.agents().forEach(a -> agents.add(a.id()));
      assertThat(plan.moves()).allSatisfy(m -> assertThat(agents).contains(m.to()));
      assertThat(after(pool, plan).values()).allSatisfy(o -> assertThat(o).isPresent().get().isIn(agents));
    });
  }

  @Test
  @DisplayName("CU-7: owners are kept where they do not unbalance: an agent hands on only their customers above target, keeping key customers first")
  void fewestMoves() {
    qt().forAll(pools()).checkAssert(p -> {
      List<OwnerBalancing.Holding> pool = p.holdings();
      OwnerPlan plan = OwnerBalancing.plan(p.agents(), pool);
      for (OwnerPlan.Target t : plan.targets()) {
        List<OwnerBalancing.Holding> mine = pool.stream().filter(h -> h.owner().equals(Optional.of(t.agent()))).toList();
        List<OwnerPlan.Move> away = plan.moves().stream().filter(m -> m.from().equals(Optional.of(t.agent()))).toList();
        assertThat(t.before()).isEqualTo(mine.size());
        assertThat(away).hasSize(Math.max(0, mine.size() - t.target()));
        if (away.stream().anyMatch(OwnerPlan.Move::key)) {
          Set<CustomerId> moved = new LinkedHashSet<>();
          away.forEach(m -> moved.add(m.customer()));
          assertThat(mine).filteredOn(h -> !moved.contains(h.customer())).allSatisfy(h -> assertThat(h.key()).isTrue());
        }
      }
      long notWithAnAgent = pool.stream().filter(h -> h.owner().filter(o -> o.value().startsWith("a")).isEmpty()).count();
      assertThat(plan.moves().stream().filter(m -> m.from().filter(o -> o.value().startsWith("a")).isEmpty()).count())
          .isEqualTo(notWithAnAgent);
    });
  }

  private static final List<StaffId> STAFF = List.of(AGENT, AGENT_2, OTHER_AGENT, LEAD, VIP_AGENT, QA);

  @Test
  @DisplayName("CU-7: balancing through kefu never gives a customer to someone who does not serve customers; naming one changes nothing")
  void neverToStaffWhoDoNotServe() {
    Gen<List<Integer>> agentPicks = lists().of(integers().between(0, STAFF.size() - 1)).ofSizeBetween(1, 4);
    qt().withExamples(40).forAll(agentPicks, integers().between(0, 12)).checkAssert((picks, customers) -> {
      TestShop shop = new TestShop();
      for (int i = 0; i < customers; i++) {
        shop.register("c" + i);
      }
      List<StaffId> agents = picks.stream().map(STAFF::get).distinct().toList();
      BalanceCustomerOwners command = BalanceCustomerOwners.unowned(by(SUPERVISOR), agents);
      if (agents.contains(QA)) {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> shop.kefu.customers().balanceOwners(command));
        assertThat(e.violations()).anySatisfy(v -> {
          assertThat(v.path()).isEqualTo("agents[" + agents.indexOf(QA) + "]");
          assertThat(v.ruleId()).isEqualTo("CU-7");
        });
        assertThat(all(shop)).allSatisfy(c -> assertThat(c.owner()).isEmpty());
      } else {
        shop.kefu.customers().balanceOwners(command);
        assertThat(all(shop)).allSatisfy(c -> assertThat(c.owner()).isPresent().get().isIn(agents));
      }
    });
  }

  private static List<Customer> all(TestShop shop) {
    return shop.storage.customers().list(CustomerQuery.all(), PageRequest.first(100)).items();
  }
}
