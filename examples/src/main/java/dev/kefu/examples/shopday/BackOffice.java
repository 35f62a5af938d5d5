package dev.kefu.examples.shopday;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RecordOrder;
import dev.kefu.customer.SetMembership;
import dev.kefu.customer.SetVipStatus;
import dev.kefu.examples.shopday.CustomerBase.PastOrder;
import dev.kefu.examples.shopday.CustomerBase.Shopper;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The shop's back end feeding kefu its customer facts (CU-1, CU-6): customer files imported and
 * signed up, orders recorded as they are placed, membership cards sold, VIP status granted by the
 * supervisor. It remembers each customer's classification as kefu last returned it, so the desk
 * knows who is VIP without reading every file, and it tells the desk when an order or a card
 * makes a customer VIP.
 *
 * <p>Not thread-safe: the simulation runs on one thread.
 */
final class BackOffice {

  /** A customer's classification as last seen. */
  private record Seen(Tier tier, String classification) {
    static Seen of(Customer c) {
      return new Seen(c.tier(), c.stage() + "/" + c.segment() + "/" + c.tier());
    }
  }

  private static final Currency YUAN = Currency.getInstance("CNY");

  private final Kefu kefu;
  private final Staffing staffing;
  private final BusinessDay day;
  private final Tally tally;
  private final Consumer<CustomerId> onVipPromotion;
  private final Map<CustomerId, Seen> seen = new HashMap<>();
  private int orderNumber;
  private int pastOrderNumber;

  /**
   * Creates the back office.
   *
   * @param kefu kefu
   * @param staffing the roster, for who files what
   * @param day the calendar
   * @param tally the counters
   * @param onVipPromotion told when a customer becomes VIP through an order or a card
   */
  BackOffice(Kefu kefu, Staffing staffing, BusinessDay day, Tally tally, Consumer<CustomerId> onVipPromotion) {
    this.kefu = kefu;
    this.staffing = staffing;
    this.day = day;
    this.tally = tally;
    this.onVipPromotion = onVipPromotion;
  }

  /**
   * Whether a customer is VIP, as kefu last classified them.
   *
   * @param id the customer
   * @return true if VIP
   */
  boolean isVip(CustomerId id) {
    Seen s = seen.get(id);
    return s != null && s.tier() == Tier.VIP;
  }

  /**
   * Imports a customer who was on file before today, with their order history; the supervisor
   * files them.
   *
   * @param s the customer
   */
  void importCustomer(Shopper s) {
    Customer c = kefu.customers().register(s.registration(Origin.of(staffing.supervisor())));
    for (PastOrder o : s.history()) {
      String number = String.format("H%07d", ++pastOrderNumber);
      c = kefu.customers().recordOrder(new RecordOrder(
          "order-imported-" + number, s.id(), "SO-" + number, o.placedAt(), new Money(o.amount(), YUAN), o.category()));
    }
    tally.customersImported++;
    tally.pastOrdersImported += s.history().size();
    seen.put(c.id(), Seen.of(c));
  }

  /**
   * Registers a customer who signs up today; the team lead on duty files them.
   *
   * @param s the customer
   */
  void signUp(Shopper s) {
    Customer c = kefu.customers().register(s.registration(Origin.of(staffing.leadOnDuty(now()))));
    tally.customersSignedUp++;
    seen.put(c.id(), Seen.of(c));
  }

  /**
   * Records an order placed now.
   *
   * @param customer who ordered
   * @param amount the value in yuan
   * @param category the product category
   * @param afterInquiry true if a pre-sale inquiry led to it
   */
  void placeOrder(CustomerId customer, BigDecimal amount, String category, boolean afterInquiry) {
    String number = String.format("%s-%06d", day.date().toString().replace("-", ""), ++orderNumber);
    Customer c = kefu.customers().recordOrder(new RecordOrder(
        "order-placed-" + number, customer, "SO-" + number, now(), new Money(amount, YUAN), category));
    tally.ordersToday++;
    if (afterInquiry) {
      tally.ordersAfterInquiry++;
    }
    if (observe(c)) {
      tally.vipPromotedByPurchase++;
    }
  }

  /**
   * Sells a membership card valid for a year; the lead on duty records it (CU-4).
   *
   * @param customer the customer
   */
  void sellCard(CustomerId customer) {
    Membership card = new Membership(String.format("M%08d", 90_000_000 + tally.cardsSold), day.date().plusYears(1));
    Customer c = kefu.customers().setMembership(new SetMembership(Origin.of(staffing.leadOnDuty(now())), customer, card));
    tally.cardsSold++;
    if (observe(c)) {
      tally.vipPromotedByPurchase++;
    }
  }

  /**
   * The supervisor grants VIP status by hand (CU-4).
   *
   * @param customer the customer
   */
  void grantVip(CustomerId customer) {
    Customer c = kefu.customers().setVipStatus(new SetVipStatus(Origin.of(staffing.supervisor()), customer, true,
        "long-standing wholesale buyer, agreed with the shop manager"));
    tally.vipGranted++;
    observe(c);
  }

  /**
   * Re-reads every customer after kefu's daily reclassification and counts whose classification
   * changed overnight (CU-2, CU-3, CU-6).
   */
  void rereadAfterReclassification() {
    for (Customer c : everyone(kefu, staffing.supervisor())) {
      Seen before = seen.put(c.id(), Seen.of(c));
      if (before != null && !before.classification().equals(Seen.of(c).classification())) {
        tally.reclassifiedOvernight++;
      }
    }
  }

  /**
   * Every customer file, through kefu's listing, page by page.
   *
   * @param kefu kefu
   * @param viewer who reads
   * @return the files, by id
   */
  static List<Customer> everyone(Kefu kefu, StaffId viewer) {
    List<Customer> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Customer> p = kefu.customers().list(viewer, CustomerQuery.all(), page);
      all.addAll(p.items());
      if (!p.hasNext()) {
        return all;
      }
      page = page.next();
    }
  }

  /** Remembers a customer's classification; true if they just became VIP. */
  private boolean observe(Customer c) {
    Seen before = seen.put(c.id(), Seen.of(c));
    boolean promoted = c.tier() == Tier.VIP && (before == null || before.tier() != Tier.VIP);
    if (promoted) {
      onVipPromotion.accept(c.id());
    }
    return promoted;
  }

  private Instant now() {
    return kefu.clock().instant();
  }
}
