package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Records that a customer gave or withdrew consent to marketing contact (CU-10).
 *
 * @param origin who records it
 * @param customerId the customer
 * @param given true if the customer consents, false if they withdraw
 * @param through the channel on which they said so
 */
public record RecordMarketingConsent(
    @NotNull @Valid Origin origin, @NotNull @Valid CustomerId customerId, boolean given, @NotNull Channel through) {}
