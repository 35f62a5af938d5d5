package dev.kefu.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStep;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.AccountStatus;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitOutcome;
import dev.kefu.spi.revisit.RevisitReason;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class KefuGeneratorsTest {

  private static final int DRAWS = 500;

  /** Every public generator, by name. */
  private static final Map<String, Gen<?>> ALL = Map.ofEntries(
      Map.entry("instants", KefuGenerators.instants()),
      Map.entry("uuids", KefuGenerators.uuids()),
      Map.entry("zones", KefuGenerators.zones()),
      Map.entry("locales", KefuGenerators.locales()),
      Map.entry("currencies", KefuGenerators.currencies()),
      Map.entry("money(CNY)", KefuGenerators.money(Currency.getInstance("CNY"))),
      Map.entry("money", KefuGenerators.money()),
      Map.entry("customerIds", KefuGenerators.customerIds()),
      Map.entry("contactPoints", KefuGenerators.contactPoints()),
      Map.entry("memberships", KefuGenerators.memberships()),
      Map.entry("marketingConsents", KefuGenerators.marketingConsents()),
      Map.entry("keyCustomerRecords", KefuGenerators.keyCustomerRecords()),
      Map.entry("vipGrants", KefuGenerators.vipGrants()),
      Map.entry("classificationChanges", KefuGenerators.classificationChanges()),
      Map.entry("orderFacts", KefuGenerators.orderFacts()),
      Map.entry("orderStatistics", KefuGenerators.orderStatistics()),
      Map.entry("customers", KefuGenerators.customers()),
      Map.entry("staffIds", KefuGenerators.staffIds()),
      Map.entry("teamIds", KefuGenerators.teamIds()),
      Map.entry("skills", KefuGenerators.skills()),
      Map.entry("staffMembers", KefuGenerators.staffMembers()),
      Map.entry("ticketIds", KefuGenerators.ticketIds()),
      Map.entry("contactLogEntries", KefuGenerators.contactLogEntries()),
      Map.entry("tickets", KefuGenerators.tickets()),
      Map.entry("events", KefuGenerators.events()),
      Map.entry("recipients", KefuGenerators.recipients()),
      Map.entry("notifications", KefuGenerators.notifications()),
      Map.entry("notifications(SMS)", KefuGenerators.notifications(Channel.SMS)),
      Map.entry("outboxMessages", KefuGenerators.outboxMessages()),
      Map.entry("scheduledWork", KefuGenerators.scheduledWork()),
      Map.entry("complaints", KefuGenerators.complaints()),
      Map.entry("revisits", KefuGenerators.revisits()),
      Map.entry("slaClocks", KefuGenerators.slaClocks()));

  @TestFactory
  @DisplayName("same seed, same values; another seed, other values")
  Stream<DynamicTest> deterministic() {
    return ALL.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<?> first = e.getValue().sample(42L, 50);
      assertThat(e.getValue().sample(42L, 50)).as("same seed").isEqualTo(first);
      assertThat(e.getValue().sample(43L, 50)).as("another seed").isNotEqualTo(first);
    }));
  }

  @TestFactory
  @DisplayName("every generator gives a value when every random choice is the lowest or the highest")
  Stream<DynamicTest> extremeChoices() {
    return ALL.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> Stream.of(
        DynamicTest.dynamicTest(e.getKey() + ", lowest", () -> assertThat((Object) e.getValue().next(Extreme.LOWEST)).isNotNull()),
        DynamicTest.dynamicTest(e.getKey() + ", highest", () -> assertThat((Object) e.getValue().next(Extreme.HIGHEST)).isNotNull())));
  }

  @Test
  @DisplayName("customers: over 500 draws every tier, stage, segment, status, credit rating and contact channel appears")
  void customersVary() {
    List<Customer> customers = KefuGenerators.customers().sample(1L, DRAWS);

    assertThat(values(customers, Customer::tier)).containsExactlyInAnyOrder(Tier.values());
    assertThat(values(customers, Customer::stage)).containsExactlyInAnyOrder(RelationshipStage.values());
    assertThat(values(customers, Customer::segment)).containsExactlyInAnyOrder(ValueSegment.values());
    assertThat(values(customers, Customer::status)).containsExactlyInAnyOrder(AccountStatus.values());
    assertThat(values(customers, Customer::creditRating)).containsExactlyInAnyOrder(CreditRating.values());
    assertThat(customers.stream().flatMap(c -> c.contacts().stream()).map(ContactPoint::channel).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Channel.values());
    assertThat(values(customers, c -> c.owner().isPresent())).containsExactlyInAnyOrder(true, false);
    assertThat(values(customers, c -> c.orders().orderCount() == 0)).containsExactlyInAnyOrder(true, false);
    assertThat(values(customers, c -> c.vipGrant().isPresent())).containsExactlyInAnyOrder(true, false);
    assertThat(values(customers, Customer::timeZone)).as("time zones").hasSizeGreaterThan(100);
  }

  @Test
  @DisplayName("customers keep the documented invariants")
  void customersAreConsistent() {
    for (Customer c : KefuGenerators.customers().sample(2L, DRAWS)) {
      assertThat(c.version()).isPositive();
      assertThat(c.contacts()).extracting(ContactPoint::channel).doesNotHaveDuplicates();
      assertConsistent(c.orders());
      assertThat(c.stage() == RelationshipStage.PROSPECTIVE).as("prospective exactly without orders")
          .isEqualTo(c.orders().orderCount() == 0);
      if (c.tier() == Tier.MEMBER) {
        assertThat(c.membership()).as("a member's card").isPresent();
      }
      if (c.vipGrant().isPresent()) {
        assertThat(c.tier()).isEqualTo(Tier.VIP);
      }
      assertThat(c.updatedAt()).isAfterOrEqualTo(c.registeredAt());
      assertThat(c.classificationHistory()).extracting(ClassificationChange::at).isSorted();
      assertThat(last(c, ClassificationChange.Dimension.STAGE)).isEqualTo(c.stage().name());
      assertThat(last(c, ClassificationChange.Dimension.SEGMENT)).isEqualTo(c.segment().name());
      assertThat(last(c, ClassificationChange.Dimension.TIER)).isEqualTo(c.tier().name());
    }
  }

  @Test
  @DisplayName("order statistics add up: count, spend, categories, first and last order")
  void orderStatisticsAddUp() {
    KefuGenerators.orderStatistics().sample(3L, DRAWS).forEach(KefuGeneratorsTest::assertConsistent);
  }

  @Test
  @DisplayName("tickets: over 500 draws every status, channel, kind and priority appears")
  void ticketsVary() {
    List<Ticket> tickets = KefuGenerators.tickets().sample(4L, DRAWS);

    assertThat(values(tickets, Ticket::status)).containsExactlyInAnyOrder(TicketStatus.values());
    assertThat(values(tickets, Ticket::channel)).containsExactlyInAnyOrder(Channel.values());
    assertThat(values(tickets, Ticket::kind)).containsExactlyInAnyOrder(TicketKind.values());
    assertThat(values(tickets, Ticket::priority)).containsExactlyInAnyOrder(Priority.values());
    assertThat(values(tickets, t -> t.contactLog().stream().anyMatch(e -> e.corrects().isPresent())))
        .containsExactlyInAnyOrder(true, false);
  }

  @Test
  @DisplayName("tickets follow the lifecycle: owner, first response, resolution and closing times match the status")
  void ticketsAreConsistent() {
    for (Ticket t : KefuGenerators.tickets().sample(5L, DRAWS)) {
      TicketStatus s = t.status();
      assertThat(t.owner().isPresent()).as("owner of a %s ticket", s).isEqualTo(s != TicketStatus.OPEN);
      if (s == TicketStatus.OPEN || s == TicketStatus.ASSIGNED) {
        assertThat(t.firstRespondedAt()).as("first response of a %s ticket", s).isEmpty();
      }
      if (s == TicketStatus.IN_PROGRESS || s == TicketStatus.WAITING_ON_CUSTOMER) {
        assertThat(t.firstRespondedAt()).as("first response of a %s ticket", s).isPresent();
      }
      assertThat(t.resolvedAt().isPresent()).as("resolvedAt of a %s ticket", s)
          .isEqualTo(s == TicketStatus.RESOLVED || s == TicketStatus.CLOSED);
      assertThat(t.closedAt().isPresent()).as("closedAt of a %s ticket", s).isEqualTo(s == TicketStatus.CLOSED);
      assertThat(t.contactLog()).extracting(ContactLogEntry::sequence)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, t.contactLog().size()).boxed().toList());
      assertThat(t.contactLog()).allSatisfy(e -> assertThat(e.start()).isAfterOrEqualTo(t.openedAt()));
      Stream.of(Optional.of(t.openedAt()), t.firstRespondedAt(), t.resolvedAt(), t.closedAt(),
              t.contactLog().stream().map(ContactLogEntry::end).max(Instant::compareTo))
          .flatMap(Optional::stream)
          .forEach(time -> assertThat(t.updatedAt()).as("updatedAt").isAfterOrEqualTo(time));
      assertThat(t.version()).isGreaterThanOrEqualTo(t.contactLog().size());
    }
  }

  @Test
  @DisplayName("complaints: every status appears; each has the records of the stages it passed, and a history in time order")
  void complaintsFollowTheLoop() {
    List<Complaint> complaints = KefuGenerators.complaints().sample(11L, DRAWS);

    assertThat(values(complaints, Complaint::status)).containsExactlyInAnyOrder(ComplaintStatus.values());
    assertThat(values(complaints, Complaint::serious)).containsExactlyInAnyOrder(true, false);
    for (Complaint c : complaints) {
      int stage = LOOP.indexOf(c.status());
      assertThat(c.rejectionExplanation().isPresent()).as("explanation of a %s complaint", c.status())
          .isEqualTo(c.status() == ComplaintStatus.REJECTED);
      assertThat(c.department().isPresent()).as("department of a %s complaint", c.status())
          .isEqualTo(stage >= LOOP.indexOf(ComplaintStatus.INVESTIGATING));
      assertThat(c.options().isEmpty()).as("options of a %s complaint", c.status())
          .isEqualTo(stage < LOOP.indexOf(ComplaintStatus.RESOLUTION_PROPOSED));
      assertThat(c.approvedBy().isPresent()).as("approver of a %s complaint", c.status())
          .isEqualTo(stage >= LOOP.indexOf(ComplaintStatus.RESOLUTION_APPROVED));
      assertThat(c.acceptedAt().isPresent()).as("acceptance of a %s complaint", c.status())
          .isEqualTo(stage >= LOOP.indexOf(ComplaintStatus.ACCEPTED));
      assertThat(c.classification().isPresent()).as("classification of a %s complaint", c.status())
          .isEqualTo(stage >= LOOP.indexOf(ComplaintStatus.REVIEWED));
      assertThat(c.history()).extracting(ComplaintStep::at).isSorted().first().isEqualTo(c.registeredAt());
      assertThat(c.history()).hasSize(c.status() == ComplaintStatus.REJECTED ? 2 : stage + 1);
    }
  }

  @Test
  @DisplayName("revisits: every reason and status appears, by phone, e-mail or SMS, with an outcome exactly when done")
  void revisitsAreConsistent() {
    List<Revisit> revisits = KefuGenerators.revisits().sample(12L, DRAWS);

    assertThat(values(revisits, Revisit::reason)).containsExactlyInAnyOrder(RevisitReason.values());
    assertThat(values(revisits, Revisit::status)).containsExactlyInAnyOrder(Revisit.Status.values());
    assertThat(values(revisits, Revisit::channel)).containsExactlyInAnyOrder(Channel.PHONE, Channel.EMAIL, Channel.SMS);
    for (Revisit r : revisits) {
      assertThat(r.outcome().isPresent()).as("outcome of a %s revisit", r.status()).isEqualTo(r.status() == Revisit.Status.DONE);
      r.outcome().filter(o -> o.satisfaction() == Satisfaction.UNSATISFIED)
          .ifPresent(o -> assertThat(o.dimension()).as("dimension of an unsatisfied outcome").isPresent());
      if (r.improvementItem().isPresent()) {
        assertThat(r.outcome().map(RevisitOutcome::satisfaction)).contains(Satisfaction.UNSATISFIED);
      }
    }
  }

  @Test
  @DisplayName("SLA clocks: every metric and status appears; the log starts, runs in order and ends as the status says")
  void slaClocksTellTheirStory() {
    List<SlaClock> clocks = KefuGenerators.slaClocks().sample(13L, DRAWS);

    assertThat(values(clocks, SlaClock::metric)).containsExactlyInAnyOrder(SlaMetric.values());
    assertThat(values(clocks, SlaClock::status)).containsExactlyInAnyOrder(SlaClock.Status.values());
    assertThat(values(clocks, SlaClock::breached)).containsExactlyInAnyOrder(true, false);
    for (SlaClock c : clocks) {
      List<ClockEntry.Kind> kinds = c.log().stream().map(ClockEntry::kind).toList();
      assertThat(kinds.get(0)).isEqualTo(ClockEntry.Kind.STARTED);
      assertThat(c.log()).extracting(ClockEntry::at).isSorted();
      assertThat(kinds.contains(ClockEntry.Kind.BREACHED)).as("BREACHED entry").isEqualTo(c.breached());
      assertThat(kinds.stream().filter(k -> k == ClockEntry.Kind.ESCALATED).count()).isEqualTo(c.escalationsFired());
      assertThat(c.escalationsFired()).isLessThanOrEqualTo(c.escalation().size());
      ClockEntry.Kind last = kinds.get(kinds.size() - 1);
      switch (c.status()) {
        case PAUSED -> assertThat(last).isEqualTo(ClockEntry.Kind.PAUSED);
        case FULFILLED -> assertThat(last).isEqualTo(ClockEntry.Kind.FULFILLED);
        case STOPPED -> assertThat(last).isEqualTo(ClockEntry.Kind.STOPPED);
        case RUNNING -> assertThat(last).isNotIn(ClockEntry.Kind.PAUSED, ClockEntry.Kind.FULFILLED, ClockEntry.Kind.STOPPED);
      }
    }
  }

  private static final List<ComplaintStatus> LOOP = List.of(ComplaintStatus.REGISTERED, ComplaintStatus.INVESTIGATING,
      ComplaintStatus.RESOLUTION_PROPOSED, ComplaintStatus.RESOLUTION_APPROVED, ComplaintStatus.RESOLUTION_CARRIED_OUT,
      ComplaintStatus.ACCEPTED, ComplaintStatus.REVISITED, ComplaintStatus.REVIEWED, ComplaintStatus.ARCHIVED);

  @Test
  @DisplayName("staff members: every role appears, nobody reports to themselves, skill names are distinct")
  void staffMembers() {
    List<StaffMember> staff = KefuGenerators.staffMembers().sample(6L, DRAWS);

    assertThat(values(staff, StaffMember::role)).containsExactlyInAnyOrder(Role.values());
    assertThat(staff).allSatisfy(m -> {
      assertThat(m.reportsTo()).isNotEqualTo(Optional.of(m.id()));
      assertThat(m.skills()).extracting(Skill::name).doesNotHaveDuplicates();
    });
  }

  @Test
  @DisplayName("events: every event record appears, and each names the aggregate its payload is about")
  void events() {
    List<DomainEvent> events = KefuGenerators.events().sample(7L, DRAWS);

    assertThat(values(events, e -> e.getClass().getSimpleName())).hasSize(17);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.meta().aggregateType()).isIn("customer", "ticket");
      assertThat(e.type()).startsWith(e.meta().aggregateType() + ".");
      assertThat(e.aggregateVersion()).isPositive();
    });
  }

  @Test
  @DisplayName("notifications go out on a notifiable channel with the idempotency key <event id>:<channel>")
  void notifications() {
    for (Notification n : KefuGenerators.notifications().sample(8L, DRAWS)) {
      assertThat(n.channel().isNotifiable()).as("%s notifiable", n.channel()).isTrue();
      assertThat(n.idempotencyKey()).endsWith(":" + n.channel());
      assertThat(UUID.fromString(n.idempotencyKey().substring(0, 36)).version()).isEqualTo(4);
    }
    assertThat(KefuGenerators.notifications(Channel.WECHAT).sample(9L, 20))
        .allSatisfy(n -> assertThat(n.channel()).isEqualTo(Channel.WECHAT));
  }

  @Test
  @DisplayName("outbox messages are partitioned by recipient")
  void outboxMessages() {
    for (OutboxMessage m : KefuGenerators.outboxMessages().sample(10L, 100)) {
      assertThat(m.partitionKey()).isEqualTo(m.notification().recipient().kind() + ":" + m.notification().recipient().id());
    }
  }

  @Test
  @DisplayName("money has the currency's minor units and stays within 0 to 100,000")
  void money() {
    assertThat(KefuGenerators.money(Currency.getInstance("JPY")).sample(11L, 100)).allSatisfy(m -> {
      assertThat(m.amount().scale()).isZero();
      assertThat(m.amount()).isBetween(BigDecimal.ZERO, new BigDecimal(100_000));
    });
    assertThat(KefuGenerators.money(Currency.getInstance("CNY")).sample(12L, 100)).extracting(Money::amount)
        .allSatisfy(a -> assertThat(a.scale()).isEqualTo(2));
  }

  @Test
  @DisplayName("instants lie in 2020–2029 in whole milliseconds; uuids are version 4")
  void instantsAndUuids() {
    assertThat(KefuGenerators.instants().sample(13L, DRAWS)).allSatisfy(i -> {
      assertThat(i).isBetween(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2029-12-31T23:59:59.999Z"));
      assertThat(i.getNano() % 1_000_000).isZero();
    });
    assertThat(KefuGenerators.uuids().sample(14L, 100)).allSatisfy(u -> {
      assertThat(u.version()).isEqualTo(4);
      assertThat(u.variant()).isEqualTo(2);
    }).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("zones are drawn from every zone id the JDK knows")
  void zones() {
    Set<ZoneId> drawn = Set.copyOf(KefuGenerators.zones().sample(15L, 5_000));
    assertThat(drawn).hasSizeGreaterThan(ZoneId.getAvailableZoneIds().size() / 2);
  }

  @Test
  @DisplayName("Gen combinators: list sizes, optional, pick, enumValues, ints and longs stay in bounds")
  void combinators() {
    assertThat(Gen.ints(1, 3).list(2, 4).sample(16L, 200)).allSatisfy(l -> {
      assertThat(l).hasSizeBetween(2, 4);
      assertThat(l).allSatisfy(i -> assertThat(i).isBetween(1, 3));
    });
    assertThat(Set.copyOf(Gen.ints(1, 3).sample(17L, 200))).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(Set.copyOf(Gen.longs(-1, 1).sample(18L, 200))).containsExactlyInAnyOrder(-1L, 0L, 1L);
    assertThat(Set.copyOf(Gen.constant("x").optional().sample(19L, 200))).containsExactlyInAnyOrder(Optional.of("x"), Optional.empty());
    assertThat(Set.copyOf(Gen.enumValues(Tier.class).sample(20L, 200))).containsExactlyInAnyOrder(Tier.values());
    assertThat(Set.copyOf(Gen.oneOf(Gen.constant("a"), Gen.constant("b")).map(String::toUpperCase).sample(21L, 200)))
        .containsExactlyInAnyOrder("A", "B");
    assertThatIllegalArgumentException().isThrownBy(() -> Gen.pick(List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> Gen.ints(2, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> Gen.constant(1).list(3, 2));
    assertThatIllegalArgumentException().isThrownBy(() -> Gen.longs(0, Long.MAX_VALUE));
  }

  private static void assertConsistent(OrderStatistics s) {
    assertThat(s.orderCount()).as("orderCount").isGreaterThanOrEqualTo(s.recentOrders().size());
    Money recentSpend = s.recentOrders().stream().map(OrderFact::amount).reduce(Money.zero(s.lifetimeSpend().currency()), Money::plus);
    assertThat(s.lifetimeSpend()).as("lifetime spend").isGreaterThanOrEqualTo(recentSpend);
    assertThat(s.ordersByCategory().values().stream().mapToInt(Integer::intValue).sum()).as("orders by category")
        .isEqualTo(s.orderCount());
    assertThat(s.recentOrders()).extracting(OrderFact::placedAt).isSorted();
    assertThat(s.firstOrderAt().isPresent()).isEqualTo(s.orderCount() > 0);
    assertThat(s.lastOrderAt().isPresent()).isEqualTo(s.orderCount() > 0);
    s.firstOrderAt().ifPresent(first -> {
      Instant last = s.lastOrderAt().orElseThrow();
      assertThat(first).as("first order").isBeforeOrEqualTo(last);
      assertThat(s.recentOrders()).allSatisfy(o -> assertThat(o.placedAt()).isBetween(first, last));
    });
  }

  private static String last(Customer c, ClassificationChange.Dimension dimension) {
    return c.classificationHistory().stream().filter(h -> h.dimension() == dimension)
        .reduce((a, b) -> b).map(ClassificationChange::to).orElse("none");
  }

  private static <T, V> Set<V> values(Collection<T> items, Function<T, V> value) {
    return items.stream().map(value).collect(Collectors.toSet());
  }

  /** A random source whose every bounded choice is its lowest or its highest value. */
  private enum Extreme implements RandomGenerator {
    LOWEST, HIGHEST;

    @Override
    public long nextLong() {
      return this == LOWEST ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    @Override
    public int nextInt(int origin, int bound) {
      return this == LOWEST ? origin : bound - 1;
    }

    @Override
    public long nextLong(long origin, long bound) {
      return this == LOWEST ? origin : bound - 1;
    }

    @Override
    public boolean nextBoolean() {
      return this == HIGHEST;
    }
  }
}
