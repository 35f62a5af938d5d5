/**
 * Tickets (TK-1 to TK-3): the ticket aggregate with its append-only contact log, and the store
 * port that reads it.
 */
package dev.kefu.spi.ticket;
