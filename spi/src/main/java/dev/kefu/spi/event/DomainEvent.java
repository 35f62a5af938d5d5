package dev.kefu.spi.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A state change that happened. Every successful command raises one primary event plus the
 * derived events its transition table lists; a refused command raises none. Events are saved in
 * the same unit of work as the change, so a change is never without its event.
 *
 * <p>Each event type has a stable {@link #type() name} and a {@link #schemaVersion() schema
 * version}; a reader that meets an older version upcasts it. Implementations are immutable
 * records.
 */
public interface DomainEvent {

  /** @return the metadata every event carries */
  EventMeta meta();

  /** @return the stable type name, for example {@code "ticket.opened"} */
  String type();

  /** @return the schema version of this event type's payload, 1 for the first */
  int schemaVersion();

  /** @return the event id */
  default UUID eventId() {
    return meta().eventId();
  }

  /** @return when it happened */
  default Instant occurredAt() {
    return meta().occurredAt();
  }

  /** @return the id of the aggregate that changed */
  default String aggregateId() {
    return meta().aggregateId();
  }

  /** @return the version of the aggregate after the change */
  default long aggregateVersion() {
    return meta().aggregateVersion();
  }
}
