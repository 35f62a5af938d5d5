package dev.kefu.kpi;

import dev.kefu.Origin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A team lead assesses the KPIs of the agents they lead over a period (QA-3): every agent whose
 * reporting line includes the lead.
 *
 * @param origin the lead
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive; after {@code from}, not after now
 * @param workforce the rosters and timelines for attendance, adherence and occupancy
 */
public record AssessTeam(@NotNull @Valid Origin origin, @NotNull Instant from, @NotNull Instant to, @NotNull Workforce workforce) {}
