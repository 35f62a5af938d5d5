package dev.kefu.spi.order;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened to an order in the host's backend, fed to kefu with
 * {@code kefu.orders().feed(event)}. A backend emits these without knowing kefu's internals.
 *
 * <p>Every event carries the host's own {@link #eventId() event id}, which makes feeding it
 * idempotent (the same id twice has one effect, also across kefu instances sharing a storage), the
 * order and its customer, and the instant it {@link #occurredAt() occurred}: deadlines count from
 * that instant, not from when kefu heard of it. Events of one order may arrive in any order; kefu
 * merges the facts (a "placed" that arrives after "paid" still leaves a paid order).
 *
 * <p>Immutable records; validated when fed (every violation is reported at once and nothing
 * changes). Evolves by adding new event types.
 */
public sealed interface OrderEvent {

  /** @return the host's id of this event, unique across all its order events */
  String eventId();

  /** @return the order */
  OrderId orderId();

  /** @return the order's customer, registered with kefu */
  CustomerId customerId();

  /** @return when it happened in the backend */
  Instant occurredAt();

  /**
   * The event's stable type name, for a host that stores or sends order events: {@code
   * order.placed}, {@code order.paid}, {@code order.shipped}, {@code order.shipping-delayed},
   * {@code order.delivered}, {@code order.returned-by-carrier}, {@code order.refund-requested},
   * {@code order.refunded}, {@code order.exchange-requested}, {@code order.review-posted},
   * {@code order.dispute-opened}. Names never change once released; a new shape gets a new
   * {@link #schemaVersion()}.
   *
   * @return the type name
   */
  default String type() {
    String simple = getClass().getSimpleName();
    StringBuilder b = new StringBuilder("order.");
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append('-');
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  /**
   * The schema version of the event's shape; 1 for every event of this release.
   *
   * @return the version
   */
  default int schemaVersion() {
    return 1;
  }

  /**
   * The customer placed an order.
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when it was placed
   * @param payment prepaid or cash on delivery (TK-8)
   * @param items the lines, at least one
   * @param instructions the customer's explicit instructions, if any (a large order without them
   *     goes to the supervisor, TK-5)
   * @param replaces the order this one re-places, if any (TK-7)
   * @param consentToCloseReplaced whether the customer agreed that the replaced order be closed
   *     (TK-7: never closed without it)
   */
  record Placed(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotNull PaymentMethod payment,
      @NotEmpty @Size(max = 500) List<@NotNull @Valid LineItem> items,
      Optional<@Size(max = 2000) String> instructions,
      Optional<@Valid OrderId> replaces,
      boolean consentToCloseReplaced) implements OrderEvent {

    /** Creates the event; absent optionals may be given as null and the item list is copied. */
    public Placed {
      items = items == null ? null : List.copyOf(items);
      instructions = instructions == null ? Optional.empty() : instructions;
      replaces = replaces == null ? Optional.empty() : replaces;
    }

    /**
     * A plain new order: no instructions, replacing nothing.
     *
     * @param eventId the host's event id
     * @param orderId the order
     * @param customerId the customer
     * @param occurredAt when it was placed
     * @param payment how it is paid
     * @param items the lines
     * @return the event
     */
    public static Placed of(String eventId, OrderId orderId, CustomerId customerId, Instant occurredAt, PaymentMethod payment,
        List<LineItem> items) {
      return new Placed(eventId, orderId, customerId, occurredAt, payment, items, Optional.empty(), Optional.empty(), false);
    }

    /** @return the sum of the lines, or null if a line has no price (invalid input) */
    public Money total() {
      Money sum = null;
      for (LineItem i : items) {
        Money m = i.amount();
        if (m == null) {
          return null;
        }
        sum = sum == null ? m : sum.plus(m);
      }
      return sum;
    }
  }

  /**
   * The order was paid.
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   */
  record Paid(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt) implements OrderEvent {}

  /**
   * The order left the warehouse (TK-9: the customer is told).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   * @param carrier the carrier
   * @param trackingNumber the carrier's tracking number
   */
  record Shipped(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotBlank @Size(max = 100) String carrier,
      @NotBlank @Size(max = 100) String trackingNumber) implements OrderEvent {}

  /**
   * Shipping is delayed (TK-9: the customer is told).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when the delay became known
   * @param reason why, in words the customer may read
   * @param expectedShipDate when it is now expected to ship
   */
  record ShippingDelayed(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotBlank @Size(max = 500) String reason,
      @NotNull LocalDate expectedShipDate) implements OrderEvent {}

  /**
   * The carrier delivered the order.
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   */
  record Delivered(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt) implements OrderEvent {}

  /** Whether the buyer refused the parcel at the door or sent it back later. */
  enum CarrierReturnKind {
    /** Refused on delivery. */
    REJECTED,
    /** Returned through the carrier after delivery. */
    RETURNED
  }

  /**
   * The carrier brought the parcel back (TK-13: recorded with reason and outcome, summarised
   * weekly).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   * @param kind rejected at the door or returned
   * @param reason why, as the carrier or buyer gave it
   * @param outcome what became of it, for example "restocked", "reshipped", "refunded"
   */
  record ReturnedByCarrier(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotNull CarrierReturnKind kind,
      @NotBlank @Size(max = 500) String reason,
      @NotBlank @Size(max = 200) String outcome) implements OrderEvent {}

  /**
   * The customer asked for a refund (TK-6: blue flag).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   * @param reason why
   * @param shipping how the goods come back, for example "buyer pays return"
   * @param agent the agent handling it, if any
   */
  record RefundRequested(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotBlank @Size(max = 500) String reason,
      @NotBlank @Size(max = 200) String shipping,
      Optional<@Valid StaffId> agent) implements OrderEvent {

    /** Creates the event; an absent agent may be given as null. */
    public RefundRequested {
      agent = agent == null ? Optional.empty() : agent;
    }
  }

  /**
   * The refund was paid.
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   * @param amount how much, in the shop's currency
   */
  record Refunded(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotNull @Valid Money amount) implements OrderEvent {}

  /**
   * The customer asked to exchange goods (TK-6: purple flag).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   * @param what what is exchanged for what
   * @param priceDifference what the customer pays on top (zero if nothing), in the shop's currency
   * @param shipping who pays shipping, how it goes
   * @param agent the agent handling it, if any
   */
  record ExchangeRequested(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotBlank @Size(max = 500) String what,
      @NotNull @Valid Money priceDifference,
      @NotBlank @Size(max = 200) String shipping,
      Optional<@Valid StaffId> agent) implements OrderEvent {

    /** Creates the event; an absent agent may be given as null. */
    public ExchangeRequested {
      agent = agent == null ? Optional.empty() : agent;
    }
  }

  /**
   * The customer reviewed the order (TK-10: a negative review is followed up; TK-18: praise or
   * criticism naming an agent counts toward that agent).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when it was posted
   * @param rating 1 (worst) to 5 (best)
   * @param text what the customer wrote
   * @param namedAgent the agent the review names, if any
   */
  record ReviewPosted(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @Min(1) @Max(5) int rating,
      @NotNull @Size(max = 4000) String text,
      Optional<@Valid StaffId> namedAgent) implements OrderEvent {

    /** Creates the event; an absent agent may be given as null. */
    public ReviewPosted {
      namedAgent = namedAgent == null ? Optional.empty() : namedAgent;
    }
  }

  /**
   * The customer opened a dispute on the marketplace platform (TK-5: to the shop manager at once).
   *
   * @param eventId the host's event id
   * @param orderId the order
   * @param customerId the customer
   * @param occurredAt when
   * @param platform the platform, for example "Taobao"
   * @param reason the dispute's reason as the platform gives it
   */
  record DisputeOpened(
      @NotBlank @Size(max = 200) String eventId,
      @NotNull @Valid OrderId orderId,
      @NotNull @Valid CustomerId customerId,
      @NotNull Instant occurredAt,
      @NotBlank @Size(max = 100) String platform,
      @NotBlank @Size(max = 2000) String reason) implements OrderEvent {}
}
