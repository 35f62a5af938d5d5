package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.VIP_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.Violation;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.KeyCustomerRecord;
import dev.kefu.spi.event.CustomerOwnerChanged;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CU-7")
class OwnerBalancingTest {

  private final TestShop shop = new TestShop(new InMemoryStorage(),
      b -> b.ownershipRules(OwnershipRules.defaults().withBalancingSkill("care")));

  OwnerBalancingTest() {
    skilled(AGENT, TestShop.LEAD, Skill.of("care", 3));
    skilled(AGENT_2, TestShop.LEAD, Skill.of("care", 1));
    skilled(OTHER_AGENT, TestShop.OTHER_LEAD, Skill.of("care", 2), Skill.of("phone", 5));
  }

  private void skilled(StaffId id, StaffId lead, Skill... skills) {
    shop.staff.put(TestShop.member(id, dev.kefu.spi.staff.Role.AGENT, lead).toBuilder().addSkills(skills).build());
  }

  private void register(int count) {
    IntStream.range(0, count).forEach(i -> shop.register(String.format("c%02d", i)));
  }

  private long ownedBy(StaffId agent) {
    return shop.storage.customers().list(CustomerQuery.all().withOwner(agent), PageRequest.first(1)).total();
  }

  private Customer file(String id) {
    return shop.storage.customers().find(CustomerId.of(id)).orElseThrow();
  }

