/**
 * Complaints as a closed loop (CP-1 to CP-13): the complaint aggregate, its statuses, causes,
 * departments, resolution options, classification and the record on a named agent.
 */
package dev.kefu.spi.complaint;
