package dev.kefu.customer;

import dev.kefu.Decision;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.MarketingConsent;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a customer may be contacted for marketing (CU-10): only with their consent on file.
 * Marketing is any message whose purpose is to sell or promote — promotions, loyal-customer group
 * offers, membership renewal reminders — as opposed to service messages about the customer's own
 * tickets, orders, complaints and revisits, which need no consent.
 *
 * <p>kefu asks this policy before every marketing message it sends itself (the renewal reminder of
 * the member campaign); a host calls it, or {@link Customers#decideMarketingContact}, before its
 * own campaigns. The decision names {@value #RULE} and, when allowed, when and through which
 * channel the customer opted in; it never contains personal data.
 *
 * <p>A pure function; thread-safe.
 */
public final class MarketingConsentPolicy {

  /** The rule this policy implements. */
  public static final String RULE = "CU-10";

  /** Creates the policy. */
  public MarketingConsentPolicy() {}

  /**
   * Decides whether {@code customer} may receive marketing contact.
   *
   * @param customer the customer's file as it is now
   * @return allowed if the customer's consent is on file, refused otherwise; naming CU-10
   * @throws NullPointerException if {@code customer} is null
   */
  public Decision decide(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    Optional<MarketingConsent> consent = customer.marketingConsent();
    if (consent.isEmpty()) {
      return Decision.refuse(RULE, "the customer has not opted in to marketing contact");
    }
    return Decision.allow(RULE, "the customer opted in at " + consent.get().givenAt() + " through " + consent.get().through());
  }
}