  @Test
  @DisplayName("CU-7: unowned customers are spread by the level of the balancing skill, 3 : 1 : 2, largest remainders first")
  void weightedBySkillLevel() {
    register(13); // shares 13*3/6 = 6.5, 13*1/6 = 2.17, 13*2/6 = 4.33: floors 6, 2, 4, the one left over to the largest remainder (6.5)
    OwnerPlan plan = shop.kefu.customers().balanceOwners(BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT, AGENT_2, OTHER_AGENT)));
    assertThat(plan.targets()).extracting(OwnerPlan.Target::weight).containsExactly(3, 1, 2);
    assertThat(plan.targets()).extracting(OwnerPlan.Target::target).containsExactly(7, 2, 4);
    assertThat(ownedBy(AGENT)).isEqualTo(7);
    assertThat(ownedBy(AGENT_2)).isEqualTo(2);
    assertThat(ownedBy(OTHER_AGENT)).isEqualTo(4);
    assertThat(plan.moves()).hasSize(13);
    // each new owner owes a first contact, as with assignOwner
    assertThat(file("c00").firstContact()).hasValueSatisfying(fc -> {
      assertThat(fc.owner()).isEqualTo(file("c00").owner().orElseThrow());
      assertThat(fc.dueBy()).isEqualTo(TestShop.START.plus(Duration.ofDays(7)));
    });
    assertThat(shop.storage.dueWork().scheduled("first-contact/c00")).isPresent();
  }

  @Test
  @DisplayName("CU-7: planning changes nothing; balancing a balanced set again moves nobody")
  void planThenApplyThenIdempotent() {
    register(6);
    BalanceCustomerOwners command = BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT, AGENT_2));
    OwnerPlan planned = shop.kefu.customers().planOwners(command);
    assertThat(planned.moves()).hasSize(6);
    assertThat(ownedBy(AGENT) + ownedBy(AGENT_2)).isZero();

    OwnerPlan applied = shop.kefu.customers().balanceOwners(command);
    assertThat(applied).isEqualTo(planned);
    long version = file("c00").version();
    OwnerPlan again = shop.kefu.customers().balanceOwners(
        BalanceCustomerOwners.of(by(SUPERVISOR), List.of(AGENT, AGENT_2), List.of(CustomerId.of("c00"))));
    assertThat(again.moves()).isEmpty();
    assertThat(again.kept()).isEqualTo(6);
    assertThat(file("c00").version()).isEqualTo(version);
  }

  @Test
  @DisplayName("CU-7: a new agent joining takes over only the customers the others hold above their new target")
  void existingOwnersKept() {
    register(8);
    shop.kefu.customers().balanceOwners(BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT, AGENT_2))); // 6 and 2
    assertThat(ownedBy(AGENT)).isEqualTo(6);
    OwnerPlan plan = shop.kefu.customers().balanceOwners(
        BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT, AGENT_2, OTHER_AGENT))); // 8 * 3/6, 1/6, 2/6 = 4, 1.33, 2.67
    assertThat(plan.targets()).extracting(OwnerPlan.Target::target).containsExactly(4, 1, 3);
    assertThat(plan.moves()).hasSize(3).allSatisfy(m -> assertThat(m.to()).isEqualTo(OTHER_AGENT));
    assertThat(plan.kept()).isEqualTo(5);
  }

  @Test
  @DisplayName("CU-7, CU-9: bad input is refused with every violation at once, and nothing changes")
  void everyViolationAtOnce() {
    register(2);
    shop.staff.put(TestShop.member(StaffId.of("novice"), dev.kefu.spi.staff.Role.AGENT, TestShop.LEAD));
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> shop.kefu.customers().balanceOwners(BalanceCustomerOwners.of(
        by(SUPERVISOR), List.of(AGENT, QA, AGENT, StaffId.of("novice"), StaffId.of("ghost")),
        List.of(CustomerId.of("c00"), CustomerId.of("nobody"), CustomerId.of("c00")))));
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
        "agents[1]", "agents[2]", "agents[3]", "agents[4]", "customers[1]", "customers[2]");
    assertThat(e.violations()).filteredOn(v -> v.path().equals("agents[1]")).singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo("CU-7")); // QA does not serve customers
    assertThat(e.violations()).filteredOn(v -> v.path().equals("agents[3]")).singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo("CU-7")); // no level in the balancing skill
    assertThat(ownedBy(AGENT)).isZero();
  }

  @Test
  @DisplayName("CU-7: only a supervisor or above balances owners")
  void supervisorsOnly() {
    register(1);
    assertThatThrownBy(() -> shop.kefu.customers().balanceOwners(BalanceCustomerOwners.unowned(by(TestShop.LEAD), List.of(AGENT))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(ownedBy(AGENT)).isZero();
  }

  @Test
  @DisplayName("CU-9: a key customer handed on by balancing needs a handover note, which the record keeps and the event flags")
  void keyCustomersNeedNotes() {
    register(2); // c00 and c01, both with agent-1; then agent-2 joins with the same weight
    shop.order("c00", "15000", Duration.ofDays(3)); // a key customer (CU-3)
    shop.order("c01", "15000", Duration.ofDays(3));
    skilled(AGENT_2, TestShop.LEAD, Skill.of("care", 3));
    shop.kefu.customers().balanceOwners(BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT)));
    BalanceCustomerOwners split = BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT, AGENT_2));

    OwnerPlan plan = shop.kefu.customers().planOwners(split);
    assertThat(plan.needingHandoverNotes()).containsExactly(CustomerId.of("c01"));
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> shop.kefu.customers().balanceOwners(split));
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("handoverNotes[c01]");
      assertThat(v.ruleId()).isEqualTo("CU-9");
    });
    assertThat(file("c01").owner()).contains(AGENT);

    shop.kefu.customers().balanceOwners(split.withHandoverNotes(Map.of(CustomerId.of("c01"), "Calls only after 19:00")));
    assertThat(file("c01").owner()).contains(AGENT_2);
    assertThat(file("c01").keyCustomerRecord()).map(KeyCustomerRecord::handoverNote).contains("Calls only after 19:00");
    assertThat(shop.storage.eventLog().eventsOf(Customer.TYPE, "c01")).filteredOn(ev -> ev instanceof CustomerOwnerChanged)
        .map(ev -> (CustomerOwnerChanged) ev).last()
        .satisfies(ev -> {
          assertThat(ev.from()).contains(AGENT);
          assertThat(ev.handoverNoteWritten()).isTrue();
        });
  }

  @Test
  @DisplayName("CU-4, CU-7: VIP customers are left out when some agent may not serve them, and reported")
  void vipCustomersLeftOut() {
    register(3);
    shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("c01"), true, "Top buyer"));
    OwnerPlan plan = shop.kefu.customers().balanceOwners(BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(AGENT, AGENT_2)));
    assertThat(plan.left()).containsExactly(CustomerId.of("c01"));
    assertThat(file("c01").owner()).isEmpty();
    shop.staff.put(TestShop.member(VIP_AGENT, dev.kefu.spi.staff.Role.VIP_AGENT, SUPERVISOR).toBuilder()
        .addSkills(Skill.of("care", 2)).build());
    OwnerPlan vip = shop.kefu.customers().balanceOwners(BalanceCustomerOwners.unowned(by(SUPERVISOR), List.of(VIP_AGENT)));
    assertThat(vip.left()).isEmpty();
    assertThat(file("c01").owner()).contains(VIP_AGENT);
    assertThat(plan.kept()).isZero();
  }
}
