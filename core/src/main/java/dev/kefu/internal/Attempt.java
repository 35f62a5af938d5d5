package dev.kefu.internal;

import java.time.Instant;

/**
 * One attempt at a command: the time it runs at, the violations found so far (the bean
 * validation ones first) and the customers it has read.
 *
 * @param now the time, read once from the injected clock
 * @param violations the collector for this attempt
 * @param customers the customers read in this attempt, each once
 */
public record Attempt(Instant now, Violations violations, CustomerReads customers) {}
