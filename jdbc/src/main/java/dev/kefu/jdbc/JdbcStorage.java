package dev.kefu.jdbc;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
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
 * <p><b>Writes.</b> A unit of work writes state, due work, inbound keys, events and outbox
 * messages in one transaction, compare-and-set as it writes: each update names the version it
 * replaces, each completion the token its item was claimed with; a stale part fails the unit whole,
 * naming every stale part. On PostgreSQL the unit's statements travel in one round trip. Events carry their
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

  private static final Type ATTRIBUTES = mapOfStrings();

  private final DatabaseAccess db;
  private final JsonCodec json = new JsonCodec();
  private final DocumentCache decoded;
  private final CustomerStore customers = new Customers();
  private final TicketStore tickets = new Tickets();
  private final UnitOfWorkCommitter committer;
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
    this.decoded = new DocumentCache(builder.decodedAggregates);
    this.committer = new JdbcUnitOfWork(db, json, ATTRIBUTES, decoded);
    this.outbox = new JdbcOutbox(db, json, builder.raiseFloorEvery);
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
    private int decodedAggregates = 10_000;
    private int raiseFloorEvery = JdbcOutbox.RAISE_FLOOR_EVERY;
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
     * How many aggregates to keep decoded, each at the version it was read or written at, so that
     * a document is decoded from JSON once per version rather than at every read (reads still go
     * to the database). 10,000 unless set; 0 keeps none.
     *
     * @param value how many, at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder decodedAggregates(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("decodedAggregates must be at least 0, was " + value);
      }
      decodedAggregates = value;
      return this;
    }

    /** For tests of the pending floor: raise it at every n-th outbox claim (1: at each). */
    Builder raiseFloorEvery(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("raiseFloorEvery must be at least 1, was " + value);
      }
      raiseFloorEvery = value;
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

  // ---- reading -----------------------------------------------------------------------------------

  /**
   * The aggregates a query selects, each decoded unless the cache keeps it at the version read.
   *
   * @param type the aggregate type of a table that holds one (its query selects {@code id, version,
   *     body}), or null for {@code kefu_aggregate} (its query selects {@code aggregate_type,
   *     aggregate_id, version, body})
   */
  private <T> List<T> aggregates(Connection c, String type, String sql, Class<T> declared, Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<T> found = new ArrayList<>();
        int first = type == null ? 2 : 1;
        while (rs.next()) {
          String kind = type == null ? rs.getString(1) : type;
          String id = rs.getString(first);
          long version = rs.getLong(first + 1);
          Aggregate kept = decoded.get(kind, id, version);
          if (kept == null) {
            kept = (Aggregate) json.read(rs.getString(first + 2), declared);
            decoded.put(kept);
          }
          found.add(declared.cast(kept));
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
      return db.read(c -> aggregates(c, Customer.TYPE, "SELECT id, version, body FROM kefu_customer WHERE id = ?",
          Customer.class, id.value())).stream().findFirst();
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
      StringBuilder sql = new StringBuilder("SELECT id, version, body FROM kefu_customer WHERE 1 = 1");
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
      List<Customer> all = db.read(c -> aggregates(c, Customer.TYPE, sql.toString(), Customer.class, params.toArray()));
      return Page.slice(all.stream().filter(query.matcher()).sorted(query.sort().comparator()).toList(), page);
    }
  }

  /** Tickets: as customers, on the customer, owner, status and kind columns. */
  private final class Tickets implements TicketStore {
    @Override
    public Optional<Ticket> find(TicketId id) {
      return db.read(c -> aggregates(c, Ticket.TYPE, "SELECT id, version, body FROM kefu_ticket WHERE id = ?",
          Ticket.class, id.value())).stream().findFirst();
    }

    @Override
    public Page<Ticket> list(TicketQuery query, PageRequest page) {
      StringBuilder sql = new StringBuilder("SELECT id, version, body FROM kefu_ticket WHERE 1 = 1");
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
      List<Ticket> all = db.read(c -> aggregates(c, Ticket.TYPE, sql.toString(), Ticket.class, params.toArray()));
      return Page.slice(all.stream().filter(query.matcher()).sorted(TicketQuery.ORDER).toList(), page);
    }
  }

  /** One aggregate of a type kept in {@code kefu_aggregate}, by id. */
  private <T extends Aggregate> Optional<T> findDocument(String type, String id, Class<T> kind) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> aggregates(c, null, "SELECT aggregate_type, aggregate_id, version, body FROM kefu_aggregate"
        + " WHERE aggregate_type = ? AND aggregate_id = ?", Aggregate.class, type, id)).stream().findFirst().map(kind::cast);
  }

  /** The aggregates a filter admits, as written; the caller applies its query's matcher and order. */
  private <T extends Aggregate> List<T> documents(DocumentFilter filter, Class<T> kind) {
    return db.read(c -> aggregates(c, null, filter.sql(), Aggregate.class, filter.params())).stream().map(kind::cast).toList();
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
