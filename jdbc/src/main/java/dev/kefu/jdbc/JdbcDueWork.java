package dev.kefu.jdbc;

import dev.kefu.spi.store.ClaimArguments;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.DueWork;
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
import java.util.Optional;

/**
 * Due work on {@code kefu_due}: items claimed under a lease with a fencing token, along the
 * storage's claim path. Items are scheduled, cancelled and completed by the unit of work
 * ({@link JdbcStorage}); this class claims and reads them.
 */
final class JdbcDueWork implements DueWork {

  /** How often a portable claim reads again when competing claimers took some of its candidates. */
  static final int CLAIM_ROUNDS = 4;

  private final DatabaseAccess db;
  private final JsonCodec json;
  private final Type attributes;

  JdbcDueWork(DatabaseAccess db, JsonCodec json, Type attributes) {
    this.db = db;
    this.json = json;
    this.attributes = attributes;
  }

  @Override
  public List<DueItem> claim(Instant now, int limit, String owner, Duration lease) {
    ClaimArguments.check(now, limit, owner, lease);
    Instant until = now.plus(lease);
    if (db.claimsInOneStatement()) {
      return db.write(c -> claimInOneStatement(c, now, limit, owner, until));
    }
    return db.inTransaction(c -> {
      boolean skipLocked = db.skipLocked(c);
      List<DueItem> claimed = new ArrayList<>();
      // portable path: a candidate that another claimer took between our read and our update is
      // passed over; read again while that left us short
      for (int round = 0; round < CLAIM_ROUNDS && claimed.size() < limit; round++) {
        List<DueItem> candidates = dueCandidates(c, now, limit - claimed.size(), skipLocked);
        int lost = 0;
        for (DueItem item : candidates) {
          long token = db.newToken(c);
          try (PreparedStatement ps = c.prepareStatement(
              "UPDATE kefu_due SET token = ?, claimed_by = ?, claimed_until_ns = ? WHERE work_key = ? AND token = ?")) {
            ps.setLong(1, token);
            ps.setString(2, owner);
            ps.setLong(3, Instants.toNanos(until));
            ps.setString(4, item.key());
            ps.setLong(5, item.token());
            if (ps.executeUpdate() == 1) {
              claimed.add(new DueItem(item.key(), item.kind(), item.dueAt(), item.attributes(), token,
                  Optional.of(owner), Optional.of(until)));
            } else {
              lost++;
            }
          }
        }
        if (lost == 0 || candidates.isEmpty()) {
          break;
        }
      }
      claimed.sort(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::key));
      return List.copyOf(claimed);
    });
  }

  /**
   * PostgreSQL: the due items locked (skipping those another claimer holds), claimed and returned
   * by one statement, in auto-commit mode, each with a new token from the sequence.
   *
   * <p>The locked rows are updated by their row address ({@code ctid}), which cannot move while
   * this statement holds their locks: a TID scan, whatever the planner believes about the table.
   * Joined back by key instead, it planned a hash join over a sequential scan of the whole table
   * whenever its statistics lagged behind the churn of due work (under load, most claims),
   * reading every dead row version since the last vacuum.
   *
   * <p>The instant is compared as a sub-select, {@code (SELECT ?)}, which the planner cannot look
   * into: given the value, it estimated {@code due_at_ns <= now} from the index's actual lowest
   * entry, and under load reached it by walking the entries of claimed and completed items that no
   * transaction may yet forget — 1 ms of planning at every claim at 100,000 tickets, more than
   * the claim took to run. Unseen, the value gets the default estimate, custom and generic plans
   * cost the same, and PostgreSQL keeps the generic one: no planning at all.
   */
  static final String CLAIM = "UPDATE kefu_due SET token = " + Dialect.POSTGRESQL.nextToken + ", claimed_by = ?, claimed_until_ns = ?"
      + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM kefu_due"
      + " WHERE due_at_ns <= (SELECT ?::bigint) AND (claimed_until_ns IS NULL OR claimed_until_ns <= (SELECT ?::bigint))"
      + " ORDER BY due_at_ns, work_key FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED))"
      + " RETURNING work_key, kind, due_at_ns, token, attributes";

  private List<DueItem> claimInOneStatement(Connection c, Instant now, int limit, String owner, Instant until)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
      ps.setString(1, owner);
      ps.setLong(2, Instants.toNanos(until));
      ps.setLong(3, Instants.toNanos(now));
      ps.setLong(4, Instants.toNanos(now));
      ps.setInt(5, limit);
      List<DueItem> claimed = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          claimed.add(dueItem(rs, Optional.of(owner), Optional.of(until)));
        }
      }
      claimed.sort(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::key));
      return List.copyOf(claimed);
    }
  }

  /** A row of {@code work_key, kind, due_at_ns, token, attributes}, as a due item under the given claim. */
  @SuppressWarnings("unchecked")
  private DueItem dueItem(ResultSet rs, Optional<String> claimedBy, Optional<Instant> claimedUntil) throws SQLException {
    return new DueItem(rs.getString("work_key"), rs.getString("kind"), Instants.read(rs, "due_at_ns"),
        (Map<String, String>) json.read(rs.getString("attributes"), attributes), rs.getLong("token"), claimedBy,
        claimedUntil);
  }

  /** Items due at {@code now}, unclaimed or lapsed, by (due time, key); locked and skipping locked rows if asked. */
  private List<DueItem> dueCandidates(Connection c, Instant now, int limit, boolean skipLocked) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT work_key, kind, due_at_ns, token, attributes FROM kefu_due"
            + " WHERE due_at_ns <= ? AND (claimed_until_ns IS NULL OR claimed_until_ns <= ?)"
            + " ORDER BY due_at_ns, work_key FETCH FIRST ? ROWS ONLY" + (skipLocked ? " FOR UPDATE SKIP LOCKED" : ""))) {
      ps.setLong(1, Instants.toNanos(now));
      ps.setLong(2, Instants.toNanos(now));
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<DueItem> found = new ArrayList<>();
        while (rs.next()) {
          found.add(dueItem(rs, Optional.empty(), Optional.empty()));
        }
        return found;
      }
    }
  }

  @Override
  public Optional<Instant> nextDueAt() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT MIN(CASE WHEN claimed_until_ns IS NOT NULL AND claimed_until_ns > due_at_ns THEN claimed_until_ns ELSE due_at_ns END)"
              + " FROM kefu_due");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        long min = rs.getLong(1);
        return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instants.fromNanos(min));
      }
    });
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<DueItem> scheduled(String key) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT kind, due_at_ns, token, claimed_by, claimed_until_ns, attributes FROM kefu_due WHERE work_key = ?")) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new DueItem(key, rs.getString("kind"), Instants.read(rs, "due_at_ns"),
              (Map<String, String>) json.read(rs.getString("attributes"), attributes), rs.getLong("token"),
              Optional.ofNullable(rs.getString("claimed_by")), Optional.ofNullable(Instants.read(rs, "claimed_until_ns"))));
        }
      }
    });
  }
}
