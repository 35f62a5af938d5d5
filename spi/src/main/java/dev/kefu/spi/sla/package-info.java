/**
 * SLA clocks: metrics, targets, escalation steps, the clock aggregate with its append-only log,
 * and the store port that reads clocks.
 */
package dev.kefu.spi.sla;
