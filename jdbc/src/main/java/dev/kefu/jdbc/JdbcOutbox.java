package dev.kefu.jdbc;

import dev.kefu.spi.store.ClaimArguments;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The outbox on {@code kefu_outbox}: messages claimed per partition under a lease, each claim with
 * a fencing token; marks checked by token and partition order. Rows are written by the unit of
 * work ({@link JdbcStorage}); this class claims, marks and lists them.
 */
final class JdbcOutbox implements Outbox {

  private final DatabaseAccess db;
  private final JsonCodec json;
  /**
   * A sequence below which no message is pending, nor ever will be: pending messages only leave
   * (delivered, parked), and a new one is numbered after every message committed before it (the
   * log counter hands numbers out in commit order). Queries for pending messages start there, so
   * they step over none of the index entries that delivered messages leave behind until vacuum
   * removes them — under load, hundreds of thousands, read by every claim and every mark.
   * Raised by every {@value #RAISE_FLOOR_EVERY}th claim by default (a floor that lags is as sound, only less
   * tight, and raising it is a round trip of its own); per instance, as each instance finds it.
   */
  private final AtomicLong pendingFloor = new AtomicLong();
  private final AtomicLong claims = new AtomicLong();
  static final int RAISE_FLOOR_EVERY = 8;
  private final int raiseFloorEvery;

  /** @param raiseFloorEvery raise the pending floor at every n-th claim (1: at each) */
  JdbcOutbox(DatabaseAccess db, JsonCodec json, int raiseFloorEvery) {
    this.db = db;
    this.json = json;
    this.raiseFloorEvery = raiseFloorEvery;
  }

  private static final String OUTBOX_COLUMNS =
      "o.sequence, o.status, o.attempts, o.next_attempt_at_ns, o.last_error, o.claim_token, o.body";

