package dev.kefu.spi;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids of {@link IdSource#seeded(long)}: each is {@code new UUID(r.nextLong(), r.nextLong())}
 * for a {@link java.util.Random} {@code r} made with the seed, the same sequence. The four steps
 * of the generator an id takes are made with one compare-and-set, not the lock and four atomic
 * updates of two calls of {@code Random.nextLong()}: an SLA timer draws two ids per event.
 * Thread-safe: ids drawn at once by several threads are each a step of the one sequence.
 */
final class SeededIds implements IdSource {

  // java.util.Random's linear congruential generator
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  /** The generator's state; four steps make an id, taken with one compare-and-set. */
  private final AtomicLong state;

  SeededIds(long seed) {
    this.state = new AtomicLong((seed ^ MULTIPLIER) & MASK); // as new Random(seed) scrambles it
  }

  @Override
  public UUID next() {
    long before;
    long s;
    int a;
    int b;
    int c;
    int d;
    do {
      before = state.get();
      s = step(before);
      a = (int) (s >>> 16);
      s = step(s);
      b = (int) (s >>> 16);
      s = step(s);
      c = (int) (s >>> 16);
      s = step(s);
      d = (int) (s >>> 16);
    } while (!state.compareAndSet(before, s));
    return new UUID(((long) a << 32) + b, ((long) c << 32) + d); // as Random.nextLong: (long) next(32) << 32 + next(32)
  }

  /** The next two ids of the sequence, with one compare-and-set for the eight steps. */
  @Override
  public void nextTwo(UUID[] into) {
    long before;
    long s;
    long a;
    long b;
    long c;
    long d;
    do {
      before = state.get();
      s = step(before);
      a = (int) (s >>> 16);
      s = step(s);
      b = (int) (s >>> 16);
      s = step(s);
      c = (int) (s >>> 16);
      s = step(s);
      d = (int) (s >>> 16);
      long first = (a << 32) + b;
      long second = (c << 32) + d;
      s = step(s);
      a = (int) (s >>> 16);
      s = step(s);
      b = (int) (s >>> 16);
      s = step(s);
      c = (int) (s >>> 16);
      s = step(s);
      d = (int) (s >>> 16);
      if (state.compareAndSet(before, s)) {
        into[0] = new UUID(first, second);
        into[1] = new UUID((a << 32) + b, (c << 32) + d);
        return;
      }
    } while (true);
  }

  private static long step(long s) {
    return (s * MULTIPLIER + ADDEND) & MASK;
  }
}
