package dev.kefu.spi.order;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.internal.KefuStyle;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What kefu knows of one order: the facts merged from its {@link OrderEvent}s whatever order they
 * arrived in, the flags set on it (TK-6), the work opened for it, and the notices it still owes.
 * An order kefu heard of before its "placed" event has no {@link #placedAt()} yet.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@KefuStyle
public interface Order extends Aggregate {

  /** The aggregate type name of orders. */
  String TYPE = "order";

  /** Where an order stands, derived from its facts; later facts win. */
  enum Stage {
    /** kefu heard of the order but not yet of its placement. */
    UNKNOWN,
    /** Placed, not paid (prepaid orders) or not yet shipped (cash on delivery). */
    PLACED,
    /** Paid. */
    PAID,
    /** Shipped. */
    SHIPPED,
    /** Delivered. */
    DELIVERED,
    /** Brought back by the carrier. */
    RETURNED,
    /** Refunded. */
    REFUNDED,
    /** Closed (re-placed with the customer's consent, TK-7). */
    CLOSED
  }

  /** @return the order id */
  OrderId id();

  /** @return the customer */
  CustomerId customer();

  /** @return how it is paid, once placed */
  Optional<PaymentMethod> payment();

  /** @return the lines, once placed */
  List<LineItem> items();

  /** @return the total in the shop's currency, once placed */
  Optional<Money> total();

  /** @return when it was placed */
  Optional<Instant> placedAt();

  /** @return the customer's explicit instructions */
  Optional<String> instructions();

  /** @return the order it re-places (TK-7) */
  Optional<OrderId> replaces();

  /** @return when it was paid */
  Optional<Instant> paidAt();

  /** @return when it shipped */
  Optional<Instant> shippedAt();

  /** @return when it was delivered */
  Optional<Instant> deliveredAt();

  /** @return when it was refunded */
  Optional<Instant> refundedAt();

  /** @return when it was closed */
  Optional<Instant> closedAt();

  /** @return the agent who took it (red flag) */
  Optional<StaffId> takenBy();

  /** @return whether a payment reminder went out (TK-7) */
  @Value.Default
  default boolean paymentReminded() {
    return false;
  }

  /** @return when an agent confirmed it after checking stock (TK-14) */
  Optional<Instant> confirmedAt();

  /** @return the parcels the carrier brought back (TK-13) */
  List<CarrierReturn> returns();

  /** @return the flags, in the order they were set (TK-6) */
  List<OrderFlag> flags();

  /** @return the work opened for it */
  List<OrderTask> tasks();

  /** @return shipping and delay notices not yet sent (TK-9) */
  List<ShippingNotice> pendingNotices();

  @Override
  long version();

  @Override
  default String aggregateType() {
    return TYPE;
  }

  @Override
  default String aggregateId() {
    return id().value();
  }

  /** @return where it stands */
  default Stage stage() {
    if (closedAt().isPresent()) {
      return Stage.CLOSED;
    }
    if (refundedAt().isPresent()) {
      return Stage.REFUNDED;
    }
    if (!returns().isEmpty()) {
      return Stage.RETURNED;
    }
    if (deliveredAt().isPresent()) {
      return Stage.DELIVERED;
    }
    if (shippedAt().isPresent()) {
      return Stage.SHIPPED;
    }
    if (paidAt().isPresent()) {
      return Stage.PAID;
    }
    return placedAt().isPresent() ? Stage.PLACED : Stage.UNKNOWN;
  }

  /** @return true if placed prepaid, not paid, not closed: a payment to chase (TK-7, TK-16) */
  default boolean awaitsPayment() {
    return placedAt().isPresent() && payment().filter(PaymentMethod.PREPAID::equals).isPresent() && paidAt().isEmpty()
        && closedAt().isEmpty() && shippedAt().isEmpty();
  }

  /** @return a builder holding this order's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Order}s; not thread-safe. */
  final class Builder extends ImmutableOrder.Builder {}

  /** Checks the invariants of an order. */
  @Value.Check
  default void checkInvariants() {
    if (version() < 1) {
      throw new IllegalStateException("version must be at least 1, was " + version());
    }
    if (placedAt().isPresent() != payment().isPresent()) {
      throw new IllegalStateException("a placed order has a payment method, and only a placed one");
    }
  }
}
