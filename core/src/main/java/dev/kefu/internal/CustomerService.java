package dev.kefu.internal;

import dev.kefu.AccessDeniedException;
import dev.kefu.Decision;
import dev.kefu.Origin;
import dev.kefu.Violation;
import dev.kefu.customer.BalanceCustomerOwners;
import dev.kefu.customer.OwnerBalancing;
import dev.kefu.customer.OwnerPlan;
import dev.kefu.customer.OwnershipRules;
import dev.kefu.customer.RecordFirstContact;
import dev.kefu.spi.customer.FirstContact;
import dev.kefu.spi.event.CustomerFirstContact;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import dev.kefu.customer.AssignCustomerOwner;
import dev.kefu.customer.ContactDetails;
import dev.kefu.customer.Customers;
import dev.kefu.customer.MarketingConsentPolicy;
import dev.kefu.customer.RecordMarketingConsent;
import dev.kefu.customer.RecordOrder;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.customer.SetMembership;
import dev.kefu.customer.SetVipStatus;
import dev.kefu.customer.UpdateCustomerProfile;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.AccountStatus;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.KeyCustomerRecord;
import dev.kefu.spi.customer.Masking;
import dev.kefu.spi.customer.MarketingConsent;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.customer.VipGrant;
import dev.kefu.spi.event.CustomerOwnerChanged;
import dev.kefu.spi.event.CustomerProfileUpdated;
import dev.kefu.spi.event.CustomerReclassified;
import dev.kefu.spi.event.CustomerRegistered;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.MarketingConsentChanged;
import dev.kefu.spi.event.MembershipChanged;
import dev.kefu.spi.event.OrderRecorded;
import dev.kefu.spi.event.VipStatusChanged;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.staff.ContactAccessPolicy;
import dev.kefu.staff.StaffAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Customers} API over the configured ports. */
public final class CustomerService implements Customers {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Set<TicketStatus> OPEN_STATUSES =
      EnumSet.of(TicketStatus.OPEN, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER);

  /** The due-work kind of the first contact a new owner owes (CU-7). */
  public static final String FIRST_CONTACT_KIND = "customer.first-contact";

  private final Settings settings;
  private final CommandRunner runner;
  private final BeanValidation validation;
  private final OwnershipRules ownership;
  private final Actors actors;
  private final Outgoing outgoing;
  private final ContactAccessPolicy contactAccess = new ContactAccessPolicy();
  private final MarketingConsentPolicy marketing = new MarketingConsentPolicy();

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param validation bean validation, for the commands that do not go through the runner
   * @param ownership the ownership rules (CU-7)
   */
  public CustomerService(Settings settings, CommandRunner runner, BeanValidation validation, OwnershipRules ownership) {
    this.settings = settings;
    this.runner = runner;
    this.validation = validation;
    this.ownership = ownership;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
  }

  private EventMeta meta(Customer after, Instant now) {
    return runner.meta(after, now);
  }

  private Customer existing(CustomerId id, Violations v) {
    return v.found(id, "customerId", settings.customers()::find, "customer");
  }

  private void checkContacts(List<ContactPoint> contacts, Violations v) {
    if (contacts == null || v.hasExactly("contacts")) {
      return;
    }
    Set<Channel> seen = EnumSet.noneOf(Channel.class);
    for (int i = 0; i < contacts.size(); i++) {
      ContactPoint c = contacts.get(i);
      if (c == null || c.channel() == null) {
        continue;
      }
      if (!seen.add(c.channel())) {
        v.add("contacts[" + i + "].channel", "a second contact point on " + c.channel());
      }
      if (!settings.enabledChannels().contains(c.channel())) {
        v.add("contacts[" + i + "].channel", "channel " + c.channel() + " is not enabled for this shop");
      }
    }
  }

  // ---- commands ----------------------------------------------------------------------------

