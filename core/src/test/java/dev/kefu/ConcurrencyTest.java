package dev.kefu;

import static dev.kefu.test.TestShop.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.TicketAwaitingCustomer;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Runs two tasks released at the same moment; returns what each returned or threw. */
  private List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
    CyclicBarrier gate = new CyclicBarrier(2);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<Object> task : List.of(a, b)) {
      futures.add(pool.submit(() -> {
        gate.await();
        try {
          return task.call();
        } catch (RuntimeException e) {
          return e;
        }
      }));
    }
    List<Object> results = new ArrayList<>();
    for (Future<Object> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  @Test
  @DisplayName("two threads committing the same ticket version: exactly one wins, the other gets the stale-version exception")
  void sameVersionCommits() throws Exception {
    TestShop shop = new TestShop();
    shop.register("c");
    for (int round = 0; round < 50; round++) {
      Ticket t = shop.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.PHONE, "s", "m"));
      t = shop.kefu.tickets().assign(new AssignTicket(Origin.of(AGENT), t.id(), AGENT));
      Ticket base = t;
      Callable<Object> write = () -> {
        Ticket next = base.toBuilder().status(TicketStatus.IN_PROGRESS).version(base.version() + 1).build();
        DomainEvent e = new TicketAwaitingCustomer(new EventMeta(UUID.randomUUID(), TestShop.START, Ticket.TYPE,
            next.aggregateId(), next.version()), next.id(), AGENT);
        shop.storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.update(next)).addEvents(e).build());
        return "won";
      };
      List<Object> results = race(write, write);
      assertThat(results).filteredOn("won"::equals).hasSize(1);
      assertThat(results).filteredOn(r -> r instanceof StaleVersionException).singleElement()
          .satisfies(r -> assertThat(((StaleVersionException) r).staleWrites()).singleElement()
              .satisfies(w -> {
                assertThat(w.id()).isEqualTo(base.id().value());
                assertThat(w.expectedVersion()).isEqualTo(base.version());
                assertThat(w.actualVersion()).isEqualTo(base.version() + 1);
              }));
      assertThat(shop.storage.eventLog().eventsOf(Ticket.TYPE, base.id().value())).hasSize(4); // opened, logged, assigned, one write
    }
  }

  @Test
  @DisplayName("through the facade without retries, a lost race surfaces as the stale-version exception; with retries both commands land")
  void facadeRaces() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    TestShop strict = new TestShop(storage, b -> b.commandRetries(0));
    TestShop lenient = new TestShop(storage, b -> b.commandRetries(5));
    strict.register("c");
    for (int round = 0; round < 30; round++) {
      Ticket t = strict.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.PHONE, "s", "m"));
      strict.kefu.tickets().assign(new AssignTicket(Origin.of(AGENT), t.id(), AGENT));
      List<Object> results = race(
          () -> strict.kefu.tickets().respond(RespondToTicket.of(Origin.of(AGENT), t.id(), "a")),
          () -> lenient.kefu.tickets().respond(RespondToTicket.of(Origin.of(AGENT), t.id(), "b")));
      Object strictResult = results.get(0);
      Object lenientResult = results.get(1);
      assertThat(lenientResult).isInstanceOf(Ticket.class);
      if (strictResult instanceof StaleVersionException) {
        assertThat(storage.tickets().find(t.id()).orElseThrow().version()).isEqualTo(3);
      } else {
        assertThat(strictResult).isInstanceOf(Ticket.class);
        assertThat(storage.tickets().find(t.id()).orElseThrow().version()).isEqualTo(4);
      }
      assertThat(storage.tickets().find(t.id()).orElseThrow().contactLog())
          .extracting(e -> e.sequence()).doesNotHaveDuplicates();
    }
  }

  @Test
  @DisplayName("two Kefu instances over the same ports never both run one due item")
  void twoInstancesOneDueItem() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    TestShop a = new TestShop(storage, b -> b.instanceId("a").lease(Duration.ofMinutes(5)));
    TestShop b = new TestShop(storage, x -> x.instanceId("b").lease(Duration.ofMinutes(5)));
    a.register("c");
    a.order("c", "100", Duration.ofDays(85));
    int completed = 0;
    for (int day = 0; day < 20; day++) {
      a.clock.advance(Duration.ofDays(1));
      b.clock.set(a.clock.instant());
      List<Object> results = race(() -> a.kefu.runDueWork(), () -> b.kefu.runDueWork());
      int sum = (Integer) results.get(0) + (Integer) results.get(1);
      completed += sum;
    }
    // the first call schedules the recurring work; then the daily run once a day (19) and the
    // member revisit duty on the 15th (1): each item once, by one of the two instances
    // besides kefu's order duties (TK-7, TK-9 daily, TK-13 on Saturdays), each also once
    java.util.Set<String> reportDuties = java.util.Set.of(dev.kefu.report.Reports.WEEKLY_REVIEW_DUTY,
        dev.kefu.report.Reports.PRODUCT_REPORT_DUTY, dev.kefu.report.Reports.CUSTOMER_FEEDBACK_DUTY);
    long orderDuties = storage.eventLog().readAfter(0, 10_000).stream()
        .filter(e -> e.event() instanceof dev.kefu.spi.event.DutyDue d && d.dutyId().startsWith("kefu.")
            && !reportDuties.contains(d.dutyId())).count();
    assertThat(orderDuties).isEqualTo(19 + 19 + 3); // the first call, on day 2, schedules them
    // and the QA-4 report duties from Tue 3 March 10:00 to Sun 22 March 10:00: Fridays 6, 13, 20
    // at 15:00, Saturdays 7, 14, 21 at 14:00, Mondays 9 and 16 at 09:00
    long weeklyReports = storage.eventLog().readAfter(0, 10_000).stream()
        .filter(e -> e.event() instanceof dev.kefu.spi.event.DutyDue d && reportDuties.contains(d.dutyId())).count();
    assertThat(weeklyReports).isEqualTo(3 + 3 + 2);
    assertThat(completed - orderDuties - weeklyReports).isEqualTo(20);
    assertThat(storage.eventLog().readAfter(0, 10_000)).filteredOn(e -> e.event().type().equals("duty.due"))
        .hasSize(1 + 41 + 8);
    long reclassified = storage.eventLog().eventsOf("customer", "c").stream()
        .filter(e -> e.type().equals("customer.reclassified")).count();
    assertThat(reclassified).as("new -> returning happens exactly once").isEqualTo(2); // order made it new, time made it returning
  }
}
