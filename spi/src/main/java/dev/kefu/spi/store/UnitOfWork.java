package dev.kefu.spi.store;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.internal.KefuStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    requireDistinct("aggregate write", writes().stream().map(AggregateWrite::key).toList());
    requireDistinct("scheduled due work", schedule().stream().map(ScheduledWork::key).toList());
    requireDistinct("due completion", complete().stream().map(DueCompletion::key).toList());
    requireDistinct("inbound key", inboundKeys().stream().map(AppliedRequest::key).toList());
  }

  private static void requireDistinct(String what, List<String> keys) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new IllegalStateException("unit of work holds two of " + what + " " + key);
      }
    }
  }
}
