package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;

/**
 * A customer gave or withdrew consent to marketing contact (CU-10).
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param given true if consent is now given
 */
public record MarketingConsentChanged(EventMeta meta, CustomerId customer, boolean given) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.marketing-consent-changed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
