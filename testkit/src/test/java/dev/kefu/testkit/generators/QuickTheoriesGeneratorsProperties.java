package dev.kefu.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.testkit.quicktheories.QuickTheoriesGenerators;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of the generated records, checked through the QuickTheories adapters. */
class QuickTheoriesGeneratorsProperties {

  private static final long SEED = 20250301L;

  @Test
  @DisplayName("every generated customer's contacts have distinct channels")
  void contactsHaveDistinctChannels() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(QuickTheoriesGenerators.customers())
        .checkAssert(c -> assertThat(c.contacts()).extracting(ContactPoint::channel).doesNotHaveDuplicates());
  }

  @Test
  @DisplayName("every generated ticket's contact log is numbered 1..n and never empty")
  void contactLogIsNumbered() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(QuickTheoriesGenerators.tickets())
        .checkAssert(t -> assertThat(t.contactLog()).extracting(ContactLogEntry::sequence)
            .containsExactlyElementsOf(IntStream.rangeClosed(1, Math.max(1, t.contactLog().size())).boxed().toList()));
  }

  @Test
  @DisplayName("generated order statistics cover their recent orders")
  void orderStatisticsCoverRecentOrders() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(QuickTheoriesGenerators.orderStatistics())
        .checkAssert(s -> {
          assertThat(s.orderCount()).isGreaterThanOrEqualTo(s.recentOrders().size());
          Money recent = s.recentOrders().stream().map(OrderFact::amount)
              .reduce(Money.zero(s.lifetimeSpend().currency()), Money::plus);
          assertThat(s.lifetimeSpend()).isGreaterThanOrEqualTo(recent);
        });
  }

  @Test
  @DisplayName("the adapter explores every ticket status")
  void adapterExploresEveryStatus() {
    Set<TicketStatus> seen = EnumSet.noneOf(TicketStatus.class);
    qt().withFixedSeed(SEED).withExamples(300).forAll(QuickTheoriesGenerators.tickets())
        .checkAssert(t -> seen.add(t.status()));
    assertThat(seen).containsExactlyInAnyOrder(TicketStatus.values());
  }

  @Test
  @DisplayName("a false property is falsified and shrunk: the smallest counterexample of 'amount < 100' is 100")
  void falsePropertyShrinks() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () -> qt().withFixedSeed(SEED).withExamples(300)
        .withShrinkCycles(2_000)
        .forAll(QuickTheoriesGenerators.from(Gen.ints(0, 100_000)))
        .check(i -> i < 100));

    assertThat(failure).as("the property must be falsified").isNotNull();
    assertThat(failure.getMessage()).contains("Property falsified").contains("Smallest found falsifying value(s) :-\n100\n");
  }
}
