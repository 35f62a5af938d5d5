package dev.kefu.bench;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.ContactLogged;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.TicketOpened;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.ticket.OpenTicket;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a ticket through the whole facade ({@code kefu.tickets().open}: bean validation, actor
 * and customer look-ups, the access check, the lifecycle, notification routing, the commit)
 * against a baseline that builds the same unit of work by hand (the ticket with its first contact,
 * the two events, the customer's notification) and commits it to the same store. Both take ids
 * from the same source. So that the benchmark measures commands rather than the garbage collector
 * copying an ever larger store, both arms move to a fresh, empty in-memory store every
 * {@value #FRESH_STORE_EVERY} tickets (and at each iteration); the move is the same in both arms.
 * The ratio is the facade's overhead over the bare commit. kefu is wired with an SLA policy that
 * sets no targets, so opening a ticket starts no clocks ({@link SlaTimerBenchmark} measures those).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class CommandBenchmark {

  private static final StaffId AGENT = StaffId.of("agent-1");
  private static final CustomerId CUSTOMER = CustomerId.of("C0000001");
  private static final ContactPoint APP = ContactPoint.of(Channel.APP, "app-C0000001");
  private static final String SUBJECT = "Where is my parcel?";

  /** How many tickets a store takes before both arms move to a fresh one. */
  static final int FRESH_STORE_EVERY = 1_000;

  private final OpenTicket command = OpenTicket.of(
      Origin.of(AGENT), CUSTOMER, TicketKind.ORDER_HANDLING, Channel.ONLINE_CHAT, SUBJECT, "Ordered on Friday");
  private final SwitchableStorage storage = new SwitchableStorage();
  private final IdSource ids = counting();
  private final Kefu kefu = kefuOn(storage, ids);
  private Ticket template;
  private Recipient recipient;
  private int inStore;

  /** Prepares the baseline's template, starts on a fresh store and checks both arms commit alike. */
  @Setup(Level.Trial)
  public void setUp() {
    ContactLogEntry first = new ContactLogEntry(1, Optional.of(AGENT), Shoppers.NOW, Shoppers.NOW,
        Channel.ONLINE_CHAT, 1, 0, "Ordered on Friday", Optional.empty());
    template = Ticket.builder()
        .id(TicketId.of("template"))
        .customer(CUSTOMER)
        .kind(TicketKind.ORDER_HANDLING)
        .channel(Channel.ONLINE_CHAT)
        .priority(Priority.NORMAL)
        .status(TicketStatus.OPEN)
        .subject(SUBJECT)
        .openedAt(Shoppers.NOW)
        .updatedAt(Shoppers.NOW)
        .version(1)
        .addContactLog(first)
        .build();
    recipient = new Recipient(Recipient.Kind.CUSTOMER, CUSTOMER.value(), APP);
    freshStore();
    checkBothArmsCommitAlike();
    freshStore();
  }

  /** Each iteration starts on a fresh store. */
  @Setup(Level.Iteration)
  public void freshStore() {
    storage.switchToFresh();
    inStore = 0;
    kefu.customers().register(RegisterCustomer.of(Origin.of(AGENT), CUSTOMER, "Zhang San",
        List.of(APP, ContactPoint.of(Channel.SMS, "13812345678")), "Zhejiang", Shoppers.ZONE));
  }

  /** Both arms commit the same things: a ticket, two events, one notification. */
  private void checkBothArmsCommitAlike() {
    Map<String, Long> before = storage.current().counts();
    facade();
    Map<String, Long> afterFacade = storage.current().counts();
    baseline();
    Map<String, Long> afterBaseline = storage.current().counts();
    for (String part : List.of("tickets", "events", "outbox.pending")) {
      long byFacade = afterFacade.get(part) - before.get(part);
      long byBaseline = afterBaseline.get(part) - afterFacade.get(part);
      if (byFacade != byBaseline) {
        throw new IllegalStateException(part + ": the facade committed " + byFacade + ", the baseline " + byBaseline);
      }
    }
  }

  /**
   * Opens a ticket through kefu.
   *
   * @return the ticket
   */
  @Benchmark
  public Ticket facade() {
    if (++inStore > FRESH_STORE_EVERY) {
      freshStore();
    }
    return kefu.tickets().open(command);
  }

  /**
   * Builds the equivalent unit of work and commits it.
   *
   * @return the ticket
   */
  @Benchmark
  public Ticket baseline() {
    if (++inStore > FRESH_STORE_EVERY) {
      freshStore();
    }
    TicketId id = TicketId.of(ids.next().toString());
    Ticket t = template.toBuilder().id(id).build();
    UUID opened = ids.next();
    EventMeta openedMeta = new EventMeta(opened, Shoppers.NOW, Ticket.TYPE, id.value(), 1);
    EventMeta loggedMeta = new EventMeta(ids.next(), Shoppers.NOW, Ticket.TYPE, id.value(), 1);
    Notification n = Notification.forEvent(opened, recipient, "ticket.opened",
        Map.of("ticketId", id.value(), "subject", SUBJECT), Locale.SIMPLIFIED_CHINESE);
    storage.unitOfWork().commit(UnitOfWork.builder()
        .addWrites(AggregateWrite.create(t))
        .addEvents(
            new TicketOpened(openedMeta, id, CUSTOMER, t.kind(), t.channel(), t.priority()),
            new ContactLogged(loggedMeta, id, 1, t.channel(), Optional.of(AGENT)))
        .addOutbox(new OutboxMessage(ids.next(), "customer:" + CUSTOMER.value(), n, Shoppers.NOW))
        .build());
    return t;
  }

  private static Kefu kefuOn(SwitchableStorage storage, IdSource ids) {
    return Kefu.builder()
        .storage(storage)
        .staffDirectory(InMemoryStaffDirectory.of(List.of(
            StaffMember.builder().id(AGENT).name("Li Na").role(Role.AGENT).build())))
        .clock(Clock.fixed(Shoppers.NOW, Shoppers.ZONE))
        .idSource(ids)
        .instanceId("bench")
        // no SLA targets, so no clocks start: the baseline commits the ticket alone, and
        // SlaTimerBenchmark measures the clocks
        .sla(SlaSettings.defaults(Shoppers.ZONE).withPolicies(new SlaPolicies(List.of(), SlaPolicy.named("no targets"))))
        .build();
  }

  /** Ids from a counter: cheap, thread-safe, never repeated; the same for both arms. */
  private static IdSource counting() {
    AtomicLong counter = new AtomicLong();
    return () -> new UUID(0x6b656675L, counter.incrementAndGet());
  }
}
