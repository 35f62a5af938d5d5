package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.Satisfaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records the revisit after a complaint was handled (CP-7): without it the complaint cannot be
 * reviewed and closed.
 *
 * @param origin who revisited
 * @param complaintId the complaint
 * @param outcome what the customer said
 * @param notes what they were unhappy with, suggestions
 */
public record RecordComplaintRevisit(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    @NotNull Satisfaction outcome,
    @Size(max = 2000) String notes) {}
