package dev.kefu.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdSourceTest {

  @Test
  void seededIdsAreTheUuidsOfARandomWithTheSeed() {
    for (long seed : new long[] {0, 1, 7, -1, Long.MIN_VALUE, 0x5DEECE66DL, 123_456_789_012L}) {
      Random random = new Random(seed);
      IdSource ids = IdSource.seeded(seed);
      for (int i = 0; i < 1_000; i++) {
        assertEquals(new UUID(random.nextLong(), random.nextLong()), ids.next(), "seed " + seed + ", id " + i);
      }
    }
  }

  @Test
  void twoSeededIdsAtOnceAreTheNextTwoOfTheSequence() {
    for (long seed : new long[] {0, 1, 7, -1, Long.MIN_VALUE, 0x5DEECE66DL, 123_456_789_012L}) {
      Random random = new Random(seed);
      IdSource ids = IdSource.seeded(seed);
      UUID[] two = new UUID[2];
      for (int i = 0; i < 1_000; i++) {
        if (i % 3 == 0) {
          assertEquals(new UUID(random.nextLong(), random.nextLong()), ids.next(), "seed " + seed + ", id " + i);
          continue;
        }
        ids.nextTwo(two);
        assertEquals(new UUID(random.nextLong(), random.nextLong()), two[0], "seed " + seed + ", pair " + i);
        assertEquals(new UUID(random.nextLong(), random.nextLong()), two[1], "seed " + seed + ", pair " + i);
      }
    }
  }

  @Test
  void twoIdsAtOnceFromAnyOtherSourceAreTwoCallsOfNext() {
    int[] n = {0};
    IdSource counting = () -> new UUID(0, n[0]++);
    UUID[] two = new UUID[2];
    counting.nextTwo(two);
    assertEquals(new UUID(0, 0), two[0]);
    assertEquals(new UUID(0, 1), two[1]);
  }

  @Test
  void seededIdsRepeatForTheSameSeedOnly() {
    assertEquals(IdSource.seeded(7).next(), IdSource.seeded(7).next());
    assertNotEquals(IdSource.seeded(7).next(), IdSource.seeded(8).next());
  }

  @Test
  void seededIdsDrawnByManyThreadsAreTheSequenceEachOnce() throws Exception {
    IdSource ids = IdSource.seeded(3);
    java.util.Set<UUID> drawn = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        for (int i = 0; i < 20_000; i++) {
          drawn.add(ids.next());
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    Random random = new Random(3);
    java.util.Set<UUID> expected = new java.util.HashSet<>();
    for (int i = 0; i < 80_000; i++) {
      expected.add(new UUID(random.nextLong(), random.nextLong()));
    }
    assertEquals(expected, drawn);
  }
}
