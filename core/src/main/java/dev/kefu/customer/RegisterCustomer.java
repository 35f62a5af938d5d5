package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registers a customer's file (CU-1). kefu classifies the customer at once (CU-2 to CU-4) and
 * records that first classification (CU-6).
 *
 * @param origin who registers the customer
 * @param customerId the shop's id for the customer; must not be registered yet
 * @param name the customer's name
 * @param contacts how to reach them, at most one per channel
 * @param region the region
 * @param timeZone the customer's time zone
 * @param preferredLocale the language to write in; null for the shop default
 * @param characteristics what the shop notes about them; null for none
 * @param creditRating the credit rating; null for unrated
 * @param membership a membership card; null for none
 */
public record RegisterCustomer(
    @NotNull @Valid Origin origin,
    @NotNull @Valid CustomerId customerId,
    @NotBlank @Size(max = 200) String name,
    @NotNull @Size(max = 7) List<@NotNull @Valid ContactPoint> contacts,
    @NotBlank @Size(max = 100) String region,
    @NotNull ZoneId timeZone,
    Locale preferredLocale,
    @Size(max = 50) Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 500) String> characteristics,
    CreditRating creditRating,
    @Valid Membership membership) {

  /**
   * The least a registration needs: id, name, contacts, region and time zone.
   *
   * @param origin who registers
   * @param customerId the customer's id
   * @param name the name
   * @param contacts the contacts
   * @param region the region
   * @param timeZone the time zone
   * @return the command
   */
  public static RegisterCustomer of(
      Origin origin, CustomerId customerId, String name, List<ContactPoint> contacts, String region, ZoneId timeZone) {
    return new RegisterCustomer(origin, customerId, name, contacts, region, timeZone, null, null, null, null);
  }

  /**
   * @param value the membership card
   * @return a copy with a membership card
   */
  public RegisterCustomer withMembership(Membership value) {
    return new RegisterCustomer(origin, customerId, name, contacts, region, timeZone, preferredLocale, characteristics, creditRating, value);
  }

  /**
   * @param value the locale
   * @return a copy with a preferred locale
   */
  public RegisterCustomer withPreferredLocale(Locale value) {
    return new RegisterCustomer(origin, customerId, name, contacts, region, timeZone, value, characteristics, creditRating, membership);
  }

  /**
   * @param value the rating
   * @return a copy with a credit rating
   */
  public RegisterCustomer withCreditRating(CreditRating value) {
    return new RegisterCustomer(origin, customerId, name, contacts, region, timeZone, preferredLocale, characteristics, value, membership);
  }

  /**
   * @param value the characteristics
   * @return a copy with characteristics
   */
  public RegisterCustomer withCharacteristics(Map<String, String> value) {
    return new RegisterCustomer(origin, customerId, name, contacts, region, timeZone, preferredLocale, value, creditRating, membership);
  }
}
