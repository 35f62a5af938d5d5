package dev.kefu.kpi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The targets a team lead assesses agents' KPIs against (QA-3), split into contact quality and
 * workload as the source's team-lead duties put it.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssessmentTargets {

  /** The KPIs of contact quality. */
  public static final Set<Kpi> QUALITY = Set.of(Kpi.QA_SCORE, Kpi.CSAT, Kpi.FIRST_CONTACT_RESOLUTION, Kpi.COMPLAINT_RATE,
      Kpi.REFUND_RATE, Kpi.FIRST_RESPONSE_SLA_MET, Kpi.RESOLUTION_SLA_MET);

  private final Map<Kpi, Target> targets;

  private AssessmentTargets(Map<Kpi, Target> targets) {
    this.targets = java.util.Collections.unmodifiableMap(new EnumMap<>(targets));
  }

  /**
   * The defaults: QA score at least 80, CSAT 80%, first-contact resolution 70%, complaint rate at
   * most 1%, refund rate at most 5%, both SLA met at least 90%; resolution rate 80%, average handle
   * time at most 600 s, attendance 95%, adherence 90%, occupancy at least 60%. Contacts handled has
   * no target: it is shown beside the team's mean.
   *
   * @return the default targets
   */
  public static AssessmentTargets defaults() {
    Map<Kpi, Target> t = new EnumMap<>(Kpi.class);
    for (Target target : List.of(new Target(Kpi.QA_SCORE, 80, true), new Target(Kpi.CSAT, 0.8, true),
        new Target(Kpi.FIRST_CONTACT_RESOLUTION, 0.7, true), new Target(Kpi.COMPLAINT_RATE, 0.01, false),
        new Target(Kpi.REFUND_RATE, 0.05, false), new Target(Kpi.FIRST_RESPONSE_SLA_MET, 0.9, true),
        new Target(Kpi.RESOLUTION_SLA_MET, 0.9, true), new Target(Kpi.RESOLUTION_RATE, 0.8, true),
        new Target(Kpi.AVERAGE_HANDLE_TIME, 600, false), new Target(Kpi.ATTENDANCE, 0.95, true),
        new Target(Kpi.ADHERENCE, 0.9, true), new Target(Kpi.OCCUPANCY, 0.6, true))) {
      t.put(target.kpi(), target);
    }
    return new AssessmentTargets(t);
  }

  /**
   * @param target a target
   * @return a copy with it, replacing the KPI's previous target
   */
  public AssessmentTargets with(Target target) {
    Objects.requireNonNull(target, "target");
    Map<Kpi, Target> t = new EnumMap<>(Kpi.class);
    t.putAll(targets);
    t.put(target.kpi(), target);
    return new AssessmentTargets(t);
  }

  /**
   * @param kpi a KPI
   * @return a copy without a target for it
   */
  public AssessmentTargets without(Kpi kpi) {
    Map<Kpi, Target> t = new EnumMap<>(Kpi.class);
    t.putAll(targets);
    t.remove(Objects.requireNonNull(kpi, "kpi"));
    return new AssessmentTargets(t);
  }

  /**
   * @param kpi a KPI
   * @return its target, if it has one
   */
  public Optional<Target> target(Kpi kpi) {
    return Optional.ofNullable(targets.get(kpi));
  }
}
