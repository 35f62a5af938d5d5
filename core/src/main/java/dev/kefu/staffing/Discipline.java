package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Discipline escalates (ST-10): an agent's first breach within the look-back period is a warning,
 * any further breach a penalty.
 *
 * <p>Immutable and thread-safe.
 */
public final class Discipline {

  private final Period lookBack;

  private Discipline(Period lookBack) {
    this.lookBack = lookBack;
  }

  /** @return breaches counted over the last 12 months */
  public static Discipline defaults() {
    return new Discipline(Period.ofMonths(12));
  }

  /**
   * Discipline with another look-back period.
   *
   * @param lookBack how far back earlier breaches count
   * @return the policy
   * @throws IllegalArgumentException if the period is negative or zero
   */
  public static Discipline lookingBack(Period lookBack) {
    Objects.requireNonNull(lookBack, "lookBack");
    if (lookBack.isNegative() || lookBack.isZero()) {
      throw new IllegalArgumentException("the look-back period must be positive, got " + lookBack);
    }
    return new Discipline(lookBack);
  }

  /**
   * The record of a new breach, with its sanction.
   *
   * @param history the agent's (or everyone's) earlier records
   * @param agent who broke the rule
   * @param date the day
   * @param ruleId the rule broken
   * @param detail what happened
   * @return the new record: a warning if the agent has no breach in the look-back period before
   *     {@code date}, a penalty otherwise
   */
  public DisciplinaryRecord breach(List<DisciplinaryRecord> history, StaffId agent, LocalDate date, String ruleId, String detail) {
    Objects.requireNonNull(history, "history");
    LocalDate from = date.minus(lookBack);
    boolean repeat = history.stream().anyMatch(r -> r.agent().equals(agent) && r.date().isAfter(from) && !r.date().isAfter(date));
    return new DisciplinaryRecord(agent, date, ruleId, repeat ? Sanction.PENALTY : Sanction.WARNING,
        detail + (repeat ? "; a repeat within " + lookBack + ": penalty (ST-10)" : "; a first breach: warning (ST-10)"));
  }
}