  private OutboxEntry outboxEntry(ResultSet rs) throws SQLException {
    return new OutboxEntry(json.read(rs.getString("body"), OutboxMessage.class), rs.getLong("sequence"),
        OutboxEntry.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), Instants.read(rs, "next_attempt_at_ns"),
        Optional.ofNullable(rs.getString("last_error")), rs.getLong("claim_token"));
  }

  @Override
  public List<OutboxEntry> claimBatch(Instant now, int limit, String owner, Duration lease) {
    return claimBatch(now, limit, 1, owner, lease);
  }

  @Override
  public List<OutboxEntry> claimBatch(Instant now, int limit, int perPartition, String owner, Duration lease) {
    ClaimArguments.check(now, limit, perPartition, owner, lease);
    Instant until = now.plus(lease);
    return db.inTransaction(c -> {
      long floor = claims.getAndIncrement() % raiseFloorEvery == 0 ? raiseFloor(c) : pendingFloor.get();
      // 1. the heads: each partition's oldest pending message, if due and not held; the first
      //    `limit` by sequence are enough, since a partition's messages all follow its head
      String lock = db.skipLocked(c) ? " FOR UPDATE SKIP LOCKED" : "";
      long nanos = Instants.toNanos(now);
      List<OutboxEntry> heads = db.dialect(c) == Dialect.POSTGRESQL
          ? outboxRows(c, HEADS_BY_WINDOW + lock, floor, nanos, nanos, limit, PENDING, nanos)
          : outboxRows(c, HEADS + lock, floor, nanos, nanos, floor, limit);
      // 2. behind each head, the due prefix of its queue, at most perPartition in all: one query
      //    for every head's partition, each partition's first perPartition pending messages
      List<OutboxEntry> candidates = new ArrayList<>(heads);
      if (perPartition > 1 && !heads.isEmpty()) {
        Map<String, List<OutboxEntry>> queues = queues(c, heads, perPartition, floor);
        for (OutboxEntry head : heads) {
          int taken = 1;
          for (OutboxEntry e : queues.getOrDefault(head.message().partitionKey(), List.of())) {
            if (e.sequence() <= head.sequence()) {
              continue;
            }
            if (taken == perPartition || e.nextAttemptAt().isAfter(now)) {
              break;
            }
            candidates.add(e);
            taken++;
          }
        }
      }
      // 3. the lowest sequences: per partition a prefix of its queue
      candidates.sort(Comparator.comparingLong(OutboxEntry::sequence));
      Map<String, List<OutboxEntry>> byPartition = new LinkedHashMap<>();
      for (OutboxEntry e : candidates.subList(0, Math.min(limit, candidates.size()))) {
        byPartition.computeIfAbsent(e.message().partitionKey(), k -> new ArrayList<>()).add(e);
      }
      // 4. claim each partition's prefix: its head if it is still as read (another claimer may
      //    have taken the partition meanwhile), then, behind a won head, the messages of the prefix
      List<List<OutboxEntry>> prefixes = new ArrayList<>(byPartition.values());
      if (prefixes.isEmpty()) {
        return List.<OutboxEntry>of();
      }
      Map<Long, Long> taken = db.dialect(c) == Dialect.POSTGRESQL
          ? claimTogether(c, prefixes, owner, now, until)
          : claimApart(c, prefixes, owner, now, until);
      List<OutboxEntry> claimed = new ArrayList<>();
      for (List<OutboxEntry> prefix : prefixes) {
        // a message behind one we could not take stays unreturned; a claim on it lapses with the lease
        for (OutboxEntry e : prefix) {
          Long token = taken.get(e.sequence());
          if (token == null) {
            break;
          }
          claimed.add(claimedEntry(e, token));
        }
      }
      claimed.sort(Comparator.comparingLong(OutboxEntry::sequence));
      return Collections.unmodifiableList(claimed);
    });
  }

  /**
   * Claims the prefixes the portable way, each kind of update in one batch (one round trip): the
   * heads' updates name the tokens they were read with; then older claims behind the won heads
   * end; then the messages behind them are claimed.
   *
   * @return the new token of each message claimed, by sequence
   */
  private Map<Long, Long> claimApart(Connection c, List<List<OutboxEntry>> prefixes, String owner, Instant now,
      Instant until) throws SQLException {
    int size = 0;
    for (List<OutboxEntry> prefix : prefixes) {
      size += prefix.size();
    }
    Iterator<Long> tokens = db.newTokens(c, size).iterator();
    List<List<Long>> prefixTokens = new ArrayList<>();
    for (List<OutboxEntry> prefix : prefixes) {
      List<Long> drawn = new ArrayList<>(prefix.size());
      prefix.forEach(e -> drawn.add(tokens.next()));
      prefixTokens.add(drawn);
    }
    int[] headsTaken = batch(c, "UPDATE kefu_outbox SET claim_token = ?, claimed_by = ?, claimed_until_ns = ? WHERE sequence = ?"
        + " AND claim_token = ? AND status = 'PENDING' AND next_attempt_at_ns <= ?"
        + " AND (claimed_until_ns IS NULL OR claimed_until_ns <= ?)", prefixes.size(), (ps, p) -> {
          OutboxEntry head = prefixes.get(p).get(0);
          ps.setLong(1, prefixTokens.get(p).get(0));
          ps.setString(2, owner);
          ps.setLong(3, Instants.toNanos(until));
          ps.setLong(4, head.sequence());
          ps.setLong(5, head.claimToken());
          ps.setLong(6, Instants.toNanos(now));
          ps.setLong(7, Instants.toNanos(now));
        });
    Map<Long, Long> taken = new HashMap<>();
    List<Integer> won = new ArrayList<>();
    for (int p = 0; p < headsTaken.length; p++) {
      if (headsTaken[p] == 1) {
        won.add(p);
        taken.put(prefixes.get(p).get(0).sequence(), prefixTokens.get(p).get(0));
      }
    }
    // the partitions are ours: end older claims on the messages behind their heads
    batch(c, "UPDATE kefu_outbox SET claimed_by = NULL, claimed_until_ns = NULL WHERE partition_key = ?"
        + " AND status = 'PENDING' AND sequence > ? AND claimed_until_ns IS NOT NULL", won.size(), (ps, w) -> {
          OutboxEntry head = prefixes.get(won.get(w)).get(0);
          ps.setString(1, head.message().partitionKey());
          ps.setLong(2, head.sequence());
        });
    List<int[]> behind = new ArrayList<>(); // (partition, index in its prefix) of each update below
    for (int p : won) {
      for (int i = 1; i < prefixes.get(p).size(); i++) {
        behind.add(new int[] {p, i});
      }
    }
    int[] behindTaken = batch(c, "UPDATE kefu_outbox SET claim_token = ?, claimed_by = ?, claimed_until_ns = ? WHERE sequence = ?"
        + " AND claim_token = ? AND status = 'PENDING'", behind.size(), (ps, b) -> {
          OutboxEntry e = prefixes.get(behind.get(b)[0]).get(behind.get(b)[1]);
          ps.setLong(1, prefixTokens.get(behind.get(b)[0]).get(behind.get(b)[1]));
          ps.setString(2, owner);
          ps.setLong(3, Instants.toNanos(until));
          ps.setLong(4, e.sequence());
          ps.setLong(5, e.claimToken());
        });
    for (int b = 0; b < behindTaken.length; b++) {
      if (behindTaken[b] == 1) {
        taken.put(prefixes.get(behind.get(b)[0]).get(behind.get(b)[1]).sequence(),
            prefixTokens.get(behind.get(b)[0]).get(behind.get(b)[1]));
      }
    }
    return taken;
  }

  /**
   * PostgreSQL: {@link #claimApart}'s updates as one statement over arrays, the tokens drawn by
   * the updates themselves — one round trip and three statement executions a claim, where the
   * batches took one execution a message (a quarter of all statements under load). Data-modifying
   * {@code WITH}: the parts see one snapshot and touch disjoint rows — the heads; the messages
   * behind won heads that another, older claim holds, prefixes excepted; the prefixes behind won
   * heads, each still with the token it was read with.
   *
   * @return the new token of each message claimed, by sequence
   */
  private static Map<Long, Long> claimTogether(Connection c, List<List<OutboxEntry>> prefixes, String owner, Instant now,
      Instant until) throws SQLException {
    List<Long> heads = new ArrayList<>();
    List<Long> headTokens = new ArrayList<>();
    List<Long> behind = new ArrayList<>();
    List<Long> behindTokens = new ArrayList<>();
    List<Long> behindHeads = new ArrayList<>();
    for (List<OutboxEntry> prefix : prefixes) {
      OutboxEntry head = prefix.get(0);
      heads.add(head.sequence());
      headTokens.add(head.claimToken());
      for (OutboxEntry e : prefix.subList(1, prefix.size())) {
        behind.add(e.sequence());
        behindTokens.add(e.claimToken());
        behindHeads.add(head.sequence());
      }
    }
    java.sql.Array headArray = bigints(c, heads);
    java.sql.Array behindArray = bigints(c, behind);
    long nanosUntil = Instants.toNanos(until);
    long nanosNow = Instants.toNanos(now);
    try (PreparedStatement ps = bound(c.prepareStatement(CLAIM_TOGETHER),
        owner, nanosUntil, headArray, bigints(c, headTokens), headArray, PENDING, nanosNow, nanosNow,
        PENDING, behindArray,
        owner, nanosUntil, behindArray, bigints(c, behindTokens), behindArray, PENDING, bigints(c, behindHeads), behindArray);
        ResultSet rs = ps.executeQuery()) {
      Map<Long, Long> taken = new HashMap<>();
      while (rs.next()) {
        taken.put(rs.getLong(1), rs.getLong(2));
      }
      return taken;
    }
  }

  /**
   * The status of the messages the statements over arrays update, bound as a parameter rather than
   * written as a literal: a generic plan can then not read the table through a partial index of
   * pending messages, which before statistics looks so small that a plan scans it whole (every
   * pending message) rather than go to the rows by address.
   */
  private static final String PENDING = OutboxEntry.Status.PENDING.name();

  /**
   * The rows of the messages whose sequences an array parameter holds, found one by one through
   * the primary key, as row addresses: the statements over arrays update {@code WHERE ctid =
   * ANY(…)}. Asked as {@code sequence = ANY(…)} or as a join with the array, a plan made before the
   * table has statistics may scan an index whole instead, and so read every pending message.
   */
  private static final String ROWS_OF_SEQUENCES =
      "o.ctid = ANY(ARRAY(SELECT (SELECT x.ctid FROM kefu_outbox x WHERE x.sequence = m.s) FROM unnest(?::bigint[]) AS m(s)))";

  /**
   * {@link #claimTogether}'s statement. Each part finds its rows by address ({@link
   * #ROWS_OF_SEQUENCES}; the ended claims through the partition index, partition by partition),
   * checks their status against {@link #PENDING}, and looks a row's token up in the array beside
   * its sequence ({@code array_position}). So some arrays are bound twice.
   */
  static final String CLAIM_TOGETHER = "WITH h AS (UPDATE kefu_outbox o SET claim_token = nextval('kefu_token_seq'),"
      + " claimed_by = ?, claimed_until_ns = ? WHERE " + ROWS_OF_SEQUENCES
      + " AND o.claim_token = (?::bigint[])[array_position(?::bigint[], o.sequence)] AND o.status = ?"
      + " AND o.next_attempt_at_ns <= ? AND (o.claimed_until_ns IS NULL OR o.claimed_until_ns <= ?)"
      + " RETURNING o.sequence, o.partition_key, o.claim_token),"
      + " r AS (UPDATE kefu_outbox o SET claimed_by = NULL, claimed_until_ns = NULL WHERE o.ctid = ANY(ARRAY(SELECT"
      + " unnest(ARRAY(SELECT x.ctid FROM kefu_outbox x WHERE x.partition_key = h.partition_key AND x.status = 'PENDING'"
      + " AND x.sequence > h.sequence AND x.claimed_until_ns IS NOT NULL)) FROM h))"
      + " AND o.status = ? AND o.claimed_until_ns IS NOT NULL AND o.sequence <> ALL(?::bigint[])),"
      + " b AS (UPDATE kefu_outbox o SET claim_token = nextval('kefu_token_seq'), claimed_by = ?, claimed_until_ns = ?"
      + " WHERE " + ROWS_OF_SEQUENCES + " AND o.claim_token = (?::bigint[])[array_position(?::bigint[], o.sequence)]"
      + " AND o.status = ? AND (?::bigint[])[array_position(?::bigint[], o.sequence)] IN (SELECT h.sequence FROM h)"
      + " RETURNING o.sequence, o.claim_token)"
      + " SELECT sequence, claim_token FROM h UNION ALL SELECT sequence, claim_token FROM b";

  /** A statement with its parameters bound in order: arrays as arrays, the rest as objects. */
  private static PreparedStatement bound(PreparedStatement ps, Object... parameters) throws SQLException {
    try {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] instanceof java.sql.Array array) {
          ps.setArray(i + 1, array);
        } else {
          ps.setObject(i + 1, parameters[i]);
        }
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private static java.sql.Array bigints(Connection c, List<Long> values) throws SQLException {
    return c.createArrayOf("bigint", values.toArray(new Long[0]));
  }

  /**
   * Marks one message delivered if its claim holds — the token is its current one, it is pending
   * and under a claim, no older message of its partition is pending — and ends the claim on it.
   * One statement: a mark is the commonest write after a unit of work.
   */
  /**
   * The id of the first pending message of {@code o}'s partition, from the floor (its one
   * parameter) on: {@code o} is pending and no older message of its partition is, exactly when
   * {@code o.id} equals it. Asked this way — the partition's first entry in order — every plan
   * reads the partition's index from the floor to its first live entry; asked as "does no pending
   * message of the partition come before {@code o}?", plans made from statistics taken while few
   * messages were pending read all pending messages from the floor on (1.3 ms a claim's heads,
   * 0.17 ms a mark, at 100,000 tickets). The id, not the sequence: with the sequence alone the
   * index holds all the subquery needs, and PostgreSQL answers it by an index-only scan, which
   * does not mark the entries of delivered messages dead as it passes them (a plain index scan
   * does); every heads query then went to the table for each of them again, some 160 a partition
   * between two visits of autovacuum (12 ms a heads query at 100,000 tickets).
   */
  private static final String FIRST_PENDING_OF_PARTITION = "(SELECT e.id FROM kefu_outbox e"
      + " WHERE e.partition_key = o.partition_key AND e.status = 'PENDING' AND e.sequence >= ?"
      + " ORDER BY e.sequence FETCH FIRST 1 ROWS ONLY)";

  /**
   * The heads of a claim, the portable way (PostgreSQL takes {@link #HEADS_BY_WINDOW}): each
   * pending message from the floor on, due and free, that is its partition's first. Parameters:
   * floor, now, now, floor, limit.
   */
  static final String HEADS = "SELECT " + OUTBOX_COLUMNS + " FROM kefu_outbox o WHERE o.status = 'PENDING' AND o.sequence >= ?"
      + " AND o.next_attempt_at_ns <= ? AND (o.claimed_until_ns IS NULL OR o.claimed_until_ns <= ?)"
      + " AND o.id = " + FIRST_PENDING_OF_PARTITION + " ORDER BY o.sequence FETCH FIRST ? ROWS ONLY";

  /**
   * PostgreSQL: {@link #HEADS} with one pass over the pending messages. {@link #HEADS} asks, for
   * each pending message it passes that nobody holds, whether it is its partition's first — an
   * index look-up each, through the entries that delivered messages leave behind, and under load
   * most pending messages wait behind a partition's head that another instance holds (8 ms a
   * claim at 100,000 tickets). Here the pending messages from the floor on are read once and
   * numbered within their partition; the first of each, if due and not held, is a head, and the
   * heads are then read and locked by their address. Parameters: floor, now, now, limit, the
   * pending status (bound: see {@link #PENDING}), now.
   */
  static final String HEADS_BY_WINDOW = "SELECT " + OUTBOX_COLUMNS + " FROM kefu_outbox o WHERE o.ctid = ANY(ARRAY("
      + "SELECT w.ctid FROM (SELECT ctid, sequence, next_attempt_at_ns, claimed_until_ns,"
      + " ROW_NUMBER() OVER (PARTITION BY partition_key ORDER BY sequence) AS rn"
      + " FROM kefu_outbox WHERE status = 'PENDING' AND sequence >= ?) w"
      + " WHERE w.rn = 1 AND w.next_attempt_at_ns <= ? AND (w.claimed_until_ns IS NULL OR w.claimed_until_ns <= ?)"
      + " ORDER BY w.sequence FETCH FIRST ? ROWS ONLY))"
      + " AND o.status = ? AND (o.claimed_until_ns IS NULL OR o.claimed_until_ns <= ?) ORDER BY o.sequence";

  private static final String DELIVER = deliver("o.sequence = ? AND o.id = ?");

  /**
   * {@link #DELIVER}, the message named by a condition that finds it by its sequence. By its
   * sequence, a message is one index look-up whichever index a plan takes (the primary key, or on
   * PostgreSQL the partial index of pending messages); by its id alone, a plan made while few
   * messages were pending read the whole pending index and filtered it by id.
   */
  private static String deliver(String message) {
    return "UPDATE kefu_outbox o SET status = 'DELIVERED', claimed_by = NULL,"
        + " claimed_until_ns = NULL WHERE " + message + " AND o.claim_token = ? AND o.status = 'PENDING'"
        + " AND o.claimed_until_ns IS NOT NULL AND o.id = " + FIRST_PENDING_OF_PARTITION;
  }

  /** {@link #DELIVER} for a message known by its id only. */
  private static final String DELIVER_BY_ID = deliver("o.sequence = (SELECT s.sequence FROM kefu_outbox s WHERE s.id = ?)");

  @Override
  public boolean markDelivered(UUID id, long claimToken) {
    Objects.requireNonNull(id, "id");
    if (claimToken == 0) {
      return false;
    }
    return db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(DELIVER_BY_ID)) {
        ps.setObject(1, id);
        ps.setLong(2, claimToken);
        ps.setLong(3, pendingFloor.get());
        return ps.executeUpdate() == 1;
      }
    });
  }

  /**
   * The marks as one batch of {@link #DELIVER} statements, in the given order and sent together
   * (each commits as it runs, as the port allows): each sees the marks before it, so a
   * partition's prefix is marked in one call.
   */
  @Override
  public int markDelivered(List<OutboxEntry> claimed) {
    for (OutboxEntry e : claimed) {
      Objects.requireNonNull(e, "claimed entry");
    }
    List<OutboxEntry> held = claimed.stream().filter(e -> e.claimToken() != 0).toList();
    if (held.isEmpty()) {
      return 0;
    }
    return db.write(c -> {
      if (db.dialect(c) == Dialect.POSTGRESQL && inPartitionOrder(held)) {
        return deliverTogether(c, held);
      }
      try (PreparedStatement ps = c.prepareStatement(DELIVER)) {
        for (OutboxEntry e : held) {
          ps.setLong(1, e.sequence());
          ps.setObject(2, e.message().id());
          ps.setLong(3, e.claimToken());
          ps.setLong(4, pendingFloor.get());
          ps.addBatch();
        }
        int marked = 0;
        for (int count : ps.executeBatch()) {
          marked += count == 1 ? 1 : 0;
        }
        return marked;
      }
    });
  }

  /**
   * Whether each partition's entries come in rising sequence, as a claim hands them out: then
   * marking them one by one in the list's order marks exactly those whose claim holds and whose
   * older pending messages of the partition are all in the list with a claim that holds — what
   * {@link #deliverTogether} asks of each at once. Another order (or an entry twice) is marked
   * one by one.
   */
  private static boolean inPartitionOrder(List<OutboxEntry> entries) {
    Map<String, Long> last = new HashMap<>();
    for (OutboxEntry e : entries) {
      Long before = last.put(e.message().partitionKey(), e.sequence());
      if (before != null && before >= e.sequence()) {
        return false;
      }
    }
    return true;
  }

  /**
   * PostgreSQL: the marks of entries in partition order as one statement over arrays, where a
   * batch of {@link #DELIVER} took one execution each (as many as all the claims' updates). A
   * message is marked if its claim holds and every older pending message of its partition is
   * marked with it: is in the list with a claim that holds.
   */
  private int deliverTogether(Connection c, List<OutboxEntry> held) throws SQLException {
    java.sql.Array sequenceArray = bigints(c, held.stream().map(OutboxEntry::sequence).toList());
    java.sql.Array idArray = c.createArrayOf("uuid", held.stream().map(e -> e.message().id()).toArray(UUID[]::new));
    java.sql.Array tokenArray = bigints(c, held.stream().map(OutboxEntry::claimToken).toList());
    java.sql.Array partitions = c.createArrayOf("varchar",
        held.stream().map(e -> e.message().partitionKey()).distinct().toArray(String[]::new));
    try (PreparedStatement ps = bound(c.prepareStatement(DELIVER_TOGETHER), pendingFloor.get(), tokenArray, sequenceArray,
        idArray, sequenceArray, partitions, sequenceArray, idArray, sequenceArray, tokenArray, sequenceArray, PENDING)) {
      return ps.executeUpdate();
    }
  }

  /**
   * {@link #deliverTogether}'s statement. First, once for each partition of the list, where its
   * marks must stop: its first pending message, from the floor on, that the list does not mark
   * with a claim that holds. Then the messages found by address ({@link #ROWS_OF_SEQUENCES}), their
   * status checked against {@link #PENDING}, each's id and token looked up beside its sequence,
   * are marked if they come before their partition's stop. (Asked for each message — "is there
   * such a message before this one?" — a prefix of n messages read n(n+1)/2 index entries.)
   */
  static final String DELIVER_TOGETHER = "WITH stops AS MATERIALIZED (SELECT k.p AS partition_key,"
      + " (SELECT e.sequence FROM kefu_outbox e WHERE e.partition_key = k.p AND e.status = 'PENDING' AND e.sequence >= ?"
      + " AND (e.claimed_until_ns IS NULL OR e.claim_token IS DISTINCT FROM (?::bigint[])[array_position(?::bigint[], e.sequence)]"
      + " OR e.id IS DISTINCT FROM (?::uuid[])[array_position(?::bigint[], e.sequence)])"
      + " ORDER BY e.sequence FETCH FIRST 1 ROWS ONLY) AS stop FROM unnest(?::varchar[]) AS k(p))"
      + " UPDATE kefu_outbox o SET status = 'DELIVERED', claimed_by = NULL, claimed_until_ns = NULL WHERE " + ROWS_OF_SEQUENCES
      + " AND o.id = (?::uuid[])[array_position(?::bigint[], o.sequence)]"
      + " AND o.claim_token = (?::bigint[])[array_position(?::bigint[], o.sequence)] AND o.status = ?"
      + " AND o.claimed_until_ns IS NOT NULL"
      + " AND o.sequence < COALESCE((SELECT s.stop FROM stops s WHERE s.partition_key = o.partition_key), " + Long.MAX_VALUE + ")";

  @Override
  public boolean markFailed(UUID id, long claimToken, Instant retryAt, String error) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(retryAt, "retryAt");
    Objects.requireNonNull(error, "error");
    return db.inTransaction(c -> mark(c, id, claimToken, OutboxEntry.Status.PENDING, retryAt, error));
  }

  @Override
  public boolean park(UUID id, long claimToken, String error) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(error, "error");
    return db.inTransaction(c -> mark(c, id, claimToken, OutboxEntry.Status.DEAD, null, error));
  }

  /**
   * Marks a message failed or dead if its claim holds: the token is its current one, it is
   * pending and still under a claim, and no older message of its partition is pending. Dead ends
   * the claim on it and keeps the claim on those behind it; failed (PENDING again, with a retry
   * time) ends the claim on its whole partition. (Delivered is {@link #DELIVER}, one statement.)
   */
  private boolean mark(Connection c, UUID id, long claimToken, OutboxEntry.Status status, Instant retryAt, String error)
      throws SQLException {
    if (claimToken == 0) {
      return false;
    }
    long sequence;
    String partition;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT sequence, partition_key, status, claim_token, claimed_until_ns FROM kefu_outbox WHERE id = ? FOR UPDATE")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getLong("claim_token") != claimToken || !"PENDING".equals(rs.getString("status"))
            || rs.getObject("claimed_until_ns") == null) {
          return false;
        }
        sequence = rs.getLong("sequence");
        partition = rs.getString("partition_key");
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM kefu_outbox WHERE partition_key = ? AND status = 'PENDING' AND sequence >= ? AND sequence < ?"
            + " FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, partition);
      ps.setLong(2, pendingFloor.get());
      ps.setLong(3, sequence);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return false; // an older message of its partition is still pending
        }
      }
    }
    if (status == OutboxEntry.Status.DEAD) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE kefu_outbox SET status = 'DEAD', attempts = attempts + 1, last_error = ?, claimed_by = NULL,"
              + " claimed_until_ns = NULL WHERE sequence = ?")) {
        ps.setString(1, error);
        ps.setLong(2, sequence);
        ps.executeUpdate();
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE kefu_outbox SET attempts = attempts + 1, next_attempt_at_ns = ?, last_error = ? WHERE sequence = ?")) {
        ps.setLong(1, Instants.toNanos(retryAt));
        ps.setString(2, error);
        ps.setLong(3, sequence);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE kefu_outbox SET claimed_by = NULL, claimed_until_ns = NULL WHERE partition_key = ? AND status = 'PENDING'")) {
        ps.setString(1, partition);
        ps.executeUpdate();
      }
    }
    return true;
  }

  /** Binds the {@code n}-th statement of a batch. */
  @FunctionalInterface
  private interface BatchBinder {
    void bind(PreparedStatement ps, int n) throws SQLException;
  }

  /** Runs {@code size} statements of one SQL as one batch (one round trip); their row counts. */
  private static int[] batch(Connection c, String sql, int size, BatchBinder binder) throws SQLException {
    if (size == 0) {
      return new int[0];
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int n = 0; n < size; n++) {
        binder.bind(ps, n);
        ps.addBatch();
      }
      return ps.executeBatch();
    }
  }

  /**
   * Raises {@link #pendingFloor} to the lowest pending sequence, or past the last message if none
   * is pending. Sound on a statement's snapshot: a message it does not see committed after every
   * message it sees, so was numbered after them all.
   *
   * @return the floor
   */
  private long raiseFloor(Connection c) throws SQLException {
    long floor = pendingFloor.get();
    try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT MIN(sequence) FROM kefu_outbox"
        + " WHERE status = 'PENDING' AND sequence >= ?), (SELECT MAX(sequence) FROM kefu_outbox)")) {
      ps.setLong(1, floor);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long lowestPending = rs.getLong(1);
        boolean nonePending = rs.wasNull();
        long last = rs.getLong(2);
        return pendingFloor.accumulateAndGet(nonePending ? last + 1 : lowestPending, Math::max);
      }
    }
  }

  private OutboxEntry claimedEntry(OutboxEntry read, long token) {
    return new OutboxEntry(read.message(), read.sequence(), OutboxEntry.Status.PENDING, read.attempts(),
        read.nextAttemptAt(), read.lastError(), token);
  }

  /** The first {@code perPartition} pending messages of each head's partition, by sequence. */
  private Map<String, List<OutboxEntry>> queues(Connection c, List<OutboxEntry> heads, int perPartition, long floor)
      throws SQLException {
    StringBuilder in = new StringBuilder();
    List<Object> params = new ArrayList<>();
    params.add(floor);
    for (OutboxEntry head : heads) {
      in.append(params.size() == 1 ? "?" : ", ?");
      params.add(head.message().partitionKey());
    }
    params.add(perPartition);
    List<OutboxEntry> rows = outboxRows(c, "SELECT " + OUTBOX_COLUMNS.replace("o.", "q.") + " FROM (SELECT "
        + OUTBOX_COLUMNS + ", ROW_NUMBER() OVER (PARTITION BY o.partition_key ORDER BY o.sequence) AS rn"
        + " FROM kefu_outbox o WHERE o.status = 'PENDING' AND o.sequence >= ? AND o.partition_key IN (" + in + ")) q"
        + " WHERE q.rn <= ?"
        + " ORDER BY q.sequence", params.toArray());
    Map<String, List<OutboxEntry>> queues = new LinkedHashMap<>();
    for (OutboxEntry e : rows) {
      queues.computeIfAbsent(e.message().partitionKey(), k -> new ArrayList<>()).add(e);
    }
    return queues;
  }

  private List<OutboxEntry> outboxRows(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = bound(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
      List<OutboxEntry> found = new ArrayList<>();
      while (rs.next()) {
        found.add(outboxEntry(rs));
      }
      return found;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The status is written into the SQL as a literal (one of the enum's three names), so that
   * PostgreSQL may use the partial index of pending or of dead messages.
   */
  @Override
  public Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(page, "page");
    String ofStatus = " WHERE status = '" + status.name() + "'";
    return db.read(c -> {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kefu_outbox" + ofStatus)) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT sequence, status, attempts, next_attempt_at_ns, last_error, claim_token, body FROM kefu_outbox"
              + ofStatus + " ORDER BY sequence OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
        ps.setInt(1, page.offset());
        ps.setInt(2, page.limit());
        try (ResultSet rs = ps.executeQuery()) {
          List<OutboxEntry> found = new ArrayList<>();
          while (rs.next()) {
            found.add(outboxEntry(rs));
          }
          return new Page<>(found, total, page);
        }
      }
    });
  }
}
