/**
 * Tickets (TK-1 to TK-3): the {@link dev.kefu.ticket.Tickets} API, its commands, and the
 * lifecycle table.
 */
package dev.kefu.ticket;
