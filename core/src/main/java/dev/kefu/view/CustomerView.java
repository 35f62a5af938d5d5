package dev.kefu.view;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer may see of their own ticket or complaint (TK-19): where it stands, what happens
 * next, by when, and the outcome — in their language. Never internal notes, staff names or ids,
 * other customers' data or contact details.
 *
 * @param reference the ticket or complaint id the customer knows
 * @param kind {@code "ticket"} or {@code "complaint"}
 * @param status where it stands, in words
 * @param nextStep what happens next, in words
 * @param expectedBy when the shop expects to have resolved it, if a clock promises a time
 * @param outcome the outcome told to the customer, once there is one
 * @param updatedAt when it last changed
 * @param locale the language of the words
 */
public record CustomerView(
    String reference, String kind, String status, String nextStep, Optional<Instant> expectedBy, Optional<String> outcome,
    Instant updatedAt, Locale locale) {

  /**
   * Creates a view.
   *
   * @throws NullPointerException if an argument is null
   */
  public CustomerView {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextStep, "nextStep");
    Objects.requireNonNull(expectedBy, "expectedBy");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(locale, "locale");
  }
}
