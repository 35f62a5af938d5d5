package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.event.ContactLogged;
import dev.kefu.spi.event.CustomerFirstContact;
import dev.kefu.spi.event.CustomerOwnerChanged;
import dev.kefu.spi.event.CustomerProfileUpdated;
import dev.kefu.spi.event.CustomerReclassified;
import dev.kefu.spi.event.CustomerRegistered;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.MarketingConsentChanged;
import dev.kefu.spi.event.MembershipChanged;
import dev.kefu.spi.event.OrderRecorded;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.event.TicketAwaitingCustomer;
import dev.kefu.spi.event.TicketClosed;
import dev.kefu.spi.event.TicketOpened;
import dev.kefu.spi.event.TicketReopened;
import dev.kefu.spi.event.TicketResolved;
import dev.kefu.spi.event.TicketResponded;
import dev.kefu.spi.event.VipStatusChanged;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generators of domain events: one per event record, each with metadata that names the
 * aggregate the payload is about.
 */
final class EventGenerators {

  private static final List<String> PROFILE_FIELDS = List.of("name", "contacts", "region", "timeZone", "preferredLocale");

  /** One generator per event record in {@code dev.kefu.spi.event}. */
  static final List<Gen<DomainEvent>> ALL = List.of(
      EventGenerators::customerRegistered,
      EventGenerators::customerProfileUpdated,
      EventGenerators::customerReclassified,
      EventGenerators::customerOwnerChanged,
      EventGenerators::customerFirstContact,
      EventGenerators::marketingConsentChanged,
      EventGenerators::membershipChanged,
      EventGenerators::orderRecorded,
      EventGenerators::vipStatusChanged,
      EventGenerators::ticketOpened,
      EventGenerators::contactLogged,
      EventGenerators::ticketAssigned,
      EventGenerators::ticketResponded,
      EventGenerators::ticketAwaitingCustomer,
      EventGenerators::ticketResolved,
      EventGenerators::ticketReopened,
      EventGenerators::ticketClosed);

  private EventGenerators() {}

  static EventMeta meta(RandomGenerator random, String aggregateType, String aggregateId) {
    return new EventMeta(Values.uuid(random), Values.instant(random), aggregateType, aggregateId,
        random.nextLong(1, 50));
  }

  static DomainEvent event(RandomGenerator random) {
    return pick(random, ALL).next(random);
  }

  private static CustomerRegistered customerRegistered(RandomGenerator random) {
    CustomerId c = customer(random);
    return new CustomerRegistered(meta(random, Customer.TYPE, c.value()), c,
        pick(random, List.of(Tier.values())), pick(random, List.of(RelationshipStage.values())),
        pick(random, List.of(ValueSegment.values())));
  }

  private static CustomerProfileUpdated customerProfileUpdated(RandomGenerator random) {
    CustomerId c = customer(random);
    return new CustomerProfileUpdated(meta(random, Customer.TYPE, c.value()), c,
        Values.subset(random, PROFILE_FIELDS, 2));
  }

  private static CustomerReclassified customerReclassified(RandomGenerator random) {
    CustomerId c = customer(random);
    return new CustomerReclassified(meta(random, Customer.TYPE, c.value()), c,
        List.of(CustomerGenerators.classificationChange(random)));
  }

  private static CustomerOwnerChanged customerOwnerChanged(RandomGenerator random) {
    CustomerId c = customer(random);
    return new CustomerOwnerChanged(meta(random, Customer.TYPE, c.value()), c,
        oneIn(random, 2) ? Optional.empty() : Optional.of(staff(random)), staff(random), random.nextBoolean());
  }

  private static CustomerFirstContact customerFirstContact(RandomGenerator random) {
    CustomerId c = customer(random);
    boolean made = random.nextBoolean();
    return new CustomerFirstContact(meta(random, Customer.TYPE, c.value()), made ? CustomerFirstContact.RECORDED_TYPE
        : CustomerFirstContact.OVERDUE_TYPE, c, staff(random), Values.instant(random), made ? (random.nextBoolean() ? "ticket" : "command") : "none");
  }

  private static MarketingConsentChanged marketingConsentChanged(RandomGenerator random) {
    CustomerId c = customer(random);
    return new MarketingConsentChanged(meta(random, Customer.TYPE, c.value()), c, random.nextBoolean());
  }

  private static MembershipChanged membershipChanged(RandomGenerator random) {
    CustomerId c = customer(random);
    return new MembershipChanged(meta(random, Customer.TYPE, c.value()), c,
        oneIn(random, 3) ? Optional.empty() : Optional.of(Values.day(random)));
  }

  private static OrderRecorded orderRecorded(RandomGenerator random) {
    CustomerId c = customer(random);
    EventMeta meta = meta(random, Customer.TYPE, c.value());
    Instant placed = oneIn(random, 4) ? meta.occurredAt().minus(Values.days(random.nextInt(1, 400))) : meta.occurredAt();
    return new OrderRecorded(meta, c, "o-" + Values.digits(random, 12), Values.money(random, Values.CNY, 5_000),
        pick(random, Values.CATEGORIES), placed);
  }

  private static VipStatusChanged vipStatusChanged(RandomGenerator random) {
    CustomerId c = customer(random);
    return new VipStatusChanged(meta(random, Customer.TYPE, c.value()), c, staff(random),
        random.nextBoolean(), pick(random, Values.PHRASES));
  }

  private static TicketOpened ticketOpened(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketOpened(meta(random, Ticket.TYPE, t.value()), t, customer(random),
        pick(random, List.of(TicketKind.values())), pick(random, List.of(Channel.values())),
        pick(random, List.of(Priority.values())));
  }

  private static ContactLogged contactLogged(RandomGenerator random) {
    TicketId t = ticket(random);
    return new ContactLogged(meta(random, Ticket.TYPE, t.value()), t, random.nextInt(1, 20),
        pick(random, List.of(Channel.values())),
        oneIn(random, 3) ? Optional.empty() : Optional.of(staff(random)));
  }

  private static TicketAssigned ticketAssigned(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketAssigned(meta(random, Ticket.TYPE, t.value()), t,
        oneIn(random, 2) ? Optional.empty() : Optional.of(staff(random)), staff(random), staff(random));
  }

  private static TicketResponded ticketResponded(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketResponded(meta(random, Ticket.TYPE, t.value()), t, staff(random), random.nextBoolean());
  }

  private static TicketAwaitingCustomer ticketAwaitingCustomer(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketAwaitingCustomer(meta(random, Ticket.TYPE, t.value()), t, staff(random));
  }

  private static TicketResolved ticketResolved(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketResolved(meta(random, Ticket.TYPE, t.value()), t, customer(random), staff(random),
        pick(random, Values.PHRASES));
  }

  private static TicketReopened ticketReopened(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketReopened(meta(random, Ticket.TYPE, t.value()), t, staff(random),
        pick(random, Values.PHRASES));
  }

  private static TicketClosed ticketClosed(RandomGenerator random) {
    TicketId t = ticket(random);
    return new TicketClosed(meta(random, Ticket.TYPE, t.value()), t, staff(random));
  }

  private static CustomerId customer(RandomGenerator random) {
    return CustomerGenerators.customerId(random);
  }

  private static TicketId ticket(RandomGenerator random) {
    return TicketGenerators.ticketId(random);
  }

  private static StaffId staff(RandomGenerator random) {
    return StaffGenerators.staffId(random);
  }
}
