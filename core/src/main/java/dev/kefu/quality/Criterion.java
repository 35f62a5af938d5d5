package dev.kefu.quality;

import java.util.Objects;

/**
 * One criterion of a {@link Scorecard}: what is judged and how much it weighs in the total.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable machine name, for example {@code "accuracy"}; what a review's scores are keyed by
 * @param name the human name
 * @param weight its weight, 1 or more; the total is {@code Σ weight·score ÷ Σ weight}
 */
public record Criterion(String id, String name, int weight) {

  /**
   * Creates a criterion.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or name is blank or the weight below 1
   */
  public Criterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank() || name.isBlank() || weight < 1) {
      throw new IllegalArgumentException("a criterion needs an id, a name and a weight of 1 or more, got " + id + ", " + name + ", " + weight);
    }
  }
}
