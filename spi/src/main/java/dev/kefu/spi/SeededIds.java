package dev.kefu.spi;

import java.util.UUID;

/**
 * The ids of {@link IdSource#seeded(long)}: each is {@code new UUID(r.nextLong(), r.nextLong())}
 * for a {@link java.util.Random} {@code r} made with the seed, the same sequence. The generator's
 * steps are taken here under one lock, not with the four atomic updates that two calls of
 * {@code Random.nextLong()} make: an SLA timer draws two ids per event. Thread-safe.
 */
final class SeededIds implements IdSource {

  // java.util.Random's linear congruential generator
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private long state;

  SeededIds(long seed) {
    this.state = (seed ^ MULTIPLIER) & MASK; // as new Random(seed) scrambles it
  }

  @Override
  public synchronized UUID next() {
    long s = state;
    s = (s * MULTIPLIER + ADDEND) & MASK;
    int a = (int) (s >>> 16);
    s = (s * MULTIPLIER + ADDEND) & MASK;
    int b = (int) (s >>> 16);
    s = (s * MULTIPLIER + ADDEND) & MASK;
    int c = (int) (s >>> 16);
    s = (s * MULTIPLIER + ADDEND) & MASK;
    int d = (int) (s >>> 16);
    state = s;
    return new UUID(((long) a << 32) + b, ((long) c << 32) + d); // as Random.nextLong: (long) next(32) << 32 + next(32)
  }
}
