package dev.kefu.spi.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A membership card (CU-4): the card number and the last day it is valid, in the customer's time
 * zone. The card number is masked in {@link #toString()}.
 *
 * @param cardNumber the card number
 * @param validUntil the last valid day, inclusive
 */
public record Membership(@NotBlank @Size(max = 64) String cardNumber, @NotNull LocalDate validUntil) {

  /**
   * Creates a membership.
   *
   * @throws NullPointerException if an argument is null
   */
  public Membership {
    Objects.requireNonNull(cardNumber, "cardNumber");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /**
   * Whether the card is valid on a day.
   *
   * @param day the day, in the customer's time zone
   * @return true if {@code day} is not after {@link #validUntil()}
   */
  public boolean isValidOn(LocalDate day) {
    return !day.isAfter(validUntil);
  }

  @Override
  public String toString() {
    return "Membership[cardNumber=" + Masking.mask(cardNumber) + ", validUntil=" + validUntil + "]";
  }
}
