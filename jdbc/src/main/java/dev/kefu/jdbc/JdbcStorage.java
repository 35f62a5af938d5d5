package dev.kefu.jdbc;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
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
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.spi.ticket.TicketStore;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.spi.routing.QueuedTicket;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.quality.MentionCheck;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.spi.quality.TrainingExam;
import dev.kefu.spi.quality.TrainingExamQuery;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaClockStore;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * kefu's storage on a relational database, through a host's {@link DataSource}: customers and
 * tickets as JSON documents beside the columns their queries filter on, other aggregates as JSON
 * documents with filter columns, the event log, inbound keys, outbox messages and due work, all
 * written by one transaction per {@link UnitOfWork}. PostgreSQL is the production target; H2 the
 * embedded one for examples and quick starts. Every contract suite of {@code kefu-testkit} passes on
 * both.
 *
 * <pre>{@code
 * JdbcStorage storage = new JdbcStorage(dataSource).migrate();
 * Kefu kefu = Kefu.builder().storage(storage).instanceId("web-1")...build();
 * }</pre>
 *
 * <p><b>Schema.</b> {@link #migrate()} applies the shipped migrations the database lacks, each once,
 * recorded in {@code kefu_schema}; it is safe on every start and from several instances at once,
 * and refuses a database newer than this library. Instants are stored exactly, as nanoseconds since
 * the epoch (1677–2262). Only prepared statements reach the database.
 *
 * <p><b>Writes.</b> A unit of work locks the rows it changes, checks every expected version, due
 * work token and inbound key first (a stale part fails it whole, naming every stale part), then
 * writes state, events, outbox messages, due work and keys in one transaction. Events carry their
 * type name and schema version; an event stored at an older version is brought to its class's
 * version by the {@link EventUpcaster}s registered on {@link #builder(DataSource)}.
 *
 * <p><b>Claims.</b> Due work ({@link DueWork#claim}, {@link DueWork#nextDueAt}) and outbox messages
 * ({@link Outbox#claimBatch(Instant, int, int, String, Duration)}, marks checked by claim token and
 * partition order, {@link Outbox#markFailed} with its retry time, {@link Outbox#park}) are claimed
 * under a lease with fencing tokens taken from the database sequence {@code kefu_token_seq}; a
 * completion in a unit of work is checked against the item's current token under a row lock, so the
 * late completion of an instance whose lease ended is refused. How competing claimers meet is a
 * {@link ClaimPath}: {@code SELECT … FOR UPDATE SKIP LOCKED}, or portable conditional
 * {@code UPDATE}s naming the token read; {@link ClaimPath#AUTO} takes SKIP LOCKED on PostgreSQL and
 * the portable path elsewhere, H2 included. Delivered outbox messages stay until the host calls
 * {@link #purgeDelivered(Instant)}.
 *
 * <p><b>Lists.</b> A lookup reads one row. A list reads the rows its query's indexed columns admit,
 * then applies the query's own matcher, order and page in Java, so ids sort as Java sorts them
 * whatever the database's collation.
 *
 * <p>Thread-safe: every call takes its own connection from the data source (give it a pool).
 */
public final class JdbcStorage implements Storage {

  private static final Type APPLIED_RESULT = Aggregate.class;
  private static final Type ATTRIBUTES = mapOfStrings();

  private final DatabaseAccess db;
  private final JsonCodec json = new JsonCodec();
  private final CustomerStore customers = new Customers();
  private final TicketStore tickets = new Tickets();
  private final UnitOfWorkCommitter committer = this::commit;
  private final EventLog events;
  private final InboundKeys inboundKeys = new Keys();
  private final Outbox outbox;
  private final DueWork dueWork;
  private final SlaClockStore slaClocks = new Clocks();
  private final QualityStore quality = new Quality();
  private final RoutingStore routing = new Routing();
  private final OrderStore orders = new Orders();
  private final RevisitStore revisits = new Revisits();
  private final ComplaintStore complaints = new Complaints();

  /**
   * How due work and outbox messages are claimed among competing instances. Both paths give the
   * same guarantees; they differ in how competing claimers meet.
   */
  public enum ClaimPath {
    /** {@link #SKIP_LOCKED} on PostgreSQL, {@link #PORTABLE} elsewhere (H2 included). */
    AUTO,
    /**
     * Candidates are selected {@code FOR UPDATE SKIP LOCKED}, so a competing claimer passes over
     * rows another transaction holds; then they are claimed.
     */
    SKIP_LOCKED,
    /**
     * Candidates are read without locks and each is claimed by a conditional {@code UPDATE} that
     * names the token it was read with (the row's version); a row whose token moved meanwhile went
     * to another claimer and is passed over. Works on any database with row-level locks.
     */
    PORTABLE
  }

  /**
   * Creates storage over a data source, claiming along the database's own path ({@link
   * ClaimPath#AUTO}); call {@link #migrate()} before the first use of a new database.
   *
   * @param dataSource the host's data source
   */
  public JdbcStorage(DataSource dataSource) {
    this(builder(dataSource));
  }

  /**
   * Creates storage over a data source that claims due work and outbox messages along a chosen
   * path; call {@link #migrate()} before the first use of a new database.
   *
   * @param dataSource the host's data source
   * @param claimPath how claims meet competing claimers
   */
  public JdbcStorage(DataSource dataSource, ClaimPath claimPath) {
    this(builder(dataSource).claimPath(claimPath));
  }

  private JdbcStorage(Builder builder) {
    this.db = new DatabaseAccess(builder.dataSource, builder.claimPath);
    this.outbox = new JdbcOutbox(db, json);
    this.dueWork = new JdbcDueWork(db, json, ATTRIBUTES);
    this.events = new JdbcEventLog(db, json, Upcasters.of(builder.upcasters));
  }

  /**
   * Starts building storage over a data source, for the options beyond the constructors: event
   * upcasters and the claim path.
   *
   * @param dataSource the host's data source
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** Builds a {@link JdbcStorage}. Not thread-safe; use one builder on one thread. */
  public static final class Builder {

    private final DataSource dataSource;
    private ClaimPath claimPath = ClaimPath.AUTO;
    private final List<EventUpcaster> upcasters = new ArrayList<>();

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * @param value how claims meet competing claimers; {@link ClaimPath#AUTO} unless set
     * @return this builder
     */
    public Builder claimPath(ClaimPath value) {
      claimPath = Objects.requireNonNull(value, "claimPath");
      return this;
    }

    /**
     * Registers an upcaster for events stored at an older schema version.
     *
     * @param value the upcaster
     * @return this builder
     */
    public Builder upcaster(EventUpcaster value) {
      upcasters.add(Objects.requireNonNull(value, "upcaster"));
      return this;
    }

    /**
     * @return the storage; call {@link JdbcStorage#migrate()} before the first use of a new database
     * @throws IllegalArgumentException listing every problem with the upcasters
     */
    public JdbcStorage build() {
      return new JdbcStorage(this);
    }
  }

  /**
   * Brings the database's kefu schema to this library's version: applies, in order, each shipped
   * migration the database lacks (the first creates kefu's tables), and records it in
   * {@code kefu_schema}. Safe to call on every start and from several instances at once; refuses a
   * database whose schema is newer than this library.
   *
   * @return this storage
   * @throws IllegalStateException if the database's schema is newer than this library knows
   * @throws JdbcStoreException if a migration fails (on PostgreSQL it then leaves nothing behind)
   */
  public JdbcStorage migrate() {
    try {
      Migrations.apply(db.dataSource(), Migrations.ALL);
    } catch (SQLException e) {
      throw new JdbcStoreException("migrating kefu's schema failed", e);
    }
    return this;
  }

  /**
   * Deletes delivered outbox messages created before an instant: the outbox keeps every message
   * until its host decides how long delivered ones are worth keeping (for support look-ups, say),
   * then calls this from its scheduler. Pending and parked (dead) messages are never deleted, and
   * a partition's order is unaffected: a claim only waits on older <em>pending</em> messages.
   *
   * @param createdBefore delivered messages created before it go
   * @return how many were deleted
   */
  public int purgeDelivered(Instant createdBefore) {
    long before = Instants.toNanos(Objects.requireNonNull(createdBefore, "createdBefore"));
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM kefu_outbox WHERE status = 'DELIVERED' AND created_at_ns < ?")) {
        ps.setLong(1, before);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * @return the schema version the database holds: 0 for a database kefu has not migrated, else
   *     the latest migration applied
   */
  public int schemaVersion() {
    try {
      return Migrations.currentVersion(db.dataSource());
    } catch (SQLException e) {
      throw new JdbcStoreException("reading kefu's schema version failed", e);
    }
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public TicketStore tickets() {
    return tickets;
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
    return outbox;
  }

  @Override
  public InboundKeys inboundKeys() {
    return inboundKeys;
  }

  @Override
  public EventLog eventLog() {
    return events;
  }

  @Override
  public SlaClockStore slaClocks() {
    return slaClocks;
  }

  @Override
  public QualityStore quality() {
    return quality;
  }

  @Override
  public RoutingStore routing() {
    return routing;
  }

  @Override
  public OrderStore orders() {
    return orders;
  }

  @Override
  public RevisitStore revisits() {
    return revisits;
  }

  @Override
  public ComplaintStore complaints() {
    return complaints;
  }

  // ---- the unit of work ------------------------------------------------------------------------

  private void commit(UnitOfWork work) {
    Objects.requireNonNull(work, "work");
    if (work.isEmpty()) {
      return;
    }
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        // 1. compare-and-set, in UnitOfWork's order: an update names the version it replaces, a
        //    create inserts (a duplicate key: another unit created it first), a completion deletes
        //    its item only under the token it was claimed with. A part that finds another version
        //    or token is stale: the unit is rolled back and every stale part named, read afresh.
        boolean stale = false;
        for (AggregateWrite w : work.writes()) {
          stale |= !write(c, w);
        }
        for (DueCompletion done : work.complete()) {
          stale |= !completeDue(c, done);
        }
        if (stale) {
          c.rollback();
          throw staleParts(work, null);
        }
        for (String key : work.cancel()) {
          deleteDue(c, key);
        }
        for (ScheduledWork s : work.schedule()) {
          deleteDue(c, s.key());
          try {
            insertDue(c, s);
          } catch (SQLException e) {
            if (!DatabaseAccess.isConstraintViolation(e)) {
              throw e;
            }
            // another transaction scheduled the key after our delete: a lost race, as on an aggregate
            // (expected absent, found present), so the caller decides again instead of failing
            StaleVersionException race = new StaleVersionException(List.of(new StaleWrite(StaleWrite.DUE_WORK, s.key(), 0, 1)));
            race.initCause(e);
            throw race;
          }
        }
        for (AppliedRequest key : work.inboundKeys()) {
          insertKey(c, key);
        }
        // 2. events and outbox last: their counters' rows stay locked until the commit, so that
        //    positions are handed out in commit order; every unit with events queues on them, so
        //    they are held for as few statements as possible (the parts above do not depend on them)
        appendLog(c, work.events(), work.outbox());
        try {
          c.commit();
        } catch (SQLException e) {
          if (DatabaseAccess.isConstraintViolation(e)) {
            throw e; // refused at commit: nothing was saved
          }
          // the database may have committed before its reply was lost: do not claim nothing was written
          throw new JdbcStoreException("the commit of a unit of work failed; it may have been saved all the same:"
              + " retry with the same request id, which applies it at most once", e);
        }
      } catch (SQLException e) {
        DatabaseAccess.rollbackQuietly(c, e);
        if (DatabaseAccess.isConstraintViolation(e)) {
          throw staleParts(work, e);
        }
        throw e;
      } catch (RuntimeException e) {
        DatabaseAccess.rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("commit of a unit of work failed; nothing was written", e);
    }
  }

  /**
   * What made a unit of work stale, read after its rollback: every aggregate whose stored version
   * is not the one it expected, every completion whose item is gone or under another token, every
   * inbound key already applied. Versions and tokens only move on, so what was stale stays stale.
   *
   * @param cause the constraint a concurrent insert broke, or null if a compare-and-set found another version
   */
  private RuntimeException staleParts(UnitOfWork work, SQLException cause) {
    List<StaleWrite> stale = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection()) {
      for (AggregateWrite w : work.writes()) {
        long actual = version(c, w.aggregate());
        if (actual != w.expectedVersion()) {
          stale.add(new StaleWrite(w.aggregate().aggregateType(), w.aggregate().aggregateId(), w.expectedVersion(), actual));
        }
      }
      for (DueCompletion done : work.complete()) {
        long actual = token(c, done.key());
        if (actual != done.token()) {
          stale.add(new StaleWrite(StaleWrite.DUE_WORK, done.key(), done.token(), Math.max(0L, actual)));
        }
      }
      for (AppliedRequest key : work.inboundKeys()) {
        if (keyExists(c, key.key())) {
          stale.add(new StaleWrite(StaleWrite.INBOUND_KEY, key.key(), 0, 1));
        }
      }
    } catch (SQLException e) {
      if (cause == null) {
        return new JdbcStoreException("a unit of work was stale, and reading what was stale failed; nothing was written", e);
      }
      cause.addSuppressed(e);
    }
    if (stale.isEmpty()) {
      return new JdbcStoreException("commit of a unit of work failed on a constraint; nothing was written", cause);
    }
    StaleVersionException e = new StaleVersionException(stale);
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  /** The stored version of an aggregate, 0 if none is stored. */
  private static long version(Connection c, Aggregate a) throws SQLException {
    PreparedStatement ps;
    if (a instanceof Customer) {
      ps = c.prepareStatement("SELECT version FROM kefu_customer WHERE id = ?");
      ps.setString(1, a.aggregateId());
    } else if (a instanceof Ticket) {
      ps = c.prepareStatement("SELECT version FROM kefu_ticket WHERE id = ?");
      ps.setString(1, a.aggregateId());
    } else {
      ps = c.prepareStatement("SELECT version FROM kefu_aggregate WHERE aggregate_type = ? AND aggregate_id = ?");
      ps.setString(1, a.aggregateType());
      ps.setString(2, a.aggregateId());
    }
    try (ps; ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Inserts or compare-and-set updates one aggregate; false if the update found another version. */
  private boolean write(Connection c, AggregateWrite w) throws SQLException {
    Aggregate a = w.aggregate();
    boolean create = w.expectedVersion() == 0;
    if (a instanceof Customer customer) {
      String body = json.write(customer, Customer.class);
      String sql = create
          ? "INSERT INTO kefu_customer (version, region, owner_id, tier, body, id) VALUES (?, ?, ?, ?, ?, ?)"
          : "UPDATE kefu_customer SET version = ?, region = ?, owner_id = ?, tier = ?, body = ? WHERE id = ? AND version = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, a.version());
        ps.setString(2, customer.region());
        ps.setString(3, customer.owner().map(o -> o.value()).orElse(null));
        ps.setString(4, customer.tier().name());
        ps.setString(5, body);
        ps.setString(6, a.aggregateId());
        if (!create) {
          ps.setLong(7, w.expectedVersion());
        }
        return ps.executeUpdate() == 1;
      }
    }
    if (a instanceof Ticket ticket) {
      String body = json.write(ticket, Ticket.class);
      String sql = create
          ? "INSERT INTO kefu_ticket (version, customer_id, owner_id, status, kind, opened_at_ns, body, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
          : "UPDATE kefu_ticket SET version = ?, customer_id = ?, owner_id = ?, status = ?, kind = ?, opened_at_ns = ?, body = ?"
              + " WHERE id = ? AND version = ?";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, a.version());
        ps.setString(2, ticket.customer().value());
        ps.setString(3, ticket.owner().map(o -> o.value()).orElse(null));
        ps.setString(4, ticket.status().name());
        ps.setString(5, ticket.kind().name());
        ps.setLong(6, Instants.toNanos(ticket.openedAt()));
        ps.setString(7, body);
        ps.setString(8, a.aggregateId());
        if (!create) {
          ps.setLong(9, w.expectedVersion());
        }
        return ps.executeUpdate() == 1;
      }
    }
    String body = json.write(a, Aggregate.class);
    DocumentColumns columns = DocumentColumns.of(a);
    String sql = create
        ? "INSERT INTO kefu_aggregate (version, ref_id, ref2_id, status, at_ns, body, aggregate_type, aggregate_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE kefu_aggregate SET version = ?, ref_id = ?, ref2_id = ?, status = ?, at_ns = ?, body = ?"
            + " WHERE aggregate_type = ? AND aggregate_id = ? AND version = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, a.version());
      ps.setString(2, columns.ref());
      ps.setString(3, columns.ref2());
      ps.setString(4, columns.status());
      if (columns.at() == null) {
        ps.setNull(5, java.sql.Types.BIGINT);
      } else {
        ps.setLong(5, Instants.toNanos(columns.at()));
      }
      ps.setString(6, body);
      ps.setString(7, a.aggregateType());
      ps.setString(8, a.aggregateId());
      if (!create) {
        ps.setLong(9, w.expectedVersion());
      }
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * Appends a unit's events and outbox messages, numbered from the log counter: events take the
   * first numbers as their positions, messages the next as their sequences. The counter's row
   * stays locked until the transaction ends, so numbers are handed out in commit order — a reader
   * never sees a later position before an earlier one commits, and a partition's messages are
   * sequenced as they commit. Every unit with events queues on that row, so everything slow (the
   * JSON) happens before it is taken, and it is taken last in the unit.
   */
  private void appendLog(Connection c, List<DomainEvent> events, List<OutboxMessage> messages) throws SQLException {
    if (events.isEmpty() && messages.isEmpty()) {
      return;
    }
    List<String> eventBodies = new ArrayList<>(events.size());
    for (DomainEvent e : events) {
      eventBodies.add(json.write(e, DomainEvent.class));
    }
    List<String> messageBodies = new ArrayList<>(messages.size());
    for (OutboxMessage m : messages) {
      messageBodies.add(json.write(m, OutboxMessage.class));
    }
    if (db.dialect(c) == Dialect.POSTGRESQL) {
      appendLogInOneStatement(c, events, eventBodies, messages, messageBodies);
      return;
    }
    long next = takeFromLog(c, events.size() + messages.size());
    if (!events.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO kefu_event (position, event_id, aggregate_type, aggregate_id, type_name, schema_version, body)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < events.size(); i++) {
          DomainEvent e = events.get(i);
          ps.setLong(1, next++);
          ps.setObject(2, e.eventId());
          ps.setString(3, e.meta().aggregateType());
          ps.setString(4, e.aggregateId());
          ps.setString(5, e.type());
          ps.setInt(6, e.schemaVersion());
          ps.setString(7, eventBodies.get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    if (!messages.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO kefu_outbox (sequence, id, partition_key, status, attempts, next_attempt_at_ns, claim_token,"
              + " created_at_ns, body) VALUES (?, ?, ?, 'PENDING', 0, ?, 0, ?, ?)")) {
        for (int i = 0; i < messages.size(); i++) {
          OutboxMessage m = messages.get(i);
          ps.setLong(1, next++);
          ps.setObject(2, m.id());
          ps.setString(3, m.partitionKey());
          ps.setLong(4, Instants.toNanos(m.createdAt()));
          ps.setLong(5, Instants.toNanos(m.createdAt()));
          ps.setString(6, messageBodies.get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  /**
   * Takes {@code n} numbers from the log counter, locking its row until the transaction ends (the
   * portable path; PostgreSQL takes them inside {@link #appendLogInOneStatement}).
   *
   * @return the first of them
   */
  private static long takeFromLog(Connection c, int n) throws SQLException {
    long last;
    try (PreparedStatement ps = c.prepareStatement("SELECT counter_value FROM kefu_counter WHERE name = 'log' FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("kefu_counter has no row 'log': call JdbcStorage.migrate() first");
      }
      last = rs.getLong(1);
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE kefu_counter SET counter_value = ? WHERE name = 'log'")) {
      ps.setLong(1, last + n);
      ps.executeUpdate();
    }
    return last + 1;
  }

  /**
   * PostgreSQL: the counter, the events and the messages in one statement (data-modifying
   * {@code WITH}), so the counter's row is held for that statement and the commit only — no
   * round trip to a client that may be descheduled while every other unit waits on the row.
   */
  private static void appendLogInOneStatement(Connection c, List<DomainEvent> events, List<String> eventBodies,
      List<OutboxMessage> messages, List<String> messageBodies) throws SQLException {
    int total = events.size() + messages.size();
    StringBuilder sql = new StringBuilder(
        "WITH c AS (UPDATE kefu_counter SET counter_value = counter_value + ? WHERE name = 'log'"
            + " RETURNING counter_value - ? AS base)");
    String eventInsert = "INSERT INTO kefu_event (position, event_id, aggregate_type, aggregate_id, type_name,"
        + " schema_version, body) SELECT c.base + v.n, v.event_id, v.aggregate_type, v.aggregate_id, v.type_name,"
        + " v.schema_version, v.body FROM c, (VALUES " + rows(events.size(), 0, "?::uuid, ?, ?, ?, ?::int, ?")
        + ") AS v(n, event_id, aggregate_type, aggregate_id, type_name, schema_version, body)";
    String messageInsert = "INSERT INTO kefu_outbox (sequence, id, partition_key, status, attempts, next_attempt_at_ns,"
        + " claim_token, created_at_ns, body) SELECT c.base + v.n, v.id, v.partition_key, 'PENDING', 0, v.created_at_ns,"
        + " 0, v.created_at_ns, v.body FROM c, (VALUES " + rows(messages.size(), events.size(), "?::uuid, ?, ?::bigint, ?")
        + ") AS v(n, id, partition_key, created_at_ns, body)";
    if (events.isEmpty()) {
      sql.append(' ').append(messageInsert);
    } else if (messages.isEmpty()) {
      sql.append(' ').append(eventInsert);
    } else {
      sql.append(", e AS (").append(eventInsert).append(") ").append(messageInsert);
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      int i = 1;
      ps.setLong(i++, total);
      ps.setLong(i++, total);
      for (int k = 0; k < events.size(); k++) {
        DomainEvent e = events.get(k);
        ps.setObject(i++, e.eventId());
        ps.setString(i++, e.meta().aggregateType());
        ps.setString(i++, e.aggregateId());
        ps.setString(i++, e.type());
        ps.setInt(i++, e.schemaVersion());
        ps.setString(i++, eventBodies.get(k));
      }
      for (int k = 0; k < messages.size(); k++) {
        OutboxMessage m = messages.get(k);
        ps.setObject(i++, m.id());
        ps.setString(i++, m.partitionKey());
        ps.setLong(i++, Instants.toNanos(m.createdAt()));
        ps.setString(i++, messageBodies.get(k));
      }
      int inserted = ps.executeUpdate();
      if (inserted != (messages.isEmpty() ? events.size() : messages.size())) {
        throw new IllegalStateException("kefu_counter has no row 'log': call JdbcStorage.migrate() first");
      }
    }
  }

  /** {@code count} rows of a VALUES list, each numbered from {@code after + 1} and then the placeholders. */
  private static String rows(int count, int after, String placeholders) {
    StringBuilder rows = new StringBuilder();
    for (int k = 1; k <= count; k++) {
      rows.append(k == 1 ? "" : ", ").append('(').append(after + k).append(", ").append(placeholders).append(')');
    }
    return rows.toString();
  }

  /** The token of a scheduled item; -1 if nothing is scheduled (so no token, not even 0, matches). */
  private static long token(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT token FROM kefu_due WHERE work_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** Deletes a claimed item if it is still under the claim's token; false if it moved on. */
  private static boolean completeDue(Connection c, DueCompletion done) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM kefu_due WHERE work_key = ? AND token = ?")) {
      ps.setString(1, done.key());
      ps.setLong(2, done.token());
      return ps.executeUpdate() == 1;
    }
  }

  private static void deleteDue(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM kefu_due WHERE work_key = ?")) {
      ps.setString(1, key);
      ps.executeUpdate();
    }
  }

  private void insertDue(Connection c, ScheduledWork s) throws SQLException {
    // the token comes from the sequence inside the insert: one round trip, not two
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO kefu_due (work_key, kind, due_at_ns, token, attributes)"
        + " VALUES (?, ?, ?, " + db.dialect(c).nextToken + ", ?)")) {
      ps.setString(1, s.key());
      ps.setString(2, s.kind());
      ps.setLong(3, Instants.toNanos(s.dueAt()));
      ps.setString(4, json.write(s.attributes(), ATTRIBUTES));
      ps.executeUpdate();
    }
  }

  private static boolean keyExists(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM kefu_inbound_key WHERE request_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void insertKey(Connection c, AppliedRequest key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO kefu_inbound_key (request_key, command_type, applied_at_ns, result) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, key.key());
      ps.setString(2, key.commandType());
      ps.setLong(3, Instants.toNanos(key.appliedAt()));
      ps.setString(4, json.write(key.result(), APPLIED_RESULT));
      ps.executeUpdate();
    }
  }

  // ---- reading -----------------------------------------------------------------------------------

  private <T> List<T> bodies(Connection c, String sql, Class<T> type, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<T> found = new ArrayList<>();
        while (rs.next()) {
          found.add(json.read(rs.getString(1), type));
        }
        return found;
      }
    }
  }

  private static Type mapOfStrings() {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {String.class, String.class};
      }

      @Override
      public Type getRawType() {
        return Map.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  /**
   * Customers: found by id; listed by reading the rows that the indexed columns admit, then
   * filtering and ordering exactly as {@link CustomerQuery} defines.
   */
  private final class Customers implements CustomerStore {
    @Override
    public Optional<Customer> find(CustomerId id) {
      return db.read(c -> bodies(c, "SELECT body FROM kefu_customer WHERE id = ?", Customer.class, id.value()))
          .stream().findFirst();
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
      StringBuilder sql = new StringBuilder("SELECT body FROM kefu_customer WHERE 1 = 1");
      List<Object> params = new ArrayList<>();
      query.region().ifPresent(r -> {
        sql.append(" AND region = ?");
        params.add(r);
      });
      query.owner().ifPresent(o -> {
        sql.append(" AND owner_id = ?");
        params.add(o.value());
      });
      query.tier().ifPresent(t -> {
        sql.append(" AND tier = ?");
        params.add(t.name());
      });
      List<Customer> all = db.read(c -> bodies(c, sql.toString(), Customer.class, params.toArray()));
      return Page.slice(all.stream().filter(query.matcher()).sorted(query.sort().comparator()).toList(), page);
    }
  }

  /** Tickets: as customers, on the customer, owner, status and kind columns. */
  private final class Tickets implements TicketStore {
    @Override
    public Optional<Ticket> find(TicketId id) {
      return db.read(c -> bodies(c, "SELECT body FROM kefu_ticket WHERE id = ?", Ticket.class, id.value()))
          .stream().findFirst();
    }

    @Override
    public Page<Ticket> list(TicketQuery query, PageRequest page) {
      StringBuilder sql = new StringBuilder("SELECT body FROM kefu_ticket WHERE 1 = 1");
      List<Object> params = new ArrayList<>();
      query.customer().ifPresent(v -> {
        sql.append(" AND customer_id = ?");
        params.add(v.value());
      });
      query.owner().ifPresent(v -> {
        sql.append(" AND owner_id = ?");
        params.add(v.value());
      });
      query.kind().ifPresent(v -> {
        sql.append(" AND kind = ?");
        params.add(v.name());
      });
      if (!query.statuses().isEmpty()) {
        sql.append(" AND status IN (");
        String sep = "";
        for (TicketStatus s : query.statuses()) {
          sql.append(sep).append('?');
          params.add(s.name());
          sep = ", ";
        }
        sql.append(')');
      }
      List<Ticket> all = db.read(c -> bodies(c, sql.toString(), Ticket.class, params.toArray()));
      return Page.slice(all.stream().filter(query.matcher()).sorted(TicketQuery.ORDER).toList(), page);
    }
  }

  /** One aggregate of a type kept in {@code kefu_aggregate}, by id. */
  private <T extends Aggregate> Optional<T> findDocument(String type, String id, Class<T> kind) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> bodies(c, "SELECT body FROM kefu_aggregate WHERE aggregate_type = ? AND aggregate_id = ?",
        Aggregate.class, type, id)).stream().findFirst().map(kind::cast);
  }

  /** The aggregates a filter admits, as written; the caller applies its query's matcher and order. */
  private <T extends Aggregate> List<T> documents(DocumentFilter filter, Class<T> kind) {
    return db.read(c -> bodies(c, filter.sql(), Aggregate.class, filter.params())).stream().map(kind::cast).toList();
  }

  /** One query's page: the rows the filter admits, then the query's matcher, its order, the slice. */
  private <T extends Aggregate> Page<T> listDocuments(DocumentFilter filter, Class<T> kind,
      java.util.function.Predicate<? super T> matcher, Comparator<? super T> order, PageRequest page) {
    Objects.requireNonNull(page, "page");
    return Page.slice(documents(filter, kind).stream().filter(matcher).sorted(order).toList(), page);
  }

  /** SLA clocks: JSON documents in {@code kefu_aggregate}, listed by {@link SlaClockQuery}'s matcher and order. */
  private final class Clocks implements SlaClockStore {
    @Override
    public Optional<SlaClock> find(String id) {
      return findDocument(SlaClock.TYPE, id, SlaClock.class);
    }

    @Override
    public Page<SlaClock> list(SlaClockQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      DocumentFilter filter = DocumentFilter.ofType(SlaClock.TYPE)
          .ref(query.ticket().map(t -> t.value())).statusIn(query.statuses());
      return listDocuments(filter, SlaClock.class, query.matcher(), SlaClockQuery.ORDER, page);
    }
  }

  /** Complaints: JSON documents in {@code kefu_aggregate}, listed by {@link ComplaintQuery}'s matcher and order. */
  private final class Complaints implements ComplaintStore {
    @Override
    public Optional<Complaint> find(ComplaintId id) {
      Objects.requireNonNull(id, "id");
      return findDocument(Complaint.TYPE, id.value(), Complaint.class);
    }

    @Override
    public Page<Complaint> list(ComplaintQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      DocumentFilter filter = DocumentFilter.ofType(Complaint.TYPE).ref(query.customer().map(c -> c.value()))
          .statusIn(query.statuses()).atFrom(query.registeredFrom()).atBefore(query.registeredBefore());
      return listDocuments(filter, Complaint.class, query.matcher(), ComplaintQuery.ORDER, page);
    }
  }

  /** Revisits: JSON documents in {@code kefu_aggregate}, listed by {@link RevisitQuery}'s matcher and order. */
  private final class Revisits implements RevisitStore {
    @Override
    public Optional<Revisit> find(String id) {
      return findDocument(Revisit.TYPE, id, Revisit.class);
    }

    @Override
    public Page<Revisit> list(RevisitQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      DocumentFilter filter = DocumentFilter.ofType(Revisit.TYPE).ref(query.customer().map(c -> c.value()))
          .statusIn(query.statuses());
      return listDocuments(filter, Revisit.class, query.matcher(), RevisitQuery.ORDER, page);
    }
  }

  /** Orders: JSON documents in {@code kefu_aggregate}, listed by {@link OrderQuery}'s matcher and order. */
  private final class Orders implements OrderStore {
    @Override
    public Optional<Order> find(OrderId id) {
      Objects.requireNonNull(id, "id");
      return findDocument(Order.TYPE, id.value(), Order.class);
    }

    @Override
    public Page<Order> list(OrderQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      DocumentFilter filter = DocumentFilter.ofType(Order.TYPE).ref(query.customer().map(c -> c.value()))
          .ref2(query.takenBy().map(s -> s.value())).atFrom(query.placedFrom()).atBefore(query.placedBefore());
      return listDocuments(filter, Order.class, query.matcher(), OrderQuery.ORDER, page);
    }
  }

  /**
   * Routing: agent loads and queue entries as JSON documents in {@code kefu_aggregate}; reserving
   * capacity is a compare-and-set update of the load like any aggregate's, so of two racing
   * reservations from one version exactly one commits.
   */
  private final class Routing implements RoutingStore {
    @Override
    public Optional<AgentLoad> load(StaffId agent) {
      Objects.requireNonNull(agent, "agent");
      return findDocument(AgentLoad.TYPE, agent.value(), AgentLoad.class);
    }

    @Override
    public List<AgentLoad> loads() {
      return documents(DocumentFilter.ofType(AgentLoad.TYPE), AgentLoad.class).stream()
          .sorted(Comparator.comparing((AgentLoad l) -> l.agent().value())).toList();
    }

    @Override
    public Optional<QueuedTicket> queued(TicketId ticket) {
      Objects.requireNonNull(ticket, "ticket");
      return findDocument(QueuedTicket.TYPE, ticket.value(), QueuedTicket.class);
    }

    @Override
    public List<QueuedTicket> waiting() {
      DocumentFilter waiting = DocumentFilter.ofType(QueuedTicket.TYPE).statusIn(List.of(QueuedTicket.Status.WAITING));
      return documents(waiting, QueuedTicket.class).stream().filter(QueuedTicket::isWaiting)
          .sorted(Comparator.comparing(QueuedTicket::queuedAt).thenComparing(q -> q.ticket().value())).toList();
    }
  }

  /**
   * Quality: QA reviews, training exams and mention checks as JSON documents in
   * {@code kefu_aggregate}; lists apply the query's own matcher and order.
   */
  private final class Quality implements QualityStore {
    @Override
    public Optional<QaReview> findReview(String id) {
      return findDocument(QaReview.TYPE, id, QaReview.class);
    }

    @Override
    public Page<QaReview> listReviews(QaReviewQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      DocumentFilter filter = DocumentFilter.ofType(QaReview.TYPE).ref(query.agent().map(a -> a.value()))
          .atFrom(query.reviewedFrom()).atBefore(query.reviewedBefore());
      return listDocuments(filter, QaReview.class, query.matcher(), QaReviewQuery.ORDER, page);
    }

    @Override
    public Optional<TrainingExam> findExam(String id) {
      return findDocument(TrainingExam.TYPE, id, TrainingExam.class);
    }

    @Override
    public Page<TrainingExam> listExams(TrainingExamQuery query, PageRequest page) {
      Objects.requireNonNull(query, "query");
      DocumentFilter filter = DocumentFilter.ofType(TrainingExam.TYPE).ref(query.agent().map(a -> a.value()))
          .atFrom(query.takenFrom().map(DocumentColumns::startOf)).atBefore(query.takenBefore().map(DocumentColumns::startOf));
      return listDocuments(filter, TrainingExam.class, query.matcher(), TrainingExamQuery.ORDER, page);
    }

    @Override
    public Optional<MentionCheck> findMentionCheck(OrderId order, StaffId agent) {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(agent, "agent");
      return findDocument(MentionCheck.TYPE, MentionCheck.idOf(order, agent), MentionCheck.class);
    }
  }

  private final class Keys implements InboundKeys {
    @Override
    public Optional<AppliedRequest> lookup(String key) {
      return db.read(c -> {
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT command_type, applied_at_ns, result FROM kefu_inbound_key WHERE request_key = ?")) {
          ps.setString(1, key);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            return Optional.of(new AppliedRequest(key, rs.getString("command_type"),
                json.read(rs.getString("result"), Aggregate.class), Instants.read(rs, "applied_at_ns")));
          }
        }
      });
    }
  }
}
