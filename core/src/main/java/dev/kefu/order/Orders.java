package dev.kefu.order;

import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Order events in: the host's backend feeds what happened to orders and reviews, and kefu turns it
 * into flags (TK-6), payment reminders (TK-7), confirmation tasks (TK-8), shipping notices (TK-9),
 * review follow-ups (TK-10, TK-18), the returns record (TK-13), stock checks (TK-14), escalations
 * (TK-5) and worklists (TK-16). See {@code docs/orders.md}.
 *
 * <p>Every command validates its input ({@link dev.kefu.InvalidCommandException} listing every
 * violation; nothing changes) and commits its effects as one unit of work. Thread-safe.
 */
public interface Orders {

  /**
   * Feeds one order event. Idempotent: an event id applied before (by this or another instance on
   * the same storage) has no new effect and returns the order as that first feeding left it.
   * Events of one order may come in any order; the facts merge.
   *
   * @param event the event
   * @return the order as the event left it
   * @throws dev.kefu.InvalidCommandException if the event is invalid, its customer unknown, its
   *     money not in the shop's currency, or the order belongs to another customer
   */
  Order feed(OrderEvent event);

  /**
   * An agent takes an order: the red flag (TK-6).
   *
   * @param command the command
   * @return the order
   */
  Order take(TakeOrder command);

  /**
   * Confirms an order after checking real stock through the stock port (TK-14). A shortage is a
   * result, not an exception: the order stays unconfirmed and is flagged green as abnormal.
   *
   * @param command the command
   * @return the check
   */
  StockCheck confirm(ConfirmOrder command);

  /**
   * Records the buyer's answer on a cash-on-delivery surcharge (TK-8): the confirmation ticket is
   * resolved, and a refusal re-places the order as prepaid through the order port (from due work).
   *
   * @param command the command
   * @return the order
   */
  Order confirmCashOnDelivery(ConfirmCashOnDelivery command);

  /**
   * Loads an order.
   *
   * @param id the order
   * @return the order, or empty if kefu never heard of it
   */
  Optional<Order> find(OrderId id);

  /**
   * The warehouse's out-of-stock list of a day, with expected arrival dates (TK-14).
   *
   * @param day the day
   * @return the list, as the stock port gives it
   */
  List<OutOfStockItem> outOfStock(LocalDate day);

  /**
   * An agent's worklist now (TK-16): unanswered tickets, unpaid orders to chase, negative reviews
   * in progress.
   *
   * @param agent the agent
   * @return the worklist
   */
  Worklist worklist(StaffId agent);

  /**
   * The rejected and returned shipments of a period (TK-13); the weekly one goes to the shop
   * manager on Saturday at 16:00.
   *
   * @param from inclusive
   * @param to exclusive
   * @return the summary
   */
  ReturnsSummary returns(Instant from, Instant to);

  /**
   * Praise and criticism naming agents in reviews posted in a period (TK-18), by agent id.
   *
   * @param from inclusive
   * @param to exclusive
   * @return one count per agent named, ordered by agent id
   */
  List<AgentMentions> mentions(Instant from, Instant to);
}
