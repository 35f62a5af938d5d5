package dev.kefu.complaint;

import dev.kefu.Origin;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ResolutionOption;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Proposes one or more resolution options for a supervisor to choose from (CP-5). The options must
 * fit the cause (CP-11): a quality defect gets a return or exchange among them, a misuse an
 * explanation.
 *
 * @param origin who proposes them
 * @param complaintId the complaint
 * @param options the options
 */
public record ProposeResolution(
    @NotNull @Valid Origin origin,
    @NotNull @Valid ComplaintId complaintId,
    @NotEmpty @Size(max = 10) List<@NotNull @Valid ResolutionOption> options) {}
