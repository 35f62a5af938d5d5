package dev.kefu.staffing;

import dev.kefu.Decision;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Shift swaps need approval (ST-4): by a lead in the reporting lines of both agents. A swap
 * made without it still happened; it is recorded, and both agents get a disciplinary record whose
 * sanction follows {@link Discipline} (ST-10).
 *
 * <p>Immutable and thread-safe.
 */
public final class ShiftSwaps {

  private final StaffDirectory directory;
  private final Discipline discipline;

  private ShiftSwaps(StaffDirectory directory, Discipline discipline) {
    this.directory = directory;
    this.discipline = discipline;
  }

  /**
   * The policy.
   *
   * @param directory who reports to whom
   * @param discipline how breaches are sanctioned
   * @return the policy
   */
  public static ShiftSwaps of(StaffDirectory directory, Discipline discipline) {
    return new ShiftSwaps(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(discipline, "discipline"));
  }

  /**
   * Whether a swap is approved.
   *
   * @param swap the swap
   * @return allowed if a lead above both agents approved it
   */
  public Decision decide(ShiftSwap swap) {
    Objects.requireNonNull(swap, "swap");
    if (swap.approvedBy().isEmpty()) {
      return Decision.refuse("ST-4", "the swap has no approval");
    }
    StaffId by = swap.approvedBy().get();
    boolean leadsFirst = leads(by, swap.first());
    boolean leadsSecond = leads(by, swap.second());
    if (!leadsFirst || !leadsSecond) {
      return Decision.refuse("ST-4", "the approver is not a lead of " + (leadsFirst ? "the second agent" : leadsSecond
          ? "the first agent" : "either agent"));
    }
    return Decision.allow("ST-4", "approved by a lead of both agents");
  }

  private boolean leads(StaffId lead, StaffId agent) {
    for (StaffMember m : directory.reportingLine(agent)) {
      if (m.id().equals(lead)) {
        return m.role().isLead();
      }
    }
    return false;
  }

  /** What recording a swap did. */
  public record Outcome(Roster roster, Decision decision, List<DisciplinaryRecord> records) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if an argument is null
     */
    public Outcome {
      Objects.requireNonNull(roster, "roster");
      Objects.requireNonNull(decision, "decision");
      records = List.copyOf(Objects.requireNonNull(records, "records"));
    }
  }

  /**
   * Records a swap the agents made: the roster changes either way; an unapproved swap gives each
   * agent a disciplinary record (ST-4), a warning or a penalty by their history (ST-10).
   *
   * @param roster the week's roster holding both dates
   * @param swap the swap
   * @param history earlier disciplinary records
   * @return the roster after the swap, the decision and the new records
   */
  public Outcome record(Roster roster, ShiftSwap swap, List<DisciplinaryRecord> history) {
    Objects.requireNonNull(roster, "roster");
    Objects.requireNonNull(history, "history");
    Decision d = decide(swap);
    List<DisciplinaryRecord> records = new ArrayList<>();
    if (!d.allowed()) {
      records.add(discipline.breach(history, swap.first(), swap.firstDate(), "ST-4", "unapproved shift swap: " + d.reason()));
      records.add(discipline.breach(history, swap.second(), swap.secondDate(), "ST-4", "unapproved shift swap: " + d.reason()));
    }
    return new Outcome(roster.withSwap(swap), d, records);
  }

}
