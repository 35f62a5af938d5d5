/**
 * Domain events: one record per state change, each with a stable type name and a schema
 * version, saved in the same unit of work as the change they describe.
 */
package dev.kefu.spi.event;
