package dev.kefu.memory;

import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The outbox of an {@link InMemoryStorage}. Messages are kept by sequence (sequences count from
 * 1, so a list holds them) with their delivery state in columns: status, attempts, claim token;
 * the rarer retry time and last error sit in side maps. An {@link OutboxEntry} is only made when
 * one is handed out or listed. Pending sequences wait in a first-in-first-out queue per
 * partition, and the queues' heads in a map by sequence; only a head can be claimed, so its
 * queue holds its claim. A claim walks the heads only, never the messages behind them: handing
 * out {@code k} messages costs O(k log p) for {@code p} partitions, plus the heads that are held
 * or waiting for a retry.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class OutboxQueues {

  private static final OutboxEntry.Status[] STATUSES = OutboxEntry.Status.values();

  /** One partition's pending sequences, oldest first, and the claim on the oldest. */
  private static final class Queue {
    private long[] sequences = new long[4];
    private int head;
    private int size;
    Instant claimedUntil; // null if the head is not claimed

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
      claimedUntil = null;
    }

    boolean isEmpty() {
      return size == 0;
    }
  }

  private final List<OutboxMessage> messages = new ArrayList<>();
  private byte[] statuses = new byte[16];
  private int[] attempts = new int[16];
  private long[] tokens = new long[16];
  private final Map<Long, Instant> retryAt = new HashMap<>(); // when it is not the creation time
  private final Map<Long, String> lastError = new HashMap<>();
  private final Map<String, Queue> pending = new HashMap<>();
  private final TreeMap<Long, Queue> heads = new TreeMap<>();
  /** Sequences of the pending messages that were claimed at least once: only they can be marked. */
  private final Map<UUID, Long> claimedById = new HashMap<>();
  private final int[] byStatus = new int[STATUSES.length];

  private OutboxEntry entry(long sequence) {
    int i = (int) (sequence - 1);
    OutboxMessage m = messages.get(i);
    return new OutboxEntry(m, sequence, STATUSES[statuses[i]], attempts[i], nextAttemptAt(sequence, m),
        Optional.ofNullable(lastError.isEmpty() ? null : lastError.get(sequence)), tokens[i]);
  }

  private Instant nextAttemptAt(long sequence, OutboxMessage m) {
    Instant at = retryAt.isEmpty() ? null : retryAt.get(sequence);
    return at != null ? at : m.createdAt();
  }

  /**
   * Adds a committed message, pending and never attempted.
   *
   * @param m the message
   */
  void add(OutboxMessage m) {
    messages.add(m);
    long sequence = messages.size();
    if (sequence > statuses.length) {
      int capacity = statuses.length + (statuses.length >> 1);
      statuses = Arrays.copyOf(statuses, capacity);
      attempts = Arrays.copyOf(attempts, capacity);
      tokens = Arrays.copyOf(tokens, capacity);
    }
    statuses[(int) sequence - 1] = (byte) OutboxEntry.Status.PENDING.ordinal();
    byStatus[OutboxEntry.Status.PENDING.ordinal()]++;
    Queue q = pending.computeIfAbsent(m.partitionKey(), k -> new Queue());
    if (q.isEmpty()) {
      heads.put(sequence, q);
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
   * @param nextToken issues claim tokens
   * @return the claimed entries
   */
  List<OutboxEntry> claim(Instant now, int limit, String owner, Instant until, LongSupplier nextToken) {
    List<OutboxEntry> claimed = new ArrayList<>(Math.min(limit, heads.size()));
    for (Map.Entry<Long, Queue> head : heads.entrySet()) {
      if (claimed.size() >= limit) {
        break;
      }
      long sequence = head.getKey();
      Queue q = head.getValue();
      OutboxMessage m = messages.get((int) (sequence - 1));
      if ((q.claimedUntil != null && now.isBefore(q.claimedUntil)) || nextAttemptAt(sequence, m).isAfter(now)) {
        continue; // held by someone, or waiting for its retry: its partition waits too
      }
      tokens[(int) sequence - 1] = nextToken.getAsLong();
      q.claimedUntil = until;
      claimedById.put(m.id(), sequence);
      claimed.add(entry(sequence));
    }
    return claimed;
  }

  /**
   * Changes a claimed, pending message if the token is its current one.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @param change the new state; it keeps the message, sequence and token
   * @return whether it changed
   */
  boolean mark(UUID id, long claimToken, UnaryOperator<OutboxEntry> change) {
    long sequence = claimed(id, claimToken);
    if (sequence < 0) {
      return false;
    }
    OutboxEntry changed = change.apply(entry(sequence));
    attempts[(int) sequence - 1] = changed.attempts();
    if (changed.nextAttemptAt().equals(changed.message().createdAt())) {
      retryAt.remove(sequence);
    } else {
      retryAt.put(sequence, changed.nextAttemptAt());
    }
    changed.lastError().ifPresentOrElse(e -> lastError.put(sequence, e), () -> lastError.remove(sequence));
    settle(id, sequence, changed.status());
    return true;
  }

  /**
   * Marks a claimed, pending message delivered if the token is its current one: {@link #mark}
   * without making entries.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @return whether it changed
   */
  boolean markDelivered(UUID id, long claimToken) {
    long sequence = claimed(id, claimToken);
    if (sequence < 0) {
      return false;
    }
    settle(id, sequence, OutboxEntry.Status.DELIVERED);
    return true;
  }

  /** The sequence of a claimed, pending message whose token is {@code claimToken}, or -1. */
  private long claimed(UUID id, long claimToken) {
    Long sequence = claimedById.get(id);
    if (sequence == null || claimToken == 0) {
      return -1;
    }
    int i = (int) (sequence - 1);
    return tokens[i] != claimToken || statuses[i] != OutboxEntry.Status.PENDING.ordinal() ? -1 : sequence;
  }

  /** Ends a claim with a new status; a message that leaves PENDING lets its partition's next one move up. */
  private void settle(UUID id, long sequence, OutboxEntry.Status status) {
    int i = (int) (sequence - 1);
    byStatus[statuses[i]]--;
    statuses[i] = (byte) status.ordinal();
    byStatus[statuses[i]]++;
    // only a partition's head is ever claimed, so this is the head
    String partition = messages.get(i).partitionKey();
    Queue q = pending.get(partition);
    if (q.first() != sequence) {
      throw new IllegalStateException("outbox message " + sequence + " was claimed but is not its partition's head");
    }
    q.claimedUntil = null;
    if (status != OutboxEntry.Status.PENDING) {
      claimedById.remove(id);
      q.removeFirst();
      heads.remove(sequence);
      if (q.isEmpty()) {
        pending.remove(partition);
      } else {
        heads.put(q.first(), q);
      }
    }
  }

  /**
   * The entries in a status, by sequence.
   *
   * @param status the status
   * @return them
   */
  List<OutboxEntry> list(OutboxEntry.Status status) {
    List<OutboxEntry> found = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      if (statuses[i] == status.ordinal()) {
        found.add(entry(i + 1L));
      }
    }
    return found;
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