  @Override
  public Customer register(RegisterCustomer command) {
    Objects.requireNonNull(command, "command");
    return runner.run("RegisterCustomer", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      if (command.customerId() != null && !v.has("customerId")
          && settings.customers().find(command.customerId()).isPresent()) {
        v.add("customerId", "is already registered");
      }
      checkContacts(command.contacts(), v);
      v.throwIfAny();
      actors.authorize(actor, StaffAction.REGISTER_CUSTOMER);

      Instant now = a.now();
      Customer draft = Customer.builder()
          .id(command.customerId())
          .name(command.name())
          .contacts(command.contacts())
          .region(command.region())
          .timeZone(command.timeZone())
          .preferredLocale(Objects.requireNonNullElse(command.preferredLocale(), settings.defaultLocale()))
          .characteristics(Objects.requireNonNullElse(command.characteristics(), Map.of()))
          .status(AccountStatus.ACTIVE)
          .orders(OrderStatistics.none(settings.shopCurrency()))
          .creditRating(Objects.requireNonNullElse(command.creditRating(), CreditRating.UNRATED))
          .membership(Optional.ofNullable(command.membership()))
          .tier(Tier.STANDARD)
          .stage(RelationshipStage.PROSPECTIVE)
          .segment(ValueSegment.OCCASIONAL)
          .registeredAt(now)
          .updatedAt(now)
          .version(1)
          .build();
      Reclassification r = Reclassification.apply(draft, settings.classifier().classify(draft, now), true, now);
      Customer c = r.customer();
      UnitOfWork.Builder work = UnitOfWork.builder()
          .addWrites(AggregateWrite.create(c))
          .addEvents(new CustomerRegistered(meta(c, now), c.id(), c.tier(), c.stage(), c.segment()));
      LOG.info("customer {} registered as {}/{}/{}", c.id(), c.stage(), c.segment(), c.tier());
      return new Change<>(c, work);
    });
  }

  @Override
  public Customer updateProfile(UpdateCustomerProfile command) {
    Objects.requireNonNull(command, "command");
    return runner.run("UpdateCustomerProfile", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer before = existing(command.customerId(), v);
      checkContacts(command.contacts(), v);
      v.throwIfAny();
      actors.authorize(actor, StaffAction.UPDATE_CUSTOMER);

      List<String> changed = new ArrayList<>();
      Customer.Builder b = before.toBuilder();
      if (command.name() != null && !command.name().equals(before.name())) {
        b.name(command.name());
        changed.add("name");
      }
      if (command.contacts() != null && !command.contacts().equals(before.contacts())) {
        b.contacts(command.contacts());
        changed.add("contacts");
      }
      if (command.region() != null && !command.region().equals(before.region())) {
        b.region(command.region());
        changed.add("region");
      }
      if (command.timeZone() != null && !command.timeZone().equals(before.timeZone())) {
        b.timeZone(command.timeZone());
        changed.add("timeZone");
      }
      if (command.preferredLocale() != null && !command.preferredLocale().equals(before.preferredLocale())) {
        b.preferredLocale(command.preferredLocale());
        changed.add("preferredLocale");
      }
      if (command.characteristics() != null && !command.characteristics().equals(before.characteristics())) {
        b.characteristics(command.characteristics());
        changed.add("characteristics");
      }
      if (command.status() != null && command.status() != before.status()) {
        b.status(command.status());
        changed.add("status");
      }
      if (command.creditRating() != null && command.creditRating() != before.creditRating()) {
        b.creditRating(command.creditRating());
        changed.add("creditRating");
      }
      if (command.keyCustomerRecord() != null
          && !Optional.of(command.keyCustomerRecord()).equals(before.keyCustomerRecord())) {
        b.keyCustomerRecord(command.keyCustomerRecord());
        changed.add("keyCustomerRecord");
      }
      if (changed.isEmpty()) {
        return Change.none(before);
      }
      Instant now = a.now();
      Customer updated = b.version(before.version() + 1).updatedAt(now).build();
      return reclassifiedChange(before, updated, now,
          List.of(new CustomerProfileUpdated(meta(updated, now), updated.id(), List.copyOf(changed))));
    });
  }

  @Override
  public Customer recordOrder(RecordOrder command) {
    Objects.requireNonNull(command, "command");
    String key = command.eventId() == null ? null : "order-event:" + command.eventId();
    return runner.run("RecordOrder", command, key, "eventId", Customer.class, a -> {
      Violations v = a.violations();
      Customer before = existing(command.customerId(), v);
      Money amount = shopAmount(command.amount(), command.placedAt(), "amount", v);
      if (command.placedAt() != null && command.placedAt().isAfter(a.now().plus(CLOCK_SKEW))) {
        v.add("placedAt", "must not be in the future");
      }
      if (before != null && command.orderId() != null
          && before.orders().recentOrders().stream().anyMatch(o -> o.orderId().equals(command.orderId()))) {
        v.add("orderId", "this order is already recorded");
      }
      v.throwIfAny();

      Instant now = a.now();
      OrderFact fact = new OrderFact(command.orderId(), command.placedAt(), amount, command.category());
      Instant keepAfter = settings.classifier().trailingStart(before, now);
      OrderStatistics stats = withOrder(before.orders(), fact, keepAfter);
      Customer updated = before.toBuilder().orders(stats).version(before.version() + 1).updatedAt(now).build();
      return reclassifiedChange(before, updated, now,
          List.of(new OrderRecorded(meta(updated, now), updated.id(), fact.orderId(), amount, fact.category(),
              fact.placedAt())));
    });
  }

  private Money shopAmount(Money amount, Instant at, String path, Violations v) {
    if (amount == null || v.has(path)) {
      return null;
    }
    if (amount.currency().equals(settings.shopCurrency())) {
      return amount;
    }
    if (settings.converter().isEmpty()) {
      v.add(path + ".currency", "must be " + settings.shopCurrency().getCurrencyCode()
          + ", the shop currency; no currency converter is wired");
      return null;
    }
    try {
      Money converted = settings.converter().get().convert(amount, settings.shopCurrency(), at == null ? settings.clock().instant() : at);
      if (!converted.currency().equals(settings.shopCurrency()) || converted.amount().signum() < 0) {
        v.add(path, "the currency converter returned " + converted.currency().getCurrencyCode()
            + " instead of a non-negative amount in " + settings.shopCurrency().getCurrencyCode());
        return null;
      }
      return converted;
    } catch (IllegalArgumentException e) {
      v.add(path + ".currency", "cannot be converted to " + settings.shopCurrency().getCurrencyCode() + ": " + e.getMessage());
      return null;
    }
  }

  private static OrderStatistics withOrder(OrderStatistics s, OrderFact order, Instant keepAfter) {
    Map<String, Integer> byCategory = new HashMap<>(s.ordersByCategory());
    byCategory.merge(order.category(), 1, Integer::sum);
    List<OrderFact> recent = new ArrayList<>();
    for (OrderFact o : s.recentOrders()) {
      if (o.placedAt().isAfter(keepAfter)) {
        recent.add(o);
      }
    }
    if (order.placedAt().isAfter(keepAfter)) {
      recent.add(order);
    }
    recent.sort(Comparator.comparing(OrderFact::placedAt).thenComparing(OrderFact::orderId));
    Instant first = s.firstOrderAt().filter(f -> f.isBefore(order.placedAt())).orElse(order.placedAt());
    Instant last = s.lastOrderAt().filter(l -> l.isAfter(order.placedAt())).orElse(order.placedAt());
    return s.toBuilder()
        .orderCount(s.orderCount() + 1)
        .lifetimeSpend(s.lifetimeSpend().plus(order.amount()))
        .firstOrderAt(first)
        .lastOrderAt(last)
        .ordersByCategory(byCategory)
        .recentOrders(recent)
        .build();
  }

  @Override
  public Customer setMembership(SetMembership command) {
    Objects.requireNonNull(command, "command");
    return runner.run("SetMembership", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer before = existing(command.customerId(), v);
      v.throwIfAny();
      actors.authorize(actor, StaffAction.UPDATE_CUSTOMER);
      if (Optional.ofNullable(command.membership()).equals(before.membership())) {
        return Change.none(before);
      }
      Instant now = a.now();
      Customer updated = before.toBuilder()
          .membership(Optional.ofNullable(command.membership()))
          .version(before.version() + 1)
          .updatedAt(now)
          .build();
      return reclassifiedChange(before, updated, now, List.of(new MembershipChanged(meta(updated, now), updated.id(),
          Optional.ofNullable(command.membership()).map(m -> m.validUntil()))));
    });
  }

  @Override
  public Customer setVipStatus(SetVipStatus command) {
    Objects.requireNonNull(command, "command");
    return runner.run("SetVipStatus", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer before = existing(command.customerId(), v);
      if (before != null && !command.vip() && before.vipGrant().isEmpty()) {
        v.addRule("vip", "the customer holds no VIP grant to withdraw", "CU-4");
      }
      v.throwIfAny();
      actors.authorize(actor, StaffAction.SET_VIP_STATUS);
      Instant now = a.now();
      Customer updated = before.toBuilder()
          .vipGrant(command.vip() ? Optional.of(new VipGrant(actor.id(), now, command.reason())) : Optional.empty())
          .version(before.version() + 1)
          .updatedAt(now)
          .build();
      return reclassifiedChange(before, updated, now,
          List.of(new VipStatusChanged(meta(updated, now), updated.id(), actor.id(), command.vip(), command.reason())));
    });
  }

  @Override
  public Customer recordMarketingConsent(RecordMarketingConsent command) {
    Objects.requireNonNull(command, "command");
    return runner.run("RecordMarketingConsent", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer before = existing(command.customerId(), v);
      v.throwIfAny();
      actors.authorize(actor, StaffAction.UPDATE_CUSTOMER);
      if (command.given() == before.marketingConsent().isPresent()) {
        return Change.none(before);
      }
      Instant now = a.now();
      Customer updated = before.toBuilder()
          .marketingConsent(command.given() ? Optional.of(new MarketingConsent(now, command.through())) : Optional.empty())
          .version(before.version() + 1)
          .updatedAt(now)
          .build();
      return new Change<>(updated, UnitOfWork.builder()
          .addWrites(AggregateWrite.update(updated))
          .addEvents(new MarketingConsentChanged(meta(updated, now), updated.id(), command.given())));
    });
  }

  @Override
  public Decision decideMarketingContact(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId");
    Violations v = new Violations("decideMarketingContact", List.of());
    Customer c = existing(customerId, v);
    v.throwIfAny();
    return marketing.decide(c);
  }

  @Override
  public Customer assignOwner(AssignCustomerOwner command) {
    Objects.requireNonNull(command, "command");
    return runner.run("AssignCustomerOwner", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer before = existing(command.customerId(), v);
      StaffMember owner = actors.member(command.owner(), "owner", v);
      if (owner != null && !settings.access().decide(owner.role(), StaffAction.HANDLE_TICKET).isAllowed()) {
        v.addRule("owner", "a " + owner.role() + " does not serve customers", "CU-7");
      }
      boolean changesOwner = before != null && owner != null && before.owner().isPresent()
          && !before.owner().get().equals(owner.id());
      boolean key = before != null && isKey(before);
      if (changesOwner && key && (command.handoverNote() == null || command.handoverNote().isBlank())) {
        v.addRule("handoverNote", "a key customer's new owner needs a handover note", "CU-9");
      }
      v.throwIfAny();
      actors.authorize(actor, StaffAction.ASSIGN_CUSTOMER_OWNER);
      if (before.owner().filter(owner.id()::equals).isPresent()) {
        return Change.none(before);
      }
      UnitOfWork.Builder work = UnitOfWork.builder();
      Customer updated = ownerChangeInto(work, before, owner.id(), key ? command.handoverNote() : null, a.now());
      return new Change<>(updated, work);
    });
  }

  private static boolean isKey(Customer c) {
    return c.segment() == ValueSegment.KEY || c.keyCustomerRecord().isPresent();
  }

  private static String dueKey(CustomerId id) {
    return "first-contact/" + id.value();
  }

  /**
   * Gives {@code before} the owner {@code to} inside a unit of work: the new version with its
   * handover note (CU-9) and its first contact due (CU-7), the event, and the due work that checks
   * the first contact — replacing the previous assignment's.
   */
  private Customer ownerChangeInto(UnitOfWork.Builder work, Customer before, StaffId to, String handoverNote, Instant now) {
    Instant dueBy = now.plus(ownership.firstContactWithin());
    Customer.Builder b = before.toBuilder().owner(to).firstContact(FirstContact.pending(to, now, dueBy))
        .version(before.version() + 1).updatedAt(now);
    boolean noted = handoverNote != null && !handoverNote.isBlank();
    if (noted) {
      b.keyCustomerRecord(before.keyCustomerRecord().orElse(KeyCustomerRecord.empty()).withHandoverNote(handoverNote));
    }
    Customer updated = b.build();
    work.addWrites(AggregateWrite.update(updated))
        .addEvents(new CustomerOwnerChanged(meta(updated, now), updated.id(), before.owner(), to, noted))
        .addSchedule(new ScheduledWork(dueKey(updated.id()), FIRST_CONTACT_KIND, dueBy,
            Map.of("customer", updated.id().value(), "owner", to.value(), "assignedAt", now.toString())));
    LOG.info("customer {} now owned by {}; first contact due by {}", updated.id(), to, dueBy);
    return updated;
  }

  @Override
  public Customer recordFirstContact(RecordFirstContact command) {
    Objects.requireNonNull(command, "command");
    return runner.run("RecordFirstContact", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Customer.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer before = existing(command.customerId(), v);
      Optional<FirstContact> pending = before == null ? Optional.empty()
          : before.firstContact().filter(fc -> before.owner().filter(fc.owner()::equals).isPresent());
      if (before != null && pending.isEmpty()) {
        v.addRule("customerId", "the customer has no first contact pending: no owner was assigned", "CU-7");
      }
      Instant madeAt = Objects.requireNonNullElse(command.madeAt(), a.now());
      if (pending.isPresent() && madeAt.isBefore(pending.get().assignedAt())) {
        v.addRule("madeAt", "must not be before the owner was assigned at " + pending.get().assignedAt(), "CU-7");
      }
      if (madeAt.isAfter(a.now().plus(CLOCK_SKEW))) {
        v.add("madeAt", "must not be in the future");
      }
      v.throwIfAny();
      if (!pending.get().owner().equals(actor.id())) {
        throw new AccessDeniedException(actor.id(), actor.role(), "record the first contact with this customer", "CU-7",
            "only the owner records their first contact");
      }
      if (pending.get().isMade()) {
        return Change.none(before);
      }
      Instant now = a.now();
      Customer updated = before.toBuilder().firstContact(pending.get().madeAt(madeAt))
          .version(before.version() + 1).updatedAt(now).build();
      return new Change<>(updated, UnitOfWork.builder()
          .addWrites(AggregateWrite.update(updated))
          .addEvents(new CustomerFirstContact(meta(updated, now), CustomerFirstContact.RECORDED_TYPE, updated.id(),
              actor.id(), madeAt, "command"))
          .addCancel(dueKey(updated.id())));
    });
  }

  /**
   * The first-contact deadline of an assignment (CU-7), as due work: if the owner logged a contact
   * on one of the customer's tickets since the assignment, the first contact is recorded as made
   * then; otherwise it is marked overdue and the owner's team lead is told. An item of an
   * assignment that has since been replaced, or whose contact was recorded, does nothing.
   *
   * @param item the claimed item
   * @param now the time
   * @return the effects
   */
  public UnitOfWork.Builder firstContactDue(DueItem item, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    Optional<Customer> found = settings.customers().find(CustomerId.of(item.attributes().getOrDefault("customer", "?")));
    if (found.isEmpty()) {
      return work;
    }
    Customer c = found.get();
    Optional<FirstContact> pending = c.firstContact()
        .filter(fc -> !fc.isMade() && !fc.isOverdue())
        .filter(fc -> fc.owner().value().equals(item.attributes().get("owner")))
        .filter(fc -> fc.assignedAt().toString().equals(item.attributes().get("assignedAt")))
        .filter(fc -> c.owner().filter(fc.owner()::equals).isPresent());
    if (pending.isEmpty()) {
      return work;
    }
    FirstContact fc = pending.get();
    Optional<Instant> onTicket = ticketContact(c.id(), fc.owner(), fc.assignedAt());
    Customer updated;
    CustomerFirstContact event;
    if (onTicket.isPresent()) {
      updated = c.toBuilder().firstContact(fc.madeAt(onTicket.get())).version(c.version() + 1).updatedAt(now).build();
      event = new CustomerFirstContact(meta(updated, now), CustomerFirstContact.RECORDED_TYPE, c.id(), fc.owner(),
          onTicket.get(), "ticket");
    } else {
      updated = c.toBuilder().firstContact(fc.overdueSince(now)).version(c.version() + 1).updatedAt(now).build();
      event = new CustomerFirstContact(meta(updated, now), CustomerFirstContact.OVERDUE_TYPE, c.id(), fc.owner(),
          fc.dueBy(), "none");
      Optional<StaffId> lead = teamLeadOf(fc.owner());
      lead.ifPresent(l -> work.addOutbox(outgoing.toStaff(l, event.eventId(), "customer.first-contact-overdue",
          Map.of("customerId", c.id().value(), "owner", fc.owner().value(), "dueBy", fc.dueBy().toString()), now)));
      LOG.info("customer {}: first contact by {} overdue since {}; {}", c.id(), fc.owner(), fc.dueBy(),
          lead.map(l -> "team lead " + l + " told").orElse("the owner has no lead to tell"));
    }
    return work.addWrites(AggregateWrite.update(updated)).addEvents(event);
  }

  /** The end of the owner's earliest contact on the customer's tickets since the assignment, if any. */
  private Optional<Instant> ticketContact(CustomerId customer, StaffId owner, Instant since) {
    Instant earliest = null;
    for (Ticket t : Pages.all(page -> settings.tickets().list(TicketQuery.all().withCustomer(customer), page))) {
      for (ContactLogEntry e : t.contactLog()) {
        if (e.handledBy().filter(owner::equals).isPresent() && !e.end().isBefore(since)
            && (earliest == null || e.end().isBefore(earliest))) {
          earliest = e.end();
        }
      }
    }
    return Optional.ofNullable(earliest);
  }

  /** The nearest team lead above a member, else the nearest lead of any kind. */
  private Optional<StaffId> teamLeadOf(StaffId member) {
    List<StaffMember> line = settings.staff().reportingLine(member);
    return line.stream().filter(m -> m.role() == Role.TEAM_LEAD).findFirst()
        .or(() -> line.stream().filter(m -> m.role().isLead()).findFirst())
        .map(StaffMember::id);
  }

  // ---- balancing (CU-7) ----------------------------------------------------------------------

  /** A plan with what applying it needs: the customers it moves, as read. */
  private record Planned(OwnerPlan plan, Map<CustomerId, Customer> files) {}

  @Override
  public OwnerPlan planOwners(BalanceCustomerOwners command) {
    Objects.requireNonNull(command, "command");
    Violations v = new Violations("BalanceCustomerOwners", validation.validate(command));
    Planned p = planned(command, v, false);
    return p.plan();
  }

  @Override
  public OwnerPlan balanceOwners(BalanceCustomerOwners command) {
    Objects.requireNonNull(command, "command");
    List<Violation> beanViolations = validation.validate(command);
    for (int attempt = 0; ; attempt++) {
      Violations v = new Violations("BalanceCustomerOwners", beanViolations);
      Planned p = planned(command, v, true);
      if (p.plan().moves().isEmpty()) {
        return p.plan();
      }
      Instant now = settings.clock().instant();
      UnitOfWork.Builder work = UnitOfWork.builder();
      for (OwnerPlan.Move m : p.plan().moves()) {
        Customer before = p.files().get(m.customer());
        String note = m.key() && command.handoverNotes() != null ? command.handoverNotes().get(m.customer()) : null;
        ownerChangeInto(work, before, m.to(), note, now);
      }
      try {
        settings.committer().commit(work.build());
        LOG.info("owners balanced over {} agent(s): {} moved, {} kept", p.plan().targets().size(), p.plan().moves().size(),
            p.plan().kept());
        return p.plan();
      } catch (StaleVersionException e) {
        if (attempt >= settings.commandRetries()) {
          throw e;
        }
        LOG.debug("BalanceCustomerOwners lost a race ({}); planning again", e.getMessage());
      }
    }
  }

  /** Validates a balancing command on fresh state and plans it; throws with every violation found. */
  private Planned planned(BalanceCustomerOwners command, Violations v, boolean applying) {
    StaffMember actor = actors.resolve(command.origin(), v);
    List<OwnerBalancing.Agent> agents = new ArrayList<>();
    boolean allServeVip = true;
    Set<StaffId> seenAgents = new HashSet<>();
    List<StaffId> agentIds = Objects.requireNonNullElse(command.agents(), List.of());
    for (int i = 0; i < agentIds.size(); i++) {
      String path = "agents[" + i + "]";
      StaffId id = agentIds.get(i);
      if (id == null || v.has(path)) {
        continue;
      }
      if (!seenAgents.add(id)) {
        v.add(path, "is given twice");
        continue;
      }
      StaffMember agent = actors.member(id, path, v);
      if (agent == null) {
        continue;
      }
      if (!settings.access().decide(agent.role(), StaffAction.HANDLE_TICKET).isAllowed()) {
        v.addRule(path, "a " + agent.role() + " does not serve customers", OwnerBalancing.RULE);
        continue;
      }
      int weight = ownership.balancingSkill().map(agent::levelOf)
          .orElseGet(() -> agent.skills().stream().mapToInt(Skill::level).max().orElse(OwnerBalancing.UNSKILLED_WEIGHT));
      if (weight < 1) {
        v.addRule(path, "has no level in " + ownership.balancingSkill().orElse("any skill") + " to weigh by", OwnerBalancing.RULE);
        continue;
      }
      allServeVip &= agent.role() == Role.VIP_AGENT || agent.role().isLead();
      agents.add(new OwnerBalancing.Agent(id, weight));
    }

    Map<CustomerId, Customer> files = new LinkedHashMap<>();
    List<CustomerId> named = command.customers();
    if (named != null && !named.isEmpty()) {
      for (int i = 0; i < named.size(); i++) {
        String path = "customers[" + i + "]";
        CustomerId id = named.get(i);
        if (id == null || v.has(path)) {
          continue;
        }
        if (files.containsKey(id)) {
          v.add(path, "is given twice");
          continue;
        }
        Customer c = v.found(id, path, settings.customers()::find, "customer");
        if (c != null) {
          files.put(id, c);
        }
      }
    } else if (v.isEmpty()) {
      Pages.forEach(page -> settings.customers().list(CustomerQuery.all(), page), c -> {
        if (c.owner().isEmpty()) {
          files.put(c.id(), c);
        }
      });
    }
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    for (OwnerBalancing.Agent a : agents) {
      Pages.forEach(page -> settings.customers().list(CustomerQuery.all().withOwner(a.id()), page), c -> files.putIfAbsent(c.id(), c));
    }
    List<OwnerBalancing.Holding> pool = new ArrayList<>();
    List<CustomerId> left = new ArrayList<>();
    for (Customer c : files.values()) {
      if (c.tier() == Tier.VIP && !allServeVip) {
        left.add(c.id()); // CU-4: a VIP customer goes only to the VIP desk or a lead
      } else {
        pool.add(new OwnerBalancing.Holding(c.id(), c.owner(), isKey(c)));
      }
    }
    OwnerPlan plan = OwnerBalancing.plan(agents, pool).withLeft(left);
    if (applying) {
      Map<CustomerId, String> notes = Objects.requireNonNullElse(command.handoverNotes(), Map.of());
      for (CustomerId id : plan.needingHandoverNotes()) {
        String note = notes.get(id);
        if (note == null || note.isBlank()) {
          v.addRule("handoverNotes[" + id.value() + "]", "a key customer's new owner needs a handover note", "CU-9");
        }
      }
      v.throwIfAny();
    }
    actors.authorize(actor, StaffAction.ASSIGN_CUSTOMER_OWNER);
    return new Planned(plan, files);
  }

  /**
   * The change of a command that altered facts classification depends on: the updated file,
   * re-classified, with the command's events, then the reclassification event and a tier
   * notification if the tier rose.
   */
  private Change<Customer> reclassifiedChange(Customer before, Customer updated, Instant now, List<DomainEvent> primary) {
    Reclassification r = Reclassification.apply(updated, settings.classifier().classify(updated, now), false, now);
    Customer after = r.customer();
    UnitOfWork.Builder work = UnitOfWork.builder().addWrites(AggregateWrite.update(after)).addAllEvents(primary);
    addReclassified(work, before, r, now);
    return new Change<>(after, work);
  }

  private void addReclassified(UnitOfWork.Builder work, Customer before, Reclassification r, Instant now) {
    if (r.changes().isEmpty()) {
      return;
    }
    Customer after = r.customer();
    CustomerReclassified event = new CustomerReclassified(meta(after, now), after.id(), r.changes());
    work.addEvents(event);
    LOG.info("customer {} reclassified: {}", after.id(), r.changes().stream()
        .map(c -> c.dimension() + " " + c.from() + "->" + c.to() + " (" + c.ruleId() + ")").toList());
    if (r.tierRose(before)) {
      outgoing.toCustomer(after, Optional.empty(), event.eventId(), "customer.tier-changed",
          Map.of("tier", after.tier().name()), now).ifPresent(work::addOutbox);
    }
  }

  @Override
  public int reclassifyAll() {
    int changed = 0;
    PageRequest page = PageRequest.first(settings.batchSize());
    while (true) {
      Page<Customer> customers = settings.customers().list(CustomerQuery.all(), page);
      for (Customer c : customers.items()) {
        if (reclassify(c.id())) {
          changed++;
        }
      }
      if (!customers.hasNext()) {
        return changed;
      }
      page = page.next();
    }
  }

  /** Re-classifies one customer on fresh state, retrying if another writer changes it meanwhile. */
  private boolean reclassify(CustomerId id) {
    for (int attempt = 0; ; attempt++) {
      Optional<Customer> current = settings.customers().find(id);
      if (current.isEmpty()) {
        return false;
      }
      Customer before = current.get();
      Instant now = settings.clock().instant();
      Reclassification r = Reclassification.apply(before, settings.classifier().classify(before, now), false, now);
      if (r.changes().isEmpty()) {
        return false;
      }
      OrderStatistics pruned = pruned(before.orders(), settings.classifier().trailingStart(before, now));
      Customer after = r.customer().toBuilder().orders(pruned).version(before.version() + 1).updatedAt(now).build();
      UnitOfWork.Builder work = UnitOfWork.builder().addWrites(AggregateWrite.update(after));
      addReclassified(work, before, new Reclassification(after, r.changes()), now);
      try {
        settings.committer().commit(work.build());
        return true;
      } catch (StaleVersionException e) {
        if (attempt >= Math.max(3, settings.commandRetries())) {
          LOG.warn("customer {} kept changing during reclassification; it will be retried on the next run", id);
          return false;
        }
      }
    }
  }

  private static OrderStatistics pruned(OrderStatistics s, Instant keepAfter) {
    return s.toBuilder().recentOrders(s.recentOrders().stream().filter(o -> o.placedAt().isAfter(keepAfter)).toList()).build();
  }

  // ---- reads ---------------------------------------------------------------------------------

  private StaffMember viewer(StaffId viewer, String command) {
    Objects.requireNonNull(viewer, "viewer");
    Violations v = new Violations(command, List.of());
    StaffMember member = actors.member(viewer, "viewer", v);
    v.throwIfAny();
    return member;
  }

  @Override
  public Optional<Customer> find(StaffId viewer, CustomerId id) {
    Objects.requireNonNull(id, "id");
    StaffMember member = viewer(viewer, "find");
    return settings.customers().find(id).map(c -> visible(member, c, new HashMap<>()));
  }

  @Override
  public Page<Customer> list(StaffId viewer, CustomerQuery query, PageRequest page) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(page, "page");
    StaffMember member = viewer(viewer, "list");
    Map<StaffId, List<StaffMember>> lines = new HashMap<>();
    return settings.customers().list(query, page).map(c -> visible(member, c, lines));
  }

  @Override
  public ContactDetails contactDetails(StaffId viewer, CustomerId id) {
    Objects.requireNonNull(id, "id");
    StaffMember member = viewer(viewer, "contactDetails");
    Violations v = new Violations("contactDetails", List.of());
    Customer c = existing(id, v);
    if (c == null) {
      v.throwIfAny();
    }
    Decision d = decideContactAccess(member, c, new HashMap<>());
    if (!d.isAllowed()) {
      throw new AccessDeniedException(member.id(), member.role(), "read contact details", d.ruleId(), d.reason());
    }
    LOG.info("contact details of customer {} read by {} ({})", c.id(), member.id(), d.reason());
    return new ContactDetails(c.id(), c.contacts(), d.ruleId(), d.reason());
  }

  private Customer visible(StaffMember viewer, Customer c, Map<StaffId, List<StaffMember>> lines) {
    if (decideContactAccess(viewer, c, lines).isAllowed()) {
      return c;
    }
    return c.toBuilder()
        .contacts(c.contacts().stream().map(p -> ContactPoint.of(p.channel(), Masking.mask(p.address()))).toList())
        .membership(c.membership().map(m -> new Membership(Masking.mask(m.cardNumber()), m.validUntil())))
        .build();
  }

  /** CU-8; the viewer's open tickets are looked up only when nothing else grants the need. */
  private Decision decideContactAccess(StaffMember viewer, Customer c, Map<StaffId, List<StaffMember>> lines) {
    List<StaffMember> line = c.owner()
        .map(o -> lines.computeIfAbsent(o, settings.staff()::reportingLine))
        .orElse(List.of());
    Decision d = contactAccess.decide(viewer, c, line, false);
    if (d.isAllowed()) {
      return d;
    }
    return contactAccess.decide(viewer, c, line, ownsOpenTicket(viewer, c));
  }

  private boolean ownsOpenTicket(StaffMember viewer, Customer c) {
    TicketQuery q = new TicketQuery(Optional.of(c.id()), Optional.of(viewer.id()), OPEN_STATUSES, Optional.empty());
    return settings.tickets().list(q, PageRequest.first(1)).total() > 0;
  }
}
