/**
 * JMH benchmarks of kefu. Each benchmark class measures kefu beside a baseline in the same run,
 * and {@code docs/performance.md} reports the ratio of the two.
 */
package dev.kefu.bench;
