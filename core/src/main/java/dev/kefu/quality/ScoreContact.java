package dev.kefu.quality;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * QA scores a contact an agent handled (QA-1): every criterion of the scorecard from 0 to 100,
 * with comments; the feedback goes to the agent and their team lead. A contact is reviewed once.
 *
 * @param origin the QA
 * @param ticketId the ticket
 * @param contact the contact's sequence in the ticket's log
 * @param scores the score of every criterion, by criterion id
 * @param comments comments on criteria, by criterion id; may be empty
 * @param comment the overall comment
 */
public record ScoreContact(
    @NotNull @Valid Origin origin,
    @NotNull @Valid TicketId ticketId,
    @Min(1) int contact,
    @NotNull Map<@NotBlank String, @NotNull @Min(0) @Max(100) Integer> scores,
    @NotNull Map<@NotBlank String, @NotBlank @Size(max = 2000) String> comments,
    @NotBlank @Size(max = 4000) String comment) {}
