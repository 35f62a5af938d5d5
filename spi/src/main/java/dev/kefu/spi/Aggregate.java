package dev.kefu.spi;

/**
 * A consistency boundary that kefu writes as one: a customer, a ticket. Every aggregate carries
 * a version that grows by one with every change; a write names the version it expects to
 * replace, and a store rejects it if that is no longer the stored one.
 */
public interface Aggregate {

  /**
   * The aggregate's kind, for example {@code "customer"}; stable across releases.
   *
   * @return the type name
   */
  String aggregateType();

  /**
   * The aggregate's identifier, unique within its type.
   *
   * @return the id as a string
   */
  String aggregateId();

  /**
   * The version: 1 when created, one more with every change.
   *
   * @return the version
   */
  long version();
}
