package dev.kefu.internal;

import dev.kefu.customer.Classification;
import dev.kefu.customer.Classified;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.ClassificationChange.Dimension;
import dev.kefu.spi.customer.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a classification to a customer file and records every change with its rule, reason and
 * time, never overwriting the history (CU-6).
 *
 * @param customer the file with the new classification
 * @param changes what changed; empty if nothing did
 */
public record Reclassification(Customer customer, List<ClassificationChange> changes) {

  /**
   * Applies a classification.
   *
   * @param before the file before (its own classification is the "from" side)
   * @param after the classification to apply
   * @param initial true when registering: every dimension is recorded, from nothing
   * @param now when
   * @return the reclassified file and the changes
   */
  public static Reclassification apply(Customer before, Classification after, boolean initial, Instant now) {
    List<ClassificationChange> changes = new ArrayList<>();
    change(changes, Dimension.STAGE, initial ? null : before.stage(), after.stage(), now);
    change(changes, Dimension.SEGMENT, initial ? null : before.segment(), after.segment(), now);
    change(changes, Dimension.TIER, initial ? null : before.tier(), after.tier(), now);
    if (changes.isEmpty()) {
      return new Reclassification(before, List.of());
    }
    Customer customer = before.toBuilder()
        .stage(after.stage().value())
        .segment(after.segment().value())
        .tier(after.tier().value())
        .addAllClassificationHistory(changes)
        .build();
    return new Reclassification(customer, List.copyOf(changes));
  }

  private static void change(
      List<ClassificationChange> changes, Dimension dimension, Enum<?> from, Classified<?> to, Instant now) {
    if (from != to.value()) {
      changes.add(new ClassificationChange(
          dimension, from == null ? "" : from.name(), to.value().name(), to.ruleId(), to.reason(), now));
    }
  }

  /** @return true if the tier went up */
  public boolean tierRose(Customer before) {
    return customer.tier().compareTo(before.tier()) > 0;
  }
}
