package dev.kefu.spi.customer;

import dev.kefu.spi.Channel;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's consent to marketing contact (CU-10): when it was given and through which channel.
 * Without it, kefu makes no marketing contact.
 *
 * @param givenAt when the customer consented
 * @param through the channel on which they consented
 */
public record MarketingConsent(@NotNull Instant givenAt, @NotNull Channel through) {

  /**
   * Creates a consent record.
   *
   * @throws NullPointerException if an argument is null
   */
  public MarketingConsent {
    Objects.requireNonNull(givenAt, "givenAt");
    Objects.requireNonNull(through, "through");
  }
}
