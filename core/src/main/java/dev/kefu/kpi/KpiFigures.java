package dev.kefu.kpi;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Every KPI of one subject — an agent, a team or the shop — over a period.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the agent id, the team id, or {@code "shop"}
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param measures one measure per KPI; a KPI left out counts as {@link Measure#ZERO}
 */
public record KpiFigures(String subject, Instant from, Instant to, Map<Kpi, Measure> measures) {

  /**
   * Creates figures.
   *
   * @throws NullPointerException if an argument is null
   */
  public KpiFigures {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    EnumMap<Kpi, Measure> copy = new EnumMap<>(Kpi.class);
    for (Kpi k : Kpi.values()) {
      copy.put(k, Objects.requireNonNull(measures, "measures").getOrDefault(k, Measure.ZERO));
    }
    measures = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Figures with nothing counted.
   *
   * @param subject the subject
   * @param from inclusive
   * @param to exclusive
   * @return the empty figures
   */
  public static KpiFigures empty(String subject, Instant from, Instant to) {
    return new KpiFigures(subject, from, to, Map.of());
  }

  /**
   * @param kpi the KPI
   * @return its measure
   */
  public Measure measure(Kpi kpi) {
    return measures.get(kpi);
  }

  /**
   * @param kpi the KPI
   * @return its value; empty for a ratio or mean with an empty denominator
   */
  public OptionalDouble value(Kpi kpi) {
    return measures.get(kpi).value(kpi.kind());
  }

  /**
   * The sum of these figures and another's, KPI by KPI, under a subject.
   *
   * @param newSubject the sum's subject
   * @param other the other figures, of the same period
   * @return the sum
   */
  public KpiFigures plus(String newSubject, KpiFigures other) {
    EnumMap<Kpi, Measure> sum = new EnumMap<>(Kpi.class);
    for (Kpi k : Kpi.values()) {
      sum.put(k, measure(k).plus(other.measure(k)));
    }
    return new KpiFigures(newSubject, from, to, sum);
  }
}
