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
    do {
      before = state.get();
    } while (!state.compareAndSet(before, after(before)));
    return id(before);
  }

  /** The next two ids of the sequence, with one compare-and-set for the eight steps. */
  @Override
  public void nextTwo(UUID[] into) {
    long before;
    long middle;
    do {
      before = state.get();
      middle = after(before);
    } while (!state.compareAndSet(before, after(middle)));
    into[0] = id(before);
    into[1] = id(middle);
  }

  /** The state after the four steps of one id. */
  private static long after(long s) {
    return step(step(step(step(s))));
  }

  /** The id made by the four steps from a state, as Random.nextLong twice: (long) next(32) << 32 + next(32). */
  private static UUID id(long s) {
    long s1 = step(s);
    long s2 = step(s1);
    long s3 = step(s2);
    long s4 = step(s3);
    return new UUID(((long) word(s1) << 32) + word(s2), ((long) word(s3) << 32) + word(s4));
  }

  /** Random.next(32) of a state. */
  private static int word(long s) {
    return (int) (s >>> 16);
  }

  private static long step(long s) {
    return (s * MULTIPLIER + ADDEND) & MASK;
  }
}
