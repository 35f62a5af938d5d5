package dev.kefu.staffing;

import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Hands the open work of the leaving agents over to the incoming ones at a shift change (ST-2):
 * every open ticket they own gets an incoming owner, the least loaded first.
 *
 * @param origin the lead who runs the handover
 * @param leaving the agents whose shift ends
 * @param incoming the agents whose shift begins, in order of preference on equal load
 */
public record HandOver(
    @NotNull @Valid Origin origin,
    @NotNull List<@NotNull @Valid StaffId> leaving,
    @NotEmpty List<@NotNull @Valid StaffId> incoming) {}
