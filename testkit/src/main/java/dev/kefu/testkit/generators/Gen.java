package dev.kefu.testkit.generators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A generator of values: a plain function of a random source. The same sequence of random
 * numbers always gives the same value, so {@code new SplittableRandom(seed)} replays a value
 * exactly and any property-testing library can drive a generator through its own source of
 * randomness (see {@code dev.kefu.testkit.quicktheories} for QuickTheories).
 *
 * <p>kefu's generators draw only through {@link RandomGenerator#nextInt(int, int)},
 * {@link RandomGenerator#nextLong(long, long)}, {@link RandomGenerator#nextBoolean()} and
 * {@link RandomGenerator#nextLong()}, and never reject a value and draw again. An adapter for
 * another library therefore needs only these four methods, and a source that answers every
 * bounded draw with its lowest (or highest) value, as shrinking does, still yields a valid value.
 *
 * <p><b>Threading:</b> the generators in this package hold no state and are thread-safe; the
 * random source passed to {@link #next} usually is not, so use one source per thread.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Generates one value.
   *
   * @param random the source of randomness
   * @return the value, never null
   */
  T next(RandomGenerator random);

  /**
   * A generator of this generator's values, transformed.
   *
   * @param mapper the transformation; must not return null
   * @param <R> the new value type
   * @return the mapped generator
   * @throws NullPointerException if {@code mapper} is null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * A generator of lists of this generator's values.
   *
   * @param minSize the fewest elements, at least 0
   * @param maxSize the most elements, at least {@code minSize}
   * @return the list generator; its lists are unmodifiable
   * @throws IllegalArgumentException if the sizes are out of order or negative
   */
  default Gen<List<T>> list(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("list sizes must satisfy 0 <= min <= max, were " + minSize + " and " + maxSize);
    }
    return random -> {
      int size = random.nextInt(minSize, maxSize + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(random));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * A generator that leaves out a value about half the time.
   *
   * @return the generator of optional values
   */
  default Gen<Optional<T>> optional() {
    return random -> random.nextBoolean() ? Optional.of(next(random)) : Optional.empty();
  }

  /**
   * Generates values from a seed, for examples and repeatable tests outside a property-testing
   * library.
   *
   * @param seed the seed; the same seed gives the same values
   * @param count how many values, at least 0
   * @return the values, in order
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, was " + count);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random));
    }
    return List.copyOf(values);
  }

  /**
   * A generator that always gives the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   * @throws NullPointerException if {@code value} is null
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return random -> value;
  }

  /**
   * A generator that picks one of some values, each equally likely; shrinking sources pick the
   * first.
   *
   * @param values the values to pick from, at least one
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   * @throws NullPointerException if {@code values} or one of them is null
   */
  static <T> Gen<T> pick(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return random -> copy.get(random.nextInt(0, copy.size()));
  }

  /**
   * A generator of the constants of an enum, each equally likely.
   *
   * @param type the enum
   * @param <E> its type
   * @return the generator
   * @throws IllegalArgumentException if the enum has no constants
   */
  static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  /**
   * A generator that delegates to one of several generators, each equally likely.
   *
   * @param first a generator
   * @param rest more generators
   * @param <T> the value type
   * @return the generator
   * @throws NullPointerException if a generator is null
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T> first, Gen<? extends T>... rest) {
    List<Gen<? extends T>> gens = new ArrayList<>();
    gens.add(Objects.requireNonNull(first, "first"));
    for (Gen<? extends T> g : rest) {
      gens.add(Objects.requireNonNull(g, "rest"));
    }
    List<Gen<? extends T>> all = List.copyOf(gens);
    return random -> all.get(random.nextInt(0, all.size())).next(random);
  }

  /**
   * A generator of integers in a range.
   *
   * @param minInclusive the smallest value
   * @param maxInclusive the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code maxInclusive < minInclusive}
   */
  static Gen<Integer> ints(int minInclusive, int maxInclusive) {
    if (maxInclusive < minInclusive) {
      throw new IllegalArgumentException("empty range " + minInclusive + ".." + maxInclusive);
    }
    return random -> (int) random.nextLong(minInclusive, (long) maxInclusive + 1);
  }

  /**
   * A generator of longs in a range.
   *
   * @param minInclusive the smallest value
   * @param maxInclusive the largest value, below {@link Long#MAX_VALUE}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty or reaches {@link Long#MAX_VALUE}
   */
  static Gen<Long> longs(long minInclusive, long maxInclusive) {
    if (maxInclusive < minInclusive || maxInclusive == Long.MAX_VALUE) {
      throw new IllegalArgumentException("unsupported range " + minInclusive + ".." + maxInclusive);
    }
    return random -> random.nextLong(minInclusive, maxInclusive + 1);
  }
}
