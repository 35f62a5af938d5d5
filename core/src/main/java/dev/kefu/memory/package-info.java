/**
 * In-memory implementations of every port: kefu's defaults, thread-safe, and shareable between
 * several {@code Kefu} instances in one JVM to stand in for a shared database in tests.
 */
package dev.kefu.memory;
