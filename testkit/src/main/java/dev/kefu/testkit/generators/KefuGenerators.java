package dev.kefu.testkit.generators;

import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.KeyCustomerRecord;
import dev.kefu.spi.customer.MarketingConsent;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.VipGrant;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Generators for every domain record of {@code kefu-spi}, as plain functions of a random source.
 * Every generated value is valid: it passes its record's own checks and the invariants the
 * records document (one contact point per channel, a contact log numbered 1..n, an owner on every
 * ticket that is not open, order statistics that add up, versions of at least 1).
 *
 * <pre>{@code
 * List<Customer> customers = KefuGenerators.customers().sample(42L, 100); // same seed, same customers
 * Ticket ticket = KefuGenerators.tickets().next(new SplittableRandom(7));
 * }</pre>
 *
 * <p>Generated times lie in 2020–2029 in whole milliseconds; identifiers and UUIDs come from the
 * random source, never from the system, so the same seed gives the same values. (Only
 * {@link #zones()} depends on the time-zone data of the running JDK.) Text is drawn from small
 * built-in pools in Chinese and English.
 *
 * <p><b>Threading:</b> every generator is stateless and thread-safe.
 */
public final class KefuGenerators {

  private KefuGenerators() {}

  // ---- basic values -------------------------------------------------------------------------

  /** @return instants from 2020-01-01 (inclusive) to 2030-01-01 (exclusive), in whole milliseconds */
  public static Gen<Instant> instants() {
    return Values::instant;
  }

  /** @return random (version 4) UUIDs drawn from the random source */
  public static Gen<UUID> uuids() {
    return Values::uuid;
  }

  /** @return every time zone the JDK knows, drawn from the sorted zone ids */
  public static Gen<ZoneId> zones() {
    return Gen.pick(Values.ZONES);
  }

  /** @return locales customers write in: Chinese (simplified and traditional), English and a few more */
  public static Gen<Locale> locales() {
    return Gen.pick(Values.LOCALES);
  }

  /** @return a few common shop currencies: CNY, USD, EUR, JPY, HKD, GBP */
  public static Gen<Currency> currencies() {
    return Gen.pick(Values.CURRENCIES);
  }

  /**
   * Amounts in one currency, from 0 to 100,000 whole units, with the currency's minor units.
   *
   * @param currency the currency
   * @return the generator
   * @throws NullPointerException if {@code currency} is null
   */
  public static Gen<Money> money(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return random -> Values.money(random, currency, 100_000);
  }

  /** @return amounts in one of {@link #currencies()} */
  public static Gen<Money> money() {
    return random -> Values.money(random, Values.pick(random, Values.CURRENCIES), 100_000);
  }

  // ---- customers ----------------------------------------------------------------------------

  /** @return customer ids such as {@code c-0123456789} */
  public static Gen<CustomerId> customerIds() {
    return CustomerGenerators::customerId;
  }

  /** @return contact points on any channel, with an address that looks like one of the channel's */
  public static Gen<ContactPoint> contactPoints() {
    return random -> Values.contactPoint(random, Values.pick(random, List.of(Channel.values())));
  }

  /** @return membership cards valid until a day from 2020 to 2031 */
  public static Gen<Membership> memberships() {
    return CustomerGenerators::membership;
  }

  /** @return consents to marketing contact */
  public static Gen<MarketingConsent> marketingConsents() {
    return CustomerGenerators::marketingConsent;
  }

  /** @return key-customer records, some fields left empty */
  public static Gen<KeyCustomerRecord> keyCustomerRecords() {
    return CustomerGenerators::keyCustomerRecord;
  }

  /** @return VIP grants by a supervisor */
  public static Gen<VipGrant> vipGrants() {
    return CustomerGenerators::vipGrant;
  }

  /** @return classification changes whose from and to values are constants of their dimension */
  public static Gen<ClassificationChange> classificationChanges() {
    return CustomerGenerators::classificationChange;
  }

  /** @return orders in CNY */
  public static Gen<OrderFact> orderFacts() {
    return orderFacts(Values.CNY);
  }

  /**
   * Orders in one currency, from 0 to 5,000 whole units.
   *
   * @param currency the shop currency
   * @return the generator
   * @throws NullPointerException if {@code currency} is null
   */
  public static Gen<OrderFact> orderFacts(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return random -> CustomerGenerators.orderFact(random, currency, Values.instant(random));
  }

  /** @return order statistics in CNY; see {@link #orderStatistics(Currency)} */
  public static Gen<OrderStatistics> orderStatistics() {
    return orderStatistics(Values.CNY);
  }

  /**
   * Consistent order statistics: {@code orderCount >= recentOrders().size()}, lifetime spend at
   * least the sum of the recent orders, the recent orders oldest first and between the first and
   * the last order, first order not after the last, and the orders per category adding up to the
   * order count. Customers without orders have empty statistics.
   *
   * @param currency the shop currency
   * @return the generator
   * @throws NullPointerException if {@code currency} is null
   */
  public static Gen<OrderStatistics> orderStatistics(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return random -> CustomerGenerators.orderStatistics(random, currency);
  }

  /** @return valid customers in CNY, owned (if at all) by agents from {@link #staffIds()} */
  public static Gen<Customer> customers() {
    return customers(Values.CNY, staffIds());
  }

  /**
   * Valid customers: version at least 1, at most one contact point per channel, consistent
   * {@linkplain #orderStatistics(Currency) order statistics}, a stage that is
   * {@code PROSPECTIVE} exactly when there are no orders, a membership card on every
   * {@code MEMBER}, a VIP grant only on a {@code VIP}, and a classification history that starts
   * at registration and ends at the current stage, segment and tier.
   *
   * @param shopCurrency the currency of their spend
   * @param owners where owning agents come from; pass a small pool to get customers sharing owners
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static Gen<Customer> customers(Currency shopCurrency, Gen<StaffId> owners) {
    Objects.requireNonNull(shopCurrency, "shopCurrency");
    Objects.requireNonNull(owners, "owners");
    return random -> CustomerGenerators.customer(random, shopCurrency, owners);
  }

  // ---- staff --------------------------------------------------------------------------------

  /** @return staff ids such as {@code s-012345} */
  public static Gen<StaffId> staffIds() {
    return StaffGenerators::staffId;
  }

  /** @return team ids from a small pool */
  public static Gen<TeamId> teamIds() {
    return StaffGenerators::teamId;
  }

  /** @return skills with a level from 1 to 5 */
  public static Gen<Skill> skills() {
    return StaffGenerators::skill;
  }

  /** @return staff members of every role, with distinct skill names, never reporting to themselves */
  public static Gen<StaffMember> staffMembers() {
    return StaffGenerators::staffMember;
  }

  // ---- tickets ------------------------------------------------------------------------------

  /** @return ticket ids such as {@code t-<uuid>} */
  public static Gen<TicketId> ticketIds() {
    return TicketGenerators::ticketId;
  }

  /** @return single contact-log entries with a sequence from 1 to 10; corrections point to an earlier entry */
  public static Gen<ContactLogEntry> contactLogEntries() {
    return random -> TicketGenerators.contactLogEntry(random, random.nextInt(1, 11), Values.instant(random),
        Values.pick(random, List.of(Channel.values())), staffIds());
  }

  /** @return valid tickets; see {@link #tickets(Gen, Gen, Gen)} */
  public static Gen<Ticket> tickets() {
    return tickets(customerIds(), staffIds(), instants());
  }

  /**
   * Valid tickets in every status: a contact log of 1 to 6 entries numbered 1..n from the
   * opening on, an owner exactly when the status is not {@code OPEN}, a first response on every
   * ticket in progress or waiting, a resolution time exactly when resolved or closed, a closing
   * time exactly when closed, and an update time after all of them.
   *
   * @param customers whose tickets they are; pass a small pool to get several tickets per customer
   * @param staff owners and handlers
   * @param openedAt when the tickets were opened; pass a small pool to get equal opening times
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static Gen<Ticket> tickets(Gen<CustomerId> customers, Gen<StaffId> staff, Gen<Instant> openedAt) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(openedAt, "openedAt");
    return random -> TicketGenerators.ticket(random, customers, staff, openedAt);
  }

  // ---- complaints, revisits, SLA clocks ------------------------------------------------------

  /** @return valid complaints; see {@link #complaints(Gen, Gen, Gen)} */
  public static Gen<Complaint> complaints() {
    return complaints(customerIds(), staffIds(), instants());
  }

  /**
   * Valid complaints in every status, each as far through the closed loop as its status says: a
   * rejected one with the explanation given, an investigated one with its department, cause and
   * routing, an approved one with the approved option and its approver, an accepted one with the
   * acceptance time, a reviewed one with its classification; one history step per stage passed,
   * in time order from the registration.
   *
   * @param customers the complainants; pass a small pool to get several complaints per customer
   * @param staff owners, approvers and the agents complained about
   * @param registeredAt registration times; pass a small pool to get equal times
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static Gen<Complaint> complaints(Gen<CustomerId> customers, Gen<StaffId> staff, Gen<Instant> registeredAt) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(registeredAt, "registeredAt");
    return random -> ComplaintGenerators.complaint(random, customers, staff, registeredAt);
  }

  /** @return valid revisits; see {@link #revisits(Gen, Gen, Gen, Gen)} */
  public static Gen<Revisit> revisits() {
    return revisits(Gen.pick(List.of("complaint-revisits", "service-revisits", "member-revisits")), customerIds(), staffIds(),
        instants());
  }

  /**
   * Valid revisits of every reason and status: by phone, e-mail or SMS, with an outcome exactly
   * when done (an unsatisfied one naming its dimension, sometimes with an improvement item).
   *
   * @param campaigns the campaigns they belong to
   * @param customers the customers
   * @param staff the agents who make them
   * @param scheduledFor when they are scheduled; pass a small pool to get equal times
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static Gen<Revisit> revisits(
      Gen<String> campaigns, Gen<CustomerId> customers, Gen<StaffId> staff, Gen<Instant> scheduledFor) {
    Objects.requireNonNull(campaigns, "campaigns");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    return random -> RevisitGenerators.revisit(random, campaigns, customers, staff, scheduledFor);
  }

  /** @return valid SLA clocks; see {@link #slaClocks(Gen, Gen)} */
  public static Gen<SlaClock> slaClocks() {
    return slaClocks(ticketIds(), Gen.pick(List.of("shop-hours", "24x7", "warehouse")));
  }

  /**
   * Valid SLA clocks of every metric and status, with a log that tells their story: STARTED
   * first, in time order, pauses and resumes in pairs, BREACHED exactly when breached, one
   * ESCALATED per escalation fired, and a last entry that matches the status.
   *
   * @param tickets the tickets they belong to
   * @param calendarIds the calendars they count on
   * @return the generator
   * @throws NullPointerException if an argument is null
   */
  public static Gen<SlaClock> slaClocks(Gen<TicketId> tickets, Gen<String> calendarIds) {
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(calendarIds, "calendarIds");
    return random -> SlaGenerators.clock(random, tickets, calendarIds);
  }

  // ---- events, notifications, stores --------------------------------------------------------

  /** @return events of every type in {@code dev.kefu.spi.event}, each type equally likely */
  public static Gen<DomainEvent> events() {
    return EventGenerators::event;
  }

  /** @return recipients on a notifiable channel (e-mail, SMS, app, WeChat) */
  public static Gen<Recipient> recipients() {
    return random -> DeliveryGenerators.recipient(random, Values.pick(random, DeliveryGenerators.NOTIFIABLE));
  }

  /** @return notifications on a notifiable channel, each with an idempotency key from a fresh event id */
  public static Gen<Notification> notifications() {
    return random -> DeliveryGenerators.notification(random, Values.pick(random, DeliveryGenerators.NOTIFIABLE));
  }

  /**
   * Notifications on one channel, for a host whose channel sends only there.
   *
   * @param channel the channel
   * @return the generator
   * @throws NullPointerException if {@code channel} is null
   */
  public static Gen<Notification> notifications(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return random -> DeliveryGenerators.notification(random, channel);
  }

  /** @return outbox messages partitioned by recipient, as kefu writes them */
  public static Gen<OutboxMessage> outboxMessages() {
    return DeliveryGenerators::outboxMessage;
  }

  /** @return due work of the kinds kefu schedules: SLA timers, revisits, the daily reclassification */
  public static Gen<ScheduledWork> scheduledWork() {
    return DeliveryGenerators::scheduledWork;
  }

  // ---- orders -------------------------------------------------------------------------------

  /**
   * Orders as kefu keeps them: most placed (prepaid or cash on delivery), some paid, some with a
   * carrier return and its green flag; version 1.
   *
   * @param ids the order ids
   * @param customers the customers
   * @param takers who took them, if anyone
   * @param placedAt when they were placed
   * @param currency the shop's currency
   * @return the generator
   */
  public static Gen<dev.kefu.spi.order.Order> orders(Gen<dev.kefu.spi.order.OrderId> ids, Gen<CustomerId> customers,
      Gen<java.util.Optional<StaffId>> takers, Gen<Instant> placedAt, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return random -> OrderGenerators.order(random, ids.next(random), customers.next(random), takers.next(random),
        placedAt.next(random), currency);
  }

  /**
   * The events of one order as its backend emits them, in the order they happen: "placed" first
   * (prepaid or cash on delivery, one or two lines), then up to four of paid, shipped, delayed,
   * delivered, rejected or returned, refund requested, refunded, exchange requested, review posted
   * (any rating, sometimes naming an agent) and dispute opened, each 1 to 90 minutes after the one
   * before. Event ids are {@code <order id>/<n>}, so streams of distinct orders never share one.
   *
   * @param order the order
   * @param customer its customer
   * @param start when it is placed
   * @param currency the shop's currency
   * @param agents the agents a refund, exchange or review may name
   * @return the generator
   */
  public static Gen<List<dev.kefu.spi.order.OrderEvent>> orderEvents(dev.kefu.spi.order.OrderId order, CustomerId customer,
      Instant start, Currency currency, List<StaffId> agents) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(currency, "currency");
    List<StaffId> named = List.copyOf(agents);
    return random -> OrderGenerators.orderStream(random, order, customer, start, currency, named);
  }
}
