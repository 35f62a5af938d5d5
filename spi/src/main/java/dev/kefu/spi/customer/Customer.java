package dev.kefu.spi.customer;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.internal.KefuStyle;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A customer's file (CU-1): basic data, characteristics, business and transaction status, credit
 * rating, membership, consent, key-customer record (CU-9) and classification (CU-2 to CU-4) with
 * its history (CU-6).
 *
 * <p>Immutable and thread-safe. kefu creates and changes customers through its commands; a host
 * builds them directly only in tests and stores. Name, contacts, characteristics, membership card
 * and key-customer record are personal data (CU-8) and are masked in {@link #toString()}.
 */
@Value.Immutable
@KefuStyle
public interface Customer extends Aggregate {

  /** The aggregate type name of customers. */
  String TYPE = "customer";

  /** @return the customer id */
  CustomerId id();

  /** @return the customer's name; masked in {@code toString()} */
  @Value.Redacted
  String name();

  /** @return how to reach the customer, at most one contact point per channel */
  List<ContactPoint> contacts();

  /** @return the region, for example a province or a city */
  String region();

  /** @return the customer's time zone; rest hours and "today" are reckoned in it */
  ZoneId timeZone();

  /** @return the language to write to the customer in */
  Locale preferredLocale();

  /** @return characteristics the shop notes, such as preferences; masked in {@code toString()} */
  @Value.Redacted
  Map<String, String> characteristics();

  /** @return the business status of the account */
  AccountStatus status();

  /** @return the transaction status */
  OrderStatistics orders();

  /** @return the credit rating */
  CreditRating creditRating();

  /** @return the agent who owns this customer (CU-7), if any */
  Optional<StaffId> owner();

  /**
   * @return the first contact the current owner owes the customer (CU-7): empty if the customer
   *     has no owner or was assigned before kefu tracked first contacts
   */
  Optional<FirstContact> firstContact();

  /** @return the membership card, if the customer holds one */
  Optional<Membership> membership();

  /** @return the consent to marketing contact (CU-10), if given */
  Optional<MarketingConsent> marketingConsent();

  /** @return the key-customer record (CU-9), if the shop keeps one */
  @Value.Redacted
  Optional<KeyCustomerRecord> keyCustomerRecord();

  /** @return VIP status set by a supervisor (CU-4), if any */
  Optional<VipGrant> vipGrant();

  /** @return the service tier (CU-4) */
  Tier tier();

  /** @return the relationship stage (CU-2) */
  RelationshipStage stage();

  /** @return the value segment (CU-3) */
  ValueSegment segment();

  /** @return every classification change, oldest first, never rewritten (CU-6) */
  List<ClassificationChange> classificationHistory();

  /** @return when the customer was registered with kefu */
  Instant registeredAt();

  /** @return when the file last changed */
  Instant updatedAt();

  /** @return the version, 1 when registered */
  @Override
  long version();

  /**
   * The contact point on a channel.
   *
   * @param channel the channel
   * @return the contact point, or empty if the customer has none there
   */
  default Optional<ContactPoint> contactOn(Channel channel) {
    return contacts().stream().filter(c -> c.channel() == channel).findFirst();
  }

  @Override
  default String aggregateType() {
    return TYPE;
  }

  @Override
  default String aggregateId() {
    return id().value();
  }

  /**
   * A copy with another version.
   *
   * @param version the version
   * @return the changed copy
   */
  Customer withVersion(long version);

  /**
   * A copy with another owner.
   *
   * @param owner the owning agent
   * @return the changed copy
   */
  Customer withOwner(StaffId owner);

  /**
   * A copy with another credit rating.
   *
   * @param rating the rating
   * @return the changed copy
   */
  Customer withCreditRating(CreditRating rating);

  /**
   * A copy with another time of last change.
   *
   * @param updatedAt the time
   * @return the changed copy
   */
  Customer withUpdatedAt(Instant updatedAt);

  /** @return a builder holding this customer's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Customer}s; not thread-safe. */
  final class Builder extends ImmutableCustomer.Builder {}

  /** Checks the invariants every customer holds. */
  @Value.Check
  default void checkInvariants() {
    if (version() < 1) {
      throw new IllegalStateException("customer version must be at least 1, was " + version());
    }
    Set<Channel> seen = EnumSet.noneOf(Channel.class);
    for (ContactPoint contact : contacts()) {
      if (!seen.add(contact.channel())) {
        throw new IllegalStateException("customer has two contact points on " + contact.channel());
      }
    }
  }
}
