package dev.kefu.memory;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.quality.MentionCheck;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.spi.quality.TrainingExam;
import dev.kefu.spi.quality.TrainingExamQuery;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.spi.routing.QueuedTicket;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.ClaimArguments;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Every storage port in memory, behind one lock: kefu's default, and a stand-in for a shared
 * database in tests. One instance can be shared by several {@code Kefu} instances in one JVM,
 * which then behave as hosts sharing a database: optimistic versions, due-work leases and outbox
 * claims all hold across them.
 *
 * <p>By default the store keeps everything it was given: every event and every delivered
 * notification. A long-running process can bound the delivered notifications it keeps with
 * {@link Builder#keepDeliveredNotifications(int)}.
 *
 * <p>Thread-safe. Reads take a shared lock, commits and claims an exclusive one, so a reader
 * never sees part of a unit of work. Nothing survives the JVM.
 */
public final class InMemoryStorage implements Storage {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  private final Map<CustomerId, Customer> customers = new HashMap<>();
  private final Map<TicketId, Ticket> tickets = new HashMap<>();
  private final Map<ComplaintId, Complaint> complaints = new HashMap<>();
  private final Map<String, Revisit> revisits = new HashMap<>();
  private final Map<OrderId, Order> orders = new HashMap<>();
  private final Map<String, QaReview> reviews = new HashMap<>();
  private final Map<String, TrainingExam> exams = new HashMap<>();
  private final Map<String, MentionCheck> mentionChecks = new HashMap<>();
  private final KeyTable keys = new KeyTable();
  private final ClockColumn clocks = new ClockColumn(keys);
  private final EventIndex events = new EventIndex(keys);
  private final Map<String, Aggregate> others = new HashMap<>();
  private final Map<StaffId, AgentLoad> loads = new TreeMap<>(Comparator.comparing(StaffId::value));
  private final Map<TicketId, QueuedTicket> queue = new HashMap<>();
  private final TreeSet<QueuedTicket> waiting =
      new TreeSet<>(Comparator.comparing(QueuedTicket::queuedAt).thenComparing(q -> q.ticket().value()));
  private final DueIndex due = new DueIndex(keys, entry -> clocks.holds(entry) || events.holds(entry));
  private final OutboxQueues outbox;
  private final Map<String, AppliedRequest> inbound = new HashMap<>();
  private long tokens;

  private final CustomerStore customerStore = new Customers();
  private final TicketStore ticketStore = new Tickets();
  private final ComplaintStore complaintStore = new Complaints();
  private final RevisitStore revisitStore = new Revisits();
  private final OrderStore orderStore = new Orders();
  private final QualityStore qualityStore = new Quality();
  private final SlaClockStore clockStore = new Clocks();
  private final UnitOfWorkCommitter committer = this::commit;
  private final DueWork dueWork = new Due();
  private final Outbox outboxPort = new OutboxPort();
  private final InboundKeys inboundKeys = new Inbound();
  private final EventLog eventLog = new Events();
  private final RoutingStore routingStore = new Routing();

  /** Creates an empty store that keeps everything, every delivered notification too. */
  public InMemoryStorage() {
    this(builder());
  }

  private InMemoryStorage(Builder b) {
    this.outbox = new OutboxQueues(b.keepDelivered);
  }

  /**
   * A builder for a store with limits on what it keeps.
   *
   * @return a new builder; {@code builder().build()} is {@code new InMemoryStorage()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InMemoryStorage}. Not thread-safe; use one builder on one thread.
   */
  public static final class Builder {
    private int keepDelivered = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * Keeps at most this many delivered notifications, the most recently delivered; older ones
     * are let go. A long-running process on the in-memory store otherwise holds every
     * notification it ever delivered. Pending and parked (dead) messages are always kept.
     *
     * <p>Once a delivered message is let go, {@link Outbox#list(OutboxEntry.Status, PageRequest)}
     * with {@code DELIVERED} no longer lists it nor counts it in the page's total, and
     * {@link InMemoryStorage#counts()} no longer counts it; nothing else changes: delivery never
     * reads delivered messages.
     *
     * @param max how many to keep, 0 or more; 0 keeps none; the default keeps all
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public Builder keepDeliveredNotifications(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("keepDeliveredNotifications must be 0 or more, was " + max);
      }
      keepDelivered = max;
      return this;
    }

    /** @return a new, empty store with these limits */
    public InMemoryStorage build() {
      return new InMemoryStorage(this);
    }
  }

  @Override
  public CustomerStore customers() {
    return customerStore;
  }

  @Override
  public TicketStore tickets() {
    return ticketStore;
  }

  @Override
  public ComplaintStore complaints() {
    return complaintStore;
  }

  @Override
  public RevisitStore revisits() {
    return revisitStore;
  }

  @Override
  public OrderStore orders() {
    return orderStore;
  }

  @Override
  public QualityStore quality() {
    return qualityStore;
  }

  @Override
  public SlaClockStore slaClocks() {
    return clockStore;
  }

  @Override
  public RoutingStore routing() {
    return routingStore;
  }

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return committer;
  }

  @Override
  public DueWork dueWork() {
    return dueWork;
  }

  @Override
  public Outbox outbox() {
    return outboxPort;
  }

  @Override
  public InboundKeys inboundKeys() {
    return inboundKeys;
  }

  @Override
  public EventLog eventLog() {
    return eventLog;
  }

  private <T> T read(Supplier<T> body) {
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> body) {
    lock.writeLock().lock();
    try {
      long s = writes;
      writes = s + 1; // odd while a writer holds the lock
      java.lang.invoke.VarHandle.storeStoreFence(); // ... before any of its changes is seen
      try {
        return body.get();
      } finally {
        writes = s + 2;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Counts the writers that took the lock: odd while one holds it. A read that only looks up one
   * clock reads without the lock when no writer held it meanwhile (a sequence lock's optimistic
   * read): a timer event's read of its clock takes no atomic update, where the read lock took two,
   * each a full fence on the engine thread.
   */
  private volatile long writes;

  // ---- unit of work ------------------------------------------------------------------------

  private void commit(UnitOfWork work) {
    Objects.requireNonNull(work, "work");
    write(() -> {
      List<StaleWrite> stale = staleParts(work);
      if (!stale.isEmpty()) {
        throw new StaleVersionException(stale);
      }
      apply(work);
      return null;
    });
  }

  private List<StaleWrite> staleParts(UnitOfWork work) {
    List<StaleWrite> stale = new ArrayList<>();
    for (AggregateWrite w : work.writes()) {
      long actual = storedVersion(w.aggregate());
      if (actual != w.expectedVersion()) {
        stale.add(new StaleWrite(w.aggregate().aggregateType(), w.aggregate().aggregateId(), w.expectedVersion(), actual));
      }
    }
    for (DueCompletion c : work.complete()) {
      long actual = due.token(c.key());
      if (actual < 0 || actual != c.token()) { // a completion of nothing is stale, whatever its token
        stale.add(new StaleWrite(StaleWrite.DUE_WORK, c.key(), c.token(), Math.max(0L, actual)));
      }
    }
    for (AppliedRequest r : work.inboundKeys()) {
      if (inbound.containsKey(r.key())) {
        stale.add(new StaleWrite(StaleWrite.INBOUND_KEY, r.key(), 0, 1));
      }
    }
    return stale;
  }

  /** The version of the stored aggregate with the id of {@code a}, 0 if none. */
  private long storedVersion(Aggregate a) {
    if (a instanceof SlaClock c) { // a timer writes nothing else, a million a day
      SlaClock stored = clocks.find(c.id());
      return stored == null ? 0 : stored.version();
    }
    return stored(a).map(Aggregate::version).orElse(0L);
  }

  private Optional<Aggregate> stored(Aggregate a) {
    if (a instanceof Customer c) {
      return Optional.ofNullable(customers.get(c.id()));
    }
    if (a instanceof Ticket t) {
      return Optional.ofNullable(tickets.get(t.id()));
    }
    if (a instanceof Complaint c) {
      return Optional.ofNullable(complaints.get(c.id()));
    }
    if (a instanceof Revisit r) {
      return Optional.ofNullable(revisits.get(r.id()));
    }
    if (a instanceof SlaClock c) {
      return Optional.ofNullable(clocks.find(c.id()));
    }
    if (a instanceof Order o) {
      return Optional.ofNullable(orders.get(o.id()));
    }
    if (a instanceof QaReview r) {
      return Optional.ofNullable(reviews.get(r.id()));
    }
    if (a instanceof TrainingExam e) {
      return Optional.ofNullable(exams.get(e.id()));
    }
    if (a instanceof MentionCheck m) {
      return Optional.ofNullable(mentionChecks.get(m.aggregateId()));
    }
    if (a instanceof AgentLoad l) {
      return Optional.ofNullable(loads.get(l.agent()));
    }
    if (a instanceof QueuedTicket q) {
      return Optional.ofNullable(queue.get(q.ticket()));
    }
    return Optional.ofNullable(others.get(a.aggregateType() + "/" + a.aggregateId()));
  }

  private void apply(UnitOfWork work) {
    for (AggregateWrite w : work.writes()) {
      Aggregate a = w.aggregate();
      if (a instanceof Customer c) {
        customers.put(c.id(), c);
      } else if (a instanceof Ticket t) {
        tickets.put(t.id(), t);
      } else if (a instanceof Complaint c) {
        complaints.put(c.id(), c);
      } else if (a instanceof Revisit r) {
        revisits.put(r.id(), r);
      } else if (a instanceof SlaClock c) {
        clocks.put(c);
      } else if (a instanceof Order o) {
        orders.put(o.id(), o);
      } else if (a instanceof QaReview r) {
        reviews.put(r.id(), r);
      } else if (a instanceof TrainingExam e) {
        exams.put(e.id(), e);
      } else if (a instanceof MentionCheck m) {
        mentionChecks.put(m.aggregateId(), m);
      } else if (a instanceof AgentLoad l) {
        loads.put(l.agent(), l);
      } else if (a instanceof QueuedTicket q) {
        QueuedTicket before = queue.put(q.ticket(), q);
        if (before != null) {
          waiting.remove(before);
        }
        if (q.isWaiting()) {
          waiting.add(q);
        }
      } else {
        others.put(w.key(), a);
      }
    }
    for (DomainEvent e : work.events()) {
      events.append(e);
    }
    for (OutboxMessage m : work.outbox()) {
      outbox.add(m);
    }
    for (DueCompletion c : work.complete()) {
      due.remove(c.key());
    }
    for (String key : work.cancel()) {
      due.remove(key);
    }
    for (ScheduledWork s : work.schedule()) {
      due.schedule(s, ++tokens);
    }
    for (AppliedRequest r : work.inboundKeys()) {
      inbound.put(r.key(), r);
    }
  }

  // ---- stores ----------------------------------------------------------------------------

  private final class Routing implements RoutingStore {
    @Override
    public Optional<AgentLoad> load(StaffId agent) {
      Objects.requireNonNull(agent, "agent");
      return read(() -> Optional.ofNullable(loads.get(agent)));
    }

    @Override
    public List<AgentLoad> loads() {
      return read(() -> List.copyOf(loads.values()));
    }

    @Override
    public Optional<QueuedTicket> queued(TicketId ticket) {
      Objects.requireNonNull(ticket, "ticket");
      return read(() -> Optional.ofNullable(queue.get(ticket)));
    }

    @Override
    public List<QueuedTicket> waiting() {
      return read(() -> List.copyOf(waiting));
    }
  }

  private final class Customers implements CustomerStore {
    @Override
    public Optional<Customer> find(CustomerId id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(customers.get(id)));
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<Customer> all = read(() -> customers.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(query.sort().comparator()).toList(), page);
    }
  }

  private final class Quality implements QualityStore {
    @Override
    public Optional<QaReview> findReview(String id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(reviews.get(id)));
    }

    @Override
    public Page<QaReview> listReviews(QaReviewQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<QaReview> all = read(() -> reviews.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(QaReviewQuery.ORDER).toList(), page);
    }

    @Override
    public Optional<TrainingExam> findExam(String id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(exams.get(id)));
    }

    @Override
    public Page<TrainingExam> listExams(TrainingExamQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<TrainingExam> all = read(() -> exams.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(TrainingExamQuery.ORDER).toList(), page);
    }

    @Override
    public Optional<MentionCheck> findMentionCheck(OrderId order, StaffId agent) {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(agent, "agent");
      return read(() -> Optional.ofNullable(mentionChecks.get(MentionCheck.idOf(order, agent))));
    }
  }

  private final class Revisits implements RevisitStore {
    @Override
    public Optional<Revisit> find(String id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(revisits.get(id)));
    }

    @Override
    public Page<Revisit> list(RevisitQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<Revisit> all = read(() -> revisits.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(RevisitQuery.ORDER).toList(), page);
    }
  }

  private final class Orders implements OrderStore {
    @Override
    public Optional<Order> find(OrderId id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(orders.get(id)));
    }

    @Override
    public Page<Order> list(OrderQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<Order> all = read(() -> orders.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(OrderQuery.ORDER).toList(), page);
    }
  }

  private final class Complaints implements ComplaintStore {
    @Override
    public Optional<Complaint> find(ComplaintId id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(complaints.get(id)));
    }

    @Override
    public Page<Complaint> list(ComplaintQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<Complaint> all = read(() -> complaints.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(ComplaintQuery.ORDER).toList(), page);
    }
  }

  private final class Tickets implements TicketStore {
    @Override
    public Optional<Ticket> find(TicketId id) {
      Objects.requireNonNull(id, "id");
      return read(() -> Optional.ofNullable(tickets.get(id)));
    }

    @Override
    public Page<Ticket> list(TicketQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<Ticket> all = read(() -> tickets.values().stream().filter(query.matcher()).toList());
      return Page.slice(all.stream().sorted(TicketQuery.ORDER).toList(), page);
    }
  }

  private final class Clocks implements SlaClockStore {
    @Override
    public Optional<SlaClock> find(String id) {
      Objects.requireNonNull(id, "id");
      long before = writes;
      if ((before & 1) == 0) {
        SlaClock found;
        try {
          found = clocks.find(id);
        } catch (RuntimeException raced) { // a writer changed the tables under the look-up
          found = null;
          before = -1;
        }
        java.lang.invoke.VarHandle.loadLoadFence(); // the look-up's reads before the check
        if (writes == before) {
          return Optional.ofNullable(found);
        }
      }
      return read(() -> Optional.ofNullable(clocks.find(id)));
    }

    @Override
    public Page<SlaClock> list(SlaClockQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(page, "page");
      List<SlaClock> all = read(() -> clocks.list(query));
      return Page.slice(all, page);
    }
  }

  // ---- due work ----------------------------------------------------------------------------

  private final class Due implements DueWork {
    @Override
    public List<DueItem> claim(Instant now, int limit, String owner, Duration lease) {
      ClaimArguments.check(now, limit, owner, lease);
      Instant until = now.plus(lease);
      return write(() -> List.copyOf(due.claim(now, limit, owner, until, () -> ++tokens)));
    }

    @Override
    public Optional<DueItem> scheduled(String key) {
      Objects.requireNonNull(key, "key");
      return read(() -> due.find(key));
    }

    @Override
    public Optional<Instant> nextDueAt() {
      return read(due::nextDueAt);
    }
  }


  // ---- outbox ------------------------------------------------------------------------------

  private final class OutboxPort implements Outbox {
    @Override
    public List<OutboxEntry> claimBatch(Instant now, int limit, String owner, Duration lease) {
      return claimBatch(now, limit, 1, owner, lease);
    }

    @Override
    public List<OutboxEntry> claimBatch(Instant now, int limit, int perPartition, String owner, Duration lease) {
      ClaimArguments.check(now, limit, perPartition, owner, lease);
      Instant until = now.plus(lease);
      return write(() -> Collections.unmodifiableList(outbox.claim(now, limit, perPartition, owner, until, () -> ++tokens)));
    }

    @Override
    public boolean markDelivered(UUID id, long claimToken) {
      Objects.requireNonNull(id, "id");
      return write(() -> outbox.markDelivered(id, claimToken));
    }

    @Override
    public int markDelivered(List<OutboxEntry> claimed) {
      for (OutboxEntry e : claimed) {
        Objects.requireNonNull(e, "claimed entry");
      }
      return write(() -> {
        int marked = 0;
        for (OutboxEntry e : claimed) {
          if (outbox.markDelivered(e.message().id(), e.claimToken())) {
            marked++;
          }
        }
        return marked;
      });
    }

    @Override
    public boolean markFailed(UUID id, long claimToken, Instant retryAt, String error) {
      Objects.requireNonNull(retryAt, "retryAt");
      Objects.requireNonNull(error, "error");
      return mark(id, claimToken, e -> new OutboxEntry(e.message(), e.sequence(), OutboxEntry.Status.PENDING,
          e.attempts() + 1, retryAt, Optional.of(error), e.claimToken()));
    }

    @Override
    public boolean park(UUID id, long claimToken, String error) {
      Objects.requireNonNull(error, "error");
      return mark(id, claimToken, e -> new OutboxEntry(e.message(), e.sequence(), OutboxEntry.Status.DEAD,
          e.attempts() + 1, e.nextAttemptAt(), Optional.of(error), e.claimToken()));
    }

    private boolean mark(UUID id, long claimToken, java.util.function.UnaryOperator<OutboxEntry> change) {
      Objects.requireNonNull(id, "id");
      return write(() -> outbox.mark(id, claimToken, change));
    }

    @Override
    public Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page) {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(page, "page");
      List<OutboxEntry> all = read(() -> outbox.list(status));
      return Page.slice(all, page);
    }
  }

  // ---- inbound keys and events -------------------------------------------------------------

  private final class Inbound implements InboundKeys {
    @Override
    public Optional<AppliedRequest> lookup(String key) {
      Objects.requireNonNull(key, "key");
      return read(() -> Optional.ofNullable(inbound.get(key)));
    }
  }

  private final class Events implements EventLog {
    @Override
    public List<StoredEvent> readAfter(long afterPosition, int limit) {
      if (afterPosition < 0 || limit < 1) {
        throw new IllegalArgumentException("afterPosition must be at least 0 and limit at least 1");
      }
      return read(() -> events.readAfter(afterPosition, limit));
    }

    @Override
    public List<DomainEvent> eventsOf(String aggregateType, String aggregateId) {
      Objects.requireNonNull(aggregateType, "aggregateType");
      Objects.requireNonNull(aggregateId, "aggregateId");
      return read(() -> events.eventsOf(aggregateType, aggregateId));
    }
  }

  /**
   * A snapshot of how many things the store holds, for tests and the demo.
   *
   * @return counts by kind: customers, tickets, events, outbox messages by status, due items,
   *     inbound keys
   */
  public Map<String, Long> counts() {
    return read(() -> {
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("customers", (long) customers.size());
      c.put("tickets", (long) tickets.size());
      c.put("complaints", (long) complaints.size());
      c.put("revisits", (long) revisits.size());
      c.put("orders", (long) orders.size());
      c.put("qa-reviews", (long) reviews.size());
      c.put("training-exams", (long) exams.size());
      c.put("events", (long) events.size());
      for (OutboxEntry.Status s : OutboxEntry.Status.values()) {
        c.put("outbox." + s.name().toLowerCase(java.util.Locale.ROOT), outbox.count(s));
      }
      c.put("due", (long) due.size());
      c.put("inbound", (long) inbound.size());
      return Map.copyOf(c);
    });
  }
}
