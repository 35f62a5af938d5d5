package dev.kefu.memory;

import static dev.kefu.test.TestShop.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.MarketingConsentChanged;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.OpenTicket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A unit of work with any stale part changes nothing stored, and names every stale aggregate. */
class StaleCommitProperties {

  /** One write in a generated unit: which customer, and how far its expected version is off. */
  record Part(int customer, int versionOffset, boolean withOutbox) {}

  static Gen<Part> parts() {
    return integers().between(0, 9).zip(integers().between(-2, 2), booleans().all(), Part::new);
  }

  private final TestShop shop = new TestShop();

  private String snapshot() {
    return shop.storage.customers().list(CustomerQuery.all(), PageRequest.first(100)).items().toString()
        + shop.counts() + shop.storage.eventLog().readAfter(0, 1000).size()
        + shop.storage.dueWork().scheduled("probe") + shop.storage.inboundKeys().lookup("probe-key");
  }

  @Test
  @DisplayName("a stale-version commit never changes anything stored")
  void staleCommitChangesNothing() {
    for (int i = 0; i < 10; i++) {
      shop.register("c" + i);
      shop.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c" + i), TicketKind.SUGGESTION, Channel.SMS, "s", "m"));
    }
    qt().withExamples(300).forAll(lists().of(parts()).ofSizeBetween(1, 6)).checkAssert(parts -> {
      List<Part> distinct = parts.stream().filter(distinctBy()).toList();
      UnitOfWork.Builder work = UnitOfWork.builder();
      List<String> staleIds = new ArrayList<>();
      for (Part p : distinct) {
        Customer stored = shop.storage.customers().find(CustomerId.of("c" + p.customer())).orElseThrow();
        long expected = Math.max(0, stored.version() + p.versionOffset());
        if (expected != stored.version()) {
          staleIds.add(stored.id().value());
        }
        Customer next = stored.withVersion(expected + 1);
        work.addWrites(new AggregateWrite(next, expected));
        DomainEvent e = new MarketingConsentChanged(new EventMeta(UUID.randomUUID(), Instant.EPOCH, Customer.TYPE,
            next.aggregateId(), next.version()), next.id(), false);
        work.addEvents(e);
        if (p.withOutbox()) {
          Recipient to = new Recipient(Recipient.Kind.CUSTOMER, next.aggregateId(), next.contacts().get(0));
          work.addOutbox(new OutboxMessage(UUID.randomUUID(), "customer:" + next.aggregateId(),
              Notification.forEvent(e.eventId(), to, "ticket.opened", Map.of(), Locale.ENGLISH), Instant.EPOCH));
        }
      }
      work.addSchedule(new ScheduledWork("probe", "probe", Instant.EPOCH, Map.of()));
      work.addInboundKeys(new AppliedRequest("probe-key", "Probe", shop.storage.customers().find(CustomerId.of("c0")).orElseThrow(), Instant.EPOCH));
      String before = snapshot();
      if (staleIds.isEmpty()) {
        return; // a fresh unit would commit; that is the contract tests' business
      }
      StaleVersionException e = catchThrowableOfType(StaleVersionException.class, () -> shop.storage.unitOfWork().commit(work.build()));
      assertThat(e).isNotNull();
      assertThat(e.staleWrites()).extracting(StaleWrite::id).containsExactlyInAnyOrderElementsOf(staleIds);
      assertThat(snapshot()).isEqualTo(before);
    });
  }

  private static java.util.function.Predicate<Part> distinctBy() {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    return p -> seen.add(p.customer());
  }
}
