package dev.kefu.memory;

import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The outbox of an {@link InMemoryStorage}. Messages are kept by sequence (sequences count from
 * 1) in chunks of {@value #CHUNK} with their delivery state in columns: status, attempts, claim
 * token; the rarer retry time and last error sit in side maps. An {@link OutboxEntry} is only made
 * when one is handed out or listed. Pending sequences wait in a first-in-first-out queue per
 * partition, and the queues' heads in a map by sequence; a claim walks the heads only, never the
 * messages behind them, and takes from each claimable queue a prefix of at most
 * {@code perPartition} messages, merged by sequence: handing out {@code k} messages costs
 * O(k log p) for {@code p} partitions, plus the heads that are held or waiting for a retry.
 *
 * <p>A queue's claim covers {@code claimed} messages from its head; only the head can be marked.
 * Delivering or parking the head keeps the claim on the rest; a failure ends it.
 *
 * <p><b>Retention.</b> Delivered messages are kept, by default all of them; with a limit, only the
 * {@code keepDelivered} most recently delivered ones, and the message of an older one is forgotten
 * (it is no longer listed or counted). A chunk all of whose messages are forgotten is let go, so a
 * store whose messages are delivered holds memory for about {@code keepDelivered} messages, plus the
 * chunks that still hold a pending or dead one.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class OutboxQueues {

  private static final OutboxEntry.Status[] STATUSES = OutboxEntry.Status.values();
  private static final byte PENDING = (byte) OutboxEntry.Status.PENDING.ordinal();
  private static final byte DELIVERED = (byte) OutboxEntry.Status.DELIVERED.ordinal();
  /** The status of a delivered message beyond the retention limit: no longer held. */
  private static final byte FORGOTTEN = (byte) STATUSES.length;
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;

  /** Messages {@code CHUNK * c + 1} to {@code CHUNK * (c + 1)} and their state. */
  private static final class Chunk {
    final OutboxMessage[] messages = new OutboxMessage[CHUNK];
    final byte[] statuses = new byte[CHUNK];
    final int[] attempts = new int[CHUNK];
    final long[] tokens = new long[CHUNK];
    int held; // messages not forgotten
  }

  /** One partition's pending sequences, oldest first, and the claim on the oldest few. */
  private static final class Queue {
    private long[] sequences = new long[4]; // a ring, its length a power of two
    private int head;
    private int size;
    Instant claimedUntil; // null if no claim
    int claimed; // how many messages from the head the claim covers; 0 if none
    long headKey; // the key under which it sits in `heads`: its first sequence, or an earlier one while it is held
    boolean stale; // headKey is no longer its first sequence

    void add(long sequence) {
      if (size == sequences.length) {
        long[] bigger = new long[sequences.length * 2];
        for (int i = 0; i < size; i++) {
          bigger[i] = at(i);
        }
        sequences = bigger;
        head = 0;
      }
      sequences[(head + size++) & (sequences.length - 1)] = sequence;
    }

    /** The sequence {@code k} places behind the head. */
    long at(int k) {
      return sequences[(head + k) & (sequences.length - 1)];
    }

    long first() {
      return sequences[head];
    }

    void removeFirst() {
      head = (head + 1) & (sequences.length - 1);
      size--;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Keeps an emptied queue for its partition's next message, with a ring of a moderate size. */
    void emptied() {
      head = 0;
      if (sequences.length > 4096) {
        sequences = new long[4];
      }
    }

    void release() {
      claimed = 0;
      claimedUntil = null;
    }
  }

  /** A claimable queue during a claim: the next of its sequences to take, and how many it gave. */
  private static final class Run {
    final Queue queue;
    long sequence;
    int taken;

    Run(Queue queue, long sequence) {
      this.queue = queue;
      this.sequence = sequence;
    }
  }

  /** The runs of a claim, a binary heap by their next sequence: usually one or two. */
  private static final class RunHeap {
    private Run[] runs = new Run[4];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    Run first() {
      return runs[0];
    }

    void add(Run run) {
      if (size == runs.length) {
        runs = Arrays.copyOf(runs, size * 2);
      }
      int i = size++;
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (runs[parent].sequence <= run.sequence) {
          break;
        }
        runs[i] = runs[parent];
        i = parent;
      }
      runs[i] = run;
    }

    Run poll() {
      if (size == 0) {
        return null;
      }
      Run first = runs[0];
      Run last = runs[--size];
      runs[size] = null;
      int i = 0;
      while (size > 0) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && runs[child + 1].sequence < runs[child].sequence) {
          child++;
        }
        if (last.sequence <= runs[child].sequence) {
          break;
        }
        runs[i] = runs[child];
        i = child;
      }
      if (size > 0) {
        runs[i] = last;
      }
      return first;
    }
  }

  /** Positive longs to longs, by open addressing: the claimed messages by claim token. */
  static final class LongMap {
    private long[] keys = new long[64]; // 0: empty
    private long[] values = new long[64];
    private int size;

    /** @return the value, or -1 */
    long get(long key) {
      int mask = keys.length - 1;
      for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i];
        }
        if (keys[i] == 0) {
          return -1;
        }
      }
    }

    void put(long key, long value) {
      if (2 * (size + 1) > keys.length) {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != 0) {
            put(oldKeys[i], oldValues[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = spread(key) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        size++;
      }
      keys[i] = key;
      values[i] = value;
    }

    void remove(long key) {
      int mask = keys.length - 1;
      int i = spread(key) & mask;
      while (keys[i] != key) {
        if (keys[i] == 0) {
          return;
        }
        i = (i + 1) & mask;
      }
      // empty slot i, moving later slots of its probe run back (no tombstones)
      int hole = i;
      for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
        int home = spread(keys[j]) & mask;
        if (((j - home) & mask) >= ((j - hole) & mask)) {
          keys[hole] = keys[j];
          values[hole] = values[j];
          hole = j;
        }
      }
      keys[hole] = 0;
      size--;
    }

    int size() {
      return size;
    }

    private static int spread(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }
  }

  private final int keepDelivered;
  private Chunk[] chunks = new Chunk[16];
  private long last; // the highest sequence so far
  private final Map<Long, Instant> retryAt = new HashMap<>(); // when it is not the creation time
  private final Map<Long, String> lastError = new HashMap<>();
  /**
   * Each partition's queue. A queue that empties stays, so a partition that gets messages now and
   * then does not make a new queue (and grow its ring) each time; when the empty ones outnumber
   * {@value #MAX_EMPTY_QUEUES} and half the queues, they all go.
   */
  private final Map<String, Queue> pending = new HashMap<>();
  private static final int MAX_EMPTY_QUEUES = 1024;
  private int emptyQueues;
  /**
   * The queues by their first sequence. A held queue keeps its key while its claim's messages are
   * marked one by one; it is put under its new first sequence when the claim ends or lapses.
   */
  private final TreeMap<Long, Queue> heads = new TreeMap<>();
  /** Queues whose key in `heads` went stale while they were held. */
  private final List<Queue> staleHeads = new ArrayList<>();
  /** The sequence of each claimed message by its current claim token: only they can be marked. */
  private final LongMap claims = new LongMap();
  private final int[] byStatus = new int[STATUSES.length];
  /** The delivered messages still kept under a limit, oldest delivery first: a ring. */
  private long[] kept = new long[0];
  private int keptHead;
  private int keptSize;

  /** An outbox that keeps every delivered message. */
  OutboxQueues() {
    this(Integer.MAX_VALUE);
  }

  /**
   * An outbox that keeps at most {@code keepDelivered} delivered messages.
   *
   * @param keepDelivered the limit, 0 or more; {@link Integer#MAX_VALUE} keeps all
   */
  OutboxQueues(int keepDelivered) {
    if (keepDelivered < 0) {
      throw new IllegalArgumentException("keepDelivered must be 0 or more, was " + keepDelivered);
    }
    this.keepDelivered = keepDelivered;
  }

  private Chunk chunk(long sequence) {
    int c = (int) ((sequence - 1) >>> CHUNK_BITS);
    return c < chunks.length ? chunks[c] : null;
  }

  private static int slot(long sequence) {
    return (int) ((sequence - 1) & (CHUNK - 1));
  }

  private OutboxMessage message(long sequence) {
    return chunk(sequence).messages[slot(sequence)];
  }

  private OutboxEntry entry(long sequence) {
    Chunk c = chunk(sequence);
    int i = slot(sequence);
    OutboxMessage m = c.messages[i];
    return new OutboxEntry(m, sequence, STATUSES[c.statuses[i]], c.attempts[i], nextAttemptAt(sequence, m),
        Optional.ofNullable(lastError.isEmpty() ? null : lastError.get(sequence)), c.tokens[i]);
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
    long sequence = ++last;
    int c = (int) ((sequence - 1) >>> CHUNK_BITS);
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    Chunk chunk = chunks[c];
    if (chunk == null) {
      chunk = new Chunk();
      chunks[c] = chunk;
    }
    int i = slot(sequence);
    chunk.messages[i] = m;
    chunk.statuses[i] = PENDING;
    chunk.held++;
    byStatus[PENDING]++;
    Queue q = pending.get(m.partitionKey());
    if (q == null) {
      q = new Queue();
      pending.put(m.partitionKey(), q);
    } else if (q.isEmpty()) {
      emptyQueues--;
    }
    if (q.isEmpty()) {
      q.headKey = sequence;
      heads.put(sequence, q);
    }
    q.add(sequence);
  }

  /** Puts a queue in `heads` under its first sequence. */
  private void rekey(Queue q) {
    heads.remove(q.headKey);
    q.headKey = q.first();
    heads.put(q.headKey, q);
    q.stale = false;
  }

  /** Re-keys the queues whose claims ended or lapsed, so a claim walks the heads in order. */
  private void rekeyLapsed(Instant now) {
    int kept = 0;
    for (Queue q : staleHeads) {
      if (!q.stale) {
        continue;
      }
      if (q.claimedUntil == null || !now.isBefore(q.claimedUntil)) {
        rekey(q);
      } else {
        staleHeads.set(kept++, q);
      }
    }
    staleHeads.subList(kept, staleHeads.size()).clear();
  }

  /**
   * Claims, from each partition that is due and not held, up to {@code perPartition} messages
   * from its head on, each due; the lowest sequences first, at most {@code limit} in all.
   *
   * @param now the time
   * @param limit the most messages
   * @param perPartition the most messages of one partition
   * @param owner the claimer
   * @param until when the claims lapse
   * @param nextToken issues claim tokens
   * @return the claimed entries, by sequence
   */
  List<OutboxEntry> claim(Instant now, int limit, int perPartition, String owner, Instant until, LongSupplier nextToken) {
    if (!staleHeads.isEmpty()) {
      rekeyLapsed(now);
    }
    List<OutboxEntry> claimed = new ArrayList<>(Math.min(limit, 128));
    // a merge by sequence of the claimable queues' prefixes; heads come in by sequence, so a queue
    // joins once its head is below every sequence still to take
    RunHeap runs = new RunHeap();
    Iterator<Map.Entry<Long, Queue>> unseen = heads.entrySet().iterator();
    Map.Entry<Long, Queue> nextHead = unseen.hasNext() ? unseen.next() : null;
    while (claimed.size() < limit) {
      while (nextHead != null && (runs.isEmpty() || nextHead.getKey() < runs.first().sequence)) {
        Queue q = nextHead.getValue();
        long sequence = nextHead.getKey();
        nextHead = unseen.hasNext() ? unseen.next() : null;
        if ((q.claimedUntil == null || !now.isBefore(q.claimedUntil)) && !nextAttemptAt(sequence, message(sequence)).isAfter(now)) {
          runs.add(new Run(q, sequence));
        } // else held by someone, or waiting for its retry: its partition waits too
      }
      Run run = runs.poll();
      if (run == null) {
        break;
      }
      Queue q = run.queue;
      long sequence = run.sequence;
      Chunk c = chunk(sequence);
      int i = slot(sequence);
      if (c.tokens[i] != 0) {
        claims.remove(c.tokens[i]); // claimed before: that claim lapsed or ended
      }
      long token = nextToken.getAsLong();
      c.tokens[i] = token;
      claims.put(token, sequence);
      q.claimed = ++run.taken;
      q.claimedUntil = until;
      OutboxEntry e = entry(sequence);
      readAhead += e.message().notification().channel().ordinal(); // see readAhead
      claimed.add(e);
      if (run.taken < perPartition && run.taken < q.size) {
        long following = q.at(run.taken);
        if (!nextAttemptAt(following, message(following)).isAfter(now)) {
          run.sequence = following;
          runs.add(run);
        }
      }
    }
    return claimed;
  }

  /**
   * Changes a claimed, pending message if the token is its current one and it is the head of its
   * partition's queue, under the queue's claim.
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
    chunk(sequence).attempts[slot(sequence)] = changed.attempts();
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
   * Marks a claimed, pending message delivered if {@link #mark} would change it: without making
   * entries.
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

  /** The sequence of a claimed, pending message whose token is {@code claimToken}, at the head of its queue under its claim, or -1. */
  private long claimed(UUID id, long claimToken) {
    long sequence = claimToken == 0 ? -1 : claims.get(claimToken);
    if (sequence < 0) {
      return -1;
    }
    Chunk c = chunk(sequence);
    int i = slot(sequence);
    if (c.tokens[i] != claimToken || c.statuses[i] != PENDING || !c.messages[i].id().equals(id)) {
      return -1;
    }
    Queue q = pending.get(c.messages[i].partitionKey());
    if (q.first() != sequence || q.claimed == 0) {
      return -1;
    }
    markedQueue = q;
    return sequence;
  }

  /**
   * What a claim read of each message's notification, kept so that the read is made; never used
   * otherwise. The claim reads each message it hands out anyway, in a short loop where the loads
   * of one message overlap those of the next; the sender reads the notification next, one message
   * at a time, with the channel's work between two. Read here, it is in the cache by then.
   */
  private int readAhead;

  /** The queue of the message {@link #claimed} last found, for {@link #settle}. */
  private Queue markedQueue;

  /** Ends a claim with a new status; a message that leaves PENDING lets its partition's next one move up. */
  private void settle(UUID id, long sequence, OutboxEntry.Status status) {
    Chunk c = chunk(sequence);
    int i = slot(sequence);
    byStatus[c.statuses[i]]--;
    c.statuses[i] = (byte) status.ordinal();
    byStatus[c.statuses[i]]++;
    Queue q = markedQueue;
    if (status == OutboxEntry.Status.PENDING) {
      q.release(); // failed: the claim on it, and on those behind it, ends
      if (q.stale) {
        rekey(q);
      }
      return;
    }
    claims.remove(c.tokens[i]);
    q.removeFirst();
    if (--q.claimed == 0) {
      q.claimedUntil = null;
    }
    if (q.isEmpty()) {
      heads.remove(q.headKey);
      q.stale = false;
      q.emptied();
      if (++emptyQueues > MAX_EMPTY_QUEUES && emptyQueues > pending.size() / 2) {
        pending.values().removeIf(Queue::isEmpty);
        emptyQueues = 0;
      }
    } else if (q.claimed == 0) {
      rekey(q);
    } else if (!q.stale) {
      q.stale = true; // still held: re-keyed when its claim ends or lapses
      staleHeads.add(q);
    }
    if (status == OutboxEntry.Status.DELIVERED) {
      keep(sequence);
    }
  }

  /** Keeps a delivered message under the limit, forgetting the one delivered longest ago beyond it. */
  private void keep(long sequence) {
    if (keepDelivered == Integer.MAX_VALUE) {
      return;
    }
    if (keepDelivered == 0) {
      forget(sequence);
      return;
    }
    if (keptSize == kept.length && kept.length < keepDelivered) {
      long[] bigger = new long[Math.min(keepDelivered, Math.max(16, kept.length * 2))];
      for (int k = 0; k < keptSize; k++) {
        bigger[k] = kept[(keptHead + k) % kept.length];
      }
      kept = bigger;
      keptHead = 0;
    }
    if (keptSize == keepDelivered) {
      forget(kept[keptHead]);
      kept[keptHead] = sequence;
      keptHead = (keptHead + 1) % kept.length;
    } else {
      kept[(keptHead + keptSize++) % kept.length] = sequence;
    }
  }

  /** Lets a delivered message go; a chunk with nothing left to hold goes too. */
  private void forget(long sequence) {
    int chunkIndex = (int) ((sequence - 1) >>> CHUNK_BITS);
    Chunk c = chunks[chunkIndex];
    int i = slot(sequence);
    c.messages[i] = null;
    c.statuses[i] = FORGOTTEN;
    byStatus[DELIVERED]--;
    if (!retryAt.isEmpty()) {
      retryAt.remove(sequence);
    }
    if (!lastError.isEmpty()) {
      lastError.remove(sequence);
    }
    if (--c.held == 0 && (long) (chunkIndex + 1) * CHUNK <= last) {
      chunks[chunkIndex] = null; // every sequence of it was added, and each is forgotten
    }
  }

  /**
   * The entries in a status, by sequence; forgotten messages are not listed.
   *
   * @param status the status
   * @return them
   */
  List<OutboxEntry> list(OutboxEntry.Status status) {
    List<OutboxEntry> found = new ArrayList<>();
    for (int c = 0; c < chunks.length; c++) {
      Chunk chunk = chunks[c];
      if (chunk == null) {
        continue;
      }
      for (int i = 0; i < CHUNK; i++) {
        long sequence = (long) c * CHUNK + i + 1;
        if (sequence > last) {
          break;
        }
        if (chunk.statuses[i] == status.ordinal()) {
          found.add(entry(sequence));
        }
      }
    }
    return found;
  }

  /**
   * How many entries are in a status; forgotten messages are not counted.
   *
   * @param status the status
   * @return the count
   */
  long count(OutboxEntry.Status status) {
    return byStatus[status.ordinal()];
  }
}
