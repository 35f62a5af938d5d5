package dev.kefu.testkit.quicktheories;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} that takes every number from a QuickTheories
 * {@link RandomnessSource}, one constrained draw per choice. QuickTheories records the draws and
 * shrinks each towards the low end of its range, so a failing value shrinks towards the first
 * enum constant, the shortest list and the smallest number, choice by choice.
 *
 * <p>Bounded draws map straight onto a constraint, so no draw is ever rejected and retried: a
 * source that replays the same number cannot make it loop. Not thread-safe, like the source.
 */
final class SourceRandom implements RandomGenerator {

  private static final long DOUBLE_UNIT_BITS = (1L << 53) - 1;
  private static final long FLOAT_UNIT_BITS = (1L << 24) - 1;

  private final RandomnessSource source;

  SourceRandom(RandomnessSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) draw(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.zeroToOne()) == 1;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return (int) draw(0, bound - 1L);
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound must be greater than origin, were " + origin + " and " + bound);
    }
    return (int) draw(origin, bound - 1L);
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    return draw(0, bound - 1);
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("bound must be greater than origin, were " + origin + " and " + bound);
    }
    return draw(origin, bound - 1);
  }

  @Override
  public double nextDouble() {
    return draw(0, DOUBLE_UNIT_BITS) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return draw(0, FLOAT_UNIT_BITS) * 0x1.0p-24f;
  }

  private long draw(long minInclusive, long maxInclusive) {
    return source.next(Constraint.between(minInclusive, maxInclusive));
  }
}
