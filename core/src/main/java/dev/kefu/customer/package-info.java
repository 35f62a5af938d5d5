/**
 * Customers and their tiers (CU-1 to CU-10): the {@link dev.kefu.customer.Customers} API, its
 * commands, and the classification policy with its configurable thresholds.
 */
package dev.kefu.customer;
