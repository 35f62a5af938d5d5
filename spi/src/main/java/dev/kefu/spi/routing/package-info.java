/**
 * The routing contract: each agent's load (their presence and the conversations they hold,
 * reserved with versioned writes so several kefu instances never give an agent more than their
 * capacity) and the queue of tickets waiting for an agent. Both are aggregates written through
 * the {@link dev.kefu.spi.store.UnitOfWork}; {@link dev.kefu.spi.routing.RoutingStore} reads them.
 */
package dev.kefu.spi.routing;
