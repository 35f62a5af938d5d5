/**
 * Complaints as a closed loop (CP-1 to CP-13): the lifecycle table, its commands, and the rules
 * for resolution options, serious cases and compensation.
 */
package dev.kefu.complaint;
