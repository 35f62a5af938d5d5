package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Records that the approved resolution was carried out and the customer told (CP-6), with the
 * staff responsible for follow-up.
 *
 * @param origin who records it
 * @param complaintId the complaint
 * @param responsibleStaff who carried it out
 */
public record CarryOutResolution(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    @NotEmpty @Size(max = 20) List<@NotNull @Valid StaffId> responsibleStaff) {}
