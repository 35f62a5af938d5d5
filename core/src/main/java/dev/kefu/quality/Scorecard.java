package dev.kefu.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The criteria QA scores a contact on, each with a weight (QA-1). A review scores every criterion
 * from 0 to 100; the review's total is the weighted mean {@code Σ weight·score ÷ Σ weight}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the scorecard's id, kept on every review made with it
 * @param criteria the criteria, in the order they are shown; ids unique
 */
public record Scorecard(String id, List<Criterion> criteria) {

  /**
   * Creates a scorecard.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank, there are no criteria or two share an id
   */
  public Scorecard {
    Objects.requireNonNull(id, "id");
    criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
    if (id.isBlank() || criteria.isEmpty() || criteria.stream().map(Criterion::id).distinct().count() != criteria.size()) {
      throw new IllegalArgumentException("a scorecard needs an id and criteria with distinct ids, got " + id + " " + criteria);
    }
  }

  /**
   * The source shop's scorecard: greeting and etiquette 20, accuracy 30, resolution 30,
   * compliance 20.
   *
   * @return the default scorecard, id {@code "standard"}
   */
  public static Scorecard defaults() {
    return new Scorecard("standard", List.of(
        new Criterion("greeting", "greeting and etiquette", 20),
        new Criterion("accuracy", "accuracy", 30),
        new Criterion("resolution", "resolution", 30),
        new Criterion("compliance", "compliance", 20)));
  }

  /**
   * A criterion by id.
   *
   * @param criterionId the id
   * @return the criterion, or empty
   */
  public Optional<Criterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }
}
