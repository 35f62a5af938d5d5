package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Archives a reviewed complaint: read-only from then on, still reportable (CP-9).
 *
 * @param origin the supervisor
 * @param complaintId the complaint
 */
public record ArchiveComplaint(@NotNull @Valid Origin origin, @NotNull @Valid ComplaintId complaintId) {}
