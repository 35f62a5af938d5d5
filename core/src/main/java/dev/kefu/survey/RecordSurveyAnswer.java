package dev.kefu.survey;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A customer's answer to the satisfaction survey sent when their ticket was resolved (QA-8). One
 * answer per ticket; the customer answers for themselves, so no staff member acts.
 *
 * @param customerId the customer answering
 * @param ticketId the ticket surveyed; it must be theirs and resolved
 * @param score 1 (very unsatisfied) to 5 (very satisfied)
 */
public record RecordSurveyAnswer(@NotNull @Valid CustomerId customerId, @NotNull @Valid TicketId ticketId, @Min(1) @Max(5) int score) {}
