package dev.kefu.revisit;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.Satisfaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records a revisit in full (RV-4): satisfied, neutral or unsatisfied; for an unsatisfied customer
 * the dimension of dissatisfaction, which opens an improvement item (RV-7); what they were unhappy
 * with; suggestions. A revisit that never reached the customer is recorded as unreachable.
 *
 * @param origin who revisited
 * @param revisitId the revisit
 * @param reached whether the customer was reached
 * @param satisfaction the verdict; required when reached
 * @param dimension the dimension of dissatisfaction; required when unsatisfied
 * @param complaints what the customer was unhappy with
 * @param suggestions their suggestions
 */
public record RecordRevisitOutcome(
    @NotNull @Valid Origin origin,
    @NotBlank @Size(max = 64) String revisitId,
    boolean reached,
    Satisfaction satisfaction,
    @Size(max = 200) String dimension,
    @Size(max = 2000) String complaints,
    @Size(max = 2000) String suggestions) {

  /**
   * A reached customer's verdict.
   *
   * @param origin who revisited
   * @param revisitId the revisit
   * @param satisfaction the verdict
   * @param dimension the dimension of dissatisfaction, or null
   * @return the command
   */
  public static RecordRevisitOutcome reached(Origin origin, String revisitId, Satisfaction satisfaction, String dimension) {
    return new RecordRevisitOutcome(origin, revisitId, true, satisfaction, dimension, null, null);
  }

  /**
   * A customer who could not be reached.
   *
   * @param origin who tried
   * @param revisitId the revisit
   * @return the command
   */
  public static RecordRevisitOutcome unreachable(Origin origin, String revisitId) {
    return new RecordRevisitOutcome(origin, revisitId, false, null, null, null, null);
  }
}
