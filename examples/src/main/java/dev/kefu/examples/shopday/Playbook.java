package dev.kefu.examples.shopday;

import dev.kefu.spi.ticket.TicketKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How the desk handles each kind of ticket (TK-1): what customers write, what agents answer, how
 * such a matter usually ends, and how likely it is to be settled with the first answer or to
 * wait on the customer.
 *
 * <p>Immutable and thread-safe.
 */
final class Playbook {

  /**
   * The script for one kind of ticket.
   *
   * @param subjects what the customer raises, one line each
   * @param answers what agents answer
   * @param customerReplies what customers send back when asked
   * @param resolutions how it ends
   * @param settledAtOnce the chance the first answer settles it
   * @param waitsOnCustomer the chance the agent then waits on the customer
   */
  record Script(
      List<String> subjects,
      List<String> answers,
      List<String> customerReplies,
      List<String> resolutions,
      double settledAtOnce,
      double waitsOnCustomer) {

    Script {
      Objects.requireNonNull(subjects, "subjects");
      if (settledAtOnce + waitsOnCustomer > 1) {
        throw new IllegalArgumentException("chances add up to more than 1");
      }
    }
  }

  private static final List<String> GENERIC_REPLIES = List.of(
      "Customer sent photos", "Customer confirmed the address", "Customer sent the order number",
      "Customer answered the agent's questions");

  private static final Map<TicketKind, Script> SCRIPTS = new EnumMap<>(TicketKind.class);

  static {
    put(TicketKind.PRE_SALE_INQUIRY, 0.75, 0.15,
        List.of("Which size fits a 42 foot?", "Is the blue jacket in stock?", "Difference between the two models?",
            "How long does delivery to Chengdu take?"),
        List.of("Sent the size chart; 43 recommended", "Checked stock: 12 left, ships today",
            "Compared the models side by side", "Delivery in 2 days with the standard courier"),
        List.of("Customer is ready to order", "Customer asked to think it over"));
    put(TicketKind.ORDER_HANDLING, 0.55, 0.30,
        List.of("Where is my parcel?", "Please change my delivery address", "Paid but not shipped yet",
            "Can I add an item to my order?"),
        List.of("Checked tracking: arrives tomorrow", "Address changed before shipping",
            "Warehouse confirms shipping tonight", "Added the item, no extra shipping"),
        List.of("Parcel delivered", "Order shipped to the new address", "Order merged and shipped"));
    put(TicketKind.AFTER_SALE, 0.30, 0.50,
        List.of("Return: wrong size", "Exchange for another colour", "Refund not received yet", "Item arrived damaged"),
        List.of("Return label sent", "Exchange arranged, please send the item back", "Refund traced with the bank",
            "Please send photos of the damage"),
        List.of("Refund of the order value issued", "Exchange shipped", "Return received, refund issued"));
    put(TicketKind.COMPLAINT, 0.10, 0.55,
        List.of("Courier was rude", "Parcel left outside in the rain", "Promised gift missing",
            "Third time an order is late"),
        List.of("Apologised; asked logistics to investigate", "Apologised; gift sent separately",
            "Apologised; escalated to the team lead"),
        List.of("Compensation coupon of 20 yuan accepted", "Gift delivered, customer satisfied",
            "Courier company warned, customer accepted the apology"));
    put(TicketKind.NEGATIVE_REVIEW, 0.20, 0.50,
        List.of("Follow-up on a one-star review", "Review says quality is worse than pictured"),
        List.of("Called the customer about the review", "Offered an exchange for the item reviewed"),
        List.of("Customer updated the review", "Exchange accepted, review left as is"));
    put(TicketKind.PLATFORM_DISPUTE, 0.10, 0.60,
        List.of("Marketplace dispute: not as described", "Marketplace dispute: refund refused"),
        List.of("Sent evidence to the marketplace", "Offered a partial refund"),
        List.of("Dispute withdrawn by the customer", "Partial refund accepted, dispute closed"));
    put(TicketKind.TECHNICAL_SUPPORT, 0.40, 0.40,
        List.of("Cannot log in to the app", "Coupon code rejected at checkout", "Smart watch does not pair"),
        List.of("Reset the login, new code sent", "Coupon reissued", "Sent pairing steps"),
        List.of("Customer can log in again", "Order placed with the coupon", "Watch paired"));
    put(TicketKind.SUGGESTION, 0.90, 0.05,
        List.of("Please offer gift wrapping", "Add a size chart for children's shoes"),
        List.of("Thanked the customer; passed it to the product team"),
        List.of("Suggestion recorded for the weekly report"));
    put(TicketKind.REVISIT, 0.85, 0.10,
        List.of("Revisit after a return", "Satisfaction call after a complaint"),
        List.of("Asked how the exchange went", "Asked whether the matter is settled"),
        List.of("Customer satisfied", "Customer neutral, no further action"));
    put(TicketKind.PAYMENT_REMINDER, 0.60, 0.35,
        List.of("Unpaid order from this morning"),
        List.of("Reminded the customer of the unpaid order"),
        List.of("Customer paid", "Customer cancelled the order"));
    put(TicketKind.COD_CONFIRMATION, 0.80, 0.15,
        List.of("Confirm the cash-on-delivery surcharge"),
        List.of("Explained the 10 yuan surcharge"),
        List.of("Surcharge accepted, order ships", "Customer switched to prepaid"));
  }

  private Playbook() {}

  private static void put(TicketKind kind, double settled, double waits, List<String> subjects, List<String> answers,
      List<String> resolutions) {
    SCRIPTS.put(kind, new Script(subjects, answers, GENERIC_REPLIES, resolutions, settled, waits));
  }

  /**
   * The script for a kind.
   *
   * @param kind the kind
   * @return its script
   */
  static Script of(TicketKind kind) {
    return Objects.requireNonNull(SCRIPTS.get(kind), () -> "no script for " + kind);
  }

  /**
   * Whether the shop starts this kind of contact rather than the customer.
   *
   * @param kind the kind
   * @return true for payment reminders, cash-on-delivery confirmations and revisits
   */
  static boolean isOutbound(TicketKind kind) {
    return kind == TicketKind.PAYMENT_REMINDER || kind == TicketKind.COD_CONFIRMATION || kind == TicketKind.REVISIT;
  }

  /**
   * One line from a list.
   *
   * @param lines the lines
   * @param random the random source
   * @return a line
   */
  static String pick(List<String> lines, SplittableRandom random) {
    return lines.get(random.nextInt(lines.size()));
  }
}
