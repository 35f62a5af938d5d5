package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * QA verifies or dismisses the record a substantiated complaint put on the agent it names (CP-12);
 * only a verified record counts toward the agent's performance.
 *
 * @param origin the QA
 * @param complaintId the complaint
 * @param verified true to verify, false to dismiss
 */
public record DecideAgentRecord(@NotNull @Valid Origin origin, @NotNull @Valid ComplaintId complaintId, boolean verified) {}
