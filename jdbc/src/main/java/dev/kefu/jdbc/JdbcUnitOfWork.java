package dev.kefu.jdbc;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.Ticket;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Commits a {@link UnitOfWork} in one transaction, compare-and-set as it writes: an update names
 * the version it replaces, a create inserts (a duplicate key: another unit created it first), a
 * completion deletes its due item only under the token it was claimed with. A part that finds
 * another version or token makes the unit stale: it is rolled back and every stale part named,
 * read afresh. Events and outbox messages are numbered from the log counter last, so that its
 * row is held for as short a time as can be.
 *
 * <p>On PostgreSQL (with PgJDBC's default extended protocol) a unit runs <em>at once</em>: all its
 * statements in one prepared statement, in auto-commit mode, which the database runs as one
 * implicit transaction — one round trip, commit included, so the counter's row is held for no
 * round trip at all. Each compare-and-set is guarded there: a stale part inserts its reason into
 * {@code kefu_abort}, whose check refuses every row, and the unit is rolled back whole; it is then
 * run again <em>carefully</em>, in a transaction with every row count coming back, which names what
 * was stale (or commits, if what was in its way has moved on). Elsewhere every unit runs carefully,
 * a round trip per statement.
 *
 * <p>Thread-safe: every commit takes its own connection.
 */
final class JdbcUnitOfWork implements UnitOfWorkCommitter {

  private static final Type APPLIED_RESULT = Aggregate.class;

  private final DatabaseAccess db;
  private final JsonCodec json;
  private final Type attributesType;
  private final DocumentCache decoded;

  JdbcUnitOfWork(DatabaseAccess db, JsonCodec json, Type attributesType, DocumentCache decoded) {
    this.db = db;
    this.json = json;
    this.attributesType = attributesType;
    this.decoded = decoded;
  }

  @Override
  public void commit(UnitOfWork work) {
    Objects.requireNonNull(work, "work");
    if (work.isEmpty()) {
      return;
    }
    try (Connection c = db.dataSource().getConnection()) {
      Dialect dialect = db.dialect(c);
      // everything slow (the JSON) happens here, before a row is locked
      UnitStatements statements = new UnitStatements();
      Log log = new Log(work.events(), work.outbox());
      int logStatement = statements(work, dialect, log, statements);
      if (!db.runsStatementsAtOnce(c) || !committedAtOnce(c, statements)) {
        commitCarefully(c, work, statements, log, logStatement, dialect.statementsTogether);
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("commit of a unit of work failed; nothing was written", e);
    }
    // committed: what it wrote is what the next reader of those versions would decode
    for (AggregateWrite w : work.writes()) {
      decoded.put(w.aggregate());
    }
  }

  /**
   * The unit's statements, in UnitOfWork's order: writes, completions, cancels, schedules, keys,
   * and — where statements travel together — the log last.
   *
   * @return the log statement's index, or -1 if the log is appended apart (or empty)
   */
  private int statements(UnitOfWork work, Dialect dialect, Log log, UnitStatements statements) {
    // each aggregate's JSON, by identity: a command's result is most often an aggregate it writes
    Map<Aggregate, Supplier<String>> written = new IdentityHashMap<>();
    for (AggregateWrite w : work.writes()) {
      written.put(w.aggregate(), write(statements, w));
    }
    for (DueCompletion done : work.complete()) {
      statements.addCompareAndSet("DELETE FROM kefu_due WHERE work_key = ? AND token = ?",
          p -> p.setString(done.key()).setLong(done.token()), "stale: due work " + done.key() + " claimed with another token");
    }
    for (String key : work.cancel()) {
      deleteDue(statements, key);
    }
    for (ScheduledWork s : work.schedule()) {
      schedule(statements, s, dialect);
    }
    for (AppliedRequest key : work.inboundKeys()) {
      Supplier<String> known = written.get(key.result());
      String result = known != null ? known.get() : json.write(key.result(), APPLIED_RESULT);
      statements.add("INSERT INTO kefu_inbound_key (request_key, command_type, applied_at_ns, result) VALUES (?, ?, ?, ?)",
          p -> p.setString(key.key()).setString(key.commandType()).setLong(Instants.toNanos(key.appliedAt()))
              .setString(result));
    }
    return dialect.statementsTogether && !log.isEmpty() ? log.addTo(statements) : -1;
  }

  /**
   * The unit in one round trip, commit included; its guards abort it if a part is stale or a race
   * lost, and the log's if the counter's row is missing.
   *
   * @return true if it was committed; false if a guard (or a unique key) refused it and nothing was
   *     saved, so that running it carefully can tell what was wrong
   */
  private boolean committedAtOnce(Connection c, UnitStatements statements) throws SQLException {
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    try {
      statements.runAtOnce(c);
      return true;
    } catch (SQLException e) {
      if (DatabaseAccess.isConstraintViolation(e)) {
        return false;
      }
      if (DatabaseAccess.isConnectionFailure(e)) {
        // the database may have committed before the connection failed: do not claim nothing was written
        throw new JdbcStoreException("a unit of work failed as it committed; it may have been saved all the same:"
            + " retry with the same request id, which applies it at most once", e);
      }
      throw e;
    }
  }

  /**
   * The unit in a transaction of its own, its statements together (one round trip) or apart, and
   * then the commit: slower than at once, but every row count comes back, so a stale unit is
   * rolled back and every stale part named.
   */
  private void commitCarefully(Connection c, UnitOfWork work, UnitStatements statements, Log log, int logStatement,
      boolean together) throws SQLException {
    c.setAutoCommit(false);
    try {
      UnitStatements.Outcome outcome = statements.run(c, together);
      if (outcome.failed()) {
        c.rollback();
        throw outcome.stale() ? staleParts(work, outcome.races()) : new StaleVersionException(outcome.races());
      }
      if (logStatement >= 0) {
        log.check(outcome.counts()[logStatement]);
      } else {
        log.appendApart(c);
      }
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
  }

  /**
   * Inserts (a create) or compare-and-set updates one aggregate.
   *
   * @return its JSON as an {@code Aggregate} (an inbound key's result), made from the body written
   */
  private Supplier<String> write(UnitStatements statements, AggregateWrite w) {
    Aggregate a = w.aggregate();
    boolean create = w.expectedVersion() == 0;
    if (a instanceof Customer customer) {
      String body = json.write(customer, Customer.class);
      String sql = create
          ? "INSERT INTO kefu_customer (version, region, owner_id, tier, body, id) VALUES (?, ?, ?, ?, ?, ?)"
          : "UPDATE kefu_customer SET version = ?, region = ?, owner_id = ?, tier = ?, body = ? WHERE id = ? AND version = ?";
      add(statements, w, sql, p -> {
        p.setLong(a.version()).setString(customer.region()).setString(customer.owner().map(o -> o.value()).orElse(null))
            .setString(customer.tier().name()).setString(body).setString(a.aggregateId());
        if (!create) {
          p.setLong(w.expectedVersion());
        }
      });
      return () -> json.write(customer, Aggregate.class, body);
    }
    if (a instanceof Ticket ticket) {
      String body = json.write(ticket, Ticket.class);
      String sql = create
          ? "INSERT INTO kefu_ticket (version, customer_id, owner_id, status, kind, opened_at_ns, body, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
          : "UPDATE kefu_ticket SET version = ?, customer_id = ?, owner_id = ?, status = ?, kind = ?, opened_at_ns = ?, body = ?"
              + " WHERE id = ? AND version = ?";
      add(statements, w, sql, p -> {
        p.setLong(a.version()).setString(ticket.customer().value()).setString(ticket.owner().map(o -> o.value()).orElse(null))
            .setString(ticket.status().name()).setString(ticket.kind().name()).setLong(Instants.toNanos(ticket.openedAt()))
            .setString(body).setString(a.aggregateId());
        if (!create) {
          p.setLong(w.expectedVersion());
        }
      });
      return () -> json.write(ticket, Aggregate.class, body);
    }
    String body = json.write(a, Aggregate.class);
    DocumentColumns columns = DocumentColumns.of(a);
    String sql = create
        ? "INSERT INTO kefu_aggregate (version, ref_id, ref2_id, status, at_ns, body, aggregate_type, aggregate_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE kefu_aggregate SET version = ?, ref_id = ?, ref2_id = ?, status = ?, at_ns = ?, body = ?"
            + " WHERE aggregate_type = ? AND aggregate_id = ? AND version = ?";
    add(statements, w, sql, p -> {
      p.setLong(a.version()).setString(columns.ref()).setString(columns.ref2()).setString(columns.status())
          .setLongOrNull(columns.at() == null ? null : Instants.toNanos(columns.at())).setString(body)
          .setString(a.aggregateType()).setString(a.aggregateId());
      if (!create) {
        p.setLong(w.expectedVersion());
      }
    });
    return () -> body;
  }

  /** A create inserts (one that meets a row breaks the key); an update is a compare-and-set on the version. */
  private static void add(UnitStatements statements, AggregateWrite w, String sql, UnitStatements.Binder binder) {
    if (w.expectedVersion() == 0) {
      statements.add(sql, binder);
    } else {
      statements.addCompareAndSet(sql, binder, "stale: " + w.aggregate().aggregateType() + " "
          + w.aggregate().aggregateId() + " is no longer at version " + w.expectedVersion());
    }
  }

  private static void deleteDue(UnitStatements statements, String key) {
    statements.add("DELETE FROM kefu_due WHERE work_key = ?", p -> p.setString(key));
  }

  /**
   * Schedules an item under its key, replacing what was there, with a new token from the sequence
   * drawn inside the insert. PostgreSQL upserts: units scheduling one key queue on its row, and
   * the last replaces the item, as the port says. Elsewhere the key is deleted and inserted; a
   * unit that inserts it after another's delete — both found it absent — loses a race, as on an
   * aggregate (expected absent, found present), so the caller decides again.
   */
  private void schedule(UnitStatements statements, ScheduledWork s, Dialect dialect) {
    String attributes = json.write(s.attributes(), attributesType);
    UnitStatements.Binder values =
        p -> p.setString(s.key()).setString(s.kind()).setLong(Instants.toNanos(s.dueAt())).setString(attributes);
    String insert = "INSERT INTO kefu_due (work_key, kind, due_at_ns, attributes, token) VALUES (?, ?, ?, ?, "
        + dialect.nextToken + ")";
    if (dialect.upsert) {
      statements.add(insert + " ON CONFLICT (work_key) DO UPDATE SET kind = EXCLUDED.kind, due_at_ns = EXCLUDED.due_at_ns,"
          + " attributes = EXCLUDED.attributes, token = EXCLUDED.token, claimed_by = NULL, claimed_until_ns = NULL", values);
      return;
    }
    deleteDue(statements, s.key());
    statements.addRacing(insert, values, new StaleWrite(StaleWrite.DUE_WORK, s.key(), 0, 1));
  }

  /**
   * A unit's events and outbox messages, numbered from the log counter: events take the first
   * numbers as their positions, messages the next as their sequences. The counter's row stays
   * locked until the transaction ends, so numbers are handed out in commit order — a reader never
   * sees a later position before an earlier one commits, and a partition's messages are sequenced
   * as they commit. Every unit with events queues on that row, so it is taken last in the unit.
   */
  private final class Log {
    private final List<DomainEvent> events;
    private final List<OutboxMessage> messages;
    private final List<String> eventBodies = new ArrayList<>();
    private final List<String> messageBodies = new ArrayList<>();

    Log(List<DomainEvent> events, List<OutboxMessage> messages) {
      this.events = events;
      this.messages = messages;
      for (DomainEvent e : events) {
        eventBodies.add(json.write(e, DomainEvent.class));
      }
      for (OutboxMessage m : messages) {
        messageBodies.add(json.write(m, OutboxMessage.class));
      }
    }

    boolean isEmpty() {
      return events.isEmpty() && messages.isEmpty();
    }

    /**
     * PostgreSQL: the counter, the events and the messages in one statement (data-modifying
     * {@code WITH}), sent with the unit's other statements: the counter's row is held from that
     * statement to the commit only — run at once, for no round trip at all.
     *
     * @return the statement's index
     */
    int addTo(UnitStatements statements) {
      int total = events.size() + messages.size();
      String counter = "WITH c AS (UPDATE kefu_counter SET counter_value = counter_value + ? WHERE name = 'log'"
          + " RETURNING counter_value - ? AS base)";
      // run at once, nothing checks the row count before the commit: without the counter's row, abort
      String guard = ", g AS (INSERT INTO kefu_abort (reason) SELECT 'kefu_counter has no row log: call"
          + " JdbcStorage.migrate() first' WHERE NOT EXISTS (SELECT 1 FROM c))";
      StringBuilder sql = new StringBuilder();
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
      return statements.add(counter + sql, counter + guard + sql, p -> {
        p.setLong(total).setLong(total);
        for (int k = 0; k < events.size(); k++) {
          DomainEvent e = events.get(k);
          p.setObject(e.eventId()).setString(e.meta().aggregateType()).setString(e.aggregateId()).setString(e.type())
              .setInt(e.schemaVersion()).setString(eventBodies.get(k));
        }
        for (int k = 0; k < messages.size(); k++) {
          OutboxMessage m = messages.get(k);
          p.setObject(m.id()).setString(m.partitionKey()).setLong(Instants.toNanos(m.createdAt()))
              .setString(messageBodies.get(k));
        }
      });
    }

    /** Checks the row count of {@link #addTo}'s statement: none if the counter's row is missing. */
    void check(int inserted) {
      if (inserted != (messages.isEmpty() ? events.size() : messages.size())) {
        throw new IllegalStateException("kefu_counter has no row 'log': call JdbcStorage.migrate() first");
      }
    }

    /** The portable path: the counter read under a row lock and moved on, then the rows in two batches. */
    void appendApart(Connection c) throws SQLException {
      if (isEmpty()) {
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
  }

  /**
   * Takes {@code n} numbers from the log counter, locking its row until the transaction ends.
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

  /** {@code count} rows of a VALUES list, each numbered from {@code after + 1} and then the placeholders. */
  private static String rows(int count, int after, String placeholders) {
    StringBuilder rows = new StringBuilder();
    for (int k = 1; k <= count; k++) {
      rows.append(k == 1 ? "" : ", ").append('(').append(after + k).append(", ").append(placeholders).append(')');
    }
    return rows.toString();
  }

  /** What made a stale unit stale, besides the races it is known to have lost; see {@link #staleParts(UnitOfWork, List, SQLException)}. */
  private RuntimeException staleParts(UnitOfWork work, List<StaleWrite> races) {
    return staleParts(work, races, null);
  }

  /** What made a unit stale whose insert broke a unique key; see {@link #staleParts(UnitOfWork, List, SQLException)}. */
  private RuntimeException staleParts(UnitOfWork work, SQLException cause) {
    return staleParts(work, List.of(), cause);
  }

  /**
   * What made a unit of work stale, read after its rollback: every aggregate whose stored version
   * is not the one it expected, every completion whose item is gone or under another token, every
   * inbound key already applied, and the races it lost. Versions and tokens only move on, so what
   * was stale stays stale.
   *
   * @param races the due keys it lost races on
   * @param cause the constraint a concurrent insert broke, or null if a compare-and-set found another version
   */
  private RuntimeException staleParts(UnitOfWork work, List<StaleWrite> races, SQLException cause) {
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
      stale.addAll(races);
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

  /** The token of a scheduled item; -1 if nothing is scheduled (so no token, not even 0, matches). */
  private static long token(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT token FROM kefu_due WHERE work_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
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
}
