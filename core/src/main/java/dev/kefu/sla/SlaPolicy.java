package dev.kefu.sla;

import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA policy: which tickets it covers, the business calendar its business-time targets count
 * on, a target per metric, when to warn, and the escalation ladder after a breach.
 *
 * <p>Immutable and thread-safe. Build with {@link #named(String)} and the {@code with*} methods.
 *
 * @param id a stable id, recorded on every clock the policy starts
 * @param scope the tickets it covers
 * @param calendarId the business calendar of its business-time targets
 * @param targets the target per metric; a metric without a target has no clock
 * @param warning when to warn
 * @param escalation the ladder after a breach, by time after the breach
 */
public record SlaPolicy(
    String id,
    PolicyScope scope,
    String calendarId,
    Map<SlaMetric, SlaTarget> targets,
    WarningRule warning,
    List<EscalationStep> escalation) {

  /** The id of the calendar policies count on unless they name another. */
  public static final String SHOP_CALENDAR = "shop";

  /**
   * Creates a policy; collections are copied and the ladder sorted by offset.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public SlaPolicy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(calendarId, "calendarId");
    targets = targets.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(targets));
    Objects.requireNonNull(warning, "warning");
    List<EscalationStep> sorted = new ArrayList<>(escalation);
    sorted.sort((a, b) -> a.afterBreach().compareTo(b.afterBreach()));
    escalation = List.copyOf(sorted);
    if (id.isBlank()) {
      throw new IllegalArgumentException("a policy needs an id");
    }
  }

  /**
   * A policy covering every ticket, on the shop calendar, without targets yet.
   *
   * @param id the id
   * @return the policy
   */
  public static SlaPolicy named(String id) {
    return new SlaPolicy(id, PolicyScope.everything(), SHOP_CALENDAR, Map.of(), WarningRule.defaults(), List.of());
  }

  /**
   * @param value the scope
   * @return a copy covering these tickets
   */
  public SlaPolicy withScope(PolicyScope value) {
    return new SlaPolicy(id, value, calendarId, targets, warning, escalation);
  }

  /**
   * @param value the calendar id
   * @return a copy counting business time on another calendar
   */
  public SlaPolicy withCalendar(String value) {
    return new SlaPolicy(id, scope, value, targets, warning, escalation);
  }

  /**
   * @param metric the metric
   * @param target its target
   * @return a copy with this target
   */
  public SlaPolicy withTarget(SlaMetric metric, SlaTarget target) {
    Map<SlaMetric, SlaTarget> t = new EnumMap<>(SlaMetric.class);
    t.putAll(targets);
    t.put(metric, target);
    return new SlaPolicy(id, scope, calendarId, t, warning, escalation);
  }

  /**
   * @param value the warning rule
   * @return a copy warning this way
   */
  public SlaPolicy withWarning(WarningRule value) {
    return new SlaPolicy(id, scope, calendarId, targets, value, escalation);
  }

  /**
   * @param steps the ladder
   * @return a copy escalating this way
   */
  public SlaPolicy withEscalation(EscalationStep... steps) {
    return new SlaPolicy(id, scope, calendarId, targets, warning, List.of(steps));
  }

  /**
   * @param metric the metric
   * @return its target, if the policy sets one
   */
  public Optional<SlaTarget> target(SlaMetric metric) {
    return Optional.ofNullable(targets.get(metric));
  }
}
