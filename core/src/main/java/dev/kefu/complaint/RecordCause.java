package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.ComplaintId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Records what investigation found (CP-4): the cause and the responsible party. A product-quality
 * cause goes to the quality owner, a service cause to the service supervisor.
 *
 * @param origin who records it
 * @param complaintId the complaint
 * @param cause the cause category
 * @param responsibleParty who was responsible, in words
 */
public record RecordCause(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    @NotNull CauseCategory cause,
    @NotBlank @Size(max = 500) String responsibleParty) {}
