package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.Department;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Assesses a registered complaint (CP-3): substantiated, with the responsible department (the
 * customer is asked for time to investigate), or not, with the explanation the customer was given.
 *
 * @param origin who assesses it
 * @param complaintId the complaint
 * @param substantiated whether the complaint and the demand are justified
 * @param department the responsible department; required when substantiated
 * @param explanation the explanation given to the customer; required when not substantiated
 */
public record AssessComplaint(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    boolean substantiated,
    Department department,
    @Size(max = 2000) String explanation) {

  /**
   * A substantiated complaint.
   *
   * @param origin who assesses it
   * @param id the complaint
   * @param department the responsible department
   * @return the command
   */
  public static AssessComplaint substantiated(Origin origin, ComplaintId id, Department department) {
    return new AssessComplaint(origin, id, true, department, null);
  }

  /**
   * A rejected complaint.
   *
   * @param origin who assesses it
   * @param id the complaint
   * @param explanation what the customer was told
   * @return the command
   */
  public static AssessComplaint rejected(Origin origin, ComplaintId id, String explanation) {
    return new AssessComplaint(origin, id, false, null, explanation);
  }
}
