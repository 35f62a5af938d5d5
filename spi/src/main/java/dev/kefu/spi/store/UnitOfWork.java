package dev.kefu.spi.store;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.internal.KefuStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything one command changes, committed all-or-nothing by a {@link UnitOfWorkCommitter}:
 * aggregate writes with their expected versions, the domain events they raise, outbox messages,
 * due work to schedule, cancel or complete, and the inbound keys that guard against repeats.
 *
 * <p>Immutable and thread-safe. A store applies the parts in this order: check every expected
 * version, claim token and inbound key (any mismatch rejects the whole unit with a
 * {@link StaleVersionException} naming every stale part); then write the aggregates, append the
 * events, add the outbox messages, complete, cancel, and finally schedule (so one unit can
 * complete an item and schedule the next one under the same key), and record the inbound keys.
 */
@Value.Immutable
@KefuStyle
public interface UnitOfWork {

  /** @return the aggregates to write, at most one write per aggregate */
  List<AggregateWrite> writes();

  /** @return the events to append, in order */
  List<DomainEvent> events();

  /** @return the notifications to deliver */
  List<OutboxMessage> outbox();

  /** @return due work to schedule, replacing any under the same key */
  List<ScheduledWork> schedule();

  /** @return keys of due work to cancel; unknown keys are ignored */
  List<String> cancel();

  /** @return claimed due items this unit completes */
  List<DueCompletion> complete();

  /** @return request ids and event ids this unit applies */
  List<AppliedRequest> inboundKeys();

  /** @return true if the unit changes nothing */
  default boolean isEmpty() {
    return writes().isEmpty() && events().isEmpty() && outbox().isEmpty() && schedule().isEmpty()
        && cancel().isEmpty() && complete().isEmpty() && inboundKeys().isEmpty();
  }

  /** @return a builder holding this unit's parts */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnitOfWork}s; not thread-safe. */
  final class Builder extends ImmutableUnitOfWork.Builder {}

  /** Checks that no aggregate, due key or inbound key appears twice. */
  @Value.Check
  default void checkDistinct() {
    List<AggregateWrite> writes = writes();
    if (writes.size() > 1) {
      // most units write aggregates of one type: then their ids alone must differ
      String type = writes.get(0).aggregate().aggregateType();
      boolean oneType = true;
      for (AggregateWrite w : writes) {
        oneType &= w.aggregate().aggregateType().equals(type);
      }
      if (oneType) {
        requireDistinct("aggregate write", writes, w -> w.aggregate().aggregateId(), AggregateWrite::key);
      } else {
        Map<String, Set<String>> idsByType = new HashMap<>();
        for (AggregateWrite w : writes) {
          if (!idsByType.computeIfAbsent(w.aggregate().aggregateType(), t -> new HashSet<>()).add(w.aggregate().aggregateId())) {
            throw twice("aggregate write", w.key());
          }
        }
      }
    }
    requireDistinct("scheduled due work", schedule(), ScheduledWork::key, ScheduledWork::key);
    requireDistinct("due completion", complete(), DueCompletion::key, DueCompletion::key);
    requireDistinct("inbound key", inboundKeys(), AppliedRequest::key, AppliedRequest::key);
  }

  /** Fails if two parts have equal keys; an open-addressing table of the keys, sized once. */
  private static <T> void requireDistinct(String what, List<T> parts, Function<T, String> key, Function<T, String> name) {
    int n = parts.size();
    if (n < 2) {
      return;
    }
    if (n == 2) {
      if (key.apply(parts.get(0)).equals(key.apply(parts.get(1)))) {
        throw twice(what, name.apply(parts.get(1)));
      }
      return;
    }
    String[] table = new String[Integer.highestOneBit(n * 3 - 1) << 1];
    int mask = table.length - 1;
    for (T part : parts) {
      String k = key.apply(part);
      int h = k.hashCode() * 0x9E3779B9;
      for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
        if (table[i] == null) {
          table[i] = k;
          break;
        }
        if (table[i].equals(k)) {
          throw twice(what, name.apply(part));
        }
      }
    }
  }

  private static IllegalStateException twice(String what, String key) {
    return new IllegalStateException("unit of work holds two of " + what + " " + key);
  }
}
