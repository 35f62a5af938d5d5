package dev.kefu.memory;

import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The outbox of an {@link InMemoryStorage}: every entry by sequence (sequences count from 1, so
 * a list holds them), a first-in-first-out queue of pending sequences per partition, and the set
 * of partition heads in sequence order. A claim walks the heads only, never the pending messages
 * behind them, so handing out {@code k} messages costs O(k log p) for {@code p} partitions, plus
 * the heads that are held or waiting for a retry.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class OutboxQueues {

  /** A claim on a message: in force until {@code until}. */
  private record Claim(String owner, Instant until) {}

  /** Pending sequences of one partition, oldest first. */
  private static final class Queue {
    private long[] sequences = new long[4];
    private int head;
    private int size;

    void add(long sequence) {
      if (size == sequences.length) {
        long[] bigger = new long[sequences.length * 2];
        for (int i = 0; i < size; i++) {
          bigger[i] = sequences[(head + i) % sequences.length];
        }
        sequences = bigger;
        head = 0;
      }
      sequences[(head + size++) % sequences.length] = sequence;
    }

    long first() {
      return sequences[head];
    }

    void removeFirst() {
      head = (head + 1) % sequences.length;
      size--;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }

  private final List<OutboxEntry> entries = new ArrayList<>();
  private final Map<String, Queue> pending = new HashMap<>();
  private final TreeSet<Long> heads = new TreeSet<>();
  private final Map<Long, Claim> claims = new HashMap<>();
  /** Sequences of the pending messages that were claimed at least once: only they can be marked. */
  private final Map<UUID, Long> claimedById = new HashMap<>();
  private final int[] byStatus = new int[OutboxEntry.Status.values().length];

  private OutboxEntry entry(long sequence) {
    return entries.get((int) (sequence - 1));
  }

  private void replace(OutboxEntry e) {
    OutboxEntry old = entries.set((int) (e.sequence() - 1), e);
    byStatus[old.status().ordinal()]--;
    byStatus[e.status().ordinal()]++;
  }

  /**
   * Adds a committed message, pending and never attempted.
   *
   * @param m the message
   */
  void add(OutboxMessage m) {
    long sequence = entries.size() + 1L;
    entries.add(new OutboxEntry(m, sequence, OutboxEntry.Status.PENDING, 0, m.createdAt(), Optional.empty(), 0));
    byStatus[OutboxEntry.Status.PENDING.ordinal()]++;
    Queue q = pending.computeIfAbsent(m.partitionKey(), k -> new Queue());
    if (q.isEmpty()) {
      heads.add(sequence);
    }
    q.add(sequence);
  }

  /**
   * Claims the head of each partition that is due and not held, by sequence.
   *
   * @param now the time
   * @param limit the most messages
   * @param owner the claimer
   * @param until when the claims lapse
   * @param tokens issues claim tokens
   * @return the claimed entries
   */
  List<OutboxEntry> claim(Instant now, int limit, String owner, Instant until, LongSupplier tokens) {
    List<OutboxEntry> claimed = new ArrayList<>(Math.min(limit, heads.size()));
    for (Iterator<Long> it = heads.iterator(); it.hasNext() && claimed.size() < limit; ) {
      long sequence = it.next();
      OutboxEntry e = entry(sequence);
      Claim claim = claims.get(sequence);
      if ((claim != null && now.isBefore(claim.until())) || e.nextAttemptAt().isAfter(now)) {
        continue; // held by someone, or waiting for its retry: its partition waits too
      }
      OutboxEntry c = new OutboxEntry(e.message(), sequence, e.status(), e.attempts(), e.nextAttemptAt(), e.lastError(),
          tokens.getAsLong());
      replace(c);
      claims.put(sequence, new Claim(owner, until));
      claimedById.put(e.message().id(), sequence);
      claimed.add(c);
    }
    return claimed;
  }

  /**
   * Changes a claimed, pending message if the token is its current one.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @param change the new state
   * @return whether it changed
   */
  boolean mark(UUID id, long claimToken, UnaryOperator<OutboxEntry> change) {
    Long sequence = claimedById.get(id);
    if (sequence == null || claimToken == 0) {
      return false;
    }
    OutboxEntry e = entry(sequence);
    if (e.claimToken() != claimToken || e.status() != OutboxEntry.Status.PENDING) {
      return false;
    }
    OutboxEntry changed = change.apply(e);
    replace(changed);
    claims.remove(sequence);
    if (changed.status() != OutboxEntry.Status.PENDING) {
      claimedById.remove(id);
      // only a partition's head is ever claimed, so this is the head: the next one moves up
      String partition = e.message().partitionKey();
      Queue q = pending.get(partition);
      if (q.first() != sequence) {
        throw new IllegalStateException("outbox message " + sequence + " was claimed but is not its partition's head");
      }
      q.removeFirst();
      heads.remove(sequence);
      if (q.isEmpty()) {
        pending.remove(partition);
      } else {
        heads.add(q.first());
      }
    }
    return true;
  }

  /**
   * The entries in a status, by sequence.
   *
   * @param status the status
   * @return them
   */
  List<OutboxEntry> list(OutboxEntry.Status status) {
    return entries.stream().filter(e -> e.status() == status).toList();
  }

  /**
   * How many entries are in a status.
   *
   * @param status the status
   * @return the count
   */
  long count(OutboxEntry.Status status) {
    return byStatus[status.ordinal()];
  }
}
