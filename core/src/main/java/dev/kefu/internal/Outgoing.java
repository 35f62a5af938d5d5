package dev.kefu.internal;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns an event into the outbox messages it causes: which recipient, which channel, which
 * template. A customer is written to on the channel the matter came in on when kefu can send
 * there, else on the first of app, WeChat, SMS and e-mail they have and the shop has enabled; a
 * customer with none of them gets no message. Staff get messages in the workbench app.
 */
public final class Outgoing {

  private static final List<Channel> PREFERENCE = List.of(Channel.APP, Channel.WECHAT, Channel.SMS, Channel.EMAIL);

  private final Settings settings;

  /** Where a member of staff is written to: the same for every message, so made once. */
  private record StaffAddress(StaffId staff, Recipient recipient, String partitionKey) {}

  /**
   * Addresses used lately, by the identity of the staff id asked for: an SLA timer's notices go to
   * the same few people, named by the same objects (configuration, the directory), and a lookup by
   * identity skips hashing and comparing the id. Racy slots of immutable records, so shared freely.
   */
  private final StaffAddress[] recent = new StaffAddress[16];

  /** Bounded by the staff who get messages; cleared if it ever grows past {@value #MAX_STAFF_ADDRESSES}. */
  private final java.util.concurrent.ConcurrentMap<StaffId, StaffAddress> staffAddresses =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_STAFF_ADDRESSES = 10_000;

  /**
   * Creates the helper.
   *
   * @param settings the wiring
   */
  public Outgoing(Settings settings) {
    this.settings = settings;
  }

  /**
   * A message to a customer.
   *
   * @param customer the customer
   * @param preferred the channel to try first, if any
   * @param eventId the causing event
   * @param template the template key
   * @param parameters its parameters
   * @param now when it is written
   * @return the message, or empty if the customer cannot be reached
   */
  public Optional<OutboxMessage> toCustomer(
      Customer customer, Optional<Channel> preferred, UUID eventId, String template, Map<String, String> parameters,
      Instant now) {
    List<Channel> order = new ArrayList<>();
    preferred.ifPresent(order::add);
    order.addAll(PREFERENCE);
    for (Channel channel : order) {
      if (!channel.isNotifiable() || !settings.enabledChannels().contains(channel)) {
        continue;
      }
      Optional<ContactPoint> address = customer.contactOn(channel);
      if (address.isPresent()) {
        Recipient to = new Recipient(Recipient.Kind.CUSTOMER, customer.id().value(), address.get());
        Locale locale = customer.preferredLocale();
        Notification n = Notification.forEvent(eventId, to, template, parameters, locale);
        return Optional.of(new OutboxMessage(settings.ids().next(), "customer:" + customer.id().value(), n, now));
      }
    }
    return Optional.empty();
  }

  /**
   * A message to a member of staff, in the workbench app.
   *
   * @param staff the member
   * @param eventId the causing event
   * @param template the template key
   * @param parameters its parameters
   * @param now when it is written
   * @return the message
   */
  public OutboxMessage toStaff(StaffId staff, UUID eventId, String template, Map<String, String> parameters, Instant now) {
    return toStaff(settings.ids().next(), staff, eventId, template, parameters, now);
  }

  /**
   * A message to a member of staff, in the workbench app, with an id drawn already.
   *
   * @param messageId the message's id
   * @param staff the member
   * @param eventId the causing event
   * @param template the template key
   * @param parameters its parameters
   * @param now when it is written
   * @return the message
   */
  public OutboxMessage toStaff(UUID messageId, StaffId staff, UUID eventId, String template, Map<String, String> parameters, Instant now) {
    int slot = System.identityHashCode(staff) & (recent.length - 1);
    StaffAddress address = recent[slot];
    if (address == null || address.staff() != staff) {
      address = recent[slot ^ 1]; // two people whose slots clash take the pair of slots, not turns at one
    }
    if (address == null || address.staff() != staff) {
      if (recent[slot] != null && recent[slot].staff() != staff) {
        slot ^= 1;
      }
      address = staffAddresses.get(staff);
      if (address == null) {
        if (staffAddresses.size() > MAX_STAFF_ADDRESSES) {
          staffAddresses.clear();
        }
        address = new StaffAddress(staff, new Recipient(Recipient.Kind.STAFF, staff.value(),
            ContactPoint.of(Channel.APP, staff.value())), "staff:" + staff.value());
        staffAddresses.put(staff, address);
      }
      recent[slot] = new StaffAddress(staff, address.recipient(), address.partitionKey()); // remembered for this object
    }
    Notification n = Notification.forEvent(eventId, address.recipient(), template, parameters, settings.defaultLocale());
    return new OutboxMessage(messageId, address.partitionKey(), n, now);
  }
}
