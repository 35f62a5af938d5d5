package dev.kefu.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How kefu retries a notification that could not be delivered: exponential back-off with jitter,
 * then parking. The delay before attempt {@code n + 1} after {@code n} failures is
 * {@code min(maxDelay, initialDelay * multiplier^(n-1))}, shortened by a random fraction of at most
 * {@code jitter}; the randomness comes from the message id and the attempt, so the same failure
 * gives the same retry time (deterministic replays), while different messages spread out.
 * Nothing sleeps: the retry time is computed from the injected clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param initialDelay the delay after the first failure, positive
 * @param multiplier how much each further failure multiplies the delay, at least 1
 * @param maxDelay the longest delay, at least {@code initialDelay}
 * @param maxAttempts after this many failed attempts the message is parked, at least 1
 * @param jitter the largest fraction cut from a delay at random, 0 to 1 exclusive
 */
public record RetryPolicy(Duration initialDelay, double multiplier, Duration maxDelay, int maxAttempts, double jitter) {

  /**
   * Creates a policy.
   *
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException listing every value out of range
   */
  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    List<String> problems = new ArrayList<>();
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      problems.add("initialDelay must be positive, was " + initialDelay);
    }
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      problems.add("multiplier must be at least 1, was " + multiplier);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      problems.add("maxDelay must be at least initialDelay, was " + maxDelay);
    }
    if (maxAttempts < 1) {
      problems.add("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (!(jitter >= 0.0 && jitter < 1.0)) {
      problems.add("jitter must be 0 to 1 exclusive, was " + jitter);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * The defaults: 30 seconds, doubling, at most 1 hour apart, parked after 10 failed attempts,
   * up to 20% jitter.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(30), 2.0, Duration.ofHours(1), 10, 0.2);
  }

  /**
   * @param value the attempts
   * @return a copy with another attempt limit
   */
  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(initialDelay, multiplier, maxDelay, value, jitter);
  }

  /**
   * The back-off after a number of failures, before jitter.
   *
   * @param failures failed attempts so far, at least 1
   * @return the delay
   */
  public Duration backoff(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1, was " + failures);
    }
    double factor = Math.pow(multiplier, failures - 1);
    double millis = initialDelay.toMillis() * factor;
    if (!(millis < maxDelay.toMillis())) {
      return maxDelay;
    }
    return Duration.ofMillis((long) millis);
  }

  /**
   * When to try again after a failure.
   *
   * @param failures failed attempts so far, including this one, at least 1
   * @param now the current time, from the injected clock
   * @param seed a value that identifies the message (its id bits), for the jitter
   * @return the retry time, strictly after {@code now}
   */
  public Instant nextAttempt(int failures, Instant now, long seed) {
    Duration delay = backoff(failures);
    double cut = new SplittableRandom(seed * 31 + failures).nextDouble() * jitter;
    long millis = Math.max(1, Math.round(delay.toMillis() * (1.0 - cut)));
    return now.plusMillis(millis);
  }

  /**
   * Whether a message that has failed this often is given up.
   *
   * @param failures failed attempts so far
   * @return true if it should be parked
   */
  public boolean givesUpAfter(int failures) {
    return failures >= maxAttempts;
  }
}
