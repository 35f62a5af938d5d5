package dev.kefu.staffing;

import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffAlert;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Raises a traffic peak or a system incident to the shift leads on duty, at once (ST-14). Find
 * them with {@link Roster#onDuty}; {@link PeakWatch} says when a peak is one.
 *
 * @param origin who raises it
 * @param alertId the alert's id; raising the same id again has no new effect
 * @param kind peak or incident
 * @param summary what happened, without personal data
 * @param shiftLeads the shift leads to tell
 */
public record RaiseAlert(
    @NotNull @Valid Origin origin,
    @NotBlank @Size(max = 128) String alertId,
    @NotNull StaffAlert.Kind kind,
    @NotBlank @Size(max = 500) String summary,
    @NotEmpty List<@NotNull @Valid StaffId> shiftLeads) {}
