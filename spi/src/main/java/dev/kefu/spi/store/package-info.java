/**
 * The storage contract: the unit of work and its committer, due work with leases, the outbox,
 * inbound keys, the event log, and paging. A host implements these ports over its own database
 * and proves them with the contract suites in {@code kefu-testkit}.
 */
package dev.kefu.spi.store;
