package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.Department;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A supervisor reviews and classifies a closed complaint (CP-8): cause category and department
 * (the channel is the complaint's own), with the improvement action decided.
 *
 * @param origin the supervisor
 * @param complaintId the complaint
 * @param cause the cause category
 * @param department the responsible department
 * @param improvement the improvement action, or null
 */
public record ReviewComplaint(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    @NotNull CauseCategory cause,
    @NotNull Department department,
    @Size(max = 2000) String improvement) {}
