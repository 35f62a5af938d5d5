package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A supervisor approves one proposed option before anything is promised to the customer (CP-5);
 * compensation above the configured limit needs this approval too (CP-13).
 *
 * @param origin the supervisor
 * @param complaintId the complaint
 * @param option the index of the chosen option, from 0
 */
public record ApproveResolution(@NotNull @Valid Origin origin, @NotNull @Valid ComplaintId complaintId, @Min(0) int option) {}
