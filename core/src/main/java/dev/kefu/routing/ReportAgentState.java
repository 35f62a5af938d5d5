package dev.kefu.routing;

import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.staffing.AgentState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Reports a change of an agent's state, as on the agent state timeline: available, busy, break,
 * meeting, offline. Routing gives work only to agents available or busy and on shift; going on a
 * break or to a meeting tells the customers in open conversations (TK-15).
 *
 * @param origin who reports: the agent, or a lead
 * @param agent whose state changed
 * @param state the new state
 * @param at when it changed; not after the command's time
 */
public record ReportAgentState(
    @NotNull @Valid Origin origin, @NotNull @Valid StaffId agent, @NotNull AgentState state, @NotNull Instant at) {}
