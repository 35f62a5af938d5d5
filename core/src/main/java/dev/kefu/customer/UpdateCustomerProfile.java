package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.AccountStatus;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.KeyCustomerRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Changes a customer's basic data, status, credit rating or key-customer record (CU-1, CU-6,
 * CU-9). Every field left null stays as it is; the event names the changed fields, never their
 * values.
 *
 * @param origin who changes it
 * @param customerId the customer
 * @param name a new name, or null
 * @param contacts new contacts (replacing all), or null
 * @param region a new region, or null
 * @param timeZone a new time zone, or null
 * @param preferredLocale a new locale, or null
 * @param characteristics new characteristics (replacing all), or null
 * @param status a new account status, or null
 * @param creditRating a new credit rating, or null
 * @param keyCustomerRecord a new key-customer record, or null
 */
public record UpdateCustomerProfile(
    @NotNull @Valid Origin origin,
    @NotNull @Valid CustomerId customerId,
    @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
    @Size(max = 7) List<@NotNull @Valid ContactPoint> contacts,
    @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String region,
    ZoneId timeZone,
    Locale preferredLocale,
    @Size(max = 50) Map<@NotNull @Size(min = 1, max = 64) String, @NotNull @Size(max = 500) String> characteristics,
    AccountStatus status,
    CreditRating creditRating,
    @Valid KeyCustomerRecord keyCustomerRecord) {

  /**
   * An update that changes nothing yet; add changes with the {@code with*} methods.
   *
   * @param origin who changes it
   * @param customerId the customer
   * @return the command
   */
  public static UpdateCustomerProfile of(Origin origin, CustomerId customerId) {
    return new UpdateCustomerProfile(origin, customerId, null, null, null, null, null, null, null, null, null);
  }

  /**
   * @param value the new name
   * @return a copy that changes the name
   */
  public UpdateCustomerProfile withName(String value) {
    return new UpdateCustomerProfile(origin, customerId, value, contacts, region, timeZone, preferredLocale, characteristics, status, creditRating, keyCustomerRecord);
  }

  /**
   * @param value the new contacts
   * @return a copy that replaces the contacts
   */
  public UpdateCustomerProfile withContacts(List<ContactPoint> value) {
    return new UpdateCustomerProfile(origin, customerId, name, value, region, timeZone, preferredLocale, characteristics, status, creditRating, keyCustomerRecord);
  }

  /**
   * @param value the new region
   * @return a copy that changes the region
   */
  public UpdateCustomerProfile withRegion(String value) {
    return new UpdateCustomerProfile(origin, customerId, name, contacts, value, timeZone, preferredLocale, characteristics, status, creditRating, keyCustomerRecord);
  }

  /**
   * @param value the new status
   * @return a copy that changes the account status
   */
  public UpdateCustomerProfile withStatus(AccountStatus value) {
    return new UpdateCustomerProfile(origin, customerId, name, contacts, region, timeZone, preferredLocale, characteristics, value, creditRating, keyCustomerRecord);
  }

  /**
   * @param value the new rating
   * @return a copy that changes the credit rating
   */
  public UpdateCustomerProfile withCreditRating(CreditRating value) {
    return new UpdateCustomerProfile(origin, customerId, name, contacts, region, timeZone, preferredLocale, characteristics, status, value, keyCustomerRecord);
  }

  /**
   * @param value the new record
   * @return a copy that replaces the key-customer record
   */
  public UpdateCustomerProfile withKeyCustomerRecord(KeyCustomerRecord value) {
    return new UpdateCustomerProfile(origin, customerId, name, contacts, region, timeZone, preferredLocale, characteristics, status, creditRating, value);
  }
}
