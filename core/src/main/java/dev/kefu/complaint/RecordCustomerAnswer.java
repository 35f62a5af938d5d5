package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records the customer's answer to a carried-out resolution (CP-6): accepted, with the
 * confirmation recorded, or refused, which sends the complaint back to proposal.
 *
 * @param origin who records it
 * @param complaintId the complaint
 * @param accepted whether the customer accepted
 * @param confirmation how the customer said so (for a refusal: why)
 */
public record RecordCustomerAnswer(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    boolean accepted,
    @NotBlank @Size(max = 2000) String confirmation) {}
