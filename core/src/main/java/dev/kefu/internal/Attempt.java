package dev.kefu.internal;

import java.time.Instant;

/**
 * One attempt at a command: the time it runs at and the violations found so far (the bean
 * validation ones first).
 *
 * @param now the time, read once from the injected clock
 * @param violations the collector for this attempt
 */
public record Attempt(Instant now, Violations violations) {}
