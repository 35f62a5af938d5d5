/**
 * Revisits (RV-1 to RV-8): the revisit aggregate, its outcome, and the store port.
 */
package dev.kefu.spi.revisit;
