/**
 * Customers and their files (CU-1 to CU-10): the customer aggregate, its classification into
 * stage, segment and tier, and the store port that reads it.
 */
package dev.kefu.spi.customer;
