package dev.kefu.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a stored event of one schema version into the next version's shape, so that events saved
 * by an older kefu are read by a newer one.
 *
 * <p>When an event type's payload changes, its class's {@code schemaVersion()} goes up by one and
 * an upcaster from the old version is registered with {@link JdbcStorage.Builder#upcaster}. On
 * reading, kefu-jdbc applies the upcasters of an event's type from its stored version up, one
 * version at a time, then decodes it; rows are never rewritten. An event whose stored version
 * cannot be brought to its class's version is refused with an exception naming the type and both
 * versions, never decoded half-right.
 *
 * <p>The JSON an upcaster sees is the event's own payload as kefu-jdbc wrote it: one field per
 * record component (ids as strings, instants as ISO-8601 text, optionals as the value or
 * {@code null}, nested values as objects).
 */
public interface EventUpcaster {

  /** @return the event type it reads, as {@code DomainEvent.type()} names it, e.g. {@code "ticket.opened"} */
  String eventType();

  /** @return the stored version it reads; it produces version {@code fromVersion() + 1} */
  int fromVersion();

  /**
   * @param payload the event's payload at {@link #fromVersion()}; the upcaster may change it in place
   * @return the payload at the next version
   */
  ObjectNode upcast(ObjectNode payload);
}
